/*
 * check_machctl: machctl(1) against a real machd.  This test is a task
 * of its own: it makes ports and regions it knows, runs machctl on its
 * own task id and checks that the listings show them, in text and JSON;
 * and that bad input gives a usage message or a clear error with a
 * non-zero exit.
 */
#include <check.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach/machemu.h>
#include <mach/mach_norma.h>

#include "harness.h"

static void
setup(void)
{
	harness_machd_start(NULL);
	ck_assert(MACH_PORT_VALID(mach_task_self()));
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
}

/* Run machctl with ARGS (a shell word list); its output (stdout and
 * stderr) into OUT, its exit status returned. */
static int
machctl(const char *args, char *out, size_t len)
{
	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s %s 2>&1", getenv("MACHCTL"), args);
	FILE *f = popen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(out, 1, len - 1, f);
	out[n] = '\0';
	int status = pclose(f);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static uint64_t
own_task_id(void)
{
	uint64_t id;
	int pid;
	ck_assert_int_eq(task_get_ids(mach_task_self(), &id, &pid),
	    KERN_SUCCESS);
	ck_assert_int_eq(pid, getpid());
	return id;
}

/* Our task is listed, with our pid and our thread. */
START_TEST(machctl_tasks)
{
	char out[8192], want[128];
	uint64_t id = own_task_id();
	ck_assert_int_eq(machctl("tasks", out, sizeof out), 0);
	ck_assert_msg(strstr(out, "TASK") && strstr(out, "PID") &&
	    strstr(out, " NODE ORIGIN\n"), "%s", out);
	snprintf(want, sizeof want, "%8" PRIu64 " %8d       1", id,
	    (int)getpid());
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	ck_assert_int_eq(machctl("--json tasks", out, sizeof out), 0);
	snprintf(want, sizeof want, "{\"task\": %" PRIu64 ", \"pid\": %d, "
	    "\"threads\": 1,", id, (int)getpid());
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	ck_assert_msg(strstr(out, "\"node\": 0, \"origin\": 0}"), "%s", out);
	ck_assert_int_eq(out[0], '[');
}
END_TEST

/* A port we hold as receive + 3 send references, a dead name, and the
 * task and host ports, which are kernel objects. */
START_TEST(machctl_ports)
{
	mach_port_t self = mach_task_self(), port, dead;
	ck_assert_int_eq(mach_port_allocate(self, MACH_PORT_RIGHT_RECEIVE,
	    &port), KERN_SUCCESS);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(mach_port_insert_right(self, port, port,
		    MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
	ck_assert_int_eq(mach_port_allocate(self, MACH_PORT_RIGHT_DEAD_NAME,
	    &dead), KERN_SUCCESS);
	mach_port_t host = mach_host_self();
	char args[64], out[8192], want[128];
	snprintf(args, sizeof args, "ports %" PRIu64, own_task_id());
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "%#10x  %-22s %-18s %6u %6u %6u", port,
	    "receive send", "port", 3, 0, 0);
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	snprintf(want, sizeof want, "%#10x  %-22s %-18s %6u %6u %6u", dead,
	    "dead-name", "-", 0, 0, 1);
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	/* Our task port and the host port are kernel objects. */
	snprintf(want, sizeof want, "%#10x  %-22s %-18s", mach_task_self(),
	    "send", "task");
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	snprintf(want, sizeof want, "%#10x  %-22s %-18s", host, "send",
	    "host");
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	mach_port_deallocate(self, host);
	snprintf(args, sizeof args, "--json ports %" PRIu64, own_task_id());
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "{\"name\": %u, \"rights\": \"receive "
	    "send\", \"object\": \"port\", \"send_urefs\": 3,", port);
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
}
END_TEST

/* Two regions: read-only and shared, read-write and not inherited. */
START_TEST(machctl_vm)
{
	mach_port_t self = mach_task_self();
	vm_address_t a = 0, b = 0;
	vm_size_t page = vm_page_size;
	ck_assert_int_eq(vm_allocate(self, &a, 2 * page, TRUE), KERN_SUCCESS);
	ck_assert_int_eq(vm_protect(self, a, 2 * page, FALSE, VM_PROT_READ),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_inherit(self, a, 2 * page, VM_INHERIT_SHARE),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_allocate(self, &b, page, TRUE), KERN_SUCCESS);
	ck_assert_int_eq(vm_inherit(self, b, page, VM_INHERIT_NONE),
	    KERN_SUCCESS);
	char args[64], out[8192], want[128];
	snprintf(args, sizeof args, "vm %" PRIu64, own_task_id());
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "%#-14lx %#-14lx  r--  rwx share  ",
	    (unsigned long)a, (unsigned long)(a + 2 * page));
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	snprintf(want, sizeof want, "%#-14lx %#-14lx  rw-  rwx none   ",
	    (unsigned long)b, (unsigned long)(b + page));
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	snprintf(args, sizeof args, "--json vm %" PRIu64, own_task_id());
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "{\"start\": %lu, \"end\": %lu, "
	    "\"protection\": \"r--\", \"max_protection\": \"rwx\", "
	    "\"inheritance\": \"share\",", (unsigned long)a,
	    (unsigned long)(a + 2 * page));
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	/* The backing object: one page of B touched is resident; a child
	 * that shares A names the same object. */
	*(volatile char *)b = 1;
	uint64_t obj, off, res, child_obj;
	ck_assert_int_eq(vm_region_backing(self, b, &obj, &off, &res),
	    KERN_SUCCESS);
	ck_assert_uint_eq(res, page);
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "\"object\": %" PRIu64 ", \"offset\": %"
	    PRIu64 ", \"resident_size\": %lu}", obj, off, (unsigned long)page);
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	mach_port_t child;
	ck_assert_int_eq(task_create(self, TRUE, &child), KERN_SUCCESS);
	ck_assert_int_eq(vm_region_backing(self, a, &obj, &off, &res),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_region_backing(child, a, &child_obj, &off, &res),
	    KERN_SUCCESS);
	ck_assert_uint_eq(child_obj, obj);
	ck_assert_int_eq(vm_region_backing(child, b, &child_obj, &off, &res),
	    KERN_INVALID_ADDRESS);
	ck_assert_int_eq(task_terminate(child), KERN_SUCCESS);
}
END_TEST

