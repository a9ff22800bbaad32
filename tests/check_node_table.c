/*
 * check_node_table: the node table file of a NORMA cluster (machd
 * --nodes): good tables, and every kind of bad one refused with its line
 * and problem.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "node_table.h"

static char path[64];
static char err[512];
static struct node_table table;

/* Write TEXT to a new temporary file; its name is in PATH. */
static void
write_table(const char *text)
{
	snprintf(path, sizeof path, "/tmp/machemu-nodes-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static void
teardown(void)
{
	node_table_free(&table);
	unlink(path);
}

/* Load TEXT for node SELF; on failure ERR ends with WANT after the path. */
static bool
load(const char *text, int self)
{
	write_table(text);
	err[0] = '\0';
	return node_table_load(path, self, &table, err, sizeof err);
}

static void
assert_error(const char *text, int self, const char *want)
{
	ck_assert(!load(text, self));
	ck_assert_uint_eq(table.count, 0);
	char full[600];
	snprintf(full, sizeof full, "%s%s", path, want);
	ck_assert_str_eq(err, full);
}

START_TEST(node_table_load_good)
{
	ck_assert_msg(load("# the cluster\n"
	    "0 127.0.0.1:7100\n"
	    "\n"
	    "  1\tlocalhost:7101   # node one\n"
	    "7 [::1]:65535\n", 1), "%s", err);
	ck_assert_uint_eq(table.count, 3);
	const struct node_entry *e = node_table_find(&table, 1);
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->host, "localhost");
	ck_assert_uint_eq(e->port, 7101);
	ck_assert_uint_eq(e->line, 4);
	e = node_table_find(&table, 7);
	ck_assert_str_eq(e->host, "[::1]");
	ck_assert_uint_eq(e->port, 65535);
	ck_assert_ptr_null(node_table_find(&table, 2));
}
END_TEST

START_TEST(node_table_load_duplicate_index)
{
	assert_error("0 127.0.0.1:7100\n1 127.0.0.1:7101\n1 127.0.0.1:7102\n",
	    0, ":3: node 1 is defined twice (first on line 2)");
}
END_TEST

START_TEST(node_table_load_bad_address)
{
	assert_error("0 127.0.0.1\n", 0, ":1: no ':PORT'");
	teardown();
	assert_error("0 127.0.0.1:0\n", 0, ":1: port must be 1 to 65535");
	teardown();
	assert_error("0 127.0.0.1:70000\n", 0, ":1: port must be 1 to 65535");
	teardown();
	assert_error("0 :7100\n", 0, ":1: no host");
	teardown();
	assert_error("0 ::1:7100\n", 0,
	    ":1: an IPv6 address must be in brackets");
	teardown();
	assert_error("0 host/x:7100\n", 0, ":1: bad character in host");
}
END_TEST

START_TEST(node_table_load_bad_lines)
{
	assert_error("# ok\nzero 127.0.0.1:7100\n", 0,
	    ":2: the index must be a number from 0 to 1023");
	teardown();
	assert_error("-1 127.0.0.1:7100\n", 0,
	    ":1: the index must be a number from 0 to 1023");
	teardown();
	assert_error("0\n", 0, ":1: expected INDEX HOST:PORT");
	teardown();
	assert_error("0 127.0.0.1:7100 extra\n", 0,
	    ":1: unexpected text after HOST:PORT");
}
END_TEST

START_TEST(node_table_load_self_missing)
{
	assert_error("0 127.0.0.1:7100\n", 5,
	    ": this node (5) is not in the table");
	teardown();
	assert_error("", 0, ": this node (0) is not in the table");
}
END_TEST

START_TEST(node_table_load_no_file)
{
	ck_assert(!node_table_load("/nonexistent/nodes", 0, &table, err,
	    sizeof err));
	ck_assert_str_eq(err, "/nonexistent/nodes: No such file or directory");
}
END_TEST

static Suite *
node_table_suite(void)
{
	Suite *s = suite_create("node_table");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, node_table_load_good);
	tcase_add_test(tc, node_table_load_duplicate_index);
	tcase_add_test(tc, node_table_load_bad_address);
	tcase_add_test(tc, node_table_load_bad_lines);
	tcase_add_test(tc, node_table_load_self_missing);
	tcase_add_test(tc, node_table_load_no_file);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(node_table_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
