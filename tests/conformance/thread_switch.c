/*
 * Conformance: thread_switch (osfmk-man/thread_switch.html).
 * "new_thread is a hint that implements hand-off scheduling ... Since
 * this is a hint, it may be incorrect; it is ignored if it doesn't
 * specify a thread on the same host ..."; the option argument: with
 * SWITCH_OPTION_NONE "the time argument is ignored", with
 * SWITCH_OPTION_WAIT "the thread is blocked for the specified time",
 * with SWITCH_OPTION_DEPRESS its priority is lowered for that time (it
 * is not blocked).  Checked here:
 * - NONE and DEPRESS return KERN_SUCCESS at once, whatever the time, with
 *   a null hint, our own thread or a name that is no thread;
 * - WAIT blocks the caller for the time given, in milliseconds;
 * - an option the page does not list gives KERN_INVALID_ARGUMENT (as
 *   every Mach kernel answers; the page names no code) and no wait.
 * SWITCH_OPTION_IDLE, which the page lists, does not exist in GNU Mach's
 * <mach/thread_switch.h>, so it is not tested.
 */
#include <mach/thread_switch.h>

#include "conformance.h"

/* NONE and DEPRESS do not block, whatever the hint. */
START_TEST(thread_switch_none_and_depress)
{
	mach_port_t self_thread = mach_thread_self();
	mach_port_t hints[] = { MACH_PORT_NULL, self_thread,
	    mach_task_self(), unused_name() };
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
		struct timespec t0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		CK_KR(thread_switch(hints[i], SWITCH_OPTION_NONE, 5000));
		CK_KR(thread_switch(hints[i], SWITCH_OPTION_DEPRESS, 5000));
		ck_assert_int_lt(ms_since(&t0), 1000);
	}
	CK_KR(mach_port_deallocate(mach_task_self(), self_thread));
}
END_TEST

/* WAIT blocks for the time given. */
START_TEST(thread_switch_wait)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR(thread_switch(MACH_PORT_NULL, SWITCH_OPTION_WAIT, 200));
	long ms = ms_since(&t0);
	ck_assert_int_ge(ms, 200);
	ck_assert_int_lt(ms, 2000);
}
END_TEST

/* An option no kernel knows: KERN_INVALID_ARGUMENT, no wait. */
START_TEST(thread_switch_bad_option)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(thread_switch(MACH_PORT_NULL, 77, 3000),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(thread_switch(MACH_PORT_NULL, -1, 3000),
	    KERN_INVALID_ARGUMENT);
	ck_assert_int_lt(ms_since(&t0), 1000);
}
END_TEST

CONFORMANCE_PAGE(thread_switch)
{
	Suite *s = suite_create("thread_switch");
	TCase *tc = conformance_tcase("thread_switch");
	tcase_add_test(tc, thread_switch_none_and_depress);
	tcase_add_test(tc, thread_switch_wait);
	tcase_add_test(tc, thread_switch_bad_option);
	suite_add_tcase(s, tc);
	return s;
}
