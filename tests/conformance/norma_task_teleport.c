/*
 * Conformance: norma_task_teleport (osfmk-man/norma_task_teleport.html).
 * "The norma_task_clone function "clones" a new task from parent_task on
 * the specified node and returns the name of the new task in child_task.
 * The child task acquires shared parts of the parent's address space
 * (see vm_inherit) regardless of the inheritance set for the parent's
 * memory regions, although the inheritance for the child's regions will
 * be set to that of the parent's regions.  The child task initially
 * contains no threads.  The parent_task is then terminated."  "Only
 * generic errors apply."  Checked here, in a cluster of three nodes whose
 * test task is on node 0:
 * - a task holding a linked list built with pointers moves to node 1:
 *   the parent is terminated (its name here turns dead), every region is
 *   there with its inheritance, the list reads back at the same
 *   addresses, and a program machrun starts on the child there walks it;
 * - the parent is terminated only once the child is committed on the far
 *   node: a teleport to a node that is down, or that is killed in the
 *   middle of moving 256 MiB, fails with KERN_FAILURE and leaves the
 *   parent running with its memory; the other nodes go on;
 * - the cases the page leaves open, as OSF's norma_task_common decides
 *   them: a teleport to the caller's own node gives the parent itself,
 *   not terminated; a node not in the node table gives
 *   KERN_INVALID_ARGUMENT.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/mach_norma.h>
#include <mach/norma_special_ports.h>
#include <servers/netname.h>

#include "conformance.h"

struct list_node {
	struct list_node *next;
	int value;
};

/* A task of this node without threads, holding a page that reads TEXT
 * (at *ADDRP). */
static mach_port_t
task_holding(const char *text, vm_address_t *addrp)
{
	mach_port_t task;
	CK_KR(task_create(mach_task_self(), FALSE, &task));
	*addrp = new_region(task, vm_page_size);
	CK_KR(vm_write(task, *addrp, (vm_offset_t)text, strlen(text) + 1));
	return task;
}

START_TEST(norma_task_teleport_keeps_pointers)
{
	mach_port_t parent, child;
	vm_address_t base;
	parent = task_holding("", &base);
	CK_KR(vm_inherit(parent, base, vm_page_size, VM_INHERIT_NONE));
	struct list_node list[10];
	struct list_node *there = (struct list_node *)base;
	for (int i = 0; i < 10; i++) {
		list[i].value = i + 1;
		list[i].next = i < 9 ? &there[i + 1] : NULL;
	}
	CK_KR(vm_write(parent, base, (vm_offset_t)list, sizeof list));
	CK_KR(norma_task_teleport(parent, TRUE, 1, &child));
	assert_dead(mach_task_self(), parent, 1);
	struct region r;
	CK_KR(region_at(child, base, &r));
	ck_assert_int_eq(r.inh, VM_INHERIT_NONE);
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(child, base, vm_page_size, &data, &n));
	ck_assert_int_eq(memcmp((void *)data, list, sizeof list), 0);
	/* machrun on node 1 finds the child by its name there. */
	CK_KR(netname_check_in(node_port(1, NORMA_NAMESERVER_PORT),
	    "teleported", mach_task_self(), child));
	int status = harness_walk_list(harness_node_socket(1), "teleported",
	    there, (void *)(base + 512));
	ck_assert_msg(status == 0, "machrun: status %d", status);
	/* The walker stored the sum, then its exit ended the child. */
	mach_port_type_t type = 0;
	for (int i = 0; i < 200; i++) {
		CK_KR(mach_port_type(mach_task_self(), child, &type));
		if (type & MACH_PORT_TYPE_DEAD_NAME)
			break;
		usleep(10000);
	}
	ck_assert(type & MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

START_TEST(norma_task_teleport_to_a_dead_node)
{
	vm_address_t a;
	mach_port_t parent = task_holding("intact", &a), child;
	char buf[32];
	ck_assert_int_eq(harness_node_stop(1, SIGKILL), -1);
	CK_KR_EQ(norma_task_teleport(parent, TRUE, 1, &child), KERN_FAILURE);
	read_string(parent, a, buf);
	ck_assert_str_eq(buf, "intact");
	CK_KR(norma_task_teleport(parent, TRUE, 2, &child));
	read_string(child, a, buf);
	ck_assert_str_eq(buf, "intact");
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_task_teleport_node_killed_midway)
{
	const vm_size_t size = 256u << 20;
	mach_port_t parent, child;
	CK_KR(task_create(mach_task_self(), FALSE, &parent));
	vm_address_t a = new_region(parent, size);
	vm_address_t last = a + size - vm_page_size;
	CK_KR(vm_write(parent, last, (vm_offset_t)"last page", 10));
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
	CK_KR_EQ(kr, KERN_FAILURE);
	char buf[32];
	read_string(parent, last, buf);
	ck_assert_str_eq(buf, "last page");
	ck_assert_int_eq(suspend_count(parent), 0);
	CK_KR(task_terminate(parent));
}
END_TEST

START_TEST(norma_task_teleport_edge_cases)
{
	vm_address_t a;
	mach_port_t parent = task_holding("stays", &a), child;
	char buf[32];
	CK_KR(norma_task_teleport(parent, TRUE, 0, &child));
	ck_assert_uint_eq(child, parent);
	read_string(parent, a, buf);
	ck_assert_str_eq(buf, "stays");
	CK_KR_EQ(norma_task_teleport(parent, TRUE, 9, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR(task_terminate(parent));
}
END_TEST

CONFORMANCE_PAGE(norma_task_teleport)
{
	Suite *s = suite_create("norma_task_teleport");
	TCase *tc = conformance_cluster_tcase("norma_task_teleport");
	tcase_add_test(tc, norma_task_teleport_keeps_pointers);
	tcase_add_test(tc, norma_task_teleport_to_a_dead_node);
	tcase_add_test(tc, norma_task_teleport_node_killed_midway);
	tcase_add_test(tc, norma_task_teleport_edge_cases);
	suite_add_tcase(s, tc);
	return s;
}
