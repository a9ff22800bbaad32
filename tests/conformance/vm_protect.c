/*
 * Conformance: vm_protect (osfmk-man/vm_protect.html).
 * "The vm_protect function sets access privileges for a region within
 * the specified task's address space ... If [set_maximum is] true, the
 * new protection sets the maximum protection for the region.  If false,
 * the new protection sets the current protection for the region.  If the
 * maximum protection is set below the current protection, the current
 * protection is also reset to the new maximum ... The region starts at
 * the beginning of the virtual page containing address; it ends at the
 * end of the virtual page containing address + size - 1."  Checked here:
 * - the current protection, as vm_region reports it and as it is
 *   enforced: vm_read and vm_write give KERN_PROTECTION_FAILURE on pages
 *   that do not permit them, and the task's process faults (SIGSEGV) on a
 *   store to a read-only page or a load from a VM_PROT_NONE page (in a
 *   forked process, a task of its own);
 * - the protection can be raised again up to the maximum;
 * - set_maximum lowers the maximum, and the current protection with it;
 * - the rounding to pages: a range inside one page or over a page
 *   boundary changes exactly the pages it touches, splitting the region;
 * - in another task (made by task_create);
 * - KERN_PROTECTION_FAILURE: a current protection beyond the maximum,
 *   or a maximum raised beyond the existing one, with nothing changed;
 * - KERN_INVALID_ADDRESS: a range with no region, one that runs past a
 *   region into a hole, an address outside the task's address space;
 * - KERN_INVALID_ARGUMENT: bits other than VM_PROT_ALL's (GNU Mach's
 *   code; the page names none);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

/* Assert that TASK has the region [ADDR, ADDR + SIZE) with PROT, MAX. */
static void
check_region(mach_port_t task, vm_address_t addr, vm_size_t size,
    vm_prot_t prot, vm_prot_t max)
{
	struct region r;
	CK_KR(region_at(task, addr, &r));
	ck_assert_uint_eq(r.addr, addr);
	ck_assert_uint_eq(r.size, size);
	ck_assert_int_eq(r.prot, prot);
	ck_assert_int_eq(r.max, max);
}

/* The current protection: reported, enforced on vm_read and vm_write,
 * and raised again up to the maximum. */
START_TEST(vm_protect_current)
{
	vm_address_t a = new_region(mach_task_self(), vm_page_size);
	strcpy((char *)a, "text");
	static char text[] = "new";
	vm_offset_t data;
	mach_msg_type_number_t n;

	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_READ));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_ALL);
	CK_KR_EQ(vm_write(mach_task_self(), a, (vm_offset_t)text, sizeof text),
	    KERN_PROTECTION_FAILURE);
	CK_KR(vm_read(mach_task_self(), a, 8, &data, &n));
	ck_assert_str_eq((const char *)data, "text");
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	ck_assert_str_eq((const char *)a, "text");	/* loads work */

	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_NONE));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_NONE,
	    VM_PROT_ALL);
	CK_KR_EQ(vm_read(mach_task_self(), a, 8, &data, &n),
	    KERN_PROTECTION_FAILURE);

	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_READ | VM_PROT_EXECUTE));
	check_region(mach_task_self(), a, vm_page_size,
	    VM_PROT_READ | VM_PROT_EXECUTE, VM_PROT_ALL);

	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_ALL));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_ALL,
	    VM_PROT_ALL);
	CK_KR(vm_write(mach_task_self(), a, (vm_offset_t)text, sizeof text));
	ck_assert_str_eq((const char *)a, "new");
	strcpy((char *)a, "stored");			/* stores work */
}
END_TEST

/* In a process of the task: stores to read-only and loads from
 * inaccessible pages fault. */
