/*
 * bench_rpc: what a Mach RPC costs through machd, against the raw cost
 * of the transport underneath (DESIGN.md section 8).  Three latencies
 * are measured in one run:
 *
 *  - the baseline: a 16-byte ping-pong over a Unix socketpair
 *    (SOCK_SEQPACKET, the socket type of the machd transport) between
 *    this process and a forked child;
 *  - a kernel-object RPC: mach_port_type on our own task through the
 *    MIG user stub, which machd answers itself (one socket round trip);
 *  - a two-process RPC: test_inline of defs/test.defs with small
 *    arguments, from this process to a forked server process running
 *    mach_msg_server (two hops through machd each way).
 *
 * Each is warmed up (BENCH_WARMUP calls), then BENCH_ITERS calls
 * (default 20000) are timed one by one with CLOCK_MONOTONIC; the median
 * and the 99th percentile come from the sorted samples, and each Mach
 * figure is also given as a ratio of its median to the baseline's.
 *
 * The program starts its own machd (the binary named by $MACHD) on a
 * socket in a fresh temporary directory.  The server process meets the
 * client through the registered ports that a forked task inherits: the
 * client registers a send right to a receive port R, forks, and the
 * server looks R up and sends it a message carrying a send right to its
 * service port.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>

#include "test.h"
#include "test_S.h"

/* The demux of gen/testServer.c, which test_S.h does not declare. */
extern boolean_t machemu_test_server(mach_msg_header_t *request,
    mach_msg_header_t *reply);

#define BENCH_WARMUP		1000
#define BENCH_ITERS_DEFAULT	20000
#define BENCH_PING_SIZE		16
#define BENCH_HELLO_ID		4242	/* the server's hello */

/* The machd this program runs, where its socket lives, and the server. */
static pid_t main_pid;
static pid_t machd_pid = -1;
static pid_t server_pid = -1;
static char machd_dir[64];
static char machd_sock[128];

/* Exit on failure; the main process first stops what it started. */
static void
die_now(void)
{
	if (getpid() == main_pid) {
		if (server_pid > 0) {
			kill(server_pid, SIGKILL);
			waitpid(server_pid, NULL, 0);
		}
		if (machd_pid > 0) {
			kill(machd_pid, SIGTERM);
			waitpid(machd_pid, NULL, 0);
			unlink(machd_sock);
			rmdir(machd_dir);
		}
	}
	exit(1);
}

static void
die(const char *what)
{
	fprintf(stderr, "bench_rpc[%d]: %s\n", (int)getpid(), what);
	die_now();
}

static void
die_errno(const char *what)
{
	fprintf(stderr, "bench_rpc[%d]: %s: %s\n", (int)getpid(), what,
	    strerror(errno));
	die_now();
}

static void
die_kr(const char *what, kern_return_t kr)
{
	fprintf(stderr, "bench_rpc[%d]: %s: %s (%#x)\n", (int)getpid(), what,
	    mach_error_string(kr), (unsigned)kr);
	die_now();
}

static uint64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* A latency distribution, in microseconds. */
struct bench_stats {
	double median_us;
	double p99_us;
};

/* Sort the N samples (ns) and take the median and the nearest-rank p99. */
static struct bench_stats
stats_compute(uint64_t *samples, size_t n)
{
	struct bench_stats s;
	size_t p99;

	qsort(samples, n, sizeof *samples, cmp_u64);
	p99 = (n * 99 + 99) / 100 - 1;
	s.median_us = n % 2 ? samples[n / 2] / 1e3 :
	    (samples[n / 2 - 1] + samples[n / 2]) / 2e3;
	s.p99_us = samples[p99] / 1e3;
	return s;
}

static void
stats_print(const char *label, struct bench_stats s,
    const struct bench_stats *base)
{
	printf("%-32s median %.1f us p99 %.1f us", label, s.median_us,
	    s.p99_us);
	if (base != NULL)
		printf("  ratio %.2f", s.median_us / base->median_us);
	printf("\n");
	fflush(stdout);
}

static size_t
iters_from_env(void)
{
	const char *s = getenv("BENCH_ITERS");
	char *end;
	unsigned long n;

	if (s == NULL || *s == '\0')
		return BENCH_ITERS_DEFAULT;
	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || n == 0 || n > 100000000)
		die("BENCH_ITERS must be a positive number");
	return n;
}

/* --- Baseline: a socketpair ping-pong ------------------------------- */

