/*
 * mach_kserver: the kernel side of mach.defs: tasks and virtual memory.
 */
#include <string.h>
#include <time.h>

#include <mach/task_info.h>
#include <mach/vm_statistics.h>

#include "ipc_port.h"
#include "kserver.h"
#include "mach_S.h"
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
	/* With ANYWHERE the address passed in means nothing. */
	uint64_t addr = anywhere ? 0 : vm_trunc_page(*address);
	uint64_t end = anywhere ? size : *address + size;
	if (end < size)
		return KERN_NO_SPACE;
	uint64_t len = vm_round_page(end) - addr;
	if (len == 0 || vm_round_page(end) < end)
		return KERN_NO_SPACE;
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
	if (end < start)
		return KERN_INVALID_ARGUMENT;
	return vm_map_remove(task->task_map, start, end);
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

kern_return_t
S_task_info(mach_port_t target_task, int flavor, task_info_t task_info_out,
    mach_msg_type_number_t *task_info_outCnt)
{
	TASK_OR_FAIL(task, target_task);
	if (flavor != TASK_BASIC_INFO)
		return KERN_INVALID_ARGUMENT;
	if (*task_info_outCnt < TASK_BASIC_INFO_COUNT)
		return KERN_INVALID_ARGUMENT;
	struct task_basic_info *info = (struct task_basic_info *)task_info_out;
	memset(info, 0, sizeof *info);
	info->virtual_size = task->task_map->vm_size;
	info->resident_size = task->task_map->vm_size;
	info->base_priority = 12;
	info->suspend_count = 0;
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
