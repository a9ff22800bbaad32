/*
 * Conformance: vm_region (osfmk-man/vm_region.html, with
 * vm_region_basic_info.html for the attributes).
 * "The vm_region function returns information on a region within the
 * specified task's address space.  The function begins looking at
 * address and continues until it finds an allocated region.  If the
 * input address is within a region, the function uses the start of that
 * region.  The starting address for the located region is returned in
 * address."  size is "The number of bytes in the located region.  The
 * number converts to an integral number of virtual pages."
 * machemu has GNU Mach's vm_region, with fixed out parameters in place of
 * the page's flavor and info array: protection, max_protection,
 * inheritance, is_shared, object_name and offset carry the fields of
 * vm_region_basic_info.  Checked here:
 * - an address at the start of, inside, or in the last byte of a region
 *   gives that region; an address in a hole gives the next region;
 * - size, protection, maximum protection and inheritance as vm_allocate,
 *   vm_protect and vm_inherit left them; regions split by them are
 *   reported one by one;
 * - shared: TRUE for a region another task shares (VM_INHERIT_SHARE at
 *   task_create), in both tasks, and FALSE again once the other task is
 *   gone; FALSE for a copied region;
 * - object_name ("no longer used") is MACH_PORT_NULL; offset 0 for a
 *   region from vm_allocate, and the offset into the memory object for
 *   the later part of a split region;
 * - a walk over a task made by task_create finds its regions in order;
 * - KERN_INVALID_ADDRESS: "There is no region at or beyond the specified
 *   starting address" (GNU Mach answers KERN_NO_SPACE; machemu gives the
 *   page's code), in an empty task too;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include "conformance.h"

/* Any address in a region, or in the hole before it, finds it. */
START_TEST(vm_region_finds_region)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = fixed_region(child, FIXED_AT + 2 * pg, 3 * pg);
	const vm_address_t probes[] = { WINDOW_BASE, FIXED_AT, a - 1, a, a + 1,
	    a + pg, a + 3 * pg - 1 };
	for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
		struct region r;
		CK_KR(region_at(child, probes[i], &r));
		ck_assert_uint_eq(r.addr, a);
		ck_assert_uint_eq(r.size, 3 * pg);
		ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
		ck_assert_int_eq(r.max, VM_PROT_ALL);
		ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
		ck_assert(!r.shared);
		ck_assert_uint_eq(r.object, MACH_PORT_NULL);
		ck_assert_uint_eq(r.offset, 0);
	}
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ADDRESS: nothing at or beyond the address. */
START_TEST(vm_region_none_beyond)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	struct region r;
	CK_KR_EQ(region_at(child, 0, &r), KERN_INVALID_ADDRESS);
	CK_KR_EQ(region_at(child, FIXED_AT, &r), KERN_INVALID_ADDRESS);
	vm_address_t a = fixed_region(child, FIXED_AT, pg);
	CK_KR(region_at(child, 0, &r));
	ck_assert_uint_eq(r.addr, a);
	CK_KR_EQ(region_at(child, a + pg, &r), KERN_INVALID_ADDRESS);
	CK_KR_EQ(region_at(child, WINDOW_BASE + WINDOW_SIZE, &r),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(region_at(child, (vm_address_t)-pg, &r),
	    KERN_INVALID_ADDRESS);
	/* In our own task too: nothing lies above the window. */
	CK_KR_EQ(region_at(mach_task_self(), WINDOW_BASE + WINDOW_SIZE, &r),
	    KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
}
END_TEST

/* A walk finds every region, in order, then stops. */
START_TEST(vm_region_walk)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	const vm_address_t at[] = { FIXED_AT + 10 * pg, FIXED_AT,
	    FIXED_AT + 3 * pg };
	const vm_size_t size[] = { 5 * pg, pg, 2 * pg };
	for (int i = 0; i < 3; i++)
		fixed_region(child, at[i], size[i]);
	const int order[] = { 1, 2, 0 };
	vm_address_t addr = 0;
	for (int i = 0; i < 3; i++) {
		struct region r;
		CK_KR(region_at(child, addr, &r));
		ck_assert_uint_eq(r.addr, at[order[i]]);
		ck_assert_uint_eq(r.size, size[order[i]]);
		ck_assert_uint_eq(r.size % pg, 0);
		addr = r.addr + r.size;
	}
	struct region r;
	CK_KR_EQ(region_at(child, addr, &r), KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
}
END_TEST

/* Protection, maximum and inheritance as set; split regions one by one,
 * the later part at its offset into the memory object. */
START_TEST(vm_region_attributes)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, 4 * pg);
	CK_KR(vm_protect(mach_task_self(), a + pg, pg, TRUE,
	    VM_PROT_READ | VM_PROT_EXECUTE));
	CK_KR(vm_protect(mach_task_self(), a + pg, pg, FALSE, VM_PROT_EXECUTE));
	CK_KR(vm_inherit(mach_task_self(), a + 2 * pg, 2 * pg,
	    VM_INHERIT_NONE));
	struct region r;
	CK_KR(region_at(mach_task_self(), a, &r));
	ck_assert_uint_eq(r.addr, a);
	ck_assert_uint_eq(r.size, pg);
	ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	ck_assert_uint_eq(r.offset, 0);
	CK_KR(region_at(mach_task_self(), a + pg, &r));
	ck_assert_uint_eq(r.addr, a + pg);
	ck_assert_uint_eq(r.size, pg);
	ck_assert_int_eq(r.prot, VM_PROT_EXECUTE);
	ck_assert_int_eq(r.max, VM_PROT_READ | VM_PROT_EXECUTE);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	ck_assert_uint_eq(r.offset, pg);
	CK_KR(region_at(mach_task_self(), a + 2 * pg, &r));
	ck_assert_uint_eq(r.addr, a + 2 * pg);
	ck_assert_uint_eq(r.size, 2 * pg);
	ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_NONE);
	ck_assert_uint_eq(r.offset, 2 * pg);
	ck_assert_uint_eq(r.object, MACH_PORT_NULL);
}
END_TEST

