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
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

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

/* A task with a process: the process stops and makes no progress. */
START_TEST(task_suspend_stops_process)
{
	struct child c;
	child_start_counting(&c);
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
	child_start_counting(&c);
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
	child_start_counting(&c);
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
	mach_port_t child = dead_task();
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
