/*
 * Conformance: vm_allocate (osfmk-man/vm_allocate.html).
 * "The vm_allocate function allocates a region of virtual memory in the
 * specified task's address space.  A new region is always zero filled.
 * If anywhere is TRUE, the returned address will be at a page boundary;
 * otherwise, the region starts at the beginning of the virtual page
 * containing address.  size is always rounded up to an integral number
 * of pages ... Initially, there are no access restrictions on any of the
 * pages of the newly allocated region.  Child tasks inherit the new
 * region as a copy."  Checked here, in the caller's task (where the
 * memory is usable through plain pointers) and in a task made by
 * task_create:
 * - anywhere TRUE: a page-aligned, zero-filled region of size rounded up
 *   to pages, in the task window, not overlapping other regions;
 * - anywhere FALSE: the region starts at the page holding address, and
 *   its size is size rounded up to pages (an address inside a page with
 *   a size of one page gives that one page);
 * - the new region can be read and written (VM_PROT_DEFAULT, maximum
 *   VM_PROT_ALL, as every Mach kernel gives) and is inherited as a copy
 *   (VM_INHERIT_COPY, seen through task_create);
 * - memory freed and allocated again is zero filled again;
 * - KERN_NO_SPACE: anywhere FALSE on a range that is taken (wholly or in
 *   part), and anywhere TRUE with a size larger than the address space;
 * - KERN_INVALID_ADDRESS: anywhere FALSE at an address outside the
 *   task's address space (machemu's task window, 1 TiB at
 *   0x200000000000: below it, at its end, or running past its end), and
 *   a range that wraps around the end of the address space;
 * - generic errors: a task port whose task died fails in the send
 *   (MACH_SEND_INVALID_DEST); a send right that names no task (the host
 *   port) gives KERN_INVALID_TASK, machemu's one code for it (GNU Mach
 *   answers KERN_INVALID_ARGUMENT here).
 */
#include <string.h>

#include "conformance.h"

static int
all_zero(const char *p, vm_size_t n)
{
	for (vm_size_t i = 0; i < n; i++)
		if (p[i] != 0)
			return 0;
	return 1;
}

/* anywhere TRUE: page aligned, in the window, rounded up to pages, zero
 * filled, usable through pointers. */
START_TEST(vm_allocate_anywhere)
{
	vm_address_t a = 12345;	/* ignored with anywhere */
	vm_size_t size = 3 * vm_page_size + 1;
	CK_KR(vm_allocate(mach_task_self(), &a, size, TRUE));
	ck_assert_uint_eq(a % vm_page_size, 0);
	ck_assert_uint_ge(a, WINDOW_BASE);
	ck_assert_uint_le(a + 4 * vm_page_size, WINDOW_BASE + WINDOW_SIZE);
	struct region r;
	CK_KR(region_at(mach_task_self(), a, &r));
	ck_assert_uint_eq(r.addr, a);
	ck_assert_uint_eq(r.size, 4 * vm_page_size);	/* rounded up */
	ck_assert(all_zero((const char *)a, 4 * vm_page_size));
	/* The rounded part too is usable. */
	memset((char *)a, 'z', 4 * vm_page_size);
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(mach_task_self(), a + 4 * vm_page_size - 8, 8, &data,
	    &n));
	ck_assert_uint_eq(n, 8);
	ck_assert_int_eq(memcmp((void *)data, "zzzzzzzz", 8), 0);
	CK_KR(vm_deallocate(mach_task_self(), data, n));

	/* "the next unused space": a second region does not overlap. */
	vm_address_t b = 0;
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size, TRUE));
	ck_assert_uint_eq(b % vm_page_size, 0);
	ck_assert(b + vm_page_size <= a || b >= a + 4 * vm_page_size);
	ck_assert(all_zero((const char *)b, vm_page_size));
	ck_assert_int_eq(*(const char *)a, 'z');
}
END_TEST

