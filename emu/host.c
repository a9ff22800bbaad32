/*
 * host: the host and host_priv kernel ports of this node, and those of
 * its processor set.
 */
#include "host.h"

#include <stdlib.h>

#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"

struct host realhost;

static struct ipc_port *
host_port_make(enum ipc_kobject_type type)
{
	struct ipc_port *port = ipc_port_alloc();
	mach_port_name_t name;
	if (port == NULL || ipc_right_copyout(ipc_space_kernel, port,
	    MACH_MSG_TYPE_PORT_RECEIVE, &name) != KERN_SUCCESS)
		return NULL;
	ipc_port_set_kobject(port, type, &realhost);
	return port;
}

void
host_init(void)
{
	realhost.host_self = host_port_make(IKOT_HOST);
	realhost.host_priv = host_port_make(IKOT_HOST_PRIV);
	realhost.pset_name = host_port_make(IKOT_PSET_NAME);
	realhost.pset_control = host_port_make(IKOT_PSET);
}

bool
port_is_host(struct ipc_port *port)
{
	return IP_VALID(port) && port->ip_kotype == IKOT_HOST;
}

bool
port_is_host_priv(struct ipc_port *port)
{
	return IP_VALID(port) && port->ip_kotype == IKOT_HOST_PRIV;
}

bool
port_is_pset(struct ipc_port *port)
{
	return IP_VALID(port) && (port->ip_kotype == IKOT_PSET ||
	    port->ip_kotype == IKOT_PSET_NAME);
}

bool
port_is_pset_control(struct ipc_port *port)
{
	return IP_VALID(port) && port->ip_kotype == IKOT_PSET;
}
