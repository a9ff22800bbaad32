/*
 * Conformance: mach_port_set_mscount (osfmk-man/mach_port_set_mscount.html).
 * "The mach_port_set_mscount function changes the make-send count of
 * task's receive right named name.  A port's make-send count specifies
 * the number of send rights that have been generated via the port's
 * receive right.  A port's make-send count is set to zero when the port
 * is first allocated; the count is reset to zero each time the port's
 * receive right is transferred via a Mach message."  Errors:
 * KERN_INVALID_NAME when NAME denotes no right, KERN_INVALID_RIGHT when it
 * is not a receive right.
 *
 * Checks: a new port's count is 0; the value set is read back (mps_mscount)
 * and counts on from there as send rights are made (MAKE_SEND in
 * mach_port_insert_right, in a message header and in a message body),
 * but not when send rights are copied; it is the count a no-senders
 * notification carries; it restarts at zero when the receive right
 * travels in a message; the error codes, with the count unchanged.
 */
#include <mach/notify.h>

#include "conformance.h"

static mach_port_mscount_t
mscount_of(mach_port_t name)
{
	return status_of(name).mps_mscount;
}

/* A new port's count is zero; the value set is read back. */
START_TEST(mach_port_set_mscount_sets)
{
	mach_port_t p = new_receive();
	ck_assert_uint_eq(mscount_of(p), 0);
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 7));
	ck_assert_uint_eq(mscount_of(p), 7);
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 0));
	ck_assert_uint_eq(mscount_of(p), 0);
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 0xfffffff0));
	ck_assert_uint_eq(mscount_of(p), 0xfffffff0);
	ck_assert_uint_eq(mscount_of(new_receive()), 0);	/* per port */
}
END_TEST

/* Making send rights counts on from the value set; copying does not. */
START_TEST(mach_port_set_mscount_counts_on)
{
	mach_port_t p = new_receive(), q = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), q, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 100));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(mscount_of(p), 101);
	/* Copies of the send right (mod_refs, COPY_SEND) are not made. */
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	send_right(q, p, MACH_MSG_TYPE_COPY_SEND);
	ck_assert_uint_eq(receive_right(q, MACH_MSG_TYPE_PORT_SEND, 0), p);
	ck_assert_uint_eq(mscount_of(p), 101);
	/* MAKE_SEND in a body and as a header destination make one each. */
	send_right(q, p, MACH_MSG_TYPE_MAKE_SEND);
	ck_assert_uint_eq(receive_right(q, MACH_MSG_TYPE_PORT_SEND, 0), p);
	ck_assert_uint_eq(mscount_of(p), 102);
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0),
		.msgh_size = sizeof h,
		.msgh_remote_port = p,
	};
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	ck_assert_uint_eq(mscount_of(p), 103);
	/* Send-once rights are not send rights. */
	mach_port_t so;
	mach_msg_type_name_t so_type;
	CK_KR(mach_port_extract_right(mach_task_self(), p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE, &so, &so_type));
	ck_assert_uint_eq(mscount_of(p), 103);
}
END_TEST

/* A no-senders notification carries the make-send count, as set. */
START_TEST(mach_port_set_mscount_no_senders_count)
{
	mach_port_t p = new_receive(), notify = new_receive(), prev;
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 42));
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(receive_no_senders(notify, 1000), 42);
}
END_TEST

/* The count restarts at zero when the receive right travels in a
 * message (moved out and received back, under a name of its own). */
START_TEST(mach_port_set_mscount_reset_on_transfer)
{
	mach_port_t p = new_receive(), carrier = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), carrier, carrier,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 9));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	send_right(carrier, p, MACH_MSG_TYPE_MOVE_RECEIVE);
	mach_port_t back = receive_right(carrier, MACH_MSG_TYPE_PORT_RECEIVE,
	    0);
	ck_assert(MACH_PORT_VALID(back));
	ck_assert_uint_eq(mscount_of(back), 0);
	CK_KR(mach_port_insert_right(mach_task_self(), back, back,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(mscount_of(back), 1);
}
END_TEST

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_set_mscount_invalid_name)
{
	CK_KR_EQ(mach_port_set_mscount(mach_task_self(), 0x7777, 1),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_set_mscount(mach_task_self(), MACH_PORT_NULL, 1),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_set_mscount(mach_task_self(), unused_name(), 1),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right that is not a receive right. */
START_TEST(mach_port_set_mscount_invalid_right)
{
	mach_port_t p = new_receive(), names[4];
	not_receive_rights(p, names);
	for (int i = 0; i < 4; i++)
		CK_KR_EQ(mach_port_set_mscount(mach_task_self(), names[i], 5),
		    KERN_INVALID_RIGHT);
	ck_assert_uint_eq(mscount_of(p), 0);
}
END_TEST

CONFORMANCE_PAGE(mach_port_set_mscount)
{
	Suite *s = suite_create("mach_port_set_mscount");
	TCase *tc = conformance_tcase("mach_port_set_mscount");
	tcase_add_test(tc, mach_port_set_mscount_sets);
	tcase_add_test(tc, mach_port_set_mscount_counts_on);
	tcase_add_test(tc, mach_port_set_mscount_no_senders_count);
	tcase_add_test(tc, mach_port_set_mscount_reset_on_transfer);
	tcase_add_test(tc, mach_port_set_mscount_invalid_name);
	tcase_add_test(tc, mach_port_set_mscount_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
