/*
 * Conformance: mach_port_extract_right
 * (osfmk-man/mach_port_extract_right.html).
 * "The mach_port_extract_right function extracts a port right from the
 * target task and returns it to the caller as if the task sent the right
 * voluntarily, using desired_type as the disposition for the right."
 * acquired_type is MACH_MSG_TYPE_PORT_SEND, _PORT_RECEIVE or
 * _PORT_SEND_ONCE after the right extracted.  Checked here for each of
 * the six dispositions (MAKE_SEND, COPY_SEND, MOVE_SEND, MAKE_SEND_ONCE,
 * MOVE_SEND_ONCE, MOVE_RECEIVE), from the caller's own task and from a
 * second task (a forked child that sent us its task port): what the
 * target keeps (user references, make-send count, send-once count, its
 * name, port-set membership), what the caller gets (its name for the
 * right, the type) and that the right works.  RETURN VALUES:
 * KERN_INVALID_NAME (name denotes no right) and KERN_INVALID_RIGHT (name
 * denotes a right the disposition cannot take).
 * Where the page says nothing, machemu answers GNU Mach's
 * KERN_INVALID_VALUE for a desired_type that is not a port disposition.
 * Difference from GNU Mach: a send or send-once disposition on a dead
 * name is KERN_INVALID_RIGHT in machemu (a dead name is not a send
 * right, and the page's KERN_INVALID_RIGHT covers it), while GNU Mach
 * copies the right in with "dead ok" and answers success with
 * MACH_PORT_DEAD (MOVE_SEND then costs the dead name a user reference).
 */
#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x7e000017)
#define NAME_Y	((mach_port_name_t)0x7f000017)
#define NAME_S	((mach_port_name_t)0x6e000017)

/* Extract NAME of TASK with DISP; check the acquired type, return the
 * caller's name for the right. */
static mach_port_t
extract(mach_port_t task, mach_port_name_t name, mach_msg_type_name_t disp,
    mach_msg_type_name_t want)
{
	mach_port_t right = MACH_PORT_NULL;
	mach_msg_type_name_t got = 0;

	CK_KR(mach_port_extract_right(task, name, disp, &right, &got));
	ck_assert_uint_eq(got, want);
	ck_assert(MACH_PORT_VALID(right));
	return right;
}

/* Start C, a child whose NAME_X is a send right to P with two user
 * references. */
static void
child_with_send(struct child *c, mach_port_t p)
{
	child_start(c);
	CK_KR(mach_port_insert_right(c->task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(c->task, NAME_X, MACH_PORT_RIGHT_SEND, 1));
}

/* --- Dispositions ----------------------------------------------------- */

/* MAKE_SEND from one's own receive right: a send right, as a message to
 * oneself would carry, under the receive right's name. */
START_TEST(mach_port_extract_right_make_send_own)
{
	mach_port_t p = new_receive();

	ck_assert_uint_eq(extract(mach_task_self(), p, MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_PORT_SEND), p);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 1);
}
END_TEST

/* MAKE_SEND from another task's receive right: the target keeps it (its
 * make-send count goes up); the caller's send right reaches the port. */
START_TEST(mach_port_extract_right_make_send)
{
	struct child c;
	mach_port_t r;

	child_start(&c);
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_RECEIVE, NAME_X));
	r = extract(c.task, NAME_X, MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(type_in(mach_task_self(), r), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(mach_task_self(), r, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(c.task, NAME_X).mps_mscount, 1);
	ck_assert(status_in(c.task, NAME_X).mps_srights);

	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.msgh_size = sizeof h,
		.msgh_remote_port = r,
	};
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	ck_assert_uint_eq(status_in(c.task, NAME_X).mps_msgcount, 1);
	child_stop(&c);
}
END_TEST

/* COPY_SEND: the target keeps its user references; the caller's send
 * right joins the name it already has for the port. */
START_TEST(mach_port_extract_right_copy_send)
{
	struct child c;
	mach_port_t p = new_receive();

	child_with_send(&c, p);
	ck_assert_uint_eq(extract(c.task, NAME_X, MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_PORT_SEND), p);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 2);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 1);
	child_stop(&c);
}
END_TEST

/* MOVE_SEND: the target loses one user reference, the name with the
 * last; the caller gains them. */