/* The counters of node_statistics, in the order machctl prints them. */
enum { NSTATS = 13 };
static const char *const stat_names[NSTATS] = { "tasks", "ports",
    "port_sets", "messages_queued", "memory_objects", "messages_sent",
    "proxies", "ports_exported", "messages_forwarded", "messages_delivered",
    "bytes_moved_out", "bytes_moved_in", "remote_faults" };

static void
node_stats(uint64_t v[NSTATS])
{
	mach_port_t host = mach_host_self();
	boolean_t lazy;
	ck_assert_int_eq(node_statistics(host, &v[0], &v[1], &v[2], &v[3],
	    &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &v[10], &v[11], &v[12],
	    &lazy), KERN_SUCCESS);
	ck_assert(!lazy);	/* eager: the default */
	ck_assert_int_eq(mach_port_deallocate(mach_task_self(), host),
	    KERN_SUCCESS);
}

/* Node statistics follow what happens, and machctl stats shows them.
 * The exact checks come first, while this test's machd serves no other
 * task (a machctl that exited may linger there a moment). */
START_TEST(machctl_stats)
{
	mach_port_t self = mach_task_self(), port, set;
	uint64_t before[NSTATS], after[NSTATS];
	node_stats(before);
	ck_assert_uint_eq(before[0], 1);	/* only us */
	ck_assert_int_eq(mach_port_allocate(self, MACH_PORT_RIGHT_RECEIVE,
	    &port), KERN_SUCCESS);
	ck_assert_int_eq(mach_port_allocate(self, MACH_PORT_RIGHT_PORT_SET,
	    &set), KERN_SUCCESS);
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0),
		.msgh_size = sizeof h, .msgh_remote_port = port,
	};
	ck_assert_int_eq(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL), MACH_MSG_SUCCESS);
	node_stats(after);
	ck_assert_uint_eq(after[0], 1);
	ck_assert_uint_eq(after[1], before[1] + 1);	/* ports */
	ck_assert_uint_eq(after[2], before[2] + 1);	/* port sets */
	ck_assert_uint_eq(after[3], before[3] + 1);	/* queued */
	/* Kernel calls are messages too, request and reply: the reply to
	 * the first node_statistics (its request counted itself), two of
	 * mach_port_deallocate, four of the mach_port_allocate calls, our
	 * message, and the second node_statistics request. */
	ck_assert_uint_eq(after[5], before[5] + 1 + 2 + 4 + 1 + 1);

	char out[4096], want[64];
	ck_assert_int_eq(machctl("stats", out, sizeof out), 0);
	for (size_t i = 0; i < NSTATS; i++) {
		snprintf(want, sizeof want, "\n%-19s ", stat_names[i]);
		ck_assert_msg(strstr(out, want + (i == 0)), "no %s in:\n%s",
		    stat_names[i], out);
	}
	ck_assert_msg(strstr(out, "tasks               2\n"), "%s", out);
	/* A node alone forwards nothing. */
	ck_assert_msg(strstr(out, "proxies             0\n"), "%s", out);
	ck_assert_int_eq(machctl("--json stats", out, sizeof out), 0);
	ck_assert_msg(strstr(out, "{\"tasks\": ") == out &&
	    strstr(out, ", \"messages_sent\": ") &&
	    strstr(out, ", \"remote_faults\": 0, \"transfer\": \"eager\"}"),
	    "%s", out);
}
END_TEST

