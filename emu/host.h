/*
 * host: the node machd emulates, with its host port (host_info,
 * host_page_size) and host_priv port, and its one processor set (every
 * task is in it): a name port anyone may have and a control port for
 * holders of host_priv, through which processor_set_tasks lists tasks.
 */
#ifndef MACHEMU_HOST_H
#define MACHEMU_HOST_H

#include <stdbool.h>

struct ipc_port;

struct host {
	struct ipc_port *host_self;
	struct ipc_port *host_priv;
	struct ipc_port *pset_name;
	struct ipc_port *pset_control;
};

extern struct host realhost;

/* Create the host ports (once, at start). */
void host_init(void);

/* True if PORT is the host or host_priv port. */
bool port_is_host(struct ipc_port *port);
bool port_is_host_priv(struct ipc_port *port);

/* True if PORT is the processor set's name or control port. */
bool port_is_pset(struct ipc_port *port);
/* True if PORT is the processor set's control port. */
bool port_is_pset_control(struct ipc_port *port);

#endif
