/*
 * ipc_mqueue: message queues.  machd is single-threaded, so a queue needs
 * no lock: a send either hands the message to the first waiting thread
 * (of the port, or of its port set) or appends it; a receive takes the
 * head or parks the thread.  Taking a message off a full queue lets the
 * first blocked sender in.
 */
#include "ipc_mqueue.h"

#include "ipc_kmsg.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "ipc_space.h"
#include "ipc_thread.h"

mach_msg_return_t (*ipc_kobject_server)(struct ipc_kmsg *kmsg);

/* Arrival order across the ports of a set. */
static uint64_t mqueue_stamp;

/* Note (DEST) or forget (NULL) where the receive rights KMSG carries are
 * queued. */
static void
mark_destination(struct ipc_kmsg *kmsg, struct ipc_port *dest)
{
	for (size_t i = 0; i < kmsg->ikm_nrights; i++) {
		struct ipc_kmsg_right *r = &kmsg->ikm_rights[i];
		if (r->type == MACH_MSG_TYPE_PORT_RECEIVE && IP_VALID(r->port))
			r->port->ip_destination = dest;
	}
}

/*
 * True if KMSG carries the receive right of its own destination, or of a
 * port whose receive right is queued, message after message, on it: a
 * loop no receiver can ever reach.  The kernel collects it.
 */
static bool
mqueue_circular(struct ipc_kmsg *kmsg, struct ipc_port *dest)
{
	for (size_t i = 0; i < kmsg->ikm_nrights; i++) {
		struct ipc_kmsg_right *r = &kmsg->ikm_rights[i];
		if (r->type != MACH_MSG_TYPE_PORT_RECEIVE || !IP_VALID(r->port))
			continue;
		for (struct ipc_port *p = dest; p != NULL; p = p->ip_destination)
			if (p == r->port)
				return true;
	}
	return false;
}

void
ipc_mqueue_init(struct ipc_mqueue *mq)
{
	TAILQ_INIT(&mq->imq_messages);
	mq->imq_count = 0;
	TAILQ_INIT(&mq->imq_threads);
}

/* The first thread waiting for messages of PORT, on it or on its set. */
static struct ipc_thread *
port_waiter(struct ipc_port *port)
{
	struct ipc_thread *t = TAILQ_FIRST(&port->ip_messages.imq_threads);
	if (t == NULL && port->ip_pset != NULL)
		t = TAILQ_FIRST(&port->ip_pset->ips_messages.imq_threads);
	return t;
}

void
ipc_mqueue_unblock_senders(struct ipc_port *port)
{
	struct ipc_thread *t;
	while (port->ip_messages.imq_count < port->ip_qlimit &&
	    (t = TAILQ_FIRST(&port->ip_blocked_senders)) != NULL) {
		struct ipc_kmsg *kmsg = ipc_mqueue_cancel_send(t);
		(void)ipc_mqueue_send(kmsg);
		t->th_send_done(t, MACH_MSG_SUCCESS);
	}
}

mach_msg_return_t
ipc_mqueue_take(struct ipc_thread *thread, struct ipc_port *port,
    struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep)
{
	struct ipc_mqueue *mq = &port->ip_messages;
	struct ipc_kmsg *kmsg = TAILQ_FIRST(&mq->imq_messages);
	*sizep = kmsg->ikm_size;
	if (kmsg->ikm_size > thread->th_rcv_size &&
	    (thread->th_rcv_option & MACH_RCV_LARGE))
		return MACH_RCV_TOO_LARGE;	/* it stays queued */
	TAILQ_REMOVE(&mq->imq_messages, kmsg, ikm_link);
	mq->imq_count--;
	mark_destination(kmsg, NULL);
	ipc_mqueue_unblock_senders(port);
	kmsg->ikm_seqno = port->ip_seqno++;
	*kmsgp = kmsg;
	/* Too large without MACH_RCV_LARGE: dequeued all the same; the
	 * caller destroys it and returns its header. */
	return kmsg->ikm_size > thread->th_rcv_size ? MACH_RCV_TOO_LARGE :
	    MACH_MSG_SUCCESS;
}