/* shared: while another task maps the same memory. */
START_TEST(vm_region_shared)
{
	vm_size_t pg = vm_page_size;
	vm_address_t sh = fixed_region(mach_task_self(), FIXED_AT, pg);
	vm_address_t cp = fixed_region(mach_task_self(), FIXED_AT + 2 * pg, pg);
	CK_KR(vm_inherit(mach_task_self(), sh, pg, VM_INHERIT_SHARE));
	struct region r;
	CK_KR(region_at(mach_task_self(), sh, &r));
	ck_assert(!r.shared);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	CK_KR(region_at(mach_task_self(), sh, &r));
	ck_assert_uint_eq(r.addr, sh);
	ck_assert(r.shared);
	CK_KR(region_at(child, sh, &r));
	ck_assert_uint_eq(r.addr, sh);
	ck_assert(r.shared);
	ck_assert_int_eq(r.inh, VM_INHERIT_SHARE);
	CK_KR(region_at(mach_task_self(), cp, &r));
	ck_assert_uint_eq(r.addr, cp);
	ck_assert(!r.shared);
	CK_KR(region_at(child, cp, &r));
	ck_assert_uint_eq(r.addr, cp);
	ck_assert(!r.shared);
	CK_KR(task_terminate(child));
	CK_KR(region_at(mach_task_self(), sh, &r));
	ck_assert(!r.shared);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_region_invalid_task)
{
	mach_port_t child = dead_task();
	struct region r;
	CK_KR_EQ(region_at(child, 0, &r), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(region_at(mach_host_self(), 0, &r), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_region)
{
	Suite *s = suite_create("vm_region");
	TCase *tc = conformance_tcase("vm_region");
	tcase_add_test(tc, vm_region_finds_region);
	tcase_add_test(tc, vm_region_none_beyond);
	tcase_add_test(tc, vm_region_walk);
	tcase_add_test(tc, vm_region_attributes);
	tcase_add_test(tc, vm_region_shared);
	tcase_add_test(tc, vm_region_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
