/*
 * Conformance: mach_port_destroy (osfmk-man/mach_port_destroy.html).
 * "The mach_port_destroy function de-allocates all rights denoted by a
 * name.  The name becomes immediately available for reuse."  Checked
 * here, in the caller's task and in a second task (a forked child that
 * sent us its task port):
 * - every right under the name goes (send and receive together, a
 *   dead name whatever its user references), and the name can be
 *   allocated again at once;
 * - a port set's members leave it; a receive right leaves its port set;
 * - destroying a receive right destroys the messages queued on the port
 *   (the rights they carry are destroyed), and the extant send and
 *   send-once rights become dead names, with a dead-name notification
 *   for those that requested one;
 * - destroying a send-once right sends the port a send-once
 *   notification;
 * - a send-once, send or receive right with a dead-name request gets a
 *   port-deleted notification, not a dead-name notification;
 * - RETURN VALUES: KERN_INVALID_NAME when the name denotes no right
 *   (MACH_PORT_NULL included; GNU Mach answers the same).
 */
#include <string.h>

#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x73000017)
#define NAME_Y	((mach_port_name_t)0x74000017)

#pragma pack(push, 4)
/* A notification naming a port (port-deleted, dead-name), or one with
 * no body (send-once). */
struct notice {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t name;
	char pad[64];
};
#pragma pack(pop)

/* Receive one message from PORT (waiting up to a second). */
static mach_msg_id_t
receive_notice(mach_port_t port, struct notice *n)
{
	memset(n, 0, sizeof *n);
	CK_KR(mach_msg(&n->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof *n, port, 1000, MACH_PORT_NULL));
	return n->head.msgh_id;
}

/* PORT has no message queued. */
static void
no_notice(mach_port_t port)
{
	ck_assert_uint_eq(status_of(port).mps_msgcount, 0);
}

/* Ask for a dead-name notification about NAME of TASK, sent to NOTIFY. */
static void
request_dead_name(mach_port_t task, mach_port_name_t name, mach_port_t notify)
{
	mach_port_t previous = 0xdead;

	CK_KR(mach_port_request_notification(task, name,
	    MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	ck_assert_uint_eq(previous, MACH_PORT_NULL);
	ck_assert(type_in(task, name) & MACH_PORT_TYPE_DNREQUEST);
}

/* Destroy NAME of TASK, which has a dead-name request for NOTIFY: the
 * name goes, and NOTIFY gets a port-deleted notification naming it and
 * nothing more. */
static void
destroy_port_deleted(mach_port_t task, mach_port_name_t name,
    mach_port_t notify)
{
	struct notice n;

	CK_KR(mach_port_destroy(task, name));
	ck_assert(name_gone(task, name));
	ck_assert_int_eq(receive_notice(notify, &n), MACH_NOTIFY_PORT_DELETED);
	ck_assert_uint_eq(n.name, name);
	no_notice(notify);
}

/* --- Tests ------------------------------------------------------------ */

/* All rights under the name go at once: a receive right with a send
 * right of several user references; a dead name with several. */
START_TEST(mach_port_destroy_all_rights)
{
	mach_port_t p = new_receive(), d;

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	CK_KR(mach_port_destroy(mach_task_self(), p));
	ck_assert(name_gone(mach_task_self(), p));

	d = new_dead_name();
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 3));
	CK_KR(mach_port_destroy(mach_task_self(), d));
	ck_assert(name_gone(mach_task_self(), d));
}
END_TEST

/* "The name becomes immediately available for reuse." */
START_TEST(mach_port_destroy_name_reusable)
{
	CK_KR(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    NAME_X));
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, NAME_X,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	CK_KR(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_PORT_SET, NAME_X));
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	CK_KR(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_DEAD_NAME, NAME_X));
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	CK_KR(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    NAME_X));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* A port set: its members are removed from it and keep their receive
 * rights. */
START_TEST(mach_port_destroy_port_set)
{
	mach_port_t s, a = new_receive(), b = new_receive();

	s = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), a, s));
	CK_KR(mach_port_move_member(mach_task_self(), b, s));
	ck_assert_uint_eq(status_of(a).mps_pset, s);
	CK_KR(mach_port_destroy(mach_task_self(), s));
	ck_assert(name_gone(mach_task_self(), s));
	ck_assert_uint_eq(status_of(a).mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(status_of(b).mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(type_in(mach_task_self(), a), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), b), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* A receive right in a port set is removed from the set. */
START_TEST(mach_port_destroy_member)
{
	mach_port_t s, a = new_receive(), b = new_receive();
	mach_port_name_array_t members;
	mach_msg_type_number_t n;

	s = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), a, s));
	CK_KR(mach_port_move_member(mach_task_self(), b, s));
	CK_KR(mach_port_destroy(mach_task_self(), a));
	CK_KR(mach_port_get_set_status(mach_task_self(), s, &members, &n));
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(members[0], b);
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)members,
	    n * sizeof *members));
}
END_TEST

/* Messages queued on a destroyed port are destroyed with the rights they
 * carry: a send-once right (its port hears a send-once notification) and
 * a receive right (its port dies: our send right becomes a dead name). */
START_TEST(mach_port_destroy_queued_messages)
{
	mach_port_t a = new_receive(), b = new_receive(), c = new_receive();
	struct notice n;

	CK_KR(mach_port_insert_right(mach_task_self(), c, c,
	    MACH_MSG_TYPE_MAKE_SEND));
	send_right(a, b, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	send_right(a, c, MACH_MSG_TYPE_MOVE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), c), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(status_of(a).mps_msgcount, 2);
	ck_assert_uint_eq(status_of(b).mps_sorights, 1);

	CK_KR(mach_port_destroy(mach_task_self(), a));
	ck_assert_int_eq(receive_notice(b, &n), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(b).mps_sorights, 0);
	assert_dead(mach_task_self(), c, 1);
}
END_TEST

