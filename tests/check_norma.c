/*
 * check_norma: machd's refusal of a bad node table, a bad --node or a
 * bad --transfer, with the line and the problem.  The NORMA calls are checked against their
 * man pages in tests/conformance/norma_*.c, the ports across nodes in
 * check_cluster.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>

#include "harness.h"

#define KR(call) ck_assert_msg((call) == KERN_SUCCESS, "%s: %s", #call, \
	mach_error_string(call))

static char table_path[64];

/* Write the node table TEXT to a new file, named in TABLE_PATH. */
static void
write_table(const char *text)
{
	snprintf(table_path, sizeof table_path, "/tmp/machemu-nodes-XXXXXX");
	int fd = mkstemp(table_path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static void
setup(void)
{
	/* Node 2 of three; nothing serves them. */
	char text[256];
	snprintf(text, sizeof text, "0 127.0.0.1:%u\n2 127.0.0.1:%u\n"
	    "5 127.0.0.1:%u\n", harness_free_port(), harness_free_port(),
	    harness_free_port());
	write_table(text);
}

static void
teardown(void)
{
	unlink(table_path);
}

/* A bad table is refused with its line and problem; --node needs
 * --nodes. */
START_TEST(norma_machd_bad_tables)
{
	char out[1024], bad[64];
	snprintf(bad, sizeof bad, "/tmp/machemu-bad-XXXXXX");
	int fd = mkstemp(bad);
	const char *text = "0 127.0.0.1:7100\n0 127.0.0.1:7101\n";
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	const char *dup[] = { getenv("MACHD"), "--socket", "/tmp/unused.sock",
	    "--node", "0", "--nodes", bad, NULL };
	ck_assert_int_eq(harness_run_machd(dup, out, sizeof out), 1);
	ck_assert_ptr_nonnull(strstr(out, ":2: node 0 is defined twice"));
	unlink(bad);
	const char *missing[] = { getenv("MACHD"), "--socket", "/tmp/unused.sock",
	    "--node", "4", "--nodes", table_path, NULL };
	ck_assert_int_eq(harness_run_machd(missing, out, sizeof out), 1);
	ck_assert_ptr_nonnull(strstr(out, ": this node (4) is not in the table"));
	const char *alone[] = { getenv("MACHD"), "--node", "1", NULL };
	ck_assert_int_eq(harness_run_machd(alone, out, sizeof out), 2);
	ck_assert_ptr_nonnull(strstr(out, "--node and --nodes go together"));
	const char *badnode[] = { getenv("MACHD"), "--node", "x", "--nodes",
	    table_path, NULL };
	ck_assert_int_eq(harness_run_machd(badnode, out, sizeof out), 2);
	ck_assert_ptr_nonnull(strstr(out, "bad node index"));
	const char *transfer[] = { getenv("MACHD"), "--node", "2", "--nodes",
	    table_path, "--transfer", "fast", NULL };
	ck_assert_int_eq(harness_run_machd(transfer, out, sizeof out), 2);
	ck_assert_ptr_nonnull(strstr(out, "--transfer is eager or lazy, not "
	    "'fast'"));
	const char *alone_lazy[] = { getenv("MACHD"), "--transfer", "lazy",
	    NULL };
	ck_assert_int_eq(harness_run_machd(alone_lazy, out, sizeof out), 2);
	ck_assert_ptr_nonnull(strstr(out, "--transfer goes with --node"));
}
END_TEST

static Suite *
norma_suite(void)
{
	Suite *s = suite_create("norma");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, norma_machd_bad_tables);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(norma_suite());
}
