/*
 * Conformance: do_mach_notify_send_once and do_seqnos_mach_notify_send_once
 * (osfmk-man/do_mach_notify_send_once.html).  "Called by notify_server
 * as the result of a kernel message indicating that a send-once right
 * was in any way destroyed"; notify "is the port for which a send-once
 * right was destroyed" (mach_msg: "Each send-once right generated
 * guarantees the receipt of a single message, either a message sent to
 * that send-once right or, if the send-once right is in any way
 * destroyed, a send-once notification").  The server functions are
 * defined here and record their calls (notify_calls.h); the tests
 * destroy send-once rights in several ways -- released by their holder,
 * dying with another task, the no-senders request a moved receive right
 * cancels -- and check that the function hears of each, once, and of
 * none that was used for a message.
 */
#include <string.h>

#include "conformance.h"
#include "notify_calls.h"

kern_return_t
do_mach_notify_send_once(mach_port_t notify)
{
	return notify_calls_record(MACH_NOTIFY_SEND_ONCE, false, notify, 0, 0);
}

kern_return_t
do_seqnos_mach_notify_send_once(mach_port_t notify, mach_port_seqno_t seqno)
{
	return notify_calls_record(MACH_NOTIFY_SEND_ONCE, true, notify, seqno,
	    0);
}

/* Released by its holder (mach_port_deallocate, mach_port_mod_refs,
 * mach_port_destroy): one notification each, a kernel message to the
 * port the right named. */
START_TEST(do_mach_notify_send_once_released)
{
	mach_port_t n = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(n)));
	CK_KR(mach_port_mod_refs(mach_task_self(), send_once_to(n),
	    MACH_PORT_RIGHT_SEND_ONCE, -1));
	CK_KR(mach_port_destroy(mach_task_self(), send_once_to(n)));
	for (int i = 0; i < 3; i++) {
		CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
		ck_assert(handled);
		ck_assert_int_eq(req.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
		ck_assert_uint_eq(req.head.msgh_size, sizeof req.head);
		ck_assert_uint_eq(req.head.msgh_bits,
		    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE));
		ck_assert_uint_eq(req.head.msgh_local_port, n);
		ck_assert_uint_eq(req.head.msgh_remote_port, MACH_PORT_NULL);
		notify_calls_one(MACH_NOTIFY_SEND_ONCE, false, n, 0);
		ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	}
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
}
END_TEST

/* A send-once right used for a message is not destroyed: no
 * notification. */
START_TEST(do_mach_notify_send_once_used)
{
	mach_port_t n = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	memset(&req, 0, sizeof req);
	req.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
	req.head.msgh_remote_port = send_once_to(n);
	req.head.msgh_id = 4242;
	CK_KR(mach_msg(&req.head, MACH_SEND_MSG, sizeof req.head, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(!handled);		/* the message itself */
	ck_assert_int_eq(req.head.msgh_id, 4242);
	ck_assert_int_eq(notify_ncalls, 0);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
}
END_TEST

/* Held by another task, which dies: the notification comes anyway; and
 * through seqnos_notify_server, with its sequence number. */
START_TEST(do_mach_notify_send_once_task_died_seqnos)
{
	mach_port_t n = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	const struct notify_call *call;
	pid_t pid = notify_child_spawn(&c);

	notify_send_right(c, MACH_MSG_TYPE_MAKE_SEND_ONCE, n);
	notify_send_right(c, MACH_MSG_TYPE_MAKE_SEND_ONCE, n);
	notify_child_exit(pid, c);
	for (unsigned i = 0; i < 2; i++) {
		CK_KR(notify_dispatch(n, true, 10000, &req, &rep, &handled));
		ck_assert(handled);
		call = notify_calls_one(MACH_NOTIFY_SEND_ONCE, true, n, 0);
		ck_assert_uint_eq(call->nc_seqno, i);
	}
}
END_TEST

/* A receive right moved in a message cancels its no-senders request
 * "with a send-once notification being sent to the no-more-senders
 * notification right". */
START_TEST(do_mach_notify_send_once_no_senders_cancelled)
{
	mach_port_t n = new_receive(), p = new_receive(), q = new_receive();
	mach_port_t prev;
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, &prev));
	CK_KR(mach_port_insert_right(mach_task_self(), q, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	notify_send_right(q, MACH_MSG_TYPE_MOVE_RECEIVE, p);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	notify_calls_one(MACH_NOTIFY_SEND_ONCE, false, n, 0);
}
END_TEST

CONFORMANCE_PAGE(do_mach_notify_send_once)
{
	Suite *s = suite_create("do_mach_notify_send_once");
	TCase *tc = conformance_tcase("do_mach_notify_send_once");

	tcase_add_test(tc, do_mach_notify_send_once_released);
	tcase_add_test(tc, do_mach_notify_send_once_used);
	tcase_add_test(tc, do_mach_notify_send_once_task_died_seqnos);
	tcase_add_test(tc, do_mach_notify_send_once_no_senders_cancelled);
	suite_add_tcase(s, tc);
	return s;
}
