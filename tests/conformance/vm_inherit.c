/*
 * Conformance: vm_inherit (osfmk-man/vm_inherit.html).
 * "The vm_inherit function sets the inheritance attribute for a region
 * within the specified task's address space.  The inheritance attribute
 * determines the type of access established for child tasks at task
 * creation ... the region starts at the beginning of the virtual page
 * containing address; it ends at the end of the virtual page containing
 * address + size - 1 ... A parent and a child task can share the same
 * physical memory only if the inheritance for the memory is set to
 * VM_INHERIT_SHARE before the child task is created."  Checked here:
 * - each value as vm_region reports it;
 * - its effect at task_create: VM_INHERIT_SHARE gives the child the same
 *   memory (stores either side, through pointers and vm_write, are seen
 *   by the other), VM_INHERIT_COPY a copy, VM_INHERIT_NONE nothing (no
 *   region there in the child);
 * - inheritance counts at creation only: changing it afterwards does not
 *   change what an existing child has;
 * - a grandchild inherits by the child's attributes;
 * - the rounding to pages: only the touched pages change, splitting the
 *   region;
 * - KERN_INVALID_ADDRESS: a range with no region, or running past a
 *   region into a hole, or outside the task's address space;
 * - KERN_INVALID_ARGUMENT: a value that is no inheritance (GNU Mach's
 *   code; the page names none);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>

#include "conformance.h"

static void
check_region(mach_port_t task, vm_address_t addr, vm_size_t size,
    vm_inherit_t want)
{
	struct region r;
	CK_KR(region_at(task, addr, &r));
	ck_assert_uint_eq(r.addr, addr);
	ck_assert_uint_eq(r.size, size);
	ck_assert_int_eq(r.inh, want);
}

static vm_address_t
page_with(vm_inherit_t how, const char *text)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, how));
	strcpy((char *)a, text);
	return a;
}

static void
write_string(mach_port_t task, vm_address_t addr, const char *s)
{
	CK_KR(vm_write(task, addr, (vm_offset_t)s, strlen(s) + 1));
}

/* Each value is recorded. */
START_TEST(vm_inherit_recorded)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	check_region(mach_task_self(), a, vm_page_size, VM_INHERIT_COPY);
	const vm_inherit_t values[] = { VM_INHERIT_SHARE, VM_INHERIT_NONE,
	    VM_INHERIT_COPY };
	for (int i = 0; i < 3; i++) {
		CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, values[i]));
		check_region(mach_task_self(), a, vm_page_size, values[i]);
	}
}
END_TEST

/* VM_INHERIT_SHARE: the same memory, both ways. */
START_TEST(vm_inherit_share)
{
	vm_address_t a = page_with(VM_INHERIT_SHARE, "shared");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	check_region(child, a, vm_page_size, VM_INHERIT_SHARE);
	char buf[32];
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "shared");
	strcpy((char *)a, "parent wrote");
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "parent wrote");
	write_string(child, a, "child wrote");
	ck_assert_str_eq((const char *)a, "child wrote");
	CK_KR(task_terminate(child));
}
END_TEST

/* VM_INHERIT_COPY: a copy, as it was at creation. */
START_TEST(vm_inherit_copy)
{
	vm_address_t a = page_with(VM_INHERIT_COPY, "copied");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	check_region(child, a, vm_page_size, VM_INHERIT_COPY);
	strcpy((char *)a, "parent wrote");
	char buf[32];
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "copied");
	write_string(child, a, "child wrote");
	ck_assert_str_eq((const char *)a, "parent wrote");
	CK_KR(task_terminate(child));
}
END_TEST

/* VM_INHERIT_NONE: no access for the child; the range is free there. */
START_TEST(vm_inherit_none)
{
	vm_address_t a = page_with(VM_INHERIT_NONE, "private");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(child, a, 8, &data, &n), KERN_INVALID_ADDRESS);
	struct region r;
	kern_return_t kr = region_at(child, a, &r);
	ck_assert(kr == KERN_INVALID_ADDRESS ||
	    (kr == KERN_SUCCESS && r.addr > a));
	vm_address_t b = a;	/* the child may allocate there */
	CK_KR(vm_allocate(child, &b, vm_page_size, FALSE));
	ck_assert_str_eq((const char *)a, "private");
	CK_KR(task_terminate(child));
}
END_TEST

/* What a child gets is decided when it is created. */
START_TEST(vm_inherit_at_creation_only)
{
	vm_address_t a = page_with(VM_INHERIT_SHARE, "one");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, VM_INHERIT_NONE));
	strcpy((char *)a, "two");
	char buf[32];
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "two");	/* still shared */
	mach_port_t later;
	CK_KR(task_create(mach_task_self(), TRUE, &later));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(later, a, 8, &data, &n), KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
	CK_KR(task_terminate(later));
}
END_TEST

