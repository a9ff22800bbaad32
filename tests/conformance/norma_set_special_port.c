/*
 * Conformance: norma_set_special_port
 * (osfmk-man/norma_set_special_port.html).
 * "The norma_set_special_port function sets the special port belonging
 * to node on host_priv.  Each node maintains a (small) set of node
 * specific ports.  The device master port, host name, and host control
 * ports are maintained by the kernel.  The kernel also permits a small
 * set of server specified node specific ports; the name server port is
 * an example".  "Only generic errors apply."  Checked here, in a cluster
 * of three nodes whose test task is on node 0:
 * - a server specified index (9, and the name server's) set through this
 *   node's host_priv port is what norma_get_special_port gives for this
 *   node, from here and from another node; MACH_PORT_NULL clears it, and
 *   the name server index then falls back to the node's own;
 * - set through another node's host_priv port (a send right from
 *   norma_get_special_port), it is that node's port;
 * - generic errors: the kernel's own indices (device, host, host_priv)
 *   and indices above MAX_SPECIAL_ID give KERN_INVALID_ARGUMENT; a host
 *   port that is not host_priv, KERN_INVALID_HOST.
 */
#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>

#include "conformance.h"

static mach_port_t
get(int node, int which)
{
	mach_port_t port = MACH_PORT_DEAD;
	CK_KR(norma_get_special_port(mach_host_priv_self(), node, which,
	    &port));
	return port;
}

START_TEST(norma_set_special_port_this_node)
{
	mach_port_t priv = mach_host_priv_self(), mine = new_send_receive();
	CK_KR(norma_set_special_port(priv, 9, mine));
	ck_assert_uint_eq(get(0, 9), mine);
	ck_assert_uint_eq(get(1, 9), MACH_PORT_NULL);	/* node 1's own */
	CK_KR(norma_set_special_port(priv, NORMA_NAMESERVER_PORT, mine));
	ck_assert_uint_eq(get(0, NORMA_NAMESERVER_PORT), mine);
	CK_KR(norma_set_special_port(priv, NORMA_NAMESERVER_PORT,
	    MACH_PORT_NULL));
	ck_assert_uint_eq(get(0, NORMA_NAMESERVER_PORT), name_server_port);
	CK_KR(norma_set_special_port(priv, 9, MACH_PORT_NULL));
	ck_assert_uint_eq(get(0, 9), MACH_PORT_NULL);
}
END_TEST

START_TEST(norma_set_special_port_other_node)
{
	mach_port_t priv1 = node_port(1, NORMA_HOST_PRIV_PORT);
	mach_port_t mine = new_send_receive();
	CK_KR(norma_set_special_port(priv1, 12, mine));
	ck_assert_uint_eq(get(1, 12), mine);	/* our own port, back home */
	ck_assert_uint_eq(get(0, 12), MACH_PORT_NULL);
	ck_assert_uint_eq(get(2, 12), MACH_PORT_NULL);
	CK_KR(norma_set_special_port(priv1, 12, MACH_PORT_NULL));
	ck_assert_uint_eq(get(1, 12), MACH_PORT_NULL);
}
END_TEST

START_TEST(norma_set_special_port_errors)
{
	mach_port_t priv = mach_host_priv_self(), mine = new_send_receive();
	CK_KR_EQ(norma_set_special_port(priv, NORMA_DEVICE_PORT, mine),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_set_special_port(priv, NORMA_HOST_PORT, mine),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_set_special_port(priv, NORMA_HOST_PRIV_PORT, mine),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_set_special_port(priv, MAX_SPECIAL_ID + 1, mine),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_set_special_port(mach_host_self(), 9, mine),
	    KERN_INVALID_HOST);
}
END_TEST

CONFORMANCE_PAGE(norma_set_special_port)
{
	Suite *s = suite_create("norma_set_special_port");
	TCase *tc = conformance_cluster_tcase("norma_set_special_port");
	tcase_add_test(tc, norma_set_special_port_this_node);
	tcase_add_test(tc, norma_set_special_port_other_node);
	tcase_add_test(tc, norma_set_special_port_errors);
	suite_add_tcase(s, tc);
	return s;
}
