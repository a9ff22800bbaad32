/*
 * check_ipc_stress: rights moving between many real processes and
 * threads at once.  A chain of three tasks passes send and receive rights
 * along; then several processes with several threads each exchange
 * thousands of rights with a hub.  Each test ends by stopping machd, which
 * exits non-zero if any port, port set, message or memory object leaked
 * (its shutdown check), and by checking that the hub's own space holds
 * exactly the names it held before.
 */
#include <check.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>

#include "harness.h"

#define KR(call) ck_assert_msg((call) == KERN_SUCCESS, "%s: %s", #call, \
	mach_error_string(call))

#pragma pack(push, 4)
/* A message carrying one right. */
struct right_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t port;
	mach_msg_type_t int_type;
	int value;
};
#pragma pack(pop)

static void
setup(void)
{
	alarm(60);
	harness_machd_start(NULL);
	(void)mach_task_self();		/* this process is a task now */
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
	alarm(0);
}

/* Send to DEST (with DEST_DISP) a message carrying NAME with DISP, and
 * VALUE. */
static mach_msg_return_t
send_right_via(mach_port_t dest, mach_msg_type_name_t dest_disp,
    mach_port_t name, mach_msg_type_name_t disp, int value)
{
	struct right_msg m;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(dest_disp, 0) | MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = dest;
	m.head.msgh_id = 500;
	m.type.msgt_name = disp;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = name;
	m.int_type.msgt_name = MACH_MSG_TYPE_INTEGER_32;
	m.int_type.msgt_size = 32;
	m.int_type.msgt_number = 1;
	m.int_type.msgt_inline = TRUE;
	m.value = value;
	return mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

static mach_msg_return_t
send_right(mach_port_t dest, mach_port_t name, mach_msg_type_name_t disp,
    int value)
{
	return send_right_via(dest, MACH_MSG_TYPE_COPY_SEND, name, disp, value);
}

static mach_msg_return_t
recv_right(mach_port_t from, struct right_msg *m)
{
	return mach_msg(&m->head, MACH_RCV_MSG, 0, sizeof *m, from,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

/* The sorted names of this task's space. */
static mach_msg_type_number_t
names_now(mach_port_name_t *out, mach_msg_type_number_t max)
{
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t n, nt;
	KR(mach_port_names(mach_task_self(), &names, &n, &types, &nt));
	ck_assert_uint_le(n, max);
	for (unsigned i = 0; i < n; i++) {
		unsigned j = i;
		while (j > 0 && out[j - 1] > names[i]) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = names[i];
	}
	vm_deallocate(mach_task_self(), (vm_address_t)names, n * sizeof *names);
	vm_deallocate(mach_task_self(), (vm_address_t)types, nt * sizeof *types);
	return n;
}

/* Fork a task that runs FN(hub) and exits with its result; the child
 * finds HUB as its first registered port. */
static pid_t
spawn(int (*fn)(mach_port_t hub, int arg), int arg)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		if (mach_ports_lookup(mach_task_self(), &ports, &n) != KERN_SUCCESS)
			_exit(90);
		_exit(fn(ports[0], arg));
	}
	return pid;
}

static void
register_hub(mach_port_t hub)
{
	KR(mach_port_insert_right(mach_task_self(), hub, hub,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_ports_register(mach_task_self(), &hub, 1));
	KR(mach_port_deallocate(mach_task_self(), hub));
}

static void
reap(pid_t pid)
{
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "child %d: status 0x%x", (int)pid, status);
}

/* --- A chain of three tasks ------------------------------------------ */

/*
 * B and C each give the hub a send right to a port of theirs.  A (the
 * test) hands B a send right to A's port P and the receive right of a
 * port Q; B moves both on to C; C sends to P through its copy, and
 * receives on Q what A sends there.
 */
static int
chain_member(mach_port_t hub, int role)
{
	mach_port_t mine;
	struct right_msg m;
	if (mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &mine) != KERN_SUCCESS ||
	    send_right(hub, mine, MACH_MSG_TYPE_MAKE_SEND, role) != MACH_MSG_SUCCESS)
		return 1;
	if (role == 'B') {
		/* Get C's port, then P and Q from A; move them to C. */
		mach_port_t c, p, q;
		if (recv_right(mine, &m) != MACH_MSG_SUCCESS)
			return 2;
		c = m.port;
		if (recv_right(mine, &m) != MACH_MSG_SUCCESS)
			return 3;
		p = m.port;
		if (recv_right(mine, &m) != MACH_MSG_SUCCESS ||
		    m.type.msgt_name != MACH_MSG_TYPE_PORT_RECEIVE)
			return 4;
		q = m.port;
		if (send_right(c, p, MACH_MSG_TYPE_MOVE_SEND, 1) != MACH_MSG_SUCCESS ||
		    send_right(c, q, MACH_MSG_TYPE_MOVE_RECEIVE, 2) != MACH_MSG_SUCCESS)
			return 5;
		mach_port_type_t t;
		if (mach_port_type(mach_task_self(), q, &t) != KERN_INVALID_NAME)
			return 6;	/* the receive right left B */
		/* Wait for the end. */
		return recv_right(mine, &m) == MACH_MSG_SUCCESS ? 0 : 7;
	}
	/* C: receive P and Q from B; use P; serve Q once. */
	mach_port_t p, q;
	if (recv_right(mine, &m) != MACH_MSG_SUCCESS || m.value != 1)
		return 12;
	p = m.port;
	if (recv_right(mine, &m) != MACH_MSG_SUCCESS || m.value != 2)
		return 13;
	q = m.port;
	if (send_right(p, q, MACH_MSG_TYPE_MAKE_SEND, 3) != MACH_MSG_SUCCESS)
		return 14;
	if (recv_right(q, &m) != MACH_MSG_SUCCESS || m.value != 4)
		return 15;
	return recv_right(mine, &m) == MACH_MSG_SUCCESS ? 0 : 16;
}

