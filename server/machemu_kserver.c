/*
 * machemu_kserver: attach tokens.  A task without a process (made by
 * task_create or another node) can get one: the holder of its task port
 * asks for a token, hands it to a program it starts (machrun does), and
 * that program's first connection becomes the task's process.  Tokens
 * are random, used once, and expire, so a guessed or stale token attaches
 * nothing.
 */
#include "machemu_kserver.h"

#include <stdbool.h>
#include <sys/random.h>
#include <time.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "kserver.h"
#include "machemu_S.h"
#include "norma_ipc.h"
#include "norma_kserver.h"
#include "norma_task.h"
#include "norma_vm.h"
#include "task.h"
#include "task_trace.h"
#include "vm_map.h"
#include "vm_object.h"

#define ATTACH_TOKENS_MAX	64
#define ATTACH_TOKEN_SECONDS	60

static struct {
	uint64_t token;
	uint64_t task_id;
	time_t expires;
} attach_tokens[ATTACH_TOKENS_MAX];

static time_t
now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

kern_return_t
S_task_attach_token(mach_port_t target_task, uint64_t *token)
{
	struct task *task = kserver_task(target_task);
	if (task == NULL)
		return KERN_INVALID_TASK;
	if (task->task_pid != 0)
		return KERN_FAILURE;	/* it has a process already */
	/* A process maps the task's memory itself: a lazy child gets all
	 * its bytes first. */
	kern_return_t kr = norma_vm_fault_in(task, 0, 0, false);
	if (kr != KERN_SUCCESS)
		return kr;
	time_t now = now_seconds();
	for (int i = 0; i < ATTACH_TOKENS_MAX; i++) {
		if (attach_tokens[i].token != 0 && attach_tokens[i].expires > now)
			continue;
		uint64_t t = 0;
		while (t == 0)
			if (getrandom(&t, sizeof t, 0) != sizeof t)
				return KERN_FAILURE;
		attach_tokens[i].token = t;
		attach_tokens[i].task_id = task->task_id;
		attach_tokens[i].expires = now + ATTACH_TOKEN_SECONDS;
		*token = t;
		return KERN_SUCCESS;
	}
	return KERN_RESOURCE_SHORTAGE;
}

struct task *
machemu_attach_claim(uint64_t token)
{
	time_t now = now_seconds();
	for (int i = 0; i < ATTACH_TOKENS_MAX; i++) {
		if (token == 0 || attach_tokens[i].token != token)
			continue;
		attach_tokens[i].token = 0;
		if (attach_tokens[i].expires <= now)
			return NULL;
		struct task *task = task_lookup_id(attach_tokens[i].task_id);
		return task != NULL && task->task_pid == 0 ? task : NULL;
	}
	return NULL;
}

kern_return_t
S_task_get_ids(mach_port_t target_task, uint64_t *task_id, int *pid)
{
	struct task *task = kserver_task(target_task);
	if (task == NULL)
		return KERN_INVALID_TASK;
	*task_id = task->task_id;
	*pid = (int)task->task_pid;
	return KERN_SUCCESS;
}

kern_return_t
S_node_statistics(mach_port_t host, uint64_t *tasks, uint64_t *ports,
    uint64_t *port_sets, uint64_t *messages_queued, uint64_t *memory_objects,
    uint64_t *messages_sent, uint64_t *proxies, uint64_t *ports_exported,
    uint64_t *messages_forwarded, uint64_t *messages_delivered,
    uint64_t *bytes_moved_out, uint64_t *bytes_moved_in,
    uint64_t *remote_faults, boolean_t *transfer_lazy)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_HOST;
	struct task *task;
	*tasks = 0;
	TAILQ_FOREACH(task, &all_tasks, task_link)
		(*tasks)++;
	*ports = ipc_port_count;
	*port_sets = ipc_pset_count;
	*messages_queued = ipc_kmsg_count;
	*memory_objects = vm_object_count;
	*messages_sent = ipc_mqueue_sent;
	*proxies = norma_ipc_proxies;
	*ports_exported = norma_ipc_exports;
	*messages_forwarded = norma_ipc_forwarded;
	*messages_delivered = norma_ipc_delivered;
	*bytes_moved_out = norma_bytes_out;
	*bytes_moved_in = norma_bytes_in;
	*remote_faults = norma_vm_pulls;
	*transfer_lazy = norma_transfer_is_lazy();
	return KERN_SUCCESS;
}

kern_return_t
S_node_health(mach_port_t host, integer_t *nodes,
    mach_msg_type_number_t *count)
{
	void *resumed = kserver_resumed();
	if (resumed == NULL && !kserver_is_host(host))
		return KERN_INVALID_HOST;
	return norma_health(resumed, nodes, count);
}

kern_return_t
S_task_trace(mach_port_t target_task, mach_port_t trace_port)
{
	struct task *task = kserver_task(target_task);
	if (task == NULL)
		return KERN_INVALID_TASK;
	struct ipc_port *tracer = NULL;
	if (MACH_PORT_VALID(trace_port) &&
	    (tracer = kserver_take_send_right(trace_port)) == NULL)
		return KERN_INVALID_ARGUMENT;
	task_trace_set(task, tracer);
	return KERN_SUCCESS;
}

kern_return_t
S_task_get_origin(mach_port_t target_task, int *node)
{
	struct task *task = kserver_task(target_task);
	if (task == NULL)
		return KERN_INVALID_TASK;
	*node = task->task_origin >= 0 ? task->task_origin : norma_node();
	return KERN_SUCCESS;
}

kern_return_t
S_vm_region_backing(mach_port_t target_task, vm_address_t address,
    uint64_t *object, uint64_t *offset, uint64_t *resident)
{
	struct task *task = kserver_task(target_task);
	if (task == NULL)
		return KERN_INVALID_TASK;
	struct vm_map_entry *e = vm_map_lookup(task->task_map, address);
	if (e == NULL)
		return KERN_INVALID_ADDRESS;
	*object = e->vme_object->vo_id;
	*offset = e->vme_offset;
	*resident = vm_object_resident(e->vme_object, e->vme_offset,
	    e->vme_end - e->vme_start);
	return KERN_SUCCESS;
}
