/*
 * check_cluster: ports across nodes, with two or three real machd on
 * loopback linked over gRPC; the test is a task of node 0.  Names looked
 * up on another node, messages and the rights they carry through
 * proxies, no-senders and dead-name notifications across nodes, and a
 * node that dies.  The NORMA calls themselves are checked against their
 * man pages in tests/conformance/norma_*.c.
 */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mach_norma.h>
#include <mach/machemu.h>
#include <mach/norma_special_ports.h>
#include <mach/notify.h>
#include <servers/netname.h>

#include "harness.h"

#define KR(call) ck_assert_msg((call) == KERN_SUCCESS, "%s: %s", #call, \
	mach_error_string(call))

static void
setup2(void)
{
	harness_cluster_start(2, NULL);
}

static void
setup3(void)
{
	harness_cluster_start(3, NULL);
}

static void
setup3_lazy(void)
{
	harness_cluster_start(3, (const char *const[]){ "--transfer", "lazy",
	    NULL });
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_cluster_stop(), 0);
}

/* A send right to special port WHICH of NODE. */
static mach_port_t
special_port(int node, int which)
{
	mach_port_t port = MACH_PORT_NULL;
	KR(norma_get_special_port(mach_host_priv_self(), node, which, &port));
	ck_assert(MACH_PORT_VALID(port));
	return port;
}

/* A new page of ours (a region of its own). */
static vm_address_t
page_of_ours(void)
{
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	return a;
}

/* A receive right with a send-once right to it asked for NAME's
 * notification of kind ID. */
static mach_port_t
notify_on(mach_port_t name, mach_msg_id_t id)
{
	mach_port_t notify, previous;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &notify));
	KR(mach_port_request_notification(mach_task_self(), name, id, 0,
	    notify, MACH_MSG_TYPE_MAKE_SEND_ONCE, &previous));
	return notify;
}

/* Receive a message of id ID on PORT within TIMEOUT_MS. */
static void
expect_message(mach_port_t port, mach_msg_id_t id, int timeout_ms)
{
	union {
		mach_msg_header_t head;
		char buf[256];
	} msg;
	kern_return_t kr = mach_msg(&msg.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT,
	    0, sizeof msg, port, (mach_msg_timeout_t)timeout_ms,
	    MACH_PORT_NULL);
	ck_assert_msg(kr == MACH_MSG_SUCCESS, "receive: %s",
	    mach_error_string(kr));
	ck_assert_int_eq(msg.head.msgh_id, id);
}

/* norma_get_special_port: another node's host port answers as that node;
 * its name server takes names that node 0 then finds there, directly or
 * with netname_look_up's host "1". */
START_TEST(cluster_netname_across_nodes)
{
	int node = -1;
	mach_port_t host1 = special_port(1, NORMA_HOST_PORT);
	KR(norma_node_self(host1, &node));
	ck_assert_int_eq(node, 1);
	mach_port_t priv1 = special_port(1, NORMA_HOST_PRIV_PORT);
	KR(norma_node_self(priv1, &node));
	ck_assert_int_eq(node, 1);
	/* The same port twice is the same name. */
	ck_assert_uint_eq(special_port(1, NORMA_HOST_PORT), host1);
	mach_port_t ns1 = special_port(1, NORMA_NAMESERVER_PORT);
	ck_assert_uint_ne(ns1, name_server_port);
	mach_port_t p, q;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(netname_check_in(ns1, "on-node-1", mach_task_self(), p));
	/* Registered on node 1 only; through node 1, our own port again. */
	ck_assert_int_ne(netname_look_up(name_server_port, "", "on-node-1",
	    &q), KERN_SUCCESS);
	KR(netname_look_up(ns1, "", "on-node-1", &q));
	ck_assert_uint_eq(q, p);
	/* netname_look_up with host "1" asks node 1 from here; "0" is this
	 * node, and a node that is not in the table is not a host. */
	KR(netname_look_up(name_server_port, "1", "on-node-1", &q));
	ck_assert_uint_eq(q, p);
	ck_assert_int_eq(netname_look_up(name_server_port, "1", "nobody", &q),
	    NETNAME_NOT_CHECKED_IN);
	ck_assert_int_eq(netname_look_up(name_server_port, "0", "on-node-1",
	    &q), NETNAME_NOT_CHECKED_IN);
	ck_assert_int_eq(netname_look_up(name_server_port, "7", "on-node-1",
	    &q), NETNAME_HOST_NOT_FOUND);
	/* Nodes that are not in the table. */
	ck_assert_int_eq(norma_get_special_port(mach_host_priv_self(), 7,
	    NORMA_HOST_PORT, &q), KERN_INVALID_ARGUMENT);
}
END_TEST