/* The echoing end: answer every ping until the peer closes. */
static void
baseline_echo(int fd)
{
	char buf[BENCH_PING_SIZE];
	ssize_t n;

	for (;;) {
		n = recv(fd, buf, sizeof buf, 0);
		if (n <= 0)
			_exit(n == 0 ? 0 : 1);
		if (send(fd, buf, (size_t)n, MSG_NOSIGNAL) != n)
			_exit(1);
	}
}

/* One ping and its echo. */
static void
baseline_round_trip(int fd)
{
	char buf[BENCH_PING_SIZE] = "ping";

	if (send(fd, buf, sizeof buf, MSG_NOSIGNAL) != sizeof buf ||
	    recv(fd, buf, sizeof buf, 0) != sizeof buf)
		die_errno("baseline ping-pong");
}

static struct bench_stats
bench_baseline(uint64_t *samples, size_t iters)
{
	int sv[2], status;
	pid_t pid;
	size_t i;

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		die_errno("socketpair");
	pid = fork();
	if (pid < 0)
		die_errno("fork");
	if (pid == 0) {
		close(sv[0]);
		baseline_echo(sv[1]);
	}
	close(sv[1]);
	for (i = 0; i < BENCH_WARMUP; i++)
		baseline_round_trip(sv[0]);
	for (i = 0; i < iters; i++) {
		uint64_t t0 = now_ns();
		baseline_round_trip(sv[0]);
		samples[i] = now_ns() - t0;
	}
	close(sv[0]);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		die("the baseline echo process failed");
	return stats_compute(samples, iters);
}

/* --- machd ---------------------------------------------------------- */

