/*
 * mach_kserver: the kernel side of mach.defs: tasks and virtual memory.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mach/task_info.h>
#include <mach/task_special_ports.h>
#include <mach/vm_statistics.h>

#include "ipc_port.h"
#include "ipc_thread.h"
#include "kserver.h"
#include "mach_S.h"
#include "norma_vm.h"
#include "task.h"
#include "vm_map.h"
#include "vm_object.h"

#define TASK_OR_FAIL(t, name)				\
	struct task *t = kserver_task(name);		\
	if (t == NULL)					\
		return KERN_INVALID_TASK

kern_return_t
S_vm_allocate(mach_port_t target_task, vm_address_t *address, vm_size_t size,
    boolean_t anywhere)
{
	TASK_OR_FAIL(task, target_task);
	if (size == 0) {
		if (anywhere)
			*address = 0;
		return KERN_SUCCESS;
	}
	/* The region starts at the page holding *ADDRESS (which ANYWHERE
	 * ignores) and is SIZE rounded up to pages, as GNU Mach has it. */
	uint64_t addr = anywhere ? 0 : vm_trunc_page(*address);
	uint64_t len = vm_round_page(size);
	if (len < size)
		return KERN_NO_SPACE;
	if (!anywhere && addr + len < addr)
		return KERN_INVALID_ADDRESS;	/* wraps around */
	kern_return_t kr = vm_map_allocate(task->task_map, &addr, len, anywhere);
	if (kr == KERN_SUCCESS)
		*address = addr;
	return kr;
}

kern_return_t
S_vm_deallocate(mach_port_t target_task, vm_address_t address, vm_size_t size)
{
	TASK_OR_FAIL(task, target_task);
	if (size == 0)
		return KERN_SUCCESS;
	uint64_t start = vm_trunc_page(address);
	uint64_t end = vm_round_page(address + size);
	struct vm_map *map = task->task_map;
	/* The page: "The address is illegal or specifies a non-allocated
	 * region" (GNU Mach succeeds there). */
	if (end <= start || start < map->vm_min || end > map->vm_max)
		return KERN_INVALID_ADDRESS;
	struct vm_map_entry *e = vm_map_region_at_or_after(map, start);
	if (e == NULL || e->vme_start >= end)
		return KERN_INVALID_ADDRESS;
	return vm_map_remove(map, start, end);
}

kern_return_t
S_vm_statistics(mach_port_t target_task, vm_statistics_data_t *vm_stats)
{
	TASK_OR_FAIL(task, target_task);
	memset(vm_stats, 0, sizeof *vm_stats);
	vm_stats->pagesize = (integer_t)vm_page_size_get();
	/* The regions of all tasks are what this emulated host holds. */
	uint64_t pages = 0;
	struct task *t;
	TAILQ_FOREACH(t, &all_tasks, task_link)
		pages += t->task_map->vm_size / vm_page_size_get();
	vm_stats->active_count = (integer_t)pages;
	return KERN_SUCCESS;
}

/* The user and system time of a task's process, from /proc; zero for a
 * task without one. */
static void
process_times(pid_t pid, time_value_t *user, time_value_t *sys)
{
	user->seconds = user->microseconds = 0;
	sys->seconds = sys->microseconds = 0;
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = pid > 0 ? fopen(path, "r") : NULL;
	if (f == NULL)
		return;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	unsigned long ut, st;
	char *p = strrchr(buf, ')');	/* fields 14 and 15, after comm */
	if (p == NULL || sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u "
	    "%*u %lu %lu", &ut, &st) != 2)
		return;
	long hz = sysconf(_SC_CLK_TCK);
	hz = hz > 0 ? hz : 100;
	user->seconds = ut / hz;
	user->microseconds = (integer_t)(ut % hz * 1000000 / hz);
	sys->seconds = st / hz;
	sys->microseconds = (integer_t)(st % hz * 1000000 / hz);
}

