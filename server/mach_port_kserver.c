/*
 * mach_port_kserver: the kernel side of mach_port.defs.  Each S_ function
 * translates its task port to a space and calls ipc_right/ipc_space; the
 * routines not written yet answer from the weak MIG_EOPNOTSUPP defaults.
 */
#include <stdbool.h>
#include <string.h>

#include "ipc_entry.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "kserver.h"
#include "mach/machemu_node.h"
#include "norma_ipc.h"
#include "mach_msg_format.h"
#include "mach_debug_S.h"
#include "mach_port_S.h"
#include "ipc_mqueue.h"

#define SPACE_OR_FAIL(space, task)				\
	struct ipc_space *space = kserver_space(task);		\
	if (space == NULL)					\
		return KERN_INVALID_TASK

/* Find the name under which a space holds OBJECT. */
struct entry_find {
	void *object;
	mach_port_name_t name;
};

static void
find_entry(struct ipc_entry *entry, void *arg)
{
	struct entry_find *f = arg;
	if (entry->ie_object == f->object)
		f->name = entry->ie_name;
}

struct names_ctx {
	mach_port_name_t *names;
	mach_port_type_t *types;
	struct ipc_space *space;
	size_t n;
};

static void
count_entry(struct ipc_entry *entry, void *arg)
{
	(void)entry;
	((struct names_ctx *)arg)->n++;
}

static void
collect_entry(struct ipc_entry *entry, void *arg)
{
	struct names_ctx *c = arg;
	ipc_right_check(c->space, entry);
	c->names[c->n] = entry->ie_name;
	c->types[c->n] = entry->ie_bits |
	    (entry->ie_request != NULL ? MACH_PORT_TYPE_DNREQUEST : 0);
	c->n++;
}

