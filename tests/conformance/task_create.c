/*
 * Conformance: task_create (osfmk-man/task_create.html).
 * "The task_create function creates a new task from parent_task and
 * returns the name of the new task in child_task.  The child task
 * acquires shared or copied parts of the parent's address space (see
 * vm_inherit).  The child task initially contains no threads."  If
 * inherit_memory is true "the child task inherits the (inheritable)
 * address space of the parent task.  If false, the kernel assigns the
 * child task an empty address space."  The child gets a task-self send
 * right ("The port name is also returned to the calling task"), and
 * inherits the parent's bootstrap, exception and registered send rights.
 * machemu has GNU Mach's signature, task_create(parent_task,
 * inherit_memory, &child_task): no ledger arguments (the page's NOTES say
 * ledgers are "not currently implemented"), no security ID, and no
 * TASK_HOST_NAME_PORT to read the inherited host port back.  Checked
 * here:
 * - the new task has no threads, is not suspended, and child_task is a
 *   send right (one user reference) to a task port of its own, the one
 *   task_get_special_port(TASK_KERNEL_PORT) gives for it; every call
 *   makes another task;
 * - inherit_memory FALSE: an empty address space, whatever the parent
 *   has;
 * - inherit_memory TRUE: each region of the parent at the same address
 *   with the same size and protections; VM_INHERIT_SHARE regions are
 *   shared, VM_INHERIT_COPY ones (vm_allocate's default) copied as they
 *   were at creation, VM_INHERIT_NONE ones absent;
 * - the bootstrap and exception ports and the registered ports are the
 *   parent's; a new task's bootstrap port and registered port 0 are the
 *   name server; the child holds send rights of its own to them;
 * - the parent may be another task than the caller's (a task made by
 *   task_create): the new task inherits from it, not from the caller;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>

#include <mach/mach_param.h>
#include <mach/task_special_ports.h>

#include "conformance.h"

/* TASK's registered ports, into OUT[TASK_PORT_REGISTER_MAX]. */
static void
registered(mach_port_t task, mach_port_t *out)
{
	mach_port_array_t ports;
	mach_msg_type_number_t n;
	CK_KR(mach_ports_lookup(task, &ports, &n));
	ck_assert_uint_eq(n, TASK_PORT_REGISTER_MAX);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++) {
		out[i] = ports[i];
		if (MACH_PORT_VALID(ports[i]))
			CK_KR(mach_port_deallocate(mach_task_self(), ports[i]));
	}
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)ports,
	    n * sizeof *ports));
}

/* A new task: no threads, not suspended, a port of its own. */
START_TEST(task_create_new_task)
{
	mach_port_t child = MACH_PORT_NULL, other = MACH_PORT_NULL;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	CK_KR(task_create(mach_task_self(), TRUE, &other));
	ck_assert(MACH_PORT_VALID(child));
	ck_assert(MACH_PORT_VALID(other));
	ck_assert_uint_ne(child, other);
	ck_assert_uint_ne(child, mach_task_self());
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), child, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_SEND);
	mach_port_urefs_t refs;
	CK_KR(mach_port_get_refs(mach_task_self(), child, MACH_PORT_RIGHT_SEND,
	    &refs));
	ck_assert_uint_eq(refs, 1);
	ck_assert_uint_eq(get_special(child, TASK_KERNEL_PORT), child);
	thread_array_t threads;
	mach_msg_type_number_t n = 0xdead;
	CK_KR(task_threads(child, &threads, &n));
	ck_assert_uint_eq(n, 0);
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_int_eq(info.suspend_count, 0);
	/* Two tasks: terminating one leaves the other. */
	CK_KR(task_terminate(other));
	CK_KR(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count));
	CK_KR(task_terminate(child));
}
END_TEST

/* inherit_memory FALSE: an empty address space. */
START_TEST(task_create_empty_address_space)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, VM_INHERIT_SHARE));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	struct region r;
	CK_KR_EQ(region_at(child, 0, &r), KERN_INVALID_ADDRESS);
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count));
	ck_assert_uint_eq(info.virtual_size, 0);
	/* The whole space is free for it. */
	vm_address_t b = a;
	CK_KR(vm_allocate(child, &b, vm_page_size, FALSE));
	CK_KR(task_terminate(child));
}
END_TEST

