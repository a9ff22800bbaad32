/*
 * check_node_link: the gRPC link between machd daemons.  Each test runs
 * two real machd, nodes 0 and 1 of a table on 127.0.0.1 and free ports,
 * and speaks to them with a gRPC C-core client of its own: the health
 * check, Echo, an unknown method.  The link module is linked in as well,
 * for node_link_ping against those daemons, a refused port and a peer
 * that never answers.  machd's refusals (a port in use, an address that
 * is not loopback) and its quick stop are checked through its exit
 * status and what it prints.  Every wait has a deadline.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <grpc/byte_buffer.h>
#include <grpc/byte_buffer_reader.h>
#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/time.h>
#include <protobuf-c/protobuf-c.h>

#include "harness.h"
#include "log.h"
#include "health.pb-c.h"
#include "node.pb-c.h"
#include "node_link.h"
#include "node_table.h"

#define SERVING \
	GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__SERVING
#define SERVICE_UNKNOWN \
	GRPC__HEALTH__V1__HEALTH_CHECK_RESPONSE__SERVING_STATUS__SERVICE_UNKNOWN

#define CALL_MS		5000	/* deadline of the test's own calls */
#define STOP_MS		5000	/* machd must stop within this */

/* A machd the test started itself (node 1; node 0 is the harness's). */
struct machd {
	pid_t pid;
	char dir[64];
	char sock[96];
};

static unsigned port_a, port_b;
static char addr_a[32], addr_b[32];
static char table_path[64];
static struct machd node_b;
static bool a_running;

static double
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

/* True while PID runs (not a zombie). */
static bool
alive(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return false;
	bool run = fgets(line, sizeof line, f) != NULL &&
	    strstr(line, ") Z ") == NULL;
	fclose(f);
	return run;
}

