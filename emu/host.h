/*
 * host: the node machd emulates, with its host port (host_info,
 * host_page_size) and host_priv port.
 */
#ifndef MACHEMU_HOST_H
#define MACHEMU_HOST_H

#include <stdbool.h>

struct ipc_port;

struct host {
	struct ipc_port *host_self;
	struct ipc_port *host_priv;
};

extern struct host realhost;

/* Create the host ports (once, at start). */
void host_init(void);

/* True if PORT is the host or host_priv port. */
bool port_is_host(struct ipc_port *port);
bool port_is_host_priv(struct ipc_port *port);

#endif
