/*
 * Conformance: mach_ports_register (osfmk-man/mach_ports_register.html).
 * "The mach_ports_register function registers an array of well-known
 * system ports for the specified task.  The task holds only send rights
 * for the registered ports ... A task can retrieve the currently
 * registered ports by using the mach_ports_lookup function."  NOTES:
 * "When a new task is created (with task_create), the child task can
 * inherit the parent's registered ports ... After creating its child
 * tasks, the parent can use mach_ports_register again to reset its
 * registered ports ... The parent must specify the child's task port,
 * rather than its own" to change a child's.  GNU Mach's limit is
 * TASK_PORT_REGISTER_MAX (4) slots; it has no MACH_PORTS_SLOTS_USED or
 * NAME_SERVER_SLOT constants, and mach_ports_lookup returns all four
 * slots.  Checked here:
 * - the ports registered are those mach_ports_lookup returns, slot by
 *   slot, the rest MACH_PORT_NULL; registering fewer, or none, clears the
 *   other slots; up to TASK_PORT_REGISTER_MAX ports;
 * - the caller's rights are copied, not moved, and the task holds send
 *   rights of its own: a port keeps a sender after the caller drops its
 *   rights, and loses it (no-senders notification) when registered
 *   ports are replaced;
 * - on another task's port (a task made by task_create), that task's
 *   set changes and the caller's does not;
 * - task_create children inherit the set registered when they are made,
 *   and keep it when the parent registers another; a forked process (a
 *   new task) inherits the set of its parent's task too;
 * - more than TASK_PORT_REGISTER_MAX ports give KERN_INVALID_ARGUMENT
 *   (GNU Mach's code; the page says "the kernel accepts only a limited
 *   number of ports" and names none), with the set unchanged;
 * - a name that denotes no send right fails in the send of the request,
 *   MACH_SEND_INVALID_RIGHT, with the set unchanged;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/mach_param.h>
#include <mach/notify.h>

#include "conformance.h"

/* Assert that TASK's registered ports are WANT[0..N), then nulls. */
static void
check_registered(mach_port_t task, const mach_port_t *want, int n)
{
	mach_port_array_t ports = NULL;
	mach_msg_type_number_t count = 0;
	CK_KR(mach_ports_lookup(task, &ports, &count));
	ck_assert_uint_eq(count, TASK_PORT_REGISTER_MAX);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++) {
		ck_assert_msg(ports[i] == (i < n ? want[i] : MACH_PORT_NULL),
		    "slot %d: 0x%x", i, ports[i]);
		if (MACH_PORT_VALID(ports[i]))
			CK_KR(mach_port_deallocate(mach_task_self(), ports[i]));
	}
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)ports,
	    count * sizeof *ports));
}

/* What is registered is what mach_ports_lookup returns. */
START_TEST(mach_ports_register_lookup)
{
	mach_port_t p[TASK_PORT_REGISTER_MAX];
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		p[i] = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), p, 2));
	check_registered(mach_task_self(), p, 2);
	CK_KR(mach_ports_register(mach_task_self(), p, TASK_PORT_REGISTER_MAX));
	check_registered(mach_task_self(), p, TASK_PORT_REGISTER_MAX);
	mach_port_t mixed[3] = { MACH_PORT_NULL, p[3], MACH_PORT_NULL };
	CK_KR(mach_ports_register(mach_task_self(), mixed, 3));
	check_registered(mach_task_self(), mixed, 3);
	CK_KR(mach_ports_register(mach_task_self(), p, 1));
	check_registered(mach_task_self(), p, 1);
	CK_KR(mach_ports_register(mach_task_self(), NULL, 0));
	check_registered(mach_task_self(), NULL, 0);
}
END_TEST

/* Rights are copied; the task holds its own send rights. */
START_TEST(mach_ports_register_send_rights)
{
	mach_port_t p = new_send_receive();
	ck_assert_uint_eq(send_refs(p), 1);
	CK_KR(mach_ports_register(mach_task_self(), &p, 1));
	ck_assert_uint_eq(send_refs(p), 1);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &st));
	ck_assert(st.mps_srights);
	mach_port_t notify = new_receive(), previous;
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	mach_port_t q = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), &q, 1));
	struct {
		mach_msg_header_t head;
		char body[128];
	} m;
	memset(&m, 0, sizeof m);
	CK_KR(mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof m,
	    notify, 5000, MACH_PORT_NULL));
	ck_assert_int_eq(m.head.msgh_id, MACH_NOTIFY_NO_SENDERS);
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &st));
	ck_assert(!st.mps_srights);
}
END_TEST

/* On another task's port: that task's set. */
START_TEST(mach_ports_register_other_task)
{
	mach_port_t mine = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), &mine, 1));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	mach_port_t theirs[2] = { new_send_receive(), new_send_receive() };
	CK_KR(mach_ports_register(child, theirs, 2));
	check_registered(child, theirs, 2);
	check_registered(mach_task_self(), &mine, 1);
	CK_KR(task_terminate(child));
}
END_TEST

