/*
 * kserver: serving kernel-object messages.  A request arrives as a kmsg;
 * it is copied out into ipc_space_kernel (its rights get kernel names,
 * its out-of-line regions are mapped into machd), run through the demux
 * chain, and the reply is copied back in from the kernel space and sent
 * like any other message.  The request is destroyed when the server
 * function failed, keeping the reply right for the error reply, as
 * mach_msg_server does.
 */
#include "kserver.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <mach/mig_errors.h>

#include "host.h"
#include "ipc_entry.h"
#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "log.h"
#include "mach_S.h"
#include "mach_host_S.h"
#include "mach_msg_format.h"
#include "mach_port_S.h"
#include "norma_ipc.h"
#include "task.h"
#include "vm_object.h"

#define KSERVER_REPLY_MAX	(64 * 1024)
/* Rights one reply may carry: task_threads and processor_set_tasks give
 * one per thread or task. */
#define KSERVER_REPLY_NAMES_MAX	4096

/* The demux functions MIG generated (it declares no prototypes). */
boolean_t mach_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t mach_port_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t mach_host_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t machemu_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t mach_norma_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t netname_server(mach_msg_header_t *, mach_msg_header_t *);
boolean_t mach_debug_server(mach_msg_header_t *, mach_msg_header_t *);

static boolean_t (*const demux_chain[])(mach_msg_header_t *, mach_msg_header_t *) = {
	mach_server, mach_port_server, mach_host_server, netname_server,
	machemu_server, mach_norma_server, mach_debug_server,
};

static struct ipc_port *
kernel_port(mach_port_t name)
{
	struct ipc_entry *entry = ipc_entry_lookup(ipc_space_kernel, name);
	if (entry == NULL || ipc_right_check(ipc_space_kernel, entry) ||
	    !(entry->ie_bits & (MACH_PORT_TYPE_SEND_RIGHTS | MACH_PORT_TYPE_RECEIVE)))
		return NULL;
	return entry->ie_object;
}

struct ipc_port *
kserver_port(mach_port_t name)
{
	return kernel_port(name);
}

struct task *
kserver_task(mach_port_t name)
{
	struct task *task = convert_port_to_task(kernel_port(name));
	return task != NULL && task->task_active ? task : NULL;
}

struct ipc_space *
kserver_space(mach_port_t name)
{
	struct task *task = kserver_task(name);
	return task ? task->task_space : NULL;
}

int
kserver_is_host(mach_port_t name)
{
	struct ipc_port *port = kernel_port(name);
	return port_is_host(port) || port_is_host_priv(port);
}

/* Kernel names made for the reply being built, released after it left. */
static mach_port_t reply_names[KSERVER_REPLY_NAMES_MAX];
static size_t reply_nnames;

mach_port_t
kserver_reply_send_right(struct ipc_port *port)
{
	if (!IP_VALID(port) || !port->ip_active ||
	    reply_nnames == KSERVER_REPLY_NAMES_MAX)
		return MACH_PORT_NULL;
	mach_port_name_t name;
	ipc_port_copy_send(port);
	if (ipc_right_copyout(ipc_space_kernel, port, MACH_MSG_TYPE_PORT_SEND,
	    &name) != KERN_SUCCESS)
		return MACH_PORT_NULL;
	reply_names[reply_nnames++] = name;
	return name;
}

struct ipc_port *
kserver_take_send_right(mach_port_t name)
{
	struct ipc_port *port;
	if (!MACH_PORT_VALID(name) || ipc_right_copyin(ipc_space_kernel, name,
	    MACH_MSG_TYPE_MOVE_SEND, false, &port) != KERN_SUCCESS)
		return NULL;
	return port;
}

void
kserver_ool_free(void *addr, size_t size)
{
	if (addr != NULL && size > 0)
		munmap(addr, vm_round_page(size));
}

int
kserver_is_host_priv(mach_port_t name)
{
	return port_is_host_priv(kernel_port(name));
}

int
kserver_is_pset(mach_port_t name)
{
	return port_is_pset(kernel_port(name));
}

int
kserver_is_pset_control(mach_port_t name)
{
	return port_is_pset_control(kernel_port(name));
}

