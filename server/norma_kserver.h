/*
 * norma_kserver: this machd as a node of a NORMA cluster, and the kernel
 * side of defs/norma.defs.  Without a node table machd is node 0 of a
 * cluster of one.
 */
#ifndef MACHEMU_NORMA_KSERVER_H
#define MACHEMU_NORMA_KSERVER_H

#include <stdbool.h>

#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/port.h>
#include <stdint.h>

#include "node_link.h"
#include "node_table.h"

/* Become node SELF of the cluster TABLE (taken over; NULL: alone). */
void norma_init(int self, struct node_table *table);

/* Forget the cluster and the special ports, the children not yet
 * committed and the rights across nodes (machd is stopping). */
void norma_shutdown(void);

/* True if NODE is a node of the cluster (this one included). */
bool norma_node_known(int node);

/* This node's index. */
int norma_node(void);

/*
 * For a server function that needs a port of another node: call METHOD
 * on NODE with REQUEST (taken; its reply is a PortReply) and defer the
 * request; returns MIG_NO_REPLY, or the error that stopped it.  When the
 * request runs again, norma_port_call_answer(kserver_resumed(), PORT)
 * gives the answer: the node's kern_return_t, and PORT a kernel-space
 * name for the reply.
 */
kern_return_t norma_port_call(int node, enum node_method method,
    ProtobufCMessage *request);
kern_return_t norma_port_call_answer(void *resumed, mach_port_t *port);

/*
 * node_health (machemu.defs): ping every other node and defer the
 * request; once they answered (RESUMED, from kserver_resumed), fill
 * NODES with three integers a node (index, MACHEMU_NODE_* state, round
 * trip in microseconds) and *COUNT with their number.
 */
kern_return_t norma_health(void *resumed, integer_t *nodes,
    mach_msg_type_number_t *count);

/* Serve a call another node made (the node link's request handler). */
void norma_serve(enum node_method method, ProtobufCMessage *request,
    struct link_rpc *rpc);

/* NODE cannot be reached: its proxies die, its uncommitted children go. */
void norma_node_down(int node);

#endif
