/*
 * check_rpc: two-process RPCs over every routine of defs/test.defs,
 * through the MIG user stubs (gen/testUser.c) in this process and the MIG
 * server stubs (gen/testServer.c, served by tests/rpc_server.c) in a
 * forked child, with a real machd between them.  What is checked is the
 * behaviour of the MIG runtime and of mach_msg that
 * shared/reference/mig-runtime.md describes (sections 3 and 5), not a man
 * page: inline scalars, arrays and strings arrive and come back intact;
 * out-of-line data is copied, and a region sent with dealloc leaves the
 * sender; each port disposition has its documented effect on the
 * sender's space and gives the receiver the right it promises; data_t
 * goes inline or out-of-line as its size decides; a simpleroutine
 * arrives without a reply; an RPC to a dead server fails instead of
 * hanging (MACH_SEND_INVALID_DEST or MIG_SERVER_DIED).
 *
 * The fixture starts machd and then the server (rpc_server_spawn: it
 * allocates a rendezvous port, registers a send right to it with
 * mach_ports_register and forks the server, which inherits the
 * registered ports as a new task and sends back a send right to its
 * service port and a copy of its task port).  With the task
 * port the tests look into the server's space, to check that it kept no
 * right it gave up (mach_port_names) and no memory it freed (task_info).
 * Every test runs under alarm(), so a call that hangs fails the test;
 * Check then kills the process group (machd and the server included).
 * Teardown checks that the server is still alive (it did not crash),
 * kills it, checks for leaked file descriptors and stops machd, which
 * must exit 0.
 */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/notify.h>
#include <mach/task_info.h>

#include "harness.h"
#include "rpc_server.h"
#include "test.h"

#define RPC_ALARM	10	/* seconds a test may take */
#define RPC_MSG_ID	4321	/* messages the tests send themselves */

/* A receive buffer for small messages and notifications. */
union rpc_buf {
	mach_msg_header_t head;
	char bytes[1024];
};

static pid_t server_pid;		/* 0 once a test has reaped it */
static mach_port_t svc;			/* the service port (send) */
static mach_port_t server_task;		/* the server's task (send) */
static int fds_before;

#define KR(expr)	do {						\
	kern_return_t kr_ = (expr);					\
	ck_assert_msg(kr_ == KERN_SUCCESS, "%s: %s (%#x)", #expr,	\
	    mach_error_string(kr_), (unsigned)kr_);			\
} while (0)