/* The port's extant send and send-once rights become dead names, in this
 * task and in another; a dead name keeps the send right's references. */
START_TEST(mach_port_destroy_rights_become_dead_names)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(c.task, NAME_X, MACH_PORT_RIGHT_SEND, 1));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_destroy(mach_task_self(), p));
	ck_assert(name_gone(mach_task_self(), p));

	assert_dead(mach_task_self(), NAME_Y, 1);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_DEAD_NAME),
	    2);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_Y, MACH_PORT_RIGHT_DEAD_NAME),
	    1);
	child_stop(&c);
}
END_TEST

/* Send and send-once rights with dead-name requests: the requests are
 * answered with dead-name notifications naming them. */
START_TEST(mach_port_destroy_dead_name_notifications)
{
	struct child c;
	mach_port_t p = new_receive(), notify = new_receive();
	struct notice n;
	int seen_x = 0, seen_y = 0;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	request_dead_name(mach_task_self(), NAME_Y, notify);
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	request_dead_name(c.task, NAME_X, notify);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	for (int i = 0; i < 2; i++) {
		ck_assert_int_eq(receive_notice(notify, &n),
		    MACH_NOTIFY_DEAD_NAME);
		if (n.name == NAME_X)
			seen_x++;
		if (n.name == NAME_Y)
			seen_y++;
	}
	ck_assert_int_eq(seen_x, 1);
	ck_assert_int_eq(seen_y, 1);
	no_notice(notify);
	ck_assert_uint_eq(type_in(c.task, NAME_X) & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_Y) &
	    MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_DEAD_NAME);
	child_stop(&c);
}
END_TEST

/* A send-once right: the port gets a send-once notification. */
START_TEST(mach_port_destroy_send_once_notification)
{
	mach_port_t p = new_receive();
	struct notice n;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_notice(p, &n), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(n.head.msgh_size, sizeof n.head);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
}
END_TEST

/* A send-once right with a dead-name request: a port-deleted
 * notification naming it (and the port's send-once notification). */
START_TEST(mach_port_destroy_port_deleted_send_once)
{
	mach_port_t p = new_receive(), notify = new_receive();
	struct notice n;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	request_dead_name(mach_task_self(), NAME_X, notify);
	CK_KR(mach_port_destroy(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_notice(notify, &n), MACH_NOTIFY_PORT_DELETED);
	ck_assert_uint_eq(n.name, NAME_X);
	no_notice(notify);
	ck_assert_int_eq(receive_notice(p, &n), MACH_NOTIFY_SEND_ONCE);
}
END_TEST

/* A send right (another task's) with a dead-name request: a port-deleted
 * notification naming it; the port lives on. */
START_TEST(mach_port_destroy_port_deleted_send)
{
	struct child c;
	mach_port_t p = new_receive(), notify = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	request_dead_name(c.task, NAME_X, notify);
	destroy_port_deleted(c.task, NAME_X, notify);
	ck_assert(!status_of(p).mps_srights);
	child_stop(&c);
}
END_TEST

/* A receive right with a dead-name request: a port-deleted notification
 * naming it, not a dead-name notification. */
START_TEST(mach_port_destroy_port_deleted_receive)
{
	mach_port_t p = new_receive(), notify = new_receive();

	request_dead_name(mach_task_self(), p, notify);
	destroy_port_deleted(mach_task_self(), p, notify);
}
END_TEST

/* The same with a send right under the receive right's name ("a
 * send-once, send, and/or receive right"): still a port-deleted
 * notification, and the name is gone. */
START_TEST(mach_port_destroy_port_deleted_send_receive)
{
	mach_port_t p = new_receive(), notify = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	request_dead_name(mach_task_self(), p, notify);
	destroy_port_deleted(mach_task_self(), p, notify);
}
END_TEST

/* KERN_INVALID_NAME: the name denotes no right (never used, destroyed
 * already, or MACH_PORT_NULL). */
START_TEST(mach_port_destroy_invalid_name)
{
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_destroy(mach_task_self(), NAME_X),
	    KERN_INVALID_NAME);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(mach_port_destroy(mach_task_self(), p), KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_destroy(mach_task_self(), MACH_PORT_NULL),
	    KERN_INVALID_NAME);
}
END_TEST

CONFORMANCE_PAGE(mach_port_destroy)
{
	Suite *s = suite_create("mach_port_destroy");
	TCase *tc = conformance_tcase("mach_port_destroy");
	tcase_add_test(tc, mach_port_destroy_all_rights);
	tcase_add_test(tc, mach_port_destroy_name_reusable);
	tcase_add_test(tc, mach_port_destroy_port_set);
	tcase_add_test(tc, mach_port_destroy_member);
	tcase_add_test(tc, mach_port_destroy_queued_messages);
	tcase_add_test(tc, mach_port_destroy_rights_become_dead_names);
	tcase_add_test(tc, mach_port_destroy_dead_name_notifications);
	tcase_add_test(tc, mach_port_destroy_send_once_notification);
	tcase_add_test(tc, mach_port_destroy_port_deleted_send_once);
	tcase_add_test(tc, mach_port_destroy_port_deleted_send);
	tcase_add_test(tc, mach_port_destroy_port_deleted_receive);
	tcase_add_test(tc, mach_port_destroy_port_deleted_send_receive);
	tcase_add_test(tc, mach_port_destroy_invalid_name);
	suite_add_tcase(s, tc);
	return s;
}
