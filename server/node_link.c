/*
 * node_link: the gRPC link between machd daemons (gRPC C core with
 * insecure credentials, protobuf-c for the messages only; see
 * ../shared/reference/grpc-c.md for the API and its pitfalls).
 *
 * The server is one gRPC server on this node's address from the node
 * table, driven by one thread that polls its completion queue without
 * blocking on anything else: it answers the health check, Echo, and
 * UNIMPLEMENTED for any other method (so that an unknown method fails at
 * once instead of at the caller's deadline) itself, and hands the calls
 * of machd's own methods to machd's thread through the inbox, an eventfd
 * and three lists, as unpacked requests; machd's thread answers them.
 *
 * The client side keeps one channel per peer, made on first use, and two
 * lanes per peer, each a worker thread that makes machd's calls to that
 * peer one at a time, in the order they were asked for (so that messages
 * to a port arrive in the order they were sent), each a blocking unary
 * call with a deadline; the outcome goes back through the inbox.  The
 * calls lane carries messages and calls in order; the bulk lane carries
 * page runs beside it (all those of a lazy child's stream, every other
 * one of an eager transfer).  The calls lane of
 * a watched peer pings it when idle; any call that finds the peer
 * unreachable reports it down.  Every gRPC status becomes an errno value in
 * link_call, and only there.
 */
#include "node_link.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/eventfd.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <grpc/byte_buffer.h>
#include <grpc/byte_buffer_reader.h>
#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/log.h>
#include <grpc/support/time.h>
#include <protobuf-c/protobuf-c.h>

#include "health.pb-c.h"
#include "log.h"
#include "node.pb-c.h"

#define ECHO_METHOD	"/machemu.Node/Echo"
#define HEALTH_METHOD	"/grpc.health.v1.Health/Check"
#define NODE_SERVICE	"machemu.Node"	/* the service the health check names */
#define HEALTH_STATUS(s) \
	GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__##s

/*
 * How long a peer that refused a connection is left alone (calls to it
 * fail at once meanwhile): short, since the daemons of a cluster start in
 * any order.  Not GRPC_ARG_MIN_RECONNECT_BACKOFF_MS: it is also the
 * connect timeout (default 20 s), and 100 ms there fails a peer whose
 * handshake is merely slow.
 */
#define RECONNECT_FIRST_MS	100
#define RECONNECT_MAX_MS	1000

/* How often a watched idle peer is pinged, and how long it has to answer. */
#define WATCH_PERIOD_MS		500
#define WATCH_TIMEOUT_MS	1000

/*
 * The methods the server knows: its own, then machd's (LINK_NODE + enum
 * node_method); LINK_OTHER stands for all the others.
 */
enum link_method { LINK_ECHO, LINK_HEALTH, LINK_OTHER, LINK_NODE,
	LINK_NMETHODS = LINK_NODE + NODE_NMETHODS };

/* machd's methods: their paths, and the messages they take and give. */
static const struct {
	const char *path;
	const ProtobufCMessageDescriptor *request, *reply;
} node_methods[NODE_NMETHODS] = {
	[NODE_DELIVER] = { "/machemu.Node/DeliverMessages",
	    &machemu__deliver__descriptor, &machemu__done__descriptor },
	[NODE_RELEASE] = { "/machemu.Node/ReleaseRights",
	    &machemu__release__descriptor, &machemu__done__descriptor },
	[NODE_PORTS_DEAD] = { "/machemu.Node/PortsDead",
	    &machemu__ports_died__descriptor, &machemu__done__descriptor },
	[NODE_GET_SPECIAL] = { "/machemu.Node/GetSpecialPort",
	    &machemu__special_port_request__descriptor,
	    &machemu__port_reply__descriptor },
	[NODE_CREATE_TASK] = { "/machemu.Node/CreateTask",
	    &machemu__task_image__descriptor,
	    &machemu__port_reply__descriptor },
	[NODE_PAGE_RUN] = { "/machemu.Node/PageRuns",
	    &machemu__page_run__descriptor, &machemu__done__descriptor },
	[NODE_COMMIT_TASK] = { "/machemu.Node/CommitTask",
	    &machemu__commit__descriptor, &machemu__done__descriptor },
	[NODE_LOOK_UP] = { "/machemu.Node/LookUp",
	    &machemu__look_up_request__descriptor,
	    &machemu__port_reply__descriptor },
	[NODE_PULL] = { "/machemu.Node/PullPages",
	    &machemu__pull_request__descriptor,
	    &machemu__page_run__descriptor },
	[NODE_WRITE_SHARED] = { "/machemu.Node/WriteShared",
	    &machemu__page_run__descriptor, &machemu__done__descriptor },
	[NODE_END_TRANSFER] = { "/machemu.Node/EndTransfer",
	    &machemu__transfer_end__descriptor, &machemu__done__descriptor },
};

/*
 * One server call, and the tag of its events.  States:
 *	waiting		armed with grpc_server_request_*call; comes back on
 *			the queue with a call, or failed at shutdown
 *	answering	the reply batch is under way; its completion (even a
 *			failed one) frees the call
 */
struct link_rpc {
	enum link_method method;
	bool answering;
	grpc_call *call;
	gpr_timespec deadline;
	grpc_call_details details;	/* LINK_OTHER only */
	grpc_metadata_array metadata;
	grpc_byte_buffer *request;	/* the known methods only */
	grpc_byte_buffer *reply;
	grpc_slice status_details;	/* static */
	int cancelled;			/* RECV_CLOSE_ON_SERVER writes it */
	ProtobufCMessage *unpacked;	/* machd's methods: the request */
	STAILQ_ENTRY(link_rpc) inbox_link;
};

/* A call machd asked for, queued on its peer, then in the inbox. */
struct link_outcall {
	STAILQ_ENTRY(link_outcall) link;
	int node;
	enum node_method method;
	ProtobufCMessage *request;
	void (*free_request)(ProtobufCMessage *);
	int timeout_ms;
	node_done_fn *done;
	void *arg;
	int err;
	ProtobufCMessage *reply;
};
STAILQ_HEAD(link_outcall_list, link_outcall);

/* The lanes of a peer: calls in order, and bulk page runs beside them
 * (so that a stream of memory does not hold up messages). */
enum link_lane_index { LANE_CALLS, LANE_BULK, LANE_COUNT };

struct link_peer;

/* A lane: its calls queued, its worker, and the call under way, which
 * node_link_stop cancels. */
struct link_lane {
	struct link_peer *peer;
	enum link_lane_index index;
	struct link_outcall_list queue;
	pthread_cond_t wake;
	bool started;
	pthread_t worker;
	grpc_call *inflight;
};

/*
 * A peer node: its channel and registered methods, and its lanes.  LOCK
 * guards the lanes and the flags.  The calls lane watches the peer.
 */
