/*
 * Conformance: mach_ports_lookup (osfmk-man/mach_ports_lookup.html).
 * "The mach_ports_lookup function returns an array of the well-known
 * system ports that are currently registered for the specified task.
 * Note that the task holds only send rights for the ports."
 * init_port_set is an "out pointer to dynamic array of registered send
 * rights", init_port_count "The number of returned port rights".  As in
 * GNU Mach, the array has all TASK_PORT_REGISTER_MAX (4) slots, with
 * MACH_PORT_NULL in those not registered.  Checked here:
 * - a new task's set: the name server (name_server_port) in slot 0 and
 *   nothing else, for the caller's task (a process) and for a task made
 *   by task_create;
 * - the set follows mach_ports_register, on the caller's task and on
 *   another's;
 * - the caller receives a send right to each registered port (one user
 *   reference more per lookup) and none for the null slots;
 * - the array lies in the caller's address space (vm_region finds it)
 *   and is freed with vm_deallocate;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <mach/mach_param.h>

#include "conformance.h"

struct set {
	mach_port_array_t ports;
	mach_msg_type_number_t n;
};

static void
lookup(mach_port_t task, struct set *s)
{
	s->ports = NULL;
	s->n = 0xdead;
	CK_KR(mach_ports_lookup(task, &s->ports, &s->n));
	ck_assert_uint_eq(s->n, TASK_PORT_REGISTER_MAX);
}

static void
set_free(struct set *s)
{
	for (mach_msg_type_number_t i = 0; i < s->n; i++)
		if (MACH_PORT_VALID(s->ports[i]))
			CK_KR(mach_port_deallocate(mach_task_self(),
			    s->ports[i]));
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)s->ports,
	    s->n * sizeof *s->ports));
}

/* A new task has the name server in slot 0, and nothing else. */
START_TEST(mach_ports_lookup_new_task)
{
	struct set s;
	lookup(mach_task_self(), &s);
	ck_assert(MACH_PORT_VALID(name_server_port));
	ck_assert_uint_eq(s.ports[0], name_server_port);
	for (int i = 1; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_uint_eq(s.ports[i], MACH_PORT_NULL);
	set_free(&s);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	lookup(child, &s);
	ck_assert_uint_eq(s.ports[0], name_server_port);
	for (int i = 1; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_uint_eq(s.ports[i], MACH_PORT_NULL);
	set_free(&s);
	CK_KR(task_terminate(child));
}
END_TEST

/* The set follows mach_ports_register, ours and another task's. */
START_TEST(mach_ports_lookup_follows_register)
{
	mach_port_t p[3] = { new_send_receive(), MACH_PORT_NULL,
	    new_send_receive() };
	CK_KR(mach_ports_register(mach_task_self(), p, 3));
	struct set s;
	lookup(mach_task_self(), &s);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_uint_eq(s.ports[i], i < 3 ? p[i] : MACH_PORT_NULL);
	set_free(&s);
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	mach_port_t q = new_send_receive();
	CK_KR(mach_ports_register(child, &q, 1));
	lookup(child, &s);
	ck_assert_uint_eq(s.ports[0], q);
	for (int i = 1; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_uint_eq(s.ports[i], MACH_PORT_NULL);
	set_free(&s);
	lookup(mach_task_self(), &s);
	ck_assert_uint_eq(s.ports[0], p[0]);
	set_free(&s);
	CK_KR(task_terminate(child));
}
END_TEST

/* A send right per registered port, per lookup; the array is ours. */
START_TEST(mach_ports_lookup_send_rights)
{
	mach_port_t p[2] = { new_send_receive(), new_send_receive() };
	CK_KR(mach_ports_register(mach_task_self(), p, 2));
	ck_assert_uint_eq(send_refs(p[0]), 1);
	struct set a, b;
	lookup(mach_task_self(), &a);
	ck_assert_uint_eq(send_refs(p[0]), 2);
	ck_assert_uint_eq(send_refs(p[1]), 2);
	lookup(mach_task_self(), &b);
	ck_assert_uint_eq(send_refs(p[0]), 3);
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), a.ports[1], &t));
	ck_assert(t & MACH_PORT_TYPE_SEND);
	struct region r;
	CK_KR(region_at(mach_task_self(), (vm_address_t)a.ports, &r));
	ck_assert_uint_le(r.addr, (vm_address_t)a.ports);
	ck_assert_uint_ge(r.addr + r.size, (vm_address_t)(a.ports + a.n));
	set_free(&a);
	set_free(&b);
	ck_assert_uint_eq(send_refs(p[0]), 1);
	ck_assert_uint_eq(send_refs(p[1]), 1);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(mach_ports_lookup_invalid_task)
{
	mach_port_t child = dead_task();
	mach_port_array_t ports;
	mach_msg_type_number_t n;
	CK_KR_EQ(mach_ports_lookup(child, &ports, &n), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(mach_ports_lookup(mach_host_self(), &ports, &n),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(mach_ports_lookup)
{
	Suite *s = suite_create("mach_ports_lookup");
	TCase *tc = conformance_tcase("mach_ports_lookup");
	tcase_add_test(tc, mach_ports_lookup_new_task);
	tcase_add_test(tc, mach_ports_lookup_follows_register);
	tcase_add_test(tc, mach_ports_lookup_send_rights);
	tcase_add_test(tc, mach_ports_lookup_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
