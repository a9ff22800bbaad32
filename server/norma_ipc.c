/*
 * norma_ipc: ports across nodes.
 *
 * A right to a port of another node is a right to a proxy: a port the
 * kernel holds, of type IKOT_PROXY, standing for (home node, id).  A
 * message sent to a proxy is forwarded to the home (DeliverMessages),
 * where it is queued on the port itself; the rights it carries travel
 * with it.
 *
 * The home keeps an export for each port other nodes hold send rights
 * to: the id they name it by, and for each of them the send rights it
 * holds on their behalf, one for every send right it sent them.  A node
 * gives those back (ReleaseRights) when its proxy has no senders left,
 * so the port's own no-senders notification comes when the last right on
 * any node is gone.  A send-once right travels as an export of its own,
 * used once (or given back as a send-once notification).  A right to a
 * proxy sent on to a third node travels as an export of the proxy: the
 * messages go through this node.
 *
 * When an exported port dies, the nodes holding rights hear of it
 * (PortsDead) and destroy their proxies: their names turn dead, with
 * dead-name notifications.  When a node stops answering, its proxies die
 * the same way and the rights held for it are released.
 *
 * The rights of a message being forwarded are put on the wire before the
 * message is destroyed here, so that a release its destruction causes
 * goes to the peer after the message that still needed the right.
 */
#include "norma_ipc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "log.h"
#include "node_link.h"
#include "node_table.h"
#include "ptr_map.h"
#include "vm_object.h"

/* Deadline of the calls that carry messages and rights. */
#define IPC_CALL_MS	10000

/* A port of this node that other nodes hold rights to. */
struct export {
	uint64_t id;
	struct ipc_port *port;
	bool sonce;		/* holds one send-once right, for SONCE_NODE */
	int sonce_node;
	size_t nholders;
	struct export_holder {
		int node;
		unsigned sends;	/* send rights held for NODE */
	} *holders;
};

/* A port of another node, as this node's rights name it. */
struct proxy {
	int node;
	uint64_t id;		/* the export's id at NODE */
	bool sonce;		/* stands for one send-once right */
	unsigned received;	/* send rights NODE sent, to give back */
	struct ipc_port *port;
};

static int node_self = -1;
static uint64_t next_export_id;
static struct ptr_map exports;		/* id -> export */
static struct ptr_map port_exports;	/* port -> its send export */
static struct ptr_map *proxies[NODE_INDEX_MAX + 1];	/* id -> proxy */

unsigned long norma_ipc_proxies, norma_ipc_exports;
uint64_t norma_ipc_forwarded, norma_ipc_delivered;

/* --- Calls to peers ----------------------------------------------------- */

static void
call_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	const char *what = arg;
	if (err != 0)
		mlog(LOG_LEVEL_DEBUG, "norma: %s failed: %d", what, err);
}

static void
release_free(ProtobufCMessage *m)
{
	Machemu__Release *r = (Machemu__Release *)m;
	free(r->ids);
	free(r->counts);
	free(r);
}

/* Give NODE back COUNT send rights to its port ID. */
static void
send_release(int node, uint64_t id, unsigned count)
{
	Machemu__Release *r = malloc(sizeof *r);
	uint64_t *ids = malloc(sizeof *ids);
	uint32_t *counts = malloc(sizeof *counts);
	if (r == NULL || ids == NULL || counts == NULL) {
		free(r);
		free(ids);
		free(counts);
		mlog(LOG_LEVEL_ERROR, "norma: out of memory: %u rights to a "
		    "port of node %d not given back", count, node);
		return;
	}
	machemu__release__init(r);
	r->from = (uint32_t)node_self;
	ids[0] = id;
	counts[0] = count;
	r->n_ids = r->n_counts = 1;
	r->ids = ids;
	r->counts = counts;
	(void)node_link_call(node, NODE_RELEASE, &r->base, release_free,
	    IPC_CALL_MS, call_done, "ReleaseRights");
}

static void
ports_died_free(ProtobufCMessage *m)
{
	Machemu__PortsDied *d = (Machemu__PortsDied *)m;
	free(d->ids);
	free(d);
}

