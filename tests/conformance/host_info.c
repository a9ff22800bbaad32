/*
 * Conformance: host_info (osfmk-man/host_info.html, with
 * host_basic_info.html and host_sched_info.html).
 * "The host_info function returns selected information about a host, as
 * specified by flavor."  host_info_count is "On input, the maximum size
 * of the buffer; on output, the size returned (in natural-sized
 * units)."  The structures are GNU Mach's: host_basic_info has max_cpus,
 * avail_cpus, memory_size, cpu_type and cpu_subtype (the page's other
 * fields are xnu's), and memory_size is a full vm_size_t, not "capped at
 * 2 GB".  Checked here:
 * - HOST_BASIC_INFO: the count returned is HOST_BASIC_INFO_COUNT, also
 *   from a larger buffer; the processors available are the system's
 *   online ones and no more than the maximum; the memory size is the
 *   system's physical memory; the CPU type is GNU Mach's for x86
 *   (CPU_TYPE_I386, CPU_SUBTYPE_AT386);
 * - HOST_SCHED_INFO, a flavor the page lists and GNU Mach has: the count
 *   returned is HOST_SCHED_INFO_COUNT, and the minimum time-out and
 *   quantum are positive;
 * - a buffer smaller than the flavor's structure gives KERN_FAILURE, and
 *   a flavor that does not exist KERN_INVALID_ARGUMENT (GNU Mach's codes;
 *   the page says only generic errors apply);
 * - generic errors: a send right that names no host (a task port) gives
 *   KERN_INVALID_HOST; a dead name fails in the send,
 *   MACH_SEND_INVALID_DEST.
 * HOST_RESOURCE_SIZES is "not implemented" by the page itself and GNU
 * Mach has no such flavor; it is not tested.
 */
#include <string.h>
#include <unistd.h>

#include <mach/machine.h>

#include "conformance.h"

START_TEST(host_info_basic)
{
	host_basic_info_data_t info;
	memset(&info, 0xff, sizeof info);
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT;
	CK_KR(host_info(mach_host_self(), HOST_BASIC_INFO, (host_info_t)&info,
	    &count));
	ck_assert_uint_eq(count, HOST_BASIC_INFO_COUNT);
	ck_assert_int_ge(info.avail_cpus, 1);
	ck_assert_int_le(info.avail_cpus, info.max_cpus);
	ck_assert_int_eq(info.avail_cpus, (int)sysconf(_SC_NPROCESSORS_ONLN));
	ck_assert_int_ge(info.max_cpus, (int)sysconf(_SC_NPROCESSORS_ONLN));
	vm_size_t mem = (vm_size_t)sysconf(_SC_PHYS_PAGES) *
	    (vm_size_t)sysconf(_SC_PAGESIZE);
	ck_assert_uint_eq(info.memory_size, mem);
	ck_assert_int_eq(info.cpu_type, CPU_TYPE_I386);
	ck_assert_int_eq(info.cpu_subtype, CPU_SUBTYPE_AT386);
}
END_TEST

/* A larger buffer: the size returned is the structure's. */
START_TEST(host_info_count_out)
{
	host_info_data_t buf;
	mach_msg_type_number_t count = HOST_INFO_MAX;
	CK_KR(host_info(mach_host_self(), HOST_BASIC_INFO, buf, &count));
	ck_assert_uint_eq(count, HOST_BASIC_INFO_COUNT);
	host_basic_info_t info = (host_basic_info_t)buf;
	ck_assert_int_ge(info->avail_cpus, 1);
}
END_TEST

/*
 * HOST_SCHED_INFO is a flavor the page lists ("Basic restrictions of the
 * kernel's scheduling, minimum quantum and time-out value.  The returned
 * structure is host_sched_info"), and GNU Mach has it: the call succeeds,
 * the count returned is HOST_SCHED_INFO_COUNT, and the minimum time-out
 * and minimum quantum are positive.
 */
START_TEST(host_info_sched)
{
	host_sched_info_data_t info;
	memset(&info, 0, sizeof info);
	mach_msg_type_number_t count = HOST_SCHED_INFO_COUNT;
	CK_KR(host_info(mach_host_self(), HOST_SCHED_INFO, (host_info_t)&info,
	    &count));
	ck_assert_uint_eq(count, HOST_SCHED_INFO_COUNT);
	ck_assert_int_gt(info.min_timeout, 0);
	ck_assert_int_gt(info.min_quantum, 0);
}
END_TEST

/* A buffer too small for the flavor; a flavor that does not exist. */
START_TEST(host_info_bad_request)
{
	host_info_data_t buf;
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT - 1;
	CK_KR_EQ(host_info(mach_host_self(), HOST_BASIC_INFO, buf, &count),
	    KERN_FAILURE);
	count = HOST_INFO_MAX;
	CK_KR_EQ(host_info(mach_host_self(), 9999, buf, &count),
	    KERN_INVALID_ARGUMENT);
	count = HOST_INFO_MAX;
	CK_KR_EQ(host_info(mach_host_self(), 0, buf, &count),
	    KERN_INVALID_ARGUMENT);
}
END_TEST

/* Generic errors: no host port. */
START_TEST(host_info_invalid_host)
{
	host_info_data_t buf;
	mach_msg_type_number_t count = HOST_INFO_MAX;
	CK_KR_EQ(host_info(mach_task_self(), HOST_BASIC_INFO, buf, &count),
	    KERN_INVALID_HOST);
	mach_port_t dead = new_dead_name();
	count = HOST_INFO_MAX;
	CK_KR_EQ(host_info(dead, HOST_BASIC_INFO, buf, &count),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

CONFORMANCE_PAGE(host_info)
{
	Suite *s = suite_create("host_info");
	TCase *tc = conformance_tcase("host_info");
	tcase_add_test(tc, host_info_basic);
	tcase_add_test(tc, host_info_count_out);
	tcase_add_test(tc, host_info_sched);
	tcase_add_test(tc, host_info_bad_request);
	tcase_add_test(tc, host_info_invalid_host);
	suite_add_tcase(s, tc);
	return s;
}
