/*
 * ipc_right: what a name's rights allow, and moving rights between a
 * space and a message.  Accounting: an entry holds one reference on its
 * object and, if it has a send right, counts once in ip_srights whatever
 * its user references; a right in a message holds one reference and
 * counts once.
 *
 * Dead-name requests hang on the entry (ie_request) and on the port
 * (ip_dnrequests), so that the death of a port can find every name that
 * asked about it.  A request ends in a dead-name notification when the
 * name becomes a dead name, or in a port-deleted notification when the
 * name goes away first.
 */
#include "ipc_right.h"

#include <assert.h>
#include <stdlib.h>
#include <mach/notify.h>

#include "ipc_entry.h"
#include "ipc_mqueue.h"
#include "ipc_notify.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "ipc_space.h"

struct ipc_dnrequest {
	TAILQ_ENTRY(ipc_dnrequest) dnr_link;	/* on the port */
	struct ipc_port *dnr_port;
	struct ipc_space *dnr_space;
	mach_port_name_t dnr_name;
	struct ipc_port *dnr_notify;		/* a send-once right */
};

static struct ipc_port *
entry_port(struct ipc_entry *entry)
{
	return entry->ie_object;
}

/* Detach ENTRY's dead-name request; returns its send-once right. */
static struct ipc_port *
request_detach(struct ipc_entry *entry)
{
	struct ipc_dnrequest *r = entry->ie_request;
	if (r == NULL)
		return NULL;
	struct ipc_port *notify = r->dnr_notify;
	TAILQ_REMOVE(&r->dnr_port->ip_dnrequests, r, dnr_link);
	ipc_port_release(r->dnr_port);
	free(r);
	entry->ie_request = NULL;
	return notify;
}

/* ENTRY became a dead name: fire its request, with the extra user
 * reference the dead-name notification carries. */
static void
request_fire_dead(struct ipc_entry *entry)
{
	struct ipc_port *notify = request_detach(entry);
	if (notify != NULL) {
		if (entry->ie_urefs < IPC_ENTRY_UREFS_MAX)
			entry->ie_urefs++;
		ipc_notify_dead_name(notify, entry->ie_name);
	}
}

/* Free ENTRY, whose rights are gone: a pending request hears that the
 * name was deleted. */
static void
entry_free(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_port *notify = request_detach(entry);
	mach_port_name_t name = entry->ie_name;
	entry->ie_bits = 0;
	entry->ie_object = NULL;
	ipc_entry_dealloc(space, entry);
	if (notify != NULL)
		ipc_notify_port_deleted(notify, name);
}

bool
ipc_right_check(struct ipc_space *space, struct ipc_entry *entry)
{
	if (entry->ie_bits & MACH_PORT_TYPE_DEAD_NAME)
		return true;
	if ((entry->ie_bits & MACH_PORT_TYPE_SEND_RIGHTS) == 0 ||
	    (entry->ie_bits & MACH_PORT_TYPE_RECEIVE))
		return false;
	struct ipc_port *port = entry_port(entry);
	if (port->ip_active)
		return false;
	if (entry->ie_bits & MACH_PORT_TYPE_SEND) {
		ipc_space_reverse_clear(space, port);
		ipc_port_release_send(port);
	} else {
		port->ip_sorights--;
		ipc_port_release(port);
		entry->ie_urefs = 1;
	}
	entry->ie_bits = MACH_PORT_TYPE_DEAD_NAME;
	entry->ie_object = NULL;
	request_fire_dead(entry);
	return true;
}

void
ipc_right_dead_port(struct ipc_port *port)
{
	struct ipc_dnrequest *r;
	while ((r = TAILQ_FIRST(&port->ip_dnrequests)) != NULL) {
		struct ipc_entry *entry = ipc_entry_lookup(r->dnr_space,
		    r->dnr_name);
		assert(entry != NULL && entry->ie_request == r);
		ipc_right_check(r->dnr_space, entry);	/* fires it */
	}
}

/* Take one dead-name user reference for a send right sent from a dead
 * name; the message carries MACH_PORT_DEAD. */
static void
dead_name_take(struct ipc_space *space, struct ipc_entry *entry, bool move)
{
	if (move && --entry->ie_urefs == 0)
		entry_free(space, entry);
}

/* The receive right leaves ENTRY's space (in a message or to the kernel):
 * the port leaves its set, threads waiting on it lose it, its
 * make-send count restarts and a no-senders request is cancelled. */
