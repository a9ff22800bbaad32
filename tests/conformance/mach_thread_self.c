/*
 * Conformance: mach_thread_self (osfmk-man/mach_thread_self.html).
 * "The mach_thread_self function returns send rights to the thread's own
 * kernel port."  Checked here:
 * - the name denotes a send right, to a port that is not the task's;
 * - each call returns send rights anew: the same name in the same
 *   thread, one more user reference each time (as in Mach, unlike the
 *   cached mach_task_self), which mach_port_deallocate gives back;
 * - each thread has a port of its own;
 * - it is one of the thread ports task_threads lists for our task.
 */
#include <pthread.h>

#include "conformance.h"

/* A send right, not the task's, one user reference per call. */
START_TEST(mach_thread_self_send_right)
{
	mach_port_t thread = mach_thread_self();
	ck_assert(MACH_PORT_VALID(thread));
	ck_assert_uint_ne(thread, mach_task_self());
	ck_assert_uint_eq(type_of(thread), MACH_PORT_TYPE_SEND);
	mach_port_urefs_t refs = send_refs(thread);
	ck_assert_uint_eq(mach_thread_self(), thread);
	ck_assert_uint_eq(send_refs(thread), refs + 1);
	CK_KR(mach_port_deallocate(mach_task_self(), thread));
	ck_assert_uint_eq(send_refs(thread), refs);
	CK_KR(mach_port_deallocate(mach_task_self(), thread));
}
END_TEST

static void *
other_thread(void *arg)
{
	*(mach_port_t *)arg = mach_thread_self();
	return NULL;
}

/* Each thread has its own port. */
START_TEST(mach_thread_self_per_thread)
{
	mach_port_t mine = mach_thread_self(), theirs = MACH_PORT_NULL;
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, other_thread, &theirs), 0);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	ck_assert(MACH_PORT_VALID(theirs));
	ck_assert_uint_ne(theirs, mine);
	CK_KR(mach_port_deallocate(mach_task_self(), mine));
}
END_TEST

/* task_threads lists it. */
START_TEST(mach_thread_self_in_task_threads)
{
	mach_port_t mine = mach_thread_self();
	thread_array_t threads;
	mach_msg_type_number_t n;
	CK_KR(task_threads(mach_task_self(), &threads, &n));
	int found = 0;
	for (mach_msg_type_number_t i = 0; i < n; i++) {
		found |= threads[i] == mine;
		CK_KR(mach_port_deallocate(mach_task_self(), threads[i]));
	}
	ck_assert_msg(found, "0x%x not among %u threads", mine, n);
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)threads,
	    n * sizeof *threads));
	CK_KR(mach_port_deallocate(mach_task_self(), mine));
}
END_TEST

CONFORMANCE_PAGE(mach_thread_self)
{
	Suite *s = suite_create("mach_thread_self");
	TCase *tc = conformance_tcase("mach_thread_self");
	tcase_add_test(tc, mach_thread_self_send_right);
	tcase_add_test(tc, mach_thread_self_per_thread);
	tcase_add_test(tc, mach_thread_self_in_task_threads);
	suite_add_tcase(s, tc);
	return s;
}
