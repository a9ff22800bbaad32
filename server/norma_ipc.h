/*
 * norma_ipc: ports across the nodes of a cluster.  A right to a port of
 * another node is a right to a proxy here, a port of kernel type
 * IKOT_PROXY whose messages are forwarded to the port's own node (its
 * home) over the node link, with the rights they carry.  See
 * norma_ipc.c for how rights are counted across nodes.
 */
#ifndef MACHEMU_NORMA_IPC_H
#define MACHEMU_NORMA_IPC_H

#include <stdbool.h>
#include <stdint.h>

#include <mach/message.h>

#include "node.pb-c.h"

struct ipc_kmsg;
struct ipc_port;
struct link_rpc;

/* Start as node SELF: install the port hooks.  Once, before any call. */
void norma_ipc_init(int self);

/* Let go of every proxy and export (machd is exiting). */
void norma_ipc_shutdown(void);

/*
 * Forward KMSG, sent to a proxy, to the proxy's home node.  Consumes it.
 * Returns MACH_MSG_SUCCESS, or MACH_SEND_INVALID_RIGHT (destroyed) when
 * it carries a receive right: receive rights do not cross nodes.
 */
mach_msg_return_t norma_ipc_forward(struct ipc_kmsg *kmsg);

/*
 * Put a send right to PORT (a right the caller keeps) on the wire for
 * NODE in OUT: this node then holds a send right for NODE until NODE
 * releases it; a proxy for a port of NODE is named as NODE names it.
 * PORT may be NULL or dead.
 */
void norma_ipc_export_send(struct ipc_port *port, int node,
    Machemu__PortRight *out);

/*
 * The send right a peer FROM put on the wire in IN: a right to a port of
 * this node or to a proxy for one of FROM's; NULL or IP_DEAD for a null
 * or dead one (and for one this node cannot make sense of).
 */
struct ipc_port *norma_ipc_import_send(int from, const Machemu__PortRight *in);

/* The node PORT lives on: a proxy's node, or HERE for any other port. */
int norma_ipc_port_node(struct ipc_port *port, int here);

/* Serve a peer's DeliverMessages, ReleaseRights or PortsDead call. */
void norma_ipc_serve(int method, ProtobufCMessage *request,
    struct link_rpc *rpc);

/*
 * NODE cannot be reached: its proxies die (their names turn dead, with
 * dead-name notifications) and the rights held for it are released.
 */
void norma_ipc_node_down(int node);

/* Proxies and exports in existence (for machctl stats and leak checks). */
extern unsigned long norma_ipc_proxies, norma_ipc_exports;
/* Messages forwarded to and delivered from other nodes. */
extern uint64_t norma_ipc_forwarded, norma_ipc_delivered;

#endif
