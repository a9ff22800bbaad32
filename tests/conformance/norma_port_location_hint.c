/*
 * Conformance: norma_port_location_hint
 * (osfmk-man/norma_port_location_hint.html).
 * "The norma_port_location_hint function returns the best guess of
 * name's current location.  The hint is guaranteed to be a node where
 * the port once was; it is guaranteed to be accurate if port has never
 * moved.  This can be used to determine residence node for hosts, tasks,
 * threads, etc."  "Only generic errors apply."  machemu's ports never
 * move (receive rights do not cross nodes: machemu-norma(7)), so the hint
 * is always accurate.  Checked here, in a cluster of three nodes whose
 * test task is on node 0:
 * - a port of ours, our task and our host are on node 0;
 * - the host ports of nodes 1 and 2, and a task made on node 2 by
 *   norma_task_create, are where they live;
 * - a port that is no task as TASK gives KERN_INVALID_TASK.
 */
#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>

#include "conformance.h"

static int
hint(mach_port_t port)
{
	int node = -1;
	CK_KR(norma_port_location_hint(mach_task_self(), port, &node));
	return node;
}

START_TEST(norma_port_location_hint_here)
{
	ck_assert_int_eq(hint(new_send_receive()), 0);
	ck_assert_int_eq(hint(mach_task_self()), 0);
	ck_assert_int_eq(hint(mach_host_self()), 0);
}
END_TEST

START_TEST(norma_port_location_hint_elsewhere)
{
	ck_assert_int_eq(hint(node_port(1, NORMA_HOST_PORT)), 1);
	ck_assert_int_eq(hint(node_port(2, NORMA_HOST_PRIV_PORT)), 2);
	mach_port_t child;
	CK_KR(norma_task_create(mach_task_self(), FALSE, 2, &child));
	ck_assert_int_eq(hint(child), 2);
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_port_location_hint_errors)
{
	int node;
	CK_KR_EQ(norma_port_location_hint(mach_host_self(), mach_task_self(),
	    &node), KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(norma_port_location_hint)
{
	Suite *s = suite_create("norma_port_location_hint");
	TCase *tc = conformance_cluster_tcase("norma_port_location_hint");
	tcase_add_test(tc, norma_port_location_hint_here);
	tcase_add_test(tc, norma_port_location_hint_elsewhere);
	tcase_add_test(tc, norma_port_location_hint_errors);
	suite_add_tcase(s, tc);
	return s;
}
