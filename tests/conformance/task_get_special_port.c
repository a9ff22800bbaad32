/*
 * Conformance: task_get_special_port (osfmk-man/task_get_special_port.html).
 * "The task_get_special_port function returns a send right for a special
 * port belonging to task."  machemu has GNU Mach's special ports:
 * TASK_KERNEL_PORT (1), TASK_EXCEPTION_PORT (3) and TASK_BOOTSTRAP_PORT
 * (4); the page's TASK_HOST_NAME_PORT ("The current implementation does
 * not support" it, the page says) and the ledger ports do not exist in
 * GNU Mach.  Checked here:
 * - TASK_KERNEL_PORT: "This is the port returned by mach_task_self", for
 *   the caller's task, and for a task made by task_create the port
 *   task_create returned;
 * - TASK_BOOTSTRAP_PORT: a new task's is the name server
 *   (name_server_port), and a task made by task_create has its parent's;
 * - TASK_EXCEPTION_PORT: MACH_PORT_NULL when none is set, and the port
 *   task_set_special_port set;
 * - what is returned is a send right of the caller's: the port's name in
 *   the caller's space gains a user reference per call;
 * - the macro forms task_get_kernel_port, task_get_bootstrap_port and
 *   task_get_exception_port;
 * - a which_port that names no special port gives KERN_INVALID_ARGUMENT
 *   (GNU Mach's code; the page says only generic errors apply);
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <mach/task_special_ports.h>

#include "conformance.h"

/* TASK_KERNEL_PORT: the task's own port, a new send right each time. */
START_TEST(task_get_special_port_kernel)
{
	mach_port_t self = mach_task_self();
	mach_port_urefs_t before = send_refs(self);
	mach_port_t port = MACH_PORT_NULL;
	CK_KR(task_get_special_port(self, TASK_KERNEL_PORT, &port));
	ck_assert_uint_eq(port, self);
	ck_assert_uint_eq(send_refs(self), before + 1);
	CK_KR(task_get_kernel_port(self, &port));
	ck_assert_uint_eq(port, self);
	ck_assert_uint_eq(send_refs(self), before + 2);
	CK_KR(mach_port_mod_refs(self, self, MACH_PORT_RIGHT_SEND, -2));

	mach_port_t child;
	CK_KR(task_create(self, FALSE, &child));
	CK_KR(task_get_special_port(child, TASK_KERNEL_PORT, &port));
	ck_assert_uint_eq(port, child);
	ck_assert_uint_eq(send_refs(child), 2);
	CK_KR(task_terminate(child));
}
END_TEST

/* TASK_BOOTSTRAP_PORT: the name server, inherited by task_create. */
START_TEST(task_get_special_port_bootstrap)
{
	/* name_server_port is set when the process reaches machd. */
	(void)mach_task_self();
	ck_assert(MACH_PORT_VALID(name_server_port));
	mach_port_t port = MACH_PORT_NULL;
	mach_port_urefs_t before = send_refs(name_server_port);
	CK_KR(task_get_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    &port));
	ck_assert_uint_eq(port, name_server_port);
	ck_assert_uint_eq(send_refs(name_server_port), before + 1);
	CK_KR(task_get_bootstrap_port(mach_task_self(), &port));
	ck_assert_uint_eq(port, name_server_port);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_get_special_port(child, TASK_BOOTSTRAP_PORT, &port));
	ck_assert_uint_eq(port, name_server_port);
	/* The parent's, whatever it is. */
	mach_port_t p = new_send_receive();
	CK_KR(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT, p));
	mach_port_t child2;
	CK_KR(task_create(mach_task_self(), FALSE, &child2));
	CK_KR(task_get_special_port(child2, TASK_BOOTSTRAP_PORT, &port));
	ck_assert_uint_eq(port, p);
	CK_KR(task_get_special_port(child, TASK_BOOTSTRAP_PORT, &port));
	ck_assert_uint_eq(port, name_server_port);
	CK_KR(task_terminate(child));
	CK_KR(task_terminate(child2));
}
END_TEST

/* TASK_EXCEPTION_PORT: null until set, then the port set. */
START_TEST(task_get_special_port_exception)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_set_special_port(child, TASK_EXCEPTION_PORT,
	    MACH_PORT_NULL));
	mach_port_t port = 0x1234;
	CK_KR(task_get_special_port(child, TASK_EXCEPTION_PORT, &port));
	ck_assert_uint_eq(port, MACH_PORT_NULL);
	mach_port_t p = new_send_receive();
	CK_KR(task_set_special_port(child, TASK_EXCEPTION_PORT, p));
	mach_port_urefs_t before = send_refs(p);
	CK_KR(task_get_special_port(child, TASK_EXCEPTION_PORT, &port));
	ck_assert_uint_eq(port, p);
	ck_assert_uint_eq(send_refs(p), before + 1);
	CK_KR(task_get_exception_port(child, &port));
	ck_assert_uint_eq(port, p);
	CK_KR(task_terminate(child));
}
END_TEST

/* A which_port that names no special port. */
START_TEST(task_get_special_port_invalid_which)
{
	mach_port_t port;
	const int bad[] = { 0, 2, 5, 6, 99, -1 };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CK_KR_EQ(task_get_special_port(mach_task_self(), bad[i], &port),
		    KERN_INVALID_ARGUMENT);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_get_special_port_invalid_task)
{
	mach_port_t child = dead_task();
	mach_port_t port;
	CK_KR_EQ(task_get_special_port(child, TASK_BOOTSTRAP_PORT, &port),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_get_special_port(mach_host_self(), TASK_BOOTSTRAP_PORT,
	    &port), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_get_special_port)
{
	Suite *s = suite_create("task_get_special_port");
	TCase *tc = conformance_tcase("task_get_special_port");
	tcase_add_test(tc, task_get_special_port_kernel);
	tcase_add_test(tc, task_get_special_port_bootstrap);
	tcase_add_test(tc, task_get_special_port_exception);
	tcase_add_test(tc, task_get_special_port_invalid_which);
	tcase_add_test(tc, task_get_special_port_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
