/*
 * Conformance: task_resume (osfmk-man/task_resume.html).
 * "The task_resume function decrements the suspend count for task.  If
 * the task's suspend count goes to zero, the function resumes any
 * suspended threads within the task."  NOTES: "An attempt to lower the
 * suspend count below zero is ignored."  Checked here:
 * - the suspend count (task_info's suspend_count) goes down by one per
 *   call, for a task made by task_create (no threads) and for a task
 *   with a process;
 * - a task with a process (a forked process): it runs again only when
 *   the count reaches zero (machemu sends SIGCONT on the last
 *   resumption), and makes progress then;
 * - below zero: the count stays zero and the call answers KERN_FAILURE,
 *   GNU Mach's code for it (the page says the attempt "is ignored" and
 *   names no code); a running process is not disturbed;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include "conformance.h"

/* The count goes down by one per call, for a task without threads. */
START_TEST(task_resume_count)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	for (int i = 0; i < 3; i++)
		CK_KR(task_suspend(child));
	ck_assert_int_eq(suspend_count(child), 3);
	CK_KR(task_resume(child));
	ck_assert_int_eq(suspend_count(child), 2);
	CK_KR(task_resume(child));
	CK_KR(task_resume(child));
	ck_assert_int_eq(suspend_count(child), 0);
	CK_KR(task_terminate(child));
}
END_TEST

/* A process runs again when the count reaches zero, not before. */
START_TEST(task_resume_process)
{
	struct child c;
	child_start_counting(&c);
	CK_KR(task_suspend(c.task));
	CK_KR(task_suspend(c.task));
	CK_KR(task_suspend(c.task));
	ck_assert(wait_stopped(c.pid, 1));
	CK_KR(task_resume(c.task));
	CK_KR(task_resume(c.task));
	ck_assert_int_eq(suspend_count(c.task), 1);
	ck_assert(standing_still(&c));
	ck_assert_int_eq(proc_state(c.pid), 'T');
	CK_KR(task_resume(c.task));
	ck_assert_int_eq(suspend_count(c.task), 0);
	ck_assert(wait_stopped(c.pid, 0));
	ck_assert(makes_progress(&c));
	child_stop(&c);
}
END_TEST

/* Below zero: the count stays zero; KERN_FAILURE, as in GNU Mach. */
START_TEST(task_resume_not_suspended)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR_EQ(task_resume(child), KERN_FAILURE);
	ck_assert_int_eq(suspend_count(child), 0);
	CK_KR(task_suspend(child));
	CK_KR(task_resume(child));
	CK_KR_EQ(task_resume(child), KERN_FAILURE);
	ck_assert_int_eq(suspend_count(child), 0);
	/* Suspending again takes one resume, not two. */
	CK_KR(task_suspend(child));
	ck_assert_int_eq(suspend_count(child), 1);
	CK_KR(task_resume(child));
	ck_assert_int_eq(suspend_count(child), 0);
	CK_KR(task_terminate(child));

	struct child c;
	child_start_counting(&c);
	CK_KR_EQ(task_resume(c.task), KERN_FAILURE);
	ck_assert_int_eq(suspend_count(c.task), 0);
	ck_assert(makes_progress(&c));
	child_stop(&c);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_resume_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_suspend(child));
	CK_KR(task_terminate(child));
	CK_KR_EQ(task_resume(child), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_resume(mach_host_self()), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_resume)
{
	Suite *s = suite_create("task_resume");
	TCase *tc = conformance_tcase("task_resume");
	tcase_add_test(tc, task_resume_count);
	tcase_add_test(tc, task_resume_process);
	tcase_add_test(tc, task_resume_not_suspended);
	tcase_add_test(tc, task_resume_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
