/*
 * norma_kserver: the node's identity, its special ports and the NORMA
 * calls served on the host ports, and this node's side of the calls
 * other nodes make for them.  A call that needs another node defers its
 * request (kserver_defer), asks the node over the link, and answers when
 * the link brings the outcome back; machd's thread never waits.
 *
 * norma_task_create, _clone and _teleport are in norma_task.c, the
 * memory of children made here by other nodes in norma_vm.c.
 */
#include "norma_kserver.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include <mach/mig_errors.h>

#include "host.h"
#include "ipc_port.h"
#include "kserver.h"
#include "mach/machemu_node.h"
#include "mach/norma_special_ports.h"
#include "netname_kserver.h"
#include "node_link.h"
#include "norma_S.h"
#include "norma_ipc.h"
#include "norma_task.h"
#include "norma_vm.h"
#include "task.h"

/* The deadline of a call for a port of another node. */
#define SPECIAL_CALL_MS		5000

static int node_self;
static struct node_table cluster_nodes;
/* The special ports programs set (ids above MAX_SPECIAL_KERNEL_ID);
 * send rights, NULL where none. */
static struct ipc_port *special_ports[MAX_SPECIAL_ID + 1];

void
norma_init(int self, struct node_table *table)
{
	node_self = self;
	if (table != NULL)
		cluster_nodes = *table;
	norma_ipc_init(self);
	norma_vm_init();
	node_link_set_handlers(norma_serve, norma_node_down);
}

void
norma_shutdown(void)
{
	norma_task_shutdown();
	norma_vm_shutdown();
	norma_ipc_shutdown();
	for (int i = 0; i <= MAX_SPECIAL_ID; i++) {
		if (IP_VALID(special_ports[i]))
			ipc_port_release_send(special_ports[i]);
		special_ports[i] = NULL;
	}
	node_table_free(&cluster_nodes);
}

int
norma_node(void)
{
	return node_self;
}

bool
norma_node_known(int node)
{
	return node == node_self || node_table_find(&cluster_nodes, node) != NULL;
}

kern_return_t
S_norma_node_self(mach_port_t host, int *node)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_HOST;
	*node = node_self;
	return KERN_SUCCESS;
}

kern_return_t
S_norma_port_location_hint(mach_port_t task, mach_port_t port, int *node)
{
	if (kserver_task(task) == NULL)
		return KERN_INVALID_TASK;
	/* A proxy's port lives on the proxy's node; any other here. */
	*node = norma_ipc_port_node(kserver_port(port), node_self);
	return KERN_SUCCESS;
}

/* The port a kernel special port id names on this node, or NULL. */
static struct ipc_port *
kernel_special_port(int which)
{
	switch (which) {
	case NORMA_HOST_PORT:
		return realhost.host_self;
	case NORMA_HOST_PRIV_PORT:
		return realhost.host_priv;
	case NORMA_NAMESERVER_PORT:
		/* Until a program sets one, the node's name server. */
		return special_ports[which] ? special_ports[which] :
		    task_default_bootstrap;
	default:
		return special_ports[which];	/* NULL for the device port */
	}
}

/* A call for a port of another node (norma_get_special_port,
 * netname_look_up) waiting for that node's answer. */
struct port_call {
	struct kserver_deferred *deferred;
	int node;
	kern_return_t kr;
	struct ipc_port *port;		/* a send right, NULL or IP_DEAD */
};


static void
port_call_done(void *arg, int err, ProtobufCMessage *reply)
{
	struct port_call *c = arg;
	const Machemu__PortReply *r = (const Machemu__PortReply *)reply;
	if (err != 0) {
		c->kr = KERN_FAILURE;
	} else {
		c->kr = r->kern_return;
		if (c->kr == KERN_SUCCESS)
			c->port = norma_ipc_import_send(c->node, r->port);
	}
	kserver_resume(c->deferred, c);
}

kern_return_t
norma_port_call(int node, enum node_method method, ProtobufCMessage *request)
{
	struct port_call *c = calloc(1, sizeof *c);
	if (c == NULL || (c->deferred = kserver_defer()) == NULL) {
		free(c);
		node_link_request_free(request);
		return KERN_RESOURCE_SHORTAGE;
	}
	c->node = node;
	if (node_link_call(node, method, request, node_link_request_free,
	    SPECIAL_CALL_MS, port_call_done, c) != 0) {
		free(c);
		return KERN_FAILURE;
	}
	return MIG_NO_REPLY;
}

