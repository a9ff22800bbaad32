/*
 * Conformance: mach_port_insert_right
 * (osfmk-man/mach_port_insert_right.html).
 * "The mach_port_insert_right function inserts into task the caller's
 * right for a port, using a specified name for the right in the target
 * task."  Checked here, in the caller's own task and in a second task
 * (a forked child that sent us its task port):
 * - MAKE_SEND, COPY_SEND, MOVE_SEND insert a send right; if the target
 *   holds send or receive rights for the port, name must denote them,
 *   and existing send rights gain a user reference, else the new send
 *   right has one; COPY_SEND leaves the caller's references alone and
 *   MOVE_SEND takes one;
 * - MAKE_SEND_ONCE, MOVE_SEND_ONCE insert a send-once right under an
 *   unused name;
 * - MOVE_RECEIVE moves the receive right into the target, under the name
 *   of the target's send rights if it has some, else an unused name;
 * - RETURN VALUES: KERN_NAME_EXISTS (name already denoted a right),
 *   KERN_INVALID_CAPABILITY (right null or dead), KERN_UREFS_OVERFLOW,
 *   KERN_RIGHT_EXISTS (rights for the port under another name).
 * "The specified name can't be one of the reserved values MACH_PORT_NULL
 * or MACH_PORT_DEAD": the page names no code; machemu answers
 * KERN_INVALID_VALUE as GNU Mach does (its mach_port_insert_right checks
 * the name first), which is what the test checks; the same for a
 * right_type that is not a port disposition.  KERN_UREFS_OVERFLOW comes
 * at machemu's limit of 0xffff user references (GNU Mach stops send
 * rights at 0xfffe).  A right the call could not insert is destroyed, as
 * GNU Mach destroys a failed request: a send-once right made for it
 * sends its port a send-once notification.
 */
#include <mach/notify.h>

#include "conformance.h"

/* Names picked by the tests in the child's space, far from the names
 * machd hands out (small indexes). */
#define NAME_X	((mach_port_name_t)0x51000007)
#define NAME_Y	((mach_port_name_t)0x52000007)
#define NAME_Z	((mach_port_name_t)0x53000007)

/* --- Send rights ------------------------------------------------------ */

/* MAKE_SEND into one's own task: the send right joins the receive right
 * under its name; a second insertion adds a user reference. */
START_TEST(mach_port_insert_right_make_send_own)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 2);
}
END_TEST

/* Into another task: a new send right has one user reference; COPY_SEND
 * and MOVE_SEND under the same name add one each; the caller keeps its
 * references with COPY_SEND and loses one with MOVE_SEND. */
START_TEST(mach_port_insert_right_send_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 1);
	ck_assert(status_in(mach_task_self(), p).mps_srights);

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_COPY_SEND));
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 2);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    3);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_SEND));
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 3);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	child_stop(&c);
}
END_TEST

/* A send right whose port the target already names (send or receive)
 * must go under that name: KERN_RIGHT_EXISTS otherwise. */
START_TEST(mach_port_insert_right_right_exists)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_Y,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(c.task, NAME_Y,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	child_stop(&c);
}
END_TEST

/* --- Send-once rights ------------------------------------------------- */

/* MAKE_SEND_ONCE and MOVE_SEND_ONCE insert a send-once right under a name
 * of its own, even where the target names the port already. */
START_TEST(mach_port_insert_right_send_once)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(refs_in(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_SEND_ONCE), 1);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 2);

	/* MOVE_SEND_ONCE takes the caller's right away. */
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Z, NAME_X,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE));
	ck_assert_uint_eq(type_in(c.task, NAME_Z), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 2);
	child_stop(&c);
}
END_TEST

/* A send-once right needs an unused name: the name of the port's own
 * receive right, or any other right, is KERN_NAME_EXISTS. */
START_TEST(mach_port_insert_right_send_once_name_exists)
{
	mach_port_t p = new_receive(), d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	d = new_dead_name();
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), d, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_NAME_EXISTS);
	assert_dead(mach_task_self(), d, 1);
	/* The right made for each failed call was destroyed, which sends
	 * the port a send-once notification (as GNU Mach does when it
	 * destroys a failed request); none stays behind. */
	for (int i = 0; i < 2; i++) {
		struct {
			mach_msg_header_t head;
			char pad[64];
		} n;
		CK_KR(mach_msg(&n.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
		    sizeof n, p, 1000, MACH_PORT_NULL));
		ck_assert_int_eq(n.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	}
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 0);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_msgcount, 0);
}
END_TEST

/* A send right where the target holds only a send-once right for the
 * port: a send-once right is neither a send nor a receive right, so the
 * name "should be unused": KERN_NAME_EXISTS, as GNU Mach answers (its
 * send-once entries are not found by port), and the send-once right
 * stays as it was. */