START_TEST(ipc_stress_chain_of_three)
{
	mach_port_name_t before[64], after[64];
	mach_port_t hub, p, q;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &hub));
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &q));
	KR(mach_port_insert_right(mach_task_self(), q, q, MACH_MSG_TYPE_MAKE_SEND));
	register_hub(hub);
	mach_msg_type_number_t nbefore = names_now(before, 64);

	pid_t b = spawn(chain_member, 'B'), c = spawn(chain_member, 'C');
	mach_port_t to[2] = { 0, 0 };
	struct right_msg m;
	for (int i = 0; i < 2; i++) {
		KR(recv_right(hub, &m));
		to[m.value == 'C'] = m.port;
	}
	/* B learns C, P (a send right) and Q (the receive right). */
	KR(send_right(to[0], to[1], MACH_MSG_TYPE_COPY_SEND, 0));
	KR(send_right(to[0], p, MACH_MSG_TYPE_MAKE_SEND, 0));
	KR(send_right(to[0], q, MACH_MSG_TYPE_MOVE_RECEIVE, 0));
	mach_port_type_t t;
	KR(mach_port_type(mach_task_self(), q, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_SEND);
	/* C speaks through P, handing back a right to Q, now its own. */
	KR(recv_right(p, &m));
	ck_assert_int_eq(m.value, 3);
	ck_assert_uint_eq(m.port, q);	/* merged into A's send right */
	KR(send_right(q, MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND, 4));
	/* Tell both to finish. */
	KR(send_right(to[0], MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND, 9));
	KR(send_right(to[1], MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND, 9));
	reap(b);
	reap(c);
	/* C's death killed Q: A's rights to it and to B's and C's ports are
	 * dead names now; drop them, and A's space is as it was. */
	for (int i = 0; i < 2; i++)
		KR(mach_port_destroy(mach_task_self(), to[i]));
	KR(mach_port_type(mach_task_self(), q, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_DEAD_NAME);
	KR(mach_port_destroy(mach_task_self(), q));
	mach_msg_type_number_t nafter = names_now(after, 64);
	ck_assert_uint_eq(nafter, nbefore - 1);	/* Q is gone */
}
END_TEST

/* --- Many processes and threads -------------------------------------- */

enum { STRESS_PROCS = 4, STRESS_THREADS = 4, STRESS_ROUNDS = 150 };

struct stress_thread {
	mach_port_t hub;
	int id;
	int failures;
};

/*
 * One thread of a child: each round makes a port, gives the hub a
 * make-send right to it together with a send-once right, gets the hub's
 * answer on it, and destroys it.
 */
static void *
stress_thread_main(void *arg)
{
	struct stress_thread *t = arg;
	for (int r = 0; r < STRESS_ROUNDS; r++) {
		mach_port_t port;
		struct right_msg m;
		if (mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
		    &port) != KERN_SUCCESS) {
			t->failures++;
			continue;
		}
		int value = t->id * 100000 + r;
		if (send_right(t->hub, port, r % 2 ? MACH_MSG_TYPE_MAKE_SEND :
		    MACH_MSG_TYPE_MAKE_SEND_ONCE, value) != MACH_MSG_SUCCESS ||
		    recv_right(port, &m) != MACH_MSG_SUCCESS || m.value != value)
			t->failures++;
		if (mach_port_destroy(mach_task_self(), port) != KERN_SUCCESS)
			t->failures++;
	}
	return NULL;
}

