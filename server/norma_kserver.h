/*
 * norma_kserver: this machd as a node of a NORMA cluster, and the kernel
 * side of defs/norma.defs.  Without a node table machd is node 0 of a
 * cluster of one.
 */
#ifndef MACHEMU_NORMA_KSERVER_H
#define MACHEMU_NORMA_KSERVER_H

#include "node_link.h"
#include "node_table.h"

/* Become node SELF of the cluster TABLE (taken over; NULL: alone). */
void norma_init(int self, struct node_table *table);

/* Forget the cluster and the special ports, the children not yet
 * committed and the rights across nodes (machd is stopping). */
void norma_shutdown(void);

/* Serve a call another node made (the node link's request handler). */
void norma_serve(enum node_method method, ProtobufCMessage *request,
    struct link_rpc *rpc);

/* NODE cannot be reached: its proxies die, its uncommitted children go. */
void norma_node_down(int node);

#endif