/* inherit_memory TRUE: the inheritable regions, as vm_inherit says. */
START_TEST(task_create_inherit_memory)
{
	vm_size_t pg = vm_page_size;
	vm_address_t cp = FIXED_AT, sh = FIXED_AT + 4 * pg,
	    no = FIXED_AT + 8 * pg, ro = FIXED_AT + 12 * pg;
	CK_KR(vm_allocate(mach_task_self(), &cp, 2 * pg, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &sh, pg, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &no, pg, FALSE));
	CK_KR(vm_allocate(mach_task_self(), &ro, 3 * pg, FALSE));
	strcpy((char *)cp + pg, "copied");
	strcpy((char *)sh, "shared");
	strcpy((char *)ro, "read only");
	CK_KR(vm_inherit(mach_task_self(), sh, pg, VM_INHERIT_SHARE));
	CK_KR(vm_inherit(mach_task_self(), no, pg, VM_INHERIT_NONE));
	CK_KR(vm_protect(mach_task_self(), sh, pg, FALSE, VM_PROT_READ));
	CK_KR(vm_protect(mach_task_self(), ro, 3 * pg, TRUE,
	    VM_PROT_READ | VM_PROT_EXECUTE));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));

	struct region r;
	CK_KR(region_at(child, FIXED_AT, &r));
	ck_assert_uint_eq(r.addr, cp);
	ck_assert_uint_eq(r.size, 2 * pg);
	ck_assert_int_eq(r.prot, VM_PROT_DEFAULT);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	ck_assert(!r.shared);
	CK_KR(region_at(child, cp + 2 * pg, &r));
	ck_assert_uint_eq(r.addr, sh);
	ck_assert_uint_eq(r.size, pg);
	ck_assert_int_eq(r.prot, VM_PROT_READ);
	ck_assert_int_eq(r.max, VM_PROT_ALL);
	ck_assert_int_eq(r.inh, VM_INHERIT_SHARE);
	ck_assert(r.shared);
	CK_KR(region_at(child, sh + pg, &r));
	ck_assert_uint_eq(r.addr, ro);			/* NONE: skipped */
	ck_assert_uint_eq(r.size, 3 * pg);
	ck_assert_int_eq(r.prot, VM_PROT_READ);
	ck_assert_int_eq(r.max, VM_PROT_READ | VM_PROT_EXECUTE);
	ck_assert_int_eq(r.inh, VM_INHERIT_COPY);
	CK_KR_EQ(region_at(child, ro + 3 * pg, &r), KERN_INVALID_ADDRESS);

	/* Contents: the copy as it was, the shared page both ways. */
	strcpy((char *)cp + pg, "changed");
	CK_KR(vm_protect(mach_task_self(), sh, pg, FALSE, VM_PROT_DEFAULT));
	strcpy((char *)sh, "parent wrote");
	char buf[32];
	read_string(child, cp + pg, buf);
	ck_assert_str_eq(buf, "copied");
	read_string(child, sh, buf);
	ck_assert_str_eq(buf, "parent wrote");
	read_string(child, ro, buf);
	ck_assert_str_eq(buf, "read only");
	static char text[] = "child wrote";
	CK_KR(vm_protect(child, sh, pg, FALSE, VM_PROT_DEFAULT));
	CK_KR(vm_write(child, sh, (vm_offset_t)text, sizeof text));
	ck_assert_str_eq((const char *)sh, "child wrote");
	CK_KR(vm_write(child, cp + pg, (vm_offset_t)text, sizeof text));
	ck_assert_str_eq((const char *)cp + pg, "changed");
	CK_KR(task_terminate(child));
}
END_TEST