static void
receive_leaves(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_port *port = entry_port(entry);
	ipc_pset_remove(port);
	port->ip_receiver = NULL;
	port->ip_receiver_name = MACH_PORT_NULL;
	/* The waiters lost the right (MACH_RCV_PORT_CHANGED is for a port
	 * that joins a set). */
	ipc_mqueue_wake_all(&port->ip_messages, MACH_RCV_PORT_DIED);
	port->ip_mscount = 0;	/* the counts restart with the next holder */
	port->ip_seqno = 0;
	struct ipc_port *ns = port->ip_nsrequest;
	port->ip_nsrequest = NULL;
	if (IP_VALID(ns))
		ipc_port_release_sonce(ns);
	entry->ie_bits &= ~MACH_PORT_TYPE_RECEIVE;
	if (entry->ie_bits & MACH_PORT_TYPE_SEND) {
		ipc_port_reference(port);	/* the entry keeps its own */
	} else {
		ipc_space_reverse_clear(space, port);
		ipc_port_reference(port);
		entry_free(space, entry);
		ipc_port_release(port);		/* the entry's, now the message's */
	}
}

kern_return_t
ipc_right_copyin(struct ipc_space *space, mach_port_name_t name,
    mach_msg_type_name_t disp, bool deadok, struct ipc_port **portp)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	struct ipc_port *port;

	switch (disp) {
	case MACH_MSG_TYPE_MAKE_SEND:
	case MACH_MSG_TYPE_MAKE_SEND_ONCE:
		if ((entry->ie_bits & MACH_PORT_TYPE_RECEIVE) == 0)
			return KERN_INVALID_RIGHT;
		port = entry_port(entry);
		if (disp == MACH_MSG_TYPE_MAKE_SEND)
			ipc_port_make_send(port);
		else
			ipc_port_make_send_once(port);
		*portp = port;
		return KERN_SUCCESS;

	case MACH_MSG_TYPE_MOVE_RECEIVE:
		if ((entry->ie_bits & MACH_PORT_TYPE_RECEIVE) == 0)
			return KERN_INVALID_RIGHT;
		port = entry_port(entry);
		if (port->ip_kotype != IKOT_NONE)
			return KERN_INVALID_RIGHT;
		receive_leaves(space, entry);
		*portp = port;
		return KERN_SUCCESS;

	case MACH_MSG_TYPE_COPY_SEND:
	case MACH_MSG_TYPE_MOVE_SEND:
		if (ipc_right_check(space, entry)) {
			if (!deadok)
				return KERN_INVALID_RIGHT;
			dead_name_take(space, entry, disp == MACH_MSG_TYPE_MOVE_SEND);
			*portp = IP_DEAD;
			return KERN_SUCCESS;
		}
		if ((entry->ie_bits & MACH_PORT_TYPE_SEND) == 0)
			return KERN_INVALID_RIGHT;
		port = entry_port(entry);
		if (disp == MACH_MSG_TYPE_COPY_SEND || entry->ie_urefs > 1) {
			if (disp == MACH_MSG_TYPE_MOVE_SEND)
				entry->ie_urefs--;
			ipc_port_copy_send(port);
		} else {
			/* The last reference: the entry's send right moves. */
			entry->ie_urefs = 0;
			entry->ie_bits &= ~MACH_PORT_TYPE_SEND;
			ipc_port_reference(port);
			if (!(entry->ie_bits & MACH_PORT_TYPE_RECEIVE)) {
				ipc_space_reverse_clear(space, port);
				entry_free(space, entry);
				ipc_port_release(port);	/* the entry's */
			}
		}
		*portp = port;
		return KERN_SUCCESS;

	case MACH_MSG_TYPE_MOVE_SEND_ONCE:
		if (ipc_right_check(space, entry)) {
			if (!deadok)
				return KERN_INVALID_RIGHT;
			dead_name_take(space, entry, true);
			*portp = IP_DEAD;
			return KERN_SUCCESS;
		}
		if ((entry->ie_bits & MACH_PORT_TYPE_SEND_ONCE) == 0)
			return KERN_INVALID_RIGHT;
		port = entry_port(entry);
		entry_free(space, entry);	/* its reference goes along */
		*portp = port;
		return KERN_SUCCESS;

	default:
		return KERN_INVALID_VALUE;
	}
}

/* Merge a right carried in a message into ENTRY, which already names
 * PORT through a send or receive right. */
