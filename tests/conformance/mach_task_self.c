/*
 * Conformance: mach_task_self (osfmk-man/mach_task_self.html).
 * "The mach_task_self function returns send rights to the task's kernel
 * port."  NOTES: "This function call is redefined in the mach_init.h
 * file to return the caller's mach_task_self_ environment variable,
 * which is cached on behalf of the caller's task at runtime."  Checked
 * here:
 * - the name denotes a send right to the task's kernel port: the one
 *   task_get_special_port(TASK_KERNEL_PORT) returns, on which task calls
 *   (task_info, vm_allocate) act on the caller's own task (memory it
 *   allocates is usable through pointers);
 * - it is the cached value (__mach_task_self_, glibc's name), the same
 *   in every call and every thread, and calling it adds no user
 *   reference (the cache holds the one right);
 * - another task (a forked process) has a task port of its own: the
 *   right it sends us lands under a name other than ours, to a port that
 *   answers for that task (task_info works; its address space is not
 *   ours).
 */
#include <pthread.h>
#include <string.h>

#include <mach/task_special_ports.h>

#include "conformance.h"

/* A send right to our own kernel port. */
START_TEST(mach_task_self_kernel_port)
{
	mach_port_t self = mach_task_self();
	ck_assert(MACH_PORT_VALID(self));
	mach_port_type_t t;
	CK_KR(mach_port_type(self, self, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_SEND);
	mach_port_t kport;
	CK_KR(task_get_special_port(self, TASK_KERNEL_PORT, &kport));
	ck_assert_uint_eq(kport, self);
	CK_KR(mach_port_deallocate(self, kport));	/* the extra right */
	/* Calls on it act on our own task. */
	vm_address_t a = 0;
	CK_KR(vm_allocate(self, &a, vm_page_size, TRUE));
	strcpy((char *)a, "own memory");
	ck_assert_str_eq((const char *)a, "own memory");
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(self, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_int_eq(info.suspend_count, 0);
	ck_assert_uint_ge(info.virtual_size, vm_page_size);
}
END_TEST

static void *
other_thread(void *arg)
{
	*(mach_port_t *)arg = mach_task_self();
	return NULL;
}

/* The cached value: the same everywhere, no reference added. */
START_TEST(mach_task_self_cached)
{
	mach_port_t self = mach_task_self();
	ck_assert_uint_eq(self, __mach_task_self_);
	mach_port_urefs_t before = 0, after = 0;
	CK_KR(mach_port_get_refs(self, self, MACH_PORT_RIGHT_SEND, &before));
	ck_assert_uint_ge(before, 1);
	for (int i = 0; i < 10; i++)
		ck_assert_uint_eq(mach_task_self(), self);
	CK_KR(mach_port_get_refs(self, self, MACH_PORT_RIGHT_SEND, &after));
	ck_assert_uint_eq(after, before);
	mach_port_t other = 0;
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, other_thread, &other), 0);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	ck_assert_uint_eq(other, self);
}
END_TEST

/* A forked process is a task with a kernel port of its own. */
START_TEST(mach_task_self_other_task)
{
	struct child c;
	child_start(&c);
	mach_port_t theirs = c.task;
	ck_assert(MACH_PORT_VALID(theirs));
	ck_assert_uint_ne(theirs, mach_task_self());
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(theirs, TASK_BASIC_INFO, (task_info_t)&info, &count));
	/* Its address space is not ours: the same address can be
	 * allocated in both. */
	vm_address_t a = FIXED_AT, b = FIXED_AT;
	CK_KR(vm_allocate(theirs, &a, vm_page_size, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size, FALSE));
	CK_KR_EQ(vm_allocate(theirs, &a, vm_page_size, FALSE), KERN_NO_SPACE);
	child_stop(&c);
}
END_TEST

CONFORMANCE_PAGE(mach_task_self)
{
	Suite *s = suite_create("mach_task_self");
	TCase *tc = conformance_tcase("mach_task_self");
	tcase_add_test(tc, mach_task_self_kernel_port);
	tcase_add_test(tc, mach_task_self_cached);
	tcase_add_test(tc, mach_task_self_other_task);
	suite_add_tcase(s, tc);
	return s;
}
