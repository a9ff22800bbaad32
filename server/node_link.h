/*
 * node_link: the gRPC link between the machd daemons of a cluster.  The
 * server runs in a thread of its own, so that machd's single-threaded
 * event loop never waits on gRPC; it serves the standard health check
 * (/grpc.health.v1.Health/Check) and /machemu.Node/Echo, and answers any
 * other method UNIMPLEMENTED.  The client side keeps one channel per peer,
 * made on first use, and gives every call a deadline.  gRPC statuses
 * become negative errno values here and nowhere else.
 */
#ifndef MACHEMU_NODE_LINK_H
#define MACHEMU_NODE_LINK_H

#include <stdbool.h>
#include <stddef.h>

#include <protobuf-c/protobuf-c.h>

#include "node_table.h"

/*
 * Allow the link to bind an address that is not loopback (machd
 * --link-any).  Without it node_link_start refuses a table entry for this
 * node whose host is not 127.x.x.x, localhost or [::1].  Call before
 * node_link_start.
 */
void node_link_allow_any_address(bool allow);

/*
 * True if HOST (as in a node table: a name, an IPv4 or an [IPv6]
 * address) is one the link binds without --link-any.
 */
bool node_link_host_is_loopback(const char *host);

/*
 * Serve the link as node SELF of TABLE (copied: the caller keeps its
 * table) at SELF's address, from a new thread.  Returns false with a
 * message in ERR when the address is refused or cannot be bound (for
 * instance when another node already serves that port).  Call it with
 * the signals machd handles already blocked; the link's threads block
 * every signal.  At most one link runs in a process.
 */
bool node_link_start(int self, const struct node_table *table, char *err,
    size_t errlen);

/* True between a successful node_link_start and node_link_stop. */
bool node_link_running(void);

/*
 * Stop the link: no new calls, calls in progress cancelled, the server
 * thread joined, the peer channels closed.  Returns quickly (the handlers
 * never block).  gRPC itself stays initialised until the process exits:
 * see the comment at the function.  Must not run concurrently with
 * node_link_ping.  Does nothing if the link is not running.
 */
void node_link_stop(void);

/*
 * Call Echo on NODE (any node of the table, this one included) and check
 * that NODE answered.  Blocks the calling thread for at most TIMEOUT_MS
 * milliseconds (plus scheduling), whatever the peer does; a peer that is
 * down fails at once.  Returns 0, or:
 *	-EINVAL		TIMEOUT_MS is not positive
 *	-ENOTCONN	the link is not running
 *	-ENXIO		NODE is not in the table
 *	-ETIMEDOUT	no answer before the deadline
 *	-ECONNREFUSED	the peer cannot be reached
 *	-EBADMSG	the answer is malformed or from another node
 *	other		a gRPC status, as node_link_errno maps it
 */
int node_link_ping(int node, int timeout_ms);

/* --- machd's calls between nodes ---------------------------------------
 *
 * Everything below runs on machd's thread: requests from peers are
 * served there, the outcomes of calls to peers come back there, and the
 * link's threads only move bytes.
 */

/* machd's methods (service machemu.Node in defs/node.proto). */
enum node_method {
	NODE_DELIVER,		/* DeliverMessages: Deliver -> Done */
	NODE_RELEASE,		/* ReleaseRights: Release -> Done */
	NODE_PORTS_DEAD,	/* PortsDead: PortsDied -> Done */
	NODE_GET_SPECIAL,	/* GetSpecialPort: SpecialPortRequest -> PortReply */
	NODE_CREATE_TASK,	/* CreateTask: TaskImage -> PortReply */
	NODE_PAGE_RUN,		/* PageRuns: PageRun -> Done */
	NODE_COMMIT_TASK,	/* CommitTask: Commit -> Done */
	NODE_LOOK_UP,		/* LookUp: LookUpRequest -> PortReply */
	NODE_PULL,		/* PullPages: PullRequest -> PageRun */
	NODE_WRITE_SHARED,	/* WriteShared: PageRun -> Done */
	NODE_END_TRANSFER,	/* EndTransfer: TransferEnd -> Done */
	NODE_NMETHODS
};