/* Tell NODE that this node's port ID died. */
static void
send_port_died(int node, uint64_t id)
{
	Machemu__PortsDied *d = malloc(sizeof *d);
	uint64_t *ids = malloc(sizeof *ids);
	if (d == NULL || ids == NULL) {
		free(d);
		free(ids);
		return;
	}
	machemu__ports_died__init(d);
	d->from = (uint32_t)node_self;
	ids[0] = id;
	d->n_ids = 1;
	d->ids = ids;
	(void)node_link_call(node, NODE_PORTS_DEAD, &d->base, ports_died_free,
	    IPC_CALL_MS, call_done, "PortsDead");
}

/* --- Exports ------------------------------------------------------------ */

static struct export *
export_new(struct ipc_port *port)
{
	struct export *e = calloc(1, sizeof *e);
	if (e == NULL)
		return NULL;
	e->id = next_export_id++;
	e->port = port;
	if (!ptr_map_put(&exports, e->id, e)) {
		free(e);
		return NULL;
	}
	norma_ipc_exports++;
	return e;
}

static void
export_free(struct export *e)
{
	ptr_map_remove(&exports, e->id);
	if (!e->sonce && ptr_map_get(&port_exports, (uintptr_t)e->port) == e) {
		ptr_map_remove(&port_exports, (uintptr_t)e->port);
		e->port->ip_exported = false;
	}
	free(e->holders);
	free(e);
	norma_ipc_exports--;
}

static struct export_holder *
export_holder(struct export *e, int node, bool add)
{
	for (size_t i = 0; i < e->nholders; i++)
		if (e->holders[i].node == node)
			return &e->holders[i];
	if (!add)
		return NULL;
	struct export_holder *h = realloc(e->holders,
	    (e->nholders + 1) * sizeof *h);
	if (h == NULL)
		return NULL;
	e->holders = h;
	h = &e->holders[e->nholders++];
	h->node = node;
	h->sends = 0;
	return h;
}

/* Take back COUNT send rights held for NODE; the export goes when no
 * node holds any.  The rights are released last: that may destroy a
 * proxy, and with it this export. */
static void
export_drop(struct export *e, int node, unsigned count)
{
	struct export_holder *h = export_holder(e, node, false);
	if (h == NULL)
		return;
	if (count > h->sends)
		count = h->sends;
	h->sends -= count;
	bool held = false;
	for (size_t i = 0; i < e->nholders; i++)
		held |= e->holders[i].sends > 0;
	struct ipc_port *port = e->port;
	if (!held)
		export_free(e);
	while (count-- > 0)
		ipc_port_release_send(port);
}

void
norma_ipc_export_send(struct ipc_port *port, int node, Machemu__PortRight *out)
{
	out->type = MACH_MSG_TYPE_PORT_SEND;
	out->node = (uint32_t)node_self;
	if (port == NULL)
		return;
	struct proxy *px = IP_VALID(port) && port->ip_kotype == IKOT_PROXY ?
	    port->ip_kobject : NULL;
	if (px != NULL && px->node == node) {
		/* Going home: the home names its own port (and makes the
		 * right there from its own). */
		out->node = (uint32_t)node;
		out->id = px->id;
		return;
	}
	struct export *e = NULL;
	struct export_holder *h = NULL;
	if (port != IP_DEAD && port->ip_active) {
		e = ptr_map_get(&port_exports, (uintptr_t)port);
		if (e == NULL && (e = export_new(port)) != NULL) {
			if (ptr_map_put(&port_exports, (uintptr_t)port, e)) {
				port->ip_exported = true;
			} else {
				export_free(e);
				e = NULL;
			}
		}
		if (e != NULL && (h = export_holder(e, node, true)) == NULL &&
		    e->nholders == 0)
			export_free(e);
	}
	if (h == NULL) {
		out->dead = true;	/* dead, or no memory to count it */
		return;
	}
	ipc_port_copy_send(port);
	h->sends++;
	out->id = e->id;
	node_link_watch(node, true);
}