/* anywhere FALSE: the region starts at the page that holds address. */
START_TEST(vm_allocate_fixed)
{
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, FALSE));
	ck_assert_uint_eq(a, FIXED_AT);
	struct region r;
	CK_KR(region_at(mach_task_self(), FIXED_AT, &r));
	ck_assert_uint_eq(r.addr, FIXED_AT);
	ck_assert_uint_eq(r.size, 2 * vm_page_size);
	ck_assert(all_zero((const char *)a, 2 * vm_page_size));
	strcpy((char *)a + vm_page_size, "fixed");

	/* An address inside a page: the region starts at that page. */
	vm_address_t b = FIXED_AT + 8 * vm_page_size + 100;
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size - 100, FALSE));
	ck_assert_uint_eq(b, FIXED_AT + 8 * vm_page_size);
	CK_KR(region_at(mach_task_self(), b, &r));
	ck_assert_uint_eq(r.addr, FIXED_AT + 8 * vm_page_size);
	ck_assert_uint_eq(r.size, vm_page_size);
	ck_assert(all_zero((const char *)b, vm_page_size));
}
END_TEST

/*
 * With anywhere FALSE, an address inside a page and a size of whole
 * pages: "the region starts at the beginning of the virtual page
 * containing address.  size is always rounded up to an integral number
 * of pages", as GNU Mach and xnu do (trunc_page(address),
 * round_page(size)).  The region is one page here, at the page holding
 * address, and the next page is still free.
 */
START_TEST(vm_allocate_fixed_unaligned_size)
{
	vm_address_t b = FIXED_AT + 100;
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size, FALSE));
	ck_assert_uint_eq(b, FIXED_AT);
	struct region r;
	CK_KR(region_at(mach_task_self(), b, &r));
	ck_assert_uint_eq(r.addr, FIXED_AT);
	ck_assert_uint_eq(r.size, vm_page_size);
	/* The next page is still free. */
	vm_address_t c = FIXED_AT + vm_page_size;
	CK_KR(vm_allocate(mach_task_self(), &c, vm_page_size, FALSE));
}
END_TEST

/* Read-write, maximum VM_PROT_ALL, inherited as a copy. */
START_TEST(vm_allocate_attributes)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	struct region r;
	CK_KR(region_at(mach_task_self(), a, &r));
	ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	ck_assert(!r.shared);

	strcpy((char *)a, "before");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	strcpy((char *)a, "after");
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a, 8, &data, &n));
	ck_assert_str_eq((const char *)data, "before");	/* a copy */
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(task_terminate(child));
}
END_TEST

/* In another task: the region is that task's, zero filled. */
START_TEST(vm_allocate_other_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0;
	CK_KR(vm_allocate(child, &a, 2 * vm_page_size - 7, TRUE));
	ck_assert_uint_eq(a % vm_page_size, 0);
	ck_assert_uint_ge(a, WINDOW_BASE);
	struct region r;
	CK_KR(region_at(child, 0, &r));
	ck_assert_uint_eq(r.addr, a);
	ck_assert_uint_eq(r.size, 2 * vm_page_size);
	ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a, 2 * vm_page_size, &data, &n));
	ck_assert_uint_eq(n, 2 * vm_page_size);
	ck_assert(all_zero((const char *)data, n));
	CK_KR(vm_deallocate(mach_task_self(), data, n));

	/* Fixed, in the child's space only. */
	vm_address_t b = FIXED_AT;
	CK_KR(vm_allocate(child, &b, vm_page_size, FALSE));
	CK_KR(region_at(child, FIXED_AT, &r));
	ck_assert_uint_eq(r.addr, FIXED_AT);
	if (region_at(mach_task_self(), FIXED_AT, &r) == KERN_SUCCESS)
		ck_assert_uint_gt(r.addr, FIXED_AT);	/* not ours */
	CK_KR(task_terminate(child));
}
END_TEST

/* A region freed and allocated again at the same place is zero again. */
START_TEST(vm_allocate_zero_filled_again)
{
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE));
	memset((char *)a, 0xff, vm_page_size);
	CK_KR(vm_deallocate(mach_task_self(), a, vm_page_size));
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE));
	ck_assert_uint_eq(a, FIXED_AT);
	ck_assert(all_zero((const char *)a, vm_page_size));
}
END_TEST

