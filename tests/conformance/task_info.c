/*
 * Conformance: task_info (osfmk-man/task_info.html, with
 * task_basic_info.html and task_thread_times_info.html).
 * "The task_info function returns an information structure of type
 * flavor."  task_info_count is "On input, the maximum size of the
 * buffer; on output, the size returned (in natural-sized units)."
 * machemu has GNU Mach's flavors and structures: task_basic_info is
 * {suspend_count, base_priority, virtual_size, resident_size, user_time,
 * system_time, creation_time}, with the sizes in bytes (the page's
 * structure has a policy and no creation time, and says pages).
 * Checked here:
 * - TASK_BASIC_INFO: the count returned is TASK_BASIC_INFO_COUNT, also
 *   from a larger buffer; suspend_count follows task_suspend and
 *   task_resume; virtual_size is the size of the task's regions (0 for
 *   an empty task made by task_create, then what vm_allocate and
 *   vm_deallocate add and remove; the sum of vm_region's sizes for the
 *   caller's task); resident_size is no more than virtual_size; a task
 *   that never had threads has run for no time; creation_time is when
 *   task_create made it;
 * - TASK_THREAD_TIMES_INFO, a flavor the page lists and GNU Mach has:
 *   the count returned is TASK_THREAD_TIMES_INFO_COUNT, and a task with
 *   no live threads has run for no time;
 * - a buffer smaller than the flavor's structure, and a flavor that does
 *   not exist, give KERN_INVALID_ARGUMENT (GNU Mach's code; the page
 *   names none);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 * KERN_INVALID_POLICY and the scheduling flavors (TASK_SCHED_*_INFO),
 * TASK_SECURITY_TOKEN, TASK_AUDIT_TOKEN and TASK_USER_DATA are OSF's;
 * GNU Mach defines none of them and they are not tested.
 */
#include <string.h>
#include <sys/time.h>

#include "conformance.h"

static task_basic_info_data_t
basic_info(mach_port_t task)
{
	task_basic_info_data_t info;
	memset(&info, 0xa5, sizeof info);
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(task, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_uint_eq(count, TASK_BASIC_INFO_COUNT);
	return info;
}

/* A new, empty task: no memory, no time, not suspended, made now. */
START_TEST(task_info_basic_new_task)
{
	struct timeval before, after;
	ck_assert_int_eq(gettimeofday(&before, NULL), 0);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	ck_assert_int_eq(gettimeofday(&after, NULL), 0);
	task_basic_info_data_t info = basic_info(child);
	ck_assert_int_eq(info.suspend_count, 0);
	ck_assert_uint_eq(info.virtual_size, 0);
	ck_assert_uint_eq(info.resident_size, 0);
	ck_assert_int_eq(info.user_time.seconds, 0);
	ck_assert_int_eq(info.user_time.microseconds, 0);
	ck_assert_int_eq(info.system_time.seconds, 0);
	ck_assert_int_eq(info.system_time.microseconds, 0);
	long long made = info.creation_time.seconds * 1000000LL +
	    info.creation_time.microseconds;
	ck_assert_int_ge(made, before.tv_sec * 1000000LL + before.tv_usec);
	ck_assert_int_le(made, after.tv_sec * 1000000LL + after.tv_usec);
	ck_assert_int_ge(info.creation_time.microseconds, 0);
	ck_assert_int_lt(info.creation_time.microseconds, 1000000);
	CK_KR(task_terminate(child));
}
END_TEST

/* virtual_size follows the task's regions. */
START_TEST(task_info_basic_virtual_size)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0, b = 0;
	CK_KR(vm_allocate(child, &a, 5 * pg, TRUE));
	ck_assert_uint_eq(basic_info(child).virtual_size, 5 * pg);
	CK_KR(vm_allocate(child, &b, 2 * pg + 1, TRUE));
	ck_assert_uint_eq(basic_info(child).virtual_size, 8 * pg);
	CK_KR(vm_deallocate(child, a + pg, 2 * pg));
	task_basic_info_data_t info = basic_info(child);
	ck_assert_uint_eq(info.virtual_size, 6 * pg);
	ck_assert_uint_le(info.resident_size, info.virtual_size);
	CK_KR(task_terminate(child));
}
END_TEST

/* Our own task: virtual_size is the sum of vm_region's sizes. */
START_TEST(task_info_basic_own_task)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, 3 * vm_page_size, TRUE));
	vm_size_t sum = 0;
	vm_address_t addr = 0;
	for (;;) {
		struct region r;
		kern_return_t kr = region_at(mach_task_self(), addr, &r);
		if (kr == KERN_INVALID_ADDRESS)
			break;
		CK_KR(kr);
		sum += r.size;
		addr = r.addr + r.size;
	}
	task_basic_info_data_t info = basic_info(mach_task_self());
	ck_assert_uint_eq(info.virtual_size, sum);
	ck_assert_uint_ge(info.virtual_size, 3 * vm_page_size);
	ck_assert_uint_le(info.resident_size, info.virtual_size);
	ck_assert_int_eq(info.suspend_count, 0);
}
END_TEST