/* A request: a value and a send right (the port to answer on too). */
struct echo_msg {
	mach_msg_header_t head;
	mach_msg_type_t value_type;
	int value;
	mach_msg_type_t port_type;
	mach_port_t port;
};

/*
 * The echo server of a process on node 1: checks in "echo" there, then
 * answers each request on its reply port with the value plus one, and
 * sends the value plus two to the port the request carried.
 */
static void
echo_server_on_node1(void)
{
	setenv("MACHEMU_SOCKET", harness_node_socket(1), 1);
	mach_port_t p;
	if (mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p) != KERN_SUCCESS ||
	    mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND) != KERN_SUCCESS ||
	    netname_check_in(name_server_port, "echo", mach_task_self(), p) !=
	    KERN_SUCCESS)
		_exit(1);
	for (;;) {
		struct echo_msg m;
		if (mach_msg(&m.head, MACH_RCV_MSG, 0, sizeof m, p, 0,
		    MACH_PORT_NULL) != MACH_MSG_SUCCESS)
			_exit(2);
		mach_port_t other = m.port;
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE,
		    0);
		m.head.msgh_local_port = MACH_PORT_NULL;
		m.head.msgh_size = sizeof m - sizeof m.port_type -
		    sizeof m.port;
		m.value++;
		(void)mach_msg(&m.head, MACH_SEND_MSG, m.head.msgh_size, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0);
		m.head.msgh_remote_port = other;
		m.head.msgh_id = 4343;
		m.value++;
		(void)mach_msg(&m.head, MACH_SEND_MSG, m.head.msgh_size, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL);
	}
}

/* A message through a proxy reaches a port of a process on node 1, with
 * the rights it carries; the reply comes back through the send-once
 * right, and node 1 sends to our port through the right it got. */
START_TEST(cluster_message_round_trip_carries_rights)
{
	/* First, before this process is a task of node 0. */
	pid_t server = fork();
	ck_assert_int_ge(server, 0);
	if (server == 0)
		echo_server_on_node1();
	mach_port_t ns1 = special_port(1, NORMA_NAMESERVER_PORT);
	mach_port_t echo = MACH_PORT_NULL, reply, mine;
	for (int i = 0; i < 500 && netname_look_up(ns1, "", "echo", &echo) !=
	    KERN_SUCCESS; i++)
		usleep(10000);
	ck_assert(MACH_PORT_VALID(echo));
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &reply));
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &mine));
	for (int round = 0; round < 3; round++) {
		struct echo_msg m = {
			.head = { .msgh_bits = MACH_MSGH_BITS_COMPLEX |
			    MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND,
			    MACH_MSG_TYPE_MAKE_SEND_ONCE),
			    .msgh_size = sizeof m, .msgh_remote_port = echo,
			    .msgh_local_port = reply, .msgh_id = 4242 },
			.value_type = { MACH_MSG_TYPE_INTEGER_32, 32, 1, TRUE,
			    FALSE, FALSE, 0 },
			.value = 100 * round,
			.port_type = { MACH_MSG_TYPE_MAKE_SEND, 32, 1, TRUE,
			    FALSE, FALSE, 0 },
			.port = mine,
		};
		KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_RCV_MSG |
		    MACH_RCV_TIMEOUT, sizeof m, sizeof m, reply, 5000,
		    MACH_PORT_NULL));
		ck_assert_int_eq(m.value, 100 * round + 1);
		KR(mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
		    sizeof m, mine, 5000, MACH_PORT_NULL));
		ck_assert_int_eq(m.head.msgh_id, 4343);
		ck_assert_int_eq(m.value, 100 * round + 2);
	}
	kill(server, SIGKILL);
	waitpid(server, NULL, 0);
}
END_TEST

