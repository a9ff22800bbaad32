/*
 * Conformance: mach_reply_port (osfmk-man/mach_reply_port.html).
 * "The mach_reply_port function creates a new port and gives the caller
 * a receive right to it ... The new port is not inserted into a port
 * set ... the current implementation returns MACH_PORT_NULL when a
 * resource shortage prevents it."
 */
#include "conformance.h"

/* A new receive right, under a name of its own each time. */
START_TEST(mach_reply_port_new_receive_right)
{
	mach_port_t a = mach_reply_port(), b = mach_reply_port();
	ck_assert(MACH_PORT_VALID(a));
	ck_assert(MACH_PORT_VALID(b));
	ck_assert_uint_ne(a, b);
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), a, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_RECEIVE);
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(mach_task_self(), a, &st));
	ck_assert_uint_eq(st.mps_pset, MACH_PORT_NULL);	/* in no set */
	ck_assert_uint_eq(st.mps_srights, 0);		/* no send rights */
	ck_assert_uint_eq(st.mps_msgcount, 0);
}
END_TEST

CONFORMANCE_PAGE(mach_reply_port)
{
	Suite *s = suite_create("mach_reply_port");
	TCase *tc = conformance_tcase("mach_reply_port");
	tcase_add_test(tc, mach_reply_port_new_receive_right);
	suite_add_tcase(s, tc);
	return s;
}
