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
 * The program starts its own machd (the binary named by $MACHD) with
 * tests/harness.c, and the server of tests/rpc_server.c, the one the RPC
 * tests use, with rpc_server_spawn(): the server meets the client through
 * the registered ports that a forked task inherits and sends back a send
 * right to its service port.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>

#include "harness.h"
#include "rpc_server.h"
#include "test.h"

#define BENCH_WARMUP		1000
#define BENCH_ITERS_DEFAULT	20000
#define BENCH_PING_SIZE		16

/* This process, and the server it runs (machd is the harness's). */
static pid_t main_pid;
static pid_t server_pid = -1;

/* Exit on failure; the main process first stops what it started. */
static void
die_now(void)
{
	if (getpid() == main_pid) {
		if (server_pid > 0) {
			kill(server_pid, SIGKILL);
			waitpid(server_pid, NULL, 0);
		}
		if (harness_machd_pid() > 0)
			(void)harness_machd_stop();
	}
	exit(1);
}

/* Report WHAT and exit. */
static void
die(const char *what)
{
	fprintf(stderr, "bench_rpc[%d]: %s\n", (int)getpid(), what);
	die_now();
}

/* Report WHAT with errno's message and exit. */
static void
die_errno(const char *what)
{
	fprintf(stderr, "bench_rpc[%d]: %s: %s\n", (int)getpid(), what,
	    strerror(errno));
	die_now();
}

/* Report WHAT with the Mach code KR and exit. */
static void
die_kr(const char *what, kern_return_t kr)
{
	fprintf(stderr, "bench_rpc[%d]: %s: %s (%#x)\n", (int)getpid(), what,
	    mach_error_string(kr), (unsigned)kr);
	die_now();
}

/* The monotonic clock, in nanoseconds. */
static uint64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* qsort order of uint64_t samples. */
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

/* Print one figure line, with its ratio to BASE unless BASE is NULL. */
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

/* The number of timed calls: $BENCH_ITERS or the default. */
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

/* Time ITERS ping-pongs with a forked echo process over a socketpair. */
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

/* --- Kernel RPC: mach_port_type ------------------------------------- */

/* Time ITERS mach_port_type calls on NAME, answered by machd itself. */
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

/* Start the server and return the send right to its service port. */
static mach_port_t
server_start(void)
{
	struct rpc_hello hello;
	kern_return_t kr;

	kr = rpc_server_spawn(&server_pid, &hello);
	if (kr != KERN_SUCCESS)
		die_kr("starting the server", kr);
	if (hello.head.msgh_id != RPC_HELLO_ID ||
	    MACH_MSGH_BITS_REMOTE(hello.head.msgh_bits) !=
	    MACH_MSG_TYPE_PORT_SEND ||
	    !MACH_PORT_VALID(hello.head.msgh_remote_port))
		die("the server's hello is malformed");
	/* The server's task port is of no use here. */
	if (MACH_PORT_VALID(hello.task))
		(void)mach_port_deallocate(mach_task_self(), hello.task);
	return hello.head.msgh_remote_port;
}

/*
 * One test_inline call with small arguments; checks the answer of
 * tests/rpc_server.c (no test_oneway is pending, so sum is a + b).
 */
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
	    rvar[0] != 2 * i || strcmp(rname, "hello, benchb") != 0)
		die("test_inline: wrong answer");
}

/* Time ITERS test_inline calls to the server at SERVICE. */
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

/* Run the three measurements and print one line for each. */
int
main(void)
{
	size_t iters = iters_from_env();
	uint64_t *samples = calloc(iters, sizeof *samples);
	struct bench_stats base, kern, rpc;
	mach_port_t task, recv, service;
	kern_return_t kr;
	int rc;

	main_pid = getpid();
	if (samples == NULL)
		die("out of memory");
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("bench_rpc: %zu timed calls each after %d warm-up calls\n",
	    iters, BENCH_WARMUP);

	/* The baseline runs before this process is a Mach task. */
	base = bench_baseline(samples, iters);
	stats_print("baseline unix-socket round trip:", base, NULL);

	harness_machd_start(NULL);
	task = mach_task_self();
	if (task == MACH_PORT_NULL)
		die("cannot reach machd");

	/* The kernel RPC asks about a port of our own. */
	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &recv);
	if (kr != KERN_SUCCESS)
		die_kr("mach_port_allocate", kr);
	kern = bench_kernel(samples, iters, recv);
	stats_print("mach_port_type (kernel RPC):", kern, &base);
	(void)mach_port_destroy(task, recv);

	service = server_start();
	rpc = bench_two_process(samples, iters, service);
	stats_print("two-process MIG RPC:", rpc, &base);

	server_stop();
	rc = harness_machd_stop();
	if (rc != 0)
		fprintf(stderr, "bench_rpc: machd exited with status %d\n", rc);
	free(samples);
	return 0;
}
