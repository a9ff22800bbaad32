/*
 * Conformance: mach_host_self (osfmk-man/mach_host_self.html).
 * "The mach_host_self function returns send rights to the task's host
 * self port.  By default, this is the name port for the current host."
 * RETURN VALUES: "[host-self send right] Send rights to the host's name
 * port."  Checked here:
 * - the name denotes a send right, to a port that answers host calls
 *   (host_info) and is no task port (task_info fails on it);
 * - every call names the same port, in any thread of the process;
 * - a forked process (a task of its own) gets a send right to the same
 *   host port: the right it sends back lands under our name for it;
 * - the send right is the caller's: each call adds a user reference, and
 *   once the caller releases them all the next call still gives a right.
 */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

START_TEST(mach_host_self_send_right)
{
	mach_port_t host = mach_host_self();
	ck_assert(MACH_PORT_VALID(host));
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), host, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_SEND);
	host_basic_info_data_t info;
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT;
	CK_KR(host_info(host, HOST_BASIC_INFO, (host_info_t)&info, &count));
	ck_assert_int_ge(info.avail_cpus, 1);
	task_basic_info_data_t tinfo;
	count = TASK_BASIC_INFO_COUNT;
	CK_KR_EQ(task_info(host, TASK_BASIC_INFO, (task_info_t)&tinfo, &count),
	    KERN_INVALID_TASK);
	ck_assert_uint_ne(host, mach_task_self());
}
END_TEST

static void *
other_thread(void *arg)
{
	*(mach_port_t *)arg = mach_host_self();
	return NULL;
}

/* The same port, call after call and thread after thread. */
START_TEST(mach_host_self_same_port)
{
	mach_port_t a = mach_host_self(), b = mach_host_self(), c = 0;
	ck_assert_uint_eq(a, b);
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, other_thread, &c), 0);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	ck_assert_uint_eq(c, a);
}
END_TEST

/* Another task's host port is the same port. */
START_TEST(mach_host_self_other_task)
{
	mach_port_t rv = rendezvous_new();
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		_exit(rendezvous_send(mach_host_self(),
		    MACH_MSG_TYPE_COPY_SEND));
	mach_port_t host = receive_right(rv, MACH_MSG_TYPE_PORT_SEND, 10000);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_uint_eq(host, mach_host_self());
}
END_TEST

/*
 * The trap "returns send rights" that belong to the caller
 * (<mach/mach_traps.h> says so too), as GNU Mach's trap does: each call
 * adds a user reference to the same name, and a program may
 * mach_port_deallocate the right when done with it (GNU Hurd code does).
 * After every reference is released, a new mach_host_self() returns a
 * send right that host calls still accept.
 */
START_TEST(mach_host_self_callers_right)
{
	mach_port_t host = mach_host_self();
	mach_port_urefs_t before = 0, after = 0;
	CK_KR(mach_port_get_refs(mach_task_self(), host, MACH_PORT_RIGHT_SEND,
	    &before));
	mach_port_t again = mach_host_self();
	ck_assert_uint_eq(again, host);
	CK_KR(mach_port_get_refs(mach_task_self(), host, MACH_PORT_RIGHT_SEND,
	    &after));
	ck_assert_uint_eq(after, before + 1);
	/* Release every right we were given; a new call still works. */
	CK_KR(mach_port_mod_refs(mach_task_self(), host, MACH_PORT_RIGHT_SEND,
	    -(mach_port_delta_t)after));
	mach_port_t fresh = mach_host_self();
	host_basic_info_data_t info;
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT;
	CK_KR(host_info(fresh, HOST_BASIC_INFO, (host_info_t)&info, &count));
}
END_TEST

CONFORMANCE_PAGE(mach_host_self)
{
	Suite *s = suite_create("mach_host_self");
	TCase *tc = conformance_tcase("mach_host_self");
	tcase_add_test(tc, mach_host_self_send_right);
	tcase_add_test(tc, mach_host_self_same_port);
	tcase_add_test(tc, mach_host_self_other_task);
	tcase_add_test(tc, mach_host_self_callers_right);
	suite_add_tcase(s, tc);
	return s;
}