START_TEST(mach_port_extract_right_move_send)
{
	struct child c;
	mach_port_t p = new_receive();

	child_with_send(&c, p);
	ck_assert_uint_eq(extract(c.task, NAME_X, MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_PORT_SEND), p);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(extract(c.task, NAME_X, MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_PORT_SEND), p);
	ck_assert(name_gone(c.task, NAME_X));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	child_stop(&c);
}
END_TEST

/* MAKE_SEND_ONCE from another task's receive right: the caller gets a
 * send-once right under a name of its own; it reaches the port. */
START_TEST(mach_port_extract_right_make_send_once)
{
	struct child c;
	mach_port_t r;

	child_start(&c);
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_RECEIVE, NAME_X));
	r = extract(c.task, NAME_X, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), r),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(c.task, NAME_X).mps_sorights, 1);
	ck_assert_uint_eq(status_in(c.task, NAME_X).mps_mscount, 0);

	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0),
		.msgh_size = sizeof h,
		.msgh_remote_port = r,
	};
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	ck_assert(name_gone(mach_task_self(), r));
	ck_assert_uint_eq(status_in(c.task, NAME_X).mps_msgcount, 1);
	child_stop(&c);
}
END_TEST

/* MOVE_SEND_ONCE: the target's send-once right and its name go; the
 * caller gets it under a name of its own (not the receive right's). */
START_TEST(mach_port_extract_right_move_send_once)
{
	struct child c;
	mach_port_t p = new_receive(), r;

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	r = extract(c.task, NAME_Y, MACH_MSG_TYPE_MOVE_SEND_ONCE,
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert(name_gone(c.task, NAME_Y));
	ck_assert_uint_ne(r, p);
	ck_assert_uint_eq(type_in(mach_task_self(), r),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 1);
	send_through(r, MACH_MSG_TYPE_MOVE_SEND_ONCE, 77);
	ck_assert_int_eq(receive_id(p, 1000), 77);
	ck_assert(name_gone(mach_task_self(), r));
	child_stop(&c);
}
END_TEST

/* MOVE_RECEIVE: the target loses the receive right (and the port leaves
 * the target's port set, as a receive right sent away does); the caller
 * holds it and receives on it. */
START_TEST(mach_port_extract_right_move_receive)
{
	struct child c;
	mach_port_name_array_t members;
	mach_msg_type_number_t n = 99;
	mach_port_t r;

	child_start(&c);
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_RECEIVE, NAME_X));
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_PORT_SET,
	    NAME_S));
	CK_KR(mach_port_move_member(c.task, NAME_X, NAME_S));
	r = extract(c.task, NAME_X, MACH_MSG_TYPE_MOVE_RECEIVE,
	    MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert(name_gone(c.task, NAME_X));
	CK_KR(mach_port_get_set_status(c.task, NAME_S, &members, &n));
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_eq(type_in(mach_task_self(), r), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(mach_task_self(), r).mps_pset,
	    MACH_PORT_NULL);
	send_through(r, MACH_MSG_TYPE_MAKE_SEND, 78);
	ck_assert_int_eq(receive_id(r, 1000), 78);
	child_stop(&c);
}
END_TEST

/* --- Return codes ----------------------------------------------------- */

/* KERN_INVALID_NAME: the name denotes no right, in the caller's task or
 * another. */
START_TEST(mach_port_extract_right_invalid_name)
{
	struct child c;
	mach_port_t right, p = new_receive();
	mach_msg_type_name_t got;

	CK_KR_EQ(mach_port_extract_right(mach_task_self(), NAME_X,
	    MACH_MSG_TYPE_COPY_SEND, &right, &got), KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_extract_right(mach_task_self(), MACH_PORT_NULL,
	    MACH_MSG_TYPE_MOVE_SEND, &right, &got), KERN_INVALID_NAME);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(mach_port_extract_right(mach_task_self(), p,
	    MACH_MSG_TYPE_MAKE_SEND, &right, &got), KERN_INVALID_NAME);
	child_start(&c);
	CK_KR_EQ(mach_port_extract_right(c.task, NAME_X,
	    MACH_MSG_TYPE_MOVE_RECEIVE, &right, &got), KERN_INVALID_NAME);
	child_stop(&c);
}
END_TEST

