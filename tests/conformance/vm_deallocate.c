/*
 * Conformance: vm_deallocate (osfmk-man/vm_deallocate.html).
 * "The vm_deallocate function deallocates a region of virtual memory in
 * the specified task's address space.  The region starts at the
 * beginning of the virtual page containing address and ends at the end
 * of the virtual page containing address + size - 1 ... vm_deallocate
 * affects only target_task.  Other tasks that have access to the
 * deallocated memory can continue to reference it ... vm_deallocate can
 * be used to deallocate memory passed as out-of-line data in a message."
 * Checked here:
 * - the pages are gone: vm_region no longer finds them, vm_read gives
 *   KERN_INVALID_ADDRESS, a touch through a pointer faults (in a forked
 *   process, a task of its own), and the range can be allocated again;
 * - the rounding to pages, the first, a middle or the last pages of a
 *   region, and a range over two regions;
 * - a region a task made by task_create shares with us stays readable
 *   and writable for it after we deallocate it, and the reverse;
 * - out-of-line data received in a message (vm_read's, here) is freed;
 * - size 0 changes nothing (as in GNU Mach; the page says nothing);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 * - KERN_INVALID_ADDRESS ("The address is illegal or specifies a
 *   non-allocated region") for a range with no region in it, an address
 *   outside the task's address space and a range that wraps around its
 *   end, with the task's regions unchanged.
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

/* True if no region of TASK holds a byte of [ADDR, ADDR + SIZE). */
static int
is_free(mach_port_t task, vm_address_t addr, vm_size_t size)
{
	struct region r;
	kern_return_t kr = region_at(task, addr, &r);
	ck_assert(kr == KERN_SUCCESS || kr == KERN_INVALID_ADDRESS);
	return kr == KERN_INVALID_ADDRESS || r.addr >= addr + size;
}

/* True if [ADDR, ADDR + SIZE) of TASK is one region, exactly. */
static int
is_region(mach_port_t task, vm_address_t addr, vm_size_t size)
{
	struct region r;
	return region_at(task, addr, &r) == KERN_SUCCESS && r.addr == addr &&
	    r.size == size;
}

/* The region is gone and its range free again. */
START_TEST(vm_deallocate_region)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, 3 * vm_page_size, TRUE));
	strcpy((char *)a, "gone soon");
	CK_KR(vm_deallocate(mach_task_self(), a, 3 * vm_page_size));
	ck_assert(is_free(mach_task_self(), a, 3 * vm_page_size));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(mach_task_self(), a, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	/* The range can be allocated again, zero filled. */
	vm_address_t b = a;
	CK_KR(vm_allocate(mach_task_self(), &b, 3 * vm_page_size, FALSE));
	ck_assert_uint_eq(b, a);
	ck_assert_int_eq(*(const char *)a, 0);
}
END_TEST

/* A touch of deallocated memory faults in the task's process. */
START_TEST(vm_deallocate_touch_faults)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		vm_address_t a = 0;
		if (vm_allocate(mach_task_self(), &a, vm_page_size, TRUE) !=
		    KERN_SUCCESS)
			_exit(1);
		*(volatile char *)a = 1;
		if (vm_deallocate(mach_task_self(), a, vm_page_size) !=
		    KERN_SUCCESS)
			_exit(2);
		/* The change is our own: the library's handler, which
		 * fetches changes made by other tasks, is not needed, and
		 * AddressSanitizer's would turn the signal into an exit. */
		signal(SIGSEGV, SIG_DFL);
		(void)*(volatile char *)a;	/* this faults */
		_exit(3);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
	    "status 0x%x", status);
}
END_TEST

/* From the page holding address to the page holding address + size - 1. */
START_TEST(vm_deallocate_rounds_to_pages)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, 4 * pg);
	/* One byte inside the first page: that page. */
	CK_KR(vm_deallocate(mach_task_self(), a + 100, 1));
	ck_assert(is_free(mach_task_self(), a, pg));
	ck_assert(is_region(mach_task_self(), a + pg, 3 * pg));
	/* Two bytes over the boundary of pages 1 and 2: both pages. */
	CK_KR(vm_deallocate(mach_task_self(), a + 2 * pg - 1, 2));
	ck_assert(is_free(mach_task_self(), a, 3 * pg));
	ck_assert(is_region(mach_task_self(), a + 3 * pg, pg));
	*(volatile char *)(a + 3 * pg) = 1;	/* the rest is still there */
}
END_TEST

/* A middle page: the region is cut in two. */
START_TEST(vm_deallocate_middle)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, 3 * pg);
	strcpy((char *)a, "first");
	strcpy((char *)a + 2 * pg, "last");
	CK_KR(vm_deallocate(mach_task_self(), a + pg, pg));
	ck_assert(is_region(mach_task_self(), a, pg));
	ck_assert(is_free(mach_task_self(), a + pg, pg));
	ck_assert(is_region(mach_task_self(), a + 2 * pg, pg));
	ck_assert_str_eq((const char *)a, "first");
	ck_assert_str_eq((const char *)a + 2 * pg, "last");
}
END_TEST