static kern_return_t
right_merge(struct ipc_space *space, struct ipc_entry *entry,
    struct ipc_port *port, mach_msg_type_name_t type)
{
	if (type == MACH_MSG_TYPE_PORT_SEND) {
		if (entry->ie_bits & MACH_PORT_TYPE_SEND) {
			if (entry->ie_urefs >= IPC_ENTRY_UREFS_MAX)
				return KERN_UREFS_OVERFLOW;
			entry->ie_urefs++;
			ipc_port_release_send(port);	/* counted already */
		} else {
			entry->ie_bits |= MACH_PORT_TYPE_SEND;
			entry->ie_urefs = 1;
			ipc_port_release(port);		/* entry has a ref */
		}
		return KERN_SUCCESS;
	}
	assert(type == MACH_MSG_TYPE_PORT_RECEIVE);
	if (entry->ie_bits & MACH_PORT_TYPE_RECEIVE)
		return KERN_RIGHT_EXISTS;
	entry->ie_bits |= MACH_PORT_TYPE_RECEIVE;
	port->ip_receiver = space;
	port->ip_receiver_name = entry->ie_name;
	ipc_port_release(port);
	return KERN_SUCCESS;
}

/* Fill a new ENTRY with a carried right; the message's reference moves
 * into the entry. */
static kern_return_t
right_install(struct ipc_space *space, struct ipc_entry *entry,
    struct ipc_port *port, mach_msg_type_name_t type)
{
	entry->ie_object = port;
	switch (type) {
	case MACH_MSG_TYPE_PORT_SEND_ONCE:
		entry->ie_bits = MACH_PORT_TYPE_SEND_ONCE;
		entry->ie_urefs = 1;
		return KERN_SUCCESS;
	case MACH_MSG_TYPE_PORT_SEND:
		entry->ie_bits = MACH_PORT_TYPE_SEND;
		entry->ie_urefs = 1;
		break;
	case MACH_MSG_TYPE_PORT_RECEIVE:
		entry->ie_bits = MACH_PORT_TYPE_RECEIVE;
		entry->ie_urefs = 0;
		port->ip_receiver = space;
		port->ip_receiver_name = entry->ie_name;
		break;
	}
	kern_return_t kr = ipc_space_reverse_set(space, port, entry);
	if (kr != KERN_SUCCESS) {
		entry->ie_bits = 0;
		entry->ie_object = NULL;
		if (type == MACH_MSG_TYPE_PORT_RECEIVE)
			port->ip_receiver = NULL;
	}
	return kr;
}

kern_return_t
ipc_right_copyout(struct ipc_space *space, struct ipc_port *port,
    mach_msg_type_name_t type, mach_port_name_t *namep)
{
	if (port == NULL) {
		*namep = MACH_PORT_NULL;
		return KERN_SUCCESS;
	}
	if (port == IP_DEAD || (!port->ip_active &&
	    type != MACH_MSG_TYPE_PORT_RECEIVE)) {
		if (port != IP_DEAD)
			ipc_right_release(port, type);
		*namep = MACH_PORT_DEAD;
		return KERN_SUCCESS;
	}
	kern_return_t kr;
	if (type != MACH_MSG_TYPE_PORT_SEND_ONCE) {
		struct ipc_entry *entry = ipc_space_reverse_lookup(space, port);
		if (entry != NULL) {
			kr = right_merge(space, entry, port, type);
			if (kr != KERN_SUCCESS)
				goto destroy;
			*namep = entry->ie_name;
			return KERN_SUCCESS;
		}
	}
	struct ipc_entry *entry;
	kr = ipc_entry_alloc(space, &entry);
	if (kr != KERN_SUCCESS)
		goto destroy;
	kr = right_install(space, entry, port, type);
	if (kr != KERN_SUCCESS) {
		ipc_entry_dealloc(space, entry);
		goto destroy;
	}
	*namep = entry->ie_name;
	return KERN_SUCCESS;
destroy:
	ipc_right_release(port, type);
	*namep = MACH_PORT_NULL;
	return kr;
}