void *
kserver_ool_alloc(size_t size)
{
	void *p = mmap(NULL, size ? size : 1, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

/* Release what a message in kernel space still holds, as
 * mach_msg_destroy does; the header's reply right only if WITH_REPLY. */
static void
kernel_msg_destroy(uint8_t *msg, mach_msg_size_t size, bool with_reply)
{
	mach_msg_bits_t bits = msg_get32(msg, MSG_OFF_BITS);
	if (with_reply) {
		mach_port_name_t reply = msg_get32(msg, MSG_OFF_REMOTE_PORT);
		if (MACH_PORT_VALID(reply))
			(void)ipc_right_dealloc(ipc_space_kernel, reply);
	}
	if (!(bits & MACH_MSGH_BITS_COMPLEX))
		return;
	struct msg_walker w;
	struct msg_item it;
	bool done;
	msg_walker_init(&w, msg, size);
	while (msg_walker_next(&w, &it, &done) == MACH_MSG_SUCCESS && !done) {
		const uint8_t *names = msg + it.data_offset;
		uint64_t addr = 0;
		if (!it.is_inline) {
			addr = msg_get64(msg, it.data_offset);
			names = (const uint8_t *)(uintptr_t)addr;
		}
		if (it.kind == MSG_ITEM_PORT_RIGHT && names != NULL) {
			for (size_t i = 0; i < it.number; i++) {
				mach_port_name_t n = msg_get32(names, i * 4);
				if (!MACH_PORT_VALID(n))
					continue;
				if (it.name == MACH_MSG_TYPE_PORT_RECEIVE)
					(void)ipc_right_delta(ipc_space_kernel, n,
					    MACH_PORT_RIGHT_RECEIVE, -1);
				else
					(void)ipc_right_dealloc(ipc_space_kernel, n);
			}
		}
		if (!it.is_inline && addr != 0 && it.data_size > 0)
			munmap((void *)(uintptr_t)addr, vm_round_page(it.data_size));
	}
}

/* Send the reply the demux built; a reply that cannot be sent (its
 * client died) is destroyed. */
static void
kernel_reply_send(uint8_t *reply, mach_msg_size_t size)
{
	struct ipc_kmsg *kmsg;
	mach_msg_return_t mr = ipc_kmsg_copyin(ipc_space_kernel, reply, size,
	    NULL, &kmsg);
	if (mr == MACH_MSG_SUCCESS)
		mr = ipc_mqueue_send(kmsg);
	else
		kernel_msg_destroy(reply, size, true);
	if (mr != MACH_MSG_SUCCESS)
		mlog(LOG_LEVEL_DEBUG, "kernel reply %d not sent: 0x%x",
		    (int)msg_get32(reply, MSG_OFF_ID), mr);
}

/* A request whose answer waits for another node (kserver_defer). */
struct kserver_deferred {
	uint8_t *req;
	mach_msg_size_t size;
};
/* While a request runs: the handle kserver_defer gave, if it did. */
static struct kserver_deferred *deferring;
/* While a deferred request runs again: the result kserver_resume got. */
static void *resumed_result;

/*
 * Run the request REQ (SIZE bytes, in kernel space) through the demux
 * chain and send its reply; free REQ unless a server function deferred
 * it.
 */
static void
kserver_run(uint8_t *req, mach_msg_size_t size)
{
	static union {
		mig_reply_header_t head;
		uint8_t bytes[KSERVER_REPLY_MAX];
	} reply;
	mach_msg_header_t *in = (mach_msg_header_t *)req;

	memset(&reply.head, 0, sizeof reply.head);
	bool handled = false;
	for (size_t i = 0; !handled && i < sizeof demux_chain / sizeof *demux_chain; i++)
		handled = demux_chain[i](in, &reply.head.Head);
	kern_return_t ret = reply.head.RetCode;
	mlog(LOG_LEVEL_DEBUG, "kernel request %d: %d", (int)in->msgh_id, ret);

	if (ret != KERN_SUCCESS && ret != MIG_NO_REPLY) {
		in->msgh_remote_port = MACH_PORT_NULL;	/* keep the reply right */
		kernel_msg_destroy(req, size, false);
	}
	if (ret != MIG_NO_REPLY && reply.head.Head.msgh_remote_port != MACH_PORT_NULL)
		kernel_reply_send(reply.bytes, reply.head.Head.msgh_size);
	for (size_t i = 0; i < reply_nnames; i++)
		(void)ipc_right_dealloc(ipc_space_kernel, reply_names[i]);
	reply_nnames = 0;
	if (deferring != NULL && ret == MIG_NO_REPLY) {
		deferring->req = req;	/* kserver_resume runs it again */
		deferring->size = size;
	} else {
		free(deferring);	/* the function failed after all */
		free(req);
	}
	deferring = NULL;
}

static mach_msg_return_t
kserver_serve(struct ipc_kmsg *kmsg)
{
	if (kmsg->ikm_remote->ip_kotype == IKOT_PROXY)
		return norma_ipc_forward(kmsg);
	uint8_t *req;
	mach_msg_size_t size;
	(void)ipc_kmsg_copyout(kmsg, ipc_space_kernel, NULL, &req, &size);
	kserver_run(req, size);
	return MACH_MSG_SUCCESS;
}

struct kserver_deferred *
kserver_defer(void)
{
	if (deferring == NULL)
		deferring = calloc(1, sizeof *deferring);
	return deferring;
}

void *
kserver_resumed(void)
{
	return resumed_result;
}

void
kserver_resume(struct kserver_deferred *d, void *result)
{
	void *outer = resumed_result;
	resumed_result = result;
	kserver_run(d->req, d->size);
	resumed_result = outer;
	free(d);
}

void
kserver_init(void)
{
	ipc_kobject_server = kserver_serve;
}