START_TEST(mach_port_insert_right_send_into_send_once_name)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
}
END_TEST

/* The same for a receive right moved to the name of the target's
 * send-once right for the port.  The refused request is destroyed with
 * the receive right it carried, as every failed kernel call's request
 * is: the port dies, and the send-once right becomes a dead name. */
START_TEST(mach_port_insert_right_receive_into_send_once_name)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_DEAD_NAME);
	child_stop(&c);
}
END_TEST

/* --- Receive rights --------------------------------------------------- */

/* MOVE_RECEIVE moves the receive right into the target under an unused
 * name; the caller no longer has it. */
START_TEST(mach_port_insert_right_move_receive)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE));
	ck_assert_int_eq(mach_port_type(mach_task_self(), p,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_RECEIVE);
	mach_port_status_t st = status_in(c.task, NAME_X);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert(!st.mps_srights);
	child_stop(&c);
}
END_TEST

/* MOVE_RECEIVE where the target holds send rights for the port: under
 * that name the rights combine; under another, KERN_RIGHT_EXISTS. */
START_TEST(mach_port_insert_right_move_receive_to_send_name)
{
	struct child c;
	mach_port_t p = new_receive(), q = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_RECEIVE), 1);

	CK_KR(mach_port_insert_right(c.task, NAME_Y, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Z, q,
	    MACH_MSG_TYPE_MOVE_RECEIVE), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(c.task, NAME_Z,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	child_stop(&c);
}
END_TEST

/* --- Return codes ----------------------------------------------------- */

/* KERN_NAME_EXISTS: the name denotes a right for another port, a port
 * set or a dead name; the right there is left as it was. */
START_TEST(mach_port_insert_right_name_exists)
{
	mach_port_t p = new_receive(), q = new_receive(), s, d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), q, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), q), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	s = new_set();
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), s, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	d = new_dead_name();
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), d, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	assert_dead(mach_task_self(), d, 1);
}
END_TEST

/* KERN_INVALID_CAPABILITY: the right is MACH_PORT_NULL or
 * MACH_PORT_DEAD, or the caller's name for it is a dead name (it
 * travels as MACH_PORT_DEAD). */
START_TEST(mach_port_insert_right_invalid_capability)
{
	mach_port_t d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X,
	    MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X,
	    MACH_PORT_DEAD, MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	d = new_dead_name();
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, d,
	    MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
}
END_TEST

/* KERN_UREFS_OVERFLOW: the target's send right already has the most user
 * references machemu allows (0xffff); its count stays. */
START_TEST(mach_port_insert_right_urefs_overflow)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    0xfffe));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0xffff);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0xffff);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
}
END_TEST

/* The reserved names MACH_PORT_NULL and MACH_PORT_DEAD cannot be used:
 * KERN_INVALID_VALUE (GNU Mach's code; the page names none). */
START_TEST(mach_port_insert_right_reserved_name)
{
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), MACH_PORT_NULL, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), MACH_PORT_DEAD, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_INVALID_VALUE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* right_type "should be a value appropriate for mach_msg", a port
 * disposition: another type is KERN_INVALID_VALUE (GNU Mach's code; the
 * page names none); the caller's right and the name are untouched. */
START_TEST(mach_port_insert_right_invalid_type)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_PORT_NAME), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_INTEGER_32), KERN_INVALID_VALUE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
}
END_TEST

CONFORMANCE_PAGE(mach_port_insert_right)
{
	Suite *s = suite_create("mach_port_insert_right");
	TCase *tc = conformance_tcase("mach_port_insert_right");
	tcase_add_test(tc, mach_port_insert_right_make_send_own);
	tcase_add_test(tc, mach_port_insert_right_send_other_task);
	tcase_add_test(tc, mach_port_insert_right_right_exists);
	tcase_add_test(tc, mach_port_insert_right_send_once);
	tcase_add_test(tc, mach_port_insert_right_send_once_name_exists);
	tcase_add_test(tc, mach_port_insert_right_send_into_send_once_name);
	tcase_add_test(tc, mach_port_insert_right_receive_into_send_once_name);
	tcase_add_test(tc, mach_port_insert_right_move_receive);
	tcase_add_test(tc, mach_port_insert_right_move_receive_to_send_name);
	tcase_add_test(tc, mach_port_insert_right_name_exists);
	tcase_add_test(tc, mach_port_insert_right_invalid_capability);
	tcase_add_test(tc, mach_port_insert_right_urefs_overflow);
	tcase_add_test(tc, mach_port_insert_right_reserved_name);
	tcase_add_test(tc, mach_port_insert_right_invalid_type);
	suite_add_tcase(s, tc);
	return s;
}