/* Put the send-once right to PORT the caller gives on the wire for NODE. */
static void
export_send_once(struct ipc_port *port, int node, Machemu__PortRight *out)
{
	out->type = MACH_MSG_TYPE_PORT_SEND_ONCE;
	out->node = (uint32_t)node_self;
	struct export *e = port->ip_active ? export_new(port) : NULL;
	if (e == NULL) {
		ipc_port_release_sonce(port);
		out->dead = true;
		return;
	}
	e->sonce = true;
	e->sonce_node = node;
	out->id = e->id;
	node_link_watch(node, true);
}

/* An exported port died: the nodes holding rights to it hear of it. */
static void
export_port_died(struct ipc_port *port)
{
	struct export *e = ptr_map_get(&port_exports, (uintptr_t)port);
	if (e == NULL)
		return;
	for (size_t i = 0; i < e->nholders; i++)
		if (e->holders[i].sends > 0)
			send_port_died(e->holders[i].node, e->id);
	unsigned rights = 0;
	for (size_t i = 0; i < e->nholders; i++)
		rights += e->holders[i].sends;
	export_free(e);
	while (rights-- > 0)
		ipc_port_release_send(port);
}

/* --- Proxies ------------------------------------------------------------ */

static struct proxy *
proxy_new(int node, uint64_t id, bool sonce)
{
	if (proxies[node] == NULL &&
	    (proxies[node] = calloc(1, sizeof *proxies[node])) == NULL)
		return NULL;
	struct proxy *px = calloc(1, sizeof *px);
	struct ipc_port *port = px ? ipc_port_alloc() : NULL;
	mach_port_name_t name;
	if (port == NULL || ipc_right_copyout(ipc_space_kernel, port,
	    MACH_MSG_TYPE_PORT_RECEIVE, &name) != KERN_SUCCESS) {
		if (port != NULL)
			ipc_port_release(port);
		free(px);
		return NULL;
	}
	if (!ptr_map_put(proxies[node], id, px)) {
		(void)ipc_right_destroy(ipc_space_kernel, name);
		free(px);
		return NULL;
	}
	*px = (struct proxy){ .node = node, .id = id, .sonce = sonce,
	    .port = port };
	ipc_port_set_kobject(port, IKOT_PROXY, px);
	norma_ipc_proxies++;
	node_link_watch(node, true);
	return px;
}

/* Forget PX and destroy its port: rights to it turn dead. */
static void
proxy_destroy(struct proxy *px)
{
	ptr_map_remove(proxies[px->node], px->id);
	struct ipc_port *port = px->port;
	port->ip_kobject = NULL;
	free(px);
	norma_ipc_proxies--;
	(void)ipc_right_destroy(ipc_space_kernel, port->ip_receiver_name);
}

/* The last send right to a proxy is gone: give the home its rights. */
static void
proxy_no_senders(struct ipc_port *port)
{
	if (port->ip_kotype != IKOT_PROXY || port->ip_kobject == NULL)
		return;
	struct proxy *px = port->ip_kobject;
	if (px->sonce)
		return;
	send_release(px->node, px->id, px->received);
	proxy_destroy(px);
}

/* The right of TYPE a peer FROM sent, naming its port ID: a right to its
 * proxy here. */
static struct ipc_port *
proxy_right(int from, uint64_t id, mach_msg_type_name_t type)
{
	struct proxy *px = NULL;
	if (type == MACH_MSG_TYPE_PORT_SEND && proxies[from] != NULL)
		px = ptr_map_get(proxies[from], id);
	if (px == NULL &&
	    (px = proxy_new(from, id, type != MACH_MSG_TYPE_PORT_SEND)) == NULL) {
		mlog(LOG_LEVEL_ERROR, "norma: out of memory: a right to a port "
		    "of node %d arrives dead", from);
		if (type == MACH_MSG_TYPE_PORT_SEND)
			send_release(from, id, 1);
		return IP_DEAD;
	}
	if (type == MACH_MSG_TYPE_PORT_SEND) {
		px->received++;
		ipc_port_make_send(px->port);
	} else {
		ipc_port_make_send_once(px->port);
	}
	return px->port;
}