kern_return_t
S_task_info(mach_port_t target_task, int flavor, task_info_t task_info_out,
    mach_msg_type_number_t *task_info_outCnt)
{
	TASK_OR_FAIL(task, target_task);
	if (flavor == TASK_THREAD_TIMES_INFO) {
		if (*task_info_outCnt < TASK_THREAD_TIMES_INFO_COUNT)
			return KERN_INVALID_ARGUMENT;
		struct task_thread_times_info *info =
		    (struct task_thread_times_info *)task_info_out;
		process_times(task->task_pid, &info->user_time, &info->system_time);
		*task_info_outCnt = TASK_THREAD_TIMES_INFO_COUNT;
		return KERN_SUCCESS;
	}
	if (flavor != TASK_BASIC_INFO)
		return KERN_INVALID_ARGUMENT;
	if (*task_info_outCnt < TASK_BASIC_INFO_COUNT)
		return KERN_INVALID_ARGUMENT;
	struct task_basic_info *info = (struct task_basic_info *)task_info_out;
	memset(info, 0, sizeof *info);
	info->virtual_size = task->task_map->vm_size;
	info->resident_size = task->task_map->vm_size;
	info->base_priority = 12;
	info->suspend_count = (integer_t)task->task_suspend_count;
	info->creation_time.seconds = task->task_creation.tv_sec;
	info->creation_time.microseconds =
	    (integer_t)(task->task_creation.tv_nsec / 1000);
	process_times(task->task_pid, &info->user_time, &info->system_time);
	*task_info_outCnt = TASK_BASIC_INFO_COUNT;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_ports_register(mach_port_t target_task, mach_port_array_t init_port_set,
    mach_msg_type_number_t init_port_setCnt)
{
	struct task *task = kserver_task(target_task);
	size_t bytes = init_port_setCnt * sizeof(mach_port_t);
	if (task == NULL || init_port_setCnt > TASK_PORT_REGISTER_MAX) {
		/* On failure the request is destroyed, array included. */
		return task == NULL ? KERN_INVALID_TASK : KERN_INVALID_ARGUMENT;
	}
	struct ipc_port *ports[TASK_PORT_REGISTER_MAX] = { NULL };
	for (mach_msg_type_number_t i = 0; i < init_port_setCnt; i++)
		ports[i] = kserver_take_send_right(init_port_set[i]);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++) {
		if (IP_VALID(task->task_registered[i]))
			ipc_port_release_send(task->task_registered[i]);
		task->task_registered[i] = ports[i];
	}
	kserver_ool_free(init_port_set, bytes);
	return KERN_SUCCESS;
}

kern_return_t
S_mach_ports_lookup(mach_port_t target_task, mach_port_array_t *init_port_set,
    mach_msg_type_number_t *init_port_setCnt)
{
	TASK_OR_FAIL(task, target_task);
	mach_port_t *names = kserver_ool_alloc(TASK_PORT_REGISTER_MAX *
	    sizeof(mach_port_t));
	if (names == NULL)
		return KERN_RESOURCE_SHORTAGE;
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		names[i] = kserver_reply_send_right(task->task_registered[i]);
	*init_port_set = names;
	*init_port_setCnt = TASK_PORT_REGISTER_MAX;
	return KERN_SUCCESS;
}

/* [ADDRESS, ADDRESS + SIZE) rounded out to pages, as the VM calls take
 * it; false if it wraps. */
static bool
page_range(vm_address_t address, vm_size_t size, uint64_t *startp,
    uint64_t *endp)
{
	uint64_t end = (uint64_t)address + size;
	if (end < address || vm_round_page(end) < end)
		return false;
	*startp = vm_trunc_page(address);
	*endp = vm_round_page(end);
	return true;
}

kern_return_t
S_vm_protect(mach_port_t target_task, vm_address_t address, vm_size_t size,
    boolean_t set_maximum, vm_prot_t new_protection)
{
	TASK_OR_FAIL(task, target_task);
	uint64_t start, end;
	if (!page_range(address, size, &start, &end))
		return KERN_INVALID_ADDRESS;
	if (new_protection & ~VM_PROT_ALL)
		return KERN_INVALID_ARGUMENT;
	return vm_map_protect(task->task_map, start, end, new_protection,
	    set_maximum);
}