static void
expect_fault(vm_prot_t prot, int store)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		vm_address_t a = 0;
		if (vm_allocate(mach_task_self(), &a, vm_page_size, TRUE) !=
		    KERN_SUCCESS)
			_exit(1);
		if (vm_protect(mach_task_self(), a, vm_page_size, FALSE,
		    prot) != KERN_SUCCESS)
			_exit(1);
		/* The change is our own: the library's handler, which
		 * fetches changes made by other tasks, is not needed, and
		 * AddressSanitizer's would turn the signal into an exit. */
		signal(SIGSEGV, SIG_DFL);
		if (store)
			*(volatile char *)a = 1;
		else
			(void)*(volatile char *)a;
		_exit(2);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
	    "prot %d store %d: status 0x%x", prot, store, status);
}

START_TEST(vm_protect_enforced_in_process)
{
	expect_fault(VM_PROT_READ, 1);
	expect_fault(VM_PROT_NONE, 0);
	expect_fault(VM_PROT_NONE, 1);
}
END_TEST

/* set_maximum lowers the maximum; the current protection follows it down
 * and can no longer be raised above it. */
START_TEST(vm_protect_maximum)
{
	vm_address_t a = new_region(mach_task_self(), vm_page_size);
	strcpy((char *)a, "text");
	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, TRUE,
	    VM_PROT_READ | VM_PROT_EXECUTE));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ | VM_PROT_EXECUTE);
	/* A lower maximum that still allows the current one: kept. */
	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, TRUE,
	    VM_PROT_READ));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ);
	/* KERN_PROTECTION_FAILURE: the current protection beyond it. */
	CK_KR_EQ(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_READ | VM_PROT_WRITE), KERN_PROTECTION_FAILURE);
	CK_KR_EQ(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_EXECUTE), KERN_PROTECTION_FAILURE);
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ);
	ck_assert_str_eq((const char *)a, "text");
	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_NONE));
	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, FALSE,
	    VM_PROT_READ));
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ);
}
END_TEST

/*
 * KERN_PROTECTION_FAILURE, "The new protection increased the current or
 * maximum protection beyond the existing maximum protection": once
 * set_maximum has lowered the maximum, it cannot raise it again, and the
 * region's protections stay as they were.  GNU Mach refuses it too.
 */
START_TEST(vm_protect_maximum_not_raised)
{
	vm_address_t a = new_region(mach_task_self(), vm_page_size);
	CK_KR(vm_protect(mach_task_self(), a, vm_page_size, TRUE,
	    VM_PROT_READ));
	CK_KR_EQ(vm_protect(mach_task_self(), a, vm_page_size, TRUE,
	    VM_PROT_READ | VM_PROT_WRITE), KERN_PROTECTION_FAILURE);
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ);
	CK_KR_EQ(vm_protect(mach_task_self(), a, vm_page_size, TRUE,
	    VM_PROT_ALL), KERN_PROTECTION_FAILURE);
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_READ,
	    VM_PROT_READ);
}
END_TEST

/* The range is rounded out to whole pages; the region is split. */
START_TEST(vm_protect_rounds_to_pages)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, 4 * pg, FALSE));
	/* One byte inside page 1. */
	CK_KR(vm_protect(mach_task_self(), a + pg + 10, 1, FALSE,
	    VM_PROT_READ));
	check_region(mach_task_self(), a, pg, VM_PROT_DEFAULT, VM_PROT_ALL);
	check_region(mach_task_self(), a + pg, pg, VM_PROT_READ, VM_PROT_ALL);
	check_region(mach_task_self(), a + 2 * pg, 2 * pg, VM_PROT_DEFAULT,
	    VM_PROT_ALL);
	/* Two bytes over the boundary of pages 1 and 2: both pages. */
	CK_KR(vm_protect(mach_task_self(), a + 2 * pg - 1, 2, FALSE,
	    VM_PROT_NONE));
	check_region(mach_task_self(), a, pg, VM_PROT_DEFAULT, VM_PROT_ALL);
	check_region(mach_task_self(), a + pg, pg, VM_PROT_NONE, VM_PROT_ALL);
	check_region(mach_task_self(), a + 2 * pg, pg, VM_PROT_NONE,
	    VM_PROT_ALL);
	check_region(mach_task_self(), a + 3 * pg, pg, VM_PROT_DEFAULT,
	    VM_PROT_ALL);
	/* Page 0 is still writable through a pointer. */
	strcpy((char *)a, "page 0");
	/* Over several regions at once. */
	CK_KR(vm_protect(mach_task_self(), a, 4 * pg, TRUE, VM_PROT_READ));
	check_region(mach_task_self(), a, pg, VM_PROT_READ, VM_PROT_READ);
	check_region(mach_task_self(), a + pg, pg, VM_PROT_NONE, VM_PROT_READ);
	check_region(mach_task_self(), a + 2 * pg, pg, VM_PROT_NONE,
	    VM_PROT_READ);
	check_region(mach_task_self(), a + 3 * pg, pg, VM_PROT_READ,
	    VM_PROT_READ);
	ck_assert_str_eq((const char *)a, "page 0");
}
END_TEST

