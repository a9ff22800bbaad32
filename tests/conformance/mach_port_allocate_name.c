/*
 * Conformance: mach_port_allocate_name
 * (osfmk-man/mach_port_allocate_name.html).
 * "The mach_port_allocate_name function creates a new right in the
 * specified task, with a specified name for the new right."  Checked
 * here:
 * - MACH_PORT_RIGHT_RECEIVE creates a port in no port set, without send
 *   or send-once rights, with make-send count 0, sequence number 0,
 *   queue limit MACH_PORT_QLIMIT_DEFAULT and no messages, denoted by
 *   name, the task holding only the receive right;
 * - MACH_PORT_RIGHT_PORT_SET creates an empty port set;
 * - MACH_PORT_RIGHT_DEAD_NAME creates a dead name with one user
 *   reference;
 * - "name must not already be in use for some right": KERN_NAME_EXISTS
 *   (RETURN VALUES) for a name denoting any kind of right, which stays
 *   as it was;
 * - names are per task: a name in use in one task is free in another.
 * Where the page names no code, machemu answers GNU Mach's:
 * KERN_INVALID_VALUE for the reserved names MACH_PORT_NULL and
 * MACH_PORT_DEAD ("it can't be the reserved values") and for a right
 * other than the three above.
 */
#include <string.h>

#include "conformance.h"

/* Names the tests choose, far from the ones machd hands out. */
#define NAME_A	((mach_port_name_t)0x61000013)
#define NAME_B	((mach_port_name_t)0x62000013)
#define NAME_C	((mach_port_name_t)0x63000013)

/* --- Tests ------------------------------------------------------------ */

/* MACH_PORT_RIGHT_RECEIVE: a new port under the caller's name. */
START_TEST(mach_port_allocate_name_receive)
{
	mach_port_status_t st;

	CK_KR(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    NAME_A));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_A),
	    MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), NAME_A,
	    MACH_PORT_RIGHT_RECEIVE), 1);
	ck_assert_uint_eq(refs_in(mach_task_self(), NAME_A,
	    MACH_PORT_RIGHT_SEND), 0);
	CK_KR(mach_port_get_receive_status(mach_task_self(), NAME_A, &st));
	ck_assert_uint_eq(st.mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(st.mps_srights, FALSE);
	ck_assert_uint_eq(st.mps_sorights, 0);
	ck_assert_uint_eq(st.mps_mscount, 0);
	ck_assert_uint_eq(st.mps_seqno, 0);
	ck_assert_uint_eq(st.mps_qlimit, MACH_PORT_QLIMIT_DEFAULT);
	ck_assert_uint_eq(st.mps_msgcount, 0);

	/* The name works for messages: a send right made from it carries a
	 * message to the port. */
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0),
		.msgh_size = sizeof h,
		.msgh_remote_port = NAME_A,
		.msgh_id = 1234,
	};
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	memset(&h, 0, sizeof h);
	CK_KR(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h,
	    NAME_A, 1000, MACH_PORT_NULL));
	ck_assert_int_eq(h.msgh_id, 1234);
	ck_assert_uint_eq(h.msgh_local_port, NAME_A);
}
END_TEST

/* MACH_PORT_RIGHT_PORT_SET: an empty port set under the caller's name. */
START_TEST(mach_port_allocate_name_port_set)
{
	mach_port_name_array_t members;
	mach_msg_type_number_t n = 99;

	CK_KR(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_PORT_SET, NAME_B));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_B),
	    MACH_PORT_TYPE_PORT_SET);
	CK_KR(mach_port_get_set_status(mach_task_self(), NAME_B, &members, &n));
	ck_assert_uint_eq(n, 0);
}
END_TEST

/* MACH_PORT_RIGHT_DEAD_NAME: a dead name with one user reference. */
START_TEST(mach_port_allocate_name_dead_name)
{
	CK_KR(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_DEAD_NAME, NAME_C));
	assert_dead(mach_task_self(), NAME_C, 1);
}
END_TEST