/* Start $MACHD on a fresh socket and point libmachemu at it. */
static void
machd_start(void)
{
	const char *machd = getenv("MACHD");
	struct stat st;
	int i, status;

	if (machd == NULL)
		machd = "./machd";
	snprintf(machd_dir, sizeof machd_dir, "/tmp/machemu-bench-XXXXXX");
	if (mkdtemp(machd_dir) == NULL)
		die_errno("mkdtemp");
	snprintf(machd_sock, sizeof machd_sock, "%s/machd.sock", machd_dir);
	machd_pid = fork();
	if (machd_pid < 0)
		die_errno("fork");
	if (machd_pid == 0) {
		execl(machd, machd, "--socket", machd_sock, "--log-level",
		    "warn", (char *)NULL);
		fprintf(stderr, "bench_rpc: exec %s: %s\n", machd,
		    strerror(errno));
		_exit(127);
	}
	/* machd binds its socket before it serves: wait up to 5 s. */
	for (i = 0; stat(machd_sock, &st) < 0; i++) {
		if (waitpid(machd_pid, &status, WNOHANG) == machd_pid) {
			machd_pid = -1;
			die("machd exited at start");
		}
		if (i == 500)
			die("machd did not create its socket");
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	setenv("MACHEMU_SOCKET", machd_sock, 1);
}

static void
machd_stop(void)
{
	int status;

	if (machd_pid <= 0)
		return;
	kill(machd_pid, SIGTERM);
	if (waitpid(machd_pid, &status, 0) != machd_pid)
		die_errno("waitpid machd");
	machd_pid = -1;
	unlink(machd_sock);	/* in case machd left it */
	rmdir(machd_dir);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fprintf(stderr, "bench_rpc: machd exited with status %#x\n",
		    (unsigned)status);
}

/* --- Kernel RPC: mach_port_type ------------------------------------- */

static struct bench_stats
bench_kernel(uint64_t *samples, size_t iters, mach_port_t name)
{
	mach_port_t task = mach_task_self();
	mach_port_type_t type;
	kern_return_t kr;
	size_t i;

	for (i = 0; i < BENCH_WARMUP + iters; i++) {
		uint64_t t0 = now_ns();
		kr = mach_port_type(task, name, &type);
		if (i >= BENCH_WARMUP)
			samples[i - BENCH_WARMUP] = now_ns() - t0;
		if (kr != KERN_SUCCESS)
			die_kr("mach_port_type", kr);
	}
	if ((type & MACH_PORT_TYPE_RECEIVE) == 0)
		die("mach_port_type: no receive right");
	return stats_compute(samples, iters);
}

/* --- Two-process RPC: test_inline ----------------------------------- */

/* The server's hello: a send right to its service port. */
struct bench_hello {
	mach_msg_header_t head;
	mach_msg_type_t port_type;
	mach_port_t port;
};

/* The one routine the benchmark calls: a few small transformations. */
kern_return_t
S_test_inline(mach_port_t port, int a, test_int64_t b,
    const test_fixed_t fixed, const test_var_t var,
    mach_msg_type_number_t varCnt, const_test_name_t name,
    const_test_vstring_t vname, test_int64_t *sum, test_fixed_t rfixed,
    test_var_t rvar, mach_msg_type_number_t *rvarCnt, test_vstring_t rname)
{
	mach_msg_type_number_t i;

	(void)port;
	(void)vname;
	*sum = a + b;
	for (i = 0; i < 4; i++)
		rfixed[i] = fixed[3 - i];
	if (varCnt > *rvarCnt)
		return KERN_INVALID_ARGUMENT;
	memcpy(rvar, var, varCnt * sizeof *var);
	*rvarCnt = varCnt;
	strncpy(rname, name, 128);
	rname[127] = '\0';
	return KERN_SUCCESS;
}

/* The rest of test.defs is not served here. */
kern_return_t
S_test_ool(mach_port_t port, test_ool_t blob, mach_msg_type_number_t blobCnt,
    test_ool_t moved, mach_msg_type_number_t movedCnt, test_ool_t *echo,
    mach_msg_type_number_t *echoCnt, int *total)
{
	(void)port, (void)blob, (void)blobCnt, (void)moved, (void)movedCnt;
	(void)echo, (void)echoCnt, (void)total;
	return KERN_FAILURE;
}

kern_return_t
S_test_ports(mach_port_t port, mach_port_t recv, mach_port_t send,
    mach_port_t sonce, mach_port_t copy, mach_port_t make,
    mach_port_t makeonce, mach_port_t *back)
{
	(void)port, (void)recv, (void)send, (void)sonce, (void)copy;
	(void)make, (void)makeonce, (void)back;
	return KERN_FAILURE;
}

kern_return_t
S_test_poly(mach_port_t port, mach_port_t right,
    mach_msg_type_name_t rightPoly, mach_port_t *rright,
    mach_msg_type_name_t *rrightPoly)
{
	(void)port, (void)right, (void)rightPoly, (void)rright;
	(void)rrightPoly;
	return KERN_FAILURE;
}

kern_return_t
S_test_data(mach_port_t port, const_test_data_t data,
    mach_msg_type_number_t dataCnt, test_data_t *rdata,
    mach_msg_type_number_t *rdataCnt)
{
	(void)port, (void)data, (void)dataCnt, (void)rdata, (void)rdataCnt;
	return KERN_FAILURE;
}

kern_return_t
S_test_port_array(mach_port_t port, test_port_array_t ports,
    mach_msg_type_number_t portsCnt, int *count)
{
	(void)port, (void)ports, (void)portsCnt, (void)count;
	return KERN_FAILURE;
}

kern_return_t
S_test_oneway(mach_port_t port, int value)
{
	(void)port, (void)value;
	return KERN_FAILURE;
}

/*
 * The server process: find the client's port among the registered ports
 * inherited from the parent task, send it a right to a new service port,
 * and serve test.defs on that port until killed.
 */
static void
server_main(void)
{
	mach_port_t task = mach_task_self();
	mach_port_array_t ports;
	mach_msg_type_number_t count;
	mach_port_t service;
	struct bench_hello hello;
	kern_return_t kr;

	if (task == MACH_PORT_NULL)
		die("server: cannot reach machd");
	kr = mach_ports_lookup(task, &ports, &count);
	if (kr != KERN_SUCCESS)
		die_kr("server: mach_ports_lookup", kr);
	if (count < 1 || !MACH_PORT_VALID(ports[0]))
		die("server: no registered port");
	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &service);
	if (kr != KERN_SUCCESS)
		die_kr("server: mach_port_allocate", kr);

	memset(&hello, 0, sizeof hello);
	hello.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	hello.head.msgh_size = sizeof hello;
	hello.head.msgh_remote_port = ports[0];
	hello.head.msgh_local_port = MACH_PORT_NULL;
	hello.head.msgh_id = BENCH_HELLO_ID;
	hello.port_type.msgt_name = MACH_MSG_TYPE_MAKE_SEND;
	hello.port_type.msgt_size = 32;
	hello.port_type.msgt_number = 1;
	hello.port_type.msgt_inline = TRUE;
	hello.port = service;
	kr = mach_msg(&hello.head, MACH_SEND_MSG, sizeof hello, 0,
	    MACH_PORT_NULL, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("server: sending the hello", kr);

	kr = mach_msg_server(machemu_test_server, 0, service);
	die_kr("server: mach_msg_server", kr);
}

/* Receive the server's hello on RECV: the send right to its service. */
static mach_port_t
client_hello(mach_port_t recv)
{
	struct {
		struct bench_hello hello;
		char trailer[64];	/* room for anything machd appends */
	} msg;
	kern_return_t kr;

	memset(&msg, 0, sizeof msg);
	kr = mach_msg(&msg.hello.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof msg, recv, 10 * 1000, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("receiving the server's hello", kr);
	if (msg.hello.head.msgh_id != BENCH_HELLO_ID ||
	    (msg.hello.head.msgh_bits & MACH_MSGH_BITS_COMPLEX) == 0 ||
	    msg.hello.port_type.msgt_name != MACH_MSG_TYPE_PORT_SEND ||
	    !MACH_PORT_VALID(msg.hello.port))
		die("the server's hello is malformed");
	return msg.hello.port;
}

/* One test_inline call with small arguments; checks the answer. */
static void
client_call(mach_port_t service, int i)
{
	static const test_fixed_t fixed = { 1, 2, 3, 4 };
	int var[1] = { i }, rvar[16];
	mach_msg_type_number_t rvarCnt = 16;
	test_fixed_t rfixed;
	test_int64_t sum;
	char rname[128];
	kern_return_t kr;

	kr = test_inline(service, i, 1000, fixed, var, 1, "bench", "b",
	    &sum, rfixed, rvar, &rvarCnt, rname);
	if (kr != KERN_SUCCESS)
		die_kr("test_inline", kr);
	if (sum != i + 1000 || rfixed[0] != 4 || rvarCnt != 1 ||
	    rvar[0] != i || strcmp(rname, "bench") != 0)
		die("test_inline: wrong answer");
}

static struct bench_stats
bench_two_process(uint64_t *samples, size_t iters, mach_port_t service)
{
	size_t i;

	for (i = 0; i < BENCH_WARMUP + iters; i++) {
		uint64_t t0 = now_ns();
		client_call(service, (int)i);
		if (i >= BENCH_WARMUP)
			samples[i - BENCH_WARMUP] = now_ns() - t0;
	}
	return stats_compute(samples, iters);
}

/* Stop the server process, blocked in its receive. */
static void
server_stop(void)
{
	pid_t pid = server_pid;

	server_pid = -1;
	kill(pid, SIGTERM);
	if (waitpid(pid, NULL, 0) != pid)
		die_errno("waitpid server");
}

int
main(void)
{
	size_t iters = iters_from_env();
	uint64_t *samples = calloc(iters, sizeof *samples);
	struct bench_stats base, kern, rpc;
	mach_port_t task, recv, service;
	kern_return_t kr;

	main_pid = getpid();
	if (samples == NULL)
		die("out of memory");
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("bench_rpc: %zu timed calls each after %d warm-up calls\n",
	    iters, BENCH_WARMUP);

	/* The baseline runs before this process is a Mach task. */
	base = bench_baseline(samples, iters);
	stats_print("baseline unix-socket round trip:", base, NULL);

	machd_start();
	task = mach_task_self();
	if (task == MACH_PORT_NULL)
		die("cannot reach machd");

	/* R: where the server's hello will arrive, registered so that the
	 * forked server task inherits a send right to it. */
	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &recv);
	if (kr != KERN_SUCCESS)
		die_kr("mach_port_allocate", kr);
	kr = mach_port_insert_right(task, recv, recv, MACH_MSG_TYPE_MAKE_SEND);
	if (kr != KERN_SUCCESS)
		die_kr("mach_port_insert_right", kr);
	kr = mach_ports_register(task, &recv, 1);
	if (kr != KERN_SUCCESS)
		die_kr("mach_ports_register", kr);

	kern = bench_kernel(samples, iters, recv);
	stats_print("mach_port_type (kernel RPC):", kern, &base);

	fflush(NULL);
	server_pid = fork();
	if (server_pid < 0)
		die_errno("fork");
	if (server_pid == 0) {
		server_main();
		_exit(1);
	}
	service = client_hello(recv);
	rpc = bench_two_process(samples, iters, service);
	stats_print("two-process MIG RPC:", rpc, &base);

	server_stop();
	machd_stop();
	free(samples);
	return 0;
}