/* In a task made by task_create. */
START_TEST(vm_protect_other_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = new_region(child, 2 * vm_page_size);
	static char text[] = "child";
	CK_KR(vm_protect(child, a, vm_page_size, FALSE, VM_PROT_READ));
	check_region(child, a, vm_page_size, VM_PROT_READ, VM_PROT_ALL);
	check_region(child, a + vm_page_size, vm_page_size, VM_PROT_DEFAULT,
	    VM_PROT_ALL);
	CK_KR_EQ(vm_write(child, a, (vm_offset_t)text, sizeof text),
	    KERN_PROTECTION_FAILURE);
	CK_KR(vm_write(child, a + vm_page_size, (vm_offset_t)text,
	    sizeof text));
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ADDRESS: no region, or not all of the range allocated. */
START_TEST(vm_protect_invalid_address)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	CK_KR_EQ(vm_protect(mach_task_self(), a + 2 * pg, pg, FALSE,
	    VM_PROT_READ), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_protect(mach_task_self(), a, 2 * pg, FALSE, VM_PROT_READ),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_protect(mach_task_self(), a - pg, 2 * pg, FALSE,
	    VM_PROT_READ), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_protect(mach_task_self(), 0x10000, pg, FALSE, VM_PROT_READ),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_protect(mach_task_self(), WINDOW_BASE + WINDOW_SIZE, pg,
	    FALSE, VM_PROT_READ), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_protect(mach_task_self(), a, (vm_size_t)-pg, FALSE,
	    VM_PROT_READ), KERN_INVALID_ADDRESS);
	/* Nothing changed. */
	check_region(mach_task_self(), a, pg, VM_PROT_DEFAULT, VM_PROT_ALL);
}
END_TEST

/* KERN_INVALID_ARGUMENT: not a protection. */
START_TEST(vm_protect_invalid_protection)
{
	vm_address_t a = new_region(mach_task_self(), vm_page_size);
	CK_KR_EQ(vm_protect(mach_task_self(), a, vm_page_size, FALSE, 0x100),
	    KERN_INVALID_ARGUMENT);
	check_region(mach_task_self(), a, vm_page_size, VM_PROT_DEFAULT,
	    VM_PROT_ALL);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_protect_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = new_region(child, vm_page_size);
	CK_KR(task_terminate(child));
	CK_KR_EQ(vm_protect(child, a, vm_page_size, FALSE, VM_PROT_READ),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_protect(mach_host_self(), a, vm_page_size, FALSE,
	    VM_PROT_READ), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_protect)
{
	Suite *s = suite_create("vm_protect");
	TCase *tc = conformance_tcase("vm_protect");
	tcase_add_test(tc, vm_protect_current);
	tcase_add_test(tc, vm_protect_enforced_in_process);
	tcase_add_test(tc, vm_protect_maximum);
	tcase_add_test(tc, vm_protect_maximum_not_raised);
	tcase_add_test(tc, vm_protect_rounds_to_pages);
	tcase_add_test(tc, vm_protect_other_task);
	tcase_add_test(tc, vm_protect_invalid_address);
	tcase_add_test(tc, vm_protect_invalid_protection);
	tcase_add_test(tc, vm_protect_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
