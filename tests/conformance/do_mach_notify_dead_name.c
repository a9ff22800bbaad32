/*
 * Conformance: do_mach_notify_dead_name and do_seqnos_mach_notify_dead_name
 * (osfmk-man/do_mach_notify_dead_name.html).  "Called by notify_server
 * as the result of a kernel message indicating that the port name is now
 * dead as the result of the associated receive right having died";
 * notify is "the port named via mach_port_request_notification", name
 * "the dead name", seqno "the sequence number of this message relative
 * to the notification port".  The server functions are defined here and
 * record their calls (notify_calls.h); the tests make machd generate
 * real dead-name notifications -- a receive right destroyed in this task,
 * a task that dies with its port, a request on a name already dead --
 * and check the call and the name it reports, which is now a dead name
 * with the extra user reference mach_port_request_notification promises.
 */
#include "conformance.h"
#include "notify_calls.h"

kern_return_t
do_mach_notify_dead_name(mach_port_t notify, mach_port_name_t name)
{
	return notify_calls_record(MACH_NOTIFY_DEAD_NAME, false, notify, 0,
	    name);
}

kern_return_t
do_seqnos_mach_notify_dead_name(mach_port_t notify, mach_port_seqno_t seqno,
    mach_port_name_t name)
{
	return notify_calls_record(MACH_NOTIFY_DEAD_NAME, true, notify, seqno,
	    name);
}

/* The receive right dies in this task: the send right under its name
 * becomes a dead name and the function hears of it, through the notify
 * port, as a kernel message (no reply port, a send-once destination). */
START_TEST(do_mach_notify_dead_name_receive_right_died)
{
	mach_port_t n = new_receive(), p = new_receive();
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	request(p, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR_EQ(notify_dispatch(n, false, 0, &req, &rep, &handled),
	    MACH_RCV_TIMED_OUT);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	ck_assert(handled);
	ck_assert_int_eq(req.head.msgh_id, MACH_NOTIFY_DEAD_NAME);
	ck_assert_uint_eq(req.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE));
	ck_assert_uint_eq(req.head.msgh_remote_port, MACH_PORT_NULL);
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, p);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
	/* Two send references, one more. */
	assert_dead(mach_task_self(), p, 3);
}
END_TEST

/* The receive right dies with the task that held it. */
START_TEST(do_mach_notify_dead_name_task_died)
{
	mach_port_t n = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	pid_t pid = notify_child_spawn(&c);

	request(c, MACH_NOTIFY_DEAD_NAME, 0, n);
	notify_child_exit(pid, c);
	CK_KR(notify_dispatch(n, false, 10000, &req, &rep, &handled));
	ck_assert(handled);
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, c);
	assert_dead(mach_task_self(), c, 2);
}
END_TEST

/* A request with a non-zero sync on a name already dead is answered at
 * once; so is a send-once right's request when its port dies. */
START_TEST(do_mach_notify_dead_name_already_dead_and_send_once)
{
	mach_port_t n = new_receive(), p = new_receive(), so;
	union notify_buf req, rep;
	boolean_t handled;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	assert_dead(mach_task_self(), p, 1);
	request(p, MACH_NOTIFY_DEAD_NAME, 1, n);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, p);
	assert_dead(mach_task_self(), p, 2);

	/* A send-once right to a port of ours, made in a message. */
	p = new_receive();
	so = send_once_to(p);
	request(so, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, so);
	assert_dead(mach_task_self(), so, 2);
}
END_TEST

/* Through seqnos_notify_server: the same call, with the notification's
 * sequence number on the notify port. */
START_TEST(do_mach_notify_dead_name_seqnos)
{
	mach_port_t n = new_receive(), p, q;
	union notify_buf req, rep;
	boolean_t handled;
	const struct notify_call *c;

	p = new_receive();
	q = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), q, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	request(p, MACH_NOTIFY_DEAD_NAME, 0, n);
	request(q, MACH_NOTIFY_DEAD_NAME, 0, n);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	CK_KR(mach_port_mod_refs(mach_task_self(), q, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	CK_KR(notify_dispatch(n, true, 0, &req, &rep, &handled));
	ck_assert(handled);
	c = notify_calls_one(MACH_NOTIFY_DEAD_NAME, true, n, p);
	ck_assert_uint_eq(c->nc_seqno, 0);
	ck_assert_uint_eq(c->nc_seqno, req.head.msgh_seqno);
	CK_KR(notify_dispatch(n, true, 0, &req, &rep, &handled));
	c = notify_calls_one(MACH_NOTIFY_DEAD_NAME, true, n, q);
	ck_assert_uint_eq(c->nc_seqno, 1);
	ck_assert_int_eq(rep.reply.RetCode, KERN_SUCCESS);
}
END_TEST

CONFORMANCE_PAGE(do_mach_notify_dead_name)
{
	Suite *s = suite_create("do_mach_notify_dead_name");
	TCase *tc = conformance_tcase("do_mach_notify_dead_name");

	tcase_add_test(tc, do_mach_notify_dead_name_receive_right_died);
	tcase_add_test(tc, do_mach_notify_dead_name_task_died);
	tcase_add_test(tc, do_mach_notify_dead_name_already_dead_and_send_once);
	tcase_add_test(tc, do_mach_notify_dead_name_seqnos);
	suite_add_tcase(s, tc);
	return s;
}
