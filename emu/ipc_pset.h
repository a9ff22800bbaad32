/*
 * ipc_pset: a port set, a receive right for a group of ports.  Threads
 * that receive from a set wait on its queue; a message sent to a member
 * port goes to them.  A member port cannot be received from directly
 * (MACH_RCV_IN_SET).
 */
#ifndef MACHEMU_IPC_PSET_H
#define MACHEMU_IPC_PSET_H

#include <stdbool.h>
#include <sys/queue.h>
#include <mach/kern_return.h>
#include <mach/message.h>

#include "ipc_mqueue.h"

struct ipc_port;
struct ipc_kmsg;
struct ipc_thread;

TAILQ_HEAD(ipc_port_list, ipc_port);

struct ipc_pset {
	unsigned ips_refs;
	bool ips_active;
	struct ipc_port_list ips_members;
	unsigned ips_nmembers;
	struct ipc_mqueue ips_messages;	/* only its waiting threads */
};

/* Port sets in existence. */
extern unsigned long ipc_pset_count;

struct ipc_pset *ipc_pset_alloc(void);
void ipc_pset_reference(struct ipc_pset *pset);
void ipc_pset_release(struct ipc_pset *pset);

/* Destroy PSET: its members leave it, its waiting threads learn that it
 * died (MACH_RCV_PORT_DIED). */
void ipc_pset_destroy(struct ipc_pset *pset);

/* Put PORT in PSET (taking it out of any other set first); threads that
 * waited on the port itself are woken with MACH_RCV_PORT_CHANGED, and
 * queued messages go to threads waiting on the set. */
void ipc_pset_add(struct ipc_pset *pset, struct ipc_port *port);

/* Take PORT out of its set, if any. */
void ipc_pset_remove(struct ipc_port *port);

/* Receive for THREAD from PSET: as ipc_mqueue_receive, taking the member
 * message that was queued first. */
mach_msg_return_t ipc_pset_receive(struct ipc_thread *thread,
    struct ipc_pset *pset, struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep);

#endif
