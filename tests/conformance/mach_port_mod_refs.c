/*
 * Conformance: mach_port_mod_refs (osfmk-man/mach_port_mod_refs.html).
 * "The mach_port_mod_refs function requests that the number of user
 * references a task has for a right be changed.  This results in the
 * right being destroyed, if the number of user references is changed to
 * zero."  Checked here, in the caller's task and in a second task (a
 * forked child that sent us its task port):
 * - send rights and dead names change by delta (0 included);
 * - "port sets, receive rights, and send-once rights may only have one
 *   user reference": only 0 and -1 are accepted;
 * - a count brought to zero destroys that one right as mach_port_destroy
 *   would (a destroyed receive right's port dies: its queued messages
 *   are destroyed and its send-once rights become dead names; a
 *   send-once right sends the port a send-once notification; a port
 *   set's members leave it); the name stays if it denoted other rights
 *   (a receive right's send right becomes a dead name keeping its user
 *   references), else it is freed;
 * - RETURN VALUES: KERN_INVALID_NAME, KERN_INVALID_RIGHT (a right, but
 *   not the specified one), KERN_INVALID_VALUE (the count would become
 *   negative), KERN_UREFS_OVERFLOW (past the implementation-defined
 *   maximum, for send rights and dead names).
 * machemu's maximum is 0xffff user references for both send rights and
 * dead names; GNU Mach allows one less for send rights (0xfffe).  A right
 * value out of range is KERN_INVALID_VALUE, GNU Mach's code (the page
 * names none).
 */
#include <string.h>

#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x77000017)
#define NAME_Y	((mach_port_name_t)0x78000017)
#define UREFS_MAX	0xffff

/* --- Send rights and dead names ---------------------------------------- */

/* A send right's user references change by delta; at zero the send right
 * goes and the name keeps the receive right. */
START_TEST(mach_port_mod_refs_send)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 3));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    4);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 0));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    4);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    -3));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    -1));
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert(!status_of(p).mps_srights);
}
END_TEST

/* A send right alone under its name (another task's): at zero the name
 * is freed. */
START_TEST(mach_port_mod_refs_send_frees_name)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(c.task, NAME_X, MACH_PORT_RIGHT_SEND, 4));
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 5);
	CK_KR(mach_port_mod_refs(c.task, NAME_X, MACH_PORT_RIGHT_SEND, -5));
	ck_assert(name_gone(c.task, NAME_X));
	ck_assert(!status_of(p).mps_srights);
	child_stop(&c);
}
END_TEST

/* A dead name's user references change by delta; at zero it is freed. */
START_TEST(mach_port_mod_refs_dead_name)
{
	mach_port_t d = new_dead_name();

	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 2));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 3);
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 0));
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, -3));
	ck_assert(name_gone(mach_task_self(), d));
}
END_TEST

/* --- Rights with one user reference ------------------------------------ */

/* Receive rights, send-once rights and port sets accept only 0 and -1;
 * any other delta is KERN_INVALID_VALUE and changes nothing. */
START_TEST(mach_port_mod_refs_one_reference_rights)
{
	mach_port_t p = new_receive(), s;
	const mach_port_delta_t bad[3] = { 1, -2, 5 };

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	s = new_set();
	for (int i = 0; i < 3; i++) {
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p,
		    MACH_PORT_RIGHT_RECEIVE, bad[i]), KERN_INVALID_VALUE);
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), NAME_X,
		    MACH_PORT_RIGHT_SEND_ONCE, bad[i]), KERN_INVALID_VALUE);
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), s,
		    MACH_PORT_RIGHT_PORT_SET, bad[i]), KERN_INVALID_VALUE);
	}
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    0));
	CK_KR(mach_port_mod_refs(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_SEND_ONCE, 0));
	CK_KR(mach_port_mod_refs(mach_task_self(), s, MACH_PORT_RIGHT_PORT_SET,
	    0));
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	ck_assert_uint_eq(status_of(p).mps_sorights, 1);
}
END_TEST

/* A receive right at zero: the port is destroyed as by
 * mach_port_destroy: its queued message goes (the send-once right it
 * carried sends its port a send-once notification), its send-once right
 * becomes a dead name, and the name is freed. */
START_TEST(mach_port_mod_refs_receive_destroyed)
{
	mach_port_t p = new_receive(), b = new_receive();
	struct port_msg m;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = p;
	m.type.msgt_name = MACH_MSG_TYPE_MAKE_SEND_ONCE;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = b;
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	ck_assert_uint_eq(status_of(b).mps_sorights, 1);

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	ck_assert(name_gone(mach_task_self(), p));
	assert_dead(mach_task_self(), NAME_X, 1);
	ck_assert_int_eq(receive_id(b, 1000), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(b).mps_sorights, 0);
}
END_TEST

/* Only the one right is destroyed: a name denoting send and receive
 * rights keeps the send right, now a dead name with its references. */
START_TEST(mach_port_mod_refs_receive_keeps_send)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	assert_dead(mach_task_self(), p, 2);
}
END_TEST

/* A send-once right at zero: destroyed, its name freed, and the port
 * gets a send-once notification. */
START_TEST(mach_port_mod_refs_send_once_destroyed)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_mod_refs(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_SEND_ONCE, -1));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_id(p, 1000), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
}
END_TEST

