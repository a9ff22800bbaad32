/*
 * bench_rpc: what Mach messages cost through machd, against the raw
 * cost of the transport underneath (DESIGN.md section 8).  Latencies:
 *
 *  - the baseline: a 16-byte ping-pong over a Unix socketpair
 *    (SOCK_SEQPACKET, the socket type of the machd transport) between
 *    this process and a forked child;
 *  - a kernel-object RPC: mach_port_type on our own task through the
 *    MIG user stub, which machd answers itself (one socket round trip);
 *  - a two-process RPC: test_inline of defs/test.defs with small
 *    arguments, from this process to a forked server process running
 *    mach_msg_server (two hops through machd each way);
 *  - the null RPC: a header-only request and a header-only reply,
 *    hand-built (test.defs has no routine without arguments), between
 *    this process and a forked task that answers with one combined
 *    send-and-receive mach_msg per call.
 *
 * Each is warmed up (BENCH_WARMUP calls), then BENCH_ITERS calls
 * (default 20000) are timed one by one with CLOCK_MONOTONIC; the median
 * and the 99th percentile come from the sorted samples, and each Mach
 * figure is also given as a ratio of its median to the baseline's.
 *
 * Throughput, one way, from a forked sending task to this process,
 * for three kinds of message: small inline (a header and one int),
 * 4 KiB inline, and 1 MiB out-of-line without deallocate (the receiver
 * vm_deallocates each region).  The receiving port's queue limit is
 * raised to MACH_PORT_QLIMIT_MAX; the sender sends as fast as the queue
 * lets it.  After a warm-up (a tenth of the count) the receiver takes
 * the time and sends the sender a go, and stops the clock when the last
 * message is in: the figure spans from before the first timed send to
 * after the last receive.  Every message carries its sequence number,
 * checked on arrival (and copied into both ends of the inline page and
 * of the out-of-line region), so a lost, repeated or damaged message
 * stops the run.  The baselines, measured in the same run: for the
 * inline kinds the same stream of the same sizes (40 and 4140 bytes)
 * over a SOCK_SEQPACKET socketpair between two processes; for the
 * out-of-line kind a memcpy of 1 MiB in one process.  Throughput ratios
 * are Mach over baseline (below 1: Mach is slower); MB are 10^6 bytes.
 * The counts scale with BENCH_ITERS: 2 x small, 1 x 4 KiB, 1/20 x 1 MiB.
 *
 * The program starts its own machd (the binary named by $MACHD) with
 * tests/harness.c, and the server of tests/rpc_server.c, the one the RPC
 * tests use, with rpc_server_spawn(): the server meets the client through
 * the registered ports that a forked task inherits and sends back a send
 * right to its service port.  The peers of the null RPC and of the
 * one-way streams meet this process the same way (peer_start).
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

#define BENCH_HELLO_ID		7810	/* a peer's hello: its port */
#define BENCH_GO_ID		7811	/* start the timed stream */
#define BENCH_STREAM_ID		7812	/* one message of a stream */
#define BENCH_NULL_ID		7813	/* a null RPC request */
#define BENCH_QUIT_ID		7814	/* the last null RPC request */
#define BENCH_REPLY_DELTA	100	/* reply id = request id + 100 */
#define BENCH_RCV_TIMEOUT	30000	/* ms a stalled stream waits */
#define BENCH_PAGE_INTS		1024	/* 4 KiB of inline data */
#define BENCH_OOL_SIZE		(1024 * 1024)	/* 1 MiB out of line */

/* This process, and the server and the peer it runs (machd is the
 * harness's); a peer is a task or the writer of a raw stream. */
static pid_t main_pid;
static pid_t server_pid = -1;
static pid_t peer_pid = -1;

