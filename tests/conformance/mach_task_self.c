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
#include <sys/wait.h>
#include <unistd.h>

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

#pragma pack(push, 4)
struct port_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t port;
};
#pragma pack(pop)

/* A forked process is a task with a kernel port of its own. */
START_TEST(mach_task_self_other_task)
{
	mach_port_t rv;
	int fds[2];
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &rv));
	CK_KR(mach_port_insert_right(mach_task_self(), rv, rv,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_ports_register(mach_task_self(), &rv, 1));
	ck_assert_int_eq(pipe(fds), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		struct port_msg m;
		char b;
		close(fds[1]);
		if (mach_ports_lookup(mach_task_self(), &ports, &n) !=
		    KERN_SUCCESS || n < 1)
			_exit(1);
		memset(&m, 0, sizeof m);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_remote_port = ports[0];
		m.type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
		m.type.msgt_size = 32;
		m.type.msgt_number = 1;
		m.type.msgt_inline = TRUE;
		m.port = mach_task_self();
		if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL) != MACH_MSG_SUCCESS)
			_exit(2);
		while (read(fds[0], &b, 1) > 0)
			;
		_exit(0);
	}
	close(fds[0]);
	struct {
		struct port_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    rv, 10000, MACH_PORT_NULL));
	mach_port_t theirs = r.m.port;
	ck_assert(MACH_PORT_VALID(theirs));
	ck_assert_uint_ne(theirs, mach_task_self());
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(theirs, TASK_BASIC_INFO, (task_info_t)&info, &count));
	/* Its address space is not ours: the same address can be
	 * allocated in both. */
	const vm_address_t at = 0x200000000000ULL + ((vm_size_t)64 << 30);
	vm_address_t a = at, b = at;
	CK_KR(vm_allocate(theirs, &a, vm_page_size, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &b, vm_page_size, FALSE));
	CK_KR_EQ(vm_allocate(theirs, &a, vm_page_size, FALSE), KERN_NO_SPACE);
	close(fds[1]);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
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