/* KERN_INVALID_RIGHT: the name denotes a right the disposition cannot
 * take; the right stays where it was. */
START_TEST(mach_port_extract_right_invalid_right)
{
	struct child c;
	mach_port_t right, p = new_receive(), s;
	mach_msg_type_name_t got;
	const mach_msg_type_name_t from_receive[3] = { MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MOVE_SEND, MACH_MSG_TYPE_MOVE_SEND_ONCE };
	const mach_msg_type_name_t from_send[4] = { MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE, MACH_MSG_TYPE_MOVE_RECEIVE,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE };
	const mach_msg_type_name_t from_send_once[5] = {
	    MACH_MSG_TYPE_MAKE_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    MACH_MSG_TYPE_MOVE_RECEIVE, MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MOVE_SEND };
	const mach_msg_type_name_t any[6] = { MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE, MACH_MSG_TYPE_MOVE_RECEIVE,
	    MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE };

	for (int i = 0; i < 3; i++)
		CK_KR_EQ(mach_port_extract_right(mach_task_self(), p,
		    from_receive[i], &right, &got), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	s = new_set();
	for (int i = 0; i < 6; i++)
		CK_KR_EQ(mach_port_extract_right(mach_task_self(), s, any[i],
		    &right, &got), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	for (int i = 0; i < 4; i++)
		CK_KR_EQ(mach_port_extract_right(c.task, NAME_X, from_send[i],
		    &right, &got), KERN_INVALID_RIGHT);
	for (int i = 0; i < 5; i++)
		CK_KR_EQ(mach_port_extract_right(c.task, NAME_Y,
		    from_send_once[i], &right, &got), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_SEND_ONCE);
	child_stop(&c);
}
END_TEST

/* A dead name (here a send right whose port died) holds no right to
 * extract: KERN_INVALID_RIGHT in machemu (GNU Mach: success with
 * MACH_PORT_DEAD; see the top of the file); the dead name keeps its user
 * references. */
START_TEST(mach_port_extract_right_dead_name)
{
	struct child c;
	mach_port_t right, p = new_receive();
	mach_msg_type_name_t got;
	const mach_msg_type_name_t disp[3] = { MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MOVE_SEND, MACH_MSG_TYPE_MOVE_SEND_ONCE };

	child_with_send(&c, p);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	for (int i = 0; i < 3; i++)
		CK_KR_EQ(mach_port_extract_right(c.task, NAME_X, disp[i],
		    &right, &got), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_DEAD_NAME),
	    2);
	child_stop(&c);
}
END_TEST

/* A desired_type that is not a port disposition: KERN_INVALID_VALUE
 * (GNU Mach's code); the right stays. */
START_TEST(mach_port_extract_right_invalid_type)
{
	mach_port_t right, p = new_receive();
	mach_msg_type_name_t got;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_extract_right(mach_task_self(), p, 0, &right, &got),
	    KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_extract_right(mach_task_self(), p,
	    MACH_MSG_TYPE_INTEGER_32, &right, &got), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_extract_right(mach_task_self(), p,
	    MACH_MSG_TYPE_PORT_NAME, &right, &got), KERN_INVALID_VALUE);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
}
END_TEST

CONFORMANCE_PAGE(mach_port_extract_right)
{
	Suite *s = suite_create("mach_port_extract_right");
	TCase *tc = conformance_tcase("mach_port_extract_right");
	tcase_add_test(tc, mach_port_extract_right_make_send_own);
	tcase_add_test(tc, mach_port_extract_right_make_send);
	tcase_add_test(tc, mach_port_extract_right_copy_send);
	tcase_add_test(tc, mach_port_extract_right_move_send);
	tcase_add_test(tc, mach_port_extract_right_make_send_once);
	tcase_add_test(tc, mach_port_extract_right_move_send_once);
	tcase_add_test(tc, mach_port_extract_right_move_receive);
	tcase_add_test(tc, mach_port_extract_right_invalid_name);
	tcase_add_test(tc, mach_port_extract_right_invalid_right);
	tcase_add_test(tc, mach_port_extract_right_dead_name);
	tcase_add_test(tc, mach_port_extract_right_invalid_type);
	suite_add_tcase(s, tc);
	return s;
}