struct link_peer {
	int node;
	grpc_channel *channel;
	void *echo;
	void *methods[NODE_NMETHODS];
	char target[NODE_HOST_MAX + 8];
	pthread_mutex_t lock;
	bool stopping, watched;
	struct link_lane lanes[LANE_COUNT];
};

/*
 * The link.  Fields written by node_link_start before the thread starts
 * are read-only afterwards; LIVE and SHUTDOWN_SEEN belong to the thread.
 */
static struct {
	bool running;
	bool grpc_ready;		/* grpc_init done */
	int self;
	struct node_table table;	/* a copy */
	char address[NODE_HOST_MAX + 8];
	grpc_server *server;		/* the thread destroys it */
	grpc_completion_queue *queue;	/* the server's; the thread polls it */
	void *methods[LINK_NMETHODS];	/* registered methods, NULL for OTHER */
	pthread_t thread;
	atomic_bool stopping;
	pthread_mutex_t stop_lock;	/* held over shutdown + cancel_all */
	size_t live;			/* struct link_rpc in existence */
	bool shutdown_seen;
	pthread_mutex_t peers_lock;
	struct link_peer *peers[NODE_INDEX_MAX + 1];
	/* The inbox: what machd's thread has to do, under INBOX_LOCK; a
	 * write to INBOX_FD wakes it.  Closed when the link stops. */
	pthread_mutex_t inbox_lock;
	int inbox_fd;
	bool inbox_closed;
	STAILQ_HEAD(, link_rpc) inbox_requests;
	struct link_outcall_list inbox_done;
	bool inbox_down[NODE_INDEX_MAX + 1];
	bool any_down;
	node_request_fn *serve;
	node_down_fn *down;
} the_link = {
	.stop_lock = PTHREAD_MUTEX_INITIALIZER,
	.peers_lock = PTHREAD_MUTEX_INITIALIZER,
	.inbox_lock = PTHREAD_MUTEX_INITIALIZER,
	.inbox_fd = -1,
	.inbox_requests = STAILQ_HEAD_INITIALIZER(the_link.inbox_requests),
	.inbox_done = STAILQ_HEAD_INITIALIZER(the_link.inbox_done),
};

static void link_stop_workers(void);
static void inbox_run(bool serving);

static bool allow_any;
static atomic_bool grpc_log_quiet;	/* gRPC's errors as debug lines */
static int shutdown_tag;		/* its address tags the shutdown */
static atomic_uint_fast64_t ping_seq;

static const char *const status_names[] = {
	"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
	"NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
	"RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
	"UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
	"UNAUTHENTICATED",
};

const char *
node_link_status_name(int status)
{
	if (status < 0 ||
	    (size_t)status >= sizeof status_names / sizeof *status_names)
		return "unknown status";
	return status_names[status];
}

int
node_link_errno(int status)
{
	switch (status) {
	case GRPC_STATUS_OK:
		return 0;
	case GRPC_STATUS_CANCELLED:
		return -ECANCELED;
	case GRPC_STATUS_DEADLINE_EXCEEDED:
		return -ETIMEDOUT;
	case GRPC_STATUS_UNAVAILABLE:
		return -ECONNREFUSED;
	case GRPC_STATUS_UNIMPLEMENTED:
		return -ENOSYS;
	case GRPC_STATUS_INVALID_ARGUMENT:
	case GRPC_STATUS_OUT_OF_RANGE:
	case GRPC_STATUS_FAILED_PRECONDITION:
		return -EINVAL;
	case GRPC_STATUS_NOT_FOUND:
		return -ENOENT;
	case GRPC_STATUS_ALREADY_EXISTS:
		return -EEXIST;
	case GRPC_STATUS_PERMISSION_DENIED:
	case GRPC_STATUS_UNAUTHENTICATED:
		return -EACCES;
	case GRPC_STATUS_RESOURCE_EXHAUSTED:
		return -ENOBUFS;
	case GRPC_STATUS_ABORTED:
		return -EAGAIN;
	default:
		return -EIO;
	}
}

void
node_link_allow_any_address(bool allow)
{
	allow_any = allow;
}

bool
node_link_host_is_loopback(const char *host)
{
	if (strcasecmp(host, "localhost") == 0)
		return true;
	struct in_addr a4;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	size_t n = strlen(host);
	char bare[NODE_HOST_MAX + 1];
	struct in6_addr a6;
	if (n >= 3 && n - 2 < sizeof bare && host[0] == '[' &&
	    host[n - 1] == ']') {
		memcpy(bare, host + 1, n - 2);
		bare[n - 2] = '\0';
		return inet_pton(AF_INET6, bare, &a6) == 1 &&
		    IN6_IS_ADDR_LOOPBACK(&a6);
	}
	return false;
}

/*
 * The gRPC address of entry E.  "localhost" means 127.0.0.1, on both
 * sides: bound as a name it would be two sockets, and a second node on
 * the same port could take the one the first did not get.
 */
static void
link_address(const struct node_entry *e, char *buf, size_t len)
{
	const char *host = strcasecmp(e->host, "localhost") == 0 ?
	    "127.0.0.1" : e->host;
	snprintf(buf, len, "%s:%u", host, e->port);
}

/* gRPC's own log lines go to machd's log. */
static void
link_grpc_log(gpr_log_func_args *args)
{
	enum log_level level = args->severity == GPR_LOG_SEVERITY_ERROR &&
	    !atomic_load(&grpc_log_quiet) ? LOG_LEVEL_WARN : LOG_LEVEL_DEBUG;
	flockfile(stderr);	/* keep the line whole against machd's thread */
	mlog(level, "grpc: %s", args->message);
	funlockfile(stderr);
}

/* Pack M into a new byte buffer: one copy, which gRPC frees. */
static grpc_byte_buffer *
pb_to_bb(const ProtobufCMessage *m)
{
	size_t n = protobuf_c_message_get_packed_size(m);
	grpc_slice s;
	if (n == 0) {
		s = grpc_empty_slice();
	} else {
		uint8_t *b = malloc(n);
		if (b == NULL)
			return NULL;
		protobuf_c_message_pack(m, b);
		s = grpc_slice_new(b, n, free);
	}
	grpc_byte_buffer *bb = grpc_raw_byte_buffer_create(&s, 1);
	grpc_slice_unref(s);
	return bb;
}

/* Unpack BB as a D message; NULL if malformed.  Free with
 * protobuf_c_message_free_unpacked. */