kern_return_t
norma_port_call_answer(void *resumed, mach_port_t *port)
{
	struct port_call *c = resumed;
	kern_return_t kr = c->kr;
	*port = IP_VALID(c->port) ? kserver_reply_send_right(c->port) :
	    c->port == IP_DEAD ? MACH_PORT_DEAD : MACH_PORT_NULL;
	if (IP_VALID(c->port))
		ipc_port_release_send(c->port);
	free(c);
	return kr;
}

kern_return_t
S_norma_get_special_port(mach_port_t host_priv, int node, int which,
    mach_port_t *port)
{
	void *resumed = kserver_resumed();
	if (resumed != NULL)	/* the other node answered */
		return norma_port_call_answer(resumed, port);
	if (!kserver_is_host_priv(host_priv))
		return KERN_INVALID_HOST;
	if (which < 1 || which > MAX_SPECIAL_ID || !norma_node_known(node))
		return KERN_INVALID_ARGUMENT;
	if (node == node_self) {
		struct ipc_port *p = kernel_special_port(which);
		*port = p != NULL ? kserver_reply_send_right(p) : MACH_PORT_NULL;
		return KERN_SUCCESS;
	}
	Machemu__SpecialPortRequest *req = malloc(sizeof *req);
	if (req == NULL)
		return KERN_RESOURCE_SHORTAGE;
	machemu__special_port_request__init(req);
	req->from = (uint32_t)node_self;
	req->which = (uint32_t)which;
	return norma_port_call(node, NODE_GET_SPECIAL, &req->base);
}

/* A peer asks for one of this node's special ports. */
static void
serve_get_special(const Machemu__SpecialPortRequest *req,
    struct link_rpc *rpc)
{
	Machemu__PortReply reply = MACHEMU__PORT_REPLY__INIT;
	Machemu__PortRight right = MACHEMU__PORT_RIGHT__INIT;
	if (req->which < 1 || req->which > MAX_SPECIAL_ID) {
		reply.kern_return = KERN_INVALID_ARGUMENT;
	} else {
		norma_ipc_export_send(kernel_special_port((int)req->which),
		    (int)req->from, &right);
		reply.port = &right;
	}
	node_link_answer(rpc, 0, &reply.base);
}

kern_return_t
S_norma_set_special_port(mach_port_t host_priv, int which, mach_port_t port)
{
	if (!kserver_is_host_priv(host_priv))
		return KERN_INVALID_HOST;
	if (which <= MAX_SPECIAL_KERNEL_ID || which > MAX_SPECIAL_ID)
		return KERN_INVALID_ARGUMENT;	/* the kernel's own */
	struct ipc_port *p = NULL;
	if (MACH_PORT_VALID(port) && (p = kserver_take_send_right(port)) == NULL)
		return KERN_INVALID_ARGUMENT;
	if (IP_VALID(special_ports[which]))
		ipc_port_release_send(special_ports[which]);
	special_ports[which] = p;
	return KERN_SUCCESS;
}

/* A peer looks a name up in this node's name server. */
static void
serve_look_up(const Machemu__LookUpRequest *req, struct link_rpc *rpc)
{
	Machemu__PortReply reply = MACHEMU__PORT_REPLY__INIT;
	Machemu__PortRight right = MACHEMU__PORT_RIGHT__INIT;
	struct ipc_port *port;
	reply.kern_return = netname_find_port(req->name, &port);
	if (reply.kern_return == KERN_SUCCESS) {
		norma_ipc_export_send(port, (int)req->from, &right);
		reply.port = &right;
	}
	node_link_answer(rpc, 0, &reply.base);
}

/* --- node_health ---------------------------------------------------------- */

/* Round trips longer than this count as down. */
#define HEALTH_PING_MS	1000

/* A node_health waiting for the pings: one entry a node of the table. */
struct health_call {
	struct kserver_deferred *deferred;
	unsigned pending;
	size_t count;
	struct health_entry {
		struct health_call *call;
		int node;
		int state;
		uint64_t sent_us;
		uint64_t rtt_us;
	} entries[];
};

static uint64_t
now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

