/*
 * Conformance: norma_task_create (osfmk-man/norma_task_create.html).
 * "The norma_task_create function creates a new task from parent_task on
 * the specified node and returns the name of the new task in child_task.
 * The child task acquires shared or copied parts of the parent's address
 * space (see vm_inherit).  The child task initially contains no threads."
 * "Other than being created on a different node, the new task has the
 * same properties as if created by task_create."  "Only generic errors
 * apply."  Checked here, in a cluster of three nodes whose test task is
 * on node 0:
 * - the child is on the node asked for (norma_port_location_hint) and has
 *   no threads; child_task is a send right usable from here: task_info,
 *   vm_read, vm_write, vm_region, vm_allocate and task_terminate work
 *   through it, and a terminated child's port turns dead;
 * - inherit_memory TRUE: the regions whose inheritance is COPY or SHARE,
 *   at the same addresses with their bytes and inheritance; NONE regions
 *   absent; a later write through the child to a COPY region changes the
 *   child only, to a SHARE region the parent too (it stays at the
 *   parent's node: machemu-norma(7));
 * - inherit_memory FALSE: an empty address space;
 * - the child's bootstrap port is the parent's (our name server), as
 *   task_create gives it;
 * - the cases the page leaves open, as OSF's norma_task_common decides
 *   them: the caller's own node gives task_create's child; a node not in
 *   the node table KERN_INVALID_ARGUMENT; a parent that is no live task
 *   KERN_INVALID_ARGUMENT (a dead task's name, already dead here, gives
 *   mach_msg's MACH_SEND_INVALID_DEST).
 */
#include <mach/mach_norma.h>
#include <mach/task_special_ports.h>

#include "conformance.h"

START_TEST(norma_task_create_on_another_node)
{
	mach_port_t child;
	CK_KR(norma_task_create(mach_task_self(), FALSE, 1, &child));
	int node = -1;
	CK_KR(norma_port_location_hint(mach_task_self(), child, &node));
	ck_assert_int_eq(node, 1);
	ck_assert_uint_eq(send_refs(child), 1);
	thread_array_t threads;
	mach_msg_type_number_t n;
	CK_KR(task_threads(child, &threads, &n));
	ck_assert_uint_eq(n, 0);
	struct task_basic_info info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_int_eq(info.suspend_count, 0);
	/* Memory through child_task. */
	vm_address_t a = new_region(child, 2 * vm_page_size);
	CK_KR(vm_write(child, a + vm_page_size, (vm_offset_t)"far away", 9));
	char buf[32];
	read_string(child, a + vm_page_size, buf);
	ck_assert_str_eq(buf, "far away");
	struct region r;
	CK_KR(region_at(child, a, &r));
	ck_assert_uint_eq(r.addr, a);
	ck_assert_uint_eq(r.size, 2 * vm_page_size);
	CK_KR(task_terminate(child));
	CK_KR_EQ(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

START_TEST(norma_task_create_inheritance)
{
	vm_address_t copy = page_holding(VM_INHERIT_COPY, "copied");
	vm_address_t share = page_holding(VM_INHERIT_SHARE, "shared");
	vm_address_t none = page_holding(VM_INHERIT_NONE, "not inherited");
	mach_port_t child;
	char buf[32];
	struct region r;
	CK_KR(norma_task_create(mach_task_self(), TRUE, 2, &child));
	read_string(child, copy, buf);
	ck_assert_str_eq(buf, "copied");
	read_string(child, share, buf);
	ck_assert_str_eq(buf, "shared");
	CK_KR(region_at(child, copy, &r));
	ck_assert_uint_eq(r.addr, copy);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	CK_KR(region_at(child, share, &r));
	ck_assert_int_eq(r.inh, VM_INHERIT_SHARE);
	ck_assert(region_at(child, none, &r) != KERN_SUCCESS || r.addr != none);
	CK_KR(vm_write(child, copy, (vm_offset_t)"child", 6));
	read_string(child, copy, buf);
	ck_assert_str_eq(buf, "child");
	ck_assert_str_eq((char *)copy, "copied");
	CK_KR(vm_write(child, share, (vm_offset_t)"child", 6));
	ck_assert_str_eq((char *)share, "child");
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_task_create_empty_and_ports)
{
	(void)page_holding(VM_INHERIT_COPY, "ours");
	mach_port_t child;
	struct region r;
	CK_KR(norma_task_create(mach_task_self(), FALSE, 1, &child));
	CK_KR_EQ(region_at(child, 0, &r), KERN_INVALID_ADDRESS);
	ck_assert_uint_eq(get_special(child, TASK_BOOTSTRAP_PORT),
	    name_server_port);
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_task_create_edge_cases)
{
	vm_address_t p = page_holding(VM_INHERIT_COPY, "here");
	mach_port_t child;
	char buf[32];
	CK_KR(norma_task_create(mach_task_self(), TRUE, 0, &child));
	int node = -1;
	CK_KR(norma_port_location_hint(mach_task_self(), child, &node));
	ck_assert_int_eq(node, 0);
	read_string(child, p, buf);
	ck_assert_str_eq(buf, "here");
	CK_KR(task_terminate(child));
	CK_KR_EQ(norma_task_create(mach_task_self(), TRUE, 3, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_task_create(mach_task_self(), TRUE, -1, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_task_create(mach_host_self(), TRUE, 1, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_task_create(dead_task(), TRUE, 1, &child),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

CONFORMANCE_PAGE(norma_task_create)
{
	Suite *s = suite_create("norma_task_create");
	TCase *tc = conformance_cluster_tcase("norma_task_create");
	tcase_add_test(tc, norma_task_create_on_another_node);
	tcase_add_test(tc, norma_task_create_inheritance);
	tcase_add_test(tc, norma_task_create_empty_and_ports);
	tcase_add_test(tc, norma_task_create_edge_cases);
	suite_add_tcase(s, tc);
	return s;
}
