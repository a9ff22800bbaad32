/*
 * Conformance: task_suspend (osfmk-man/task_suspend.html).
 * "The task_suspend function increments the suspend count for task and
 * stops all threads within the task.  As long as the suspend count is
 * positive, no newly-created threads can execute.  The function does not
 * return until all of the task's threads have been suspended."  NOTES:
 * "If the suspend count is greater than one, task_resume must be
 * repeated that number of times."  Checked here:
 * - the suspend count (task_info's suspend_count) goes up by one per
 *   call, for a task made by task_create (no threads) and for a task
 *   with a process;
 * - a task with a process (a forked process, whose threads are the
 *   process's): the process stops (state 'T' in /proc) and makes no
 *   progress; machemu stops it with SIGSTOP on the first suspension;
 * - "The function does not return until all of the task's threads have
 *   been suspended": the process is stopped by the time task_suspend
 *   returns, also on a loaded machine;
 * - suspended twice, it stays stopped after one task_resume and runs
 *   again after the second;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 * That no newly-created thread runs is not tested: machemu has no
 * thread_create for another task.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

static integer_t
suspend_count(mach_port_t task)
{
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(task, TASK_BASIC_INFO, (task_info_t)&info, &count));
	return info.suspend_count;
}

/* Process state from /proc: 'T' when stopped. */
static char
proc_state(pid_t pid)
{
	char path[64], buf[512];
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

#pragma pack(push, 4)
struct port_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t port;
};
#pragma pack(pop)

/* A forked process, a task of its own, that sent us its task port and
 * then counts, for ever, in memory shared with us outside Mach. */
struct child {
	pid_t pid;
	mach_port_t task;
	volatile unsigned long *counter;
};

static void
child_start(struct child *c)
{
	mach_port_t rv;
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &rv));
	CK_KR(mach_port_insert_right(mach_task_self(), rv, rv,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_ports_register(mach_task_self(), &rv, 1));
	void *shm = mmap(NULL, sizeof(unsigned long), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ck_assert(shm != MAP_FAILED);
	c->counter = shm;
	c->pid = fork();
	ck_assert_int_ge(c->pid, 0);
	if (c->pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		struct port_msg m;
		if (mach_ports_lookup(mach_task_self(), &ports, &n) !=
		    KERN_SUCCESS || n < 1)
			_exit(1);
		memset(&m, 0, sizeof m);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_remote_port = ports[0];
		m.type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
		m.type.msgt_size = 32;
		m.type.msgt_number = 1;
		m.type.msgt_inline = TRUE;
		m.port = mach_task_self();
		if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL) != MACH_MSG_SUCCESS)
			_exit(2);
		for (;;)
			(*c->counter)++;
	}
	struct {
		struct port_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    rv, 10000, MACH_PORT_NULL));
	c->task = r.m.port;
	ck_assert(MACH_PORT_VALID(c->task));
	while (*c->counter == 0)	/* it runs */
		usleep(1000);
}

static void
child_stop(struct child *c)
{
	int status;
	kill(c->pid, SIGKILL);
	ck_assert_int_eq(waitpid(c->pid, &status, 0), c->pid);
	munmap((void *)c->counter, sizeof(unsigned long));
}

/* True if the child's counter stands still for 100 ms. */
static int
standing_still(struct child *c)
{
	unsigned long before = *c->counter;
	usleep(100 * 1000);
	return *c->counter == before;
}

/* True if the child's counter moves within 2 s. */
static int
makes_progress(struct child *c)
{
	unsigned long before = *c->counter;
	for (int i = 0; i < 2000 && *c->counter == before; i++)
		usleep(1000);
	return *c->counter != before;
}

/* The count goes up by one per call, for a task without threads. */
START_TEST(task_suspend_count)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	ck_assert_int_eq(suspend_count(child), 0);
	CK_KR(task_suspend(child));
	ck_assert_int_eq(suspend_count(child), 1);
	CK_KR(task_suspend(child));
	CK_KR(task_suspend(child));
	ck_assert_int_eq(suspend_count(child), 3);
	ck_assert_int_eq(suspend_count(mach_task_self()), 0);
	CK_KR(task_terminate(child));
}
END_TEST

