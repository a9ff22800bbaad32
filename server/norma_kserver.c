/*
 * norma_kserver: the node's identity, its special ports and the NORMA
 * calls served on the host ports.  The calls that reach another node go
 * through the node link; this file answers for the local node.
 */
#include "norma_kserver.h"

#include <mach/mig_errors.h>

#include "host.h"
#include "ipc_port.h"
#include "kserver.h"
#include "mach/norma_special_ports.h"
#include "norma_S.h"
#include "task.h"

static int node_self;
static struct node_table nodes;
/* The special ports programs set (ids above MAX_SPECIAL_KERNEL_ID);
 * send rights, NULL where none. */
static struct ipc_port *special_ports[MAX_SPECIAL_ID + 1];

void
norma_init(int self, struct node_table *table)
{
	node_self = self;
	if (table != NULL)
		nodes = *table;
}

void
norma_shutdown(void)
{
	for (int i = 0; i <= MAX_SPECIAL_ID; i++) {
		if (IP_VALID(special_ports[i]))
			ipc_port_release_send(special_ports[i]);
		special_ports[i] = NULL;
	}
	node_table_free(&nodes);
}

/* True if NODE is a node of the cluster (this one included). */
static bool
node_known(int node)
{
	return node == node_self || node_table_find(&nodes, node) != NULL;
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
	(void)port;	/* every port lives on this node until ports migrate */
	*node = node_self;
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

kern_return_t
S_norma_get_special_port(mach_port_t host_priv, int node, int which,
    mach_port_t *port)
{
	if (!kserver_is_host_priv(host_priv))
		return KERN_INVALID_HOST;
	if (which < 1 || which > MAX_SPECIAL_ID || !node_known(node))
		return KERN_INVALID_ARGUMENT;
	if (node != node_self)
		return KERN_FAILURE;	/* another node: needs the node link */
	struct ipc_port *p = kernel_special_port(which);
	*port = p != NULL ? kserver_reply_send_right(p) : MACH_PORT_NULL;
	return KERN_SUCCESS;
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