static ProtobufCMessage *
bb_to_pb(const ProtobufCMessageDescriptor *d, grpc_byte_buffer *bb)
{
	grpc_byte_buffer_reader r;
	if (bb == NULL || !grpc_byte_buffer_reader_init(&r, bb))
		return NULL;
	grpc_slice s = grpc_byte_buffer_reader_readall(&r);
	grpc_byte_buffer_reader_destroy(&r);
	ProtobufCMessage *m = protobuf_c_message_unpack(d, NULL,
	    GRPC_SLICE_LENGTH(s), GRPC_SLICE_START_PTR(s));
	grpc_slice_unref(s);
	return m;
}

/* --- Server ------------------------------------------------------------ */

static void
link_rpc_free(struct link_rpc *rpc)
{
	grpc_metadata_array_destroy(&rpc->metadata);
	if (rpc->method == LINK_OTHER)
		grpc_call_details_destroy(&rpc->details);
	if (rpc->request != NULL)
		grpc_byte_buffer_destroy(rpc->request);
	if (rpc->reply != NULL)
		grpc_byte_buffer_destroy(rpc->reply);
	if (rpc->call != NULL)
		grpc_call_unref(rpc->call);
	if (rpc->unpacked != NULL)
		protobuf_c_message_free_unpacked(rpc->unpacked, NULL);
	free(rpc);
	the_link.live--;
}

/* Wait for the next call of METHOD (link thread). */
static void
link_rpc_arm(enum link_method method)
{
	struct link_rpc *rpc = calloc(1, sizeof *rpc);
	if (rpc == NULL) {
		mlog(LOG_LEVEL_ERROR, "node link: out of memory: method %d "
		    "no longer served", method);
		return;
	}
	rpc->method = method;
	grpc_metadata_array_init(&rpc->metadata);
	the_link.live++;
	grpc_call_error e;
	if (method == LINK_OTHER) {
		grpc_call_details_init(&rpc->details);
		e = grpc_server_request_call(the_link.server, &rpc->call,
		    &rpc->details, &rpc->metadata, the_link.queue,
		    the_link.queue, rpc);
	} else {
		e = grpc_server_request_registered_call(the_link.server,
		    the_link.methods[method], &rpc->call, &rpc->deadline,
		    &rpc->metadata, &rpc->request, the_link.queue,
		    the_link.queue, rpc);
	}
	if (e != GRPC_CALL_OK) {
		mlog(LOG_LEVEL_ERROR, "node link: cannot wait for calls "
		    "(error %d)", e);
		link_rpc_free(rpc);
	}
}

/* The answer to a health check: REPLY set, or a status. */
static grpc_status_code
link_serve_health(struct link_rpc *rpc)
{
	Grpc__Health__V1__HealthCheckRequest *req =
	    (Grpc__Health__V1__HealthCheckRequest *)bb_to_pb(
	    &grpc__health__v1__health_check_request__descriptor, rpc->request);
	if (req == NULL) {
		rpc->status_details = grpc_slice_from_static_string(
		    "malformed HealthCheckRequest");
		return GRPC_STATUS_INVALID_ARGUMENT;
	}
	Grpc__Health__V1__HealthCheckResponse resp =
	    GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__INIT;
	if (strcmp(req->service, "") == 0 ||
	    strcmp(req->service, NODE_SERVICE) == 0)
		resp.status = atomic_load(&the_link.stopping) ?
		    HEALTH_STATUS(NOT_SERVING) : HEALTH_STATUS(SERVING);
	else
		resp.status = HEALTH_STATUS(SERVICE_UNKNOWN);
	protobuf_c_message_free_unpacked(&req->base, NULL);
	rpc->reply = pb_to_bb(&resp.base);
	return rpc->reply != NULL ? GRPC_STATUS_OK :
	    GRPC_STATUS_RESOURCE_EXHAUSTED;
}

/* Echo: a Pong with the Ping's seq and this node's index. */
static grpc_status_code
link_serve_echo(struct link_rpc *rpc)
{
	Machemu__Ping *ping = (Machemu__Ping *)bb_to_pb(
	    &machemu__ping__descriptor, rpc->request);
	if (ping == NULL) {
		rpc->status_details = grpc_slice_from_static_string(
		    "malformed Ping");
		return GRPC_STATUS_INVALID_ARGUMENT;
	}
	Machemu__Pong pong = MACHEMU__PONG__INIT;
	pong.seq = ping->seq;
	pong.node = (uint32_t)the_link.self;
	protobuf_c_message_free_unpacked(&ping->base, NULL);
	rpc->reply = pb_to_bb(&pong.base);
	return rpc->reply != NULL ? GRPC_STATUS_OK :
	    GRPC_STATUS_RESOURCE_EXHAUSTED;
}

/*
 * Send RPC's answer, REPLY (if set) and STATUS, in one batch; its
 * completion on the server queue frees RPC.  Any thread may answer.
 */
static void
link_rpc_send(struct link_rpc *rpc, grpc_status_code status)
{
	grpc_op ops[4];
	memset(ops, 0, sizeof ops);
	size_t n = 0;
	ops[n++].op = GRPC_OP_SEND_INITIAL_METADATA;
	if (rpc->reply != NULL) {
		ops[n].op = GRPC_OP_SEND_MESSAGE;
		ops[n++].data.send_message.send_message = rpc->reply;
	}
	ops[n].op = GRPC_OP_SEND_STATUS_FROM_SERVER;
	ops[n].data.send_status_from_server.status = status;
	ops[n++].data.send_status_from_server.status_details =
	    &rpc->status_details;
	ops[n].op = GRPC_OP_RECV_CLOSE_ON_SERVER;
	ops[n++].data.recv_close_on_server.cancelled = &rpc->cancelled;
	rpc->answering = true;
	grpc_call_error e = grpc_call_start_batch(rpc->call, ops, n, rpc, NULL);
	if (e != GRPC_CALL_OK) {
		mlog(LOG_LEVEL_ERROR, "node link: cannot answer a call "
		    "(error %d)", e);
		link_rpc_free(rpc);
	}
}

/* Wake machd's thread: the inbox has work (inbox lock held). */
static void
inbox_kick(void)
{
	uint64_t one = 1;
	if (write(the_link.inbox_fd, &one, sizeof one) < 0 && errno != EAGAIN)
		mlog(LOG_LEVEL_ERROR, "node link: cannot wake machd: %s",
		    strerror(errno));
}

/*
 * A call of machd's method: unpack it and hand it to machd's thread, or
 * answer it here if it is malformed or machd no longer takes calls.
 * Returns the status to answer with, or GRPC_STATUS_OK once handed on.
 */