static int
stress_child(mach_port_t hub, int proc)
{
	pthread_t th[STRESS_THREADS];
	struct stress_thread ts[STRESS_THREADS];
	for (int i = 0; i < STRESS_THREADS; i++) {
		ts[i] = (struct stress_thread){ hub, proc * STRESS_THREADS + i, 0 };
		if (pthread_create(&th[i], NULL, stress_thread_main, &ts[i]) != 0)
			return 1;
	}
	int failures = 0;
	for (int i = 0; i < STRESS_THREADS; i++) {
		pthread_join(th[i], NULL);
		failures += ts[i].failures;
	}
	return failures == 0 ? 0 : 2;
}

START_TEST(ipc_stress_many_tasks_and_threads)
{
	mach_port_name_t before[64], after[64];
	mach_port_t hub;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &hub));
	KR(mach_port_set_qlimit(mach_task_self(), hub, MACH_PORT_QLIMIT_MAX));
	register_hub(hub);
	mach_msg_type_number_t nbefore = names_now(before, 64);

	pid_t kids[STRESS_PROCS];
	for (int i = 0; i < STRESS_PROCS; i++)
		kids[i] = spawn(stress_child, i);
	/* Answer every round through the right it brought, then let it go. */
	int total = STRESS_PROCS * STRESS_THREADS * STRESS_ROUNDS;
	for (int n = 0; n < total; n++) {
		struct right_msg m;
		KR(recv_right(hub, &m));
		mach_msg_type_name_t got = m.type.msgt_name;
		ck_assert(got == MACH_MSG_TYPE_PORT_SEND ||
		    got == MACH_MSG_TYPE_PORT_SEND_ONCE);
		if (got == MACH_MSG_TYPE_PORT_SEND) {
			KR(send_right(m.port, MACH_PORT_NULL,
			    MACH_MSG_TYPE_COPY_SEND, m.value));
			KR(mach_port_deallocate(mach_task_self(), m.port));
		} else {	/* the answer uses the send-once right up */
			KR(send_right_via(m.port, MACH_MSG_TYPE_MOVE_SEND_ONCE,
			    MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND, m.value));
		}
	}
	for (int i = 0; i < STRESS_PROCS; i++)
		reap(kids[i]);
	/* Every right the hub got is gone again; and no message is left. */
	mach_msg_type_number_t nafter = names_now(after, 64);
	ck_assert_uint_eq(nafter, nbefore);
	ck_assert_mem_eq(after, before, nbefore * sizeof *before);
	mach_port_status_t st;
	KR(mach_port_get_receive_status(mach_task_self(), hub, &st));
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert_uint_eq(st.mps_seqno, (unsigned)total);
}
END_TEST

static Suite *
ipc_stress_suite(void)
{
	Suite *s = suite_create("ipc_stress");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, ipc_stress_chain_of_three);
	tcase_add_test(tc, ipc_stress_many_tasks_and_threads);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(ipc_stress_suite());
}