/* KERN_NO_SPACE: the range is taken, wholly or in part. */
START_TEST(vm_allocate_no_space_taken)
{
	vm_address_t a = FIXED_AT + 4 * vm_page_size;
	CK_KR(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, FALSE));
	strcpy((char *)a, "mine");
	vm_address_t b = a;
	CK_KR_EQ(vm_allocate(mach_task_self(), &b, vm_page_size, FALSE),
	    KERN_NO_SPACE);
	b = a + vm_page_size + 10;		/* inside the region */
	CK_KR_EQ(vm_allocate(mach_task_self(), &b, vm_page_size, FALSE),
	    KERN_NO_SPACE);
	b = a - vm_page_size;			/* runs into it */
	CK_KR_EQ(vm_allocate(mach_task_self(), &b, 2 * vm_page_size, FALSE),
	    KERN_NO_SPACE);
	b = a - vm_page_size;			/* covers it */
	CK_KR_EQ(vm_allocate(mach_task_self(), &b, 4 * vm_page_size, FALSE),
	    KERN_NO_SPACE);
	/* Nothing changed. */
	ck_assert_str_eq((const char *)a, "mine");
	struct region r;
	CK_KR(region_at(mach_task_self(), a - vm_page_size, &r));
	ck_assert_uint_eq(r.addr, a);
	ck_assert_uint_eq(r.size, 2 * vm_page_size);
}
END_TEST

/* KERN_NO_SPACE: no room for the size anywhere in the address space. */
START_TEST(vm_allocate_no_space_anywhere)
{
	vm_address_t a = 0;
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, 2 * WINDOW_SIZE, TRUE),
	    KERN_NO_SPACE);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	a = 0;
	CK_KR(vm_allocate(child, &a, vm_page_size, TRUE));
	vm_address_t b = 0;	/* the whole window no longer fits */
	CK_KR_EQ(vm_allocate(child, &b, WINDOW_SIZE, TRUE), KERN_NO_SPACE);
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ADDRESS: outside the task's address space. */
START_TEST(vm_allocate_invalid_address)
{
	vm_address_t a = 0x10000;		/* below the window */
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
	a = WINDOW_BASE - vm_page_size;		/* runs into it from below */
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
	a = WINDOW_BASE + WINDOW_SIZE;		/* its end */
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
	a = WINDOW_BASE + WINDOW_SIZE - vm_page_size;	/* runs past it */
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
	a = (vm_address_t)0x7fff00000000ULL;	/* far above */
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
	/* The last page of the window is fine. */
	a = WINDOW_BASE + WINDOW_SIZE - vm_page_size;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, FALSE));
	ck_assert_uint_eq(a, WINDOW_BASE + WINDOW_SIZE - vm_page_size);
}
END_TEST

/*
 * A range that wraps around the end of the address space is an illegal
 * address: KERN_INVALID_ADDRESS, as on the page (GNU Mach's vm_map_enter
 * says so too, start >= end).
 */
START_TEST(vm_allocate_invalid_address_wraps)
{
	vm_address_t a = (vm_address_t)-vm_page_size;
	CK_KR_EQ(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, FALSE),
	    KERN_INVALID_ADDRESS);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_allocate_invalid_task)
{
	mach_port_t child = dead_task();
	vm_address_t a = 0;
	CK_KR_EQ(vm_allocate(child, &a, vm_page_size, TRUE),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_allocate(mach_host_self(), &a, vm_page_size, TRUE),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_allocate)
{
	Suite *s = suite_create("vm_allocate");
	TCase *tc = conformance_tcase("vm_allocate");
	tcase_add_test(tc, vm_allocate_anywhere);
	tcase_add_test(tc, vm_allocate_fixed);
	tcase_add_test(tc, vm_allocate_fixed_unaligned_size);
	tcase_add_test(tc, vm_allocate_attributes);
	tcase_add_test(tc, vm_allocate_other_task);
	tcase_add_test(tc, vm_allocate_zero_filled_again);
	tcase_add_test(tc, vm_allocate_no_space_taken);
	tcase_add_test(tc, vm_allocate_no_space_anywhere);
	tcase_add_test(tc, vm_allocate_invalid_address);
	tcase_add_test(tc, vm_allocate_invalid_address_wraps);
	tcase_add_test(tc, vm_allocate_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