static grpc_status_code
link_hand_over(struct link_rpc *rpc)
{
	enum node_method m = (enum node_method)(rpc->method - LINK_NODE);
	rpc->unpacked = bb_to_pb(node_methods[m].request, rpc->request);
	if (rpc->unpacked == NULL) {
		rpc->status_details = grpc_slice_from_static_string(
		    "malformed request");
		return GRPC_STATUS_INVALID_ARGUMENT;
	}
	pthread_mutex_lock(&the_link.inbox_lock);
	bool closed = the_link.inbox_closed || the_link.serve == NULL;
	if (!closed) {
		STAILQ_INSERT_TAIL(&the_link.inbox_requests, rpc, inbox_link);
		inbox_kick();
	}
	pthread_mutex_unlock(&the_link.inbox_lock);
	if (closed) {
		rpc->status_details = grpc_slice_from_static_string(
		    "machd is stopping");
		return GRPC_STATUS_UNAVAILABLE;
	}
	return GRPC_STATUS_OK;
}

/* Answer the call RPC holds, or hand it to machd (link thread). */
static void
link_rpc_answer(struct link_rpc *rpc)
{
	grpc_status_code status;
	rpc->status_details = grpc_empty_slice();
	switch (rpc->method) {
	case LINK_HEALTH:
		status = link_serve_health(rpc);
		break;
	case LINK_ECHO:
		status = link_serve_echo(rpc);
		break;
	case LINK_OTHER:
		status = GRPC_STATUS_UNIMPLEMENTED;
		rpc->status_details = grpc_slice_from_static_string(
		    "method not served by this machd");
		mlog(LOG_LEVEL_DEBUG, "node link: unknown method %.*s",
		    (int)GRPC_SLICE_LENGTH(rpc->details.method),
		    (const char *)GRPC_SLICE_START_PTR(rpc->details.method));
		break;
	default:
		status = link_hand_over(rpc);
		if (status == GRPC_STATUS_OK)
			return;		/* machd's thread answers */
		break;
	}
	link_rpc_send(rpc, status);
}

/* An event on the server queue for RPC (link thread). */
static void
link_rpc_event(struct link_rpc *rpc, bool success)
{
	if (rpc->answering || !success) {
		link_rpc_free(rpc);	/* answered, or shut down */
		return;
	}
	if (!atomic_load(&the_link.stopping))
		link_rpc_arm(rpc->method);
	link_rpc_answer(rpc);
}

/*
 * The link thread: arm one request per method, then serve until the
 * server has shut down and every call is freed; then destroy the server
 * and drain the queue.  Also run in machd's thread when the link thread
 * could not be created (with STOPPING set, it only drains).
 */
static void *
link_serve(void *arg)
{
	(void)arg;
	if (!atomic_load(&the_link.stopping))
		for (int m = 0; m < LINK_NMETHODS; m++)
			link_rpc_arm((enum link_method)m);
	for (;;) {
		grpc_event ev = grpc_completion_queue_next(the_link.queue,
		    gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
		if (ev.type == GRPC_QUEUE_SHUTDOWN)
			break;
		if (ev.type != GRPC_OP_COMPLETE)
			continue;
		if (ev.tag == &shutdown_tag)
			the_link.shutdown_seen = true;
		else
			link_rpc_event(ev.tag, ev.success);
		if (the_link.shutdown_seen && the_link.live == 0 &&
		    the_link.server != NULL) {
			/* node_link_stop has finished cancel_all_calls. */
			pthread_mutex_lock(&the_link.stop_lock);
			pthread_mutex_unlock(&the_link.stop_lock);
			grpc_server_destroy(the_link.server);
			the_link.server = NULL;
			grpc_completion_queue_shutdown(the_link.queue);
		}
	}
	return NULL;
}

/* Begin the server's shutdown; the link thread completes it. */
static void
link_server_shutdown(void)
{
	pthread_mutex_lock(&the_link.stop_lock);
	atomic_store(&the_link.stopping, true);
	grpc_server_shutdown_and_notify(the_link.server, the_link.queue,
	    &shutdown_tag);
	/* Without it, shutdown waits for open calls (pitfall 3). */
	grpc_server_cancel_all_calls(the_link.server);
	pthread_mutex_unlock(&the_link.stop_lock);
}

/* The errno of a bind to AI as gRPC binds (SO_REUSEADDR), or 0. */
static int
bind_errno(const struct addrinfo *ai)
{
	int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
	    ai->ai_protocol);
	if (fd < 0)
		return 0;
	int one = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	int e = bind(fd, ai->ai_addr, ai->ai_addrlen) < 0 ? errno : 0;
	close(fd);
	return e;
}

/* Say in ERR why ADDRESS could not be bound: gRPC does not, so try a
 * bind of our own for the reason. */
static void
link_bind_error(const char *address, char *err, size_t errlen)
{
	const char *why = "the address cannot be bound";
	char host[NODE_HOST_MAX + 1];
	const char *colon = strrchr(address, ':');
	size_t n = (size_t)(colon - address);
	if (n >= sizeof host)
		n = sizeof host - 1;
	memcpy(host, address, n);
	host[n] = '\0';
	char *h = host;
	if (h[0] == '[') {
		h++;
		h[strlen(h) - 1] = '\0';
	}
	struct addrinfo hints = {
		.ai_socktype = SOCK_STREAM,
		.ai_flags = AI_PASSIVE | AI_NUMERICSERV,
	}, *ai;
	int rc = getaddrinfo(h, colon + 1, &hints, &ai);
	if (rc != 0) {
		why = gai_strerror(rc);
	} else {
		int e = 0;
		for (struct addrinfo *p = ai; p != NULL && e == 0;
		    p = p->ai_next)
			e = bind_errno(p);
		freeaddrinfo(ai);
		if (e == EADDRINUSE)
			why = "address already in use (another node or program "
			    "has this port)";
		else if (e != 0)
			why = strerror(e);
	}
	snprintf(err, errlen, "node link: cannot serve node %d on %s: %s",
	    the_link.self, address, why);
}

/* Undo a node_link_start that failed before its thread ran. */
static void
link_start_failed(bool started)
{
	atomic_store(&the_link.stopping, true);
	if (started) {
		link_server_shutdown();
		link_serve(NULL);	/* drains, destroys the server */
	} else {
		grpc_server_destroy(the_link.server);
		the_link.server = NULL;
		grpc_completion_queue_shutdown(the_link.queue);
		while (grpc_completion_queue_next(the_link.queue,
		    gpr_inf_future(GPR_CLOCK_REALTIME), NULL).type !=
		    GRPC_QUEUE_SHUTDOWN)
			;
	}
	grpc_completion_queue_destroy(the_link.queue);
	the_link.queue = NULL;
	node_table_free(&the_link.table);
}

