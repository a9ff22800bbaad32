/*
 * Conformance: norma_node_self (osfmk-man/norma_node_self.html).
 * "The norma_node_self function returns the node index of the current
 * host."  "Only generic errors apply."  Checked here, in a cluster of
 * three nodes whose test task is on node 0:
 * - through this node's host port, the node's index (0);
 * - through another node's host or host_priv port (from
 *   norma_get_special_port), that node's index: the call is served where
 *   the host lives;
 * - a port that is no host port, here or on another node, gives
 *   KERN_INVALID_HOST.
 */
#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>

#include "conformance.h"

START_TEST(norma_node_self_this_node)
{
	int node = -1;
	CK_KR(norma_node_self(mach_host_self(), &node));
	ck_assert_int_eq(node, 0);
	node = -1;
	CK_KR(norma_node_self(mach_host_priv_self(), &node));
	ck_assert_int_eq(node, 0);
}
END_TEST

START_TEST(norma_node_self_other_nodes)
{
	for (int n = 1; n <= 2; n++) {
		int node = -1;
		CK_KR(norma_node_self(node_port(n, NORMA_HOST_PORT), &node));
		ck_assert_int_eq(node, n);
		node = -1;
		CK_KR(norma_node_self(node_port(n, NORMA_HOST_PRIV_PORT),
		    &node));
		ck_assert_int_eq(node, n);
	}
}
END_TEST

START_TEST(norma_node_self_not_a_host)
{
	int node;
	CK_KR_EQ(norma_node_self(mach_task_self(), &node), KERN_INVALID_HOST);
	CK_KR_EQ(norma_node_self(node_port(1, NORMA_NAMESERVER_PORT), &node),
	    KERN_INVALID_HOST);
}
END_TEST

CONFORMANCE_PAGE(norma_node_self)
{
	Suite *s = suite_create("norma_node_self");
	TCase *tc = conformance_cluster_tcase("norma_node_self");
	tcase_add_test(tc, norma_node_self_this_node);
	tcase_add_test(tc, norma_node_self_other_nodes);
	tcase_add_test(tc, norma_node_self_not_a_host);
	suite_add_tcase(s, tc);
	return s;
}
