/*
 * Conformance: mach_port_set_seqno (osfmk-man/mach_port_set_seqno.html).
 * "The mach_port_set_seqno function changes the sequence number of task's
 * receive right named name."  seqno is "the sequence number that the next
 * message received from the port will have.  ... A port's sequence number
 * is initially set to zero and is incremented each time a message is
 * received from the port.  A port's sequence number is automatically
 * reset to zero each time the port's receive right migrates."  Errors:
 * KERN_INVALID_NAME when NAME denotes no right, KERN_INVALID_RIGHT when it
 * is not a receive right.
 *
 * Checks: a new port's number is 0; the next message received carries the
 * number set (msgh_seqno), the following ones count on, and mps_seqno
 * shows the next one; a message queued before the call gets the new
 * number too; through a port set, each member's own number; the number
 * restarts at zero when the receive right migrates, in a message or in a
 * port-destroyed notification; the error codes, with the number
 * unchanged.
 */
#include <string.h>

#include <mach/notify.h>

#include "conformance.h"

static mach_port_seqno_t
seqno_of(mach_port_t name)
{
	return status_of(name).mps_seqno;
}

/* The next message received carries the number set; later ones count on. */
START_TEST(mach_port_set_seqno_next_message)
{
	mach_port_t p = new_receive();
	mach_msg_header_t h;
	ck_assert_uint_eq(seqno_of(p), 0);
	send_to(p, 1);
	CK_KR(receive_now(p, &h));
	ck_assert_uint_eq(h.msgh_seqno, 0);
	ck_assert_uint_eq(seqno_of(p), 1);

	CK_KR(mach_port_set_seqno(mach_task_self(), p, 100));
	ck_assert_uint_eq(seqno_of(p), 100);
	for (int i = 0; i < 3; i++)
		send_to(p, 10 + i);
	for (unsigned i = 0; i < 3; i++) {
		CK_KR(receive_now(p, &h));
		ck_assert_int_eq(h.msgh_id, 10 + (int)i);
		ck_assert_uint_eq(h.msgh_seqno, 100 + i);
	}
	ck_assert_uint_eq(seqno_of(p), 103);

	/* A message already queued gets the number set after it came. */
	send_to(p, 20);
	CK_KR(mach_port_set_seqno(mach_task_self(), p, 7));
	CK_KR(receive_now(p, &h));
	ck_assert_int_eq(h.msgh_id, 20);
	ck_assert_uint_eq(h.msgh_seqno, 7);
	/* Backwards and to zero. */
	CK_KR(mach_port_set_seqno(mach_task_self(), p, 0));
	send_to(p, 21);
	CK_KR(receive_now(p, &h));
	ck_assert_uint_eq(h.msgh_seqno, 0);
	ck_assert_uint_eq(seqno_of(new_receive()), 0);	/* per port */
}
END_TEST

/* Received through a port set, a message carries its member's number. */
START_TEST(mach_port_set_seqno_through_set)
{
	mach_port_t a = new_receive(), b = new_receive(), set;
	set = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), a, set));
	CK_KR(mach_port_move_member(mach_task_self(), b, set));
	CK_KR(mach_port_set_seqno(mach_task_self(), a, 50));
	CK_KR(mach_port_set_seqno(mach_task_self(), b, 500));
	send_to(a, 1);
	send_to(b, 2);
	send_to(a, 3);
	mach_msg_header_t h;
	CK_KR(receive_now(set, &h));
	ck_assert_uint_eq(h.msgh_local_port, a);
	ck_assert_uint_eq(h.msgh_seqno, 50);
	CK_KR(receive_now(set, &h));
	ck_assert_uint_eq(h.msgh_local_port, b);
	ck_assert_uint_eq(h.msgh_seqno, 500);
	CK_KR(receive_now(set, &h));
	ck_assert_uint_eq(h.msgh_local_port, a);
	ck_assert_uint_eq(h.msgh_seqno, 51);
	ck_assert_uint_eq(seqno_of(a), 52);
	ck_assert_uint_eq(seqno_of(b), 501);
}
END_TEST

/* Send the receive right P in a message to CARRIER; return the name it
 * is received back under. */
static mach_port_t
migrate(mach_port_t p, mach_port_t carrier)
{
	send_right(carrier, p, MACH_MSG_TYPE_MOVE_RECEIVE);
	mach_port_t back = receive_right(carrier, MACH_MSG_TYPE_PORT_RECEIVE,
	    0);
	ck_assert(MACH_PORT_VALID(back));
	return back;
}

/* The number restarts at zero when the receive right migrates: in a
 * message, or in a port-destroyed notification. */
START_TEST(mach_port_set_seqno_reset_on_migration)
{
	mach_port_t p = new_receive(), carrier = new_receive();
	mach_msg_header_t h;
	CK_KR(mach_port_set_seqno(mach_task_self(), p, 33));
	mach_port_t back = migrate(p, carrier);
	ck_assert_uint_eq(seqno_of(back), 0);
	send_to(back, 1);
	CK_KR(receive_now(back, &h));
	ck_assert_uint_eq(h.msgh_seqno, 0);

	mach_port_t n = new_receive(), prev;
	CK_KR(mach_port_set_seqno(mach_task_self(), back, 44));
	CK_KR(mach_port_request_notification(mach_task_self(), back,
	    MACH_NOTIFY_PORT_DESTROYED, 0, n, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	CK_KR(mach_port_destroy(mach_task_self(), back));
	struct {
		struct port_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    n, 1000, MACH_PORT_NULL));
	ck_assert_int_eq(r.m.head.msgh_id, MACH_NOTIFY_PORT_DESTROYED);
	ck_assert_uint_eq(r.m.type.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(seqno_of(r.m.port), 0);
}
END_TEST

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_set_seqno_invalid_name)
{
	CK_KR_EQ(mach_port_set_seqno(mach_task_self(), 0x7777, 1),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_set_seqno(mach_task_self(), MACH_PORT_NULL, 1),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_set_seqno(mach_task_self(), unused_name(), 1),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right that is not a receive right. */
START_TEST(mach_port_set_seqno_invalid_right)
{
	mach_port_t p = new_receive(), names[4];
	not_receive_rights(p, names);
	for (int i = 0; i < 4; i++)
		CK_KR_EQ(mach_port_set_seqno(mach_task_self(), names[i], 5),
		    KERN_INVALID_RIGHT);
	ck_assert_uint_eq(seqno_of(p), 0);
}
END_TEST

CONFORMANCE_PAGE(mach_port_set_seqno)
{
	Suite *s = suite_create("mach_port_set_seqno");
	TCase *tc = conformance_tcase("mach_port_set_seqno");
	tcase_add_test(tc, mach_port_set_seqno_next_message);
	tcase_add_test(tc, mach_port_set_seqno_through_set);
	tcase_add_test(tc, mach_port_set_seqno_reset_on_migration);
	tcase_add_test(tc, mach_port_set_seqno_invalid_name);
	tcase_add_test(tc, mach_port_set_seqno_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