bool
node_link_start(int self, const struct node_table *table, char *err,
    size_t errlen)
{
	if (the_link.running) {
		snprintf(err, errlen, "node link: already running");
		return false;
	}
	const struct node_entry *me = node_table_find(table, self);
	if (me == NULL) {
		snprintf(err, errlen, "node link: node %d is not in the table",
		    self);
		return false;
	}
	bool loopback = node_link_host_is_loopback(me->host);
	if (!loopback && !allow_any) {
		snprintf(err, errlen, "node link: node %d's address %s:%u "
		    "(line %u of the node table) is not a loopback address; "
		    "the link binds 127.x.x.x, localhost or [::1] unless machd "
		    "is given --link-any", self, me->host, me->port, me->line);
		return false;
	}
	the_link.table.nodes = malloc(table->count * sizeof *table->nodes);
	if (the_link.table.nodes == NULL) {
		snprintf(err, errlen, "node link: out of memory");
		return false;
	}
	memcpy(the_link.table.nodes, table->nodes,
	    table->count * sizeof *table->nodes);
	the_link.table.count = table->count;
	if (the_link.inbox_fd < 0)
		the_link.inbox_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (the_link.inbox_fd < 0) {
		snprintf(err, errlen, "node link: eventfd: %s",
		    strerror(errno));
		node_table_free(&the_link.table);
		return false;
	}
	the_link.inbox_closed = false;
	the_link.self = self;
	link_address(me, the_link.address, sizeof the_link.address);
	atomic_store(&the_link.stopping, false);
	the_link.shutdown_seen = false;
	the_link.live = 0;

	/* Every thread gRPC makes from here inherits a full mask: signals
	 * stay with machd's thread (its signalfd). */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (!the_link.grpc_ready) {
		gpr_set_log_function(link_grpc_log);
		grpc_init();
		the_link.grpc_ready = true;
	}
	grpc_arg args[] = {
		/* A second node on the port must fail (pitfall 6). */
		{ .type = GRPC_ARG_INTEGER, .key = GRPC_ARG_ALLOW_REUSEPORT,
		  .value.integer = 0 },
		/* Page runs may be large (pitfall 5). */
		{ .type = GRPC_ARG_INTEGER,
		  .key = GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH,
		  .value.integer = -1 },
	};
	grpc_channel_args cargs = { sizeof args / sizeof *args, args };
	the_link.server = grpc_server_create(&cargs, NULL);
	/* Registered before start (pitfall 7). */
	the_link.methods[LINK_ECHO] = grpc_server_register_method(
	    the_link.server, ECHO_METHOD, NULL,
	    GRPC_SRM_PAYLOAD_READ_INITIAL_BYTE_BUFFER, 0);
	the_link.methods[LINK_HEALTH] = grpc_server_register_method(
	    the_link.server, HEALTH_METHOD, NULL,
	    GRPC_SRM_PAYLOAD_READ_INITIAL_BYTE_BUFFER, 0);
	for (int m = 0; m < NODE_NMETHODS; m++)
		the_link.methods[LINK_NODE + m] = grpc_server_register_method(
		    the_link.server, node_methods[m].path, NULL,
		    GRPC_SRM_PAYLOAD_READ_INITIAL_BYTE_BUFFER, 0);
	the_link.methods[LINK_OTHER] = NULL;
	the_link.queue = grpc_completion_queue_create_for_next(NULL);
	grpc_server_register_completion_queue(the_link.server, the_link.queue,
	    NULL);
	grpc_server_credentials *creds =
	    grpc_insecure_server_credentials_create();
	atomic_store(&grpc_log_quiet, true);	/* link_bind_error says why */
	int port = grpc_server_add_http2_port(the_link.server, the_link.address,
	    creds);
	atomic_store(&grpc_log_quiet, false);
	grpc_server_credentials_release(creds);
	if (port == 0) {
		link_bind_error(the_link.address, err, errlen);
		link_start_failed(false);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		return false;
	}
	grpc_server_start(the_link.server);
	int rc = pthread_create(&the_link.thread, NULL, link_serve, NULL);
	if (rc != 0) {
		snprintf(err, errlen, "node link: cannot create its thread: %s",
		    strerror(rc));
		link_start_failed(true);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		return false;
	}
	pthread_setname_np(the_link.thread, "machd-link");
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	the_link.running = true;
	mlog(LOG_LEVEL_INFO, "node link: node %d serving gRPC on %s", self,
	    the_link.address);
	if (!loopback)
		mlog(LOG_LEVEL_WARN, "node link: %s is not a loopback address "
		    "and the link has no authentication yet", the_link.address);
	return true;
}

bool
node_link_running(void)
{
	return the_link.running;
}

/*
 * No grpc_shutdown_blocking here.  It joins gRPC's executor thread, which
 * may sit in a 10 s epoll_wait (pitfall 4: 7 of 30 shutdowns after a
 * cancelled call took ~10 s), and machd's exit must be quick (SIGTERM
 * stops it at once; tests wait 5 s at most).  Everything the link made is
 * released here: server, queue, calls and channels; what gRPC keeps for
 * the process (its threads and pools) goes with the process, which exits
 * next.  A program that wants gRPC torn down too (a leak checker run)
 * calls grpc_shutdown_blocking itself, once the link is stopped.
 */
void
node_link_stop(void)
{
	if (!the_link.running)
		return;
	atomic_store(&the_link.stopping, true);	/* no new calls */
	link_stop_workers();
	pthread_mutex_lock(&the_link.inbox_lock);
	the_link.inbox_closed = true;
	pthread_mutex_unlock(&the_link.inbox_lock);
	link_server_shutdown();
	inbox_run(false);	/* the link thread waits for these answers */
	pthread_join(the_link.thread, NULL);
	grpc_completion_queue_destroy(the_link.queue);
	the_link.queue = NULL;
	for (int i = 0; i <= NODE_INDEX_MAX; i++) {
		struct link_peer *p = the_link.peers[i];
		if (p == NULL)
			continue;
		grpc_channel_destroy(p->channel);
		pthread_mutex_destroy(&p->lock);
		for (int l = 0; l < LANE_COUNT; l++)
			pthread_cond_destroy(&p->lanes[l].wake);
		free(p);
		the_link.peers[i] = NULL;
	}
	node_table_free(&the_link.table);
	the_link.running = false;
	mlog(LOG_LEVEL_DEBUG, "node link: stopped");
}

/* --- Client ------------------------------------------------------------ */

