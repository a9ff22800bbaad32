/*
 * Conformance: mach_port_get_refs (osfmk-man/mach_port_get_refs.html).
 * "The mach_port_get_refs function returns the number of user references
 * a task has for a right.  If name denotes a right, but not the type of
 * right specified, then zero is returned.  Otherwise a positive number of
 * user references is returned.  Note a name may simultaneously denote
 * send and receive rights.  The number of references for send-once
 * rights is always one."  Checked here for each of the five rights
 * (MACH_PORT_RIGHT_SEND, RECEIVE, SEND_ONCE, PORT_SET, DEAD_NAME) on
 * names of each kind, in the caller's task and in a second task (a
 * forked child that sent us its task port), including a send right that
 * became a dead name when its port died (machemu, like GNU Mach, gives
 * the dead name the send right's user references).  RETURN VALUES:
 * KERN_INVALID_NAME when name denotes no right.  A right value out of
 * range is KERN_INVALID_VALUE, GNU Mach's code (the page names none).
 */
#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x75000017)
#define NAME_Y	((mach_port_name_t)0x76000017)

/* The user references NAME of TASK has for each of the five rights. */
static void
check_refs(mach_port_t task, mach_port_name_t name, mach_port_urefs_t send,
    mach_port_urefs_t receive, mach_port_urefs_t send_once,
    mach_port_urefs_t port_set, mach_port_urefs_t dead_name)
{
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_SEND), send);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_RECEIVE),
	    receive);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_SEND_ONCE),
	    send_once);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_PORT_SET),
	    port_set);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_DEAD_NAME),
	    dead_name);
}

/* --- Tests ------------------------------------------------------------ */

/* A receive right alone: one reference as RECEIVE, zero otherwise. */
START_TEST(mach_port_get_refs_receive)
{
	mach_port_t p = new_receive();

	check_refs(mach_task_self(), p, 0, 1, 0, 0, 0);
}
END_TEST

/* A name denoting send and receive rights: the send right's user
 * references, and one for the receive right. */
START_TEST(mach_port_get_refs_send_receive)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	check_refs(mach_task_self(), p, 1, 1, 0, 0, 0);
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	check_refs(mach_task_self(), p, 4, 1, 0, 0, 0);
}
END_TEST

/* Send-once rights: always one, each under a name of its own; the port's
 * receive right is not counted as one. */
START_TEST(mach_port_get_refs_send_once)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	check_refs(mach_task_self(), NAME_X, 0, 0, 1, 0, 0);
	check_refs(mach_task_self(), NAME_Y, 0, 0, 1, 0, 0);
	check_refs(mach_task_self(), p, 0, 1, 0, 0, 0);
}
END_TEST

/* A port set: one reference as PORT_SET. */
START_TEST(mach_port_get_refs_port_set)
{
	mach_port_t s = new_set();

	check_refs(mach_task_self(), s, 0, 0, 0, 1, 0);
}
END_TEST

/* A dead name: its user references, as DEAD_NAME. */
START_TEST(mach_port_get_refs_dead_name)
{
	mach_port_t d = new_dead_name();

	check_refs(mach_task_self(), d, 0, 0, 0, 0, 1);
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 2));
	check_refs(mach_task_self(), d, 0, 0, 0, 0, 3);
}
END_TEST

/* Another task's rights: a send right alone under its name, and what is
 * left of it (a dead name with the same user references) once the port
 * died; its send-once right became a dead name with one. */
START_TEST(mach_port_get_refs_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(c.task, NAME_X, MACH_PORT_RIGHT_SEND, 1));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	check_refs(c.task, NAME_X, 3, 0, 0, 0, 0);
	check_refs(c.task, NAME_Y, 0, 0, 1, 0, 0);
	check_refs(mach_task_self(), p, 0, 1, 0, 0, 0);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	check_refs(c.task, NAME_X, 0, 0, 0, 0, 3);
	check_refs(c.task, NAME_Y, 0, 0, 0, 0, 1);
	child_stop(&c);
}
END_TEST

/* KERN_INVALID_NAME: the name denotes no right (never used, freed, or
 * MACH_PORT_NULL), whatever right is asked about. */
START_TEST(mach_port_get_refs_invalid_name)
{
	mach_port_urefs_t r;
	mach_port_t p = new_receive();

	CK_KR(mach_port_destroy(mach_task_self(), p));
	for (mach_port_right_t right = 0; right < MACH_PORT_RIGHT_NUMBER;
	    right++) {
		CK_KR_EQ(mach_port_get_refs(mach_task_self(), NAME_X, right,
		    &r),
		    KERN_INVALID_NAME);
		CK_KR_EQ(mach_port_get_refs(mach_task_self(), p, right, &r),
		    KERN_INVALID_NAME);
		CK_KR_EQ(mach_port_get_refs(mach_task_self(), MACH_PORT_NULL,
		    right, &r), KERN_INVALID_NAME);
	}
}
END_TEST

/* A right value that is none of the five: KERN_INVALID_VALUE (GNU
 * Mach's code). */
START_TEST(mach_port_get_refs_invalid_right)
{
	mach_port_urefs_t r;
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_get_refs(mach_task_self(), p, MACH_PORT_RIGHT_NUMBER,
	    &r), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_get_refs(mach_task_self(), p, 42, &r),
	    KERN_INVALID_VALUE);
}
END_TEST

CONFORMANCE_PAGE(mach_port_get_refs)
{
	Suite *s = suite_create("mach_port_get_refs");
	TCase *tc = conformance_tcase("mach_port_get_refs");
	tcase_add_test(tc, mach_port_get_refs_receive);
	tcase_add_test(tc, mach_port_get_refs_send_receive);
	tcase_add_test(tc, mach_port_get_refs_send_once);
	tcase_add_test(tc, mach_port_get_refs_port_set);
	tcase_add_test(tc, mach_port_get_refs_dead_name);
	tcase_add_test(tc, mach_port_get_refs_other_task);
	tcase_add_test(tc, mach_port_get_refs_invalid_name);
	tcase_add_test(tc, mach_port_get_refs_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