kern_return_t
S_mach_port_names(mach_port_t task, mach_port_name_array_t *names,
    mach_msg_type_number_t *namesCnt, mach_port_type_array_t *types,
    mach_msg_type_number_t *typesCnt)
{
	SPACE_OR_FAIL(space, task);
	struct names_ctx c = { .space = space };
	ipc_space_foreach(space, count_entry, &c);
	size_t bytes = c.n * sizeof(mach_port_name_t);
	c.names = bytes ? kserver_ool_alloc(bytes) : NULL;
	c.types = bytes ? kserver_ool_alloc(bytes) : NULL;
	if (bytes && (c.names == NULL || c.types == NULL))
		return KERN_RESOURCE_SHORTAGE;
	c.n = 0;
	ipc_space_foreach(space, collect_entry, &c);
	*names = c.names;
	*types = c.types;
	*namesCnt = *typesCnt = (mach_msg_type_number_t)c.n;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_type(mach_port_t task, mach_port_name_t name,
    mach_port_type_t *ptype)
{
	SPACE_OR_FAIL(space, task);
	mach_port_urefs_t urefs;
	return ipc_right_info(space, name, ptype, &urefs);
}

/* Create the right RIGHT under ENTRY, a fresh empty entry of SPACE. */
static kern_return_t
port_allocate_in(struct ipc_space *space, mach_port_right_t right,
    bool named, mach_port_name_t name, mach_port_name_t *namep)
{
	struct ipc_entry *entry;
	kern_return_t kr;
	if (right == MACH_PORT_RIGHT_DEAD_NAME) {
		kr = named ? ipc_entry_alloc_name(space, name, &entry) :
		    ipc_entry_alloc(space, &entry);
		if (kr != KERN_SUCCESS)
			return kr;
		entry->ie_bits = MACH_PORT_TYPE_DEAD_NAME;
		entry->ie_urefs = 1;
		*namep = entry->ie_name;
		return KERN_SUCCESS;
	}
	if (right == MACH_PORT_RIGHT_PORT_SET)
		return ipc_right_pset_alloc(space, named, name, namep);
	if (right != MACH_PORT_RIGHT_RECEIVE)
		return KERN_INVALID_VALUE;
	if (named && ipc_entry_lookup(space, name) != NULL)
		return KERN_NAME_EXISTS;
	struct ipc_port *port = ipc_port_alloc();
	if (port == NULL)
		return KERN_RESOURCE_SHORTAGE;
	if (named) {
		kr = ipc_right_copyout_name(space, port,
		    MACH_MSG_TYPE_PORT_RECEIVE, name);
		if (kr != KERN_SUCCESS) {
			ipc_right_release(port, MACH_MSG_TYPE_PORT_RECEIVE);
			return kr;
		}
		*namep = name;
		return KERN_SUCCESS;
	}
	return ipc_right_copyout(space, port, MACH_MSG_TYPE_PORT_RECEIVE, namep);
}

kern_return_t
S_mach_port_allocate(mach_port_t task, mach_port_right_t right,
    mach_port_name_t *name)
{
	SPACE_OR_FAIL(space, task);
	return port_allocate_in(space, right, false, MACH_PORT_NULL, name);
}

kern_return_t
S_mach_port_allocate_name(mach_port_t task, mach_port_right_t right,
    mach_port_name_t name)
{
	SPACE_OR_FAIL(space, task);
	if (!MACH_PORT_VALID(name))
		return KERN_INVALID_VALUE;
	mach_port_name_t got;
	return port_allocate_in(space, right, true, name, &got);
}

kern_return_t
S_mach_port_destroy(mach_port_t task, mach_port_name_t name)
{
	SPACE_OR_FAIL(space, task);
	return ipc_right_destroy(space, name);
}

kern_return_t
S_mach_port_deallocate(mach_port_t task, mach_port_name_t name)
{
	SPACE_OR_FAIL(space, task);
	kern_return_t kr = ipc_right_dealloc(space, name);
	/* The page: "If name does not denote an element in the port name
	 * space, the function returns success" (GNU says KERN_INVALID_NAME). */
	return kr == KERN_INVALID_NAME ? KERN_SUCCESS : kr;
}

kern_return_t
S_mach_port_get_refs(mach_port_t task, mach_port_name_t name,
    mach_port_right_t right, mach_port_urefs_t *refs)
{
	SPACE_OR_FAIL(space, task);
	if (right >= MACH_PORT_RIGHT_NUMBER)
		return KERN_INVALID_VALUE;
	mach_port_type_t type;
	mach_port_urefs_t urefs;
	kern_return_t kr = ipc_right_info(space, name, &type, &urefs);
	if (kr != KERN_SUCCESS)
		return kr;
	if (!(type & MACH_PORT_TYPE(right)))
		*refs = 0;
	else if (right == MACH_PORT_RIGHT_SEND || right == MACH_PORT_RIGHT_DEAD_NAME)
		*refs = urefs;
	else
		*refs = 1;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_mod_refs(mach_port_t task, mach_port_name_t name,
    mach_port_right_t right, mach_port_delta_t delta)
{
	SPACE_OR_FAIL(space, task);
	return ipc_right_delta(space, name, right, delta);
}

kern_return_t
S_mach_port_insert_right(mach_port_t task, mach_port_name_t name,
    mach_port_t poly, mach_msg_type_name_t polyPoly)
{
	SPACE_OR_FAIL(space, task);
	if (!MACH_PORT_VALID(name) || polyPoly < MACH_MSG_TYPE_PORT_RECEIVE ||
	    polyPoly > MACH_MSG_TYPE_PORT_SEND_ONCE)
		return KERN_INVALID_VALUE;
	if (!MACH_PORT_VALID(poly))
		return KERN_INVALID_CAPABILITY;
	/* The right sits in the kernel's space under POLY; move it over.
	 * Once taken, a failure destroys it, as the request would have. */
	struct ipc_port *port;
	kern_return_t kr = ipc_right_copyin(ipc_space_kernel, poly, polyPoly,
	    false, &port);
	if (kr != KERN_SUCCESS)
		return KERN_INVALID_CAPABILITY;
	kr = ipc_right_copyout_name(space, port, polyPoly, name);
	if (kr != KERN_SUCCESS)
		ipc_right_release(port, polyPoly);
	return kr;
}

kern_return_t
S_mach_port_rename(mach_port_t task, mach_port_name_t old_name,
    mach_port_name_t new_name)
{
	SPACE_OR_FAIL(space, task);
	return ipc_right_rename(space, old_name, new_name);
}

kern_return_t
S_mach_port_extract_right(mach_port_t task, mach_port_name_t name,
    mach_msg_type_name_t msgt_name, mach_port_t *poly,
    mach_msg_type_name_t *polyPoly)
{
	SPACE_OR_FAIL(space, task);
	if (!msg_type_is_disposition(msgt_name))
		return KERN_INVALID_VALUE;
	struct ipc_port *port;
	kern_return_t kr = ipc_right_copyin(space, name, msgt_name, false, &port);
	if (kr != KERN_SUCCESS)
		return kr;
	/* The right goes to the caller through the kernel's space. */
	mach_msg_type_name_t type = msg_type_received(msgt_name);
	kr = ipc_right_copyout(ipc_space_kernel, port, type, poly);
	*polyPoly = type;	/* PORT_* is MOVE_*: the reply moves it */
	return kr;
}

/* The port whose receive right NAME denotes in TASK's space. */
#define RECEIVE_OR_FAIL(port, task, name)				\
	SPACE_OR_FAIL(space, task);					\
	struct ipc_port *port;						\
	kern_return_t kr_ = ipc_right_lookup_receive(space, name, &port);	\
	if (kr_ != KERN_SUCCESS)					\
		return kr_

kern_return_t
S_mach_port_set_mscount(mach_port_t task, mach_port_name_t name,
    mach_port_mscount_t mscount)
{
	RECEIVE_OR_FAIL(port, task, name);
	port->ip_mscount = mscount;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_set_seqno(mach_port_t task, mach_port_name_t name,
    mach_port_seqno_t seqno)
{
	RECEIVE_OR_FAIL(port, task, name);
	port->ip_seqno = seqno;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_set_qlimit(mach_port_t task, mach_port_name_t name,
    mach_port_msgcount_t qlimit)
{
	RECEIVE_OR_FAIL(port, task, name);
	if (qlimit > MACH_PORT_QLIMIT_MAX)
		return KERN_INVALID_VALUE;
	port->ip_qlimit = qlimit;
	ipc_mqueue_unblock_senders(port);	/* a higher limit lets them in */
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_get_receive_status(mach_port_t task, mach_port_name_t name,
    mach_port_status_t *status)
{
	RECEIVE_OR_FAIL(port, task, name);
	memset(status, 0, sizeof *status);
	if (port->ip_pset != NULL) {
		/* The set's name in this space. */
		struct entry_find f = { .object = port->ip_pset };
		ipc_space_foreach(space, find_entry, &f);
		status->mps_pset = f.name;
	}
	status->mps_seqno = port->ip_seqno;
	status->mps_mscount = port->ip_mscount;
	status->mps_qlimit = port->ip_qlimit;
	status->mps_msgcount = port->ip_messages.imq_count;
	status->mps_sorights = port->ip_sorights;
	status->mps_srights = port->ip_srights > 0;
	status->mps_pdrequest = port->ip_pdrequest != NULL;
	status->mps_nsrequest = port->ip_nsrequest != NULL;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_move_member(mach_port_t task, mach_port_name_t member,
    mach_port_name_t after)
{
	SPACE_OR_FAIL(space, task);
	struct ipc_port *port;
	struct ipc_pset *pset = NULL;
	kern_return_t kr = ipc_right_lookup_receive(space, member, &port);
	if (kr != KERN_SUCCESS)
		return kr;
	if (after != MACH_PORT_NULL) {
		kr = ipc_right_lookup_pset(space, after, &pset);
		if (kr != KERN_SUCCESS)
			return kr;
		ipc_pset_add(pset, port);
	} else {
		if (port->ip_pset == NULL)
			return KERN_NOT_IN_SET;
		ipc_pset_remove(port);
	}
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_get_set_status(mach_port_t task, mach_port_name_t name,
    mach_port_name_array_t *members, mach_msg_type_number_t *membersCnt)
{
	SPACE_OR_FAIL(space, task);
	struct ipc_pset *pset;
	kern_return_t kr = ipc_right_lookup_pset(space, name, &pset);
	if (kr != KERN_SUCCESS)
		return kr;
	size_t n = pset->ips_nmembers;
	mach_port_name_t *names = n ? kserver_ool_alloc(n * sizeof *names) : NULL;
	if (n && names == NULL)
		return KERN_RESOURCE_SHORTAGE;
	size_t i = 0;
	struct ipc_port *port;
	TAILQ_FOREACH(port, &pset->ips_members, ip_pset_link)
		names[i++] = port->ip_receiver_name;
	*members = names;
	*membersCnt = (mach_msg_type_number_t)n;
	return KERN_SUCCESS;
}

kern_return_t
S_mach_port_request_notification(mach_port_t task, mach_port_name_t name,
    mach_msg_id_t id, mach_port_mscount_t sync, mach_port_t notify,
    mach_port_t *previous, mach_msg_type_name_t *previousPoly)
{
	SPACE_OR_FAIL(space, task);
	/* NOTIFY arrived as a send-once right in the kernel's space. */
	struct ipc_port *so = NULL, *prev = NULL;
	if (notify == MACH_PORT_DEAD)
		return KERN_INVALID_CAPABILITY;
	if (MACH_PORT_VALID(notify) && ipc_right_copyin(ipc_space_kernel,
	    notify, MACH_MSG_TYPE_MOVE_SEND_ONCE, false, &so) != KERN_SUCCESS)
		return KERN_INVALID_CAPABILITY;
	kern_return_t kr = ipc_right_request_notification(space, name, id, sync,
	    so, &prev);
	if (kr != KERN_SUCCESS) {
		/* Nothing registered: the right is destroyed, as destroying
		 * the request would (its receiver hears a send-once
		 * notification). */
		if (so != NULL)
			ipc_right_release(so, MACH_MSG_TYPE_PORT_SEND_ONCE);
		return kr;
	}
	*previousPoly = MACH_MSG_TYPE_MOVE_SEND_ONCE;
	return ipc_right_copyout(ipc_space_kernel, prev,
	    MACH_MSG_TYPE_PORT_SEND_ONCE, previous);
}

/* mach_debug.defs: the kernel object behind NAME's port, as GNU Mach's
 * IKOT number; its address stays machd's own business (0).  A proxy for
 * a port of another node is machemu's IKOT_PROXY, its "address" the
 * port's node. */
_Static_assert(IKOT_PROXY == MACHEMU_IKOT_PROXY, "one number for proxies");

kern_return_t
S_mach_port_kernel_object(mach_port_t task, mach_port_name_t name,
    unsigned *object_type, vm_offset_t *object_addr)
{
	SPACE_OR_FAIL(space, task);
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return KERN_INVALID_NAME;
	if (ipc_right_check(space, entry) ||
	    !(entry->ie_bits & (MACH_PORT_TYPE_SEND_RECEIVE |
	    MACH_PORT_TYPE_SEND_ONCE)))
		return KERN_INVALID_RIGHT;
	struct ipc_port *port = entry->ie_object;
	*object_type = port->ip_kotype == IKOT_NAMESERVER ? IKOT_NONE :
	    port->ip_kotype;
	*object_addr = port->ip_kotype == IKOT_PROXY ?
	    (vm_offset_t)norma_ipc_port_node(port, 0) : 0;
	return KERN_SUCCESS;
}