/* The peer NODE, its channel made on first use; NULL with *ERRP set. */
static struct link_peer *
link_peer(int node, int *errp)
{
	const struct node_entry *e = node_table_find(&the_link.table, node);
	if (e == NULL) {
		*errp = -ENXIO;
		return NULL;
	}
	pthread_mutex_lock(&the_link.peers_lock);
	struct link_peer *p = the_link.peers[node];
	if (p == NULL && (p = calloc(1, sizeof *p)) != NULL) {
		link_address(e, p->target, sizeof p->target);
		grpc_arg args[] = {
			{ .type = GRPC_ARG_INTEGER,
			  .key = GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH,
			  .value.integer = -1 },
			/* Straight to the peer, never through $http_proxy. */
			{ .type = GRPC_ARG_INTEGER,
			  .key = GRPC_ARG_ENABLE_HTTP_PROXY,
			  .value.integer = 0 },
			{ .type = GRPC_ARG_INTEGER,
			  .key = GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS,
			  .value.integer = RECONNECT_FIRST_MS },
			{ .type = GRPC_ARG_INTEGER,
			  .key = GRPC_ARG_MAX_RECONNECT_BACKOFF_MS,
			  .value.integer = RECONNECT_MAX_MS },
		};
		grpc_channel_args cargs = { sizeof args / sizeof *args, args };
		grpc_channel_credentials *creds =
		    grpc_insecure_credentials_create();
		p->channel = grpc_channel_create(p->target, creds, &cargs);
		grpc_channel_credentials_release(creds);
		p->echo = grpc_channel_register_call(p->channel, ECHO_METHOD,
		    NULL, NULL);
		for (int m = 0; m < NODE_NMETHODS; m++)
			p->methods[m] = grpc_channel_register_call(p->channel,
			    node_methods[m].path, NULL, NULL);
		p->node = node;
		pthread_mutex_init(&p->lock, NULL);
		for (int l = 0; l < LANE_COUNT; l++) {
			struct link_lane *lane = &p->lanes[l];
			lane->peer = p;
			lane->index = (enum link_lane_index)l;
			STAILQ_INIT(&lane->queue);
			pthread_cond_init(&lane->wake, NULL);
		}
		the_link.peers[node] = p;
	}
	pthread_mutex_unlock(&the_link.peers_lock);
	if (p == NULL)
		*errp = -ENOMEM;
	return p;
}

/*
 * Call the unary method METHOD (NAME, for the log) on NODE with REQUEST
 * and unpack its answer as a REPLY_DESC message into *REPLY (free it with
 * protobuf_c_message_free_unpacked).  Blocks for at most TIMEOUT_MS: the
 * call's deadline ends it.  A peer that is down fails at once (the call is
 * not wait-for-ready).  Returns 0, -EBADMSG for an answer that does not
 * unpack, -EIO if the call could not be made, or the status's errno value.
 */
static int
link_call(int node, struct link_peer *peer, void *method, const char *name,
    const ProtobufCMessage *request,
    const ProtobufCMessageDescriptor *reply_desc, int timeout_ms,
    ProtobufCMessage **reply, grpc_call **inflight)
{
	grpc_byte_buffer *req_bb = pb_to_bb(request);
	if (req_bb == NULL)
		return -ENOMEM;
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);	/* threads gRPC makes */
	grpc_completion_queue *cq =
	    grpc_completion_queue_create_for_pluck(NULL);
	gpr_timespec deadline = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
	    gpr_time_from_millis(timeout_ms, GPR_TIMESPAN));
	grpc_call *call = grpc_channel_create_registered_call(peer->channel,
	    NULL, GRPC_PROPAGATE_DEFAULTS, cq, method, deadline, NULL);
	grpc_metadata_array initial_md, trailing_md;
	grpc_metadata_array_init(&initial_md);
	grpc_metadata_array_init(&trailing_md);
	grpc_byte_buffer *resp_bb = NULL;
	grpc_status_code status = GRPC_STATUS_UNKNOWN;
	grpc_slice details = grpc_empty_slice();
	const char *error_string = NULL;
	grpc_op ops[6];
	memset(ops, 0, sizeof ops);
	ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
	ops[1].op = GRPC_OP_SEND_MESSAGE;
	ops[1].data.send_message.send_message = req_bb;
	ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
	/* Needed even if unused, or a status-only answer hangs (pitfall 1). */
	ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
	ops[3].data.recv_initial_metadata.recv_initial_metadata = &initial_md;
	ops[4].op = GRPC_OP_RECV_MESSAGE;
	ops[4].data.recv_message.recv_message = &resp_bb;
	ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
	ops[5].data.recv_status_on_client.trailing_metadata = &trailing_md;
	ops[5].data.recv_status_on_client.status = &status;
	ops[5].data.recv_status_on_client.status_details = &details;
	ops[5].data.recv_status_on_client.error_string = &error_string;
	int rc;
	grpc_call_error e;
	bool stopping = false;
	if (inflight != NULL) {
		/* node_link_stop cancels it; a stopping peer makes no call. */
		pthread_mutex_lock(&peer->lock);
		stopping = peer->stopping;
		e = stopping ? GRPC_CALL_ERROR :
		    grpc_call_start_batch(call, ops, 6, call, NULL);
		if (e == GRPC_CALL_OK)
			*inflight = call;
		pthread_mutex_unlock(&peer->lock);
	} else {
		e = grpc_call_start_batch(call, ops, 6, call, NULL);
	}
	if (stopping) {
		rc = -ECANCELED;
	} else if (e != GRPC_CALL_OK) {
		mlog(LOG_LEVEL_ERROR, "node link: %s to node %d: cannot start "
		    "the call (error %d)", name, node, e);
		rc = -EIO;
	} else {
		/* The deadline ends the call; the second more only guards
		 * against a completion that never comes. */
		grpc_event ev = grpc_completion_queue_pluck(cq, call,
		    gpr_time_add(deadline, gpr_time_from_millis(1000,
		    GPR_TIMESPAN)), NULL);
		if (ev.type != GRPC_OP_COMPLETE) {
			mlog(LOG_LEVEL_ERROR, "node link: %s to node %d "
			    "outlived its deadline", name, node);
			grpc_call_cancel(call, NULL);
			ev = grpc_completion_queue_pluck(cq, call,
			    gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
		}
		/* Success says the batch ran; the status says how the call
		 * ended (pitfall 13). */
		rc = ev.success ? node_link_errno(status) : -EIO;
		if (rc == 0) {
			*reply = bb_to_pb(reply_desc, resp_bb);
			if (*reply == NULL)
				rc = -EBADMSG;
		}
		if (rc != 0)
			mlog(LOG_LEVEL_DEBUG, "node link: %s to node %d (%s): "
			    "%s: %.*s", name, node, peer->target,
			    node_link_status_name(status),
			    (int)GRPC_SLICE_LENGTH(details),
			    (const char *)GRPC_SLICE_START_PTR(details));
	}
	if (inflight != NULL) {
		pthread_mutex_lock(&peer->lock);
		*inflight = NULL;
		pthread_mutex_unlock(&peer->lock);
	}
	grpc_slice_unref(details);
	gpr_free((void *)error_string);
	grpc_metadata_array_destroy(&initial_md);
	grpc_metadata_array_destroy(&trailing_md);
	grpc_byte_buffer_destroy(req_bb);
	if (resp_bb != NULL)
		grpc_byte_buffer_destroy(resp_bb);
	grpc_call_unref(call);
	grpc_completion_queue_shutdown(cq);
	gpr_timespec forever = gpr_inf_future(GPR_CLOCK_REALTIME);
	while (grpc_completion_queue_pluck(cq, NULL, forever, NULL).type !=
	    GRPC_QUEUE_SHUTDOWN)
		;
	grpc_completion_queue_destroy(cq);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}