/* KERN_NAME_EXISTS: the name already denotes a receive right (with or
 * without send rights), a send-once right, a port set or a dead name,
 * whichever kind is asked for; each right stays as it was. */
START_TEST(mach_port_allocate_name_name_exists)
{
	const mach_port_right_t kinds[3] = { MACH_PORT_RIGHT_RECEIVE,
	    MACH_PORT_RIGHT_PORT_SET, MACH_PORT_RIGHT_DEAD_NAME };
	mach_port_t p, q, s, d, so = NAME_C;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &q));
	CK_KR(mach_port_insert_right(mach_task_self(), q, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), so, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_PORT_SET,
	    &s));
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	for (int k = 0; k < 3; k++) {
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k], p),
		    KERN_NAME_EXISTS);
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k], q),
		    KERN_NAME_EXISTS);
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k],
		    so), KERN_NAME_EXISTS);
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k], s),
		    KERN_NAME_EXISTS);
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k], d),
		    KERN_NAME_EXISTS);
	}
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), q),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), q, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(type_in(mach_task_self(), so),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	assert_dead(mach_task_self(), d, 1);
}
END_TEST

/* Names belong to a task: a name in use in the caller's task can be
 * allocated in another task, and the caller's right is not touched. */
START_TEST(mach_port_allocate_name_other_task)
{
	struct child c;

	CK_KR(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_PORT_SET, NAME_A));
	child_start(&c);
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_RECEIVE, NAME_A));
	ck_assert_uint_eq(type_in(c.task, NAME_A), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_A),
	    MACH_PORT_TYPE_PORT_SET);
	CK_KR_EQ(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_DEAD_NAME,
	    NAME_A), KERN_NAME_EXISTS);
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_DEAD_NAME,
	    NAME_B));
	ck_assert_uint_eq(type_in(c.task, NAME_B), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_B,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	child_stop(&c);
}
END_TEST

/* The reserved names MACH_PORT_NULL and MACH_PORT_DEAD cannot be
 * allocated: KERN_INVALID_VALUE, GNU Mach's code. */
START_TEST(mach_port_allocate_name_reserved_name)
{
	const mach_port_right_t kinds[3] = { MACH_PORT_RIGHT_RECEIVE,
	    MACH_PORT_RIGHT_PORT_SET, MACH_PORT_RIGHT_DEAD_NAME };

	for (int k = 0; k < 3; k++) {
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k],
		    MACH_PORT_NULL), KERN_INVALID_VALUE);
		CK_KR_EQ(mach_port_allocate_name(mach_task_self(), kinds[k],
		    MACH_PORT_DEAD), KERN_INVALID_VALUE);
	}
}
END_TEST

/* A right other than the page's three is KERN_INVALID_VALUE (GNU Mach's
 * code), and the name stays free. */
START_TEST(mach_port_allocate_name_invalid_right)
{
	CK_KR_EQ(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_SEND,
	    NAME_A), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_SEND_ONCE, NAME_A), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_allocate_name(mach_task_self(), 99, NAME_A),
	    KERN_INVALID_VALUE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_A,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
}
END_TEST

CONFORMANCE_PAGE(mach_port_allocate_name)
{
	Suite *s = suite_create("mach_port_allocate_name");
	TCase *tc = conformance_tcase("mach_port_allocate_name");
	tcase_add_test(tc, mach_port_allocate_name_receive);
	tcase_add_test(tc, mach_port_allocate_name_port_set);
	tcase_add_test(tc, mach_port_allocate_name_dead_name);
	tcase_add_test(tc, mach_port_allocate_name_name_exists);
	tcase_add_test(tc, mach_port_allocate_name_other_task);
	tcase_add_test(tc, mach_port_allocate_name_reserved_name);
	tcase_add_test(tc, mach_port_allocate_name_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
