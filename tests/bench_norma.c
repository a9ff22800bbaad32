/*
 * bench_norma: norma_task_teleport of tasks holding 16, 64 and 256 MiB
 * between two machd on loopback, against a raw TCP transfer of the same
 * bytes between the same two points (this process and a forked one, on
 * 127.0.0.1) measured in the same run.  Eagerly (machd's default: the
 * call returns once every byte is there), then lazily (machd --transfer
 * lazy): the call's time, the time until the child answers a vm_read of
 * its last page (pulled: a remote fault), and the time until every byte
 * is there (task_attach_token waits for that).  Each figure is the
 * median of RUNS runs; the parent's memory is written before the clock
 * starts.  It starts its own machd ($MACHD), two for each strategy.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mach_norma.h>
#include <mach/machemu.h>

#include "harness.h"

#define MIB	(1024 * 1024)
#define RUNS	5
#define CHUNK	(1 * MIB)

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "bench_norma: %s: %s\n", what,
		    mach_error_string(kr));
		harness_cluster_stop();
		exit(1);
	}
}

static void
die(const char *what)
{
	perror(what);
	harness_cluster_stop();
	exit(1);
}

/* A task of node 0 without threads holding BYTES of written memory. */
static mach_port_t
task_with(size_t bytes, const char *chunk)
{
	mach_port_t task;
	vm_address_t base = 0;
	check(task_create(mach_task_self(), FALSE, &task), "task_create");
	check(vm_allocate(task, &base, bytes, TRUE), "vm_allocate");
	for (size_t off = 0; off < bytes; off += CHUNK)
		check(vm_write(task, base + off, (vm_offset_t)chunk, CHUNK),
		    "vm_write");
	return task;
}

/* Seconds to send BYTES over TCP on loopback to a forked reader, until
 * it has read them all and said so. */
static double
tcp_transfer(size_t bytes, const char *chunk)
{
	int lfd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sa = { .sin_family = AF_INET,
	    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof sa;
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0 ||
	    listen(lfd, 1) < 0 ||
	    getsockname(lfd, (struct sockaddr *)&sa, &len) < 0)
		die("listen");
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		int fd = accept(lfd, NULL, NULL);
		char *buf = malloc(CHUNK);
		size_t got = 0;
		ssize_t n;
		while (got < bytes && (n = read(fd, buf, CHUNK)) > 0)
			got += (size_t)n;
		_exit(write(fd, "k", 1) == 1 && got == bytes ? 0 : 1);
	}
	close(lfd);
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
		die("connect");
	double t0 = harness_now();
	for (size_t off = 0; off < bytes; off += CHUNK)
		for (size_t done = 0; done < CHUNK;) {
			ssize_t n = write(fd, chunk + done, CHUNK - done);
			if (n <= 0)
				die("write");
			done += (size_t)n;
		}
	char ack;
	if (read(fd, &ack, 1) != 1)
		die("read");
	double t = harness_now() - t0;
	close(fd);
	int status;
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		die("the TCP reader");
	return t;
}

static void
bench_eager(size_t mib, const char *chunk)
{
	size_t bytes = mib * MIB;
	double tele[RUNS], tcp[RUNS];
	for (int i = 0; i < RUNS; i++) {
		mach_port_t parent = task_with(bytes, chunk), child;
		double t0 = harness_now();
		check(norma_task_teleport(parent, TRUE, 1, &child),
		    "norma_task_teleport");
		tele[i] = harness_now() - t0;
		check(task_terminate(child), "task_terminate");
		mach_port_deallocate(mach_task_self(), child);
		mach_port_deallocate(mach_task_self(), parent);
		tcp[i] = tcp_transfer(bytes, chunk);
	}
	double t = harness_median(tele, RUNS), b = harness_median(tcp, RUNS);
	printf("teleport %3zu MiB, eager:   %8.1f ms  %6.0f MB/s   "
	    "raw TCP %7.1f ms  %6.0f MB/s   ratio %.2f\n", mib, t * 1e3,
	    bytes / 1e6 / t, b * 1e3, bytes / 1e6 / b, t / b);
}

static void
bench_lazy(size_t mib, const char *chunk)
{
	size_t bytes = mib * MIB;
	double call[RUNS], first[RUNS], all[RUNS], tcp[RUNS];
	for (int i = 0; i < RUNS; i++) {
		mach_port_t parent = task_with(bytes, chunk), child;
		vm_address_t last = 0;
		vm_size_t size;
		vm_prot_t prot, max;
		vm_inherit_t inh;
		boolean_t shared;
		mach_port_t object;
		vm_offset_t offset;
		check(vm_region(parent, &last, &size, &prot, &max, &inh,
		    &shared, &object, &offset), "vm_region");
		last += size - vm_page_size;
		double t0 = harness_now();
		check(norma_task_teleport(parent, TRUE, 1, &child),
		    "norma_task_teleport");
		call[i] = harness_now() - t0;
		vm_offset_t data;
		mach_msg_type_number_t n;
		check(vm_read(child, last, vm_page_size, &data, &n), "vm_read");
		first[i] = harness_now() - t0;
		if (memcmp((void *)data, chunk + (last % MIB), vm_page_size)) {
			fprintf(stderr, "bench_norma: the child's last page "
			    "differs\n");
			harness_cluster_stop();
			exit(1);
		}
		vm_deallocate(mach_task_self(), data, n);
		uint64_t token;
		check(task_attach_token(child, &token), "task_attach_token");
		all[i] = harness_now() - t0;
		check(task_terminate(child), "task_terminate");
		mach_port_deallocate(mach_task_self(), child);
		mach_port_deallocate(mach_task_self(), parent);
		tcp[i] = tcp_transfer(bytes, chunk);
	}
	double c = harness_median(call, RUNS), f = harness_median(first, RUNS);
	double a = harness_median(all, RUNS), b = harness_median(tcp, RUNS);
	printf("teleport %3zu MiB, lazy:    call %6.1f ms  first vm_read "
	    "%6.1f ms  all %8.1f ms  %6.0f MB/s   raw TCP %7.1f ms  "
	    "ratio %.2f\n", mib, c * 1e3, f * 1e3, a * 1e3, bytes / 1e6 / a,
	    b * 1e3, a / b);
}

/* One strategy's runs, in a process of its own: a process is a task of
 * one machd for its life, and each strategy has its own cluster. */
static int
bench_strategy(int lazy, const char *chunk)
{
	static const size_t sizes[] = { 16, 64, 256 };
	harness_cluster_start(2, lazy ? (const char *const[]){ "--transfer",
	    "lazy", NULL } : NULL);
	if (mach_task_self() == MACH_PORT_NULL) {
		fprintf(stderr, "bench_norma: machd cannot be reached\n");
		return 1;
	}
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		(lazy ? bench_lazy : bench_eager)(sizes[i], chunk);
	return harness_cluster_stop() == 0 ? 0 : 1;
}

int
main(void)
{
	char *chunk = malloc(CHUNK);
	for (size_t i = 0; i < CHUNK; i++)
		chunk[i] = (char)(i * 7);
	printf("bench_norma: two nodes on loopback, medians of %d runs\n", RUNS);
	fflush(stdout);
	int failed = 0;
	for (int lazy = 0; lazy <= 1; lazy++) {
		pid_t pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			int rc = bench_strategy(lazy, chunk);
			fflush(stdout);
			_exit(rc);
		}
		int status;
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0)
			failed = 1;
	}
	free(chunk);
	return failed;
}
