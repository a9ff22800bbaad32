/*
 * Conformance: seqnos_notify_server (osfmk-man/seqnos_notify_server.html),
 * the demux MIG generates from GNU Mach's notify.defs with -DSEQNOS.  It
 * "differs from notify_server in that it supplies message sequence
 * numbers to the server interfaces" (do_seqnos_mach_notify_*); TRUE when
 * "the message was handled and the appropriate function was called",
 * FALSE when "the message did not apply to the notification mechanism
 * and no other action was taken".  Checked with real notifications from
 * machd: every kind reaches its do_seqnos_ function with the sequence
 * number the message had on the notify port (also after
 * mach_port_set_seqno, and for a notify port received from through a
 * port set); other messages give FALSE and call nothing; it serves a
 * notify port under mach_msg_server_timeout.
 */
#include "conformance.h"
#include "notify_calls.h"

/* Receive one notification from PORT, dispatch it through
 * seqnos_notify_server and check the one call: ID, the notify port N,
 * ARG, and SEQNO, which is the message's msgh_seqno. */
static const struct notify_call *
expect_call(mach_port_t port, mach_port_t n, mach_msg_id_t id,
    mach_port_seqno_t seqno)
{
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(notify_dispatch(port, true, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(req.head.msgh_id, id);
	ck_assert_uint_eq(req.head.msgh_seqno, seqno);
	ck_assert_int_eq(notify_ncalls, 1);
	ck_assert_int_eq(notify_calls[0].nc_id, id);
	ck_assert(notify_calls[0].nc_seqnos);
	ck_assert_uint_eq(notify_calls[0].nc_notify, n);
	ck_assert_uint_eq(notify_calls[0].nc_seqno, seqno);
	ck_assert_uint_eq(rep.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_int_eq(rep.head.msgh_id, id + 100);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	return &notify_calls[0];
}

/* Each kind, with the notify port's sequence numbers 0, 1, 2, ... */
START_TEST(seqnos_notify_server_each_kind)
{
	mach_port_t n = new_receive(), r = new_receive();
	mach_port_t so, dead, x, ns;

	so = send_once_to(r);
	request(so, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_deallocate(mach_task_self(), so));
	dead = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), dead, dead,
	    MACH_MSG_TYPE_MAKE_SEND));
	request(dead, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_mod_refs(mach_task_self(), dead,
	    MACH_PORT_RIGHT_RECEIVE, -1));
	x = new_receive();
	request(x, MACH_NOTIFY_PORT_DESTROYED, 0, n);
	CK_KR(mach_port_destroy(mach_task_self(), x));
	ns = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), ns, ns,
	    MACH_MSG_TYPE_MAKE_SEND));
	request(ns, MACH_NOTIFY_NO_SENDERS, 0, n);
	CK_KR(mach_port_deallocate(mach_task_self(), ns));
	CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(n)));

	ck_assert_uint_eq(expect_call(n, n, MACH_NOTIFY_PORT_DELETED,
	    0)->nc_arg, so);
	ck_assert_uint_eq(expect_call(n, n, MACH_NOTIFY_DEAD_NAME,
	    1)->nc_arg, dead);
	mach_port_t got = expect_call(n, n, MACH_NOTIFY_PORT_DESTROYED,
	    2)->nc_arg;
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), got, &t));
	ck_assert_uint_eq(t, MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(expect_call(n, n, MACH_NOTIFY_NO_SENDERS,
	    3)->nc_arg, 1);
	expect_call(n, n, MACH_NOTIFY_SEND_ONCE, 4);
}
END_TEST

/* The number is the port's, whatever it was set to, and that of the
 * member a port set receive took the message from. */
START_TEST(seqnos_notify_server_port_seqno)
{
	mach_port_t n = new_receive(), m = new_receive(), s;

	CK_KR(mach_port_set_seqno(mach_task_self(), n, 100));
	CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(n)));
	expect_call(n, n, MACH_NOTIFY_SEND_ONCE, 100);

	s = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), n, s));
	CK_KR(mach_port_move_member(mach_task_self(), m, s));
	CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(m)));
	expect_call(s, m, MACH_NOTIFY_SEND_ONCE, 0);
	CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(n)));
	expect_call(s, n, MACH_NOTIFY_SEND_ONCE, 101);
}
END_TEST

/* A message that is not a notification: FALSE, MIG_BAD_ID, no call. */
START_TEST(seqnos_notify_server_not_a_notification)
{
	mach_port_t n = new_receive();
	static const mach_msg_id_t ids[] = { 0, 64, 67, 68, 73, 172 };

	assert_not_notifications(n, true, ids, sizeof ids / sizeof ids[0]);
}
END_TEST

/* seqnos_notify_server as the demux of mach_msg_server_timeout. */
START_TEST(seqnos_notify_server_in_server_loop)
{
	mach_port_t n = new_receive();

	for (int i = 0; i < 3; i++)
		CK_KR(mach_port_deallocate(mach_task_self(), send_once_to(n)));
	notify_ncalls = 0;
	CK_KR_EQ(mach_msg_server_timeout(seqnos_notify_server, 0, n,
	    MACH_RCV_TIMEOUT, 100), MACH_RCV_TIMED_OUT);
	ck_assert_int_eq(notify_ncalls, 3);
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(notify_calls[i].nc_id, MACH_NOTIFY_SEND_ONCE);
		ck_assert(notify_calls[i].nc_seqnos);
		ck_assert_uint_eq(notify_calls[i].nc_seqno, i);
	}
}
END_TEST

CONFORMANCE_PAGE(seqnos_notify_server)
{
	Suite *s = suite_create("seqnos_notify_server");
	TCase *tc = conformance_tcase("seqnos_notify_server");

	tcase_add_test(tc, seqnos_notify_server_each_kind);
	tcase_add_test(tc, seqnos_notify_server_port_seqno);
	tcase_add_test(tc, seqnos_notify_server_not_a_notification);
	tcase_add_test(tc, seqnos_notify_server_in_server_loop);
	suite_add_tcase(s, tc);
	return s;
}
