/*
 * ipc_mqueue: message queues.  machd is single-threaded, so a queue needs
 * no lock: a send either hands the message to the first waiting thread or
 * appends it; a receive takes the head or parks the thread.
 */
#include "ipc_mqueue.h"

#include "ipc_kmsg.h"
#include "ipc_port.h"
#include "ipc_space.h"
#include "ipc_thread.h"

void (*ipc_kobject_server)(struct ipc_kmsg *kmsg);

void
ipc_mqueue_init(struct ipc_mqueue *mq)
{
	TAILQ_INIT(&mq->imq_messages);
	mq->imq_count = 0;
	TAILQ_INIT(&mq->imq_threads);
}

/* Hand KMSG, taken from PORT, to THREAD, honouring its receive size. */
static void
mqueue_deliver(struct ipc_thread *thread, struct ipc_port *port,
    struct ipc_kmsg *kmsg)
{
	ipc_mqueue_cancel_wait(thread);
	if (kmsg->ikm_size > thread->th_rcv_size) {
		mach_msg_size_t size = kmsg->ikm_size;
		if (thread->th_rcv_option & MACH_RCV_LARGE) {
			TAILQ_INSERT_HEAD(&port->ip_messages.imq_messages, kmsg,
			    ikm_link);
			port->ip_messages.imq_count++;
		} else {
			ipc_kmsg_destroy(kmsg);
		}
		thread->th_wakeup(thread, MACH_RCV_TOO_LARGE, NULL, size);
		return;
	}
	kmsg->ikm_seqno = port->ip_seqno++;
	thread->th_wakeup(thread, MACH_MSG_SUCCESS, kmsg, kmsg->ikm_size);
}

mach_msg_return_t
ipc_mqueue_send(struct ipc_kmsg *kmsg)
{
	struct ipc_port *port = kmsg->ikm_remote;
	if (!IP_VALID(port) || !port->ip_active) {
		ipc_kmsg_destroy(kmsg);
		return MACH_SEND_INVALID_DEST;
	}
	if (port->ip_receiver == ipc_space_kernel && ipc_kobject_server) {
		ipc_kobject_server(kmsg);
		return MACH_MSG_SUCCESS;
	}
	struct ipc_mqueue *mq = &port->ip_messages;
	struct ipc_thread *thread = TAILQ_FIRST(&mq->imq_threads);
	if (thread != NULL) {
		mqueue_deliver(thread, port, kmsg);
		return MACH_MSG_SUCCESS;
	}
	TAILQ_INSERT_TAIL(&mq->imq_messages, kmsg, ikm_link);
	mq->imq_count++;
	return MACH_MSG_SUCCESS;
}

mach_msg_return_t
ipc_mqueue_receive(struct ipc_thread *thread, struct ipc_port *port,
    struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep)
{
	struct ipc_mqueue *mq = &port->ip_messages;
	struct ipc_kmsg *kmsg = TAILQ_FIRST(&mq->imq_messages);
	if (kmsg != NULL) {
		*sizep = kmsg->ikm_size;
		if (kmsg->ikm_size > thread->th_rcv_size) {
			if ((thread->th_rcv_option & MACH_RCV_LARGE) == 0) {
				TAILQ_REMOVE(&mq->imq_messages, kmsg, ikm_link);
				mq->imq_count--;
				ipc_kmsg_destroy(kmsg);
			}
			return MACH_RCV_TOO_LARGE;
		}
		TAILQ_REMOVE(&mq->imq_messages, kmsg, ikm_link);
		mq->imq_count--;
		kmsg->ikm_seqno = port->ip_seqno++;
		*kmsgp = kmsg;
		return MACH_MSG_SUCCESS;
	}
	if ((thread->th_rcv_option & MACH_RCV_TIMEOUT) &&
	    thread->th_rcv_timeout == 0)
		return MACH_RCV_TIMED_OUT;
	thread->th_wait_queue = mq;
	TAILQ_INSERT_TAIL(&mq->imq_threads, thread, th_wait_link);
	return MACH_RCV_IN_PROGRESS;
}

void
ipc_mqueue_cancel_wait(struct ipc_thread *thread)
{
	if (thread->th_wait_queue == NULL)
		return;
	TAILQ_REMOVE(&thread->th_wait_queue->imq_threads, thread, th_wait_link);
	thread->th_wait_queue = NULL;
}

void
ipc_mqueue_wake_all(struct ipc_mqueue *mq, mach_msg_return_t mr)
{
	struct ipc_thread *thread;
	while ((thread = TAILQ_FIRST(&mq->imq_threads)) != NULL) {
		ipc_mqueue_cancel_wait(thread);
		thread->th_wakeup(thread, mr, NULL, 0);
	}
}

void
ipc_mqueue_flush(struct ipc_mqueue *mq, mach_msg_return_t mr)
{
	struct ipc_kmsg *kmsg;
	while ((kmsg = TAILQ_FIRST(&mq->imq_messages)) != NULL) {
		TAILQ_REMOVE(&mq->imq_messages, kmsg, ikm_link);
		mq->imq_count--;
		ipc_kmsg_destroy(kmsg);
	}
	ipc_mqueue_wake_all(mq, mr);
}