/* No-senders across nodes: node 1's name server holds the only send
 * right; when it lets go, our port hears no senders. */
START_TEST(cluster_no_senders_crosses_nodes)
{
	mach_port_t ns1 = special_port(1, NORMA_NAMESERVER_PORT);
	mach_port_t p;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(netname_check_in(ns1, "ns-test", mach_task_self(), p));
	KR(mach_port_deallocate(mach_task_self(), p));	/* ours */
	mach_port_t notify = notify_on(p, MACH_NOTIFY_NO_SENDERS);
	/* Node 1 still holds one: nothing yet. */
	union {
		mach_msg_header_t head;
		char buf[128];
	} msg;
	ck_assert_int_eq(mach_msg(&msg.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT,
	    0, sizeof msg, notify, 300, MACH_PORT_NULL), MACH_RCV_TIMED_OUT);
	KR(netname_check_out(ns1, "ns-test", mach_task_self()));
	expect_message(notify, MACH_NOTIFY_NO_SENDERS, 5000);
}
END_TEST

/* A task of node 1 that dies turns our name for it dead, with the
 * dead-name notification we asked for. */
START_TEST(cluster_dead_name_notification)
{
	mach_port_t child;
	KR(norma_task_create(mach_task_self(), FALSE, 1, &child));
	mach_port_t notify = notify_on(child, MACH_NOTIFY_DEAD_NAME);
	mach_port_t again;
	KR(norma_task_create(mach_task_self(), FALSE, 1, &again));
	/* Terminated through another right: our proxy hears of it. */
	mach_port_t ns1 = special_port(1, NORMA_NAMESERVER_PORT);
	KR(netname_check_in(ns1, "victim", mach_task_self(), child));
	mach_port_t looked;
	KR(netname_look_up(ns1, "", "victim", &looked));
	ck_assert_uint_eq(looked, child);
	KR(task_terminate(looked));
	expect_message(notify, MACH_NOTIFY_DEAD_NAME, 5000);
	KR(task_terminate(again));
}
END_TEST

/* A node that dies: our rights to its ports turn dead, with the
 * dead-name notifications we asked for; the other nodes go on. */
START_TEST(cluster_node_death)
{
	mach_port_t host1 = special_port(1, NORMA_HOST_PORT);
	mach_port_t notify = notify_on(host1, MACH_NOTIFY_DEAD_NAME);
	ck_assert_int_eq(harness_node_stop(1, SIGKILL), -1);
	expect_message(notify, MACH_NOTIFY_DEAD_NAME, 5000);
	mach_port_type_t type;
	KR(mach_port_type(mach_task_self(), host1, &type));
	ck_assert_uint_eq(type & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_DEAD_NAME);
	int node = -1;
	KR(norma_node_self(special_port(2, NORMA_HOST_PORT), &node));
	ck_assert_int_eq(node, 2);
}
END_TEST

/*
 * Memory a clone shares with its parent stays shared across nodes: a
 * vm_write through the child on node 1 is seen by the parent here (our
 * own memory), a store here by vm_read through the child, and vm_copy
 * through the child moves bytes at the parent's.  (tests/conformance/
 * norma_task_clone.c checks the page; this, a second strategy below.)
 */
static void
check_shared_both_ways(void)
{
	char *page = (char *)page_of_ours();
	strcpy(page, "the parent's");
	mach_port_t child;
	KR(norma_task_clone(mach_task_self(), TRUE, 1, &child));
	vm_offset_t data;
	mach_msg_type_number_t n;
	KR(vm_read(child, (vm_address_t)page, vm_page_size, &data, &n));
	ck_assert_str_eq((char *)data, "the parent's");
	vm_deallocate(mach_task_self(), data, n);
	KR(vm_write(child, (vm_address_t)page, (vm_offset_t)"the child's", 12));
	ck_assert_str_eq(page, "the child's");
	strcpy(page + 100, "stored here");
	KR(vm_read(child, (vm_address_t)page + 100, 12, &data, &n));
	ck_assert_str_eq((char *)data, "stored here");
	vm_deallocate(mach_task_self(), data, n);
	KR(vm_copy(child, (vm_address_t)page + 100, vm_page_size - 200,
	    (vm_address_t)page + 200));
	ck_assert_str_eq(page + 200, "stored here");
	KR(task_terminate(child));
}

