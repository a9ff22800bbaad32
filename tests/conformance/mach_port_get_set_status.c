/*
 * Conformance: mach_port_get_set_status
 * (osfmk-man/mach_port_get_set_status.html).
 * "The mach_port_get_set_status function returns the individual port
 * right names for all port rights contained in the specified port set.
 * The members parameter is an array that is automatically allocated ...
 * vm_deallocate should be used to free the array ... this function does
 * not insert port rights into the caller's port right name space ... does
 * not affect the reference count of each port right within the target
 * port set."  Errors: KERN_INVALID_NAME when NAME denotes no right,
 * KERN_INVALID_RIGHT when it is not a port set.
 *
 * Checks: an empty set gives none; the names of exactly the members, in
 * an array the caller frees with vm_deallocate; members that leave (by
 * extract, move or destruction) are no longer listed; the call adds no
 * name to the space and changes no member's rights or user references;
 * the error codes.
 */
#include "conformance.h"

/* Check that the members of SET are exactly the N names WANT. */
static void
assert_members(mach_port_t set, const mach_port_t *want, unsigned n)
{
	mach_port_name_array_t members;
	mach_msg_type_number_t count = 12345;
	CK_KR(mach_port_get_set_status(mach_task_self(), set, &members,
	    &count));
	ck_assert_uint_eq(count, n);
	for (unsigned i = 0; i < n; i++) {
		int found = 0;
		for (unsigned j = 0; j < count; j++)
			found += members[j] == want[i];
		ck_assert_msg(found == 1, "member 0x%x listed %d times",
		    want[i], found);
	}
	if (count > 0)
		CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)members,
		    count * sizeof *members));
}

/* The number of names in this task's space. */
static unsigned
space_size(void)
{
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t nn, nt;
	CK_KR(mach_port_names(mach_task_self(), &names, &nn, &types, &nt));
	if (nn > 0) {
		CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)names,
		    nn * sizeof *names));
		CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)types,
		    nt * sizeof *types));
	}
	return nn;
}

/* An empty set has no members. */
START_TEST(mach_port_get_set_status_empty)
{
	mach_port_t set = new_set();
	assert_members(set, NULL, 0);
}
END_TEST

/* The names of exactly the members; members that leave are dropped. */
START_TEST(mach_port_get_set_status_members)
{
	mach_port_t set = new_set(), other = new_set(), outside = new_receive();
	mach_port_t p[4];
	for (int i = 0; i < 4; i++) {
		p[i] = new_receive();
		CK_KR(mach_port_move_member(mach_task_self(), p[i], set));
	}
	assert_members(set, p, 4);
	(void)outside;			/* a receive right in no set */

	CK_KR(mach_port_extract_member(mach_task_self(), p[1], set));
	const mach_port_t three[] = { p[0], p[2], p[3] };
	assert_members(set, three, 3);
	CK_KR(mach_port_move_member(mach_task_self(), p[2], other));
	const mach_port_t two[] = { p[0], p[3] };
	assert_members(set, two, 2);
	assert_members(other, &p[2], 1);
	CK_KR(mach_port_destroy(mach_task_self(), p[0]));
	assert_members(set, &p[3], 1);
	CK_KR(mach_port_mod_refs(mach_task_self(), p[3],
	    MACH_PORT_RIGHT_RECEIVE, -1));
	assert_members(set, NULL, 0);
}
END_TEST

/* Names only: no new name in the space, no right or reference changed. */
START_TEST(mach_port_get_set_status_names_only)
{
	mach_port_t set = new_set(), p = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	mach_port_status_t before, after;
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &before));
	unsigned names = space_size();

	for (int i = 0; i < 3; i++)
		assert_members(set, &p, 1);

	ck_assert_uint_eq(space_size(), names);
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), p, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_SEND_RECEIVE);
	mach_port_urefs_t refs;
	CK_KR(mach_port_get_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    &refs));
	ck_assert_uint_eq(refs, 2);
	CK_KR(mach_port_get_refs(mach_task_self(), set,
	    MACH_PORT_RIGHT_PORT_SET, &refs));
	ck_assert_uint_eq(refs, 1);
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &after));
	ck_assert_uint_eq(after.mps_mscount, before.mps_mscount);
	ck_assert_uint_eq(after.mps_srights, before.mps_srights);
	ck_assert_uint_eq(after.mps_sorights, before.mps_sorights);
	ck_assert_uint_eq(after.mps_pset, set);
}
END_TEST

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_get_set_status_invalid_name)
{
	mach_port_name_array_t members;
	mach_msg_type_number_t n;
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), 0x7777, &members,
	    &n), KERN_INVALID_NAME);
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), MACH_PORT_NULL,
	    &members, &n), KERN_INVALID_NAME);
	mach_port_t set = new_set();
	CK_KR(mach_port_destroy(mach_task_self(), set));
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), set, &members, &n),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right that is not a port set. */
START_TEST(mach_port_get_set_status_invalid_right)
{
	mach_port_name_array_t members;
	mach_msg_type_number_t n;
	mach_port_t p = new_receive(), set = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	mach_port_t dead = new_dead_name(), so = send_once_to(p);
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), p, &members, &n),
	    KERN_INVALID_RIGHT);	/* a member is not a set */
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), mach_task_self(),
	    &members, &n), KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), so, &members, &n),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(mach_port_get_set_status(mach_task_self(), dead, &members, &n),
	    KERN_INVALID_RIGHT);
}
END_TEST

CONFORMANCE_PAGE(mach_port_get_set_status)
{
	Suite *s = suite_create("mach_port_get_set_status");
	TCase *tc = conformance_tcase("mach_port_get_set_status");
	tcase_add_test(tc, mach_port_get_set_status_empty);
	tcase_add_test(tc, mach_port_get_set_status_members);
	tcase_add_test(tc, mach_port_get_set_status_names_only);
	tcase_add_test(tc, mach_port_get_set_status_invalid_name);
	tcase_add_test(tc, mach_port_get_set_status_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
