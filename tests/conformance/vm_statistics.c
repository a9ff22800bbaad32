/*
 * Conformance: vm_statistics (osfmk-man/vm_statistics.html).
 * The page describes the structure: "The vm_statistics structure
 * defines the statistics available on the kernel's use of virtual
 * memory.  The statistics record virtual memory usage since the kernel
 * was booted.  For related information for a specific task, see the
 * task_basic_info structure."  The OSF kernel returns it from
 * host_statistics; GNU Mach, whose interface machemu has, from the
 * routine vm_statistics(task, &stats) (mach.defs), and its structure
 * begins with a pagesize field the page does not have.  Checked here:
 * - pagesize is the page size (vm_page_size, host_page_size);
 * - the statistics are the kernel's, not the task's: any task port gives
 *   the same counts;
 * - active_count ("pages currently in use and pageable") grows by at
 *   least the pages a task allocates and writes, and falls by at least
 *   as many when they are deallocated;
 * - the free, active, inactive and wired counts are not negative and
 *   together do not exceed the host's memory (host_info);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>

#include "conformance.h"

#define NPAGES	64

/* The page size, from the statistics. */
START_TEST(vm_statistics_pagesize)
{
	vm_statistics_data_t st;
	memset(&st, 0xff, sizeof st);
	CK_KR(vm_statistics(mach_task_self(), &st));
	ck_assert_int_eq(st.pagesize, (integer_t)vm_page_size);
	vm_size_t ps = 0;
	CK_KR(host_page_size(mach_host_self(), &ps));
	ck_assert_int_eq(st.pagesize, (integer_t)ps);
}
END_TEST

/* The kernel's statistics, whichever task asks. */
START_TEST(vm_statistics_kernel_wide)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_statistics_data_t mine, theirs;
	CK_KR(vm_statistics(mach_task_self(), &mine));
	CK_KR(vm_statistics(child, &theirs));
	ck_assert_int_eq(mine.pagesize, theirs.pagesize);
	ck_assert_int_eq(mine.free_count, theirs.free_count);
	ck_assert_int_eq(mine.active_count, theirs.active_count);
	ck_assert_int_eq(mine.inactive_count, theirs.inactive_count);
	ck_assert_int_eq(mine.wire_count, theirs.wire_count);
	CK_KR(task_terminate(child));
}
END_TEST

/* Pages in use are counted as active. */
START_TEST(vm_statistics_active)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_statistics_data_t before, during, after;
	CK_KR(vm_statistics(mach_task_self(), &before));
	vm_address_t a = 0;
	vm_size_t size = NPAGES * vm_page_size;
	CK_KR(vm_allocate(child, &a, size, TRUE));
	vm_address_t buf = 0;
	CK_KR(vm_allocate(mach_task_self(), &buf, size, TRUE));
	memset((void *)buf, 1, size);
	CK_KR(vm_write(child, a, buf, (mach_msg_type_number_t)size));
	CK_KR(vm_deallocate(mach_task_self(), buf, size));
	CK_KR(vm_statistics(mach_task_self(), &during));
	ck_assert_int_ge(during.active_count - before.active_count, NPAGES);
	CK_KR(vm_deallocate(child, a, size));
	CK_KR(vm_statistics(mach_task_self(), &after));
	ck_assert_int_ge(during.active_count - after.active_count, NPAGES);
	CK_KR(task_terminate(child));
}
END_TEST

/* The counts are within the host's memory. */
START_TEST(vm_statistics_bounded)
{
	vm_statistics_data_t st;
	CK_KR(vm_statistics(mach_task_self(), &st));
	ck_assert_int_ge(st.free_count, 0);
	ck_assert_int_ge(st.active_count, 0);
	ck_assert_int_ge(st.inactive_count, 0);
	ck_assert_int_ge(st.wire_count, 0);
	host_basic_info_data_t info;
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT;
	CK_KR(host_info(mach_host_self(), HOST_BASIC_INFO, (host_info_t)&info,
	    &count));
	unsigned long long pages = (unsigned long long)info.memory_size /
	    (unsigned long long)st.pagesize;
	ck_assert_uint_le((unsigned long long)st.free_count + st.active_count +
	    st.inactive_count + st.wire_count, pages);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_statistics_invalid_task)
{
	mach_port_t child = dead_task();
	vm_statistics_data_t st;
	CK_KR_EQ(vm_statistics(child, &st), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_statistics(mach_host_self(), &st), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_statistics)
{
	Suite *s = suite_create("vm_statistics");
	TCase *tc = conformance_tcase("vm_statistics");
	tcase_add_test(tc, vm_statistics_pagesize);
	tcase_add_test(tc, vm_statistics_kernel_wide);
	tcase_add_test(tc, vm_statistics_active);
	tcase_add_test(tc, vm_statistics_bounded);
	tcase_add_test(tc, vm_statistics_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
