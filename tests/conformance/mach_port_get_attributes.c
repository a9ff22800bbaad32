/*
 * Conformance: mach_port_get_attributes
 * (osfmk-man/mach_port_get_attributes.html, with the structures of
 * mach_port_limits.html and mach_port_status.html).
 * "The mach_port_get_attributes function returns an information structure
 * of type flavor": MACH_PORT_LIMITS_INFO (struct mach_port_limits, the
 * queue limit) or MACH_PORT_RECEIVE_STATUS (struct mach_port_status);
 * port_info_count is "on input, the maximum size of the buffer; on
 * output, the size returned (in natural-sized units)".  Errors:
 * KERN_INVALID_NAME when NAME denotes no right, KERN_INVALID_RIGHT when
 * it is not a receive right.
 *
 * Checks: the limits of a new port (the default queue limit) and after a
 * change; every field of the receive status, new and after rights,
 * messages, receives, requests and a set change it; the count returned;
 * the error codes.
 *
 * GNU differences: mach_port_status is GNU Mach's, so mps_pset is the
 * name of the containing set (the page: a count of sets), and there is
 * no mps_flags.  Codes the page does not name follow xnu, whose
 * interface this is: a buffer too small for the flavor is KERN_FAILURE,
 * an unknown flavor KERN_INVALID_ARGUMENT.  MACH_PORT_DNREQUESTS_SIZE (an
 * xnu flavor) is also answered: dead-name requests have no table here,
 * so its size is 0.
 */
#include <string.h>

#include <mach/notify.h>

#include "conformance.h"

static void
get_status(mach_port_t name, mach_port_status_t *st)
{
	mach_msg_type_number_t count = MACH_PORT_RECEIVE_STATUS_COUNT;
	memset(st, 0xa5, sizeof *st);
	CK_KR(mach_port_get_attributes(mach_task_self(), name,
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)st, &count));
	ck_assert_uint_eq(count, MACH_PORT_RECEIVE_STATUS_COUNT);
}

/* MACH_PORT_LIMITS_INFO: the queue limit, MACH_PORT_QLIMIT_DEFAULT at
 * first, then what was set. */
START_TEST(mach_port_get_attributes_limits)
{
	mach_port_t p = new_receive();
	mach_port_limits_t lim = { .queue_limit = 999 };
	mach_msg_type_number_t count = MACH_PORT_LIMITS_INFO_COUNT;
	ck_assert_uint_eq(MACH_PORT_LIMITS_INFO_COUNT, 1);
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim, &count));
	ck_assert_uint_eq(count, MACH_PORT_LIMITS_INFO_COUNT);
	ck_assert_uint_eq(lim.queue_limit, MACH_PORT_QLIMIT_DEFAULT);

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 3));
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim, &count));
	ck_assert_uint_eq(lim.queue_limit, 3);
	lim.queue_limit = MACH_PORT_QLIMIT_MAX;
	CK_KR(mach_port_set_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim,
	    MACH_PORT_LIMITS_INFO_COUNT));
	lim.queue_limit = 0;
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim, &count));
	ck_assert_uint_eq(lim.queue_limit, MACH_PORT_QLIMIT_MAX);
}
END_TEST

/* port_info_count: a bigger buffer is answered with the size returned;
 * one too small for the flavor is refused and left alone. */
START_TEST(mach_port_get_attributes_count)
{
	mach_port_t p = new_receive();
	natural_t buf[64];
	mach_msg_type_number_t count = 64;
	memset(buf, 0xa5, sizeof buf);
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)buf, &count));
	ck_assert_uint_eq(count, MACH_PORT_LIMITS_INFO_COUNT);
	ck_assert_uint_eq(buf[0], MACH_PORT_QLIMIT_DEFAULT);
	ck_assert_uint_eq(buf[1], 0xa5a5a5a5);	/* nothing written beyond */
	count = 64;
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)buf, &count));
	ck_assert_uint_eq(count, MACH_PORT_RECEIVE_STATUS_COUNT);
	ck_assert_uint_eq(count * sizeof(natural_t),
	    sizeof(mach_port_status_t));

	memset(buf, 0xa5, sizeof buf);
	count = 0;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)buf, &count),
	    KERN_FAILURE);
	count = MACH_PORT_RECEIVE_STATUS_COUNT - 1;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)buf, &count),
	    KERN_FAILURE);
	ck_assert_uint_eq(buf[0], 0xa5a5a5a5);
}
END_TEST

/* MACH_PORT_RECEIVE_STATUS of a new port: all zero but the queue limit. */
START_TEST(mach_port_get_attributes_status_new)
{
	mach_port_t p = new_receive();
	mach_port_status_t st;
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(st.mps_seqno, 0);
	ck_assert_uint_eq(st.mps_mscount, 0);
	ck_assert_uint_eq(st.mps_qlimit, MACH_PORT_QLIMIT_DEFAULT);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert_uint_eq(st.mps_sorights, 0);
	ck_assert_uint_eq(st.mps_srights, FALSE);
	ck_assert_uint_eq(st.mps_pdrequest, FALSE);
	ck_assert_uint_eq(st.mps_nsrequest, FALSE);
}
END_TEST

/* MACH_PORT_RECEIVE_STATUS follows the port: set, sequence number,
 * make-send count, queue, send and send-once rights, requests. */