START_TEST(cluster_clone_shares_memory)
{
	check_shared_both_ways();
}
END_TEST

/* --- Lazy transfers (machd --transfer lazy) ---------------------------- */

#define MIB	(1024u * 1024u)

/* A task of node 0 without threads holding MIBS MiB, each MiB starting
 * with its index; its address in *BASE. */
static mach_port_t
numbered_task(unsigned mibs, vm_address_t *base)
{
	mach_port_t task;
	KR(task_create(mach_task_self(), FALSE, &task));
	*base = 0;
	KR(vm_allocate(task, base, (vm_size_t)mibs * MIB, TRUE));
	for (unsigned i = 0; i < mibs; i++)
		KR(vm_write(task, *base + (vm_address_t)i * MIB, (vm_offset_t)&i,
		    sizeof i));
	return task;
}

/* The number at ADDR of TASK (vm_read's code if it fails, as -1 - kr). */
static long
number_at(mach_port_t task, vm_address_t addr)
{
	vm_offset_t data;
	mach_msg_type_number_t n;
	kern_return_t kr = vm_read(task, addr, vm_page_size, &data, &n);
	if (kr != KERN_SUCCESS)
		return -1 - (long)kr;
	long v = *(unsigned *)data;
	vm_deallocate(mach_task_self(), data, n);
	return v;
}

/* The remote faults (pulls) node NODE made so far. */
static uint64_t
remote_faults(int node)
{
	uint64_t v[13];
	boolean_t lazy;
	KR(node_statistics(special_port(node, NORMA_HOST_PORT), &v[0], &v[1],
	    &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &v[10],
	    &v[11], &v[12], &lazy));
	ck_assert(lazy);
	return v[12];
}

/*
 * A lazy teleport returns before the bytes have moved: the child answers
 * at once, a read of bytes not yet there pulls them (a remote fault), a
 * write to them is not undone by the stream that follows, and every
 * byte arrives.
 */
START_TEST(lazy_child_pulls_what_it_needs)
{
	const unsigned mibs = 256;
	vm_address_t base;
	mach_port_t parent = numbered_task(mibs, &base), child;
	KR(norma_task_teleport(parent, TRUE, 1, &child));
	ck_assert_int_eq(number_at(child, base + (mibs - 1) * MIB), mibs - 1);
	ck_assert_uint_ge(remote_faults(1), 1);
	unsigned mark = 0xabcdef;
	KR(vm_write(child, base + (mibs - 2) * MIB, (vm_offset_t)&mark,
	    sizeof mark));
	/* Every byte there: a process can take the task only then. */
	uint64_t token;
	KR(task_attach_token(child, &token));
	for (unsigned i = 0; i < mibs - 2; i += 17)
		ck_assert_int_eq(number_at(child, base + i * MIB), i);
	ck_assert_int_eq(number_at(child, base + (mibs - 2) * MIB), mark);
	KR(task_terminate(child));
}
END_TEST

/* A task's pointers stay valid after a lazy teleport: a program machrun
 * starts on the child there walks the list (its bytes all come first). */
START_TEST(lazy_teleport_keeps_pointers)
{
	vm_address_t base;
	mach_port_t parent = numbered_task(64, &base), child;
	struct list_node {
		struct list_node *next;
		int value;
	} list[10];
	struct list_node *there = (struct list_node *)(base + 32 * MIB);
	for (int i = 0; i < 10; i++) {
		list[i].value = i + 1;
		list[i].next = i < 9 ? &there[i + 1] : NULL;
	}
	KR(vm_write(parent, (vm_address_t)there, (vm_offset_t)list,
	    sizeof list));
	KR(norma_task_teleport(parent, TRUE, 1, &child));
	KR(netname_check_in(special_port(1, NORMA_NAMESERVER_PORT), "lazy",
	    mach_task_self(), child));
	int status = harness_walk_list(harness_node_socket(1), "lazy", there,
	    (void *)(base + 48 * MIB));
	ck_assert_msg(status == 0, "machrun: status %d", status);
}
END_TEST