/* A range over two regions and the gap between them. */
START_TEST(vm_deallocate_two_regions)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, 2 * pg);
	vm_address_t b = fixed_region(mach_task_self(),
	    FIXED_AT + 3 * pg, 2 * pg);
	vm_address_t c = fixed_region(mach_task_self(), FIXED_AT + 6 * pg, pg);
	CK_KR(vm_deallocate(mach_task_self(), a + pg, b + pg - (a + pg)));
	ck_assert(is_region(mach_task_self(), a, pg));
	ck_assert(is_free(mach_task_self(), a + pg, 3 * pg));
	ck_assert(is_region(mach_task_self(), b + pg, pg));
	ck_assert(is_region(mach_task_self(), c, pg));
}
END_TEST

/* "affects only target_task": a task that shares the memory keeps it. */
START_TEST(vm_deallocate_other_tasks_keep_it)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, VM_INHERIT_SHARE));
	strcpy((char *)a, "shared");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	CK_KR(vm_deallocate(mach_task_self(), a, vm_page_size));
	ck_assert(is_free(mach_task_self(), a, vm_page_size));
	ck_assert(is_region(child, a, vm_page_size));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a, 8, &data, &n));
	ck_assert_str_eq((const char *)data, "shared");
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	static char text[] = "still";
	CK_KR(vm_write(child, a, (vm_offset_t)text, sizeof text));

	/* The reverse: the child lets go, we keep it. */
	vm_address_t b = 0;
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size, TRUE));
	CK_KR(vm_inherit(mach_task_self(), b, vm_page_size, VM_INHERIT_SHARE));
	mach_port_t child2;
	CK_KR(task_create(mach_task_self(), TRUE, &child2));
	CK_KR(vm_deallocate(child2, b, vm_page_size));
	ck_assert(is_free(child2, b, vm_page_size));
	ck_assert(is_region(mach_task_self(), b, vm_page_size));
	strcpy((char *)b, "ours");
	ck_assert_str_eq((const char *)b, "ours");
	CK_KR(task_terminate(child));
	CK_KR(task_terminate(child2));
}
END_TEST

/* Out-of-line data received in a message is a region to deallocate. */
START_TEST(vm_deallocate_ool_data)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, TRUE));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(mach_task_self(), a, 2 * vm_page_size, &data, &n));
	ck_assert(is_region(mach_task_self(), data, 2 * vm_page_size));
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	ck_assert(is_free(mach_task_self(), data, 2 * vm_page_size));
}
END_TEST

/* Size 0 deallocates nothing. */
START_TEST(vm_deallocate_size_zero)
{
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, vm_page_size);
	CK_KR(vm_deallocate(mach_task_self(), a, 0));
	ck_assert(is_region(mach_task_self(), a, vm_page_size));
}
END_TEST

/*
 * KERN_INVALID_ADDRESS, "The address is illegal or specifies a
 * non-allocated region": for a range with no region in it, for an
 * address outside the task's address space (below the task window and
 * at its end) and for a range that wraps around the end of the address
 * space; the region nearby stays.  (GNU Mach answers KERN_SUCCESS for a
 * range with no region in it and for an address outside the address
 * space; the page's code is the one tested.)
 */
START_TEST(vm_deallocate_invalid_address)
{
	vm_address_t a = fixed_region(mach_task_self(), FIXED_AT, vm_page_size);
	CK_KR_EQ(vm_deallocate(mach_task_self(), a + 4 * vm_page_size,
	    vm_page_size), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_deallocate(mach_task_self(), 0x10000, vm_page_size),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_deallocate(mach_task_self(), WINDOW_BASE + WINDOW_SIZE,
	    vm_page_size), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_deallocate(mach_task_self(), a, (vm_size_t)-vm_page_size),
	    KERN_INVALID_ADDRESS);
	ck_assert(is_region(mach_task_self(), a, vm_page_size));
}
END_TEST

/* Generic errors: a dead task port. */
START_TEST(vm_deallocate_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = 0;
	CK_KR(vm_allocate(child, &a, vm_page_size, TRUE));
	CK_KR(task_terminate(child));
	CK_KR_EQ(vm_deallocate(child, a, vm_page_size), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_deallocate(mach_host_self(), a, vm_page_size),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_deallocate)
{
	Suite *s = suite_create("vm_deallocate");
	TCase *tc = conformance_tcase("vm_deallocate");
	tcase_add_test(tc, vm_deallocate_region);
	tcase_add_test(tc, vm_deallocate_touch_faults);
	tcase_add_test(tc, vm_deallocate_rounds_to_pages);
	tcase_add_test(tc, vm_deallocate_middle);
	tcase_add_test(tc, vm_deallocate_two_regions);
	tcase_add_test(tc, vm_deallocate_other_tasks_keep_it);
	tcase_add_test(tc, vm_deallocate_ool_data);
	tcase_add_test(tc, vm_deallocate_size_zero);
	tcase_add_test(tc, vm_deallocate_invalid_address);
	tcase_add_test(tc, vm_deallocate_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
