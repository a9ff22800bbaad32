/*
 * Conformance: vm_write (osfmk-man/vm_write.html).
 * "The vm_write function writes an array of data to a task's virtual
 * memory.  It allows one task to write to another task's memory.  The
 * result of vm_write is as if target_task had directly written into the
 * set of pages.  Hence, target_task must have write permission to the
 * pages."  Checked here:
 * - a write into the caller's own memory is seen through pointers, at
 *   any address and length, over page boundaries and over two adjacent
 *   regions, and only the bytes written change;
 * - a write into another task (made by task_create) is seen by vm_read,
 *   and, in a region it shares with the caller, through the caller's
 *   pointers;
 * - data from a page-aligned vm_allocate buffer and from ordinary
 *   (static, unaligned) memory;
 * - KERN_PROTECTION_FAILURE: pages without VM_PROT_WRITE (read-only,
 *   none), with nothing written;
 * - KERN_INVALID_ADDRESS: no region there, a range running past a region
 *   into a hole, an address outside the task's address space;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>

#include "conformance.h"

/* Into our own memory: seen through pointers; nothing else changes. */
START_TEST(vm_write_own)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = new_region(mach_task_self(), 3 * pg);
	memset((char *)a, '.', 3 * pg);
	static const char text[] = "0123456789";
	const vm_size_t offs[] = { 0, 17, pg - 4, 2 * pg + 5 };
	for (size_t i = 0; i < sizeof offs / sizeof offs[0]; i++) {
		CK_KR(vm_write(mach_task_self(), a + offs[i], (vm_offset_t)text,
		    10));
		ck_assert_int_eq(memcmp((char *)a + offs[i], text, 10), 0);
		ck_assert_int_eq(((char *)a)[offs[i] + 10], '.');
		if (offs[i] > 0)
			ck_assert_int_eq(((char *)a)[offs[i] - 1], '.');
	}
	/* A whole page from a page-aligned buffer, over a page boundary. */
	vm_address_t buf = new_region(mach_task_self(), pg);
	memset((char *)buf, 'x', pg);
	CK_KR(vm_write(mach_task_self(), a + pg / 2, buf,
	    (mach_msg_type_number_t)pg));
	for (vm_size_t i = pg / 2; i < pg / 2 + pg; i++)
		ck_assert_int_eq(((char *)a)[i], 'x');
	ck_assert_int_eq(((char *)a)[pg / 2 + pg], '.');
}
END_TEST

/* Over two adjacent regions. */
START_TEST(vm_write_two_regions)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT, b = FIXED_AT + pg;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &b, pg, FALSE));
	static const char text[] = "abcd";
	CK_KR(vm_write(mach_task_self(), a + pg - 2, (vm_offset_t)text, 4));
	ck_assert_int_eq(memcmp((char *)a + pg - 2, "ab", 2), 0);
	ck_assert_int_eq(memcmp((char *)b, "cd", 2), 0);
}
END_TEST

/* Into another task; a shared region is seen through our pointers. */
START_TEST(vm_write_other_task)
{
	vm_size_t pg = vm_page_size;
	vm_address_t sh = new_region(mach_task_self(), pg);
	CK_KR(vm_inherit(mach_task_self(), sh, pg, VM_INHERIT_SHARE));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	vm_address_t a = new_region(child, 2 * pg);
	static const char text[] = "written by the parent";
	CK_KR(vm_write(child, a + pg - 5, (vm_offset_t)text, sizeof text));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a + pg - 5, sizeof text, &data, &n));
	ck_assert_str_eq((const char *)data, text);
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(vm_write(child, sh + 8, (vm_offset_t)text, sizeof text));
	ck_assert_str_eq((const char *)sh + 8, text);
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_PROTECTION_FAILURE: the pages do not permit writing. */
START_TEST(vm_write_protection_failure)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = new_region(mach_task_self(), 3 * pg);
	memset((char *)a, '.', 3 * pg);
	CK_KR(vm_protect(mach_task_self(), a + pg, pg, FALSE, VM_PROT_READ));
	CK_KR(vm_protect(mach_task_self(), a + 2 * pg, pg, FALSE,
	    VM_PROT_NONE));
	static const char text[] = "abcdefgh";
	CK_KR_EQ(vm_write(mach_task_self(), a + pg, (vm_offset_t)text, 8),
	    KERN_PROTECTION_FAILURE);
	CK_KR_EQ(vm_write(mach_task_self(), a + pg - 4, (vm_offset_t)text, 8),
	    KERN_PROTECTION_FAILURE);
	CK_KR_EQ(vm_write(mach_task_self(), a + 2 * pg, (vm_offset_t)text, 8),
	    KERN_PROTECTION_FAILURE);
	for (vm_size_t i = 0; i < 2 * pg; i++)
		ck_assert_int_eq(((char *)a)[i], '.');
	CK_KR(vm_write(mach_task_self(), a, (vm_offset_t)text, 8));
	ck_assert_int_eq(memcmp((char *)a, text, 8), 0);
}
END_TEST

/* KERN_INVALID_ADDRESS: not all of the range is allocated. */
START_TEST(vm_write_invalid_address)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	static const char text[] = "abcdefgh";
	CK_KR_EQ(vm_write(mach_task_self(), a + 2 * pg, (vm_offset_t)text, 8),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_write(mach_task_self(), a + pg - 4, (vm_offset_t)text, 8),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_write(mach_task_self(), a - 4, (vm_offset_t)text, 8),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_write(mach_task_self(), 0x10000, (vm_offset_t)text, 8),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_write(mach_task_self(), WINDOW_BASE + WINDOW_SIZE,
	    (vm_offset_t)text, 8), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_write(mach_task_self(), (vm_address_t)-4, (vm_offset_t)text,
	    8), KERN_INVALID_ADDRESS);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_write_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = new_region(child, vm_page_size);
	CK_KR(task_terminate(child));
	static const char text[] = "abcdefgh";
	CK_KR_EQ(vm_write(child, a, (vm_offset_t)text, 8),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_write(mach_host_self(), a, (vm_offset_t)text, 8),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_write)
{
	Suite *s = suite_create("vm_write");
	TCase *tc = conformance_tcase("vm_write");
	tcase_add_test(tc, vm_write_own);
	tcase_add_test(tc, vm_write_two_regions);
	tcase_add_test(tc, vm_write_other_task);
	tcase_add_test(tc, vm_write_protection_failure);
	tcase_add_test(tc, vm_write_invalid_address);
	tcase_add_test(tc, vm_write_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