/* Hand the head message of PORT to THREAD, which was waiting. */
static void
mqueue_deliver_head(struct ipc_thread *thread, struct ipc_port *port)
{
	struct ipc_kmsg *kmsg = NULL;
	mach_msg_size_t size;
	ipc_mqueue_cancel_wait(thread);
	mach_msg_return_t mr = ipc_mqueue_take(thread, port, &kmsg, &size);
	thread->th_wakeup(thread, mr, kmsg, size);
}

void
ipc_mqueue_deliver_queued(struct ipc_port *port)
{
	struct ipc_thread *t;
	while (port->ip_messages.imq_count > 0 && (t = port_waiter(port)) != NULL)
		mqueue_deliver_head(t, port);
}

uint64_t ipc_mqueue_sent;

mach_msg_return_t
ipc_mqueue_send(struct ipc_kmsg *kmsg)
{
	struct ipc_port *port = kmsg->ikm_remote;
	if (!IP_VALID(port) || !port->ip_active) {
		ipc_kmsg_destroy(kmsg);
		return MACH_SEND_INVALID_DEST;
	}
	ipc_mqueue_sent++;
	if (port->ip_receiver == ipc_space_kernel && ipc_kobject_server)
		return ipc_kobject_server(kmsg);
	if (mqueue_circular(kmsg, port)) {
		ipc_kmsg_destroy(kmsg);
		return MACH_MSG_SUCCESS;
	}
	struct ipc_mqueue *mq = &port->ip_messages;
	kmsg->ikm_stamp = ++mqueue_stamp;
	mark_destination(kmsg, port);
	TAILQ_INSERT_TAIL(&mq->imq_messages, kmsg, ikm_link);
	mq->imq_count++;
	ipc_mqueue_deliver_queued(port);
	return MACH_MSG_SUCCESS;
}

mach_msg_return_t
ipc_mqueue_send_user(struct ipc_thread *thread, struct ipc_kmsg *kmsg,
    mach_msg_option_t option, mach_msg_timeout_t timeout)
{
	struct ipc_port *port = kmsg->ikm_remote;
	if (IP_VALID(port) && port->ip_active &&
	    port->ip_receiver != ipc_space_kernel &&
	    kmsg->ikm_remote_type != MACH_MSG_TYPE_PORT_SEND_ONCE &&
	    (port->ip_messages.imq_count >= port->ip_qlimit ||
	    !TAILQ_EMPTY(&port->ip_blocked_senders))) {
		if ((option & MACH_SEND_TIMEOUT) && timeout == 0)
			return MACH_SEND_TIMED_OUT;
		thread->th_send_kmsg = kmsg;
		thread->th_send_port = port;
		ipc_port_reference(port);
		TAILQ_INSERT_TAIL(&port->ip_blocked_senders, thread, th_send_link);
		return MACH_SEND_IN_PROGRESS;
	}
	return ipc_mqueue_send(kmsg);
}

struct ipc_kmsg *
ipc_mqueue_cancel_send(struct ipc_thread *thread)
{
	struct ipc_kmsg *kmsg = thread->th_send_kmsg;
	struct ipc_port *port = thread->th_send_port;
	if (kmsg == NULL)
		return NULL;
	TAILQ_REMOVE(&port->ip_blocked_senders, thread, th_send_link);
	thread->th_send_kmsg = NULL;
	thread->th_send_port = NULL;
	ipc_port_release(port);
	return kmsg;
}

mach_msg_return_t
ipc_mqueue_wait(struct ipc_thread *thread, struct ipc_mqueue *mq)
{
	if ((thread->th_rcv_option & MACH_RCV_TIMEOUT) &&
	    thread->th_rcv_timeout == 0)
		return MACH_RCV_TIMED_OUT;
	thread->th_wait_queue = mq;
	TAILQ_INSERT_TAIL(&mq->imq_threads, thread, th_wait_link);
	return MACH_RCV_IN_PROGRESS;
}

mach_msg_return_t
ipc_mqueue_receive(struct ipc_thread *thread, struct ipc_port *port,
    struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep)
{
	if (port->ip_pset != NULL)
		return MACH_RCV_IN_SET;
	if (port->ip_messages.imq_count > 0)
		return ipc_mqueue_take(thread, port, kmsgp, sizep);
	return ipc_mqueue_wait(thread, &port->ip_messages);
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
		mark_destination(kmsg, NULL);
		ipc_kmsg_destroy(kmsg);
	}
	ipc_mqueue_wake_all(mq, mr);
}