kern_return_t
S_vm_inherit(mach_port_t target_task, vm_address_t address, vm_size_t size,
    vm_inherit_t new_inheritance)
{
	TASK_OR_FAIL(task, target_task);
	uint64_t start, end;
	if (!page_range(address, size, &start, &end))
		return KERN_INVALID_ADDRESS;
	return vm_map_inherit(task->task_map, start, end, new_inheritance);
}

kern_return_t
S_vm_read(mach_port_t target_task, vm_address_t address, vm_size_t size,
    vm_offset_t *data, mach_msg_type_number_t *dataCnt)
{
	TASK_OR_FAIL(task, target_task);
	if (size > UINT32_MAX)
		return KERN_INVALID_ARGUMENT;	/* the count is 32 bits */
	kern_return_t kr = norma_vm_fault_in(task, address, size, false);
	if (kr != KERN_SUCCESS)
		return kr;	/* MIG_NO_REPLY: its bytes are on their way */
	void *buf = size ? kserver_ool_alloc(size) : NULL;
	if (size && buf == NULL)
		return KERN_RESOURCE_SHORTAGE;
	kr = vm_map_copy_bytes(task->task_map, address, buf, size, false);
	if (kr != KERN_SUCCESS) {
		kserver_ool_free(buf, size);
		return kr;
	}
	*data = (vm_offset_t)buf;
	*dataCnt = (mach_msg_type_number_t)size;
	return KERN_SUCCESS;
}

kern_return_t
S_vm_write(mach_port_t target_task, vm_address_t address, vm_offset_t data,
    mach_msg_type_number_t dataCnt)
{
	TASK_OR_FAIL(task, target_task);
	kern_return_t kr = norma_vm_fault_in(task, address, dataCnt, true);
	if (kr != KERN_SUCCESS)
		return kr;
	kr = vm_map_copy_bytes(task->task_map, address, (void *)data, dataCnt,
	    true);
	if (kr == KERN_SUCCESS)
		kr = norma_vm_write_through(task, address, (void *)data,
		    dataCnt);
	if (kr == KERN_SUCCESS)
		kserver_ool_free((void *)data, dataCnt);	/* ours now */
	return kr;
}

kern_return_t
S_vm_copy(mach_port_t target_task, vm_address_t source_address,
    vm_size_t size, vm_address_t dest_address)
{
	TASK_OR_FAIL(task, target_task);
	kern_return_t kr = norma_vm_fault_in(task, source_address, size,
	    false);
	if (kr == KERN_SUCCESS)
		kr = norma_vm_fault_in(task, dest_address, size, true);
	if (kr != KERN_SUCCESS)
		return kr;
	void *buf = size ? kserver_ool_alloc(size) : NULL;
	if (size && buf == NULL)
		return KERN_RESOURCE_SHORTAGE;
	/* Read all first: the regions may overlap. */
	kr = vm_map_copy_bytes(task->task_map, source_address, buf, size,
	    false);
	if (kr == KERN_SUCCESS)
		kr = vm_map_copy_bytes(task->task_map, dest_address, buf, size,
		    true);
	if (kr == KERN_SUCCESS)
		kr = norma_vm_write_through(task, dest_address, buf, size);
	kserver_ool_free(buf, size);
	return kr;
}

kern_return_t
S_vm_region(mach_port_t target_task, vm_address_t *address, vm_size_t *size,
    vm_prot_t *protection, vm_prot_t *max_protection,
    vm_inherit_t *inheritance, boolean_t *is_shared, mach_port_t *object_name,
    vm_offset_t *offset)
{
	TASK_OR_FAIL(task, target_task);
	struct vm_map_entry *e = vm_map_region_at_or_after(task->task_map,
	    *address);
	if (e == NULL)
		return KERN_INVALID_ADDRESS;	/* the page's code (GNU: NO_SPACE) */
	*address = e->vme_start;
	*size = e->vme_end - e->vme_start;
	*protection = e->vme_protection;
	*max_protection = e->vme_max_protection;
	*inheritance = e->vme_inheritance;
	*is_shared = vm_map_entry_is_shared(task->task_map, e);
	*object_name = MACH_PORT_NULL;
	*offset = e->vme_offset;
	return KERN_SUCCESS;
}