/* A call a peer made on this node, until node_link_answer answers it. */
struct link_rpc;

/*
 * Serve REQUEST (the method's request message, unpacked; the link frees
 * it after the answer) and answer it with node_link_answer, at once or
 * later.
 */
typedef void node_request_fn(enum node_method method,
    ProtobufCMessage *request, struct link_rpc *rpc);
/* NODE cannot be reached (a watched peer stopped answering). */
typedef void node_down_fn(int node);
/*
 * The outcome of a call: ERR 0 and the unpacked REPLY (freed by the
 * link when this returns), or a negative errno value as node_link_ping
 * gives them, -ECANCELED when the link stopped first.
 */
typedef void node_done_fn(void *arg, int err, ProtobufCMessage *reply);

/* Route peers' calls to SERVE and unreachable peers to DOWN.  Without
 * SERVE, peers' calls fail UNAVAILABLE. */
void node_link_set_handlers(node_request_fn *serve, node_down_fn *down);

/* Readable when node_link_dispatch has work; -1 before the link starts. */
int node_link_fd(void);

/* Serve the requests, outcomes and downs waiting for machd's thread. */
void node_link_dispatch(void);

/*
 * Answer RPC: ERR 0 with REPLY (the method's reply message, packed here:
 * the caller keeps it), or a negative errno value that becomes a gRPC
 * status (-EINVAL INVALID_ARGUMENT, -ENOENT NOT_FOUND, -ENOMEM
 * RESOURCE_EXHAUSTED, -ENOTCONN UNAVAILABLE, others INTERNAL).
 */
void node_link_answer(struct link_rpc *rpc, int err,
    const ProtobufCMessage *reply);

/*
 * Call METHOD on NODE with REQUEST, behind the calls already asked of
 * NODE, with a deadline of TIMEOUT_MS.  The link owns REQUEST and frees
 * it with FREE_REQUEST, on any thread, once sent.  Returns 0, and DONE
 * is called later with ARG on machd's thread, exactly once; or a
 * negative errno value (-ENOTCONN: the link is not running or is
 * stopping; -ENXIO: NODE is not in the table), and DONE is never called.
 */
int node_link_call(int node, enum node_method method,
    ProtobufCMessage *request, void (*free_request)(ProtobufCMessage *),
    int timeout_ms, node_done_fn *done, void *arg);

/* FREE_REQUEST for a request made in one allocation (and for none). */
void node_link_request_free(ProtobufCMessage *request);

/*
 * The same on NODE's bulk lane, beside its calls rather than behind
 * them: for page runs, which messages need not wait for, and which move
 * faster two at a time.  The calls of the bulk lane keep their order
 * among themselves.
 */
int node_link_call_bulk(int node, enum node_method method,
    ProtobufCMessage *request, void (*free_request)(ProtobufCMessage *),
    int timeout_ms, node_done_fn *done, void *arg);

/*
 * Call Echo on NODE as node_link_ping does, but behind the calls already
 * asked of NODE, without waiting: DONE gets 0 or the error (and no
 * reply).  Returns as node_link_call; -EINVAL if TIMEOUT_MS is not
 * positive.
 */
int node_link_ping_async(int node, int timeout_ms, node_done_fn *done,
    void *arg);

/*
 * Watch NODE (or stop): while watched, NODE is pinged when idle and
 * reported down (once) when a ping or call finds it unreachable; the
 * report ends the watch.
 */
void node_link_watch(int node, bool watch);

/*
 * The negative errno value for the gRPC status code STATUS (an int, so
 * that callers need no gRPC header): 0 for OK, -ETIMEDOUT for
 * DEADLINE_EXCEEDED, -ECONNREFUSED for UNAVAILABLE, -ENOSYS for
 * UNIMPLEMENTED, -ECANCELED, -EINVAL, -ENOENT, -EEXIST, -EACCES,
 * -ENOBUFS, -EAGAIN, and -EIO for the rest.
 */
int node_link_errno(int status);

/* The name of the gRPC status code STATUS ("DEADLINE_EXCEEDED"). */
const char *node_link_status_name(int status);

#endif
