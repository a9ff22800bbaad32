/*
 * Conformance: vm_read (osfmk-man/vm_read.html).
 * "The vm_read and vm_read_overwrite functions read a portion of a
 * task's virtual memory (they enable tasks to read other tasks' memory).
 * The vm_read function returns the data in a dynamically allocated array
 * of bytes."  Checked here:
 * - the bytes of the caller's own memory and of another task's (a task
 *   made by task_create), at any address and length, over page
 *   boundaries and over two adjacent regions;
 * - data_count is the number of bytes read;
 * - the data is a copy in a new region of the caller's address space
 *   (vm_region finds it; later stores to the source do not change it),
 *   which the caller frees with vm_deallocate;
 * - KERN_PROTECTION_FAILURE: memory that does not permit reading
 *   (VM_PROT_NONE, VM_PROT_WRITE alone);
 * - KERN_INVALID_ADDRESS: no region there, fewer than size bytes
 *   allocated after the address, an address outside the task's address
 *   space;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 * vm_read_overwrite, on the same page, is not in GNU Mach (no routine in
 * its mach.defs) and is not tested.
 */
#include <string.h>

#include "conformance.h"

/* A region of SIZE bytes in TASK whose byte I is (I * 7 + SEED) & 0xff. */
static vm_address_t
pattern_region(mach_port_t task, vm_size_t size, int seed)
{
	vm_address_t a = 0, buf = 0;
	CK_KR(vm_allocate(task, &a, size, TRUE));
	CK_KR(vm_allocate(mach_task_self(), &buf, size, TRUE));
	for (vm_size_t i = 0; i < size; i++)
		((unsigned char *)buf)[i] = (unsigned char)(i * 7 + seed);
	CK_KR(vm_write(task, a, buf, (mach_msg_type_number_t)size));
	CK_KR(vm_deallocate(mach_task_self(), buf, size));
	return a;
}

static void
check_pattern(const void *data, vm_size_t from, vm_size_t n, int seed)
{
	const unsigned char *p = data;
	for (vm_size_t i = 0; i < n; i++)
		ck_assert_msg(p[i] == (unsigned char)((from + i) * 7 + seed),
		    "byte %lu", (unsigned long)(from + i));
}

/* Our own memory, at any address and length. */
START_TEST(vm_read_own)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = pattern_region(mach_task_self(), 3 * pg, 1);
	const struct { vm_size_t off, len; } cases[] = {
		{ 0, 3 * pg }, { 0, 1 }, { 5, 11 }, { pg - 3, 6 },
		{ pg / 2, 2 * pg }, { 3 * pg - 1, 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		vm_offset_t data = 0;
		mach_msg_type_number_t n = 0;
		CK_KR(vm_read(mach_task_self(), a + cases[i].off, cases[i].len,
		    &data, &n));
		ck_assert_uint_eq(n, cases[i].len);
		check_pattern((void *)data, cases[i].off, n, 1);
		CK_KR(vm_deallocate(mach_task_self(), data, n));
	}
}
END_TEST

/* Another task's memory. */
START_TEST(vm_read_other_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_size_t pg = vm_page_size;
	vm_address_t a = pattern_region(child, 2 * pg, 9);
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, a + 100, pg, &data, &n));
	ck_assert_uint_eq(n, pg);
	check_pattern((void *)data, 100, n, 9);
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(task_terminate(child));
}
END_TEST

/* Over two adjacent regions. */
START_TEST(vm_read_two_regions)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT, b = FIXED_AT + pg;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &b, pg, FALSE));
	memset((char *)a, 'a', pg);
	memset((char *)b, 'b', pg);
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(mach_task_self(), a + pg - 2, 4, &data, &n));
	ck_assert_uint_eq(n, 4);
	ck_assert_int_eq(memcmp((void *)data, "aabb", 4), 0);
	CK_KR(vm_deallocate(mach_task_self(), data, n));
}
END_TEST

/* The data is a copy, in a region of its own in the caller's space. */
START_TEST(vm_read_data_is_copy)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, 2 * pg, TRUE));
	strcpy((char *)a, "original");
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(mach_task_self(), a, 2 * pg, &data, &n));
	ck_assert_uint_ne(data, a);
	struct region r;
	CK_KR(region_at(mach_task_self(), data, &r));
	ck_assert_uint_le(r.addr, data);
	ck_assert_uint_ge(r.addr + r.size, data + n);
	ck_assert(r.prot & VM_PROT_WRITE);
	strcpy((char *)a, "changed");
	ck_assert_str_eq((const char *)data, "original");
	strcpy((char *)data, "mine");			/* ours to write */
	ck_assert_str_eq((const char *)a, "changed");
	CK_KR(vm_deallocate(mach_task_self(), data, n));
}
END_TEST

/* KERN_PROTECTION_FAILURE: the memory does not permit reading. */
START_TEST(vm_read_protection_failure)
{
	vm_size_t pg = vm_page_size;
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = pattern_region(child, 3 * pg, 3);
	CK_KR(vm_protect(child, a + pg, pg, FALSE, VM_PROT_NONE));
	CK_KR(vm_protect(child, a + 2 * pg, pg, FALSE, VM_PROT_WRITE));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(child, a + pg, 8, &data, &n), KERN_PROTECTION_FAILURE);
	CK_KR_EQ(vm_read(child, a + pg - 4, 8, &data, &n),
	    KERN_PROTECTION_FAILURE);
	CK_KR_EQ(vm_read(child, a + 2 * pg, 8, &data, &n),
	    KERN_PROTECTION_FAILURE);
	CK_KR(vm_read(child, a, pg, &data, &n));	/* page 0 still reads */
	check_pattern((void *)data, 0, n, 3);
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(task_terminate(child));
}
END_TEST

/* KERN_INVALID_ADDRESS: no region, or fewer than size bytes after the
 * address, or outside the address space. */
START_TEST(vm_read_invalid_address)
{
	vm_size_t pg = vm_page_size;
	vm_address_t a = FIXED_AT;
	CK_KR(vm_allocate(mach_task_self(), &a, pg, FALSE));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(mach_task_self(), a + 2 * pg, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_read(mach_task_self(), a + pg - 4, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_read(mach_task_self(), a - 4, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_read(mach_task_self(), 0x10000, 8, &data, &n),
	    KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_read(mach_task_self(), WINDOW_BASE + WINDOW_SIZE, 8, &data,
	    &n), KERN_INVALID_ADDRESS);
	CK_KR_EQ(vm_read(mach_task_self(), (vm_address_t)-8, 16, &data, &n),
	    KERN_INVALID_ADDRESS);
	/* A task with no memory at all. */
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR_EQ(vm_read(child, a, 8, &data, &n), KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(vm_read_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t a = pattern_region(child, vm_page_size, 0);
	CK_KR(task_terminate(child));
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR_EQ(vm_read(child, a, 8, &data, &n), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(vm_read(mach_host_self(), a, 8, &data, &n), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(vm_read)
{
	Suite *s = suite_create("vm_read");
	TCase *tc = conformance_tcase("vm_read");
	tcase_add_test(tc, vm_read_own);
	tcase_add_test(tc, vm_read_other_task);
	tcase_add_test(tc, vm_read_two_regions);
	tcase_add_test(tc, vm_read_data_is_copy);
	tcase_add_test(tc, vm_read_protection_failure);
	tcase_add_test(tc, vm_read_invalid_address);
	tcase_add_test(tc, vm_read_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
