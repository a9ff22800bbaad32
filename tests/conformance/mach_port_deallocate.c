/*
 * Conformance: mach_port_deallocate
 * (osfmk-man/mach_port_deallocate.html).
 * "The mach_port_deallocate function releases a user reference for a
 * right ... without failing if the port has died and the right is now
 * actually a dead name.  If name denotes a dead name, send right, or
 * send-once right, then the right loses one user reference.  If it only
 * had one user reference, then the right is destroyed."  Checked here,
 * in the caller's task and in a second task (a forked child that sent
 * us its task port): send rights (with and without the receive right
 * under the name), send-once rights (destroying one sends the port a
 * send-once notification, as mach_port_destroy's page says), dead names,
 * send and send-once rights whose port died, and the one code of RETURN
 * VALUES, KERN_INVALID_RIGHT, for a name denoting only a receive right
 * or a port set.
 *
 * "If name does not denote an element in the port name space, the
 * function returns success": machemu follows the page there, for
 * MACH_PORT_NULL and MACH_PORT_DEAD too (GNU and CMU Mach answer
 * KERN_INVALID_NAME; xnu succeeds only for MACH_PORT_NULL and
 * MACH_PORT_DEAD).
 */
#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x71000017)
#define NAME_Y	((mach_port_name_t)0x72000017)

/* --- Tests ------------------------------------------------------------ */

/* A send right loses one user reference per call; the last one destroys
 * the send right, and the name keeps the receive right it also denotes. */
START_TEST(mach_port_deallocate_send)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0);
	ck_assert(!status_of(p).mps_srights);
}
END_TEST

/* A send right alone under its name (another task's): the last user
 * reference takes the name away; the port then has no send rights. */
START_TEST(mach_port_deallocate_send_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert(status_of(p).mps_srights);
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert(name_gone(c.task, NAME_X));
	ck_assert(!status_of(p).mps_srights);
	child_stop(&c);
}
END_TEST

/* A send-once right has one user reference: deallocating destroys it,
 * the name goes, and the port hears a send-once notification. */
START_TEST(mach_port_deallocate_send_once)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(status_of(p).mps_sorights, 1);
	CK_KR(mach_port_deallocate(mach_task_self(), NAME_X));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_id(p, 1000), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* A dead name loses one user reference per call; the last frees the
 * name. */
START_TEST(mach_port_deallocate_dead_name)
{
	mach_port_t d = new_dead_name();

	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 2));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 2);
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 1);
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert(name_gone(mach_task_self(), d));
}
END_TEST

/* Send and send-once rights whose port died: deallocating them does not
 * fail, it releases the dead names' user references (a dead name keeps
 * the references of the send right it was). */
START_TEST(mach_port_deallocate_port_died)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_destroy(mach_task_self(), p));

	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_DEAD_NAME),
	    1);
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert(name_gone(c.task, NAME_X));
	CK_KR(mach_port_deallocate(c.task, NAME_Y));
	ck_assert(name_gone(c.task, NAME_Y));
	CK_KR(mach_port_deallocate(mach_task_self(), NAME_Y));
	ck_assert(name_gone(mach_task_self(), NAME_Y));
	child_stop(&c);
}
END_TEST

/* KERN_INVALID_RIGHT: the name denotes only a receive right, or a port
 * set; nothing changes. */
START_TEST(mach_port_deallocate_invalid_right)
{
	mach_port_t p = new_receive(), s;

	CK_KR_EQ(mach_port_deallocate(mach_task_self(), p), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	s = new_set();
	CK_KR_EQ(mach_port_deallocate(mach_task_self(), s), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
}
END_TEST

/* A name that denotes nothing: success, as the page says, and nothing
 * changes (see the top of the file). */
START_TEST(mach_port_deallocate_unknown_name)
{
	mach_port_t d;

	CK_KR(mach_port_deallocate(mach_task_self(), NAME_X));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	d = new_dead_name();
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert(name_gone(mach_task_self(), d));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	CK_KR(mach_port_deallocate(mach_task_self(), MACH_PORT_NULL));
	CK_KR(mach_port_deallocate(mach_task_self(), MACH_PORT_DEAD));
}
END_TEST

CONFORMANCE_PAGE(mach_port_deallocate)
{
	Suite *s = suite_create("mach_port_deallocate");
	TCase *tc = conformance_tcase("mach_port_deallocate");
	tcase_add_test(tc, mach_port_deallocate_send);
	tcase_add_test(tc, mach_port_deallocate_send_other_task);
	tcase_add_test(tc, mach_port_deallocate_send_once);
	tcase_add_test(tc, mach_port_deallocate_dead_name);
	tcase_add_test(tc, mach_port_deallocate_port_died);
	tcase_add_test(tc, mach_port_deallocate_invalid_right);
	tcase_add_test(tc, mach_port_deallocate_unknown_name);
	suite_add_tcase(s, tc);
	return s;
}