/* --- Rights on the wire ------------------------------------------------- */

/*
 * Put the right *PORTP of TYPE, held by a message going to NODE, on the
 * wire in OUT.  A send right stays with the message (its destruction
 * releases it); a send-once right is taken (*PORTP becomes NULL).
 */
static void
right_to_wire(struct ipc_port **portp, mach_msg_type_name_t type, int node,
    Machemu__PortRight *out)
{
	struct ipc_port *port = *portp;
	out->type = type;
	if (port == NULL)
		return;
	if (port == IP_DEAD || !port->ip_active) {
		out->dead = true;
		return;
	}
	if (type != MACH_MSG_TYPE_PORT_SEND_ONCE) {
		norma_ipc_export_send(port, node, out);
		return;
	}
	*portp = NULL;
	struct proxy *px = port->ip_kotype == IKOT_PROXY ? port->ip_kobject :
	    NULL;
	if (px != NULL && px->node == node) {
		/* Going home: the home names its own port's export. */
		out->node = (uint32_t)node;
		out->id = px->id;
		port->ip_sorights--;	/* used, not destroyed */
		ipc_port_release(port);
		proxy_destroy(px);
	} else {
		export_send_once(port, node, out);
	}
}

/*
 * The right of TYPE that peer FROM put on the wire in IN (NULL: none).
 * NULL or IP_DEAD for a null or dead right; IP_DEAD also for one that
 * names no port this node knows.
 */
static struct ipc_port *
right_from_wire(int from, const Machemu__PortRight *in,
    mach_msg_type_name_t type)
{
	if (in == NULL || (in->id == 0 && !in->dead))
		return NULL;
	if (in->dead)
		return IP_DEAD;
	if (in->node == (uint32_t)from && from != node_self)
		return proxy_right(from, in->id, type);
	if (in->node != (uint32_t)node_self)
		return IP_DEAD;		/* rights to third nodes go through */
	struct export *e = ptr_map_get(&exports, in->id);
	if (type == MACH_MSG_TYPE_PORT_SEND_ONCE) {
		if (e == NULL || !e->sonce || e->sonce_node != from)
			return IP_DEAD;
		struct ipc_port *port = e->port;	/* the right moves */
		export_free(e);
		return port;
	}
	if (e == NULL || e->sonce || !e->port->ip_active)
		return IP_DEAD;
	ipc_port_copy_send(e->port);
	return e->port;
}

int
norma_ipc_port_node(struct ipc_port *port, int here)
{
	if (IP_VALID(port) && port->ip_kotype == IKOT_PROXY &&
	    port->ip_kobject != NULL)
		return ((struct proxy *)port->ip_kobject)->node;
	return here;
}

struct ipc_port *
norma_ipc_import_send(int from, const Machemu__PortRight *in)
{
	return right_from_wire(from, in, MACH_MSG_TYPE_PORT_SEND);
}

/* --- Forwarding --------------------------------------------------------- */

/* A Deliver of one message, in one allocation with its parts. */
struct wire_message {
	Machemu__Deliver deliver;
	Machemu__MachMessage msg, *msgs[1];
	Machemu__PortRight dest, reply;
	Machemu__PortRight *rights, **right_ptrs;
	Machemu__OolRegion *ool, **ool_ptrs;
};

static void
wire_message_free(ProtobufCMessage *m)
{
	struct wire_message *w = (struct wire_message *)m;
	free(w->msg.data.data);
	for (size_t k = 0; k < w->msg.n_ool; k++)
		free(w->ool[k].data.data);
	free(w->rights);
	free(w->right_ptrs);
	free(w->ool);
	free(w->ool_ptrs);
	free(w);
}

