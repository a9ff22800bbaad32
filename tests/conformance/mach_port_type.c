/*
 * Conformance: mach_port_type (osfmk-man/mach_port_type.html).
 * "The mach_port_type function returns information about task's rights
 * for a specific name in its port name space.  The returned ptype is a
 * bit-mask indicating what rights task holds with this name": the bits
 * MACH_PORT_TYPE_SEND, _RECEIVE, _SEND_ONCE, _PORT_SET, _DEAD_NAME and
 * _DNREQUEST ("a dead-name request has been registered for the right").
 * Checked here for names of each kind, in the caller's task and in a
 * second task (a forked child that sent us its task port), for the
 * dead-name request bit as requests are made, cancelled and fired, and
 * for send and send-once rights that became dead names.  RETURN VALUES:
 * KERN_INVALID_NAME when name denotes no right (MACH_PORT_NULL and
 * MACH_PORT_DEAD included).
 */
#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x7c000017)
#define NAME_Y	((mach_port_name_t)0x7d000017)

/* Register (NOTIFY valid) or cancel (MACH_PORT_NULL) the dead-name
 * request of NAME in TASK; returns the previous send-once right. */
static mach_port_t
dead_name_request(mach_port_t task, mach_port_name_t name, mach_port_t notify)
{
	mach_port_t previous = 0xdead;

	CK_KR(mach_port_request_notification(task, name,
	    MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	return previous;
}

/* --- Tests ------------------------------------------------------------ */

/* Each kind of name has exactly its bits. */
START_TEST(mach_port_type_each_kind)
{
	mach_port_t r = new_receive(), sr = new_send_receive(), s, d;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, r,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	s = new_set();
	d = new_dead_name();
	ck_assert_uint_eq(type_in(mach_task_self(), r), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), sr),
	    MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	ck_assert_uint_eq(type_in(mach_task_self(), d),
	    MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* Another task's names: a send right alone, a send-once right. */
START_TEST(mach_port_type_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	child_stop(&c);
}
END_TEST

/* MACH_PORT_TYPE_DNREQUEST is set while a dead-name request is
 * registered: it goes when the request is cancelled, and when it fires
 * (the name is then a dead name). */
START_TEST(mach_port_type_dnrequest)
{
	mach_port_t p = new_receive(), notify = new_receive(), prev;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(dead_name_request(mach_task_self(), p, notify),
	    MACH_PORT_NULL);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE | MACH_PORT_TYPE_DNREQUEST);
	ck_assert_uint_eq(dead_name_request(mach_task_self(), NAME_X, notify),
	    MACH_PORT_NULL);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE | MACH_PORT_TYPE_DNREQUEST);

	/* Cancelled: the bit goes; the old send-once right comes back. */
	prev = dead_name_request(mach_task_self(), p, MACH_PORT_NULL);
	ck_assert(MACH_PORT_VALID(prev));
	ck_assert_uint_eq(type_in(mach_task_self(), prev),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);

	/* Fired: the port dies, NAME_X is a dead name without the bit. */
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* Send and send-once rights whose port died are dead names, here and in
 * another task. */
START_TEST(mach_port_type_dead_after_death)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_destroy(mach_task_self(), p));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_Y),
	    MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_DEAD_NAME);
	child_stop(&c);
}
END_TEST

/* KERN_INVALID_NAME: the name denotes no right. */
START_TEST(mach_port_type_invalid_name)
{
	mach_port_type_t t;
	mach_port_t p = new_receive();

	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(mach_port_type(mach_task_self(), p, &t), KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_type(mach_task_self(), NAME_X, &t),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_type(mach_task_self(), MACH_PORT_NULL, &t),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_type(mach_task_self(), MACH_PORT_DEAD, &t),
	    KERN_INVALID_NAME);
}
END_TEST

CONFORMANCE_PAGE(mach_port_type)
{
	Suite *s = suite_create("mach_port_type");
	TCase *tc = conformance_tcase("mach_port_type");
	tcase_add_test(tc, mach_port_type_each_kind);
	tcase_add_test(tc, mach_port_type_other_task);
	tcase_add_test(tc, mach_port_type_dnrequest);
	tcase_add_test(tc, mach_port_type_dead_after_death);
	tcase_add_test(tc, mach_port_type_invalid_name);
	suite_add_tcase(s, tc);
	return s;
}