/* The special and registered ports are the parent's. */
START_TEST(task_create_inherits_ports)
{
	mach_port_t boot = new_send_receive(), exc = new_send_receive();
	mach_port_t reg[3] = { new_send_receive(), MACH_PORT_NULL,
	    new_send_receive() };
	CK_KR(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    boot));
	CK_KR(task_set_special_port(mach_task_self(), TASK_EXCEPTION_PORT,
	    exc));
	CK_KR(mach_ports_register(mach_task_self(), reg, 3));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	ck_assert_uint_eq(get_special(child, TASK_BOOTSTRAP_PORT), boot);
	ck_assert_uint_eq(get_special(child, TASK_EXCEPTION_PORT), exc);
	mach_port_t got[TASK_PORT_REGISTER_MAX];
	registered(child, got);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_uint_eq(got[i], i < 3 ? reg[i] : MACH_PORT_NULL);
	/* The child's rights are its own: the parent lets go of its. */
	CK_KR(task_set_special_port(mach_task_self(), TASK_BOOTSTRAP_PORT,
	    MACH_PORT_NULL));
	CK_KR(task_set_special_port(mach_task_self(), TASK_EXCEPTION_PORT,
	    MACH_PORT_NULL));
	CK_KR(mach_ports_register(mach_task_self(), NULL, 0));
	mach_port_t ports[] = { boot, exc, reg[0], reg[2] };
	for (int i = 0; i < 4; i++) {
		CK_KR(mach_port_deallocate(mach_task_self(), ports[i]));
		mach_port_status_t st;
		CK_KR(mach_port_get_receive_status(mach_task_self(), ports[i],
		    &st));
		ck_assert_msg(st.mps_srights, "port %d has no sender", i);
	}
	ck_assert_uint_eq(get_special(child, TASK_BOOTSTRAP_PORT), boot);
	CK_KR(task_terminate(child));
}
END_TEST

/* A new task's bootstrap port and registered port 0: the name server. */
START_TEST(task_create_name_server)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	ck_assert(MACH_PORT_VALID(name_server_port));
	ck_assert_uint_eq(get_special(child, TASK_BOOTSTRAP_PORT),
	    name_server_port);
	mach_port_t got[TASK_PORT_REGISTER_MAX];
	registered(child, got);
	ck_assert_uint_eq(got[0], name_server_port);
	CK_KR(task_terminate(child));
}
END_TEST

/* Another parent: the new task inherits from it, not from the caller. */
START_TEST(task_create_other_parent)
{
	vm_address_t a = 0;
	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	strcpy((char *)a, "ours");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	vm_address_t b = FIXED_AT;
	CK_KR(vm_allocate(child, &b, vm_page_size, FALSE));
	static char text[] = "the child's";
	CK_KR(vm_write(child, b, (vm_offset_t)text, sizeof text));
	mach_port_t boot = new_send_receive(), reg = new_send_receive();
	CK_KR(task_set_special_port(child, TASK_BOOTSTRAP_PORT, boot));
	CK_KR(mach_ports_register(child, &reg, 1));
	mach_port_t grandchild;
	CK_KR(task_create(child, TRUE, &grandchild));
	char buf[32];
	read_string(grandchild, b, buf);
	ck_assert_str_eq(buf, "the child's");
	struct region r;
	CK_KR(region_at(grandchild, 0, &r));
	ck_assert_uint_eq(r.addr, b);			/* its only region */
	CK_KR_EQ(region_at(grandchild, b + vm_page_size, &r),
	    KERN_INVALID_ADDRESS);
	ck_assert_uint_eq(get_special(grandchild, TASK_BOOTSTRAP_PORT), boot);
	mach_port_t got[TASK_PORT_REGISTER_MAX];
	registered(grandchild, got);
	ck_assert_uint_eq(got[0], reg);
	CK_KR(task_terminate(grandchild));
	CK_KR(task_terminate(child));
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_create_invalid_parent)
{
	mach_port_t child, grandchild = MACH_PORT_NULL;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_terminate(child));
	CK_KR_EQ(task_create(child, FALSE, &grandchild),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_create(mach_host_self(), FALSE, &grandchild),
	    KERN_INVALID_TASK);
	ck_assert_uint_eq(grandchild, MACH_PORT_NULL);
}
END_TEST

CONFORMANCE_PAGE(task_create)
{
	Suite *s = suite_create("task_create");
	TCase *tc = conformance_tcase("task_create");
	tcase_add_test(tc, task_create_new_task);
	tcase_add_test(tc, task_create_empty_address_space);
	tcase_add_test(tc, task_create_inherit_memory);
	tcase_add_test(tc, task_create_inherits_ports);
	tcase_add_test(tc, task_create_name_server);
	tcase_add_test(tc, task_create_other_parent);
	tcase_add_test(tc, task_create_invalid_parent);
	suite_add_tcase(s, tc);
	return s;
}