static void
cluster_setup(void)
{
	harness_cluster_start(3, NULL);
	ck_assert(MACH_PORT_VALID(mach_task_self()));
}

static void
cluster_teardown(void)
{
	ck_assert_int_eq(harness_cluster_stop(), 0);
}

/* machctl nodes: this node, a node that answers and one that died; the
 * statistics count what a teleport moved and the messages forwarded. */
START_TEST(machctl_nodes_and_moves)
{
	char out[4096];
	ck_assert_int_eq(harness_node_stop(2, SIGKILL), -1);
	ck_assert_int_eq(machctl("nodes", out, sizeof out), 0);
	ck_assert_msg(strstr(out, "NODE  STATE       PING\n") == out &&
	    strstr(out, "\n   0  self           -\n") &&
	    strstr(out, "\n   1  up    ") && strstr(out, " ms\n") &&
	    strstr(out, "\n   2  down           -\n"), "%s", out);
	ck_assert_int_eq(machctl("--json nodes", out, sizeof out), 0);
	ck_assert_msg(strstr(out, "{\"node\": 0, \"state\": \"self\", "
	    "\"ping_us\": 0}") && strstr(out, "{\"node\": 1, \"state\": "
	    "\"up\", ") && strstr(out, "{\"node\": 2, \"state\": \"down\", "
	    "\"ping_us\": 0}"), "%s", out);

	mach_port_t parent, child;
	vm_address_t a = 0;
	ck_assert_int_eq(task_create(mach_task_self(), FALSE, &parent),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_allocate(parent, &a, 16 * vm_page_size, TRUE),
	    KERN_SUCCESS);
	ck_assert_int_eq(norma_task_teleport(parent, TRUE, 1, &child),
	    KERN_SUCCESS);
	struct task_basic_info info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	ck_assert_int_eq(task_info(child, TASK_BASIC_INFO, (task_info_t)&info,
	    &count), KERN_SUCCESS);
	uint64_t v[NSTATS];
	node_stats(v);
	ck_assert_uint_eq(v[10], 16 * vm_page_size);	/* bytes out */
	ck_assert_uint_eq(v[11], 0);
	ck_assert_uint_ge(v[6], 1);	/* our proxy for the child */
	ck_assert_uint_ge(v[8], 1);	/* task_info's request */
	ck_assert_uint_ge(v[9], 1);	/* and its reply */
	setenv("MACHEMU_SOCKET", harness_node_socket(1), 1);
	int rc = machctl("stats", out, sizeof out);
	setenv("MACHEMU_SOCKET", harness_node_socket(0), 1);
	ck_assert_int_eq(rc, 0);
	char want[64];
	snprintf(want, sizeof want, "bytes_moved_in      %lu\n",
	    (unsigned long)(16 * vm_page_size));
	ck_assert_msg(strstr(out, want), "%s", out);
	/* Our name for the child is a proxy for a port of node 1. */
	snprintf(want, sizeof want, "ports %" PRIu64, own_task_id());
	ck_assert_int_eq(machctl(want, out, sizeof out), 0);
	char name[16];
	snprintf(name, sizeof name, "%#x", child);
	ck_assert_msg(strstr(out, "proxy:node-1") && strstr(out, name),
	    "%s", out);
	ck_assert_int_eq(task_terminate(child), KERN_SUCCESS);
}
END_TEST

/* machctl create, clone and teleport TASK NODE: the NORMA call, and a
 * summary of what moved; bad nodes are refused. */
