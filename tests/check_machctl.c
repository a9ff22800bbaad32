/*
 * check_machctl: machctl(1) against a real machd.  This test is a task
 * of its own: it makes ports and regions it knows, runs machctl on its
 * own task id and checks that the listings show them, in text and JSON;
 * and that bad input gives a usage message or a clear error with a
 * non-zero exit.
 */
#include <check.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach/machemu.h>

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
	ck_assert_msg(strstr(out, "TASK") && strstr(out, "PID"), "%s", out);
	snprintf(want, sizeof want, "%8" PRIu64 " %8d       1", id,
	    (int)getpid());
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
	ck_assert_int_eq(machctl("--json tasks", out, sizeof out), 0);
	snprintf(want, sizeof want, "{\"task\": %" PRIu64 ", \"pid\": %d, "
	    "\"threads\": 1,", id, (int)getpid());
	ck_assert_msg(strstr(out, want), "no \"%s\" in:\n%s", want, out);
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
}
END_TEST

/* The counters of node_statistics, in the order machctl prints them. */
static void
node_stats(uint64_t v[6])
{
	mach_port_t host = mach_host_self();
	ck_assert_int_eq(node_statistics(host, &v[0], &v[1], &v[2], &v[3],
	    &v[4], &v[5]), KERN_SUCCESS);
	ck_assert_int_eq(mach_port_deallocate(mach_task_self(), host),
	    KERN_SUCCESS);
}

/* Node statistics follow what happens, and machctl stats shows them.
 * The exact checks come first, while this test's machd serves no other
 * task (a machctl that exited may linger there a moment). */
START_TEST(machctl_stats)
{
	mach_port_t self = mach_task_self(), port, set;
	uint64_t before[6], after[6];
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
	static const char *const names[] = { "tasks", "ports", "port_sets",
	    "messages_queued", "memory_objects", "messages_sent" };
	for (size_t i = 0; i < 6; i++) {
		snprintf(want, sizeof want, "\n%-16s ", names[i]);
		ck_assert_msg(strstr(out, want + (i == 0)), "no %s in:\n%s",
		    names[i], out);
	}
	ck_assert_msg(strstr(out, "tasks            2\n"), "%s", out);
	ck_assert_int_eq(machctl("--json stats", out, sizeof out), 0);
	ck_assert_msg(strstr(out, "{\"tasks\": ") == out &&
	    strstr(out, ", \"messages_sent\": "), "%s", out);
}
END_TEST

/* Bad input: usage and 2 for a bad command line, 1 for no such task. */
START_TEST(machctl_bad_input)
{
	char out[4096];
	static const char *const usage_cases[] = {
		"", "--json", "frobnicate", "tasks extra", "ports", "vm",
		"--yaml tasks", "ports 12x", "vm -1x", "stats 1",
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
	return harness_run_suite(s);
}
