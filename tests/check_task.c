/*
 * check_task: tasks and their memory between real processes.
 * task_create's inheritance (share, copy, none) seen through pointers and
 * through vm_read/vm_write; a program started with machrun on a task made
 * by task_create walks a linked list at the addresses the parent built it
 * at; task_terminate ends a task's process; task_suspend stops it; and a
 * store into memory made read-only with vm_protect faults.  Man pages:
 * task_create, task_terminate, task_suspend, task_resume, vm_inherit,
 * vm_protect, vm_read, vm_write (osfmk-man).
 */
#include <check.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <servers/netname.h>

#include "harness.h"

#define KR(call) ck_assert_msg((call) == KERN_SUCCESS, "%s: %s", #call, \
	mach_error_string(call))

static void
setup(void)
{
	alarm(60);
	harness_machd_start(NULL);
	(void)mach_task_self();
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
	alarm(0);
}

/* A page of this task with inheritance HOW, filled with TEXT. */
static char *
page_with(vm_inherit_t how, const char *text)
{
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	KR(vm_inherit(mach_task_self(), a, vm_page_size, how));
	strcpy((char *)a, text);
	return (char *)a;
}

/* What TASK holds at ADDR, as a string. */
static void
read_string(mach_port_t task, const void *addr, char *out, size_t len)
{
	vm_offset_t data;
	mach_msg_type_number_t n;
	KR(vm_read(task, (vm_address_t)addr, len, &data, &n));
	memcpy(out, (void *)data, len);
	out[len - 1] = '\0';
	KR(vm_deallocate(mach_task_self(), data, n));
}

/* task_create with inherit_memory: a shared page stays shared both ways,
 * a copied page is a copy, and a page with VM_INHERIT_NONE is a hole. */