static struct wire_message *
wire_message_alloc(size_t nrights, size_t nool, size_t size)
{
	struct wire_message *w = calloc(1, sizeof *w);
	if (w == NULL)
		return NULL;
	machemu__deliver__init(&w->deliver);
	machemu__mach_message__init(&w->msg);
	machemu__port_right__init(&w->dest);
	machemu__port_right__init(&w->reply);
	w->rights = calloc(nrights + 1, sizeof *w->rights);
	w->right_ptrs = calloc(nrights + 1, sizeof *w->right_ptrs);
	w->ool = calloc(nool + 1, sizeof *w->ool);
	w->ool_ptrs = calloc(nool + 1, sizeof *w->ool_ptrs);
	w->msg.data.data = malloc(size);
	if (w->rights == NULL || w->right_ptrs == NULL || w->ool == NULL ||
	    w->ool_ptrs == NULL || w->msg.data.data == NULL) {
		wire_message_free(&w->deliver.base);
		return NULL;
	}
	w->msgs[0] = &w->msg;
	w->deliver.n_messages = 1;
	w->deliver.messages = w->msgs;
	w->msg.dest = &w->dest;
	w->msg.reply = &w->reply;
	for (size_t i = 0; i < nrights; i++) {
		machemu__port_right__init(&w->rights[i]);
		w->right_ptrs[i] = &w->rights[i];
	}
	for (size_t k = 0; k < nool; k++) {
		machemu__ool_region__init(&w->ool[k]);
		w->ool_ptrs[k] = &w->ool[k];
	}
	w->msg.rights = w->right_ptrs;
	w->msg.ool = w->ool_ptrs;
	return w;
}

mach_msg_return_t
norma_ipc_forward(struct ipc_kmsg *kmsg)
{
	struct proxy *px = kmsg->ikm_remote->ip_kobject;
	if (px == NULL) {	/* being destroyed */
		ipc_kmsg_destroy(kmsg);
		return MACH_SEND_INVALID_DEST;
	}
	int node = px->node;
	for (size_t i = 0; i < kmsg->ikm_nrights; i++)
		if (kmsg->ikm_rights[i].type == MACH_MSG_TYPE_PORT_RECEIVE) {
			ipc_kmsg_destroy(kmsg);
			return MACH_SEND_INVALID_RIGHT;
		}
	struct wire_message *w = wire_message_alloc(kmsg->ikm_nrights,
	    kmsg->ikm_nool, kmsg->ikm_size);
	for (size_t k = 0; w != NULL && k < kmsg->ikm_nool; k++) {
		struct ipc_kmsg_ool *o = &kmsg->ikm_ool[k];
		w->ool[k].size = o->size;
		w->ool[k].is_ports = o->is_ports;
		w->ool[k].rights_first = o->rights_first;
		if (o->object == NULL || o->size == 0)
			continue;
		w->ool[k].data.data = malloc(o->size);
		w->ool[k].data.len = o->size;
		if (w->ool[k].data.data == NULL || vm_object_read(o->object,
		    o->offset, w->ool[k].data.data, o->size) != KERN_SUCCESS) {
			wire_message_free(&w->deliver.base);
			w = NULL;
		}
	}
	if (w == NULL) {
		ipc_kmsg_destroy(kmsg);
		return MACH_SEND_NO_BUFFER;
	}
	w->deliver.from = (uint32_t)node_self;
	memcpy(w->msg.data.data, kmsg->ikm_data, kmsg->ikm_size);
	w->msg.data.len = kmsg->ikm_size;
	right_to_wire(&kmsg->ikm_remote, kmsg->ikm_remote_type, node, &w->dest);
	right_to_wire(&kmsg->ikm_local, kmsg->ikm_local_type, node, &w->reply);
	w->msg.n_rights = kmsg->ikm_nrights;
	for (size_t i = 0; i < kmsg->ikm_nrights; i++)
		right_to_wire(&kmsg->ikm_rights[i].port,
		    kmsg->ikm_rights[i].type, node, &w->rights[i]);
	w->msg.n_ool = kmsg->ikm_nool;
	norma_ipc_forwarded++;
	int rc = node_link_call(node, NODE_DELIVER, &w->deliver.base,
	    wire_message_free, IPC_CALL_MS, call_done, "DeliverMessages");
	ipc_kmsg_destroy(kmsg);
	if (rc != 0)
		norma_ipc_node_down(node);	/* not a node we can reach */
	return MACH_MSG_SUCCESS;
}

