/*
 * Conformance: mach_port_move_member (osfmk-man/mach_port_move_member.html).
 * "The mach_port_move_member function moves a receive right into a port
 * set.  If the receive right is already a member of any other port sets,
 * it is removed from those sets first.  If the port set is
 * MACH_PORT_NULL, then the receive right is not put into a port set, but
 * removed from all its current port sets."
 *
 * Checks: the right joins the set (mach_port_get_set_status, mps_pset)
 * and its messages, queued before or after, are received through the set
 * with msgh_local_port naming the member, while a receive on the member
 * itself is MACH_RCV_IN_SET; a move to another set leaves the first one;
 * a move to MACH_PORT_NULL takes it out, and KERN_NOT_IN_SET when it was
 * in none; a thread waiting on the port when it moves into a set gets
 * MACH_RCV_PORT_CHANGED (GNU Mach); KERN_INVALID_NAME and
 * KERN_INVALID_RIGHT for each argument.
 */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "conformance.h"

/* Moved into a set: a member of it, its messages come through the set. */
START_TEST(mach_port_move_member_into_set)
{
	mach_port_t p = new_receive(), set = new_set(), only = MACH_PORT_NULL;
	ck_assert_uint_eq(members_of(set, NULL, 0), 0);
	send_to(p, 1);			/* queued before the move */
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	ck_assert_uint_eq(set_of(p), set);
	ck_assert_uint_eq(members_of(set, &only, 1), 1);
	ck_assert_uint_eq(only, p);
	/* The set and the member keep their types. */
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), p, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_type(mach_task_self(), set, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_PORT_SET);

	send_to(p, 2);			/* queued after the move */
	mach_msg_header_t h;
	ck_assert_int_eq(receive_now(p, &h), MACH_RCV_IN_SET);
	CK_KR(receive_now(set, &h));
	ck_assert_int_eq(h.msgh_id, 1);
	ck_assert_uint_eq(h.msgh_local_port, p);
	CK_KR(receive_now(set, &h));
	ck_assert_int_eq(h.msgh_id, 2);
	ck_assert_uint_eq(h.msgh_local_port, p);
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
}
END_TEST

/* A member of one set moved to another leaves the first. */
START_TEST(mach_port_move_member_between_sets)
{
	mach_port_t p = new_receive(), a = new_set(), b = new_set();
	mach_port_t only = MACH_PORT_NULL;
	CK_KR(mach_port_move_member(mach_task_self(), p, a));
	CK_KR(mach_port_move_member(mach_task_self(), p, b));
	ck_assert_uint_eq(set_of(p), b);
	ck_assert_uint_eq(members_of(a, NULL, 0), 0);
	ck_assert_uint_eq(members_of(b, &only, 1), 1);
	ck_assert_uint_eq(only, p);
	send_to(p, 3);
	mach_msg_header_t h;
	ck_assert_int_eq(receive_now(a, &h), MACH_RCV_TIMED_OUT);
	CK_KR(receive_now(b, &h));
	ck_assert_int_eq(h.msgh_id, 3);
	ck_assert_uint_eq(h.msgh_local_port, p);
}
END_TEST

/* MACH_PORT_NULL takes the right out of its set; KERN_NOT_IN_SET when it
 * is in none. */
START_TEST(mach_port_move_member_out_of_set)
{
	mach_port_t p = new_receive(), set = new_set();
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, MACH_PORT_NULL),
	    KERN_NOT_IN_SET);
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	send_to(p, 4);			/* queued while a member */
	CK_KR(mach_port_move_member(mach_task_self(), p, MACH_PORT_NULL));
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(members_of(set, NULL, 0), 0);
	mach_msg_header_t h;
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
	CK_KR(receive_now(p, &h));	/* the message stayed with the port */
	ck_assert_int_eq(h.msgh_id, 4);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, MACH_PORT_NULL),
	    KERN_NOT_IN_SET);
}
END_TEST

struct waiter {
	mach_port_t port;
	mach_msg_return_t mr;
	int ready;
};

static void *
waiter_run(void *arg)
{
	struct waiter *w = arg;
	mach_msg_header_t h;
	mach_port_type_t t;
	/* A first call connects this thread, before it says it is ready. */
	(void)mach_port_type(mach_task_self(), w->port, &t);
	__atomic_store_n(&w->ready, 1, __ATOMIC_SEQ_CST);
	memset(&h, 0, sizeof h);
	w->mr = mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h,
	    w->port, 10000, MACH_PORT_NULL);
	return NULL;
}

/* A thread receiving on the port when it moves into a set is woken with
 * MACH_RCV_PORT_CHANGED (GNU Mach's ipc_pset_move), not left waiting. */
START_TEST(mach_port_move_member_wakes_receiver)
{
	struct waiter w = { .port = new_receive() };
	mach_port_t set = new_set();
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, waiter_run, &w), 0);
	while (!__atomic_load_n(&w.ready, __ATOMIC_SEQ_CST))
		nanosleep(&(struct timespec){ 0, 1000 * 1000 }, NULL);
	nanosleep(&(struct timespec){ 0, 300 * 1000 * 1000 }, NULL);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR(mach_port_move_member(mach_task_self(), w.port, set));
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_msg(w.mr == MACH_RCV_PORT_CHANGED, "waiter got %s (0x%x)",
	    mach_error_string(w.mr), w.mr);
	ck_assert_int_lt(t1.tv_sec - t0.tv_sec, 5);	/* not its timeout */
}
END_TEST

/* KERN_INVALID_NAME: MEMBER or AFTER names no right. */
START_TEST(mach_port_move_member_invalid_name)
{
	mach_port_t p = new_receive(), set = new_set();
	CK_KR_EQ(mach_port_move_member(mach_task_self(), 0x7777, set),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, 0x7777),
	    KERN_INVALID_NAME);
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(members_of(set, NULL, 0), 0);
	/* A destroyed set's name is gone. */
	CK_KR(mach_port_destroy(mach_task_self(), set));
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, set),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: MEMBER not a receive right, or AFTER not a set. */
START_TEST(mach_port_move_member_invalid_right)
{
	mach_port_t p = new_receive(), q = new_receive(), set = new_set();
	mach_port_t dead = new_dead_name(), so = send_once_to(q);
	/* MEMBER: a send right (the task port), a send-once right, a dead
	 * name, a port set. */
	CK_KR_EQ(mach_port_move_member(mach_task_self(), mach_task_self(), set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), so, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), dead, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), new_set(), set),
	    KERN_INVALID_RIGHT);
	/* AFTER: a receive right, a send right, a dead name. */
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, q),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, mach_task_self()),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_move_member(mach_task_self(), p, dead),
	    KERN_INVALID_RIGHT);
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(set_of(q), MACH_PORT_NULL);
	ck_assert_uint_eq(members_of(set, NULL, 0), 0);
}
END_TEST

CONFORMANCE_PAGE(mach_port_move_member)
{
	Suite *s = suite_create("mach_port_move_member");
	TCase *tc = conformance_tcase("mach_port_move_member");
	tcase_add_test(tc, mach_port_move_member_into_set);
	tcase_add_test(tc, mach_port_move_member_between_sets);
	tcase_add_test(tc, mach_port_move_member_out_of_set);
	tcase_add_test(tc, mach_port_move_member_wakes_receiver);
	tcase_add_test(tc, mach_port_move_member_invalid_name);
	tcase_add_test(tc, mach_port_move_member_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
