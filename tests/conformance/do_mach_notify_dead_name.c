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
#include <string.h>

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

static mach_port_t
new_receive(void)
{
	mach_port_t p;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	return p;
}

static void
request_dead_name(mach_port_t name, mach_port_mscount_t sync, mach_port_t n)
{
	mach_port_t prev;

	CK_KR(mach_port_request_notification(mach_task_self(), name,
	    MACH_NOTIFY_DEAD_NAME, sync, n, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
}

/* NAME is a dead name with UREFS user references. */
static void
assert_dead(mach_port_t name, mach_port_urefs_t urefs)
{
	mach_port_type_t t;
	mach_port_urefs_t n;

	CK_KR(mach_port_type(mach_task_self(), name, &t));
	ck_assert_uint_eq(t, MACH_PORT_TYPE_DEAD_NAME);
	CK_KR(mach_port_get_refs(mach_task_self(), name,
	    MACH_PORT_RIGHT_DEAD_NAME, &n));
	ck_assert_uint_eq(n, urefs);
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
	request_dead_name(p, 0, n);
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
	assert_dead(p, 3);		/* two send references, one more */
}
END_TEST

/* The receive right dies with the task that held it. */
START_TEST(do_mach_notify_dead_name_task_died)
{
	mach_port_t n = new_receive(), c;
	union notify_buf req, rep;
	boolean_t handled;
	pid_t pid = notify_child_spawn(&c);

	request_dead_name(c, 0, n);
	notify_child_exit(pid, c);
	CK_KR(notify_dispatch(n, false, 10000, &req, &rep, &handled));
	ck_assert(handled);
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, c);
	assert_dead(c, 2);
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
	assert_dead(p, 1);
	request_dead_name(p, 1, n);
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, p);
	assert_dead(p, 2);

	/* A send-once right to a port of ours, made in a message. */
	p = new_receive();
	memset(&req, 0, sizeof req);
	req.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE);
	req.head.msgh_remote_port = n;
	req.head.msgh_local_port = p;
	CK_KR(mach_msg(&req.head, MACH_SEND_MSG | MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, sizeof req.head, sizeof req, n, 0,
	    MACH_PORT_NULL));
	so = req.head.msgh_remote_port;
	request_dead_name(so, 0, n);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR(notify_dispatch(n, false, 0, &req, &rep, &handled));
	notify_calls_one(MACH_NOTIFY_DEAD_NAME, false, n, so);
	assert_dead(so, 2);
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
	request_dead_name(p, 0, n);
	request_dead_name(q, 0, n);
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
