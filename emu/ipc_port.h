/*
 * ipc_port: a Mach port, its message queue and the counts of the rights
 * that name it.  A port is active until its receive right is destroyed;
 * after that, the names other spaces hold for it turn into dead names the
 * next time they are looked at (as in GNU Mach).
 *
 * The receive right is in a space (ip_receiver != NULL), in transit in a
 * message (ip_receiver == NULL, active), or gone (inactive).  Ports whose
 * receive right the kernel holds are kernel objects (ip_kotype).
 */
#ifndef MACHEMU_IPC_PORT_H
#define MACHEMU_IPC_PORT_H

#include <stdbool.h>
#include <mach/port.h>
#include <mach/message.h>

#include <sys/queue.h>

#include "ipc_mqueue.h"

struct ipc_space;
struct ipc_pset;
struct ipc_dnrequest;

TAILQ_HEAD(ipc_dnrequest_list, ipc_dnrequest);

/* What a kernel-object port stands for.  The values are GNU Mach's
 * (kern/ipc_kobject.h), which mach_port_kernel_object reports. */
enum ipc_kobject_type {
	IKOT_NONE = 0,		/* an ordinary port */
	IKOT_THREAD = 1,
	IKOT_TASK = 2,
	IKOT_HOST = 3,
	IKOT_HOST_PRIV = 4,
	IKOT_PSET = 6,		/* the processor set's control port */
	IKOT_PSET_NAME = 7,	/* the processor set's name port */
	IKOT_NAMESERVER = 100,	/* the netname service of this node: a
				 * server of its own in GNU Mach, so it is
				 * reported as IKOT_NONE */
	IKOT_PROXY = 101,	/* stands for a port of another node, to
				 * which its messages are forwarded
				 * (machemu's own: MACHEMU_IKOT_PROXY) */
};

struct ipc_port {
	unsigned ip_refs;		/* references held on this struct */
	bool ip_active;
	struct ipc_space *ip_receiver;	/* holder of the receive right */
	mach_port_name_t ip_receiver_name;
	struct ipc_pset *ip_pset;	/* port set it belongs to, or NULL */
	TAILQ_ENTRY(ipc_port) ip_pset_link;
	struct ipc_mqueue ip_messages;
	mach_port_seqno_t ip_seqno;	/* of the next message received */
	mach_port_mscount_t ip_mscount;	/* make-send count */
	mach_port_rights_t ip_srights;	/* send rights in existence */
	mach_port_rights_t ip_sorights;	/* send-once rights in existence */
	mach_port_msgcount_t ip_qlimit;
	enum ipc_kobject_type ip_kotype;
	void *ip_kobject;
	struct ipc_port *ip_nsrequest;	/* send-once right for no-senders */
	struct ipc_port *ip_pdrequest;	/* send-once right for port-destroyed */
	struct ipc_dnrequest_list ip_dnrequests;	/* dead-name requests */
	/* While the receive right is in a message queued on a port: that
	 * port (for loops of receive rights sent to themselves). */
	struct ipc_port *ip_destination;
	struct ipc_thread_queue ip_blocked_senders;	/* queue was full */
	bool ip_exported;	/* other nodes hold rights to it */
};

/*
 * Set by the layer that links nodes (NULL otherwise): the last send right
 * to a port the kernel holds is gone (a proxy's rights are all released);
 * a port marked ip_exported is destroyed (its rights on other nodes must
 * turn dead).
 */
extern void (*ipc_port_no_senders_hook)(struct ipc_port *port);
extern void (*ipc_port_death_hook)(struct ipc_port *port);

/* The port value a message carries for MACH_PORT_DEAD. */
#define IP_DEAD		((struct ipc_port *)-1)
#define IP_VALID(p)	((p) != NULL && (p) != IP_DEAD)

/* Ports in existence (a leak check at shutdown reads it). */
extern unsigned long ipc_port_count;

/* Allocate an active port with no rights and one reference. */
struct ipc_port *ipc_port_alloc(void);

void ipc_port_reference(struct ipc_port *port);

/* Drop a reference; the last one frees the port. */
void ipc_port_release(struct ipc_port *port);

/* Make PORT a kernel object of type TYPE standing for OBJ. */
void ipc_port_set_kobject(struct ipc_port *port, enum ipc_kobject_type type,
    void *obj);

/*
 * Destroy the receive right of PORT: the port becomes inactive, leaves its
 * set, its queued messages are destroyed (and the messages of senders
 * blocked on it), its waiting threads learn that it died, its no-senders
 * request is cancelled and its dead-name requests fire.  Consumes the
 * receive right; the caller keeps its reference.
 */
void ipc_port_destroy(struct ipc_port *port);

/*
 * Let go of the receive right of PORT, which no space holds any more: if
 * a port-destroyed notification was requested, the right travels in it
 * and the port lives on; otherwise the port is destroyed.  Returns true
 * if the port died.  The caller keeps its reference.
 */
bool ipc_port_receive_release(struct ipc_port *port);

/* Count a new send right made from the receive right (make-send). */
void ipc_port_make_send(struct ipc_port *port);

/* Count a copied send right. */
void ipc_port_copy_send(struct ipc_port *port);

/* Count a new send-once right. */
void ipc_port_make_send_once(struct ipc_port *port);

/* Count one send right less; the last one gone fires a requested
 * no-senders notification.  The reference stays. */
void ipc_port_lose_send(struct ipc_port *port);

/* Release one send right and the reference that came with it. */
void ipc_port_release_send(struct ipc_port *port);

/*
 * Release one send-once right and its reference without using it: the
 * port's receiver gets a send-once notification if it is still active.
 */
void ipc_port_release_sonce(struct ipc_port *port);

#endif
