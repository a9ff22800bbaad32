/*
 * check_cluster: two or three real machd on loopback, linked over gRPC.
 * The test is a task of node 0.  Man pages: norma_get_special_port,
 * norma_task_create, norma_task_clone, norma_task_teleport (osfmk-man),
 * and mach_port_request_notification for the notifications that cross
 * nodes.
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

/* A page of our own with inheritance INH, starting with TEXT. */
static char *
page_with(vm_inherit_t inh, const char *text)
{
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	KR(vm_inherit(mach_task_self(), a, vm_page_size, inh));
	strcpy((char *)a, text);
	return (char *)a;
}

/* What TASK holds at ADDR (a string of at most 64 bytes), in BUF. */
static const char *
read_string(mach_port_t task, void *addr, char *buf)
{
	vm_offset_t data;
	mach_msg_type_number_t n;
	KR(vm_read(task, (vm_address_t)addr, vm_page_size, &data, &n));
	ck_assert_uint_eq(n, vm_page_size);
	snprintf(buf, 64, "%s", (const char *)data);
	KR(vm_deallocate(mach_task_self(), data, n));
	return buf;
}

/* The region of TASK at or after *ADDR: its inheritance, or -1 if none. */
static int
region_inheritance(mach_port_t task, vm_address_t addr)
{
	vm_address_t a = addr;
	vm_size_t size;
	vm_prot_t prot, max;
	vm_inherit_t inh;
	boolean_t shared;
	mach_port_t object;
	vm_offset_t offset;
	if (vm_region(task, &a, &size, &prot, &max, &inh, &shared, &object,
	    &offset) != KERN_SUCCESS || a != addr)
		return -1;
	return inh;
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
START_TEST(cluster_special_ports_of_another_node)
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

/* Three regions: inherited by copy, shared, and not at all. */
struct three {
	char *copy, *share, *none;
};

static struct three
three_regions(void)
{
	return (struct three){ page_with(VM_INHERIT_COPY, "copied"),
	    page_with(VM_INHERIT_SHARE, "shared"),
	    page_with(VM_INHERIT_NONE, "not inherited") };
}

/* norma_task_create: the child on node 1 has the regions its
 * inheritance gives, with their bytes; task_info, vm_read, vm_write,
 * vm_region, vm_allocate and task_terminate work through child_task. */
START_TEST(cluster_task_create_honours_inheritance)
{
	struct three t = three_regions();
	mach_port_t child;
	char buf[64];
	KR(norma_task_create(mach_task_self(), TRUE, 1, &child));
	ck_assert_str_eq(read_string(child, t.copy, buf), "copied");
	ck_assert_str_eq(read_string(child, t.share, buf), "shared");
	ck_assert_int_eq(region_inheritance(child, (vm_address_t)t.none), -1);
	ck_assert_int_eq(region_inheritance(child, (vm_address_t)t.copy),
	    VM_INHERIT_COPY);
	/* The child is on node 1. */
	int node = -1;
	KR(norma_port_location_hint(mach_task_self(), child, &node));
	ck_assert_int_eq(node, 1);
	struct task_basic_info info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	KR(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_uint_ge(info.virtual_size, 2 * vm_page_size);
	/* Writes through the child change the child only. */
	KR(vm_write(child, (vm_address_t)t.copy, (vm_offset_t)"child", 6));
	ck_assert_str_eq(read_string(child, t.copy, buf), "child");
	ck_assert_str_eq(t.copy, "copied");
	vm_address_t a = 0;
	KR(vm_allocate(child, &a, vm_page_size, TRUE));
	ck_assert_int_eq(region_inheritance(child, a), VM_INHERIT_COPY);
	KR(task_terminate(child));
	ck_assert_int_eq(task_info(child, TASK_BASIC_INFO, (task_info_t)&info,
	    &count), MACH_SEND_INVALID_DEST);
}
END_TEST

/* norma_task_clone: every region, with the parent's inheritance values;
 * inherit_memory false gives an empty address space. */
START_TEST(cluster_task_clone_takes_every_region)
{
	struct three t = three_regions();
	mach_port_t child, empty;
	char buf[64];
	KR(norma_task_clone(mach_task_self(), TRUE, 1, &child));
	ck_assert_str_eq(read_string(child, t.none, buf), "not inherited");
	ck_assert_int_eq(region_inheritance(child, (vm_address_t)t.none),
	    VM_INHERIT_NONE);
	ck_assert_int_eq(region_inheritance(child, (vm_address_t)t.share),
	    VM_INHERIT_SHARE);
	KR(norma_task_clone(mach_task_self(), FALSE, 1, &empty));
	vm_address_t a = 0;
	vm_size_t size;
	vm_prot_t prot, max;
	vm_inherit_t inh;
	boolean_t shared;
	mach_port_t object;
	vm_offset_t offset;
	ck_assert_int_eq(vm_region(empty, &a, &size, &prot, &max, &inh,
	    &shared, &object, &offset), KERN_INVALID_ADDRESS);
	/* The parent goes on. */
	ck_assert_str_eq(t.none, "not inherited");
	KR(task_terminate(child));
	KR(task_terminate(empty));
}
END_TEST

struct list_node {
	struct list_node *next;
	int value;
};

/*
 * norma_task_teleport: a task built here with a linked list is moved to
 * node 1; the parent is gone, the list reads back at the same addresses
 * there, and a program machrun starts on the child there walks it.
 */
START_TEST(cluster_teleport_keeps_pointers)
{
	mach_port_t parent, child;
	KR(task_create(mach_task_self(), FALSE, &parent));
	vm_address_t base = 0;
	KR(vm_allocate(parent, &base, vm_page_size, TRUE));
	struct list_node list[10];
	struct list_node *remote = (struct list_node *)base;
	for (int i = 0; i < 10; i++) {
		list[i].value = i + 1;
		list[i].next = i < 9 ? &remote[i + 1] : NULL;
	}
	KR(vm_write(parent, base, (vm_offset_t)list, sizeof list));
	int *result = (int *)(base + 512);
	KR(norma_task_teleport(parent, TRUE, 1, &child));
	/* The parent was terminated after the child was committed. */
	mach_port_type_t type;
	KR(mach_port_type(mach_task_self(), parent, &type));
	ck_assert_uint_eq(type & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_DEAD_NAME);
	vm_offset_t data;
	mach_msg_type_number_t n;
	KR(vm_read(child, base, vm_page_size, &data, &n));
	ck_assert_int_eq(memcmp((void *)data, list, sizeof list), 0);
	/* machrun on node 1 finds the child by its name there. */
	mach_port_t ns1 = special_port(1, NORMA_NAMESERVER_PORT);
	KR(netname_check_in(ns1, "teleported", mach_task_self(), child));
	char addr[32], res[32];
	snprintf(addr, sizeof addr, "%p", (void *)remote);
	snprintf(res, sizeof res, "%p", (void *)result);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		setenv("MACHEMU_SOCKET", harness_node_socket(1), 1);
		execl(getenv("MACHRUN"), "machrun", "--task", "teleported",
		    "--", harness_program("task_walker"), addr, res, (char *)NULL);
		_exit(127);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "machrun: status 0x%x", status);
	/* The walker's exit ended the child: its name here turns dead. */
	for (int i = 0; i < 200; i++) {
		KR(mach_port_type(mach_task_self(), child, &type));
		if ((type & MACH_PORT_TYPE_ALL_RIGHTS) == MACH_PORT_TYPE_DEAD_NAME)
			break;
		usleep(10000);
	}
	ck_assert_uint_eq(type & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* The cases the pages leave to the OSF implementation: this node as the
 * child node, a node not in the table, a dead parent. */
START_TEST(cluster_task_calls_edge_cases)
{
	mach_port_t child, parent;
	char *p = page_with(VM_INHERIT_COPY, "here");
	char buf[64];
	/* task_create semantics on this node. */
	KR(norma_task_create(mach_task_self(), TRUE, 0, &child));
	ck_assert_str_eq(read_string(child, p, buf), "here");
	KR(task_terminate(child));
	/* A clone that stays is refused; a teleport that stays is the
	 * parent itself. */
	ck_assert_int_eq(norma_task_clone(mach_task_self(), TRUE, 0, &child),
	    KERN_INVALID_ARGUMENT);
	KR(task_create(mach_task_self(), FALSE, &parent));
	KR(norma_task_teleport(parent, TRUE, 0, &child));
	ck_assert_uint_eq(child, parent);
	/* Nodes not in the table. */
	ck_assert_int_eq(norma_task_create(mach_task_self(), TRUE, 7, &child),
	    KERN_INVALID_ARGUMENT);
	ck_assert_int_eq(norma_task_clone(mach_task_self(), TRUE, -1, &child),
	    KERN_INVALID_ARGUMENT);
	/* A dead parent. */
	KR(task_terminate(parent));
	kern_return_t kr = norma_task_teleport(parent, TRUE, 1, &child);
	ck_assert_msg(kr == KERN_INVALID_ARGUMENT ||
	    kr == MACH_SEND_INVALID_DEST, "%s", mach_error_string(kr));
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

/* A node that dies: our rights to its ports turn dead, with
 * notifications, and a teleport to it fails with the parent intact. */
START_TEST(cluster_node_death)
{
	mach_port_t host1 = special_port(1, NORMA_HOST_PORT);
	mach_port_t notify = notify_on(host1, MACH_NOTIFY_DEAD_NAME);
	ck_assert_int_eq(harness_node_stop(1, SIGKILL), -1);
	expect_message(notify, MACH_NOTIFY_DEAD_NAME, 5000);
	mach_port_t parent, child;
	KR(task_create(mach_task_self(), FALSE, &parent));
	vm_address_t a = 0;
	KR(vm_allocate(parent, &a, vm_page_size, TRUE));
	KR(vm_write(parent, a, (vm_offset_t)"intact", 7));
	ck_assert_int_eq(norma_task_teleport(parent, TRUE, 1, &child),
	    KERN_FAILURE);
	char buf[64];
	ck_assert_str_eq(read_string(parent, (void *)a, buf), "intact");
	/* Node 2 is still there. */
	KR(norma_task_teleport(parent, TRUE, 2, &child));
	ck_assert_str_eq(read_string(child, (void *)a, buf), "intact");
	KR(task_terminate(child));
}
END_TEST

/* A far node killed in the middle of a teleport of 256 MiB: the call
 * fails, the parent runs on with its memory, the other node is fine. */
START_TEST(cluster_node_killed_during_teleport)
{
	const vm_size_t size = 256u << 20;
	mach_port_t parent, child;
	KR(task_create(mach_task_self(), FALSE, &parent));
	vm_address_t a = 0;
	KR(vm_allocate(parent, &a, size, TRUE));
	KR(vm_write(parent, a + size - vm_page_size, (vm_offset_t)"last page",
	    10));
	pid_t killer = fork();
	ck_assert_int_ge(killer, 0);
	if (killer == 0) {
		usleep(50000);
		kill(harness_node_pid(1), SIGKILL);
		_exit(0);
	}
	kern_return_t kr = norma_task_teleport(parent, TRUE, 1, &child);
	waitpid(killer, NULL, 0);
	ck_assert_int_eq(harness_node_stop(1, SIGKILL), -1);
	ck_assert_msg(kr == KERN_FAILURE, "%s", mach_error_string(kr));
	char buf[64];
	ck_assert_str_eq(read_string(parent, (void *)(a + size - vm_page_size),
	    buf), "last page");
	struct task_basic_info info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	KR(task_info(parent, TASK_BASIC_INFO, (task_info_t)&info, &count));
	KR(task_terminate(parent));
}
END_TEST

static Suite *
cluster_suite(void)
{
	Suite *s = suite_create("cluster");
	TCase *two = tcase_create("two nodes");
	tcase_add_checked_fixture(two, setup2, teardown);
	tcase_set_timeout(two, 60);
	tcase_add_test(two, cluster_special_ports_of_another_node);
	tcase_add_test(two, cluster_message_round_trip_carries_rights);
	tcase_add_test(two, cluster_no_senders_crosses_nodes);
	tcase_add_test(two, cluster_task_create_honours_inheritance);
	tcase_add_test(two, cluster_task_clone_takes_every_region);
	tcase_add_test(two, cluster_teleport_keeps_pointers);
	tcase_add_test(two, cluster_task_calls_edge_cases);
	tcase_add_test(two, cluster_dead_name_notification);
	tcase_add_test(two, cluster_node_killed_during_teleport);
	suite_add_tcase(s, two);
	TCase *three = tcase_create("three nodes");
	tcase_add_checked_fixture(three, setup3, teardown);
	tcase_set_timeout(three, 60);
	tcase_add_test(three, cluster_node_death);
	suite_add_tcase(s, three);
	return s;
}

int
main(void)
{
	return harness_run_suite(cluster_suite());
}