/* suspend_count follows task_suspend and task_resume. */
START_TEST(task_info_basic_suspend_count)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_suspend(child));
	ck_assert_int_eq(basic_info(child).suspend_count, 1);
	CK_KR(task_suspend(child));
	ck_assert_int_eq(basic_info(child).suspend_count, 2);
	CK_KR(task_resume(child));
	ck_assert_int_eq(basic_info(child).suspend_count, 1);
	CK_KR(task_terminate(child));
}
END_TEST

/* The count returned is the size of the structure. */
START_TEST(task_info_count_out)
{
	task_info_data_t buf;
	mach_msg_type_number_t count = TASK_INFO_MAX;
	CK_KR(task_info(mach_task_self(), TASK_BASIC_INFO, buf, &count));
	ck_assert_uint_eq(count, TASK_BASIC_INFO_COUNT);
	count = TASK_BASIC_INFO_COUNT + 3;
	CK_KR(task_info(mach_task_self(), TASK_BASIC_INFO, buf, &count));
	ck_assert_uint_eq(count, TASK_BASIC_INFO_COUNT);
}
END_TEST

/*
 * TASK_THREAD_TIMES_INFO is a flavor the page lists ("Returns system and
 * user space run-times for live threads.  The structure returned is
 * task_thread_times_info"), and GNU Mach has it (flavor 3): the count
 * returned is TASK_THREAD_TIMES_INFO_COUNT, for a task made by
 * task_create, whose user and system times are zero since it has no live
 * threads, and for the caller's task.
 */
START_TEST(task_info_thread_times)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	task_thread_times_info_data_t times;
	memset(&times, 0xa5, sizeof times);
	mach_msg_type_number_t count = TASK_THREAD_TIMES_INFO_COUNT;
	CK_KR(task_info(child, TASK_THREAD_TIMES_INFO, (task_info_t)&times,
	    &count));
	ck_assert_uint_eq(count, TASK_THREAD_TIMES_INFO_COUNT);
	ck_assert_int_eq(times.user_time.seconds, 0);	/* no live threads */
	ck_assert_int_eq(times.user_time.microseconds, 0);
	ck_assert_int_eq(times.system_time.seconds, 0);
	ck_assert_int_eq(times.system_time.microseconds, 0);
	count = TASK_THREAD_TIMES_INFO_COUNT;
	CK_KR(task_info(mach_task_self(), TASK_THREAD_TIMES_INFO,
	    (task_info_t)&times, &count));
	ck_assert_uint_eq(count, TASK_THREAD_TIMES_INFO_COUNT);
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ARGUMENT: a buffer too small, a flavor that does not
 * exist. */
START_TEST(task_info_bad_request)
{
	task_info_data_t buf;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT - 1;
	CK_KR_EQ(task_info(mach_task_self(), TASK_BASIC_INFO, buf, &count),
	    KERN_INVALID_ARGUMENT);
	count = TASK_INFO_MAX;
	CK_KR_EQ(task_info(mach_task_self(), 9999, buf, &count),
	    KERN_INVALID_ARGUMENT);
	count = TASK_INFO_MAX;
	CK_KR_EQ(task_info(mach_task_self(), 0, buf, &count),
	    KERN_INVALID_ARGUMENT);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_info_invalid_task)
{
	mach_port_t child = dead_task();
	task_info_data_t buf;
	mach_msg_type_number_t count = TASK_INFO_MAX;
	CK_KR_EQ(task_info(child, TASK_BASIC_INFO, buf, &count),
	    MACH_SEND_INVALID_DEST);
	count = TASK_INFO_MAX;
	CK_KR_EQ(task_info(mach_host_self(), TASK_BASIC_INFO, buf, &count),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_info)
{
	Suite *s = suite_create("task_info");
	TCase *tc = conformance_tcase("task_info");
	tcase_add_test(tc, task_info_basic_new_task);
	tcase_add_test(tc, task_info_basic_virtual_size);
	tcase_add_test(tc, task_info_basic_own_task);
	tcase_add_test(tc, task_info_basic_suspend_count);
	tcase_add_test(tc, task_info_count_out);
	tcase_add_test(tc, task_info_thread_times);
	tcase_add_test(tc, task_info_bad_request);
	tcase_add_test(tc, task_info_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