/* Wait up to 2 s for the process to be stopped (WANT) or not. */
static int
wait_stopped(pid_t pid, int want)
{
	for (int i = 0; i < 2000; i++) {
		if ((proc_state(pid) == 'T') == want)
			return 1;
		usleep(1000);
	}
	return 0;
}

/* A task with a process: the process stops and makes no progress. */
START_TEST(task_suspend_stops_process)
{
	struct child c;
	child_start(&c);
	CK_KR(task_suspend(c.task));
	ck_assert_int_eq(suspend_count(c.task), 1);
	ck_assert(wait_stopped(c.pid, 1));
	ck_assert(standing_still(&c));
	CK_KR(task_resume(c.task));
	ck_assert(wait_stopped(c.pid, 0));
	ck_assert(makes_progress(&c));
	child_stop(&c);
}
END_TEST

/*
 * "The function does not return until all of the task's threads have
 * been suspended."  On a loaded machine (here, two busy processes per
 * CPU), in each of 20 rounds of task_suspend and task_resume, /proc shows
 * the process stopped ('T') as soon as task_suspend returns.
 */
START_TEST(task_suspend_returns_when_stopped)
{
	struct child c;
	child_start(&c);
	/* Load: two busy processes (no Mach tasks) per CPU. */
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int nbusy = ncpu > 0 && ncpu < 32 ? 2 * (int)ncpu : 8;
	pid_t busy[64];
	for (int i = 0; i < nbusy; i++) {
		busy[i] = fork();
		ck_assert_int_ge(busy[i], 0);
		if (busy[i] == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			for (;;)
				;
		}
	}
	/* No assertion until the busy processes are gone. */
	int bad = -1;
	kern_return_t kr = KERN_SUCCESS;
	for (int i = 0; i < 20 && bad < 0 && kr == KERN_SUCCESS; i++) {
		kr = task_suspend(c.task);
		if (kr == KERN_SUCCESS && proc_state(c.pid) != 'T')
			bad = i;
		if (kr == KERN_SUCCESS)
			kr = task_resume(c.task);
		if (kr == KERN_SUCCESS && !wait_stopped(c.pid, 0))
			kr = KERN_FAILURE;
	}
	for (int i = 0; i < nbusy; i++) {
		kill(busy[i], SIGKILL);
		waitpid(busy[i], NULL, 0);
	}
	child_stop(&c);
	CK_KR(kr);
	ck_assert_msg(bad < 0, "round %d: running after task_suspend", bad);
}
END_TEST

/* Suspended twice: two task_resume calls to run again. */
START_TEST(task_suspend_nested)
{
	struct child c;
	child_start(&c);
	CK_KR(task_suspend(c.task));
	CK_KR(task_suspend(c.task));
	ck_assert_int_eq(suspend_count(c.task), 2);
	ck_assert(wait_stopped(c.pid, 1));
	ck_assert(standing_still(&c));
	CK_KR(task_resume(c.task));
	ck_assert_int_eq(suspend_count(c.task), 1);
	ck_assert_int_eq(proc_state(c.pid), 'T');
	ck_assert(standing_still(&c));
	CK_KR(task_resume(c.task));
	ck_assert_int_eq(suspend_count(c.task), 0);
	ck_assert(wait_stopped(c.pid, 0));
	ck_assert(makes_progress(&c));
	child_stop(&c);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_suspend_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_terminate(child));
	CK_KR_EQ(task_suspend(child), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_suspend(mach_host_self()), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_suspend)
{
	Suite *s = suite_create("task_suspend");
	TCase *tc = conformance_tcase("task_suspend");
	tcase_add_test(tc, task_suspend_count);
	tcase_add_test(tc, task_suspend_stops_process);
	tcase_add_test(tc, task_suspend_returns_when_stopped);
	tcase_add_test(tc, task_suspend_nested);
	tcase_add_test(tc, task_suspend_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