kern_return_t
ipc_right_copyout_name(struct ipc_space *space, struct ipc_port *port,
    mach_msg_type_name_t type, mach_port_name_t name)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry != NULL) {
		/* Only a send or receive right of the same port takes more. */
		ipc_right_check(space, entry);
		if (entry->ie_object != port || type == MACH_MSG_TYPE_PORT_SEND_ONCE ||
		    !(entry->ie_bits & (MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_RECEIVE)))
			return KERN_NAME_EXISTS;
		return right_merge(space, entry, port, type);
	}
	if (type != MACH_MSG_TYPE_PORT_SEND_ONCE &&
	    ipc_space_reverse_lookup(space, port) != NULL)
		return KERN_RIGHT_EXISTS;
	kern_return_t kr = ipc_entry_alloc_name(space, name, &entry);
	if (kr != KERN_SUCCESS)
		return kr;
	kr = right_install(space, entry, port, type);
	if (kr != KERN_SUCCESS)
		ipc_entry_dealloc(space, entry);
	return kr;
}

void
ipc_right_release(struct ipc_port *port, mach_msg_type_name_t type)
{
	if (!IP_VALID(port))
		return;
	switch (type) {
	case MACH_MSG_TYPE_PORT_SEND:
		ipc_port_release_send(port);
		break;
	case MACH_MSG_TYPE_PORT_SEND_ONCE:
		ipc_port_release_sonce(port);
		break;
	case MACH_MSG_TYPE_PORT_RECEIVE:
		ipc_port_receive_release(port);
		ipc_port_release(port);
		break;
	}
}

/* Drop the send right an entry holds (all its user references). */
static void
entry_drop_send(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_port *port = entry_port(entry);
	entry->ie_bits &= ~MACH_PORT_TYPE_SEND;
	entry->ie_urefs = 0;
	if (entry->ie_bits & MACH_PORT_TYPE_RECEIVE) {
		ipc_port_lose_send(port);	/* the entry keeps its reference */
	} else {
		ipc_space_reverse_clear(space, port);
		entry_free(space, entry);
		ipc_port_release_send(port);
	}
}

/* Give up the receive right an entry holds: the port dies (or goes away
 * in a port-destroyed notification); a send right the entry also holds
 * becomes a dead name if the port died. */
static void
entry_drop_receive(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_port *port = entry_port(entry);
	ipc_port_reference(port);
	receive_leaves(space, entry);	/* ENTRY may be gone now */
	bool died = ipc_port_receive_release(port);
	ipc_port_release(port);		/* the reference receive_leaves took */
	if (died)
		(void)ipc_right_check_name(space, port);
	ipc_port_release(port);
}

/* If SPACE still names PORT through a send right, check that name (after
 * the port died it becomes a dead name). */
bool
ipc_right_check_name(struct ipc_space *space, struct ipc_port *port)
{
	struct ipc_entry *entry = ipc_space_reverse_lookup(space, port);
	return entry != NULL && ipc_right_check(space, entry);
}

static void
entry_drop_sonce(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_port *port = entry_port(entry);
	entry_free(space, entry);
	ipc_port_release_sonce(port);
}

static void
entry_drop_pset(struct ipc_space *space, struct ipc_entry *entry)
{
	struct ipc_pset *pset = entry->ie_object;
	entry_free(space, entry);
	ipc_pset_destroy(pset);
	ipc_pset_release(pset);
}

kern_return_t
ipc_right_dealloc(struct ipc_space *space, mach_port_name_t name)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	ipc_right_check(space, entry);
	if (entry->ie_bits & MACH_PORT_TYPE_DEAD_NAME) {
		if (--entry->ie_urefs == 0)
			entry_free(space, entry);
		return KERN_SUCCESS;
	}
	if (entry->ie_bits & MACH_PORT_TYPE_SEND_ONCE) {
		entry_drop_sonce(space, entry);
		return KERN_SUCCESS;
	}
	if (entry->ie_bits & MACH_PORT_TYPE_SEND) {
		if (entry->ie_urefs > 1)
			entry->ie_urefs--;
		else
			entry_drop_send(space, entry);
		return KERN_SUCCESS;
	}
	return KERN_INVALID_RIGHT;
}

/* Apply DELTA to the user references *UREFS may carry; returns the code
 * of mach_port_mod_refs for an out-of-range result. */
