/*
 * norma_kserver: this machd as a node of a NORMA cluster, and the kernel
 * side of defs/norma.defs.  Without a node table machd is node 0 of a
 * cluster of one.
 */
#ifndef MACHEMU_NORMA_KSERVER_H
#define MACHEMU_NORMA_KSERVER_H

#include "node_table.h"

/* Become node SELF of the cluster TABLE (taken over; NULL: alone). */
void norma_init(int self, struct node_table *table);

/* Forget the cluster and the special ports (machd is stopping). */
void norma_shutdown(void);

#endif