/* Exit on failure; the main process first stops what it started. */
static void
die_now(void)
{
	if (getpid() == main_pid) {
		if (server_pid > 0) {
			kill(server_pid, SIGKILL);
			waitpid(server_pid, NULL, 0);
		}
		if (peer_pid > 0) {
			kill(peer_pid, SIGKILL);
			waitpid(peer_pid, NULL, 0);
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

/* --- Message layouts of the one-way streams ------------------------- */

#pragma pack(push, 4)	/* as MIG lays messages out */

/* Small inline: a header and one int, the sequence number. */
struct msg_small {
	mach_msg_header_t head;
	mach_msg_type_t seq_type;
	int seq;
};

/* 4 KiB inline: the sequence number, then a page of ints whose first
 * and last ones repeat it. */
struct msg_page {
	mach_msg_header_t head;
	mach_msg_type_t seq_type;
	int seq;
	mach_msg_type_t data_type;
	int data[BENCH_PAGE_INTS];
};

/* 1 MiB out-of-line: the sequence number, then the region, whose first
 * and last ints repeat it. */
struct msg_ool {
	mach_msg_header_t head;
	mach_msg_type_t seq_type;
	int seq;
	mach_msg_type_long_t data_type;
	vm_address_t data;
};

#pragma pack(pop)

/* The sizes the file comment quotes: a 32-byte header, 4-byte
 * descriptors, a 12-byte long form and an 8-byte address. */
_Static_assert(sizeof(struct msg_small) == 40, "small message size");
_Static_assert(sizeof(struct msg_page) == 4140, "4 KiB message size");
_Static_assert(sizeof(struct msg_ool) == 60, "out-of-line message size");

/* Any message of a stream, as sent or received.  The unpacked header
 * member gives the buffer the header's alignment; pass &m.head. */
union msg_buf {
	mach_msg_header_t head;
	struct msg_small small;
	struct msg_page page;
	struct msg_ool ool;
};

/* The kinds of message of the one-way streams. */
enum msg_kind {
	MSG_SMALL,	/* struct msg_small */
	MSG_PAGE,	/* struct msg_page */
	MSG_OOL,	/* struct msg_ool */
};

/* The size in bytes of a message of KIND, header included. */
static size_t
msg_size(enum msg_kind kind)
{
	switch (kind) {
	case MSG_SMALL:
		return sizeof(struct msg_small);
	case MSG_PAGE:
		return sizeof(struct msg_page);
	case MSG_OOL:
		return sizeof(struct msg_ool);
	}
	return 0;
}

/* Set the short descriptor T: NUMBER inline elements of NAME, SIZE bits. */
static void
type_init(mach_msg_type_t *t, unsigned name, unsigned size, unsigned number)
{
	memset(t, 0, sizeof *t);
	t->msgt_name = name;
	t->msgt_size = size;
	t->msgt_number = number;
	t->msgt_inline = TRUE;
}

/*
 * Lay out the body of a message of KIND in M, with a zero header; for
 * MSG_OOL the region is REGION, BENCH_OOL_SIZE bytes, kept by the sender.
 * msg_stamp then numbers each copy that goes out.
 */
static void
msg_init(enum msg_kind kind, union msg_buf *m, vm_address_t region)
{
	memset(m, 0, msg_size(kind));
	type_init(&m->small.seq_type, MACH_MSG_TYPE_INTEGER_32, 32, 1);
	switch (kind) {
	case MSG_SMALL:
		break;
	case MSG_PAGE:
		type_init(&m->page.data_type, MACH_MSG_TYPE_INTEGER_32, 32,
		    BENCH_PAGE_INTS);
		for (int i = 0; i < BENCH_PAGE_INTS; i++)
			m->page.data[i] = i;
		break;
	case MSG_OOL:
		m->ool.data_type.msgtl_header.msgt_longform = TRUE;
		m->ool.data_type.msgtl_header.msgt_inline = FALSE;
		m->ool.data_type.msgtl_header.msgt_deallocate = FALSE;
		m->ool.data_type.msgtl_name = MACH_MSG_TYPE_CHAR;
		m->ool.data_type.msgtl_size = 8;
		m->ool.data_type.msgtl_number = BENCH_OOL_SIZE;
		m->ool.data = region;
		break;
	}
}

/* Put the sequence number SEQ into the message M of KIND, and into both
 * ends of its page or region. */
static void
msg_stamp(enum msg_kind kind, union msg_buf *m, int seq)
{
	int *region;

	m->small.seq = seq;
	switch (kind) {
	case MSG_SMALL:
		break;
	case MSG_PAGE:
		m->page.data[0] = seq;
		m->page.data[BENCH_PAGE_INTS - 1] = seq;
		break;
	case MSG_OOL:
		region = (int *)m->ool.data;
		region[0] = seq;
		region[BENCH_OOL_SIZE / sizeof(int) - 1] = seq;
		break;
	}
}

/* True if M, SIZE bytes received, is message SEQ of KIND as msg_stamp
 * numbered it (the header is the caller's to check). */
static int
msg_check(enum msg_kind kind, const union msg_buf *m, size_t size, int seq)
{
	const int *region;

	if (size != msg_size(kind) || m->small.seq != seq ||
	    m->small.seq_type.msgt_number != 1)
		return 0;
	switch (kind) {
	case MSG_SMALL:
		return 1;
	case MSG_PAGE:
		return m->page.data_type.msgt_number == BENCH_PAGE_INTS &&
		    m->page.data[0] == seq && m->page.data[1] == 1 &&
		    m->page.data[BENCH_PAGE_INTS - 1] == seq;
	case MSG_OOL:
		region = (const int *)m->ool.data;
		return m->ool.data_type.msgtl_header.msgt_longform &&
		    !m->ool.data_type.msgtl_header.msgt_inline &&
		    m->ool.data_type.msgtl_number == BENCH_OOL_SIZE &&
		    region != NULL && region[0] == seq &&
		    region[BENCH_OOL_SIZE / sizeof(int) - 1] == seq;
	}
	return 0;
}

/* Wait for the peer process to exit with status 0. */
static void
peer_wait(void)
{
	int status;

	if (waitpid(peer_pid, &status, 0) != peer_pid)
		die_errno("waitpid peer");
	peer_pid = -1;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		die("the peer process failed");
}

/* --- Baselines of the one-way streams: a socketpair, memcpy --------- */

/*
 * The sending process of a raw stream over FD: WARM messages of KIND,
 * then the go (one byte), then COUNT more, numbered on from 0; exits.
 */
static void
raw_sender(int fd, enum msg_kind kind, size_t warm, size_t count)
{
	union msg_buf m;
	size_t size = msg_size(kind), i;
	char go;

	msg_init(kind, &m, 0);
	for (i = 0; i < warm + count; i++) {
		if (i == warm && recv(fd, &go, 1, 0) != 1)
			_exit(2);
		msg_stamp(kind, &m, (int)i);
		if (send(fd, &m, size, MSG_NOSIGNAL) != (ssize_t)size)
			_exit(1);
	}
	_exit(0);
}

/* Receive message SEQ of KIND from FD and check it. */
static void
raw_receive(int fd, enum msg_kind kind, int seq)
{
	union msg_buf m;
	ssize_t n;

	n = recv(fd, &m, sizeof m, 0);
	if (n < 0)
		die_errno("raw stream recv");
	if (!msg_check(kind, &m, (size_t)n, seq))
		die("raw stream: a message is missing or damaged");
}

/*
 * The inline baseline: a forked process streams WARM and then COUNT
 * messages of KIND (same sizes as the Mach ones) over a SOCK_SEQPACKET
 * socketpair.  Returns the seconds from the go to the last receive.
 */
static double
oneway_raw(enum msg_kind kind, size_t warm, size_t count)
{
	uint64_t t0, t1;
	int sv[2];
	size_t i;

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
		die_errno("socketpair");
	peer_pid = fork();
	if (peer_pid < 0)
		die_errno("fork");
	if (peer_pid == 0) {
		close(sv[0]);
		raw_sender(sv[1], kind, warm, count);
	}
	close(sv[1]);
	for (i = 0; i < warm; i++)
		raw_receive(sv[0], kind, (int)i);
	t0 = now_ns();
	if (send(sv[0], "g", 1, MSG_NOSIGNAL) != 1)
		die_errno("raw stream go");
	for (; i < warm + count; i++)
		raw_receive(sv[0], kind, (int)i);
	t1 = now_ns();
	close(sv[0]);
	peer_wait();
	return (t1 - t0) / 1e9;
}

/*
 * The out-of-line baseline: WARM and then COUNT copies of a 1 MiB
 * buffer with memcpy, each numbered at both ends and checked as the
 * stream's receiver checks a region.  Returns the seconds of the timed
 * copies.
 */
static double
copy_memcpy(size_t warm, size_t count)
{
	const size_t last = BENCH_OOL_SIZE / sizeof(int) - 1;
	int *src = malloc(BENCH_OOL_SIZE), *dst = malloc(BENCH_OOL_SIZE);
	uint64_t t0 = 0, t1;
	size_t i;

	if (src == NULL || dst == NULL)
		die("out of memory");
	memset(src, 'o', BENCH_OOL_SIZE);
	memset(dst, 0, BENCH_OOL_SIZE);
	for (i = 0; i < warm + count; i++) {
		if (i == warm)
			t0 = now_ns();
		src[0] = src[last] = (int)i;
		memcpy(dst, src, BENCH_OOL_SIZE);
		/* The copy must happen: DST counts as read here. */
		__asm__ volatile("" : : "r"(dst) : "memory");
		if (dst[0] != (int)i || dst[last] != (int)i)
			die("memcpy: wrong copy");
	}
	t1 = now_ns();
	free(src);
	free(dst);
	return (t1 - t0) / 1e9;
}

/* --- Peer tasks ------------------------------------------------------ */

/* What a peer task is to do: a stream of COUNT messages of KIND after
 * WARM warm-up ones (the null RPC server ignores it). */
struct peer_job {
	enum msg_kind kind;
	size_t warm;
	size_t count;
};

/*
 * In a peer task: take the send right that peer_start registered into
 * *DEST, allocate a receive right into *MINE and send the hello, which
 * carries a send right to *MINE.  Dies on failure.
 */
static void
peer_meet(mach_port_t *dest, mach_port_t *mine)
{
	mach_port_t task = mach_task_self();
	mach_port_array_t regs = NULL;
	mach_msg_type_number_t nregs = 0, i;
	mach_msg_header_t hello;
	kern_return_t kr;

	kr = mach_ports_lookup(task, &regs, &nregs);
	if (kr != KERN_SUCCESS)
		die_kr("peer: mach_ports_lookup", kr);
	if (nregs == 0 || !MACH_PORT_VALID(regs[0]))
		die("peer: no registered port");
	*dest = regs[0];
	for (i = 1; i < nregs; i++)
		if (MACH_PORT_VALID(regs[i]))
			(void)mach_port_deallocate(task, regs[i]);
	(void)vm_deallocate(task, (vm_address_t)regs, nregs * sizeof *regs);
	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, mine);
	if (kr != KERN_SUCCESS)
		die_kr("peer: mach_port_allocate", kr);

	memset(&hello, 0, sizeof hello);
	hello.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MAKE_SEND);
	hello.msgh_size = sizeof hello;
	hello.msgh_remote_port = *dest;
	hello.msgh_local_port = *mine;
	hello.msgh_id = BENCH_HELLO_ID;
	kr = mach_msg(&hello, MACH_SEND_MSG, sizeof hello, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("peer: sending the hello", kr);
}

/*
 * Start a peer task: a forked child that runs BODY(JOB) and exits 0.  A
 * new receive right of ours, its queue limit raised to
 * MACH_PORT_QLIMIT_MAX, is registered for the child to inherit (this
 * replaces what the task had registered), and the child's hello (see
 * peer_meet) arrives on it.  Returns the send right the hello brought,
 * with our receive right in *INBOX; the child's pid is in peer_pid.
 * Dies on failure.
 */
static mach_port_t
peer_start(void (*body)(const struct peer_job *), const struct peer_job *job,
    mach_port_t *inbox)
{
	mach_port_t task = mach_task_self(), port;
	union msg_buf m;
	kern_return_t kr;

	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &port);
	if (kr != KERN_SUCCESS)
		die_kr("mach_port_allocate", kr);
	kr = mach_port_set_qlimit(task, port, MACH_PORT_QLIMIT_MAX);
	if (kr != KERN_SUCCESS)
		die_kr("mach_port_set_qlimit", kr);
	/* Register a send right and drop ours: the child inherits it. */
	kr = mach_port_insert_right(task, port, port, MACH_MSG_TYPE_MAKE_SEND);
	if (kr == KERN_SUCCESS)
		kr = mach_ports_register(task, &port, 1);
	if (kr == KERN_SUCCESS)
		kr = mach_port_deallocate(task, port);
	if (kr != KERN_SUCCESS)
		die_kr("registering the rendezvous port", kr);

	peer_pid = fork();
	if (peer_pid < 0)
		die_errno("fork");
	if (peer_pid == 0) {
		body(job);
		_exit(0);
	}
	kr = mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof m,
	    port, RPC_HELLO_TIMEOUT, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("receiving the peer's hello", kr);
	if (m.head.msgh_id != BENCH_HELLO_ID ||
	    m.head.msgh_size != sizeof m.head ||
	    MACH_MSGH_BITS_REMOTE(m.head.msgh_bits) !=
	    MACH_MSG_TYPE_PORT_SEND ||
	    !MACH_PORT_VALID(m.head.msgh_remote_port))
		die("the peer's hello is malformed");
	*inbox = port;
	return m.head.msgh_remote_port;
}

/* --- One-way Mach streams -------------------------------------------- */

/* Wait for the go on GO. */
static void
go_wait(mach_port_t go)
{
	mach_msg_header_t h;
	kern_return_t kr;

	kr = mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h, go,
	    BENCH_RCV_TIMEOUT, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("sender: waiting for the go", kr);
	if (h.msgh_id != BENCH_GO_ID)
		die("sender: not the go");
}

/*
 * The sending task of a stream (a peer_start body): announce a port for
 * the go, send JOB->warm messages, wait for the go, then send
 * JOB->count more as fast as the queue takes them.  For MSG_OOL one
 * region is sent over and over, kept (no deallocate).
 */
static void
oneway_mach_sender(const struct peer_job *job)
{
	mach_port_t task, dest, go;
	vm_address_t region = 0;
	size_t size = msg_size(job->kind), i;
	union msg_buf m;
	kern_return_t kr;

	peer_meet(&dest, &go);
	task = mach_task_self();
	if (job->kind == MSG_OOL) {
		kr = vm_allocate(task, &region, BENCH_OOL_SIZE, TRUE);
		if (kr != KERN_SUCCESS)
			die_kr("sender: vm_allocate", kr);
		memset((void *)region, 'o', BENCH_OOL_SIZE);
	}
	msg_init(job->kind, &m, region);
	for (i = 0; i < job->warm + job->count; i++) {
		if (i == job->warm)
			go_wait(go);
		msg_stamp(job->kind, &m, (int)i);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    (job->kind == MSG_OOL ? MACH_MSGH_BITS_COMPLEX : 0);
		m.head.msgh_size = (mach_msg_size_t)size;
		m.head.msgh_remote_port = dest;
		m.head.msgh_local_port = MACH_PORT_NULL;
		m.head.msgh_id = BENCH_STREAM_ID;
		kr = mach_msg(&m.head, MACH_SEND_MSG, (mach_msg_size_t)size, 0,
		    MACH_PORT_NULL, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
		if (kr != MACH_MSG_SUCCESS)
			die_kr("sender: mach_msg", kr);
	}
}

/* Receive message SEQ of KIND on PORT, check it and free its region. */
static void
oneway_mach_receive(mach_port_t port, enum msg_kind kind, int seq)
{
	union msg_buf m;
	kern_return_t kr;

	kr = mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof m,
	    port, BENCH_RCV_TIMEOUT, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("stream: mach_msg receive", kr);
	if (m.head.msgh_id != BENCH_STREAM_ID ||
	    !msg_check(kind, &m, m.head.msgh_size, seq))
		die("stream: a message is missing or damaged");
	if (kind == MSG_OOL) {
		kr = vm_deallocate(mach_task_self(), m.ool.data,
		    BENCH_OOL_SIZE);
		if (kr != KERN_SUCCESS)
			die_kr("stream: vm_deallocate", kr);
	}
}

/*
 * A Mach stream: a peer task sends WARM and then COUNT messages of KIND
 * to a port of ours.  Returns the seconds from the go to the last
 * receive.
 */
static double
oneway_mach(enum msg_kind kind, size_t warm, size_t count)
{
	struct peer_job job = { kind, warm, count };
	mach_port_t inbox, go;
	mach_msg_header_t h;
	uint64_t t0, t1;
	kern_return_t kr;
	size_t i;

	go = peer_start(oneway_mach_sender, &job, &inbox);
	for (i = 0; i < warm; i++)
		oneway_mach_receive(inbox, kind, (int)i);
	t0 = now_ns();
	memset(&h, 0, sizeof h);
	h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0);
	h.msgh_size = sizeof h;
	h.msgh_remote_port = go;
	h.msgh_id = BENCH_GO_ID;
	kr = mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("stream: sending the go", kr);
	for (; i < warm + count; i++)
		oneway_mach_receive(inbox, kind, (int)i);
	t1 = now_ns();
	peer_wait();
	(void)mach_port_destroy(mach_task_self(), inbox);
	return (t1 - t0) / 1e9;
}

/* --- Null RPC: header-only request and reply ------------------------ */

/*
 * The null RPC server (a peer_start body): answer each request with a
 * header-only reply through its send-once right, sending the reply and
 * receiving the next request in one mach_msg, until BENCH_QUIT_ID.
 */
static void
null_server(const struct peer_job *job)
{
	mach_port_t task, dest, svc;
	mach_msg_header_t m;
	kern_return_t kr;
	int quit;

	(void)job;
	peer_meet(&dest, &svc);
	task = mach_task_self();
	(void)mach_port_deallocate(task, dest);
	kr = mach_msg(&m, MACH_RCV_MSG, 0, sizeof m, svc,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	for (;;) {
		if (kr != MACH_MSG_SUCCESS)
			die_kr("null server: mach_msg", kr);
		if (m.msgh_size != sizeof m || (m.msgh_id != BENCH_NULL_ID &&
		    m.msgh_id != BENCH_QUIT_ID) ||
		    MACH_MSGH_BITS_REMOTE(m.msgh_bits) !=
		    MACH_MSG_TYPE_PORT_SEND_ONCE)
			die("null server: malformed request");
		quit = m.msgh_id == BENCH_QUIT_ID;
		/* The reply right stays in msgh_remote_port. */
		m.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
		m.msgh_local_port = MACH_PORT_NULL;
		m.msgh_id += BENCH_REPLY_DELTA;
		if (quit)
			break;
		kr = mach_msg(&m, MACH_SEND_MSG | MACH_RCV_MSG, sizeof m,
		    sizeof m, svc, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	}
	kr = mach_msg(&m, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("null server: the last reply", kr);
}

/* One null RPC with request id ID to SERVICE, the reply on REPLY. */
static void
null_call(mach_port_t service, mach_port_t reply, mach_msg_id_t id)
{
	mach_msg_header_t m;
	kern_return_t kr;

	memset(&m, 0, sizeof m);
	m.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE);
	m.msgh_size = sizeof m;
	m.msgh_remote_port = service;
	m.msgh_local_port = reply;
	m.msgh_id = id;
	kr = mach_msg(&m, MACH_SEND_MSG | MACH_RCV_MSG, sizeof m, sizeof m,
	    reply, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		die_kr("null RPC", kr);
	if (m.msgh_id != id + BENCH_REPLY_DELTA || m.msgh_size != sizeof m)
		die("null RPC: wrong reply");
}

/* Time ITERS null RPCs to a peer task running null_server. */
static struct bench_stats
bench_null_rpc(uint64_t *samples, size_t iters)
{
	struct peer_job job = { MSG_SMALL, 0, 0 };
	mach_port_t task = mach_task_self(), inbox, service, reply;
	size_t i;

	service = peer_start(null_server, &job, &inbox);
	reply = mach_reply_port();
	if (!MACH_PORT_VALID(reply))
		die("mach_reply_port");
	for (i = 0; i < BENCH_WARMUP + iters; i++) {
		uint64_t t0 = now_ns();
		null_call(service, reply, BENCH_NULL_ID);
		if (i >= BENCH_WARMUP)
			samples[i - BENCH_WARMUP] = now_ns() - t0;
	}
	null_call(service, reply, BENCH_QUIT_ID);
	peer_wait();
	(void)mach_port_deallocate(task, service);
	(void)mach_port_destroy(task, reply);
	(void)mach_port_destroy(task, inbox);
	return stats_compute(samples, iters);
}

/* --- Reporting the streams ------------------------------------------- */

/* The warm-up of a stream of COUNT messages: a tenth of it. */
static size_t
warm_of(size_t count)
{
	return count / 10;
}

/* Print an inline stream's line: COUNT messages in SECS, against the
 * raw stream's COUNT in BASE_SECS. */
static void
rate_print(const char *label, size_t count, double secs, double base_secs)
{
	double rate = count / secs, base = count / base_secs;

	printf("%-32s %8.0f msg/s  raw seqpacket %8.0f msg/s  ratio %.2f\n",
	    label, rate, base, rate / base);
	fflush(stdout);
}

/* Print the out-of-line stream's line: COUNT regions in SECS, against
 * COUNT memcpys in BASE_SECS. */
static void
bytes_print(const char *label, size_t count, double secs, double base_secs)
{
	double mb = count * (double)BENCH_OOL_SIZE / 1e6;

	printf("%-32s %8.0f MB/s (%.0f msg/s)  memcpy %8.0f MB/s  "
	    "ratio %.2f\n", label, mb / secs, count / secs, mb / base_secs,
	    base_secs / secs);
	fflush(stdout);
}

/*
 * Run the latency measurements, printing one line for each, then the
 * one-way streams, whose baselines are measured first (before this
 * process is a Mach task) and printed beside them.
 */
int
main(void)
{
	size_t iters = iters_from_env();
	uint64_t *samples = calloc(iters, sizeof *samples);
	/* Stream counts: 2 x iters small, iters 4 KiB, iters / 20 1 MiB. */
	size_t n_small = 2 * iters, n_page = iters;
	size_t n_ool = iters / 20 > 0 ? iters / 20 : 1;
	double raw_small, raw_page, copy_ool, secs;
	struct bench_stats base, kern, rpc, null;
	mach_port_t task, recv, service;
	kern_return_t kr;
	int rc;

	main_pid = getpid();
	if (samples == NULL)
		die("out of memory");
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("bench_rpc: %zu timed calls each after %d warm-up calls\n",
	    iters, BENCH_WARMUP);
	printf("bench_rpc: one-way streams of %zu small, %zu 4 KiB and "
	    "%zu 1 MiB messages,\n  each after a tenth as many to warm up\n",
	    n_small, n_page, n_ool);

	/* The baselines run before this process is a Mach task. */
	base = bench_baseline(samples, iters);
	stats_print("baseline unix-socket round trip:", base, NULL);
	raw_small = oneway_raw(MSG_SMALL, warm_of(n_small), n_small);
	raw_page = oneway_raw(MSG_PAGE, warm_of(n_page), n_page);
	copy_ool = copy_memcpy(warm_of(n_ool), n_ool);

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
	(void)mach_port_deallocate(task, service);

	null = bench_null_rpc(samples, iters);
	stats_print("null RPC (two tasks):", null, &base);

	secs = oneway_mach(MSG_SMALL, warm_of(n_small), n_small);
	rate_print("one-way small inline:", n_small, secs, raw_small);
	secs = oneway_mach(MSG_PAGE, warm_of(n_page), n_page);
	rate_print("one-way 4 KiB inline:", n_page, secs, raw_page);
	secs = oneway_mach(MSG_OOL, warm_of(n_ool), n_ool);
	bytes_print("one-way 1 MiB out-of-line:", n_ool, secs, copy_ool);

	rc = harness_machd_stop();
	if (rc != 0)
		fprintf(stderr, "bench_rpc: machd exited with status %d\n", rc);
	free(samples);
	return 0;
}