static kern_return_t
urefs_delta(mach_port_urefs_t urefs, mach_port_delta_t delta,
    mach_port_urefs_t *result)
{
	int64_t n = (int64_t)urefs + delta;
	if (n < 0)
		return KERN_INVALID_VALUE;
	if (n > IPC_ENTRY_UREFS_MAX)
		return KERN_UREFS_OVERFLOW;
	*result = (mach_port_urefs_t)n;
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_delta(struct ipc_space *space, mach_port_name_t name,
    mach_port_right_t right, mach_port_delta_t delta)
{
	if (right >= MACH_PORT_RIGHT_NUMBER)
		return KERN_INVALID_VALUE;
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	mach_port_urefs_t n;
	kern_return_t kr;

	switch (right) {
	case MACH_PORT_RIGHT_RECEIVE:
	case MACH_PORT_RIGHT_PORT_SET:
		if (!(entry->ie_bits & MACH_PORT_TYPE(right)))
			return KERN_INVALID_RIGHT;
		if (delta != 0 && delta != -1)
			return KERN_INVALID_VALUE;
		if (delta == -1 && right == MACH_PORT_RIGHT_RECEIVE)
			entry_drop_receive(space, entry);
		else if (delta == -1)
			entry_drop_pset(space, entry);
		return KERN_SUCCESS;

	case MACH_PORT_RIGHT_SEND_ONCE:
		if (ipc_right_check(space, entry) ||
		    (entry->ie_bits & MACH_PORT_TYPE_SEND_ONCE) == 0)
			return KERN_INVALID_RIGHT;
		if (delta != 0 && delta != -1)
			return KERN_INVALID_VALUE;
		if (delta == -1)
			entry_drop_sonce(space, entry);
		return KERN_SUCCESS;

	case MACH_PORT_RIGHT_SEND:
		if (ipc_right_check(space, entry) ||
		    (entry->ie_bits & MACH_PORT_TYPE_SEND) == 0)
			return KERN_INVALID_RIGHT;
		kr = urefs_delta(entry->ie_urefs, delta, &n);
		if (kr != KERN_SUCCESS)
			return kr;
		if (n == 0)
			entry_drop_send(space, entry);
		else
			entry->ie_urefs = n;
		return KERN_SUCCESS;

	default:	/* MACH_PORT_RIGHT_DEAD_NAME */
		if (!ipc_right_check(space, entry))
			return KERN_INVALID_RIGHT;
		kr = urefs_delta(entry->ie_urefs, delta, &n);
		if (kr != KERN_SUCCESS)
			return kr;
		entry->ie_urefs = n;
		if (n == 0)
			entry_free(space, entry);
		return KERN_SUCCESS;
	}
}

kern_return_t
ipc_right_destroy(struct ipc_space *space, mach_port_name_t name)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	ipc_right_check(space, entry);
	if (entry->ie_bits & MACH_PORT_TYPE_PORT_SET) {
		entry_drop_pset(space, entry);
		return KERN_SUCCESS;
	}
	if (entry->ie_bits & MACH_PORT_TYPE_RECEIVE) {
		/* The whole name goes: a dead-name request hears that it was
		 * deleted, not that it died. */
		struct ipc_port *notify = request_detach(entry);
		entry_drop_receive(space, entry);
		if (notify != NULL)
			ipc_notify_port_deleted(notify, name);
		entry = ipc_entry_lookup(space, name);	/* maybe a dead name */
		if (entry == NULL)
			return KERN_SUCCESS;
	}
	if (entry->ie_bits & MACH_PORT_TYPE_SEND_ONCE) {
		entry_drop_sonce(space, entry);
		return KERN_SUCCESS;
	}
	if (entry->ie_bits & MACH_PORT_TYPE_SEND) {
		entry_drop_send(space, entry);
		return KERN_SUCCESS;
	}
	entry->ie_urefs = 0;
	entry_free(space, entry);
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_info(struct ipc_space *space, mach_port_name_t name,
    mach_port_type_t *typep, mach_port_urefs_t *urefsp)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	ipc_right_check(space, entry);
	*typep = entry->ie_bits |
	    (entry->ie_request ? MACH_PORT_TYPE_DNREQUEST : 0);
	*urefsp = entry->ie_urefs;
	return KERN_SUCCESS;
}

/* Register NOTIFY (a send-once right, or NULL to cancel) for the
 * dead-name request of ENTRY; *PREVIOUSP gets the one it replaces. */
