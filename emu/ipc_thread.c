/*
 * ipc_thread: thread objects and their kernel ports.
 */
#include "ipc_thread.h"

#include <stdlib.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "task.h"

struct ipc_thread *
ipc_thread_create(struct task *task)
{
	struct ipc_thread *thread = calloc(1, sizeof *thread);
	if (thread == NULL)
		return NULL;
	thread->th_self = ipc_port_alloc();
	mach_port_name_t name;
	if (thread->th_self == NULL || ipc_right_copyout(ipc_space_kernel,
	    thread->th_self, MACH_MSG_TYPE_PORT_RECEIVE, &name) != KERN_SUCCESS) {
		free(thread);
		return NULL;
	}
	ipc_port_set_kobject(thread->th_self, IKOT_THREAD, thread);
	thread->th_task = task;
	TAILQ_INSERT_TAIL(&task->task_threads, thread, th_task_link);
	task->task_nthreads++;
	return thread;
}

void
ipc_thread_destroy(struct ipc_thread *thread)
{
	ipc_mqueue_cancel_wait(thread);
	struct ipc_kmsg *kmsg = ipc_mqueue_cancel_send(thread);
	if (kmsg != NULL)
		ipc_kmsg_destroy(kmsg);
	struct task *task = thread->th_task;
	TAILQ_REMOVE(&task->task_threads, thread, th_task_link);
	task->task_nthreads--;
	if (thread->th_self != NULL)
		(void)ipc_right_destroy(ipc_space_kernel,
		    thread->th_self->ip_receiver_name);
	if (thread->th_destroyed != NULL)
		thread->th_destroyed(thread);
	free(thread);
}
