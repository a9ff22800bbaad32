/*
 * Conformance: norma_task_clone (osfmk-man/norma_task_clone.html).
 * "The norma_task_clone function "clones" a new task from parent_task on
 * the specified node and returns the name of the new task in child_task.
 * The child task acquires shared parts of the parent's address space
 * (see vm_inherit) regardless of the inheritance set for the parent's
 * memory regions, although the inheritance for the child's regions will
 * be set to that of the parent's regions.  The child task initially
 * contains no threads."  "Only generic errors apply."  Checked here, in a
 * cluster of three nodes whose test task is on node 0:
 * - every region of the parent, NONE ones included, at the same address
 *   with its bytes, keeping the parent's inheritance value; the child is
 *   on the node asked for and has no threads; the parent goes on;
 * - the regions are shared: a vm_write through the child is seen in the
 *   parent's memory, a store in the parent by vm_read through the child
 *   (the memory stays at the parent's node: machemu-norma(7));
 * - inherit_memory FALSE: an empty address space;
 * - the cases the page leaves open, as OSF's norma_task_common decides
 *   them: a clone on the caller's own node is refused with
 *   KERN_INVALID_ARGUMENT ("no local call with the same memory
 *   semantics"), as is a node not in the node table.
 */
#include <string.h>

#include <mach/mach_norma.h>

#include "conformance.h"

START_TEST(norma_task_clone_every_region)
{
	vm_address_t copy = page_holding(VM_INHERIT_COPY, "copied");
	vm_address_t share = page_holding(VM_INHERIT_SHARE, "shared");
	vm_address_t none = page_holding(VM_INHERIT_NONE, "not inherited");
	mach_port_t child;
	char buf[32];
	struct region r;
	CK_KR(norma_task_clone(mach_task_self(), TRUE, 2, &child));
	int node = -1;
	CK_KR(norma_port_location_hint(mach_task_self(), child, &node));
	ck_assert_int_eq(node, 2);
	const vm_address_t addr[] = { copy, share, none };
	const vm_inherit_t inh[] = { VM_INHERIT_COPY, VM_INHERIT_SHARE,
	    VM_INHERIT_NONE };
	const char *text[] = { "copied", "shared", "not inherited" };
	for (int i = 0; i < 3; i++) {
		read_string(child, addr[i], buf);
		ck_assert_str_eq(buf, text[i]);
		CK_KR(region_at(child, addr[i], &r));
		ck_assert_uint_eq(r.addr, addr[i]);
		ck_assert_uint_eq(r.size, vm_page_size);
		ck_assert_int_eq(r.inh, inh[i]);
	}
	thread_array_t threads;
	mach_msg_type_number_t n;
	CK_KR(task_threads(child, &threads, &n));
	ck_assert_uint_eq(n, 0);
	/* Shared, whatever the inheritance: both ways. */
	CK_KR(vm_write(child, none, (vm_offset_t)"by the child", 13));
	ck_assert_str_eq((char *)none, "by the child");
	strcpy((char *)copy, "by the parent");
	read_string(child, copy, buf);
	ck_assert_str_eq(buf, "by the parent");
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_task_clone_empty)
{
	(void)page_holding(VM_INHERIT_SHARE, "ours");
	mach_port_t child;
	struct region r;
	CK_KR(norma_task_clone(mach_task_self(), FALSE, 1, &child));
	CK_KR_EQ(region_at(child, 0, &r), KERN_INVALID_ADDRESS);
	CK_KR(task_terminate(child));
}
END_TEST

START_TEST(norma_task_clone_edge_cases)
{
	mach_port_t child;
	CK_KR_EQ(norma_task_clone(mach_task_self(), TRUE, 0, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_task_clone(mach_task_self(), TRUE, 5, &child),
	    KERN_INVALID_ARGUMENT);
	CK_KR_EQ(norma_task_clone(mach_host_self(), TRUE, 1, &child),
	    KERN_INVALID_ARGUMENT);
}
END_TEST

CONFORMANCE_PAGE(norma_task_clone)
{
	Suite *s = suite_create("norma_task_clone");
	TCase *tc = conformance_cluster_tcase("norma_task_clone");
	tcase_add_test(tc, norma_task_clone_every_region);
	tcase_add_test(tc, norma_task_clone_empty);
	tcase_add_test(tc, norma_task_clone_edge_cases);
	suite_add_tcase(s, tc);
	return s;
}
