/*
 * Conformance: do_mach_notify_no_senders and
 * do_seqnos_mach_notify_no_senders
 * (osfmk-man/do_mach_notify_no_senders.html).  "Called by notify_server
 * as the result of a kernel message indicating that a receive right has
 * no more senders"; mscount is "the value the port's make-send count had
 * when the notification was generated".  The server functions are
 * defined here and record their calls (notify_calls.h); the tests make
 * machd generate real no-senders notifications -- the last send right
 * released in this task, held by a task that dies, or none left when
 * the request is made -- and check the call: the notify port, the
 * make-send count, the sequence number on the notify port.
 */
#include <string.h>

#include "conformance.h"
#include "notify_calls.h"

kern_return_t
do_mach_notify_no_senders(mach_port_t notify, mach_port_mscount_t mscount)
{
	return notify_calls_record(MACH_NOTIFY_NO_SENDERS, false, notify, 0,
	    mscount);
}

kern_return_t
do_seqnos_mach_notify_no_senders(mach_port_t notify, mach_port_seqno_t seqno,
    mach_port_mscount_t mscount)
{
	return notify_calls_record(MACH_NOTIFY_NO_SENDERS, true, notify, seqno,
	    mscount);
}

/* Three send rights made (the make-send count is 3), the user
 * references dropped one by one: the function is called once, when the
 * last goes, with mscount 3. */
START_TEST(do_mach_notify_no_senders_last_send_right)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	for (int i = 0; i < 3; i++)
		CK_KR(mach_port_insert_right(mach_task_self(), p, p,
		    MACH_MSG_TYPE_MAKE_SEND));
	request(p, MACH_NOTIFY_NO_SENDERS, 0, n);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(req.head.msgh_id, MACH_NOTIFY_NO_SENDERS);
	ck_assert_uint_eq(req.head.msgh_remote_port, MACH_PORT_NULL);
	notify_calls_one(MACH_NOTIFY_NO_SENDERS, false, n, 3);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
}
END_TEST

/* The last send right was held by another task, which dies. */
START_TEST(do_mach_notify_no_senders_task_died)
{
	mach_port_t n = new_receive(), p = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	pid_t pid = notify_child_spawn(&c);

	notify_send_right(c, MACH_MSG_TYPE_MAKE_SEND, p);
	notify_send_right(c, MACH_MSG_TYPE_MAKE_SEND, p);
	request(p, MACH_NOTIFY_NO_SENDERS, 0, n);
	notify_child_exit(pid, c);
	CK_KR(notify_dispatch(n, false, 10000, &req, &rep, &handled));
	ck_assert(handled);
	notify_calls_one(MACH_NOTIFY_NO_SENDERS, false, n, 2);
}
END_TEST

/* With no send rights and a make-send count at least sync, the request
 * is answered at once, with the count; a higher sync waits. */
START_TEST(do_mach_notify_no_senders_immediate)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;
	mach_port_t prev;

	request(p, MACH_NOTIFY_NO_SENDERS, 0, n);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_NO_SENDERS, false, n, 0);

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	/* mscount 1 < 2: wait */
	request(p, MACH_NOTIFY_NO_SENDERS, 2, n);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 1, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, &prev));
	ck_assert(MACH_PORT_VALID(prev));	/* the one before */
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_NO_SENDERS, false, n, 1);
	CK_KR(mach_port_deallocate(mach_task_self(), prev));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_SEND_ONCE, false, n, 0);
}
END_TEST

/* Through seqnos_notify_server: the notification's sequence number on
 * the notify port comes along. */
START_TEST(do_mach_notify_no_senders_seqnos)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;
	const struct notify_call *c;

	for (unsigned i = 0; i < 3; i++) {
		CK_KR(mach_port_insert_right(mach_task_self(), p, p,
		    MACH_MSG_TYPE_MAKE_SEND));
		request(p, MACH_NOTIFY_NO_SENDERS, 0, n);
		CK_KR(mach_port_deallocate(mach_task_self(), p));
		CK_KR(notify_dispatch(n, true, 0, &req, &rep, &handled));
		ck_assert(handled);
		c = notify_calls_one(MACH_NOTIFY_NO_SENDERS, true, n, i + 1);
		ck_assert_uint_eq(c->nc_seqno, i);
		ck_assert_uint_eq(req.head.msgh_seqno, i);
	}
}
END_TEST

CONFORMANCE_PAGE(do_mach_notify_no_senders)
{
	Suite *s = suite_create("do_mach_notify_no_senders");
	TCase *tc = conformance_tcase("do_mach_notify_no_senders");

	tcase_add_test(tc, do_mach_notify_no_senders_last_send_right);
	tcase_add_test(tc, do_mach_notify_no_senders_task_died);
	tcase_add_test(tc, do_mach_notify_no_senders_immediate);
	tcase_add_test(tc, do_mach_notify_no_senders_seqnos);
	suite_add_tcase(s, tc);
	return s;
}
