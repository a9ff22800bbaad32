/*
 * ipc_thread: a Mach thread as the IPC code sees it.  In machd each client
 * connection is one thread; while it waits in mach_msg's receive half the
 * thread sits on a message queue, and the queue hands it a message (or an
 * error) through th_wakeup, which the connection's session implements.
 */
#ifndef MACHEMU_IPC_THREAD_H
#define MACHEMU_IPC_THREAD_H

#include <stdbool.h>
#include <sys/queue.h>
#include <mach/message.h>

struct ipc_kmsg;
struct ipc_mqueue;
struct ipc_port;
struct task;

struct ipc_thread {
	struct task *th_task;
	struct ipc_port *th_self;	/* the thread's kernel port */
	TAILQ_ENTRY(ipc_thread) th_task_link;
	/* Receive state: valid while th_wait_queue != NULL. */
	struct ipc_mqueue *th_wait_queue;
	TAILQ_ENTRY(ipc_thread) th_wait_link;
	mach_msg_option_t th_rcv_option;
	mach_msg_size_t th_rcv_size;
	mach_msg_timeout_t th_rcv_timeout;
	mach_port_name_t th_rcv_notify;	/* with MACH_RCV_NOTIFY */
	/*
	 * Called when a wait ends: MR is MACH_MSG_SUCCESS with KMSG,
	 * MACH_RCV_TOO_LARGE with the needed SIZE (and KMSG, dequeued, when
	 * the thread did not ask for MACH_RCV_LARGE), or an error such as
	 * MACH_RCV_PORT_DIED.  KMSG then belongs to the callee.
	 */
	void (*th_wakeup)(struct ipc_thread *thread, mach_msg_return_t mr,
	    struct ipc_kmsg *kmsg, mach_msg_size_t size);
	/* Send state: valid while th_send_kmsg != NULL (blocked on a full
	 * queue of th_send_port). */
	struct ipc_kmsg *th_send_kmsg;
	struct ipc_port *th_send_port;
	TAILQ_ENTRY(ipc_thread) th_send_link;
	/* Called when a blocked send completes: MR is MACH_MSG_SUCCESS (the
	 * message was queued, or destroyed because the port died). */
	void (*th_send_done)(struct ipc_thread *thread, mach_msg_return_t mr);
	/* Called when the thread is destroyed by someone else (its task
	 * was terminated); the owner must forget it. */
	void (*th_destroyed)(struct ipc_thread *thread);
	void *th_owner;			/* the session serving the thread */
};

/* Create a thread of TASK with its kernel port. */
struct ipc_thread *ipc_thread_create(struct task *task);

/* Cancel any wait, destroy the thread port and free THREAD. */
void ipc_thread_destroy(struct ipc_thread *thread);

#endif
