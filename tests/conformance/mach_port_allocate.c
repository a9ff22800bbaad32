/*
 * Conformance: mach_port_allocate (osfmk-man/mach_port_allocate.html).
 * "The mach_port_allocate function creates a new right in the specified
 * task.  The new right's name is returned in name", a name "that wasn't
 * in use".  Checked here:
 * - MACH_PORT_RIGHT_RECEIVE creates a port in no port set, without send
 *   or send-once rights, with make-send count 0, sequence number 0,
 *   queue limit MACH_PORT_QLIMIT_DEFAULT and no messages; the task holds
 *   only the receive right, which mach_port_insert_right and
 *   mach_port_extract_right turn into a combined send/receive right;
 * - MACH_PORT_RIGHT_PORT_SET creates an empty port set;
 * - MACH_PORT_RIGHT_DEAD_NAME creates a dead name with one user
 *   reference;
 * - the right is made in the task named by the task argument, another
 *   task's as well as the caller's.
 * Differences from the page, and why:
 * - "the kernel will not provide no-more-senders notification service
 *   requests on such ports ... Any attempt ... will generate an error"
 *   is OSF MK's restriction (its mach_port_allocate_full makes "full"
 *   ports).  GNU Mach has no mach_port_allocate_full and serves
 *   no-senders requests on every port; machemu follows GNU Mach, since
 *   without allocate_full a program could never get a no-senders
 *   notification.  The test checks that the request works.
 * - Any other right (MACH_PORT_RIGHT_SEND, MACH_PORT_RIGHT_SEND_ONCE, an
 *   out-of-range value) is KERN_INVALID_VALUE, GNU Mach's code (the page
 *   lists no code for it).
 * - KERN_NO_SPACE ("no room in task's IPC name space") is not tested:
 *   machd's name space holds 2^24 names, and filling it through RPCs
 *   takes far longer than a test may run.
 */
#include <mach/notify.h>

#include "conformance.h"

/* The port a fresh receive right NAME of TASK denotes is as the page
 * describes it. */
static void
check_new_port(mach_port_t task, mach_port_name_t name)
{
	mach_port_status_t st;

	ck_assert(MACH_PORT_VALID(name));
	ck_assert_uint_eq(type_in(task, name), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_RECEIVE), 1);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_SEND), 0);
	CK_KR(mach_port_get_receive_status(task, name, &st));
	ck_assert_uint_eq(st.mps_pset, MACH_PORT_NULL);
	ck_assert_uint_eq(st.mps_srights, FALSE);
	ck_assert_uint_eq(st.mps_sorights, 0);
	ck_assert_uint_eq(st.mps_mscount, 0);
	ck_assert_uint_eq(st.mps_seqno, 0);
	ck_assert_uint_eq(st.mps_qlimit, MACH_PORT_QLIMIT_DEFAULT);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert_uint_eq(st.mps_nsrequest, FALSE);
	ck_assert_uint_eq(st.mps_pdrequest, FALSE);
}

/* --- Tests ------------------------------------------------------------ */

/* MACH_PORT_RIGHT_RECEIVE: a new port, as the page describes it. */
START_TEST(mach_port_allocate_receive)
{
	mach_port_t p, q;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	check_new_port(mach_task_self(), p);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &q));
	check_new_port(mach_task_self(), q);
	ck_assert_uint_ne(p, q);
}
END_TEST

/* "mach_port_insert_right and mach_port_extract_right can be used to
 * convert the receive right into a combined send/receive right." */
START_TEST(mach_port_allocate_receive_to_send_receive)
{
	mach_port_t p, q, right;
	mach_msg_type_name_t got;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &q));
	CK_KR(mach_port_extract_right(mach_task_self(), q,
	    MACH_MSG_TYPE_MAKE_SEND, &right, &got));
	ck_assert_uint_eq(got, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(right, q);
	ck_assert_uint_eq(type_in(mach_task_self(), q),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), q, MACH_PORT_RIGHT_SEND),
	    1);
}
END_TEST

/* MACH_PORT_RIGHT_PORT_SET: a new port set with no members. */
START_TEST(mach_port_allocate_port_set)
{
	mach_port_t s;
	mach_port_name_array_t members;
	mach_msg_type_number_t n = 99;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_PORT_SET,
	    &s));
	ck_assert(MACH_PORT_VALID(s));
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	ck_assert_uint_eq(refs_in(mach_task_self(), s,
	    MACH_PORT_RIGHT_PORT_SET),
	    1);
	CK_KR(mach_port_get_set_status(mach_task_self(), s, &members, &n));
	ck_assert_uint_eq(n, 0);
}
END_TEST