START_TEST(task_create_inheritance)
{
	char *sh = page_with(VM_INHERIT_SHARE, "shared");
	char *cp = page_with(VM_INHERIT_COPY, "copied");
	char *no = page_with(VM_INHERIT_NONE, "none");
	mach_port_t child;
	KR(task_create(mach_task_self(), TRUE, &child));
	strcpy(sh, "parent wrote");
	strcpy(cp, "parent wrote");
	char buf[32];
	read_string(child, sh, buf, sizeof buf);
	ck_assert_str_eq(buf, "parent wrote");
	read_string(child, cp, buf, sizeof buf);
	ck_assert_str_eq(buf, "copied");
	vm_offset_t data;
	mach_msg_type_number_t n;
	ck_assert_int_eq(vm_read(child, (vm_address_t)no, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	static char child_wrote[] = "child wrote";
	KR(vm_write(child, (vm_address_t)sh, (vm_offset_t)child_wrote,
	    sizeof child_wrote));
	ck_assert_str_eq(sh, "child wrote");
	KR(vm_write(child, (vm_address_t)cp, (vm_offset_t)child_wrote,
	    sizeof child_wrote));
	ck_assert_str_eq(cp, "parent wrote");
	/* Without inherit_memory the child's address space is empty. */
	mach_port_t empty;
	KR(task_create(mach_task_self(), FALSE, &empty));
	vm_address_t addr = 0;
	vm_size_t size;
	vm_prot_t prot, max;
	vm_inherit_t inh;
	boolean_t shared;
	mach_port_t object;
	vm_offset_t offset;
	ck_assert_int_eq(vm_region(empty, &addr, &size, &prot, &max, &inh,
	    &shared, &object, &offset), KERN_INVALID_ADDRESS);
	/* The shared page says so in vm_region. */
	addr = (vm_address_t)sh;
	KR(vm_region(child, &addr, &size, &prot, &max, &inh, &shared, &object,
	    &offset));
	ck_assert_uint_eq(addr, (vm_address_t)sh);
	ck_assert_int_eq(inh, VM_INHERIT_SHARE);
	ck_assert(shared);
	KR(task_terminate(child));
	KR(task_terminate(empty));
	ck_assert_int_eq(vm_read(child, (vm_address_t)sh, 8, &data, &n),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

struct node {
	struct node *next;
	int value;
};

/* machrun --task: a program becomes the process of a task made by
 * task_create and walks a list the parent built with pointers. */
START_TEST(task_machrun_walks_inherited_list)
{
	char *page = page_with(VM_INHERIT_SHARE, "");
	struct node *list = (struct node *)page;
	for (int i = 0; i < 10; i++) {
		list[i].value = i + 1;
		list[i].next = i < 9 ? &list[i + 1] : NULL;
	}
	int *result = (int *)(page + 512);
	mach_port_t child;
	KR(task_create(mach_task_self(), TRUE, &child));
	KR(netname_check_in(name_server_port, "check-task-walker",
	    mach_task_self(), child));
	int status = harness_walk_list(NULL, "check-task-walker", list, result);
	ck_assert_msg(status == 0, "machrun: status %d", status);
	ck_assert_int_eq(*result, 55);
	/* The walker's exit ended the task. */
	mach_port_type_t t;
	KR(mach_port_type(mach_task_self(), child, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* machrun refuses a task that has a process, and bad command lines. */
START_TEST(task_machrun_errors)
{
	KR(netname_check_in(name_server_port, "check-task-self",
	    mach_task_self(), mach_task_self()));
	const char *cases[][4] = {
		{ "--task", "check-task-self", "true", NULL },	/* has a process */
		{ "--task", "no-such-task", "true", NULL },
		{ "--registered", "9", "true", NULL },
		{ "--bogus", NULL, NULL, NULL },
	};
	int want[] = { 1, 1, 2, 2 };
	for (int i = 0; i < 4; i++) {
		pid_t pid = fork();
		if (pid == 0) {
			int null = open("/dev/null", 1);
			dup2(null, 2);
			execl(getenv("MACHRUN"), "machrun", cases[i][0], cases[i][1],
			    cases[i][2], cases[i][3], (char *)NULL);
			_exit(127);
		}
		int status;
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == want[i],
		    "case %d: status 0x%x", i, status);
	}
}
END_TEST

/* A forked task that sends us its task port, then runs THEN (and exits
 * with its status) or, with THEN NULL, waits to be killed. */
static pid_t
spawn_task(mach_port_t *taskp, int (*then)(void))
{
	mach_port_t hub;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &hub));
	KR(mach_port_insert_right(mach_task_self(), hub, hub,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_ports_register(mach_task_self(), &hub, 1));
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
#pragma pack(push, 4)
	struct {
		mach_msg_header_t head;
		mach_msg_type_t type;
		mach_port_t task;
		char pad[64];
	} m;
#pragma pack(pop)
	if (pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		mach_ports_lookup(mach_task_self(), &ports, &n);
		memset(&m, 0, sizeof m);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_remote_port = ports[0];
		m.type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
		m.type.msgt_size = 32;
		m.type.msgt_number = 1;
		m.type.msgt_inline = TRUE;
		m.task = mach_task_self();
		mach_msg(&m.head, MACH_SEND_MSG, sizeof m - sizeof m.pad, 0, 0, 0, 0);
		if (then != NULL)
			_exit(then());
		for (;;)
			pause();
	}
	KR(mach_msg(&m.head, MACH_RCV_MSG, 0, sizeof m, hub, 0, 0));
	*taskp = m.task;
	return pid;
}

/* Process state from /proc: 'T' when stopped. */
static char
proc_state(pid_t pid)
{
	char path[64], buf[256];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return '?';
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	char *p = strrchr(buf, ')');
	return p != NULL && p[1] == ' ' ? p[2] : '?';
}

/* task_suspend stops a task's process, task_resume lets it go on;
 * task_terminate ends it. */
START_TEST(task_suspend_resume_terminate_process)
{
	mach_port_t task;
	pid_t pid = spawn_task(&task, NULL);
	KR(task_suspend(task));
	char state = '?';
	for (int i = 0; i < 200 && (state = proc_state(pid)) != 'T'; i++)
		usleep(5000);
	ck_assert_int_eq(state, 'T');
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	KR(task_info(task, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_int_eq(info.suspend_count, 1);
	KR(task_resume(task));
	for (int i = 0; i < 200 && (state = proc_state(pid)) == 'T'; i++)
		usleep(5000);
	ck_assert_int_ne(state, 'T');
	ck_assert_int_eq(task_resume(task), KERN_FAILURE);	/* not suspended */
	KR(task_terminate(task));
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}
END_TEST

/* Memory another task allocates in ours appears for our process even
 * between two Mach calls: the first touch syncs the map (vm_fault.c). */
/* The child of task_remote_allocate_seen_by_process: it waits on a pipe,
 * so that it makes no Mach call, then reads what the parent put there. */
static int remote_go[2];
static const vm_address_t remote_where = 0x200000100000;	/* in the window */

static int
remote_reader(void)
{
	char c;
	if (read(remote_go[0], &c, 1) != 1)
		return 3;
	return strcmp((const char *)remote_where, "put there") == 0 ? 0 : 4;
}

START_TEST(task_remote_allocate_seen_by_process)
{
	ck_assert_int_eq(pipe(remote_go), 0);
	mach_port_t task;
	pid_t pid = spawn_task(&task, remote_reader);
	vm_address_t a = remote_where;
	KR(vm_allocate(task, &a, vm_page_size, FALSE));
	static char text[] = "put there";
	KR(vm_write(task, a, (vm_offset_t)text, sizeof text));
	ck_assert_int_eq(write(remote_go[1], "g", 1), 1);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "child: status 0x%x", status);
}
END_TEST

/* vm_protect holds for the process: a store to a read-only page faults. */
START_TEST(task_vm_protect_faults_store)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		vm_address_t a = 0;
		if (vm_allocate(mach_task_self(), &a, vm_page_size, TRUE) != KERN_SUCCESS ||
		    vm_protect(mach_task_self(), a, vm_page_size, FALSE,
		    VM_PROT_READ) != KERN_SUCCESS)
			_exit(1);
		volatile char c = *(volatile char *)a;	/* reading is fine */
		(void)c;
		signal(SIGSEGV, SIG_DFL);	/* not AddressSanitizer's report */
		*(volatile char *)a = 1;		/* this faults */
		_exit(2);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
	    "status 0x%x", status);
}
END_TEST

static Suite *
task_suite(void)
{
	Suite *s = suite_create("task");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, task_create_inheritance);
	tcase_add_test(tc, task_machrun_walks_inherited_list);
	tcase_add_test(tc, task_machrun_errors);
	tcase_add_test(tc, task_suspend_resume_terminate_process);
	tcase_add_test(tc, task_vm_protect_faults_store);
	tcase_add_test(tc, task_remote_allocate_seen_by_process);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(task_suite());
}
