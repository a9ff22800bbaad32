/*
 * norma_task: norma_task_create, _clone and _teleport (the S_ functions
 * of norma.defs), and this node's side of the calls another node makes
 * for them: a child made here, its bytes, its commit, and the pulls and
 * shared writes of a child made elsewhere from a parent here.
 */
#ifndef MACHEMU_NORMA_TASK_H
#define MACHEMU_NORMA_TASK_H

#include <stdbool.h>
#include <stdint.h>

#include "node_link.h"

/* How memory moves: eagerly (the default: the call returns once every
 * byte is there) or lazily (machd --transfer lazy: the child is ready at
 * once and its bytes follow). */
void norma_set_transfer(bool lazy);
bool norma_transfer_is_lazy(void);

/* Bytes of task memory sent to and received from other nodes. */
extern uint64_t norma_bytes_out, norma_bytes_in;

/* Serve a peer's CreateTask, PageRuns, CommitTask, PullPages,
 * WriteShared or EndTransfer. */
void norma_task_serve(enum node_method method, ProtobufCMessage *request,
    struct link_rpc *rpc);

/* NODE is down: the children it made here and never committed go, and
 * what its children shared with parents here is let go. */
void norma_task_node_down(int node);

/* Let go of everything (machd is stopping). */
void norma_task_shutdown(void);

#endif