/* Echo on PEER; 0 if PEER answered as itself.  INFLIGHT: see
 * link_call. */
static int
link_ping(struct link_peer *peer, int timeout_ms, grpc_call **inflight)
{
	Machemu__Ping ping = MACHEMU__PING__INIT;
	ping.seq = atomic_fetch_add(&ping_seq, 1) + 1;
	ProtobufCMessage *reply;
	int rc = link_call(peer->node, peer, peer->echo, "Echo", &ping.base,
	    &machemu__pong__descriptor, timeout_ms, &reply, inflight);
	if (rc != 0)
		return rc;
	Machemu__Pong *pong = (Machemu__Pong *)reply;
	if (pong->seq != ping.seq || pong->node != (uint32_t)peer->node) {
		mlog(LOG_LEVEL_WARN, "node link: node %d (%s) answered as node "
		    "%u", peer->node, peer->target, pong->node);
		rc = -EBADMSG;
	}
	protobuf_c_message_free_unpacked(reply, NULL);
	return rc;
}

int
node_link_ping(int node, int timeout_ms)
{
	if (timeout_ms <= 0)
		return -EINVAL;
	if (!the_link.running)
		return -ENOTCONN;
	int rc;
	struct link_peer *peer = link_peer(node, &rc);
	if (peer == NULL)
		return rc;
	return link_ping(peer, timeout_ms, NULL);
}

/* True if a call that failed with ERR says its peer cannot be reached. */
static bool
link_unreachable(int err)
{
	return err == -ECONNREFUSED || err == -ETIMEDOUT || err == -EIO;
}

/* Put CALL's outcome in the inbox (if CALL), and PEER down if DOWN. */
static void
inbox_post(struct link_outcall *call, struct link_peer *peer, bool down)
{
	pthread_mutex_lock(&the_link.inbox_lock);
	if (call != NULL)
		STAILQ_INSERT_TAIL(&the_link.inbox_done, call, link);
	if (down) {
		the_link.inbox_down[peer->node] = true;
		the_link.any_down = true;
	}
	inbox_kick();
	pthread_mutex_unlock(&the_link.inbox_lock);
}

/* Down if ERR says so and PEER is watched (PEER's lock held): a peer is
 * reported down once per watch. */
static bool
peer_goes_down(struct link_peer *peer, int err)
{
	if (!link_unreachable(err) || !peer->watched || peer->stopping)
		return false;
	peer->watched = false;
	mlog(LOG_LEVEL_WARN, "node link: node %d (%s) is unreachable",
	    peer->node, peer->target);
	return true;
}

/* A lane's worker: its calls, one at a time; the calls lane also pings
 * its peer while it idles, if the peer is watched. */
static void *
lane_work(void *arg)
{
	struct link_lane *lane = arg;
	struct link_peer *p = lane->peer;
	bool watcher = lane->index == LANE_CALLS;
	pthread_mutex_lock(&p->lock);
	while (!p->stopping) {
		struct link_outcall *call = STAILQ_FIRST(&lane->queue);
		if (call == NULL && !(watcher && p->watched)) {
			pthread_cond_wait(&lane->wake, &p->lock);
			continue;
		}
		if (call == NULL) {
			struct timespec until;
			clock_gettime(CLOCK_REALTIME, &until);
			until.tv_nsec += WATCH_PERIOD_MS * 1000000L;
			until.tv_sec += until.tv_nsec / 1000000000L;
			until.tv_nsec %= 1000000000L;
			if (pthread_cond_timedwait(&lane->wake, &p->lock,
			    &until) != ETIMEDOUT ||
			    !STAILQ_EMPTY(&lane->queue) || !p->watched)
				continue;
			pthread_mutex_unlock(&p->lock);
			int rc = link_ping(p, WATCH_TIMEOUT_MS, &lane->inflight);
			pthread_mutex_lock(&p->lock);
			if (peer_goes_down(p, rc))
				inbox_post(NULL, p, true);
			continue;
		}
		STAILQ_REMOVE_HEAD(&lane->queue, link);
		pthread_mutex_unlock(&p->lock);
		if (call->request == NULL) {	/* node_link_ping_async */
			call->err = link_ping(p, call->timeout_ms,
			    &lane->inflight);
		} else {
			const char *path = node_methods[call->method].path;
			call->err = link_call(p->node, p,
			    p->methods[call->method], strrchr(path, '/') + 1,
			    call->request, node_methods[call->method].reply,
			    call->timeout_ms, &call->reply, &lane->inflight);
		}
		call->free_request(call->request);
		call->request = NULL;
		pthread_mutex_lock(&p->lock);
		inbox_post(call, p, peer_goes_down(p, call->err));
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Start LANE's worker if it has none (its peer's lock held). */
static int
lane_start(struct link_lane *lane)
{
	if (lane->started)
		return 0;
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int rc = pthread_create(&lane->worker, NULL, lane_work, lane);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		mlog(LOG_LEVEL_ERROR, "node link: cannot start a worker for "
		    "node %d: %s", lane->peer->node, strerror(rc));
		return -rc;
	}
	char name[16];
	snprintf(name, sizeof name, "machd-%s%d",
	    lane->index == LANE_BULK ? "bulk" : "peer", lane->peer->node);
	pthread_setname_np(lane->worker, name);
	lane->started = true;
	return 0;
}

/* Queue a call on lane LANE of NODE: see node_link_call. */
static int
link_enqueue(int node, enum link_lane_index lane_index,
    enum node_method method, ProtobufCMessage *request,
    void (*free_request)(ProtobufCMessage *), int timeout_ms,
    node_done_fn *done, void *arg)
{
	int rc = -ENOTCONN;
	struct link_peer *p = NULL;
	struct link_outcall *call = NULL;
	if (!the_link.running || atomic_load(&the_link.stopping) ||
	    (p = link_peer(node, &rc)) == NULL)
		goto fail;
	rc = -ENOMEM;
	if ((call = calloc(1, sizeof *call)) == NULL)
		goto fail;
	*call = (struct link_outcall){ .node = node, .method = method,
	    .request = request, .free_request = free_request,
	    .timeout_ms = timeout_ms, .done = done, .arg = arg };
	struct link_lane *lane = &p->lanes[lane_index];
	pthread_mutex_lock(&p->lock);
	rc = lane_start(lane);
	if (rc == 0) {
		STAILQ_INSERT_TAIL(&lane->queue, call, link);
		pthread_cond_signal(&lane->wake);
	}
	pthread_mutex_unlock(&p->lock);
	if (rc == 0)
		return 0;
fail:
	free(call);
	free_request(request);
	return rc;
}

