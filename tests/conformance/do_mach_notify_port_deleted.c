/*
 * Conformance: do_mach_notify_port_deleted and
 * do_seqnos_mach_notify_port_deleted (osfmk-man/DMN_port_deleted.html).
 * "Called by notify_server as the result of a kernel message indicating
 * that a port name is no longer usable (that is, it no longer names a
 * valid right), typically as a result of the right so named being
 * consumed or moved"; name is "the invalid name".  The notification
 * answers a dead-name request whose name went away before its port died
 * (mach_port_request_notification: "If the name is made available for
 * reuse, perhaps because of mach_port_destroy or mach_port_mod_refs, or
 * the name denotes a send-once right which has a message sent to it,
 * then the registered send-once right is used to generate a port-deleted
 * notification instead").  The server functions are defined here and
 * record their calls (notify_calls.h); the tests make machd generate
 * each case and check the call.
 */
#include <string.h>

#include "conformance.h"
#include "notify_calls.h"

kern_return_t
do_mach_notify_port_deleted(mach_port_t notify, mach_port_name_t name)
{
	return notify_calls_record(MACH_NOTIFY_PORT_DELETED, false, notify, 0,
	    name);
}

kern_return_t
do_seqnos_mach_notify_port_deleted(mach_port_t notify,
    mach_port_seqno_t seqno, mach_port_name_t name)
{
	return notify_calls_record(MACH_NOTIFY_PORT_DELETED, true, notify,
	    seqno, name);
}

/* A send-once right "which has a message sent to it": its name goes,
 * and the function hears of it, through the notify port, as a kernel
 * message. */
START_TEST(do_mach_notify_port_deleted_send_once_used)
{
	mach_port_t n = new_receive(), r = new_receive();
	mach_port_t so = send_once_to(r);
	union notify_buf req, rep;
	boolean_t handled;
	mach_msg_header_t h;

	request(so, MACH_NOTIFY_DEAD_NAME, 0, n);
	memset(&h, 0, sizeof h);
	h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
	h.msgh_remote_port = so;
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_NONE);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(req.head.msgh_id, MACH_NOTIFY_PORT_DELETED);
	ck_assert_uint_eq(req.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE));
	ck_assert_uint_eq(req.head.msgh_remote_port, MACH_PORT_NULL);
	notify_calls_one(MACH_NOTIFY_PORT_DELETED, false, n, so);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
}
END_TEST

/* A send right held under a name of its own (the receive right is in
 * another task) loses its last user reference. */
START_TEST(do_mach_notify_port_deleted_send_right_released)
{
	mach_port_t n = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	pid_t pid = notify_child_spawn(&c);

	CK_KR(mach_port_mod_refs(mach_task_self(), c, MACH_PORT_RIGHT_SEND, 1));
	request(c, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_deallocate(mach_task_self(), c));
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);		/* one reference left */
	CK_KR(mach_port_mod_refs(mach_task_self(), c, MACH_PORT_RIGHT_SEND,
	    -1));
	ck_assert_uint_eq(type_of(c), MACH_PORT_TYPE_NONE);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	notify_calls_one(MACH_NOTIFY_PORT_DELETED, false, n, c);
	notify_child_kill(pid);
}
END_TEST

/* mach_port_destroy of such a name, through seqnos_notify_server: the
 * sequence number of the notification on the notify port comes along. */
START_TEST(do_mach_notify_port_deleted_destroyed_seqnos)
{
	mach_port_t n = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	const struct notify_call *call;
	pid_t pid = notify_child_spawn(&c);
	mach_port_t so = send_once_to(n);

	/* A first message on n, so that the notification's seqno is 1. */
	CK_KR(mach_port_deallocate(mach_task_self(), so));
	CK_KR(notify_dispatch(n, true, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_SEND_ONCE, true, n, 0);

	request(c, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_destroy(mach_task_self(), c));
	CK_KR(notify_dispatch(n, true, 0, &req, &rep, &handled));
	ck_assert(handled);
	call = notify_calls_one(MACH_NOTIFY_PORT_DELETED, true, n, c);
	ck_assert_uint_eq(call->nc_seqno, 1);
	ck_assert_uint_eq(req.head.msgh_seqno, 1);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	notify_child_kill(pid);
}
END_TEST

/* The port dies first: a dead-name notification, not port-deleted; the
 * dead name released afterwards sends nothing more. */
START_TEST(do_mach_notify_port_deleted_not_after_death)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	request(p, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, p);
	CK_KR(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_DEAD_NAME, -2));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_NONE);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
}
END_TEST

CONFORMANCE_PAGE(do_mach_notify_port_deleted)
{
	Suite *s = suite_create("do_mach_notify_port_deleted");
	TCase *tc = conformance_tcase("do_mach_notify_port_deleted");

	tcase_add_test(tc, do_mach_notify_port_deleted_send_once_used);
	tcase_add_test(tc, do_mach_notify_port_deleted_send_right_released);
	tcase_add_test(tc, do_mach_notify_port_deleted_destroyed_seqnos);
	tcase_add_test(tc, do_mach_notify_port_deleted_not_after_death);
	suite_add_tcase(s, tc);
	return s;
}
