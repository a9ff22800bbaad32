/*
 * check_norma: a machd that is a node of a cluster (--node, --nodes):
 * norma_node_self, norma_get_special_port and norma_set_special_port on
 * the node itself, norma_port_location_hint, and machd's refusal of a bad
 * node table.  Man pages: norma_node_self, norma_get_special_port,
 * norma_set_special_port, norma_port_location_hint (osfmk-man).
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

/* A TCP port on loopback that nothing listens on now. */
static unsigned
free_port(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
	    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof sa;
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
	close(fd);
	return ntohs(sa.sin_port);
}

static void
setup(void)
{
	/* Node 2 is served (its link binds); 0 and 5 are only named. */
	char text[256];
	snprintf(text, sizeof text, "0 127.0.0.1:%u\n2 127.0.0.1:%u\n"
	    "5 127.0.0.1:%u\n", free_port(), free_port(), free_port());
	write_table(text);
	const char *args[] = { "--node", "2", "--nodes", table_path, NULL };
	harness_machd_start(args);
	(void)mach_task_self();
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
	unlink(table_path);
}

/* norma_node_self names the node; the location of a local port is it. */
START_TEST(norma_node_self_and_location_hint)
{
	int node = -1;
	KR(norma_node_self(mach_host_self(), &node));
	ck_assert_int_eq(node, 2);
	ck_assert_int_eq(norma_node_self(mach_task_self(), &node),
	    KERN_INVALID_HOST);
	mach_port_t p;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	node = -1;
	KR(norma_port_location_hint(mach_task_self(), p, &node));
	ck_assert_int_eq(node, 2);
}
END_TEST

/* The special ports of this node: host, host_priv, the name server (by
 * default the node's), none for the device; ids a program may set. */
START_TEST(norma_special_ports_local)
{
	mach_port_t priv = mach_host_priv_self(), port;
	ck_assert(MACH_PORT_VALID(priv));
	KR(norma_get_host_port(priv, 2, &port));
	int node;
	KR(norma_node_self(port, &node));	/* it is a host port */
	KR(norma_get_nameserver_port(priv, 2, &port));
	ck_assert_uint_eq(port, name_server_port);
	KR(norma_get_device_port(priv, 2, &port));
	ck_assert_uint_eq(port, MACH_PORT_NULL);
	/* The host port is not privileged enough; unknown nodes and ids. */
	ck_assert_int_eq(norma_get_special_port(mach_host_self(), 2,
	    NORMA_HOST_PORT, &port), KERN_INVALID_HOST);
	ck_assert_int_eq(norma_get_special_port(priv, 3, NORMA_HOST_PORT, &port),
	    KERN_INVALID_ARGUMENT);
	ck_assert_int_eq(norma_get_special_port(priv, 2, MAX_SPECIAL_ID + 1,
	    &port), KERN_INVALID_ARGUMENT);
	/* A program's own special port. */
	mach_port_t mine;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &mine));
	KR(mach_port_insert_right(mach_task_self(), mine, mine,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(norma_set_special_port(priv, 9, mine));
	KR(norma_get_special_port(priv, 2, 9, &port));
	ck_assert_uint_eq(port, mine);
	ck_assert_int_eq(norma_set_special_port(priv, NORMA_HOST_PORT, mine),
	    KERN_INVALID_ARGUMENT);
	KR(norma_set_special_port(priv, 9, MACH_PORT_NULL));
	KR(norma_get_special_port(priv, 2, 9, &port));
	ck_assert_uint_eq(port, MACH_PORT_NULL);
}
END_TEST

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
}
END_TEST

static Suite *
norma_suite(void)
{
	Suite *s = suite_create("norma");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, norma_node_self_and_location_hint);
	tcase_add_test(tc, norma_special_ports_local);
	tcase_add_test(tc, norma_machd_bad_tables);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(norma_suite());
}
