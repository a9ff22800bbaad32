/*
 * harness: what the integration tests share: a real machd on a fresh
 * socket in a private directory, started before a test and stopped after
 * it, and a check that a test leaves no file descriptor open.
 */
#ifndef MACHEMU_TEST_HARNESS_H
#define MACHEMU_TEST_HARNESS_H

#include <check.h>
#include <stdlib.h>
#include <sys/types.h>

/* Start machd (the binary named by $MACHD) on a new socket and point
 * MACHEMU_SOCKET at it.  Extra ARGS (NULL-terminated) go to machd. */
void harness_machd_start(const char *const *args);

/* Stop machd with SIGTERM; returns its exit status (-1 if it died of a
 * signal), after checking that it removed its socket. */
int harness_machd_stop(void);

pid_t harness_machd_pid(void);
const char *harness_socket(void);

/*
 * A cluster of COUNT machd (at most HARNESS_NODES_MAX) on loopback, nodes
 * 0 to COUNT - 1 of a node table of free ports, each with ARGS too;
 * MACHEMU_SOCKET points at node 0.  harness_node_stop stops one node with
 * signal SIG (SIGKILL: it dies at once) and returns its exit status;
 * harness_cluster_stop stops the rest with SIGTERM and returns 0 if each
 * exited 0.
 */
#define HARNESS_NODES_MAX	4
/*
 * A TCP port on 127.0.0.1 that was free a moment ago.  Not from bind to
 * port 0: that range is where connecting sockets get their local ports,
 * so a port taken from it can be gone when machd binds it.  A run takes
 * ports from 20000-31999, from a point that its pid picks.
 */
unsigned harness_free_port(void);
void harness_cluster_start(int count, const char *const *args);
const char *harness_node_socket(int node);
pid_t harness_node_pid(int node);
int harness_node_stop(int node, int sig);
int harness_cluster_stop(void);

/* The number of open file descriptors of this process. */
int harness_open_fds(void);

/*
 * Run $MACHD with ARGV (ARGV[0] included) to its end, 10 seconds at
 * most; returns its exit status (-1 if it was killed or had to be) with
 * what it printed in OUT (OUTLEN bytes, NUL-terminated).
 */
int harness_run_machd(const char *const *argv, char *out, size_t outlen);

/*
 * Run tests/task_walker as the task checked in as NAME (machrun --task,
 * on the machd at SOCKET, or MACHEMU_SOCKET's when NULL): it walks the
 * linked list at LIST and stores the sum of its values at RESULT, both
 * addresses in that task.  Returns machrun's exit status, -1 if it did
 * not exit.
 */
int harness_walk_list(const char *socket, const char *name, const void *list,
    const void *result);

/* Path of a program built beside the tests (e.g. "test_rpc_server"). */
const char *harness_program(const char *name);

/* For the benchmarks: the monotonic clock in seconds, and the median
 * of the N values of V (sorted in place). */
double harness_now(void);
double harness_median(double *v, size_t n);

/* Run every test of SUITE; the exit status for main.  Inline, so that
 * the benchmarks, which share the harness but not Check, link without
 * it. */
static inline int
harness_run_suite(Suite *suite)
{
	SRunner *sr = srunner_create(suite);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