int
node_link_call_bulk(int node, enum node_method method,
    ProtobufCMessage *request, void (*free_request)(ProtobufCMessage *),
    int timeout_ms, node_done_fn *done, void *arg)
{
	return link_enqueue(node, LANE_BULK, method, request, free_request,
	    timeout_ms, done, arg);
}

int
node_link_call(int node, enum node_method method, ProtobufCMessage *request,
    void (*free_request)(ProtobufCMessage *), int timeout_ms,
    node_done_fn *done, void *arg)
{
	return link_enqueue(node, LANE_CALLS, method, request, free_request,
	    timeout_ms, done, arg);
}

void
node_link_request_free(ProtobufCMessage *request)
{
	free(request);
}

int
node_link_ping_async(int node, int timeout_ms, node_done_fn *done,
    void *arg)
{
	if (timeout_ms <= 0)
		return -EINVAL;
	/* No request: the worker makes the Ping. */
	return node_link_call(node, NODE_NMETHODS, NULL,
	    node_link_request_free, timeout_ms, done, arg);
}

void
node_link_watch(int node, bool watch)
{
	int rc;
	struct link_peer *p;
	if (!the_link.running || node == the_link.self ||
	    (p = link_peer(node, &rc)) == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	struct link_lane *lane = &p->lanes[LANE_CALLS];
	if (watch != p->watched && (!watch || lane_start(lane) == 0)) {
		p->watched = watch;
		pthread_cond_signal(&lane->wake);
	}
	pthread_mutex_unlock(&p->lock);
}

void
node_link_set_handlers(node_request_fn *serve, node_down_fn *down)
{
	pthread_mutex_lock(&the_link.inbox_lock);
	the_link.serve = serve;
	the_link.down = down;
	pthread_mutex_unlock(&the_link.inbox_lock);
}

int
node_link_fd(void)
{
	return the_link.inbox_fd;
}

/* The gRPC status that answers a call machd's handler failed with ERR. */
static grpc_status_code
errno_status(int err)
{
	switch (err) {
	case 0:
		return GRPC_STATUS_OK;
	case -EINVAL:
		return GRPC_STATUS_INVALID_ARGUMENT;
	case -ENOENT:
		return GRPC_STATUS_NOT_FOUND;
	case -ENOMEM:
	case -ENOBUFS:
		return GRPC_STATUS_RESOURCE_EXHAUSTED;
	case -ECANCELED:
		return GRPC_STATUS_CANCELLED;
	case -ENOTCONN:
		return GRPC_STATUS_UNAVAILABLE;
	default:
		return GRPC_STATUS_INTERNAL;
	}
}

void
node_link_answer(struct link_rpc *rpc, int err, const ProtobufCMessage *reply)
{
	rpc->status_details = grpc_empty_slice();
	if (err == 0 && reply != NULL && (rpc->reply = pb_to_bb(reply)) == NULL)
		err = -ENOMEM;
	link_rpc_send(rpc, errno_status(err));
}

/* Take what the inbox holds: *REQUESTS, *DONE and the nodes DOWN. */
static void
inbox_take(struct link_rpc **requests, struct link_outcall_list *done,
    bool *down)
{
	pthread_mutex_lock(&the_link.inbox_lock);
	uint64_t n;
	if (read(the_link.inbox_fd, &n, sizeof n) < 0 && errno != EAGAIN)
		mlog(LOG_LEVEL_ERROR, "node link: inbox: %s", strerror(errno));
	*requests = STAILQ_FIRST(&the_link.inbox_requests);
	STAILQ_INIT(&the_link.inbox_requests);
	STAILQ_INIT(done);
	STAILQ_CONCAT(done, &the_link.inbox_done);
	memset(down, 0, (NODE_INDEX_MAX + 1) * sizeof *down);
	if (the_link.any_down) {
		memcpy(down, the_link.inbox_down,
		    (NODE_INDEX_MAX + 1) * sizeof *down);
		memset(the_link.inbox_down, 0, sizeof the_link.inbox_down);
		the_link.any_down = false;
	}
	pthread_mutex_unlock(&the_link.inbox_lock);
}

/* Run what the inbox holds; SERVING false answers requests UNAVAILABLE
 * and forgets the nodes down (the link is stopping). */
static void
inbox_run(bool serving)
{
	struct link_rpc *rpc;
	struct link_outcall_list done;
	static bool down[NODE_INDEX_MAX + 1];
	inbox_take(&rpc, &done, down);
	while (rpc != NULL) {
		struct link_rpc *next = STAILQ_NEXT(rpc, inbox_link);
		if (serving)
			the_link.serve((enum node_method)(rpc->method -
			    LINK_NODE), rpc->unpacked, rpc);
		else
			node_link_answer(rpc, -ENOTCONN, NULL);
		rpc = next;
	}
	struct link_outcall *call;
	while ((call = STAILQ_FIRST(&done)) != NULL) {
		STAILQ_REMOVE_HEAD(&done, link);
		call->done(call->arg, call->err, call->reply);
		if (call->reply != NULL)
			protobuf_c_message_free_unpacked(call->reply, NULL);
		free(call);
	}
	for (int node = 0; serving && the_link.down != NULL &&
	    node <= NODE_INDEX_MAX; node++)
		if (down[node])
			the_link.down(node);
}

void
node_link_dispatch(void)
{
	inbox_run(true);
}

/* Stop every peer's workers; the calls not made fail ECANCELED. */
static void
link_stop_workers(void)
{
	for (int i = 0; i <= NODE_INDEX_MAX; i++) {
		struct link_peer *p = the_link.peers[i];
		if (p == NULL)
			continue;
		pthread_mutex_lock(&p->lock);
		p->stopping = true;
		for (int l = 0; l < LANE_COUNT; l++) {
			if (p->lanes[l].inflight != NULL)
				grpc_call_cancel(p->lanes[l].inflight, NULL);
			pthread_cond_signal(&p->lanes[l].wake);
		}
		pthread_mutex_unlock(&p->lock);
		for (int l = 0; l < LANE_COUNT; l++) {
			struct link_lane *lane = &p->lanes[l];
			if (lane->started)
				pthread_join(lane->worker, NULL);
			lane->started = false;
			struct link_outcall *call;
			while ((call = STAILQ_FIRST(&lane->queue)) != NULL) {
				STAILQ_REMOVE_HEAD(&lane->queue, link);
				call->free_request(call->request);
				call->request = NULL;
				call->err = -ECANCELED;
				inbox_post(call, p, false);
			}
		}
	}
}