/* MACH_PORT_RIGHT_DEAD_NAME: a dead name with one user reference. */
START_TEST(mach_port_allocate_dead_name)
{
	mach_port_t d;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	ck_assert(MACH_PORT_VALID(d));
	assert_dead(mach_task_self(), d, 1);
}
END_TEST

/* The name returned "can be any name that wasn't in use": never one the
 * task held before the call, nor one taken with mach_port_allocate_name,
 * nor one returned by an earlier call. */
START_TEST(mach_port_allocate_unused_name)
{
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t nn, nt;
	mach_port_t first, got[30];
	const mach_port_right_t kinds[3] = { MACH_PORT_RIGHT_RECEIVE,
	    MACH_PORT_RIGHT_PORT_SET, MACH_PORT_RIGHT_DEAD_NAME };

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &first));
	/* Take the names near FIRST that a counter would give next. */
	for (mach_port_name_t i = 1; i <= 8; i++)
		CK_KR(mach_port_allocate_name(mach_task_self(),
		    MACH_PORT_RIGHT_DEAD_NAME, first + (i << 8)));
	CK_KR(mach_port_names(mach_task_self(), &names, &nn, &types, &nt));
	for (int k = 0; k < 30; k++) {
		CK_KR(mach_port_allocate(mach_task_self(), kinds[k % 3],
		    &got[k]));
		ck_assert(MACH_PORT_VALID(got[k]));
		for (unsigned i = 0; i < nn; i++)
			ck_assert_uint_ne(got[k], names[i]);
		for (int j = 0; j < k; j++)
			ck_assert_uint_ne(got[k], got[j]);
	}
	/* The names taken by allocate_name still denote their dead names. */
	for (mach_port_name_t i = 1; i <= 8; i++)
		ck_assert_uint_eq(type_in(mach_task_self(), first + (i << 8)),
		    MACH_PORT_TYPE_DEAD_NAME);
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)names,
	    nn * sizeof *names));
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)types,
	    nt * sizeof *types));
}
END_TEST

/* The right is made in the task named by the first argument: here a
 * second task, whose name space then holds the new port, port set and
 * dead name. */
START_TEST(mach_port_allocate_other_task)
{
	struct child c;
	mach_port_t p, s, d;

	child_start(&c);
	CK_KR(mach_port_allocate(c.task, MACH_PORT_RIGHT_RECEIVE, &p));
	check_new_port(c.task, p);
	CK_KR(mach_port_allocate(c.task, MACH_PORT_RIGHT_PORT_SET, &s));
	ck_assert_uint_eq(type_in(c.task, s), MACH_PORT_TYPE_PORT_SET);
	CK_KR(mach_port_allocate(c.task, MACH_PORT_RIGHT_DEAD_NAME, &d));
	assert_dead(c.task, d, 1);
	child_stop(&c);
}
END_TEST

/* GNU Mach, not OSF: a port from mach_port_allocate accepts a no-senders
 * request, and the notification comes when the last send right goes. */
START_TEST(mach_port_allocate_no_senders_request)
{
	mach_port_t p, notify, previous = 0xdead;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &notify));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 1, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	ck_assert_uint_eq(previous, MACH_PORT_NULL);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(receive_no_senders(notify, 1000), 1);
}
END_TEST

/* Only the three kinds of the page can be allocated: KERN_INVALID_VALUE
 * (GNU Mach's code) for the others, and no name is made. */
START_TEST(mach_port_allocate_invalid_right)
{
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t before, after, nt;
	mach_port_t p;

	CK_KR(mach_port_names(mach_task_self(), &names, &before, &types, &nt));
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)names,
	    before * sizeof *names));
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)types,
	    nt * sizeof *types));
	CK_KR_EQ(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_SEND, &p),
	    KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_allocate(mach_task_self(),
	    MACH_PORT_RIGHT_SEND_ONCE, &p), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_NUMBER,
	    &p), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_allocate(mach_task_self(), 77, &p),
	    KERN_INVALID_VALUE);
	CK_KR(mach_port_names(mach_task_self(), &names, &after, &types, &nt));
	ck_assert_uint_eq(after, before);
}
END_TEST

CONFORMANCE_PAGE(mach_port_allocate)
{
	Suite *s = suite_create("mach_port_allocate");
	TCase *tc = conformance_tcase("mach_port_allocate");
	tcase_add_test(tc, mach_port_allocate_receive);
	tcase_add_test(tc, mach_port_allocate_receive_to_send_receive);
	tcase_add_test(tc, mach_port_allocate_port_set);
	tcase_add_test(tc, mach_port_allocate_dead_name);
	tcase_add_test(tc, mach_port_allocate_unused_name);
	tcase_add_test(tc, mach_port_allocate_other_task);
	tcase_add_test(tc, mach_port_allocate_no_senders_request);
	tcase_add_test(tc, mach_port_allocate_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