/* A port set at zero: destroyed, its name freed, its member out of it. */
START_TEST(mach_port_mod_refs_port_set_destroyed)
{
	mach_port_t s, p = new_receive();

	s = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), p, s));
	CK_KR(mach_port_mod_refs(mach_task_self(), s, MACH_PORT_RIGHT_PORT_SET,
	    -1));
	ck_assert(name_gone(mach_task_self(), s));
	ck_assert_uint_eq(status_of(p).mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* --- Return codes ----------------------------------------------------- */

/* KERN_INVALID_NAME: the name denotes no right. */
START_TEST(mach_port_mod_refs_invalid_name)
{
	mach_port_t d = new_dead_name();

	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, -1));
	for (mach_port_right_t right = 0; right < MACH_PORT_RIGHT_NUMBER;
	    right++) {
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), NAME_Y, right, 1),
		    KERN_INVALID_NAME);
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), d, right, -1),
		    KERN_INVALID_NAME);
		CK_KR_EQ(mach_port_mod_refs(mach_task_self(), MACH_PORT_NULL,
		    right, 0), KERN_INVALID_NAME);
	}
}
END_TEST

/* KERN_INVALID_RIGHT: the name denotes a right, but not the one given;
 * nothing changes. */
START_TEST(mach_port_mod_refs_invalid_right)
{
	struct child c;
	mach_port_t p = new_receive(), s, d;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	s = new_set();
	d = new_dead_name();
	/* A receive right alone. */
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_SEND_ONCE, -1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_DEAD_NAME, 1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_PORT_SET, -1), KERN_INVALID_RIGHT);
	/* A send-once right. */
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_SEND, -1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_RECEIVE, -1), KERN_INVALID_RIGHT);
	/* A port set. */
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), s,
	    MACH_PORT_RIGHT_RECEIVE, -1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), s, MACH_PORT_RIGHT_SEND,
	    1), KERN_INVALID_RIGHT);
	/* A dead name. */
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), d, MACH_PORT_RIGHT_SEND,
	    -1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_SEND_ONCE, -1), KERN_INVALID_RIGHT);
	/* A send right alone (another task's). */
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_mod_refs(c.task, NAME_Y, MACH_PORT_RIGHT_RECEIVE,
	    -1), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_mod_refs(c.task, NAME_Y, MACH_PORT_RIGHT_DEAD_NAME,
	    1), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_Y, MACH_PORT_RIGHT_SEND), 1);
	/* Once the port died, the send right is a dead name: SEND is now
	 * the wrong right and DEAD_NAME the right one. */
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_id(p, 1000), MACH_NOTIFY_SEND_ONCE);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(mach_port_mod_refs(c.task, NAME_Y, MACH_PORT_RIGHT_SEND, -1),
	    KERN_INVALID_RIGHT);
	CK_KR(mach_port_mod_refs(c.task, NAME_Y, MACH_PORT_RIGHT_DEAD_NAME,
	    -1));
	ck_assert(name_gone(c.task, NAME_Y));
	child_stop(&c);

	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	assert_dead(mach_task_self(), d, 1);
}
END_TEST

/* KERN_INVALID_VALUE: the count would become negative; it stays. */
START_TEST(mach_port_mod_refs_negative)
{
	mach_port_t p = new_receive(), d;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    -3), KERN_INVALID_VALUE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	d = new_dead_name();
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, -2), KERN_INVALID_VALUE);
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 1);
}
END_TEST

/* KERN_UREFS_OVERFLOW: past machemu's maximum of 0xffff user references,
 * for a send right and a dead name; the count stays. */
START_TEST(mach_port_mod_refs_urefs_overflow)
{
	mach_port_t p = new_receive(), d;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    UREFS_MAX), KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    UREFS_MAX - 1));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    UREFS_MAX);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    1), KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    UREFS_MAX);

	d = new_dead_name();
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, UREFS_MAX - 1));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), UREFS_MAX);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 1), KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), UREFS_MAX);
}
END_TEST

/* A right value that is none of the five: KERN_INVALID_VALUE (GNU
 * Mach's code). */
START_TEST(mach_port_mod_refs_invalid_right_value)
{
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_NUMBER,
	    -1), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_mod_refs(mach_task_self(), p, 42, 0),
	    KERN_INVALID_VALUE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

CONFORMANCE_PAGE(mach_port_mod_refs)
{
	Suite *s = suite_create("mach_port_mod_refs");
	TCase *tc = conformance_tcase("mach_port_mod_refs");
	tcase_add_test(tc, mach_port_mod_refs_send);
	tcase_add_test(tc, mach_port_mod_refs_send_frees_name);
	tcase_add_test(tc, mach_port_mod_refs_dead_name);
	tcase_add_test(tc, mach_port_mod_refs_one_reference_rights);
	tcase_add_test(tc, mach_port_mod_refs_receive_destroyed);
	tcase_add_test(tc, mach_port_mod_refs_receive_keeps_send);
	tcase_add_test(tc, mach_port_mod_refs_send_once_destroyed);
	tcase_add_test(tc, mach_port_mod_refs_port_set_destroyed);
	tcase_add_test(tc, mach_port_mod_refs_invalid_name);
	tcase_add_test(tc, mach_port_mod_refs_invalid_right);
	tcase_add_test(tc, mach_port_mod_refs_negative);
	tcase_add_test(tc, mach_port_mod_refs_urefs_overflow);
	tcase_add_test(tc, mach_port_mod_refs_invalid_right_value);
	suite_add_tcase(s, tc);
	return s;
}
