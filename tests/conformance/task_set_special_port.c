/*
 * Conformance: task_set_special_port (osfmk-man/task_set_special_port.html).
 * "The task_set_special_port function sets a special port belonging to
 * task."  machemu has GNU Mach's special ports: TASK_KERNEL_PORT (1),
 * TASK_EXCEPTION_PORT (3) and TASK_BOOTSTRAP_PORT (4); the page's
 * TASK_HOST_NAME_PORT (which "The current implementation does not
 * support", the page says) and ledger ports do not exist in GNU Mach.
 * Checked here:
 * - TASK_BOOTSTRAP_PORT and TASK_EXCEPTION_PORT, in the caller's task
 *   and in a task made by task_create: task_get_special_port returns
 *   the port set, MACH_PORT_NULL clears it, and the setting reaches the
 *   tasks task_create makes afterwards (not those made before);
 * - the task holds a send right of its own to the port: the caller's
 *   rights are unchanged by the call (the right is copied), and the port
 *   keeps a sender after the caller drops its rights; replacing or
 *   clearing the special port releases that right (the port loses its
 *   last sender: no-senders notification);
 * - the macro forms task_set_bootstrap_port and task_set_exception_port;
 * - documented deviation: TASK_KERNEL_PORT cannot be set (the page
 *   allows it, changing only what task_get_special_port returns); machd
 *   answers KERN_INVALID_ARGUMENT and the kernel port stays the task's;
 * - a which_port that names no special port gives KERN_INVALID_ARGUMENT
 *   (GNU Mach's code; the page says only generic errors apply);
 * - a special_port name that denotes no send right fails in the send of
 *   the request (MACH_SEND_INVALID_RIGHT), with nothing changed;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>

#include <mach/notify.h>
#include <mach/task_special_ports.h>

#include "conformance.h"

static int
has_senders(mach_port_t port)
{
	return status_of(port).mps_srights;
}

/* Set, read back, clear; in our task and another; for both ports. */
static void
check_set_get(mach_port_t task, int which)
{
	mach_port_t p = new_send_receive(), q = new_send_receive();
	mach_port_urefs_t before = send_refs(p);
	CK_KR(task_set_special_port(task, which, p));
	ck_assert_uint_eq(send_refs(p), before);	/* copied */
	ck_assert_uint_eq(get_special(task, which), p);
	CK_KR(task_set_special_port(task, which, q));
	ck_assert_uint_eq(get_special(task, which), q);
	CK_KR(task_set_special_port(task, which, MACH_PORT_NULL));
	ck_assert_uint_eq(get_special(task, which), MACH_PORT_NULL);
}

START_TEST(task_set_special_port_bootstrap)
{
	check_set_get(mach_task_self(), TASK_BOOTSTRAP_PORT);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	check_set_get(child, TASK_BOOTSTRAP_PORT);
	mach_port_t p = new_send_receive();
	CK_KR(task_set_bootstrap_port(child, p));
	ck_assert_uint_eq(get_special(child, TASK_BOOTSTRAP_PORT), p);
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(task_set_special_port_exception)
{
	check_set_get(mach_task_self(), TASK_EXCEPTION_PORT);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	check_set_get(child, TASK_EXCEPTION_PORT);
	mach_port_t p = new_send_receive();
	CK_KR(task_set_exception_port(child, p));
	ck_assert_uint_eq(get_special(child, TASK_EXCEPTION_PORT), p);
	CK_KR(task_terminate(child));
}
END_TEST

/* The setting reaches tasks made afterwards, not those made before. */
START_TEST(task_set_special_port_inherited)
{
	mach_port_t before;
	CK_KR(task_create(mach_task_self(), FALSE, &before));
	mach_port_t boot = new_send_receive(), exc = new_send_receive();
	CK_KR(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    boot));
	CK_KR(task_set_special_port(mach_task_self(), TASK_EXCEPTION_PORT,
	    exc));
	mach_port_t after;
	CK_KR(task_create(mach_task_self(), FALSE, &after));
	ck_assert_uint_eq(get_special(after, TASK_BOOTSTRAP_PORT), boot);
	ck_assert_uint_eq(get_special(after, TASK_EXCEPTION_PORT), exc);
	ck_assert_uint_eq(get_special(before, TASK_BOOTSTRAP_PORT),
	    name_server_port);
	ck_assert_uint_ne(get_special(before, TASK_EXCEPTION_PORT), exc);
	CK_KR(task_terminate(before));
	CK_KR(task_terminate(after));
}
END_TEST