/* task_create children get the set of the moment, and keep it. */
START_TEST(mach_ports_register_inherited)
{
	mach_port_t first[2] = { new_send_receive(), new_send_receive() };
	CK_KR(mach_ports_register(mach_task_self(), first, 2));
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	check_registered(child, first, 2);
	mach_port_t second = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), &second, 1));
	check_registered(child, first, 2);
	mach_port_t child2;
	CK_KR(task_create(mach_task_self(), FALSE, &child2));
	check_registered(child2, &second, 1);
	mach_port_t grandchild;
	CK_KR(task_create(child, FALSE, &grandchild));
	check_registered(grandchild, first, 2);
	CK_KR(task_terminate(grandchild));
	CK_KR(task_terminate(child));
	CK_KR(task_terminate(child2));
}
END_TEST

#pragma pack(push, 4)
struct ports_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t ports[TASK_PORT_REGISTER_MAX];
};
#pragma pack(pop)

/* A forked process, a new task, inherits the set of its parent's task:
 * it sends back, to slot 0, the four ports it looked up. */
START_TEST(mach_ports_register_inherited_by_fork)
{
	mach_port_t set[3] = { new_send_receive(), MACH_PORT_NULL,
	    new_send_receive() };
	CK_KR(mach_ports_register(mach_task_self(), set, 3));
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		struct ports_msg m;
		if (mach_ports_lookup(mach_task_self(), &ports, &n) !=
		    KERN_SUCCESS || n != TASK_PORT_REGISTER_MAX)
			_exit(1);
		memset(&m, 0, sizeof m);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_remote_port = ports[0];
		m.type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
		m.type.msgt_size = 32;
		m.type.msgt_number = TASK_PORT_REGISTER_MAX;
		m.type.msgt_inline = TRUE;
		memcpy(m.ports, ports, sizeof m.ports);
		if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL) != MACH_MSG_SUCCESS)
			_exit(2);
		_exit(0);
	}
	struct {
		struct ports_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    set[0], 10000, MACH_PORT_NULL));
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_uint_eq(r.m.type.msgt_number, TASK_PORT_REGISTER_MAX);
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++)
		ck_assert_msg(r.m.ports[i] == (i < 3 ? set[i] : MACH_PORT_NULL),
		    "slot %d: 0x%x", i, r.m.ports[i]);
}
END_TEST

/* More than the limit: refused, nothing changed. */
START_TEST(mach_ports_register_too_many)
{
	mach_port_t p[TASK_PORT_REGISTER_MAX + 2];
	for (int i = 0; i < TASK_PORT_REGISTER_MAX + 2; i++)
		p[i] = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), p, 1));
	CK_KR_EQ(mach_ports_register(mach_task_self(), p + 1,
	    TASK_PORT_REGISTER_MAX + 1), KERN_INVALID_ARGUMENT);
	check_registered(mach_task_self(), p, 1);
	for (int i = 1; i < TASK_PORT_REGISTER_MAX + 2; i++)
		ck_assert_uint_eq(send_refs(p[i]), 1);
}
END_TEST

/* A name that is no send right: the request cannot be sent. */
START_TEST(mach_ports_register_invalid_right)
{
	mach_port_t p = new_send_receive();
	CK_KR(mach_ports_register(mach_task_self(), &p, 1));
	mach_port_t bad[2] = { new_send_receive(), 0x7a000017 };
	CK_KR_EQ(mach_ports_register(mach_task_self(), bad, 2),
	    MACH_SEND_INVALID_RIGHT);
	check_registered(mach_task_self(), &p, 1);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(mach_ports_register_invalid_task)
{
	mach_port_t child = dead_task();
	mach_port_t p = new_send_receive();
	CK_KR_EQ(mach_ports_register(child, &p, 1), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(mach_ports_register(mach_host_self(), &p, 1),
	    KERN_INVALID_TASK);
	ck_assert_uint_eq(send_refs(p), 1);
}
END_TEST

CONFORMANCE_PAGE(mach_ports_register)
{
	Suite *s = suite_create("mach_ports_register");
	TCase *tc = conformance_tcase("mach_ports_register");
	tcase_add_test(tc, mach_ports_register_lookup);
	tcase_add_test(tc, mach_ports_register_send_rights);
	tcase_add_test(tc, mach_ports_register_other_task);
	tcase_add_test(tc, mach_ports_register_inherited);
	tcase_add_test(tc, mach_ports_register_inherited_by_fork);
	tcase_add_test(tc, mach_ports_register_too_many);
	tcase_add_test(tc, mach_ports_register_invalid_right);
	tcase_add_test(tc, mach_ports_register_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
