/*
 * Conformance: vm_copy (osfmk-man/vm_copy.html).
 * "The vm_copy function copies a source region to a destination region
 * within the same task's virtual memory.  It is semantically equivalent
 * to vm_read followed by vm_write.  The destination region can overlap
 * the source region.  The destination region must already be allocated.
 * The source region must be readable, and the destination region must
 * be writable."  Checked here, with page-aligned addresses and whole
 * pages as the page requires:
 * - the destination holds the source's bytes, seen through pointers; the
 *   source is unchanged; later stores to the source do not reach the
 *   destination (a copy, not a mapping);
 * - overlapping regions, either way, as vm_read then vm_write would do;
 * - over several regions; in another task (made by task_create);
 * - KERN_PROTECTION_FAILURE: a source that is not readable, a
 *   destination that is not writable, with the destination unchanged;
 * - KERN_INVALID_ADDRESS: a source or destination with no region, or
 *   not enough memory following either address, or outside the task's
 *   address space;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 * Unaligned addresses or counts are not tested: the page only says they
 * "must" be aligned and names no code for them.
 */
#include <string.h>

#include "conformance.h"

/* Fill page I of [A, A + N pages) with the byte C + I. */
static void
fill_pages(vm_address_t a, int n, char c)
{
	for (int i = 0; i < n; i++)
		memset((char *)a + i * vm_page_size, c + i, vm_page_size);
}

/* Page I of [A, A + N pages) is all C + I. */
static void
check_pages(vm_address_t a, int n, char c)
{
	for (int i = 0; i < n; i++)
		for (vm_size_t j = 0; j < vm_page_size; j++)
			ck_assert_msg(((char *)a)[i * vm_page_size + j] ==
			    c + i, "page %d byte %lu", i, (unsigned long)j);
}

/* A copy: the bytes, the source unchanged, no later link. */
START_TEST(vm_copy_copies)
{
	vm_size_t pg = vm_page_size;
	vm_address_t src = fixed_region(mach_task_self(), FIXED_AT, 2 * pg);
	vm_address_t dst = fixed_region(mach_task_self(),
	    FIXED_AT + 4 * pg, 3 * pg);
	fill_pages(src, 2, 'a');
	fill_pages(dst, 3, 'x');
	CK_KR(vm_copy(mach_task_self(), src, 2 * pg, dst + pg));
	check_pages(src, 2, 'a');
	check_pages(dst, 1, 'x');
	check_pages(dst + pg, 2, 'a');
	strcpy((char *)src, "later");
	ck_assert_int_eq(*(char *)(dst + pg), 'a');
	strcpy((char *)dst + pg, "dest");
	ck_assert_str_eq((const char *)src, "later");
}
END_TEST

/* Overlapping regions: as vm_read followed by vm_write. */
START_TEST(vm_copy_overlap)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, 4 * pg);
	fill_pages(a, 4, 'a');				/* a b c d */
	CK_KR(vm_copy(mach_task_self(), a, 3 * pg, a + pg));
	check_pages(a, 1, 'a');				/* a a b c */
	check_pages(a + pg, 3, 'a');
	fill_pages(a, 4, 'a');				/* a b c d */
	CK_KR(vm_copy(mach_task_self(), a + pg, 3 * pg, a));
	check_pages(a, 3, 'b');				/* b c d d */
	check_pages(a + 3 * pg, 1, 'd');
}
END_TEST

/* Source and destination each over two regions. */
START_TEST(vm_copy_several_regions)
{
	vm_size_t pg = vm_page_size;
	vm_address_t s1 = fixed_region(mach_task_self(), FIXED_AT, pg);
	vm_address_t s2 = fixed_region(mach_task_self(), FIXED_AT + pg, pg);
	vm_address_t d1 = fixed_region(mach_task_self(), FIXED_AT + 8 * pg, pg);
	vm_address_t d2 = fixed_region(mach_task_self(), FIXED_AT + 9 * pg, pg);
	fill_pages(s1, 1, 'a');
	fill_pages(s2, 1, 'b');
	CK_KR(vm_copy(mach_task_self(), s1, 2 * pg, d1));
	check_pages(d1, 1, 'a');
	check_pages(d2, 1, 'b');
}
END_TEST