static void
health_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	struct health_entry *e = arg;
	e->state = err == 0 ? MACHEMU_NODE_UP : MACHEMU_NODE_DOWN;
	e->rtt_us = err == 0 ? now_us() - e->sent_us : 0;
	if (--e->call->pending == 0)
		kserver_resume(e->call->deferred, e->call);
}

kern_return_t
norma_health(void *resumed, integer_t *nodes, mach_msg_type_number_t *count)
{
	struct health_call *h = resumed;
	if (h != NULL) {
		*count = 0;
		for (size_t i = 0; i < h->count && *count + 3 <= 3072; i++) {
			nodes[(*count)++] = h->entries[i].node;
			nodes[(*count)++] = h->entries[i].state;
			nodes[(*count)++] = (integer_t)(h->entries[i].rtt_us >
			    INT32_MAX ? INT32_MAX : h->entries[i].rtt_us);
		}
		free(h);
		return KERN_SUCCESS;
	}
	size_t n = cluster_nodes.count > 0 ? cluster_nodes.count : 1;
	h = calloc(1, sizeof *h + n * sizeof *h->entries);
	if (h == NULL || (h->deferred = kserver_defer()) == NULL) {
		free(h);
		return KERN_RESOURCE_SHORTAGE;
	}
	h->count = n;
	h->pending = 1;		/* until every ping is asked for */
	for (size_t i = 0; i < n; i++) {
		struct health_entry *e = &h->entries[i];
		e->call = h;
		e->node = cluster_nodes.count > 0 ? cluster_nodes.nodes[i].index :
		    node_self;
		e->state = MACHEMU_NODE_SELF;
		if (e->node == node_self)
			continue;
		e->sent_us = now_us();
		if (node_link_ping_async(e->node, HEALTH_PING_MS, health_done,
		    e) == 0)
			h->pending++;
		else
			e->state = MACHEMU_NODE_DOWN;
	}
	if (--h->pending == 0)	/* nothing to wait for: answer now */
		return norma_health(h, nodes, count);
	return MIG_NO_REPLY;
}

/* The node FROM of a request: a node of the table, not this one. */
static bool
request_from_peer(enum node_method method, const ProtobufCMessage *request)
{
	uint32_t from;
	switch (method) {
	case NODE_GET_SPECIAL:
		from = ((const Machemu__SpecialPortRequest *)request)->from;
		break;
	case NODE_CREATE_TASK:
		from = ((const Machemu__TaskImage *)request)->from;
		break;
	case NODE_PAGE_RUN:
		from = ((const Machemu__PageRun *)request)->from;
		break;
	case NODE_COMMIT_TASK:
		from = ((const Machemu__Commit *)request)->from;
		break;
	case NODE_LOOK_UP:
		from = ((const Machemu__LookUpRequest *)request)->from;
		break;
	case NODE_PULL:
		from = ((const Machemu__PullRequest *)request)->from;
		break;
	case NODE_WRITE_SHARED:
		from = ((const Machemu__PageRun *)request)->from;
		break;
	case NODE_END_TRANSFER:
		from = ((const Machemu__TransferEnd *)request)->from;
		break;
	default:
		return true;	/* norma_ipc_serve checks its own */
	}
	return from <= NODE_INDEX_MAX && (int)from != node_self &&
	    norma_node_known((int)from);
}

void
norma_serve(enum node_method method, ProtobufCMessage *request,
    struct link_rpc *rpc)
{
	if (!request_from_peer(method, request)) {
		node_link_answer(rpc, -EINVAL, NULL);
		return;
	}
	switch (method) {
	case NODE_GET_SPECIAL:
		serve_get_special((Machemu__SpecialPortRequest *)request, rpc);
		break;
	case NODE_LOOK_UP:
		serve_look_up((Machemu__LookUpRequest *)request, rpc);
		break;
	case NODE_CREATE_TASK:
	case NODE_PAGE_RUN:
	case NODE_COMMIT_TASK:
	case NODE_PULL:
	case NODE_WRITE_SHARED:
	case NODE_END_TRANSFER:
		norma_task_serve(method, request, rpc);
		break;
	default:
		norma_ipc_serve(method, request, rpc);
		break;
	}
}

void
norma_node_down(int node)
{
	norma_task_node_down(node);
	norma_vm_node_down(node);
	norma_ipc_node_down(node);
}