/* A grandchild inherits by the child's attributes, which vm_inherit on
 * the child's port sets. */
START_TEST(vm_inherit_other_task)
{
	vm_address_t a = page_with(VM_INHERIT_SHARE, "all three");
	vm_address_t b = page_with(VM_INHERIT_SHARE, "two");
	mach_port_t child, grandchild;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	CK_KR(vm_inherit(child, b, vm_page_size, VM_INHERIT_NONE));
	check_region(child, b, vm_page_size, VM_INHERIT_NONE);
	check_region(mach_task_self(), b, vm_page_size, VM_INHERIT_SHARE);
	CK_KR(task_create(child, TRUE, &grandchild));
	write_string(grandchild, a, "grandchild wrote");
	ck_assert_str_eq((const char *)a, "grandchild wrote");
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(grandchild, b, 8, &data, &n), KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(grandchild));
	CK_KR(task_terminate(child));
}
END_TEST

/* The range is rounded out to whole pages; the region is split. */
START_TEST(vm_inherit_rounds_to_pages)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, 4 * pg, FALSE));
	CK_KR(vm_inherit(mach_task_self(), a + pg + 1, 1, VM_INHERIT_SHARE));
	check_region(mach_task_self(), a, pg, VM_INHERIT_COPY);
	check_region(mach_task_self(), a + pg, pg, VM_INHERIT_SHARE);
	check_region(mach_task_self(), a + 2 * pg, 2 * pg, VM_INHERIT_COPY);
	CK_KR(vm_inherit(mach_task_self(), a + 3 * pg - 1, 2, VM_INHERIT_NONE));
	check_region(mach_task_self(), a + 2 * pg, 2 * pg, VM_INHERIT_NONE);
	check_region(mach_task_self(), a + pg, pg, VM_INHERIT_SHARE);
	/* The child has page 0 copied, page 1 shared, pages 2-3 not. */
	strcpy((char *)a, "p0");
	strcpy((char *)a + pg, "p1");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	strcpy((char *)a, "P0");
	strcpy((char *)a + pg, "P1");
	char buf[32];
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "p0");
	read_string(child, a + pg, buf);
	ck_assert_str_eq(buf, "P1");
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(child, a + 2 * pg, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ADDRESS: not all of the range is allocated. */
START_TEST(vm_inherit_invalid_address)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	CK_KR_EQ(vm_inherit(mach_task_self(), a + 2 * pg, pg, VM_INHERIT_SHARE),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_inherit(mach_task_self(), a, 2 * pg, VM_INHERIT_SHARE),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_inherit(mach_task_self(), a - pg, 2 * pg, VM_INHERIT_SHARE),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_inherit(mach_task_self(), 0x10000, pg, VM_INHERIT_SHARE),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_inherit(mach_task_self(), WINDOW_BASE + WINDOW_SIZE, pg,
	    VM_INHERIT_SHARE), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_inherit(mach_task_self(), a, (vm_size_t)-pg,
	    VM_INHERIT_SHARE), KERN_INVALID_ADDRESS);
	check_region(mach_task_self(), a, pg, VM_INHERIT_COPY);
}
END_TEST

/* KERN_INVALID_ARGUMENT: no such inheritance. */
START_TEST(vm_inherit_invalid_value)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	CK_KR_EQ(vm_inherit(mach_task_self(), a, vm_page_size, 3),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(vm_inherit(mach_task_self(), a, vm_page_size, -1),
	    KERN_INVALID_ARGUMENT);
	check_region(mach_task_self(), a, vm_page_size, VM_INHERIT_COPY);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_inherit_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0;
	CK_KR(vm_allocate(child, &a, vm_page_size, TRUE));
	CK_KR(task_terminate(child));
	CK_KR_EQ(vm_inherit(child, a, vm_page_size, VM_INHERIT_SHARE),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_inherit(mach_host_self(), a, vm_page_size,
	    VM_INHERIT_SHARE), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_inherit)
{
	Suite *s = suite_create("vm_inherit");
	TCase *tc = conformance_tcase("vm_inherit");
	tcase_add_test(tc, vm_inherit_recorded);
	tcase_add_test(tc, vm_inherit_share);
	tcase_add_test(tc, vm_inherit_copy);
	tcase_add_test(tc, vm_inherit_none);
	tcase_add_test(tc, vm_inherit_at_creation_only);
	tcase_add_test(tc, vm_inherit_other_task);
	tcase_add_test(tc, vm_inherit_rounds_to_pages);
	tcase_add_test(tc, vm_inherit_invalid_address);
	tcase_add_test(tc, vm_inherit_invalid_value);
	tcase_add_test(tc, vm_inherit_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