/* --- Serving peers ------------------------------------------------------ */

/* The type of the right IN carries: send or send-once, or 0 if neither. */
static mach_msg_type_name_t
wire_type(const Machemu__PortRight *in)
{
	return in != NULL && (in->type == MACH_MSG_TYPE_PORT_SEND ||
	    in->type == MACH_MSG_TYPE_PORT_SEND_ONCE) ? in->type : 0;
}

/* Take the right FROM put on the wire in IN, and release it. */
static void
right_drop(int from, const Machemu__PortRight *in)
{
	mach_msg_type_name_t type = wire_type(in);
	if (type != 0)
		ipc_right_release(right_from_wire(from, in, type), type);
}

/* Deliver M, from FROM, to its port here. */
static void
deliver(int from, const Machemu__MachMessage *m)
{
	struct ipc_kmsg *kmsg;
	mach_msg_return_t mr = ipc_kmsg_import(m->data.data,
	    (mach_msg_size_t)m->data.len, m->n_rights, m->n_ool, &kmsg);
	if (mr != MACH_MSG_SUCCESS) {
		/* Keep the counts right: take the rights, then drop them. */
		mlog(LOG_LEVEL_WARN, "norma: node %d sent a malformed message "
		    "(0x%x); destroyed", from, mr);
		for (size_t i = 0; i < m->n_rights; i++)
			right_drop(from, m->rights[i]);
		right_drop(from, m->reply);
		right_drop(from, m->dest);
		return;
	}
	bool ok = true;
	for (size_t i = 0; i < kmsg->ikm_nrights; i++)
		kmsg->ikm_rights[i].port = right_from_wire(from, m->rights[i],
		    kmsg->ikm_rights[i].type);
	for (size_t k = 0; k < kmsg->ikm_nool; k++) {
		struct ipc_kmsg_ool *o = &kmsg->ikm_ool[k];
		const Machemu__OolRegion *r = m->ool[k];
		if (o->is_ports || o->size == 0)
			continue;
		if (r->data.len != o->size ||
		    vm_object_create(vm_round_page(o->size), &o->object) !=
		    KERN_SUCCESS ||
		    vm_object_write(o->object, 0, r->data.data, o->size) !=
		    KERN_SUCCESS)
			ok = false;
	}
	mach_msg_type_name_t dt = wire_type(m->dest), rt = wire_type(m->reply);
	if (rt != 0)
		kmsg->ikm_local = right_from_wire(from, m->reply, rt);
	kmsg->ikm_local_type = kmsg->ikm_local != NULL ? rt : 0;
	kmsg->ikm_remote_type = dt;
	if (dt != 0 && m->dest->node == (uint32_t)node_self)
		kmsg->ikm_remote = right_from_wire(from, m->dest, dt);
	else
		ok = false;
	if (!ok) {
		mlog(LOG_LEVEL_WARN, "norma: a message from node %d could not "
		    "be delivered; destroyed", from);
		ipc_kmsg_destroy(kmsg);
		return;
	}
	norma_ipc_delivered++;
	(void)ipc_mqueue_send(kmsg);	/* a dead port destroys it */
}

/* FROM gives back send rights to ports of this node. */
static void
serve_release(const Machemu__Release *r)
{
	for (size_t i = 0; i < r->n_ids && i < r->n_counts; i++) {
		struct export *e = ptr_map_get(&exports, r->ids[i]);
		if (e != NULL && !e->sonce)
			export_drop(e, (int)r->from, r->counts[i]);
	}
}

/* Ports of FROM died: so do their proxies here. */
static void
serve_ports_died(const Machemu__PortsDied *d)
{
	int from = (int)d->from;
	for (size_t i = 0; i < d->n_ids && proxies[from] != NULL; i++) {
		struct proxy *px = ptr_map_get(proxies[from], d->ids[i]);
		if (px != NULL)
			proxy_destroy(px);
	}
}