static kern_return_t
request_dead_name(struct ipc_space *space, struct ipc_entry *entry,
    mach_port_mscount_t sync, struct ipc_port *notify,
    struct ipc_port **previousp)
{
	if (ipc_right_check(space, entry)) {
		/* Already dead: with SYNC, notify at once. */
		if (sync == 0)
			return KERN_INVALID_ARGUMENT;
		*previousp = NULL;
		if (!IP_VALID(notify))
			return KERN_SUCCESS;
		if (entry->ie_urefs >= IPC_ENTRY_UREFS_MAX)
			return KERN_UREFS_OVERFLOW;
		entry->ie_urefs++;
		ipc_notify_dead_name(notify, entry->ie_name);
		return KERN_SUCCESS;
	}
	if (!(entry->ie_bits & MACH_PORT_TYPE_PORT_RIGHTS))
		return KERN_INVALID_RIGHT;
	struct ipc_dnrequest *r = NULL;
	if (IP_VALID(notify) && (r = malloc(sizeof *r)) == NULL)
		return KERN_RESOURCE_SHORTAGE;
	*previousp = request_detach(entry);
	if (r == NULL)
		return KERN_SUCCESS;
	struct ipc_port *port = entry_port(entry);
	r->dnr_port = port;
	ipc_port_reference(port);
	r->dnr_space = space;
	r->dnr_name = entry->ie_name;
	r->dnr_notify = notify;
	TAILQ_INSERT_TAIL(&port->ip_dnrequests, r, dnr_link);
	entry->ie_request = r;
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_request_notification(struct ipc_space *space,
    mach_port_name_t name, mach_msg_id_t variant, mach_port_mscount_t sync,
    struct ipc_port *notify, struct ipc_port **previousp)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	struct ipc_port *port = entry_port(entry);

	switch (variant) {
	case MACH_NOTIFY_PORT_DESTROYED:
		if (!(entry->ie_bits & MACH_PORT_TYPE_RECEIVE))
			return KERN_INVALID_RIGHT;
		if (sync != 0)
			return KERN_INVALID_VALUE;
		*previousp = port->ip_pdrequest;
		port->ip_pdrequest = IP_VALID(notify) ? notify : NULL;
		return KERN_SUCCESS;

	case MACH_NOTIFY_NO_SENDERS:
		if (!(entry->ie_bits & MACH_PORT_TYPE_RECEIVE))
			return KERN_INVALID_RIGHT;
		*previousp = port->ip_nsrequest;
		port->ip_nsrequest = NULL;
		if (!IP_VALID(notify))
			return KERN_SUCCESS;
		if (port->ip_srights == 0 && port->ip_mscount >= sync)
			ipc_notify_no_senders(notify, port->ip_mscount);
		else
			port->ip_nsrequest = notify;
		return KERN_SUCCESS;

	case MACH_NOTIFY_DEAD_NAME:
		return request_dead_name(space, entry, sync, notify, previousp);

	default:
		return KERN_INVALID_VALUE;
	}
}

kern_return_t
ipc_right_rename(struct ipc_space *space, mach_port_name_t old_name,
    mach_port_name_t new_name)
{
	if (!MACH_PORT_VALID(new_name))
		return KERN_INVALID_VALUE;
	struct ipc_entry *entry = ipc_entry_lookup(space, old_name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	kern_return_t kr = ipc_entry_rename(space, entry, new_name);
	if (kr != KERN_SUCCESS)
		return kr;
	if (entry->ie_bits & MACH_PORT_TYPE_RECEIVE)
		entry_port(entry)->ip_receiver_name = new_name;
	if (entry->ie_request != NULL)
		entry->ie_request->dnr_name = new_name;
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_pset_alloc(struct ipc_space *space, bool named,
    mach_port_name_t name, mach_port_name_t *namep)
{
	struct ipc_entry *entry;
	kern_return_t kr = named ? ipc_entry_alloc_name(space, name, &entry) :
	    ipc_entry_alloc(space, &entry);
	if (kr != KERN_SUCCESS)
		return kr;
	struct ipc_pset *pset = ipc_pset_alloc();
	if (pset == NULL) {
		ipc_entry_dealloc(space, entry);
		return KERN_RESOURCE_SHORTAGE;
	}
	entry->ie_bits = MACH_PORT_TYPE_PORT_SET;
	entry->ie_object = pset;
	*namep = entry->ie_name;
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_lookup_receive(struct ipc_space *space, mach_port_name_t name,
    struct ipc_port **portp)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	if (!(entry->ie_bits & MACH_PORT_TYPE_RECEIVE))
		return KERN_INVALID_RIGHT;
	*portp = entry->ie_object;
	return KERN_SUCCESS;
}

kern_return_t
ipc_right_lookup_pset(struct ipc_space *space, mach_port_name_t name,
    struct ipc_pset **psetp)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	if (!(entry->ie_bits & MACH_PORT_TYPE_PORT_SET))
		return KERN_INVALID_RIGHT;
	*psetp = entry->ie_object;
	return KERN_SUCCESS;
}