/* A hung call ends the test; Check kills what is left of its group. */
static void
on_alarm(int sig)
{
	static const char msg[] = "check_rpc: a call did not return in time\n";

	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
		/* Nothing more to say. */
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Start machd and the server, and check the server's hello. */
static void
setup(void)
{
	struct rpc_hello hello;

	signal(SIGALRM, on_alarm);
	alarm(RPC_ALARM);
	harness_machd_start(NULL);
	ck_assert(MACH_PORT_VALID(mach_task_self()));

	KR(rpc_server_spawn(&server_pid, &hello));
	ck_assert_int_gt(server_pid, 0);
	ck_assert_int_eq(hello.head.msgh_id, RPC_HELLO_ID);
	ck_assert_uint_eq(hello.head.msgh_size, sizeof hello);
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(hello.head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(hello.task_type.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	svc = hello.head.msgh_remote_port;
	server_task = hello.task;
	ck_assert(MACH_PORT_VALID(svc));
	ck_assert(MACH_PORT_VALID(server_task));
	fds_before = harness_open_fds();
}

/* Check that the server is alive, stop it and machd, count descriptors. */
static void
teardown(void)
{
	int fds = harness_open_fds();
	int alive = 1, status = 0, rc;

	if (server_pid > 0) {
		alive = waitpid(server_pid, &status, WNOHANG) == 0;
		if (alive) {
			kill(server_pid, SIGKILL);
			waitpid(server_pid, NULL, 0);
		}
		server_pid = 0;
	}
	rc = harness_machd_stop();
	alarm(0);
	ck_assert_msg(alive, "the server ended early (wait status %#x)",
	    status);
	ck_assert_int_eq(fds, fds_before);
	ck_assert_int_eq(rc, 0);
}

/* --- Helpers ---------------------------------------------------------- */

static mach_port_t
new_receive(void)
{
	mach_port_t p;

	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	return p;
}

/* A receive right with one send right under the same name. */
static mach_port_t
new_port_with_send(void)
{
	mach_port_t p = new_receive();

	KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	return p;
}

static kern_return_t
type_kr(mach_port_t name, mach_port_type_t *type)
{
	*type = 0;
	return mach_port_type(mach_task_self(), name, type);
}

static mach_port_type_t
type_of(mach_port_t name)
{
	mach_port_type_t t;

	KR(type_kr(name, &t));
	return t;
}

static mach_port_urefs_t
send_refs(mach_port_t name)
{
	mach_port_urefs_t n = 0;

	KR(mach_port_get_refs(mach_task_self(), name, MACH_PORT_RIGHT_SEND,
	    &n));
	return n;
}

/*
 * A send-once right to RCV (whose receive right we hold), under a name
 * of its own: it comes in the reply slot of a message to ourselves.
 */
static mach_port_t
send_once_to(mach_port_t rcv)
{
	mach_port_t tmp = new_receive();
	union rpc_buf m;
	mach_msg_return_t mr;

	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE);
	m.head.msgh_size = sizeof m.head;
	m.head.msgh_remote_port = tmp;
	m.head.msgh_local_port = rcv;
	m.head.msgh_id = RPC_MSG_ID;
	mr = mach_msg(&m.head, MACH_SEND_MSG | MACH_RCV_MSG | MACH_RCV_TIMEOUT,
	    sizeof m.head, sizeof m, tmp, 0, MACH_PORT_NULL);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(m.head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	KR(mach_port_destroy(mach_task_self(), tmp));
	ck_assert_uint_eq(type_of(m.head.msgh_remote_port),
	    MACH_PORT_TYPE_SEND_ONCE);
	return m.head.msgh_remote_port;
}

/* Receive what is queued on PORT now, without waiting. */
static mach_msg_return_t
recv_now(mach_port_t port, union rpc_buf *m)
{
	memset(m, 0, sizeof *m);
	return mach_msg(&m->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof *m, port, 0, MACH_PORT_NULL);
}

/* Send a bodiless message with id ID to PORT, using disposition DISP. */
static void
send_plain(mach_port_t port, mach_msg_type_name_t disp, mach_msg_id_t id)
{
	mach_msg_header_t h;
	mach_msg_return_t mr;

	memset(&h, 0, sizeof h);
	h.msgh_bits = MACH_MSGH_BITS(disp, 0);
	h.msgh_size = sizeof h;
	h.msgh_remote_port = port;
	h.msgh_id = id;
	mr = mach_msg(&h, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof h, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
}

/* The names in the server's space and their types, sorted by name. */
struct name_list {
	mach_msg_type_number_t n;
	mach_port_t names[64];
	mach_port_type_t types[64];
};

static void
server_names(struct name_list *l)
{
	mach_port_array_t names = NULL;
	mach_port_type_array_t types = NULL;
	mach_msg_type_number_t nn = 0, nt = 0;

	KR(mach_port_names(server_task, &names, &nn, &types, &nt));
	ck_assert_uint_eq(nn, nt);
	ck_assert_uint_le(nn, 64);
	l->n = nn;
	for (mach_msg_type_number_t i = 0; i < nn; i++) {
		/* Insertion sort: the kernel promises no order. */
		mach_msg_type_number_t j = i;
		while (j > 0 && l->names[j - 1] > names[i]) {
			l->names[j] = l->names[j - 1];
			l->types[j] = l->types[j - 1];
			j--;
		}
		l->names[j] = names[i];
		l->types[j] = types[i];
	}
	KR(vm_deallocate(mach_task_self(), (vm_address_t)names,
	    nn * sizeof *names));
	KR(vm_deallocate(mach_task_self(), (vm_address_t)types,
	    nt * sizeof *types));
}

static void
assert_same_names(const struct name_list *a, const struct name_list *b)
{
	ck_assert_uint_eq(a->n, b->n);
	for (mach_msg_type_number_t i = 0; i < a->n; i++) {
		ck_assert_uint_eq(a->names[i], b->names[i]);
		ck_assert_uint_eq(a->types[i], b->types[i]);
	}
}

static vm_size_t
vsize_of(mach_port_t task)
{
	struct task_basic_info info;
	mach_msg_type_number_t cnt = TASK_BASIC_INFO_COUNT;

	KR(task_info(task, TASK_BASIC_INFO, (task_info_t)&info, &cnt));
	return info.virtual_size;
}

/*
 * How many pages of [ADDR, ADDR+SIZE) this process can read: the kernel
 * copies one byte of each into a pipe, which fails with EFAULT on a page
 * that is not mapped readable.
 */
static size_t
readable_pages(vm_address_t addr, vm_size_t size)
{
	vm_address_t a = trunc_page(addr), end = round_page(addr + size);
	size_t n = 0;
	int p[2];
	char c;

	ck_assert_int_eq(pipe(p), 0);
	for (; a < end; a += vm_page_size) {
		ssize_t w = write(p[1], (const void *)a, 1);
		if (w == 1) {
			n++;
			ck_assert_int_eq(read(p[0], &c, 1), 1);
		} else {
			ck_assert_int_eq(errno, EFAULT);
		}
	}
	close(p[0]);
	close(p[1]);
	return n;
}

static kern_return_t
inline_call(mach_port_t port, int a, test_int64_t b, const char *name,
    test_int64_t *sum)
{
	test_fixed_t fixed = { 1, 2, 3, 4 }, rfixed;
	int var[1] = { 1 }, rvar[16];
	mach_msg_type_number_t rvarCnt = 16;
	char rname[128];

	return test_inline(port, a, b, fixed, var, 1, name, "", sum, rfixed,
	    rvar, &rvarCnt, rname);
}

/* --- test_inline and test_oneway ------------------------------------ */

START_TEST(rpc_inline_roundtrip)
{
	test_fixed_t fixed = { 1, 2, 3, 4 }, rfixed = { 0 };
	int var[5] = { 1, 2, 3, 4, 5 }, rvar[16] = { 0 };
	mach_msg_type_number_t rvarCnt = 16;
	char rname[128] = "";
	test_int64_t sum = 0;

	KR(test_inline(svc, 5, (test_int64_t)1 << 40, fixed, var, 5, "world",
	    "!", &sum, rfixed, rvar, &rvarCnt, rname));
	ck_assert(sum == ((test_int64_t)1 << 40) + 5);
	ck_assert_int_eq(rfixed[0], 4);
	ck_assert_int_eq(rfixed[1], 3);
	ck_assert_int_eq(rfixed[2], 2);
	ck_assert_int_eq(rfixed[3], 1);
	ck_assert_uint_eq(rvarCnt, 5);
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(rvar[i], 2 * (i + 1));
	ck_assert_str_eq(rname, "hello, world!");
	/* The inputs are untouched. */
	ck_assert_int_eq(fixed[0], 1);
	ck_assert_int_eq(var[4], 5);
}
END_TEST

START_TEST(rpc_inline_limits)
{
	test_fixed_t fixed = { -1, 0, 0x7fffffff, -0x7fffffff - 1 }, rfixed;
	int var[16], rvar[16];
	mach_msg_type_number_t rvarCnt = 16;
	char name[64], rname[128], want[128];
	test_int64_t sum = 0;

	/* The largest var, a full name, an empty vname, negative numbers. */
	for (int i = 0; i < 16; i++)
		var[i] = -100 * i;
	memset(name, 'n', 63);
	name[63] = '\0';
	KR(test_inline(svc, -7, -((test_int64_t)1 << 50), fixed, var, 16,
	    name, "", &sum, rfixed, rvar, &rvarCnt, rname));
	ck_assert(sum == -((test_int64_t)1 << 50) - 7);
	ck_assert_int_eq(rfixed[0], -0x7fffffff - 1);
	ck_assert_int_eq(rfixed[1], 0x7fffffff);
	ck_assert_int_eq(rfixed[2], 0);
	ck_assert_int_eq(rfixed[3], -1);
	ck_assert_uint_eq(rvarCnt, 16);
	for (int i = 0; i < 16; i++)
		ck_assert_int_eq(rvar[i], -200 * i);
	snprintf(want, sizeof want, "hello, %s", name);
	ck_assert_str_eq(rname, want);

	/* An empty var comes back empty. */
	rvarCnt = 16;
	KR(test_inline(svc, 1, 2, fixed, var, 0, "x", "yz", &sum, rfixed,
	    rvar, &rvarCnt, rname));
	ck_assert_uint_eq(rvarCnt, 0);
	ck_assert(sum == 3);
	ck_assert_str_eq(rname, "hello, xyz");
}
END_TEST

START_TEST(rpc_oneway_reported)
{
	test_int64_t sum = 0;

	/* No reply: the values show up in the next test_inline's sum. */
	KR(test_oneway(svc, 1000));
	KR(test_oneway(svc, 20));
	KR(inline_call(svc, 1, 2, "a", &sum));
	ck_assert(sum == 1023);
	KR(inline_call(svc, 1, 2, "a", &sum));
	ck_assert(sum == 3);
}
END_TEST

/* --- test_ool ------------------------------------------------------- */

START_TEST(rpc_ool_roundtrip)
{
	mach_port_t task = mach_task_self();
	const mach_msg_type_number_t nblob = 5000, nmoved = 3000;
	vm_address_t blob = 0, moved = 0, e;
	test_ool_t echo = NULL;
	mach_msg_type_number_t echoCnt = 0;
	unsigned char want[8000];
	vm_size_t self0, server0;
	int total = -1, want_total = 0;

	KR(vm_allocate(task, &blob, 2 * vm_page_size, TRUE));
	KR(vm_allocate(task, &moved, vm_page_size, TRUE));
	for (unsigned i = 0; i < nblob; i++)
		want[i] = ((unsigned char *)blob)[i] =
		    (unsigned char)(i * 7 + 1);
	for (unsigned i = 0; i < nmoved; i++)
		want[nblob + i] = ((unsigned char *)moved)[i] =
		    (unsigned char)(255 - i * 3);
	for (unsigned i = 0; i < nblob + nmoved; i++)
		want_total += want[i];
	self0 = vsize_of(task);
	server0 = vsize_of(server_task);

	KR(test_ool(svc, (test_ool_t)blob, nblob, (test_ool_t)moved, nmoved,
	    &echo, &echoCnt, &total));
	ck_assert_int_eq(total, want_total);
	ck_assert_uint_eq(echoCnt, nblob + nmoved);
	ck_assert_ptr_nonnull(echo);
	ck_assert(memcmp(echo, want, echoCnt) == 0);

	/* blob was copied: still ours and intact.  moved was moved: gone
	 * from the task's map and from the process (unless echo landed
	 * where it was: then it is checked once echo is gone too). */
	ck_assert(memcmp((void *)blob, want, nblob) == 0);
	ck_assert_uint_eq(vsize_of(task),
	    self0 - vm_page_size + round_page(echoCnt));
	e = (vm_address_t)echo;
	if (moved + vm_page_size <= e || e + round_page(echoCnt) <= moved)
		ck_assert_uint_eq(readable_pages(moved, nmoved), 0);
	/* The server freed both in-regions and gave echo away. */
	ck_assert_uint_eq(vsize_of(server_task), server0);

	/* echo is a region of our own. */
	KR(vm_deallocate(task, e, echoCnt));
	ck_assert_uint_eq(readable_pages(e, echoCnt), 0);
	ck_assert_uint_eq(readable_pages(moved, nmoved), 0);
	ck_assert_uint_eq(vsize_of(task), self0 - vm_page_size);
	KR(vm_deallocate(task, blob, 2 * vm_page_size));
}
END_TEST

START_TEST(rpc_ool_empty)
{
	test_ool_t echo = (test_ool_t)1;
	mach_msg_type_number_t echoCnt = 99;
	int total = -1;

	KR(test_ool(svc, NULL, 0, NULL, 0, &echo, &echoCnt, &total));
	ck_assert_int_eq(total, 0);
	ck_assert_uint_eq(echoCnt, 0);
}
END_TEST

/* --- test_ports ----------------------------------------------------- */

START_TEST(rpc_ports_dispositions)
{
	mach_port_t recv = new_port_with_send();	/* MOVE_RECEIVE */
	mach_port_t send = new_port_with_send();	/* MOVE_SEND */
	mach_port_t once = new_receive();
	mach_port_t sonce = send_once_to(once);	/* MOVE_SEND_ONCE */
	mach_port_t copy = new_port_with_send();	/* COPY_SEND */
	mach_port_t make = new_receive();		/* MAKE_SEND */
	mach_port_t makeonce = new_receive();	/* MAKE_SEND_ONCE */
	mach_port_t back = MACH_PORT_NULL;
	struct name_list before, after;
	mach_port_type_t t;
	union rpc_buf m;
	mach_msg_return_t mr;

	ck_assert_uint_eq(send_refs(svc), 1);
	server_names(&before);
	KR(test_ports(svc, recv, send, sonce, copy, make, makeonce, &back));

	/* back: a make-send right to the service port, which we name
	 * already, so it lands on that name as one more reference. */
	ck_assert_uint_eq(back, svc);
	ck_assert_uint_eq(send_refs(svc), 2);
	KR(mach_port_deallocate(mach_task_self(), svc));

	/* Moved away: the receive right (our send right to it then died
	 * with the server's receive right), the send right, the
	 * send-once right.  Kept: the copied send right, the receive
	 * rights of make and makeonce. */
	ck_assert_uint_eq(type_of(recv), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(type_of(send), MACH_PORT_TYPE_RECEIVE);
	ck_assert_int_eq(type_kr(sonce, &t), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_of(copy), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(send_refs(copy), 1);
	ck_assert_uint_eq(type_of(make), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_of(makeonce), MACH_PORT_TYPE_RECEIVE);

	/* The server released its send-once rights unused: each port got
	 * one send-once notification, queued before the reply. */
	mr = recv_now(once, &m);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
	ck_assert_int_eq(m.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	mr = recv_now(makeonce, &m);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
	ck_assert_int_eq(m.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	ck_assert_int_eq(recv_now(once, &m), MACH_RCV_TIMED_OUT);
	ck_assert_int_eq(recv_now(makeonce, &m), MACH_RCV_TIMED_OUT);

	/* ... and kept nothing. */
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

/* --- test_poly ------------------------------------------------------ */

START_TEST(rpc_poly_make_send)
{
	mach_port_t p = new_receive(), rr = MACH_PORT_NULL;
	mach_msg_type_name_t poly = 0;
	struct name_list before, after;

	server_names(&before);
	KR(test_poly(svc, p, MACH_MSG_TYPE_MAKE_SEND, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(rr, p);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(send_refs(p), 1);
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

START_TEST(rpc_poly_copy_and_move_send)
{
	mach_port_t p = new_port_with_send(), rr = MACH_PORT_NULL;
	mach_msg_type_name_t poly = 0;
	struct name_list before, after;

	server_names(&before);
	/* A copy comes back as a second reference. */
	KR(test_poly(svc, p, MACH_MSG_TYPE_COPY_SEND, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(rr, p);
	ck_assert_uint_eq(send_refs(p), 2);

	/* A move leaves and comes back: the count is unchanged. */
	rr = MACH_PORT_NULL;
	KR(test_poly(svc, p, MACH_MSG_TYPE_MOVE_SEND, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(rr, p);
	ck_assert_uint_eq(send_refs(p), 2);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

START_TEST(rpc_poly_make_send_once)
{
	mach_port_t p = new_receive(), rr = MACH_PORT_NULL;
	mach_msg_type_name_t poly = 0;
	mach_port_type_t t;
	union rpc_buf m;
	mach_msg_return_t mr;

	KR(test_poly(svc, p, MACH_MSG_TYPE_MAKE_SEND_ONCE, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_SEND_ONCE);
	/* A send-once right never shares a name with the receive right. */
	ck_assert(MACH_PORT_VALID(rr));
	ck_assert_uint_ne(rr, p);
	ck_assert_uint_eq(type_of(rr), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);

	/* It works once, and is used up. */
	send_plain(rr, MACH_MSG_TYPE_MOVE_SEND_ONCE, RPC_MSG_ID);
	ck_assert_int_eq(type_kr(rr, &t), KERN_INVALID_NAME);
	mr = recv_now(p, &m);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
	ck_assert_int_eq(m.head.msgh_id, RPC_MSG_ID);
	ck_assert_int_eq(recv_now(p, &m), MACH_RCV_TIMED_OUT);
}
END_TEST

START_TEST(rpc_poly_move_receive)
{
	mach_port_t p = new_port_with_send(), q = new_receive();
	mach_port_t rr = MACH_PORT_NULL;
	mach_msg_type_name_t poly = 0;
	struct name_list before, after;
	union rpc_buf m;
	mach_msg_return_t mr;

	/* A message queued on P travels with its receive right. */
	send_plain(p, MACH_MSG_TYPE_COPY_SEND, RPC_MSG_ID);
	server_names(&before);
	KR(test_poly(svc, p, MACH_MSG_TYPE_MOVE_RECEIVE, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_RECEIVE);
	/* We kept a send right under P: the receive right joins it. */
	ck_assert_uint_eq(rr, p);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(send_refs(p), 1);
	mr = recv_now(p, &m);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "%s", mach_error_string(mr));
	ck_assert_int_eq(m.head.msgh_id, RPC_MSG_ID);

	/* A bare receive right comes back as a receive right. */
	rr = MACH_PORT_NULL;
	KR(test_poly(svc, q, MACH_MSG_TYPE_MOVE_RECEIVE, &rr, &poly));
	ck_assert_uint_eq(poly, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert(MACH_PORT_VALID(rr));
	ck_assert_uint_eq(type_of(rr), MACH_PORT_TYPE_RECEIVE);
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

START_TEST(rpc_poly_null)
{
	mach_port_t rr = 12345;
	mach_msg_type_name_t poly = 0;

	KR(test_poly(svc, MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND, &rr, &poly));
	ck_assert_uint_eq(rr, MACH_PORT_NULL);
}
END_TEST

/* --- test_data ------------------------------------------------------ */

/*
 * Send N bytes with a reply buffer of BUFSIZE bytes and check the
 * reversed echo.  Returns whether the answer landed in the buffer.
 */
static int
data_roundtrip(size_t n, size_t bufsize)
{
	char *in = malloc(n + 1), *buf = malloc(bufsize + 1);
	test_data_t out = buf;
	mach_msg_type_number_t outCnt = (mach_msg_type_number_t)bufsize;
	int in_buf;

	ck_assert(in != NULL && buf != NULL);
	for (size_t i = 0; i < n; i++)
		in[i] = (char)(i * 31 + 7 + i / 251);
	KR(test_data(svc, in, (mach_msg_type_number_t)n, &out, &outCnt));
	ck_assert_uint_eq(outCnt, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(out[i] == in[n - 1 - i], "byte %zu of %zu", i, n);
	/* Sent as a copy: ours is intact. */
	for (size_t i = 0; i < n; i++)
		ck_assert(in[i] == (char)(i * 31 + 7 + i / 251));
	in_buf = out == buf;
	if (!in_buf)	/* out of line, or too big for buf: a region */
		KR(vm_deallocate(mach_task_self(), (vm_address_t)out, outCnt));
	free(in);
	free(buf);
	return in_buf;
}

START_TEST(rpc_data_small)
{
	/* Inline both ways; the answer fits the caller's buffer. */
	ck_assert(data_roundtrip(100, 200));
}
END_TEST

START_TEST(rpc_data_large)
{
	vm_size_t server0, server1;

	/* Over 2048 bytes: out of line both ways. */
	server0 = vsize_of(server_task);
	ck_assert(!data_roundtrip(10000, 200));
	/* The server stub freed the request's region; the server keeps
	 * its last answer until its next call, and no more. */
	server1 = vsize_of(server_task);
	ck_assert_uint_eq(server1, server0 + round_page(10000));
	ck_assert(!data_roundtrip(10000, 200));
	ck_assert_uint_eq(vsize_of(server_task), server1);
}
END_TEST

START_TEST(rpc_data_grow)
{
	/* An inline answer larger than the caller's buffer: mig_allocate. */
	ck_assert(!data_roundtrip(1000, 16));
}
END_TEST

START_TEST(rpc_data_sizes)
{
	static const size_t sizes[] = {
		0, 1, 3, 4, 2047, 2048, 2049, 4096, 65536, 300000,
	};

	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		ck_assert_int_eq(data_roundtrip(sizes[i], 2048),
		    sizes[i] <= 2048);
}
END_TEST

/* --- test_port_array ------------------------------------------------ */

START_TEST(rpc_port_array_copy)
{
	mach_port_t p[3], arr[6], dup[2];
	struct name_list before, after;
	int count = -1;

	for (int i = 0; i < 3; i++)
		p[i] = new_port_with_send();
	arr[0] = p[0];
	arr[1] = MACH_PORT_NULL;
	arr[2] = p[1];
	arr[3] = MACH_PORT_DEAD;
	arr[4] = p[2];
	arr[5] = p[0];
	server_names(&before);
	KR(test_port_array(svc, arr, MACH_MSG_TYPE_COPY_SEND, 6, &count));
	ck_assert_int_eq(count, 4);
	/* Copies: our rights and the array are as they were. */
	for (int i = 0; i < 3; i++) {
		ck_assert_uint_eq(type_of(p[i]), MACH_PORT_TYPE_SEND_RECEIVE);
		ck_assert_uint_eq(send_refs(p[i]), 1);
	}
	ck_assert_uint_eq(arr[0], p[0]);
	ck_assert_uint_eq(arr[3], MACH_PORT_DEAD);
	ck_assert_uint_eq(arr[5], p[0]);
	server_names(&after);
	assert_same_names(&before, &after);

	/* The same port twice is two references under one server name. */
	dup[0] = dup[1] = p[1];
	KR(test_port_array(svc, dup, MACH_MSG_TYPE_COPY_SEND, 2, &count));
	ck_assert_int_eq(count, 2);
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

START_TEST(rpc_port_array_move)
{
	mach_port_t p[3];
	struct name_list before, after;
	int count = -1;

	for (int i = 0; i < 3; i++)
		p[i] = new_port_with_send();
	server_names(&before);
	KR(test_port_array(svc, p, MACH_MSG_TYPE_MOVE_SEND, 3, &count));
	ck_assert_int_eq(count, 3);
	for (int i = 0; i < 3; i++)
		ck_assert_uint_eq(type_of(p[i]), MACH_PORT_TYPE_RECEIVE);
	server_names(&after);
	assert_same_names(&before, &after);
}
END_TEST

START_TEST(rpc_port_array_make)
{
	mach_port_t p[3];
	int count = -1;

	for (int i = 0; i < 3; i++)
		p[i] = new_receive();
	KR(test_port_array(svc, p, MACH_MSG_TYPE_MAKE_SEND, 3, &count));
	ck_assert_int_eq(count, 3);
	for (int i = 0; i < 3; i++) {
		ck_assert_uint_eq(type_of(p[i]), MACH_PORT_TYPE_RECEIVE);
		ck_assert_uint_eq(send_refs(p[i]), 0);
	}
}
END_TEST

START_TEST(rpc_port_array_empty)
{
	int count = -1;

	KR(test_port_array(svc, NULL, MACH_MSG_TYPE_COPY_SEND, 0, &count));
	ck_assert_int_eq(count, 0);
}
END_TEST

/* --- A dead server -------------------------------------------------- */

START_TEST(rpc_inline_server_killed)
{
	test_int64_t sum = 0;
	kern_return_t kr;
	int status;

	ck_assert_int_eq(kill(server_pid, SIGKILL), 0);
	ck_assert_int_eq(waitpid(server_pid, &status, 0), server_pid);
	server_pid = 0;
	/* machd may not have seen the death yet: then the request is
	 * queued, destroyed with the port, and its reply right's
	 * send-once notification answers (MIG_SERVER_DIED). */
	kr = inline_call(svc, 1, 2, "a", &sum);
	ck_assert_msg(kr == MACH_SEND_INVALID_DEST || kr == MIG_SERVER_DIED,
	    "%s (%#x)", mach_error_string(kr), (unsigned)kr);
	ck_assert_uint_eq(type_of(svc), MACH_PORT_TYPE_DEAD_NAME);
	kr = inline_call(svc, 1, 2, "a", &sum);
	ck_assert_msg(kr == MACH_SEND_INVALID_DEST, "%s (%#x)",
	    mach_error_string(kr), (unsigned)kr);
}
END_TEST

START_TEST(rpc_inline_server_dies_in_call)
{
	test_int64_t sum = 0;
	kern_return_t kr;
	int status;

	/* "die": the server kills itself holding our reply right. */
	kr = inline_call(svc, 1, 2, "die", &sum);
	ck_assert_msg(kr == MIG_SERVER_DIED, "%s (%#x)", mach_error_string(kr),
	    (unsigned)kr);
	ck_assert_int_eq(waitpid(server_pid, &status, 0), server_pid);
	server_pid = 0;
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	ck_assert_uint_eq(type_of(svc), MACH_PORT_TYPE_DEAD_NAME);
	kr = inline_call(svc, 1, 2, "a", &sum);
	ck_assert_msg(kr == MACH_SEND_INVALID_DEST, "%s (%#x)",
	    mach_error_string(kr), (unsigned)kr);
}
END_TEST

static Suite *
rpc_suite(void)
{
	Suite *s = suite_create("rpc");
	TCase *tc = tcase_create("rpc");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 3 * RPC_ALARM);
	tcase_add_test(tc, rpc_inline_roundtrip);
	tcase_add_test(tc, rpc_inline_limits);
	tcase_add_test(tc, rpc_oneway_reported);
	tcase_add_test(tc, rpc_ool_roundtrip);
	tcase_add_test(tc, rpc_ool_empty);
	tcase_add_test(tc, rpc_ports_dispositions);
	tcase_add_test(tc, rpc_poly_make_send);
	tcase_add_test(tc, rpc_poly_copy_and_move_send);
	tcase_add_test(tc, rpc_poly_make_send_once);
	tcase_add_test(tc, rpc_poly_move_receive);
	tcase_add_test(tc, rpc_poly_null);
	tcase_add_test(tc, rpc_data_small);
	tcase_add_test(tc, rpc_data_large);
	tcase_add_test(tc, rpc_data_sizes);
	tcase_add_test(tc, rpc_port_array_copy);
	tcase_add_test(tc, rpc_port_array_move);
	tcase_add_test(tc, rpc_port_array_make);
	tcase_add_test(tc, rpc_inline_server_killed);
	tcase_add_test(tc, rpc_inline_server_dies_in_call);
	tcase_add_test(tc, rpc_data_grow);
	tcase_add_test(tc, rpc_port_array_empty);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(rpc_suite());
}
