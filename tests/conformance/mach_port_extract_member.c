/*
 * Conformance: mach_port_extract_member
 * (osfmk-man/mach_port_extract_member.html).
 * "The mach_port_extract_member function removes a receive right from a
 * port set."  Errors: KERN_INVALID_NAME when MEMBER or SET denotes no
 * right, KERN_INVALID_RIGHT when MEMBER is not a receive right or SET not
 * a port set, KERN_NOT_IN_SET when MEMBER was not in SET.
 *
 * Checks: the right leaves the set (mach_port_get_set_status, mps_pset),
 * its queued messages stay with it and are received on it directly while
 * the set no longer sees them; the other members stay; extracting from a
 * set the right is not in (no set, another set, twice) is KERN_NOT_IN_SET
 * and leaves the membership alone; the name and right errors.
 *
 * GNU difference: the page speaks of a right in several sets at once; in
 * GNU Mach a right is in at most one set, so "other memberships" is the
 * membership of another set, which KERN_NOT_IN_SET leaves untouched.
 */
#include "conformance.h"

/* The right leaves the set with its queued messages; the others stay. */
START_TEST(mach_port_extract_member_removes)
{
	mach_port_t p = new_receive(), q = new_receive(), set = new_set();
	mach_port_t m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	CK_KR(mach_port_insert_member(mach_task_self(), q, set));
	send_to(p, 1);
	send_to(q, 2);
	CK_KR(mach_port_extract_member(mach_task_self(), p, set));
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(set_of(q), set);
	ck_assert_uint_eq(members_of(set, m, 4), 1);
	ck_assert_uint_eq(m[0], q);
	/* The set sees only Q's message; P's waits on P. */
	mach_msg_header_t h;
	CK_KR(receive_now(set, &h));
	ck_assert_int_eq(h.msgh_id, 2);
	ck_assert_uint_eq(h.msgh_local_port, q);
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
	CK_KR(receive_now(p, &h));
	ck_assert_int_eq(h.msgh_id, 1);
	ck_assert_uint_eq(h.msgh_local_port, p);
	/* Later messages to P do not reach the set either. */
	send_to(p, 3);
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
	CK_KR(receive_now(p, &h));
	ck_assert_int_eq(h.msgh_id, 3);
}
END_TEST

/* KERN_NOT_IN_SET: the right is in no set, in another set, or was
 * extracted already; another membership is not affected. */
START_TEST(mach_port_extract_member_not_in_set)
{
	mach_port_t p = new_receive(), a = new_set(), b = new_set(), m[4];
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, a),
	    KERN_NOT_IN_SET);
	CK_KR(mach_port_insert_member(mach_task_self(), p, b));
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, a),
	    KERN_NOT_IN_SET);
	ck_assert_uint_eq(set_of(p), b);
	ck_assert_uint_eq(members_of(b, m, 4), 1);
	ck_assert_uint_eq(m[0], p);
	CK_KR(mach_port_extract_member(mach_task_self(), p, b));
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, b),
	    KERN_NOT_IN_SET);
	ck_assert_uint_eq(members_of(b, m, 4), 0);
}
END_TEST

/* KERN_INVALID_NAME: MEMBER or SET names no right. */
START_TEST(mach_port_extract_member_invalid_name)
{
	mach_port_t p = new_receive(), set = new_set(), m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), 0x7777, set),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, 0x7777),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, MACH_PORT_NULL),
	    KERN_INVALID_NAME);
	ck_assert_uint_eq(set_of(p), set);
	ck_assert_uint_eq(members_of(set, m, 4), 1);
}
END_TEST

/* KERN_INVALID_RIGHT: MEMBER not a receive right, or SET not a port set. */
START_TEST(mach_port_extract_member_invalid_right)
{
	mach_port_t p = new_receive(), q = new_receive(), set = new_set(), m[4];
	mach_port_t dead = new_dead_name(), so = send_once_to(q);
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), mach_task_self(),
	    set), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), so, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), dead, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), new_set(), set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, q),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, so),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_extract_member(mach_task_self(), p, dead),
	    KERN_INVALID_RIGHT);
	ck_assert_uint_eq(set_of(p), set);
	ck_assert_uint_eq(members_of(set, m, 4), 1);
	ck_assert_uint_eq(m[0], p);
}
END_TEST

CONFORMANCE_PAGE(mach_port_extract_member)
{
	Suite *s = suite_create("mach_port_extract_member");
	TCase *tc = conformance_tcase("mach_port_extract_member");
	tcase_add_test(tc, mach_port_extract_member_removes);
	tcase_add_test(tc, mach_port_extract_member_not_in_set);
	tcase_add_test(tc, mach_port_extract_member_invalid_name);
	tcase_add_test(tc, mach_port_extract_member_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
