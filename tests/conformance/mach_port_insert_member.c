/*
 * Conformance: mach_port_insert_member
 * (osfmk-man/mach_port_insert_member.html).
 * "The mach_port_insert_member function adds a receive right to a port
 * set."  Errors: KERN_INVALID_NAME when MEMBER or SET denotes no right,
 * KERN_INVALID_RIGHT when MEMBER is not a receive right or SET not a port
 * set.
 *
 * Checks: the right becomes a member (mach_port_get_set_status, mps_pset),
 * several members share the set and a receive on the set takes their
 * messages in the order they arrived, naming the member in
 * msgh_local_port; inserting a member again leaves one membership; the
 * error codes, with nothing changed.
 *
 * GNU difference (documented in <mach/mach_osf.h>): the page says a
 * receive right "can be in multiple port sets simultaneously" and that an
 * existing membership "is unaffected"; in GNU Mach a receive right is in
 * at most one set, so libmachemu's mach_port_insert_member moves a right
 * that is already in another set.  The test checks the move.
 */
#include "conformance.h"

static int
holds(const mach_port_t *names, unsigned n, mach_port_t name)
{
	for (unsigned i = 0; i < n; i++)
		if (names[i] == name)
			return 1;
	return 0;
}

/* The receive right joins the set; its messages come through the set. */
START_TEST(mach_port_insert_member_adds)
{
	mach_port_t p = new_receive(), set = new_set(), m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	ck_assert_uint_eq(set_of(p), set);
	ck_assert_uint_eq(members_of(set, m, 4), 1);
	ck_assert_uint_eq(m[0], p);
	send_to(p, 10);
	mach_msg_header_t h;
	ck_assert_int_eq(receive_now(p, &h), MACH_RCV_IN_SET);
	CK_KR(receive_now(set, &h));
	ck_assert_int_eq(h.msgh_id, 10);
	ck_assert_uint_eq(h.msgh_local_port, p);
	ck_assert_uint_eq(MACH_MSGH_BITS_LOCAL(h.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND);
}
END_TEST

/* Several members: a receive on the set takes the message that arrived
 * first, whichever member it came to. */
START_TEST(mach_port_insert_member_several)
{
	mach_port_t a = new_receive(), b = new_receive(), c = new_receive();
	mach_port_t set = new_set(), m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), a, set));
	CK_KR(mach_port_insert_member(mach_task_self(), b, set));
	CK_KR(mach_port_insert_member(mach_task_self(), c, set));
	ck_assert_uint_eq(members_of(set, m, 4), 3);
	ck_assert(holds(m, 3, a) && holds(m, 3, b) && holds(m, 3, c));
	send_to(c, 1);
	send_to(a, 2);
	send_to(c, 3);
	send_to(b, 4);
	const mach_port_t from[] = { c, a, c, b };
	mach_msg_header_t h;
	for (int i = 0; i < 4; i++) {
		CK_KR(receive_now(set, &h));
		ck_assert_int_eq(h.msgh_id, i + 1);
		ck_assert_uint_eq(h.msgh_local_port, from[i]);
	}
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
}
END_TEST

/* Inserting a member into its own set again keeps one membership. */
START_TEST(mach_port_insert_member_again)
{
	mach_port_t p = new_receive(), set = new_set(), m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	send_to(p, 5);
	CK_KR(mach_port_insert_member(mach_task_self(), p, set));
	ck_assert_uint_eq(members_of(set, m, 4), 1);
	ck_assert_uint_eq(m[0], p);
	mach_msg_header_t h;
	CK_KR(receive_now(set, &h));
	ck_assert_int_eq(h.msgh_id, 5);
	ck_assert_int_eq(receive_now(set, &h), MACH_RCV_TIMED_OUT);
}
END_TEST

/* GNU difference: a right already in another set moves (one set at most);
 * the page would keep both memberships. */
START_TEST(mach_port_insert_member_other_set_moves)
{
	mach_port_t p = new_receive(), a = new_set(), b = new_set(), m[4];
	CK_KR(mach_port_insert_member(mach_task_self(), p, a));
	CK_KR(mach_port_insert_member(mach_task_self(), p, b));
	ck_assert_uint_eq(set_of(p), b);
	ck_assert_uint_eq(members_of(a, m, 4), 0);
	ck_assert_uint_eq(members_of(b, m, 4), 1);
	ck_assert_uint_eq(m[0], p);
	send_to(p, 6);
	mach_msg_header_t h;
	ck_assert_int_eq(receive_now(a, &h), MACH_RCV_TIMED_OUT);
	CK_KR(receive_now(b, &h));
	ck_assert_uint_eq(h.msgh_local_port, p);
}
END_TEST

/* KERN_INVALID_NAME: MEMBER or SET names no right. */
START_TEST(mach_port_insert_member_invalid_name)
{
	mach_port_t p = new_receive(), set = new_set(), m[4];
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), 0x7777, set),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), p, 0x7777),
	    KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), p, MACH_PORT_NULL),
	    KERN_INVALID_NAME);
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(members_of(set, m, 4), 0);
}
END_TEST

/* KERN_INVALID_RIGHT: MEMBER not a receive right, or SET not a port set. */
START_TEST(mach_port_insert_member_invalid_right)
{
	mach_port_t p = new_receive(), q = new_receive(), set = new_set(), m[4];
	mach_port_t dead = new_dead_name(), so = send_once_to(q);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), mach_task_self(),
	    set), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), so, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), dead, set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), new_set(), set),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), p, q),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), p, so),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_insert_member(mach_task_self(), p, dead),
	    KERN_INVALID_RIGHT);
	ck_assert_uint_eq(set_of(p), MACH_PORT_NULL);
	ck_assert_uint_eq(set_of(q), MACH_PORT_NULL);
	ck_assert_uint_eq(members_of(set, m, 4), 0);
}
END_TEST

CONFORMANCE_PAGE(mach_port_insert_member)
{
	Suite *s = suite_create("mach_port_insert_member");
	TCase *tc = conformance_tcase("mach_port_insert_member");
	tcase_add_test(tc, mach_port_insert_member_adds);
	tcase_add_test(tc, mach_port_insert_member_several);
	tcase_add_test(tc, mach_port_insert_member_again);
	tcase_add_test(tc, mach_port_insert_member_other_set_moves);
	tcase_add_test(tc, mach_port_insert_member_invalid_name);
	tcase_add_test(tc, mach_port_insert_member_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
