/*
 * ipc_mqueue: the queue of messages of a port, the threads waiting to
 * receive from it (or from its port set), and the senders blocked while
 * it is full.  A message sent to a port goes straight to the first
 * waiting thread if there is one, else it is queued; a port whose receive
 * right the kernel holds has its messages served at once by the kernel
 * object server instead.
 */
#ifndef MACHEMU_IPC_MQUEUE_H
#define MACHEMU_IPC_MQUEUE_H

#include <stdint.h>
#include <sys/queue.h>
#include <mach/message.h>

struct ipc_kmsg;
struct ipc_thread;
struct ipc_port;

TAILQ_HEAD(ipc_kmsg_queue, ipc_kmsg);
TAILQ_HEAD(ipc_thread_queue, ipc_thread);

struct ipc_mqueue {
	struct ipc_kmsg_queue imq_messages;
	unsigned imq_count;
	struct ipc_thread_queue imq_threads;	/* waiting receivers */
};

void ipc_mqueue_init(struct ipc_mqueue *mq);

/*
 * Send KMSG, whose destination right is already in kmsg->ikm_remote, to
 * that port whatever its queue limit (kernel messages, notifications).
 * Consumes the message in every case: a message to a dead port is
 * destroyed.  Returns MACH_MSG_SUCCESS or MACH_SEND_INVALID_DEST.
 */
mach_msg_return_t ipc_mqueue_send(struct ipc_kmsg *kmsg);

/*
 * Send KMSG for THREAD, honouring the destination's queue limit (messages
 * sent through a send-once right pass it, as in Mach).  Returns
 * MACH_MSG_SUCCESS (consumed), MACH_SEND_TIMED_OUT when the queue is full
 * and the thread asked not to wait (KMSG is the caller's again, for a
 * pseudo-receive), or MACH_SEND_IN_PROGRESS when the thread now waits:
 * th_send_done tells when the message went.
 */
mach_msg_return_t ipc_mqueue_send_user(struct ipc_thread *thread,
    struct ipc_kmsg *kmsg, mach_msg_option_t option,
    mach_msg_timeout_t timeout);

/* Stop THREAD's blocked send; returns its message (the caller's now). */
struct ipc_kmsg *ipc_mqueue_cancel_send(struct ipc_thread *thread);

/*
 * Receive for THREAD from PORT with the thread's receive options.  If a
 * message is queued, returns MACH_MSG_SUCCESS with it in *KMSGP, or
 * MACH_RCV_TOO_LARGE with the needed size in *SIZEP: with MACH_RCV_LARGE
 * the message stays queued (*KMSGP untouched); without, it is dequeued
 * into *KMSGP for the caller to destroy, after returning its header.  A port in a set
 * gives MACH_RCV_IN_SET.  Otherwise returns MACH_RCV_TIMED_OUT if the
 * thread asked not to wait, or MACH_RCV_IN_PROGRESS after queueing the
 * thread as a waiter: the message comes later through th_wakeup.
 */
mach_msg_return_t ipc_mqueue_receive(struct ipc_thread *thread,
    struct ipc_port *port, struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep);

/* Take the head message of PORT for THREAD, as ipc_mqueue_receive does
 * once it chose PORT (the port-set receive uses it too). */
mach_msg_return_t ipc_mqueue_take(struct ipc_thread *thread,
    struct ipc_port *port, struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep);

/* Park THREAD on MQ, or fail with MACH_RCV_TIMED_OUT for a zero timeout. */
mach_msg_return_t ipc_mqueue_wait(struct ipc_thread *thread,
    struct ipc_mqueue *mq);

/* Take THREAD off the queue it waits on, if any. */
void ipc_mqueue_cancel_wait(struct ipc_thread *thread);

/* Hand the queued messages of PORT to threads waiting for them (after
 * the port joined a set or a queue limit rose). */
void ipc_mqueue_deliver_queued(struct ipc_port *port);

/* Let blocked senders in while PORT's queue has room. */
void ipc_mqueue_unblock_senders(struct ipc_port *port);

/* Wake every thread waiting on MQ with MR; the messages stay. */
void ipc_mqueue_wake_all(struct ipc_mqueue *mq, mach_msg_return_t mr);

/* Destroy every queued message and wake waiters with MR. */
void ipc_mqueue_flush(struct ipc_mqueue *mq, mach_msg_return_t mr);

/*
 * The kernel object server: machd sets it to the function that serves
 * messages sent to kernel-object ports.  It consumes the message, and
 * returns what ipc_mqueue_send returns: MACH_MSG_SUCCESS, or a MACH_SEND_*
 * code for a message it could not take (destroyed, as copyin errors
 * destroy one).
 */
extern mach_msg_return_t (*ipc_kobject_server)(struct ipc_kmsg *kmsg);

/* Messages sent to a port so far (to a queue or to the kernel). */
extern uint64_t ipc_mqueue_sent;

#endif