/* Write TEXT to a new temporary file named in PATH (64 bytes). */
static void
write_file(char *path, const char *text)
{
	snprintf(path, 64, "/tmp/machemu-nodes-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* Wait up to MS for PID to exit; its wait status, or -1 if it did not. */
static int
wait_exit(pid_t pid, int ms)
{
	double end = now_ms() + ms;
	int status;
	do {
		if (waitpid(pid, &status, WNOHANG) == pid)
			return status;
		sleep_ms(5);
	} while (now_ms() < end);
	return -1;
}

static bool
socket_answers(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path)
		return false;
	memcpy(sa.sun_path, path, strlen(path) + 1);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	bool ok = fd >= 0 &&
	    connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* Start $MACHD with ARGS (NULL-terminated) on a socket of its own and
 * wait (5 s at most) until it answers there. */
static void
machd_start(struct machd *m, const char *const *args)
{
	snprintf(m->dir, sizeof m->dir, "/tmp/machemu-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(m->dir));
	snprintf(m->sock, sizeof m->sock, "%s/machd.sock", m->dir);
	const char *argv[16] = { getenv("MACHD"), "--socket", m->sock,
	    "--log-level", "warn" };
	int argc = 5;
	while (*args != NULL && argc < 15)
		argv[argc++] = *args++;
	argv[argc] = NULL;
	m->pid = fork();
	ck_assert_int_ge(m->pid, 0);
	if (m->pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	double end = now_ms() + 5000;
	while (!socket_answers(m->sock)) {
		int status;
		ck_assert_msg(waitpid(m->pid, &status, WNOHANG) != m->pid,
		    "machd exited at start");
		ck_assert_msg(now_ms() < end, "machd did not start in 5 s");
		sleep_ms(5);
	}
}

/* Stop M with SIGTERM; its exit status (-1: killed), in *MS how long. */
static int
machd_stop(struct machd *m, double *ms)
{
	if (m->pid <= 0)
		return -1;
	double t0 = now_ms();
	kill(m->pid, SIGTERM);
	int status = wait_exit(m->pid, STOP_MS);
	if (ms != NULL)
		*ms = now_ms() - t0;
	if (status == -1) {
		kill(m->pid, SIGKILL);
		waitpid(m->pid, &status, 0);
		status = -1;
	}
	m->pid = 0;
	unlink(m->sock);
	rmdir(m->dir);
	return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A socket path in a new private directory, for a machd meant to fail. */
static void
spare_socket(struct machd *m)
{
	snprintf(m->dir, sizeof m->dir, "/tmp/machemu-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(m->dir));
	snprintf(m->sock, sizeof m->sock, "%s/machd.sock", m->dir);
}

/* --- A gRPC client of the test's own ------------------------------------ */

static grpc_channel *
channel_to(const char *target)
{
	grpc_arg args[] = {
		{ .type = GRPC_ARG_INTEGER, .key = GRPC_ARG_ENABLE_HTTP_PROXY,
		  .value.integer = 0 },
	};
	grpc_channel_args cargs = { 1, args };
	grpc_channel_credentials *creds = grpc_insecure_credentials_create();
	grpc_channel *ch = grpc_channel_create(target, creds, &cargs);
	grpc_channel_credentials_release(creds);
	return ch;
}

static grpc_byte_buffer *
pack(const ProtobufCMessage *m)
{
	size_t n = protobuf_c_message_get_packed_size(m);
	char buf[256];
	ck_assert_uint_le(n, sizeof buf);
	protobuf_c_message_pack(m, (uint8_t *)buf);
	grpc_slice s = grpc_slice_from_copied_buffer(buf, n);
	grpc_byte_buffer *bb = grpc_raw_byte_buffer_create(&s, 1);
	grpc_slice_unref(s);
	return bb;
}

static ProtobufCMessage *
unpack(const ProtobufCMessageDescriptor *d, grpc_byte_buffer *bb)
{
	grpc_byte_buffer_reader r;
	ck_assert(grpc_byte_buffer_reader_init(&r, bb));
	grpc_slice s = grpc_byte_buffer_reader_readall(&r);
	grpc_byte_buffer_reader_destroy(&r);
	ProtobufCMessage *m = protobuf_c_message_unpack(d, NULL,
	    GRPC_SLICE_LENGTH(s), GRPC_SLICE_START_PTR(s));
	grpc_slice_unref(s);
	return m;
}

/*
 * Call METHOD on CH with REQ and a CALL_MS deadline; the status, the
 * answer unpacked as RD in *REPLY (NULL if none), in *MS how long.  The
 * call waits for the server to listen (machd answers on its socket a
 * little before its link does), unless FAIL_FAST.
 */
static grpc_status_code
unary_call(grpc_channel *ch, const char *method, const ProtobufCMessage *req,
    const ProtobufCMessageDescriptor *rd, ProtobufCMessage **reply,
    double *ms, bool fail_fast)
{
	double t0 = now_ms();
	grpc_completion_queue *cq =
	    grpc_completion_queue_create_for_pluck(NULL);
	gpr_timespec deadline = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
	    gpr_time_from_millis(CALL_MS, GPR_TIMESPAN));
	grpc_call *call = grpc_channel_create_call(ch, NULL,
	    GRPC_PROPAGATE_DEFAULTS, cq, grpc_slice_from_static_string(method),
	    NULL, deadline, NULL);
	grpc_metadata_array imd, tmd;
	grpc_metadata_array_init(&imd);
	grpc_metadata_array_init(&tmd);
	grpc_byte_buffer *req_bb = pack(req), *resp_bb = NULL;
	grpc_status_code status = GRPC_STATUS_UNKNOWN;
	grpc_slice details;
	grpc_op ops[6];
	memset(ops, 0, sizeof ops);
	ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
	ops[0].flags = fail_fast ? 0 : GRPC_INITIAL_METADATA_WAIT_FOR_READY;
	ops[1].op = GRPC_OP_SEND_MESSAGE;
	ops[1].data.send_message.send_message = req_bb;
	ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
	ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
	ops[3].data.recv_initial_metadata.recv_initial_metadata = &imd;
	ops[4].op = GRPC_OP_RECV_MESSAGE;
	ops[4].data.recv_message.recv_message = &resp_bb;
	ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
	ops[5].data.recv_status_on_client.trailing_metadata = &tmd;
	ops[5].data.recv_status_on_client.status = &status;
	ops[5].data.recv_status_on_client.status_details = &details;
	ck_assert_int_eq(grpc_call_start_batch(call, ops, 6, call, NULL),
	    GRPC_CALL_OK);
	grpc_event ev = grpc_completion_queue_pluck(cq, call,
	    gpr_time_add(deadline, gpr_time_from_millis(2000, GPR_TIMESPAN)),
	    NULL);
	ck_assert_int_eq(ev.type, GRPC_OP_COMPLETE);
	ck_assert(ev.success);
	*reply = status == GRPC_STATUS_OK && resp_bb != NULL ?
	    unpack(rd, resp_bb) : NULL;
	grpc_slice_unref(details);
	grpc_metadata_array_destroy(&imd);
	grpc_metadata_array_destroy(&tmd);
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
	if (ms != NULL)
		*ms = now_ms() - t0;
	return status;
}

static grpc_status_code
unary_on(grpc_channel *ch, const char *method, const ProtobufCMessage *req,
    const ProtobufCMessageDescriptor *rd, ProtobufCMessage **reply,
    double *ms)
{
	return unary_call(ch, method, req, rd, reply, ms, false);
}

static grpc_status_code
unary(const char *target, const char *method, const ProtobufCMessage *req,
    const ProtobufCMessageDescriptor *rd, ProtobufCMessage **reply,
    double *ms)
{
	grpc_channel *ch = channel_to(target);
	grpc_status_code status = unary_on(ch, method, req, rd, reply, ms);
	grpc_channel_destroy(ch);
	return status;
}

/* The health status TARGET gives for SERVICE (the call must succeed). */
static int
health(const char *target, const char *service)
{
	Grpc__Health__V1__HealthCheckRequest req =
	    GRPC__HEALTH__V1__HEALTH_CHECK_REQUEST__INIT;
	req.service = (char *)service;
	ProtobufCMessage *reply;
	grpc_status_code st = unary(target, "/grpc.health.v1.Health/Check",
	    &req.base, &grpc__health__v1__health_check_response__descriptor,
	    &reply, NULL);
	ck_assert_msg(st == GRPC_STATUS_OK, "Check(%s) on %s: status %d",
	    service, target, st);
	ck_assert_ptr_nonnull(reply);
	int s = ((Grpc__Health__V1__HealthCheckResponse *)reply)->status;
	protobuf_c_message_free_unpacked(reply, NULL);
	return s;
}

/* --- Fixture: nodes 0 (harness) and 1 ----------------------------------- */

static void
setup(void)
{
	port_a = harness_free_port();
	do
		port_b = harness_free_port();
	while (port_b == port_a);
	snprintf(addr_a, sizeof addr_a, "127.0.0.1:%u", port_a);
	snprintf(addr_b, sizeof addr_b, "127.0.0.1:%u", port_b);
	char text[128];
	snprintf(text, sizeof text, "0 %s\n1 %s\n", addr_a, addr_b);
	write_file(table_path, text);
	const char *args_a[] = { "--node", "0", "--nodes", table_path, NULL };
	harness_machd_start(args_a);
	a_running = true;
	const char *args_b[] = { "--node", "1", "--nodes", table_path, NULL };
	machd_start(&node_b, args_b);
	grpc_init();	/* here, in the test's process (pitfall 14) */
	/* Both links listen (health waits for them), and they are ours. */
	ck_assert_int_eq(health(addr_a, ""), SERVING);
	ck_assert_int_eq(health(addr_b, ""), SERVING);
	ck_assert_msg(alive(harness_machd_pid()) && alive(node_b.pid),
	    "a machd of the fixture exited at start");
}

static void
teardown(void)
{
	/* No grpc_shutdown_blocking: it may take 10 s (pitfall 4), and the
	 * test's process ends here. */
	ck_assert_int_eq(machd_stop(&node_b, NULL), 0);
	if (a_running)
		ck_assert_int_eq(harness_machd_stop(), 0);
	unlink(table_path);
}

/* Both nodes answer the standard health check: SERVING for the server
 * as a whole and for machemu.Node, SERVICE_UNKNOWN for anything else. */
START_TEST(node_link_health_check_serving)
{
	const char *targets[] = { addr_a, addr_b };
	for (int i = 0; i < 2; i++) {
		ck_assert_int_eq(health(targets[i], ""), SERVING);
		ck_assert_int_eq(health(targets[i], "machemu.Node"), SERVING);
		ck_assert_int_eq(health(targets[i], "machemu.Nope"),
		    SERVICE_UNKNOWN);
	}
}
END_TEST

/* Echo returns the Ping's seq and the index of the node that answers. */
START_TEST(node_link_echo_node_index)
{
	const char *targets[] = { addr_a, addr_b };
	for (unsigned i = 0; i < 2; i++) {
		Machemu__Ping ping = MACHEMU__PING__INIT;
		ping.seq = 4200 + i;
		ProtobufCMessage *reply;
		ck_assert_int_eq(unary(targets[i], "/machemu.Node/Echo",
		    &ping.base, &machemu__pong__descriptor, &reply, NULL),
		    GRPC_STATUS_OK);
		Machemu__Pong *pong = (Machemu__Pong *)reply;
		ck_assert_uint_eq(pong->seq, 4200 + i);
		ck_assert_uint_eq(pong->node, i);
		protobuf_c_message_free_unpacked(reply, NULL);
	}
}
END_TEST

/* A method the node does not serve fails UNIMPLEMENTED at once, not at
 * the caller's deadline (5 s). */
START_TEST(node_link_unknown_method_unimplemented)
{
	const char *methods[] = { "/machemu.Node/Nope", "/machemu.Node/Push",
	    "/grpc.health.v1.Health/Watch", "/other.Service/Call" };
	grpc_channel *ch = channel_to(addr_b);
	for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
		Machemu__Ping ping = MACHEMU__PING__INIT;
		ProtobufCMessage *reply;
		double ms;
		ck_assert_int_eq(unary_on(ch, methods[i], &ping.base,
		    &machemu__pong__descriptor, &reply, &ms),
		    GRPC_STATUS_UNIMPLEMENTED);
		ck_assert_ptr_null(reply);
		ck_assert_msg(ms < 1000, "%s took %.0f ms", methods[i], ms);
	}
	/* The node still serves after them. */
	ck_assert_int_eq(health(addr_b, ""), SERVING);
	grpc_channel_destroy(ch);
}
END_TEST

/*
 * node_link_ping from a link in the test's own process (node 2): the two
 * daemons and itself answer; a closed port is refused at once; a peer
 * that accepts the connection but never speaks costs the deadline and no
 * more; nodes outside the table and bad timeouts are refused.
 */
START_TEST(node_link_ping_peers)
{
	unsigned port_self = harness_free_port(), port_closed = harness_free_port();
	/* The black hole: a listening socket nobody accepts on. */
	int hole = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in sa = { .sin_family = AF_INET,
	    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof sa;
	ck_assert_int_eq(bind(hole, (struct sockaddr *)&sa, sizeof sa), 0);
	ck_assert_int_eq(listen(hole, 8), 0);
	ck_assert_int_eq(getsockname(hole, (struct sockaddr *)&sa, &len), 0);
	char text[256], path[64], err[512];
	snprintf(text, sizeof text, "0 %s\n1 %s\n2 localhost:%u\n"
	    "3 127.0.0.1:%u\n4 127.0.0.1:%u\n", addr_a, addr_b, port_self,
	    port_closed, ntohs(sa.sin_port));
	write_file(path, text);
	struct node_table table;
	ck_assert_msg(node_table_load(path, 2, &table, err, sizeof err), "%s",
	    err);
	unlink(path);

	/* Failed calls in the log, with gRPC's details. */
	log_threshold = LOG_LEVEL_DEBUG;
	ck_assert_int_eq(node_link_ping(0, 1000), -ENOTCONN);
	ck_assert_msg(node_link_start(2, &table, err, sizeof err), "%s", err);
	node_table_free(&table);	/* the link keeps a copy */
	ck_assert(node_link_running());
	double t0 = now_ms();
	ck_assert_int_eq(node_link_ping(0, CALL_MS), 0);
	ck_assert_int_eq(node_link_ping(1, CALL_MS), 0);
	ck_assert_int_eq(node_link_ping(2, CALL_MS), 0);
	for (int i = 0; i < 20; i++)	/* over the open channels */
		ck_assert_int_eq(node_link_ping(i % 3, CALL_MS), 0);
	ck_assert_msg(now_ms() - t0 < 2000, "23 pings took %.0f ms",
	    now_ms() - t0);
	char self[32];
	snprintf(self, sizeof self, "127.0.0.1:%u", port_self);
	ck_assert_int_eq(health(self, ""), SERVING);

	t0 = now_ms();
	ck_assert_int_eq(node_link_ping(3, CALL_MS), -ECONNREFUSED);
	ck_assert_msg(now_ms() - t0 < 1000, "a refused port took %.0f ms",
	    now_ms() - t0);
	t0 = now_ms();
	ck_assert_int_eq(node_link_ping(4, 300), -ETIMEDOUT);
	double ms = now_ms() - t0;
	ck_assert_msg(ms >= 250 && ms < 1300, "the black hole took %.0f ms",
	    ms);
	ck_assert_int_eq(node_link_ping(7, 1000), -ENXIO);
	ck_assert_int_eq(node_link_ping(-1, 1000), -ENXIO);
	ck_assert_int_eq(node_link_ping(0, 0), -EINVAL);
	ck_assert_int_eq(node_link_errno(GRPC_STATUS_UNIMPLEMENTED), -ENOSYS);
	ck_assert_str_eq(node_link_status_name(GRPC_STATUS_UNAVAILABLE),
	    "UNAVAILABLE");

	/* A second link in the process is refused; stopping is quick. */
	ck_assert(!node_link_start(2, &table, err, sizeof err));
	t0 = now_ms();
	node_link_stop();
	ck_assert_msg(now_ms() - t0 < 1000, "node_link_stop took %.0f ms",
	    now_ms() - t0);
	ck_assert(!node_link_running());
	ck_assert_int_eq(node_link_ping(0, 1000), -ENOTCONN);
	close(hole);
}
END_TEST

/* Addresses the link binds without --link-any. */
START_TEST(node_link_host_is_loopback_cases)
{
	const char *yes[] = { "127.0.0.1", "127.1.2.3", "localhost",
	    "LocalHost", "[::1]", "[0:0:0:0:0:0:0:1]" };
	const char *no[] = { "0.0.0.0", "10.0.0.1", "128.0.0.1", "[::]",
	    "[::ffff:10.0.0.1]", "example.com", "localhost.example.com",
	    "127.0.0.1.example.com", "::1" };
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		ck_assert_msg(node_link_host_is_loopback(yes[i]), "%s", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		ck_assert_msg(!node_link_host_is_loopback(no[i]), "%s", no[i]);
}
END_TEST

/* A second machd on node 0's port fails at start, says why, exits 1. */
START_TEST(node_link_machd_port_in_use)
{
	char text[128], path[64], out[4096];
	snprintf(text, sizeof text, "0 %s\n5 %s\n", addr_b, addr_a);
	write_file(path, text);
	struct machd m;
	spare_socket(&m);
	const char *argv[] = { getenv("MACHD"), "--socket", m.sock,
	    "--node", "5", "--nodes", path, NULL };
	double t0 = now_ms();
	ck_assert_int_eq(harness_run_machd(argv, out, sizeof out), 1);
	ck_assert_msg(now_ms() - t0 < STOP_MS, "took %.0f ms", now_ms() - t0);
	ck_assert_msg(strstr(out, "machd: node link: cannot serve node 5 "
	    "on ") && strstr(out, "address already in use"), "%s", out);
	unlink(path);
	/* Node 0 still serves; the failed machd removed its socket. */
	ck_assert_int_eq(health(addr_a, ""), SERVING);
	struct stat st;
	ck_assert_int_ne(stat(m.sock, &st), 0);
	rmdir(m.dir);
}
END_TEST

/* A table that puts this node on an address that is not loopback is
 * refused without --link-any; --link-any needs --node. */
START_TEST(node_link_machd_not_loopback)
{
	char path[64], out[4096];
	write_file(path, "0 127.0.0.1:7\n1 10.11.12.13:7301\n");
	struct machd m;
	spare_socket(&m);
	const char *argv[] = { getenv("MACHD"), "--socket", m.sock,
	    "--node", "1", "--nodes", path, NULL };
	ck_assert_int_eq(harness_run_machd(argv, out, sizeof out), 1);
	ck_assert_msg(strstr(out, "10.11.12.13:7301 (line 2 of the node table) "
	    "is not a loopback address") && strstr(out, "--link-any"), "%s",
	    out);
	unlink(path);
	rmdir(m.dir);
	const char *alone[] = { getenv("MACHD"), "--link-any", NULL };
	ck_assert_int_eq(harness_run_machd(alone, out, sizeof out), 2);
	ck_assert_ptr_nonnull(strstr(out, "--link-any goes with --node"));
}
END_TEST

/* With --link-any, any address of the table: here all of the host's
 * (0.0.0.0), reached through 127.0.0.1. */
START_TEST(node_link_machd_link_any)
{
	char text[128], path[64], target[32];
	unsigned port = harness_free_port();
	snprintf(text, sizeof text, "0 %s\n3 0.0.0.0:%u\n", addr_a, port);
	write_file(path, text);
	const char *args[] = { "--node", "3", "--nodes", path, "--link-any",
	    NULL };
	struct machd m;
	machd_start(&m, args);
	snprintf(target, sizeof target, "127.0.0.1:%u", port);
	ck_assert_int_eq(health(target, ""), SERVING);
	ck_assert_int_eq(machd_stop(&m, NULL), 0);
	unlink(path);
}
END_TEST

/* SIGTERM stops a linked machd quickly and cleanly (exit 0), with a
 * client connected to its link. */
START_TEST(node_link_machd_sigterm_quick)
{
	grpc_channel *ch = channel_to(addr_a);
	Machemu__Ping ping = MACHEMU__PING__INIT;
	ProtobufCMessage *reply;
	ck_assert_int_eq(unary_on(ch, "/machemu.Node/Echo", &ping.base,
	    &machemu__pong__descriptor, &reply, NULL), GRPC_STATUS_OK);
	protobuf_c_message_free_unpacked(reply, NULL);
	double t0 = now_ms();
	a_running = false;
	ck_assert_int_eq(harness_machd_stop(), 0);
	double ms = now_ms() - t0;
	ck_assert_msg(ms < STOP_MS, "machd took %.0f ms to stop", ms);
	double ms_b;
	ck_assert_int_eq(machd_stop(&node_b, &ms_b), 0);
	ck_assert_msg(ms_b < STOP_MS, "machd took %.0f ms to stop", ms_b);
	/* The link is gone with it: a call now fails at once. */
	ck_assert_int_eq(unary_call(ch, "/machemu.Node/Echo", &ping.base,
	    &machemu__pong__descriptor, &reply, NULL, true),
	    GRPC_STATUS_UNAVAILABLE);
	grpc_channel_destroy(ch);
	/* Restart node 1 for the teardown. */
	const char *args_b[] = { "--node", "1", "--nodes", table_path, NULL };
	machd_start(&node_b, args_b);
}
END_TEST

/* Thread count of PID, from /proc. */
static int
threads_of(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	int n = -1;
	while (fgets(line, sizeof line, f) != NULL)
		if (sscanf(line, "Threads: %d", &n) == 1)
			break;
	fclose(f);
	return n;
}

/* A machd without --node runs no link (and no thread besides its own);
 * one with --node has the link's. */
START_TEST(node_link_machd_without_node)
{
	const char *none[] = { NULL };
	struct machd m;
	machd_start(&m, none);
	ck_assert_int_eq(threads_of(m.pid), 1);
	ck_assert_int_eq(machd_stop(&m, NULL), 0);
	ck_assert_int_gt(threads_of(node_b.pid), 1);
}
END_TEST

static Suite *
node_link_suite(void)
{
	Suite *s = suite_create("node_link");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, node_link_health_check_serving);
	tcase_add_test(tc, node_link_echo_node_index);
	tcase_add_test(tc, node_link_unknown_method_unimplemented);
	tcase_add_test(tc, node_link_ping_peers);
	tcase_add_test(tc, node_link_host_is_loopback_cases);
	tcase_add_test(tc, node_link_machd_port_in_use);
	tcase_add_test(tc, node_link_machd_not_loopback);
	tcase_add_test(tc, node_link_machd_link_any);
	tcase_add_test(tc, node_link_machd_sigterm_quick);
	tcase_add_test(tc, node_link_machd_without_node);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(node_link_suite());
}