START_TEST(mach_port_get_attributes_status_changes)
{
	mach_port_t p = new_receive(), set, notify = new_receive();
	mach_port_status_t st;
	set = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_pset, set);	/* GNU: the set's name */
	CK_KR(mach_port_move_member(mach_task_self(), p, MACH_PORT_NULL));

	/* Two send rights made: make-send count 2, send rights exist. */
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_mscount, 2);
	ck_assert_uint_eq(st.mps_srights, TRUE);

	/* Three queued messages (copies of the send right). */
	for (int i = 0; i < 3; i++)
		send_through(p, MACH_MSG_TYPE_COPY_SEND, 0);
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_msgcount, 3);
	ck_assert_uint_eq(st.mps_mscount, 2);
	mach_msg_header_t h;
	CK_KR(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h, p, 0,
	    MACH_PORT_NULL));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_msgcount, 2);
	ck_assert_uint_eq(st.mps_seqno, 1);

	/* A send-once right. */
	mach_port_t so;
	mach_msg_type_name_t so_type;
	CK_KR(mach_port_extract_right(mach_task_self(), p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE, &so, &so_type));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_sorights, 1);

	/* No-senders and port-destroyed requests. */
	mach_port_t prev;
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_nsrequest, TRUE);
	ck_assert_uint_eq(st.mps_pdrequest, FALSE);
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_PORT_DESTROYED, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_pdrequest, TRUE);

	/* The task's rights go.  The queued messages still hold send rights
	 * ("in this or any other task" counts rights in transit), and the
	 * send-once right, destroyed unused, now carries a send-once
	 * notification queued on P. */
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    -2));
	CK_KR(mach_port_deallocate(mach_task_self(), so));
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_srights, TRUE);
	ck_assert_uint_eq(st.mps_sorights, 1);
	ck_assert_uint_eq(st.mps_msgcount, 3);
	ck_assert_uint_eq(st.mps_nsrequest, TRUE);
	/* Receiving them consumes the last rights. */
	for (unsigned i = 0; i < 3; i++) {
		CK_KR(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h,
		    p, 0, MACH_PORT_NULL));
		ck_assert_uint_eq(h.msgh_seqno, 1 + i);
	}
	ck_assert_int_eq(h.msgh_id, MACH_NOTIFY_SEND_ONCE);
	get_status(p, &st);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert_uint_eq(st.mps_seqno, 4);
	ck_assert_uint_eq(st.mps_srights, FALSE);
	ck_assert_uint_eq(st.mps_sorights, 0);
	ck_assert_uint_eq(st.mps_nsrequest, FALSE);	/* it fired */
	ck_assert_uint_eq(st.mps_pdrequest, TRUE);
	ck_assert_uint_eq(receive_no_senders(notify, 0), 2);
}
END_TEST

/* MACH_PORT_DNREQUESTS_SIZE (xnu): answered, with size 0. */
START_TEST(mach_port_get_attributes_dnrequests_size)
{
	mach_port_t p = new_receive();
	int size = 99;
	mach_msg_type_number_t count = MACH_PORT_DNREQUESTS_SIZE_COUNT;
	CK_KR(mach_port_get_attributes(mach_task_self(), p,
	    MACH_PORT_DNREQUESTS_SIZE, (mach_port_info_t)&size, &count));
	ck_assert_uint_eq(count, MACH_PORT_DNREQUESTS_SIZE_COUNT);
	ck_assert_int_eq(size, 0);
}
END_TEST

/* An unknown flavor: KERN_INVALID_ARGUMENT (xnu). */
START_TEST(mach_port_get_attributes_bad_flavor)
{
	mach_port_t p = new_receive();
	natural_t buf[16];
	mach_msg_type_number_t count = 16;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), p, 77,
	    (mach_port_info_t)buf, &count), KERN_INVALID_ARGUMENT);
}
END_TEST

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_get_attributes_invalid_name)
{
	natural_t buf[16];
	mach_msg_type_number_t count = 16;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), 0x7777,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)buf, &count),
	    KERN_INVALID_NAME);
	count = 16;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), 0x7777,
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)buf, &count),
	    KERN_INVALID_NAME);
	count = 16;
	CK_KR_EQ(mach_port_get_attributes(mach_task_self(), unused_name(),
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)buf, &count),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right that is not a receive right. */
START_TEST(mach_port_get_attributes_invalid_right)
{
	natural_t buf[16];
	mach_msg_type_number_t count;
	mach_port_t names[4];
	not_receive_rights(new_receive(), names);
	for (unsigned i = 0; i < 4; i++) {
		count = 16;
		CK_KR_EQ(mach_port_get_attributes(mach_task_self(), names[i],
		    MACH_PORT_LIMITS_INFO, (mach_port_info_t)buf, &count),
		    KERN_INVALID_RIGHT);
		count = 16;
		CK_KR_EQ(mach_port_get_attributes(mach_task_self(), names[i],
		    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)buf, &count),
		    KERN_INVALID_RIGHT);
	}
}
END_TEST

CONFORMANCE_PAGE(mach_port_get_attributes)
{
	Suite *s = suite_create("mach_port_get_attributes");
	TCase *tc = conformance_tcase("mach_port_get_attributes");
	tcase_add_test(tc, mach_port_get_attributes_limits);
	tcase_add_test(tc, mach_port_get_attributes_count);
	tcase_add_test(tc, mach_port_get_attributes_status_new);
	tcase_add_test(tc, mach_port_get_attributes_status_changes);
	tcase_add_test(tc, mach_port_get_attributes_dnrequests_size);
	tcase_add_test(tc, mach_port_get_attributes_bad_flavor);
	tcase_add_test(tc, mach_port_get_attributes_invalid_name);
	tcase_add_test(tc, mach_port_get_attributes_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