/* In another task. */
START_TEST(vm_copy_other_task)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0;
	CK_KR(vm_allocate(child, &a, 2 * pg, TRUE));
	static const char text[] = "in the child";
	CK_KR(vm_write(child, a, (vm_offset_t)text, sizeof text));
	CK_KR(vm_copy(child, a, pg, a + pg));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a + pg, sizeof text, &data, &n));
	ck_assert_str_eq((const char *)data, text);
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_PROTECTION_FAILURE: source not readable, or destination not
 * writable. */
START_TEST(vm_copy_protection_failure)
{
	vm_size_t pg = vm_page_size;
	vm_address_t src = fixed_region(mach_task_self(), FIXED_AT, 2 * pg);
	vm_address_t dst = fixed_region(mach_task_self(),
	    FIXED_AT + 4 * pg, 2 * pg);
	fill_pages(src, 2, 'a');
	fill_pages(dst, 2, 'x');
	CK_KR(vm_protect(mach_task_self(), src + pg, pg, FALSE, VM_PROT_NONE));
	CK_KR_EQ(vm_copy(mach_task_self(), src, 2 * pg, dst),
	    KERN_PROTECTION_FAILURE);
	CK_KR(vm_protect(mach_task_self(), src + pg, pg, FALSE, VM_PROT_WRITE));
	CK_KR_EQ(vm_copy(mach_task_self(), src + pg, pg, dst),
	    KERN_PROTECTION_FAILURE);
	CK_KR(vm_protect(mach_task_self(), src + pg, pg, FALSE,
	    VM_PROT_DEFAULT));
	CK_KR(vm_protect(mach_task_self(), dst + pg, pg, FALSE, VM_PROT_READ));
	CK_KR_EQ(vm_copy(mach_task_self(), src, 2 * pg, dst),
	    KERN_PROTECTION_FAILURE);
	check_pages(dst, 2, 'x');
	CK_KR(vm_copy(mach_task_self(), src, pg, dst));
	check_pages(dst, 1, 'a');
}
END_TEST

/* KERN_INVALID_ADDRESS: a region missing, or too short, on either side. */
START_TEST(vm_copy_invalid_address)
{
	vm_size_t pg = vm_page_size;
	vm_address_t src = fixed_region(mach_task_self(), FIXED_AT, 2 * pg);
	vm_address_t dst = fixed_region(mach_task_self(),
	    FIXED_AT + 4 * pg, pg);
	fill_pages(dst, 1, 'x');
	vm_address_t hole = FIXED_AT + 8 * pg;
	CK_KR_EQ(vm_copy(mach_task_self(), hole, pg, dst),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_copy(mach_task_self(), src, pg, hole),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_copy(mach_task_self(), src, 2 * pg, dst),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_copy(mach_task_self(), src + pg, 2 * pg, dst),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_copy(mach_task_self(), 0x10000, pg, dst),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_copy(mach_task_self(), src, pg, WINDOW_BASE + WINDOW_SIZE),
	    KERN_INVALID_ADDRESS);
	check_pages(dst, 1, 'x');
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_copy_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0;
	CK_KR(vm_allocate(child, &a, 2 * vm_page_size, TRUE));
	CK_KR(task_terminate(child));
	CK_KR_EQ(vm_copy(child, a, vm_page_size, a + vm_page_size),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_copy(mach_host_self(), a, vm_page_size, a + vm_page_size),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_copy)
{
	Suite *s = suite_create("vm_copy");
	TCase *tc = conformance_tcase("vm_copy");
	tcase_add_test(tc, vm_copy_copies);
	tcase_add_test(tc, vm_copy_overlap);
	tcase_add_test(tc, vm_copy_several_regions);
	tcase_add_test(tc, vm_copy_other_task);
	tcase_add_test(tc, vm_copy_protection_failure);
	tcase_add_test(tc, vm_copy_invalid_address);
	tcase_add_test(tc, vm_copy_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
