/*
 * task: creation and termination of tasks and the translation from task
 * ports to tasks.
 */
#include "task.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "ipc_thread.h"
#include "proc_stat.h"
#include "trap_frame.h"
#include "vm_map.h"

struct task_list all_tasks = TAILQ_HEAD_INITIALIZER(all_tasks);
struct ipc_port *task_default_bootstrap;
void (*task_terminate_hook)(struct task *task);
static uint64_t task_next_id = 1;

void
task_release_ports(struct task *task)
{
	if (IP_VALID(task->task_bootstrap))
		ipc_port_release_send(task->task_bootstrap);
	task->task_bootstrap = NULL;
	if (IP_VALID(task->task_exception))
		ipc_port_release_send(task->task_exception);
	task->task_exception = NULL;
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++) {
		if (IP_VALID(task->task_registered[i]))
			ipc_port_release_send(task->task_registered[i]);
		task->task_registered[i] = NULL;
	}
}

/* A copy of the send right PORT, or NULL. */
static struct ipc_port *
send_right_copy(struct ipc_port *port)
{
	if (!IP_VALID(port))
		return NULL;
	ipc_port_copy_send(port);
	return port;
}

kern_return_t
task_create_empty(struct task **taskp)
{
	struct task *task = calloc(1, sizeof *task);
	if (task == NULL)
		return KERN_RESOURCE_SHORTAGE;
	task->task_space = ipc_space_create(task);
	task->task_map = vm_map_create(MACHEMU_WINDOW_BASE,
	    MACHEMU_WINDOW_BASE + MACHEMU_WINDOW_SIZE);
	task->task_self = ipc_port_alloc();
	if (task->task_space == NULL || task->task_map == NULL ||
	    task->task_self == NULL) {
		if (task->task_space)
			ipc_space_free(task->task_space);
		if (task->task_map)
			vm_map_destroy(task->task_map);
		if (task->task_self)
			ipc_port_release(task->task_self);
		free(task);
		return KERN_RESOURCE_SHORTAGE;
	}
	/* The kernel holds the receive right of every task port. */
	mach_port_name_t name;
	if (ipc_right_copyout(ipc_space_kernel, task->task_self,
	    MACH_MSG_TYPE_PORT_RECEIVE, &name) != KERN_SUCCESS) {
		ipc_space_free(task->task_space);
		vm_map_destroy(task->task_map);
		free(task);
		return KERN_RESOURCE_SHORTAGE;
	}
	ipc_port_set_kobject(task->task_self, IKOT_TASK, task);
	task->task_bootstrap = send_right_copy(task_default_bootstrap);
	task->task_registered[0] = send_right_copy(task_default_bootstrap);
	clock_gettime(CLOCK_REALTIME, &task->task_creation);
	task->task_id = task_next_id++;
	task->task_origin = -1;
	task->task_active = true;
	task->task_refs = 1;
	TAILQ_INIT(&task->task_threads);
	TAILQ_INSERT_TAIL(&all_tasks, task, task_link);
	*taskp = task;
	return KERN_SUCCESS;
}

void
task_reference(struct task *task)
{
	task->task_refs++;
}

void
task_release(struct task *task)
{
	if (--task->task_refs > 0)
		return;
	ipc_space_free(task->task_space);
	vm_map_destroy(task->task_map);
	free(task);
}

kern_return_t
task_create_child(struct task *parent, bool inherit_memory,
    struct task **childp)
{
	struct task *child;
	kern_return_t kr = task_create_empty(&child);
	if (kr != KERN_SUCCESS)
		return kr;
	task_inherit_ports(child, parent);
	if (inherit_memory)
		kr = vm_map_fork(child->task_map, parent->task_map);
	if (kr != KERN_SUCCESS) {
		task_terminate(child);
		return kr;
	}
	*childp = child;
	return KERN_SUCCESS;
}

/* True once PID is stopped (or gone). */
static bool
process_stopped(pid_t pid)
{
	char state;
	pid_t ppid;
	return !proc_stat(pid, &state, &ppid) || strchr("TtZX", state) != NULL;
}

kern_return_t
task_suspend(struct task *task)
{
	if (task->task_suspend_count++ > 0 || task->task_pid <= 0)
		return KERN_SUCCESS;
	/* The page: it "does not return until all of the task's threads
	 * have been suspended".  A stop takes microseconds; wait for it, a
	 * bounded time, as a kernel waits for its threads to stop. */
	kill(task->task_pid, SIGSTOP);
	for (int i = 0; i < 2000 && !process_stopped(task->task_pid); i++)
		nanosleep(&(struct timespec){ 0, 100 * 1000 }, NULL);
	return KERN_SUCCESS;
}

kern_return_t
task_resume(struct task *task)
{
	if (task->task_suspend_count == 0)
		return KERN_FAILURE;
	if (--task->task_suspend_count == 0 && task->task_pid > 0)
		kill(task->task_pid, SIGCONT);
	return KERN_SUCCESS;
}

void
task_terminate(struct task *task)
{
	if (!task->task_active)
		return;
	task->task_active = false;
	/* A task dies with its process, and its process with it. */
	if (task->task_pid > 0)
		kill(task->task_pid, SIGKILL);
	TAILQ_REMOVE(&all_tasks, task, task_link);
	struct ipc_thread *thread;
	while ((thread = TAILQ_FIRST(&task->task_threads)) != NULL)
		ipc_thread_destroy(thread);
	/* The task port dies: senders' rights become dead names. */
	struct ipc_port *self = task->task_self;
	task->task_self = NULL;
	if (self != NULL)
		(void)ipc_right_destroy(ipc_space_kernel, self->ip_receiver_name);
	task_release_ports(task);
	if (task_terminate_hook != NULL)
		task_terminate_hook(task);
	if (IP_VALID(task->task_tracer))
		ipc_port_release_send(task->task_tracer);
	task->task_tracer = NULL;
	ipc_space_terminate(task->task_space);
	task->task_map->vm_track_ops = false;
	(void)vm_map_remove(task->task_map, task->task_map->vm_min,
	    task->task_map->vm_max);
	task_release(task);
}

void
task_inherit_ports(struct task *child, struct task *parent)
{
	task_release_ports(child);
	child->task_bootstrap = send_right_copy(parent->task_bootstrap);
	child->task_exception = send_right_copy(parent->task_exception);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		child->task_registered[i] = send_right_copy(parent->task_registered[i]);
}

struct task *
convert_port_to_task(struct ipc_port *port)
{
	if (!IP_VALID(port) || !port->ip_active || port->ip_kotype != IKOT_TASK)
		return NULL;
	return port->ip_kobject;
}

struct task *
task_lookup_id(uint64_t id)
{
	struct task *task;
	TAILQ_FOREACH(task, &all_tasks, task_link)
		if (task->task_id == id)
			return task;
	return NULL;
}