void
norma_ipc_serve(int method, ProtobufCMessage *request, struct link_rpc *rpc)
{
	/* FROM is checked once here: it indexes the tables below. */
	uint32_t from = method == NODE_DELIVER ?
	    ((Machemu__Deliver *)request)->from : method == NODE_RELEASE ?
	    ((Machemu__Release *)request)->from :
	    ((Machemu__PortsDied *)request)->from;
	if (from > NODE_INDEX_MAX || (int)from == node_self) {
		node_link_answer(rpc, -EINVAL, NULL);
		return;
	}
	switch (method) {
	case NODE_DELIVER: {
		Machemu__Deliver *d = (Machemu__Deliver *)request;
		for (size_t i = 0; i < d->n_messages; i++)
			deliver((int)from, d->messages[i]);
		break;
	}
	case NODE_RELEASE:
		serve_release((Machemu__Release *)request);
		break;
	case NODE_PORTS_DEAD:
		serve_ports_died((Machemu__PortsDied *)request);
		break;
	default:
		node_link_answer(rpc, -EINVAL, NULL);
		return;
	}
	Machemu__Done done = MACHEMU__DONE__INIT;
	node_link_answer(rpc, 0, &done.base);
}

/* --- Nodes coming and going --------------------------------------------- */

/* Collect the values of M into a new array (*N of them). */
static void **
map_values(const struct ptr_map *m, size_t *n)
{
	void **v = calloc(m->pm_count + 1, sizeof *v);
	size_t cursor = 0;
	uint64_t key;
	void *value;
	*n = 0;
	while (v != NULL && ptr_map_next(m, &cursor, &key, &value))
		v[(*n)++] = value;
	return v;
}

void
norma_ipc_node_down(int node)
{
	if (node < 0 || node > NODE_INDEX_MAX || node == node_self)
		return;
	size_t n;
	void **v;
	if (proxies[node] != NULL && (v = map_values(proxies[node], &n))) {
		if (n > 0)
			mlog(LOG_LEVEL_INFO, "norma: node %d is down: %zu ports "
			    "of it die here", node, n);
		for (size_t i = 0; i < n; i++)
			proxy_destroy(v[i]);
		free(v);
	}
	if ((v = map_values(&exports, &n)) == NULL)
		return;
	/* Dropping one export may free another (a proxy's): look each up. */
	uint64_t *ids = calloc(n + 1, sizeof *ids);
	for (size_t i = 0; ids != NULL && i < n; i++)
		ids[i] = ((struct export *)v[i])->id;
	free(v);
	for (size_t i = 0; ids != NULL && i < n; i++) {
		struct export *e = ptr_map_get(&exports, ids[i]);
		if (e == NULL)
			continue;
		if (e->sonce && e->sonce_node == node) {
			struct ipc_port *port = e->port;
			export_free(e);
			ipc_port_release_sonce(port);	/* as if destroyed */
		} else if (!e->sonce) {
			struct export_holder *h = export_holder(e, node, false);
			if (h != NULL)
				export_drop(e, node, h->sends);
		}
	}
	free(ids);
}

void
norma_ipc_init(int self)
{
	node_self = self;
	/* Ids are not reused across restarts of a node: a peer's stale
	 * right must not name a new port. */
	next_export_id = ((uint64_t)(time(NULL) ^ getpid()) & 0xffffff) << 32 | 1;
	ptr_map_init(&exports);
	ptr_map_init(&port_exports);
	ipc_port_no_senders_hook = proxy_no_senders;
	ipc_port_death_hook = export_port_died;
}

void
norma_ipc_shutdown(void)
{
	if (node_self < 0)
		return;
	for (int node = 0; node <= NODE_INDEX_MAX; node++) {
		norma_ipc_node_down(node);
		if (proxies[node] != NULL) {
			ptr_map_destroy(proxies[node]);
			free(proxies[node]);
			proxies[node] = NULL;
		}
	}
	ipc_port_no_senders_hook = NULL;
	ipc_port_death_hook = NULL;
	ptr_map_destroy(&exports);
	ptr_map_destroy(&port_exports);
}
