/*
 * task: a Mach task, a port name space plus an address space, and the
 * threads that run in it.  A task either has a process (a program linked
 * with libmachemu; its connections to machd are its threads) or lives only
 * in machd (made by task_create; no threads).  Its kernel port stands for
 * it in messages: a send right to it is what mach_task_self() returns.
 */
#ifndef MACHEMU_TASK_H
#define MACHEMU_TASK_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>
#include <sys/types.h>
#include <time.h>
#include <mach/kern_return.h>
#include <mach/mach_param.h>

#include "ipc_thread.h"

struct ipc_space;
struct ipc_port;
struct vm_map;

TAILQ_HEAD(ipc_thread_list, ipc_thread);

struct task {
	uint64_t task_id;		/* unique in this machd, never reused */
	bool task_active;
	unsigned task_refs;
	struct ipc_space *task_space;
	struct vm_map *task_map;
	struct ipc_port *task_self;	/* the kernel port */
	struct ipc_port *task_bootstrap;	/* special port: a send right */
	struct ipc_port *task_exception;	/* special port: a send right */
	unsigned task_suspend_count;
	struct timespec task_creation;		/* for task_info */
	/* Send rights of mach_ports_register, NULL where none. */
	struct ipc_port *task_registered[TASK_PORT_REGISTER_MAX];
	pid_t task_pid;			/* the process, or 0 */
	int task_origin;		/* node it was made from; -1: this one */
	struct ipc_port *task_tracer;	/* send right (task_trace), or NULL */
	unsigned task_trace_dropped;	/* records not sent: queue full */
	struct ipc_thread_list task_threads;
	unsigned task_nthreads;
	TAILQ_ENTRY(task) task_link;
	void *task_owner;		/* machd's data about the process */
};

TAILQ_HEAD(task_list, task);
extern struct task_list all_tasks;

/*
 * The port every new task gets as its bootstrap port and first registered
 * port, as CMU Mach gave tasks the name server (NULL: none).
 */
extern struct ipc_port *task_default_bootstrap;

/* Set by the layer that links nodes (NULL otherwise): TASK is being
 * terminated (inactive already, its memory not yet freed). */
extern void (*task_terminate_hook)(struct task *task);

/* Create a task with an empty name space and address space. */
kern_return_t task_create_empty(struct task **taskp);

/*
 * Terminate TASK: its threads are destroyed, every right in its space is
 * released (receive rights die, with the notifications Mach promises),
 * its memory is freed and its port dies.
 */
void task_terminate(struct task *task);

/*
 * task_create: a new task without threads whose registered, bootstrap
 * and exception ports are copies of PARENT's and whose memory comes from
 * PARENT's by inheritance if INHERIT_MEMORY.
 */
kern_return_t task_create_child(struct task *parent, bool inherit_memory,
    struct task **childp);

/* task_suspend and task_resume: count, and stop or continue the task's
 * process on the first suspension and the last resumption.
 * KERN_FAILURE for a resume of a task that is not suspended. */
kern_return_t task_suspend(struct task *task);
kern_return_t task_resume(struct task *task);

/* Give CHILD copies of PARENT's registered ports and bootstrap port, as
 * task_create does (CHILD's own are released). */
void task_inherit_ports(struct task *child, struct task *parent);
/* Release the special and registered ports TASK holds (all NULL after). */
void task_release_ports(struct task *task);

void task_reference(struct task *task);
void task_release(struct task *task);

/* The task PORT stands for, or NULL. */
struct task *convert_port_to_task(struct ipc_port *port);

/* The task with id ID, or NULL. */
struct task *task_lookup_id(uint64_t id);

#endif