/* The child of TASK made on NODE from ORIGIN, found through NODE's
 * processor set (a right that does not go through ORIGIN). */
static mach_port_t
child_on(int node, int origin)
{
	mach_port_t host = special_port(node, NORMA_HOST_PORT);
	mach_port_t priv = special_port(node, NORMA_HOST_PRIV_PORT), set;
	processor_set_name_array_t sets;
	mach_msg_type_number_t nsets, ntasks;
	task_array_t tasks;
	KR(host_processor_sets(host, &sets, &nsets));
	KR(host_processor_set_priv(priv, sets[0], &set));
	KR(processor_set_tasks(set, &tasks, &ntasks));
	mach_port_t found = MACH_PORT_NULL;
	for (mach_msg_type_number_t i = 0; i < ntasks; i++) {
		int from;
		if (task_get_origin(tasks[i], &from) == KERN_SUCCESS &&
		    from == origin)
			found = tasks[i];
	}
	ck_assert(MACH_PORT_VALID(found));
	return found;
}

/*
 * The link to the source cut during a lazy child's page-in: node 1
 * teleports a task to node 2 lazily and is killed at once.  What had
 * come reads back; what had not gives KERN_MEMORY_ERROR, and node 2
 * goes on (the child can still be terminated; no leak at its exit).
 */
START_TEST(lazy_link_cut_during_page_in)
{
	const unsigned mibs = 256;
	vm_address_t base;
	mach_port_t task = numbered_task(mibs, &base), on1, child;
	KR(norma_task_teleport(task, TRUE, 1, &on1));
	/* On node 1, it gets all its bytes, then goes to node 2. */
	uint64_t token;
	KR(task_attach_token(on1, &token));
	KR(norma_task_teleport(on1, TRUE, 2, &child));
	ck_assert_int_eq(harness_node_stop(1, SIGKILL), -1);
	child = child_on(2, 1);
	ck_assert_int_eq(number_at(child, base + (mibs - 1) * MIB),
	    -1 - KERN_MEMORY_ERROR);
	KR(task_terminate(child));
}
END_TEST

START_TEST(lazy_clone_shares_memory)
{
	check_shared_both_ways();
}
END_TEST

static Suite *
cluster_suite(void)
{
	Suite *s = suite_create("cluster");
	TCase *two = tcase_create("two nodes");
	tcase_add_checked_fixture(two, setup2, teardown);
	tcase_set_timeout(two, 60);
	tcase_add_test(two, cluster_netname_across_nodes);
	tcase_add_test(two, cluster_message_round_trip_carries_rights);
	tcase_add_test(two, cluster_no_senders_crosses_nodes);
	tcase_add_test(two, cluster_dead_name_notification);
	tcase_add_test(two, cluster_clone_shares_memory);
	suite_add_tcase(s, two);
	TCase *three = tcase_create("three nodes");
	tcase_add_checked_fixture(three, setup3, teardown);
	tcase_set_timeout(three, 60);
	tcase_add_test(three, cluster_node_death);
	suite_add_tcase(s, three);
	TCase *lazy = tcase_create("lazy");
	tcase_add_checked_fixture(lazy, setup3_lazy, teardown);
	tcase_set_timeout(lazy, 60);
	tcase_add_test(lazy, lazy_child_pulls_what_it_needs);
	tcase_add_test(lazy, lazy_teleport_keeps_pointers);
	tcase_add_test(lazy, lazy_link_cut_during_page_in);
	tcase_add_test(lazy, lazy_clone_shares_memory);
	suite_add_tcase(s, lazy);
	return s;
}

int
main(void)
{
	return harness_run_suite(cluster_suite());
}