kern_return_t
kserver_task_create(struct task *parent, boolean_t inherit_memory,
    mach_port_t *child_task)
{
	struct task *child;
	kern_return_t kr = task_create_child(parent, inherit_memory, &child);
	if (kr != KERN_SUCCESS)
		return kr;
	/* The new task lives as long as a port names it or it is terminated. */
	*child_task = kserver_reply_send_right(child->task_self);
	if (*child_task == MACH_PORT_NULL) {
		task_terminate(child);
		return KERN_RESOURCE_SHORTAGE;
	}
	return KERN_SUCCESS;
}

kern_return_t
S_task_create(mach_port_t target_task, boolean_t inherit_memory,
    mach_port_t *child_task)
{
	TASK_OR_FAIL(parent, target_task);
	/* A parent that is a lazy child gets its bytes first. */
	kern_return_t kr = inherit_memory ?
	    norma_vm_fault_in(parent, 0, 0, false) : KERN_SUCCESS;
	if (kr != KERN_SUCCESS)
		return kr;
	return kserver_task_create(parent, inherit_memory, child_task);
}

kern_return_t
S_task_terminate(mach_port_t target_task)
{
	TASK_OR_FAIL(task, target_task);
	task_terminate(task);
	return KERN_SUCCESS;
}

kern_return_t
S_task_suspend(mach_port_t target_task)
{
	TASK_OR_FAIL(task, target_task);
	return task_suspend(task);
}

kern_return_t
S_task_resume(mach_port_t target_task)
{
	TASK_OR_FAIL(task, target_task);
	return task_resume(task);
}

kern_return_t
S_task_threads(mach_port_t target_task, thread_array_t *thread_list,
    mach_msg_type_number_t *thread_listCnt)
{
	TASK_OR_FAIL(task, target_task);
	size_t n = task->task_nthreads;
	mach_port_t *names = n ? kserver_ool_alloc(n * sizeof *names) : NULL;
	if (n && names == NULL)
		return KERN_RESOURCE_SHORTAGE;
	size_t i = 0;
	struct ipc_thread *thread;
	TAILQ_FOREACH(thread, &task->task_threads, th_task_link)
		names[i++] = kserver_reply_send_right(thread->th_self);
	*thread_list = names;
	*thread_listCnt = (mach_msg_type_number_t)n;
	return KERN_SUCCESS;
}

/* The slot of special port WHICH in TASK, or NULL. */
static struct ipc_port **
special_port_slot(struct task *task, int which)
{
	switch (which) {
	case TASK_BOOTSTRAP_PORT:
		return &task->task_bootstrap;
	case TASK_EXCEPTION_PORT:
		return &task->task_exception;
	default:
		return NULL;
	}
}

kern_return_t
S_task_get_special_port(mach_port_t target_task, int which_port,
    mach_port_t *special_port)
{
	TASK_OR_FAIL(task, target_task);
	if (which_port == TASK_KERNEL_PORT) {
		*special_port = kserver_reply_send_right(task->task_self);
		return KERN_SUCCESS;
	}
	struct ipc_port **slot = special_port_slot(task, which_port);
	if (slot == NULL)
		return KERN_INVALID_ARGUMENT;
	*special_port = kserver_reply_send_right(*slot);
	return KERN_SUCCESS;
}

kern_return_t
S_task_set_special_port(mach_port_t target_task, int which_port,
    mach_port_t special_port)
{
	TASK_OR_FAIL(task, target_task);
	struct ipc_port **slot = special_port_slot(task, which_port);
	if (slot == NULL)	/* the kernel port cannot be replaced here */
		return KERN_INVALID_ARGUMENT;
	struct ipc_port *port = NULL;
	if (MACH_PORT_VALID(special_port) &&
	    (port = kserver_take_send_right(special_port)) == NULL)
		return KERN_INVALID_ARGUMENT;
	if (IP_VALID(*slot))
		ipc_port_release_send(*slot);
	*slot = port;
	return KERN_SUCCESS;
}
