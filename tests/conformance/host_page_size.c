/*
 * Conformance: host_page_size (osfmk-man/host_page_size.html).
 * "The host_page_size function returns the page size for the given
 * host."  GNU Mach has no such routine; libmachemu provides it as a
 * library call (<mach/mach_osf.h>).  Checked here:
 * - the page size is a power of two, the system's (sysconf), the one
 *   <mach_init.h> gives (vm_page_size) and the one of vm_statistics;
 * - it is the unit vm_allocate rounds to (the page vm_allocate,
 *   vm_deallocate and vm_protect send the reader to it);
 * - generic errors: a send right that names no host (a task port) gives
 *   KERN_INVALID_HOST, GNU Mach's code for a bad host port; a dead name
 *   fails in the send, MACH_SEND_INVALID_DEST.
 */
#include <unistd.h>

#include "conformance.h"

START_TEST(host_page_size_value)
{
	vm_size_t ps = 0;
	CK_KR(host_page_size(mach_host_self(), &ps));
	ck_assert_uint_gt(ps, 0);
	ck_assert_uint_eq(ps & (ps - 1), 0);
	ck_assert_uint_eq(ps, (vm_size_t)sysconf(_SC_PAGESIZE));
	ck_assert_uint_eq(ps, vm_page_size);
	vm_statistics_data_t st;
	CK_KR(vm_statistics(mach_task_self(), &st));
	ck_assert_uint_eq(ps, (vm_size_t)st.pagesize);
}
END_TEST

/* vm_allocate rounds sizes up to it. */
START_TEST(host_page_size_allocation_unit)
{
	vm_size_t ps = 0;
	CK_KR(host_page_size(mach_host_self(), &ps));
	const vm_size_t sizes[] = { 1, ps - 1, ps, ps + 1, 3 * ps - 7 };
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		vm_address_t a = 0;
		CK_KR(vm_allocate(mach_task_self(), &a, sizes[i], TRUE));
		ck_assert_uint_eq(a % ps, 0);
		struct region r;
		CK_KR(region_at(mach_task_self(), a, &r));
		ck_assert_uint_eq(r.addr, a);
		ck_assert_uint_eq(r.size, (sizes[i] + ps - 1) / ps * ps);
	}
}
END_TEST

/* Generic errors: no host port. */
START_TEST(host_page_size_invalid_host)
{
	vm_size_t ps = 12345;
	CK_KR_EQ(host_page_size(mach_task_self(), &ps), KERN_INVALID_HOST);
	ck_assert_uint_eq(ps, 12345);
	mach_port_t dead = new_dead_name();
	CK_KR_EQ(host_page_size(dead, &ps), MACH_SEND_INVALID_DEST);
}
END_TEST

CONFORMANCE_PAGE(host_page_size)
{
	Suite *s = suite_create("host_page_size");
	TCase *tc = conformance_tcase("host_page_size");
	tcase_add_test(tc, host_page_size_value);
	tcase_add_test(tc, host_page_size_allocation_unit);
	tcase_add_test(tc, host_page_size_invalid_host);
	suite_add_tcase(s, tc);
	return s;
}