START_TEST(machctl_moves_tasks)
{
	mach_port_t task;
	vm_address_t a = 0;
	uint64_t id;
	int pid;
	ck_assert_int_eq(task_create(mach_task_self(), FALSE, &task),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_allocate(task, &a, 4 * vm_page_size, TRUE),
	    KERN_SUCCESS);
	ck_assert_int_eq(vm_inherit(task, a, vm_page_size, VM_INHERIT_NONE),
	    KERN_SUCCESS);
	ck_assert_int_eq(task_get_ids(task, &id, &pid), KERN_SUCCESS);
	char out[4096], args[64], want[128];
	snprintf(args, sizeof args, "create %" PRIu64 " 1", id);
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, " on node 1, %lu bytes in ",
	    (unsigned long)(3 * vm_page_size));
	ck_assert_msg(strstr(out, "norma_task_create: task ") == out &&
	    strstr(out, want) && strstr(out, " MB/s), eager\n"), "%s", out);
	snprintf(args, sizeof args, "--json clone %" PRIu64 " 1", id);
	ck_assert_int_eq(machctl(args, out, sizeof out), 0);
	snprintf(want, sizeof want, "\"node\": 1, \"child\": ");
	ck_assert_msg(strstr(out, "{\"call\": \"norma_task_clone\", ") ==
	    out && strstr(out, want) && strstr(out, "\"strategy\": "
	    "\"eager\"}"), "%s", out);
	snprintf(args, sizeof args, "teleport %" PRIu64 " 7", id);
	ck_assert_int_eq(machctl(args, out, sizeof out), 1);
	ck_assert_msg(strstr(out, "machctl: norma_task_teleport to node 7: "
	    "(os/kern) invalid argument"), "%s", out);
	snprintf(args, sizeof args, "teleport %" PRIu64 " x", id);
	ck_assert_int_eq(machctl(args, out, sizeof out), 2);
	/* On a terminal (script(1) gives one), a progress bar first. */
	char cmd[512];
	snprintf(cmd, sizeof cmd, "script -qec '%s teleport %" PRIu64 " 1' "
	    "/dev/null 2>&1", getenv("MACHCTL"), id);
	FILE *f = popen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(out, 1, sizeof out - 1, f);
	out[n] = '\0';
	ck_assert_int_eq(pclose(f), 0);
	ck_assert_msg(strstr(out, "\r[########################################"
	    "] 100% ") && strstr(out, "norma_task_teleport: task "), "%s", out);
	/* On node 1, the children made from node 0 say where they came from. */
	setenv("MACHEMU_SOCKET", harness_node_socket(1), 1);
	int rc = machctl("--json tasks", out, sizeof out);
	setenv("MACHEMU_SOCKET", harness_node_socket(0), 1);
	ck_assert_int_eq(rc, 0);
	ck_assert_msg(strstr(out, "\"node\": 1, \"origin\": 0}"), "%s", out);
	mach_port_type_t type;
	ck_assert_int_eq(mach_port_type(mach_task_self(), task, &type),
	    KERN_SUCCESS);
	ck_assert(type & MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* Bad input: usage and 2 for a bad command line, 1 for no such task. */
START_TEST(machctl_bad_input)
{
	char out[4096];
	static const char *const usage_cases[] = {
		"", "--json", "frobnicate", "tasks extra", "ports", "vm",
		"--yaml tasks", "ports 12x", "vm -1x", "stats 1", "nodes 0", "teleport 1", "clone",
	};
	for (size_t i = 0; i < sizeof usage_cases / sizeof *usage_cases; i++) {
		ck_assert_msg(machctl(usage_cases[i], out, sizeof out) == 2,
		    "\"%s\" gave:\n%s", usage_cases[i], out);
		ck_assert_msg(strstr(out, "usage: machctl") ||
		    strstr(out, "bad task id"), "\"%s\" gave:\n%s",
		    usage_cases[i], out);
	}
	ck_assert_int_eq(machctl("ports 999999", out, sizeof out), 1);
	ck_assert_msg(strstr(out, "machctl: no task 999999"), "%s", out);
	ck_assert_int_eq(machctl("vm 999999", out, sizeof out), 1);
}
END_TEST

/* No machd: a clear error, exit 1. */
START_TEST(machctl_no_machd)
{
	char out[4096], args[128];
	snprintf(args, sizeof args, "tasks");
	setenv("MACHEMU_SOCKET", "/nonexistent/machd.sock", 1);
	int rc = machctl(args, out, sizeof out);
	setenv("MACHEMU_SOCKET", harness_socket(), 1);
	ck_assert_int_eq(rc, 1);
	ck_assert_msg(strstr(out, "machctl: cannot reach machd"), "%s", out);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("machctl");
	TCase *tc = tcase_create("machctl");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, machctl_tasks);
	tcase_add_test(tc, machctl_ports);
	tcase_add_test(tc, machctl_vm);
	tcase_add_test(tc, machctl_stats);
	tcase_add_test(tc, machctl_bad_input);
	tcase_add_test(tc, machctl_no_machd);
	suite_add_tcase(s, tc);
	TCase *cluster = tcase_create("cluster");
	tcase_add_checked_fixture(cluster, cluster_setup, cluster_teardown);
	tcase_set_timeout(cluster, 30);
	tcase_add_test(cluster, machctl_nodes_and_moves);
	tcase_add_test(cluster, machctl_moves_tasks);
	suite_add_tcase(s, cluster);
	return harness_run_suite(s);
}
