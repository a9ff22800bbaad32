/*
 * Conformance: norma_get_special_port
 * (osfmk-man/norma_get_special_port.html).
 * "The norma_get_special_port function returns a send right for a
 * special port belonging to node on host_priv.  Each node maintains a
 * (small) set of node specific ports.  The device master port, host
 * name, and host control ports are maintained by the kernel.  The kernel
 * also permits a small set of server specified node specific ports; the
 * name server port is an example and is given (by convention) an
 * assigned special port index."  "Only generic errors apply."  Checked
 * here, in a cluster of three nodes whose test task is on node 0:
 * - this node's host and host_priv ports, its name server (by default
 *   the node's netname server, our name_server_port) and no device port
 *   (machemu has no devices: MACH_PORT_NULL);
 * - another node's ports: a send right that works there (its host port
 *   answers norma_node_self with its index; its name server takes names
 *   that only it knows); asked twice, the same name;
 * - the macros norma_get_host_port and friends;
 * - generic errors: a host port that is not host_priv gives
 *   KERN_INVALID_HOST; a node not in the node table, or an index out of
 *   1..MAX_SPECIAL_ID, KERN_INVALID_ARGUMENT.
 */
#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>
#include <servers/netname.h>

#include "conformance.h"

START_TEST(norma_get_special_port_this_node)
{
	mach_port_t priv = mach_host_priv_self(), port;
	int node = -1;
	CK_KR(norma_get_host_port(priv, 0, &port));
	CK_KR(norma_node_self(port, &node));
	ck_assert_int_eq(node, 0);
	CK_KR(norma_get_host_priv_port(priv, 0, &port));
	ck_assert_uint_eq(port, priv);
	CK_KR(norma_get_nameserver_port(priv, 0, &port));
	ck_assert_uint_eq(port, name_server_port);
	CK_KR(norma_get_device_port(priv, 0, &port));
	ck_assert_uint_eq(port, MACH_PORT_NULL);
}
END_TEST

START_TEST(norma_get_special_port_other_node)
{
	mach_port_t host1 = node_port(1, NORMA_HOST_PORT);
	int node = -1;
	CK_KR(norma_node_self(host1, &node));
	ck_assert_int_eq(node, 1);
	ck_assert_uint_eq(node_port(1, NORMA_HOST_PORT), host1);
	ck_assert_uint_ne(node_port(2, NORMA_HOST_PORT), host1);
	mach_port_t ns1 = node_port(1, NORMA_NAMESERVER_PORT), p = new_send_receive(),
	    q;
	ck_assert_uint_ne(ns1, name_server_port);
	CK_KR(netname_check_in(ns1, "on-node-1", mach_task_self(), p));
	CK_KR(netname_look_up(ns1, "", "on-node-1", &q));
	ck_assert_uint_eq(q, p);
	CK_KR_EQ(netname_look_up(name_server_port, "", "on-node-1", &q),
	    NETNAME_NOT_CHECKED_IN);
	mach_port_t device = MACH_PORT_DEAD;
	CK_KR(norma_get_device_port(mach_host_priv_self(), 2, &device));
	ck_assert_uint_eq(device, MACH_PORT_NULL);
}
END_TEST

START_TEST(norma_get_special_port_errors)
{
	mach_port_t priv = mach_host_priv_self(), port;
	CK_KR_EQ(norma_get_special_port(mach_host_self(), 1, NORMA_HOST_PORT,
	    &port), KERN_INVALID_HOST);
	CK_KR_EQ(norma_get_special_port(priv, 3, NORMA_HOST_PORT, &port),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_get_special_port(priv, -1, NORMA_HOST_PORT, &port),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_get_special_port(priv, 1, 0, &port),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_get_special_port(priv, 1, MAX_SPECIAL_ID + 1, &port),
	    KERN_INVALID_ARGUMENT);
}
END_TEST

CONFORMANCE_PAGE(norma_get_special_port)
{
	Suite *s = suite_create("norma_get_special_port");
	TCase *tc = conformance_cluster_tcase("norma_get_special_port");
	tcase_add_test(tc, norma_get_special_port_this_node);
	tcase_add_test(tc, norma_get_special_port_other_node);
	tcase_add_test(tc, norma_get_special_port_errors);
	suite_add_tcase(s, tc);
	return s;
}