/* The task holds its own send right, released when replaced. */
START_TEST(task_set_special_port_holds_right)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	const int which[] = { TASK_BOOTSTRAP_PORT, TASK_EXCEPTION_PORT };
	for (int i = 0; i < 2; i++) {
		mach_port_t p = new_send_receive();
		CK_KR(task_set_special_port(child, which[i], p));
		CK_KR(mach_port_deallocate(mach_task_self(), p));
		ck_assert(has_senders(p));
		mach_port_t notify, previous;
		CK_KR(mach_port_allocate(mach_task_self(),
		    MACH_PORT_RIGHT_RECEIVE, &notify));
		CK_KR(mach_port_request_notification(mach_task_self(), p,
		    MACH_NOTIFY_NO_SENDERS, 0, notify,
		    MACH_MSG_TYPE_MAKE_SEND_ONCE, &previous));
		if (i == 0)
			CK_KR(task_set_special_port(child, which[i],
			    MACH_PORT_NULL));
		else
			CK_KR(task_set_special_port(child, which[i],
			    new_send_receive()));
		struct {
			mach_msg_header_t head;
			char body[128];
		} m;
		memset(&m, 0, sizeof m);
		CK_KR(mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
		    sizeof m, notify, 5000, MACH_PORT_NULL));
		ck_assert_int_eq(m.head.msgh_id, MACH_NOTIFY_NO_SENDERS);
		ck_assert(!has_senders(p));
	}
	CK_KR(task_terminate(child));
}
END_TEST

/* Documented deviation: the kernel port cannot be replaced. */
START_TEST(task_set_special_port_kernel_refused)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	mach_port_t p = new_send_receive();
	CK_KR_EQ(task_set_special_port(child, TASK_KERNEL_PORT, p),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(task_set_kernel_port(child, p), KERN_INVALID_ARGUMENT);
	ck_assert_uint_eq(get_special(child, TASK_KERNEL_PORT), child);
	CK_KR_EQ(task_set_special_port(mach_task_self(), TASK_KERNEL_PORT, p),
	    KERN_INVALID_ARGUMENT);
	ck_assert_uint_eq(get_special(mach_task_self(), TASK_KERNEL_PORT),
	    mach_task_self());
	CK_KR(task_terminate(child));
}
END_TEST

/* A which_port that names no special port. */
START_TEST(task_set_special_port_invalid_which)
{
	mach_port_t p = new_send_receive();
	const int bad[] = { 0, 2, 5, 6, 99, -1 };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CK_KR_EQ(task_set_special_port(mach_task_self(), bad[i], p),
		    KERN_INVALID_ARGUMENT);
	ck_assert_uint_eq(send_refs(p), 1);
}
END_TEST

/* A name that is no send right: the request cannot be sent. */
START_TEST(task_set_special_port_invalid_right)
{
	mach_port_t boot = get_special(mach_task_self(), TASK_BOOTSTRAP_PORT);
	CK_KR_EQ(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    0x7a000017), MACH_SEND_INVALID_RIGHT);
	mach_port_t recv_only = new_receive();
	CK_KR_EQ(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    recv_only), MACH_SEND_INVALID_RIGHT);
	ck_assert_uint_eq(get_special(mach_task_self(), TASK_BOOTSTRAP_PORT),
	    boot);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_set_special_port_invalid_task)
{
	mach_port_t child = dead_task();
	mach_port_t p = new_send_receive();
	CK_KR_EQ(task_set_special_port(child, TASK_BOOTSTRAP_PORT, p),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_set_special_port(mach_host_self(), TASK_BOOTSTRAP_PORT,
	    p), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_set_special_port)
{
	Suite *s = suite_create("task_set_special_port");
	TCase *tc = conformance_tcase("task_set_special_port");
	tcase_add_test(tc, task_set_special_port_bootstrap);
	tcase_add_test(tc, task_set_special_port_exception);
	tcase_add_test(tc, task_set_special_port_inherited);
	tcase_add_test(tc, task_set_special_port_holds_right);
	tcase_add_test(tc, task_set_special_port_kernel_refused);
	tcase_add_test(tc, task_set_special_port_invalid_which);
	tcase_add_test(tc, task_set_special_port_invalid_right);
	tcase_add_test(tc, task_set_special_port_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
