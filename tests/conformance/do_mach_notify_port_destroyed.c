/*
 * Conformance: do_mach_notify_port_destroyed and
 * do_seqnos_mach_notify_port_destroyed (osfmk-man/DMN_port_destroyed.html).
 * "Called by notify_server as the result of a kernel message indicating
 * that a receive right would have been destroyed"; the notification
 * carries that receive right (mach_port_receive_t), which the server
 * function now holds (mach_port_request_notification: "If the receive
 * right were to have been destroyed, for instance by mach_port_destroy,
 * then instead the receive right will be sent in a port-destroyed
 * notification to the registered send-once right").  The server
 * functions are defined here and record their calls (notify_calls.h);
 * the tests make machd generate the notification -- the receive right
 * released or destroyed in this task, or dying with another task -- and
 * check that the function gets a live receive right to the same port,
 * its queued messages kept and its send rights still working.
 */
#include "conformance.h"
#include "notify_calls.h"

kern_return_t
do_mach_notify_port_destroyed(mach_port_t notify, mach_port_t rights)
{
	return notify_calls_record(MACH_NOTIFY_PORT_DESTROYED, false, notify,
	    0, rights);
}

kern_return_t
do_seqnos_mach_notify_port_destroyed(mach_port_t notify,
    mach_port_seqno_t seqno, mach_port_t rights)
{
	return notify_calls_record(MACH_NOTIFY_PORT_DESTROYED, true, notify,
	    seqno, rights);
}

/* The receive right released with mach_port_mod_refs: the port does not
 * die; the function gets its receive right, under the name of the send
 * right this task kept, with the queued message. */
START_TEST(do_mach_notify_port_destroyed_receive_released)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	send_through(p, MACH_MSG_TYPE_COPY_SEND, 11);
	request(p, MACH_NOTIFY_PORT_DESTROYED, 0, n);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_SEND);
	send_through(p, MACH_MSG_TYPE_COPY_SEND, 12);	/* not dead */

	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(req.head.msgh_id, MACH_NOTIFY_PORT_DESTROYED);
	ck_assert(req.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(req.head.msgh_remote_port, MACH_PORT_NULL);
	notify_calls_one(MACH_NOTIFY_PORT_DESTROYED, false, n, p);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_int_eq(receive_id(p, 0), 11);
	ck_assert_int_eq(receive_id(p, 0), 12);
	/* The request was used up: now the port dies. */
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_DEAD_NAME);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
}
END_TEST

/* mach_port_destroy takes every right under the name; the receive right
 * comes back under a new name. */
START_TEST(do_mach_notify_port_destroyed_destroy)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	send_through(p, MACH_MSG_TYPE_MAKE_SEND, 21);
	request(p, MACH_NOTIFY_PORT_DESTROYED, 0, n);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_NONE);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(notify_ncalls, 1);
	ck_assert_int_eq(notify_calls[0].nc_id, MACH_NOTIFY_PORT_DESTROYED);
	ck_assert_uint_eq(notify_calls[0].nc_notify, n);
	mach_port_t got = notify_calls[0].nc_arg;
	ck_assert_uint_eq(type_in(mach_task_self(), got),
	    MACH_PORT_TYPE_RECEIVE);
	ck_assert_int_eq(receive_id(got, 0), 21);
}
END_TEST

/* The receive right, moved to another task, dies with it: it comes back
 * here, with the message queued on it meanwhile; through
 * seqnos_notify_server, with the notification's sequence number. */
START_TEST(do_mach_notify_port_destroyed_task_died_seqnos)
{
	mach_port_t n = new_receive(), p = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	const struct notify_call *call;
	pid_t pid = notify_child_spawn(&c);

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	request(p, MACH_NOTIFY_PORT_DESTROYED, 0, n);
	notify_send_right(c, MACH_MSG_TYPE_MOVE_RECEIVE, p);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_SEND);
	send_through(p, MACH_MSG_TYPE_COPY_SEND, 31);
	notify_child_exit(pid, c);
	CK_KR(notify_dispatch(n, true, 10000, &req, &rep, &handled));
	ck_assert(handled);
	call = notify_calls_one(MACH_NOTIFY_PORT_DESTROYED, true, n, p);
	ck_assert_uint_eq(call->nc_seqno, 0);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_int_eq(receive_id(p, 0), 31);
}
END_TEST

CONFORMANCE_PAGE(do_mach_notify_port_destroyed)
{
	Suite *s = suite_create("do_mach_notify_port_destroyed");
	TCase *tc = conformance_tcase("do_mach_notify_port_destroyed");

	tcase_add_test(tc, do_mach_notify_port_destroyed_receive_released);
	tcase_add_test(tc, do_mach_notify_port_destroyed_destroy);
	tcase_add_test(tc, do_mach_notify_port_destroyed_task_died_seqnos);
	suite_add_tcase(s, tc);
	return s;
}
