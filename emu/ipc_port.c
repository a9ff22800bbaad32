/*
 * ipc_port: port allocation, references and right counts, and the death
 * of a port when its receive right is destroyed.
 */
#include "ipc_port.h"

#include <assert.h>
#include <stdlib.h>

#include "ipc_kmsg.h"
#include "ipc_notify.h"
#include "ipc_pset.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "ipc_thread.h"

/* Allocate an active port with no rights and one reference; NULL when out
 * of memory. */
unsigned long ipc_port_count;
void (*ipc_port_no_senders_hook)(struct ipc_port *port);
void (*ipc_port_death_hook)(struct ipc_port *port);

struct ipc_port *
ipc_port_alloc(void)
{
	struct ipc_port *port = calloc(1, sizeof *port);
	if (port == NULL)
		return NULL;
	ipc_port_count++;
	port->ip_refs = 1;
	port->ip_active = true;
	port->ip_qlimit = MACH_PORT_QLIMIT_DEFAULT;
	ipc_mqueue_init(&port->ip_messages);
	TAILQ_INIT(&port->ip_dnrequests);
	TAILQ_INIT(&port->ip_blocked_senders);
	return port;
}

void
ipc_port_reference(struct ipc_port *port)
{
	assert(port->ip_refs > 0);
	port->ip_refs++;
}

void
ipc_port_release(struct ipc_port *port)
{
	assert(port->ip_refs > 0);
	if (--port->ip_refs == 0) {
		assert(!port->ip_active || port->ip_receiver == NULL);
		assert(port->ip_messages.imq_count == 0);
		ipc_port_count--;
		free(port);
	}
}

void
ipc_port_set_kobject(struct ipc_port *port, enum ipc_kobject_type type,
    void *obj)
{
	port->ip_kotype = type;
	port->ip_kobject = obj;
}

/* Senders blocked on a dead port: their messages are destroyed and their
 * sends complete, as GNU Mach does for a port that dies under them. */
static void
unblock_senders_dead(struct ipc_port *port)
{
	struct ipc_thread *t;
	while ((t = TAILQ_FIRST(&port->ip_blocked_senders)) != NULL) {
		struct ipc_kmsg *kmsg = ipc_mqueue_cancel_send(t);
		ipc_kmsg_destroy(kmsg);
		t->th_send_done(t, MACH_MSG_SUCCESS);
	}
}

void
ipc_port_destroy(struct ipc_port *port)
{
	assert(port->ip_active);
	ipc_port_reference(port);	/* notifications below may drop refs */
	ipc_pset_remove(port);
	port->ip_active = false;
	port->ip_receiver = NULL;
	port->ip_receiver_name = MACH_PORT_NULL;
	port->ip_kotype = IKOT_NONE;
	port->ip_kobject = NULL;
	ipc_mqueue_flush(&port->ip_messages, MACH_RCV_PORT_DIED);
	unblock_senders_dead(port);
	struct ipc_port *ns = port->ip_nsrequest, *pd = port->ip_pdrequest;
	port->ip_nsrequest = port->ip_pdrequest = NULL;
	if (IP_VALID(ns))
		ipc_port_release_sonce(ns);
	if (IP_VALID(pd))
		ipc_port_release_sonce(pd);
	ipc_right_dead_port(port);
	if (port->ip_exported && ipc_port_death_hook != NULL)
		ipc_port_death_hook(port);
	ipc_port_release(port);
}

bool
ipc_port_receive_release(struct ipc_port *port)
{
	struct ipc_port *pd = port->ip_pdrequest;
	if (port->ip_active && IP_VALID(pd)) {
		port->ip_pdrequest = NULL;
		ipc_pset_remove(port);
		port->ip_receiver = NULL;
		port->ip_receiver_name = MACH_PORT_NULL;
		port->ip_mscount = 0;	/* the right travels in a message */
		port->ip_seqno = 0;
		ipc_port_reference(port);
		ipc_notify_port_destroyed(pd, port);	/* carries the right */
		return false;
	}
	if (port->ip_active)
		ipc_port_destroy(port);
	return true;
}

void
ipc_port_make_send(struct ipc_port *port)
{
	port->ip_mscount++;
	port->ip_srights++;
	port->ip_refs++;
}

void
ipc_port_copy_send(struct ipc_port *port)
{
	port->ip_srights++;
	port->ip_refs++;
}

void
ipc_port_make_send_once(struct ipc_port *port)
{
	port->ip_sorights++;
	port->ip_refs++;
}

void
ipc_port_lose_send(struct ipc_port *port)
{
	assert(port->ip_srights > 0);
	if (--port->ip_srights > 0 || !port->ip_active)
		return;
	struct ipc_port *ns = port->ip_nsrequest;
	if (IP_VALID(ns)) {
		port->ip_nsrequest = NULL;
		ipc_notify_no_senders(ns, port->ip_mscount);
	}
	if (port->ip_receiver == ipc_space_kernel &&
	    ipc_port_no_senders_hook != NULL)
		ipc_port_no_senders_hook(port);
}

void
ipc_port_release_send(struct ipc_port *port)
{
	ipc_port_lose_send(port);
	ipc_port_release(port);
}

/* An unused send-once right is destroyed: its port's receiver hears of it
 * (this is how a client learns that a server dropped its reply right). */
void
ipc_port_release_sonce(struct ipc_port *port)
{
	assert(port->ip_sorights > 0);
	if (port->ip_active)
		ipc_notify_send_once(port);	/* consumes the right */
	else {
		port->ip_sorights--;
		ipc_port_release(port);
	}
}
