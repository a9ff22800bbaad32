/*
 * common: the helpers the conformance pages share (declared, each with
 * what it does, in conformance.h).  Every Mach call a helper makes must
 * succeed (CK_KR) unless the helper returns its code; none asserts
 * anything in a forked child.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/mach_norma.h>

#include "conformance.h"
#include "notify_calls.h"

/* --- Rights and names ------------------------------------------------- */

mach_port_t
new_receive(void)
{
	mach_port_t p;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	return p;
}

mach_port_t
new_send_receive(void)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	return p;
}

mach_port_t
new_set(void)
{
	mach_port_t s;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_PORT_SET,
	    &s));
	return s;
}

mach_port_t
new_dead_name(void)
{
	mach_port_t d;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	return d;
}

mach_port_t
unused_name(void)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_destroy(mach_task_self(), p));
	return p;
}

mach_port_type_t
type_in(mach_port_t task, mach_port_name_t name)
{
	mach_port_type_t t = 0xdeadbeef;	/* must be overwritten */

	CK_KR(mach_port_type(task, name, &t));
	return t;
}

mach_port_type_t
type_of(mach_port_name_t name)
{
	mach_port_type_t t = 0;
	kern_return_t kr = mach_port_type(mach_task_self(), name, &t);

	if (kr == KERN_INVALID_NAME)
		return MACH_PORT_TYPE_NONE;
	CK_KR(kr);
	return t & MACH_PORT_TYPE_ALL_RIGHTS;
}

int
name_gone(mach_port_t task, mach_port_name_t name)
{
	mach_port_type_t t;

	return mach_port_type(task, name, &t) == KERN_INVALID_NAME;
}

mach_port_urefs_t
refs_in(mach_port_t task, mach_port_name_t name, mach_port_right_t right)
{
	mach_port_urefs_t r = 0xdead;		/* must be overwritten */

	CK_KR(mach_port_get_refs(task, name, right, &r));
	return r;
}

mach_port_urefs_t
refs_of(mach_port_name_t name, mach_port_right_t right)
{
	return refs_in(mach_task_self(), name, right);
}

mach_port_urefs_t
send_refs(mach_port_name_t name)
{
	return refs_in(mach_task_self(), name, MACH_PORT_RIGHT_SEND);
}

void
assert_dead(mach_port_t task, mach_port_name_t name, mach_port_urefs_t urefs)
{
	ck_assert_uint_eq(type_in(task, name), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(task, name, MACH_PORT_RIGHT_DEAD_NAME),
	    urefs);
}

mach_port_status_t
status_in(mach_port_t task, mach_port_name_t name)
{
	mach_port_status_t st;

	memset(&st, 0, sizeof st);
	CK_KR(mach_port_get_receive_status(task, name, &st));
	return st;
}

mach_port_status_t
status_of(mach_port_name_t name)
{
	return status_in(mach_task_self(), name);
}

mach_port_t
set_of(mach_port_name_t name)
{
	return status_of(name).mps_pset;
}

unsigned
members_of(mach_port_t set, mach_port_t *out, unsigned max)
{
	mach_port_name_array_t members;
	mach_msg_type_number_t n;

	CK_KR(mach_port_get_set_status(mach_task_self(), set, &members, &n));
	for (unsigned i = 0; i < n && i < max; i++)
		out[i] = members[i];
	if (n > 0)
		CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)members,
		    n * sizeof *members));
	return n;
}

/* A receive buffer for the small messages the helpers receive. */
union small_buf {
	mach_msg_header_t head;
	struct port_msg pm;
	char bytes[2048];
};

mach_port_t
send_once_to(mach_port_t rcv)
{
	mach_port_t tmp = new_receive();
	union small_buf b;

	memset(&b, 0, sizeof b);
	b.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE);
	b.head.msgh_remote_port = tmp;
	b.head.msgh_local_port = rcv;
	CK_KR(mach_msg(&b.head, MACH_SEND_MSG | MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, sizeof b.head, sizeof b, tmp, 0,
	    MACH_PORT_NULL));
	CK_KR(mach_port_destroy(mach_task_self(), tmp));
	ck_assert_uint_eq(type_of(b.head.msgh_remote_port),
	    MACH_PORT_TYPE_SEND_ONCE);
	return b.head.msgh_remote_port;
}

void
not_receive_rights(mach_port_t p, mach_port_t names[4])
{
	names[0] = mach_task_self();
	names[1] = new_set();
	names[2] = new_dead_name();
	names[3] = send_once_to(p);
}

void
request(mach_port_name_t name, mach_msg_id_t variant,
    mach_port_mscount_t sync, mach_port_t notify)
{
	mach_port_t prev = 0xdead;		/* must be overwritten */

	CK_KR(mach_port_request_notification(mach_task_self(), name, variant,
	    sync, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
}

/* --- Messages --------------------------------------------------------- */

void
send_to(mach_port_t dest, mach_msg_id_t id)
{
	send_through(dest, MACH_MSG_TYPE_MAKE_SEND, id);
}

void
send_through(mach_port_t name, mach_msg_type_name_t disp, mach_msg_id_t id)
{
	CK_KR(send_header(name, disp, id, 0, 0));
}

mach_msg_return_t
send_header(mach_port_t name, mach_msg_type_name_t disp, mach_msg_id_t id,
    mach_msg_option_t option, mach_msg_timeout_t timeout)
{
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(disp, 0),
		.msgh_size = sizeof h,
		.msgh_remote_port = name,
		.msgh_id = id,
	};

	return mach_msg(&h, MACH_SEND_MSG | option, sizeof h, 0,
	    MACH_PORT_NULL, timeout, MACH_PORT_NULL);
}

void
send_right(mach_port_t dest, mach_port_t name, mach_msg_type_name_t disp)
{
	struct port_msg m;

	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_size = sizeof m;
	m.head.msgh_remote_port = dest;
	m.type.msgt_name = disp;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = name;
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
}

mach_msg_return_t
receive_now(mach_port_t name, mach_msg_header_t *h)
{
	memset(h, 0, sizeof *h);
	return mach_msg(h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof *h, name,
	    0, MACH_PORT_NULL);
}

mach_msg_id_t
receive_id(mach_port_t port, mach_msg_timeout_t ms)
{
	union small_buf b;

	memset(&b, 0, sizeof b);
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof b,
	    port, ms, MACH_PORT_NULL));
	return b.head.msgh_id;
}

mach_port_t
receive_right(mach_port_t port, mach_msg_type_name_t want,
    mach_msg_timeout_t ms)
{
	union small_buf b;

	memset(&b, 0, sizeof b);
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof b,
	    port, ms, MACH_PORT_NULL));
	ck_assert_uint_eq(b.pm.type.msgt_name, want);
	return b.pm.port;
}

void
assert_empty(mach_port_t port)
{
	union small_buf b;

	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof b, port, 0, MACH_PORT_NULL), MACH_RCV_TIMED_OUT);
}

long
ms_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000 +
	    (t1.tv_nsec - t0->tv_nsec) / 1000000;
}

/* --- Notifications ---------------------------------------------------- */

mach_port_mscount_t
receive_no_senders(mach_port_t port, mach_msg_timeout_t ms)
{
	union {
		mach_no_senders_notification_t n;
		char pad[128];
	} r;

	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.n.not_header, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r, port, ms, MACH_PORT_NULL));
	ck_assert_int_eq(r.n.not_header.msgh_id, MACH_NOTIFY_NO_SENDERS);
	return r.n.not_count;
}

void
assert_not_notifications(mach_port_t port, int seqnos,
    const mach_msg_id_t *ids, size_t nids)
{
	union notify_buf req, rep;
	boolean_t handled;

	for (size_t i = 0; i < nids; i++) {
		send_through(port, MACH_MSG_TYPE_MAKE_SEND, ids[i]);
		handled = TRUE;
		CK_KR(notify_dispatch(port, seqnos, 0, &req, &rep, &handled));
		ck_assert_msg(!handled, "id %d", ids[i]);
		ck_assert_int_eq(notify_ncalls, 0);
		ck_assert_int_eq(rep.reply.RetCode, MIG_BAD_ID);
	}
}

/* --- A second task ---------------------------------------------------- */

mach_port_t
rendezvous_new(void)
{
	mach_port_t rv = new_send_receive();

	CK_KR(mach_ports_register(mach_task_self(), &rv, 1));
	return rv;
}

/* The exit status is 1 when nothing is registered, 2 when the send fails. */
int
rendezvous_send(mach_port_t port, mach_msg_type_name_t disp)
{
	mach_port_array_t ports;
	mach_msg_type_number_t n;
	struct port_msg m;

	if (mach_ports_lookup(mach_task_self(), &ports, &n) != KERN_SUCCESS ||
	    n < 1)
		return 1;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = ports[0];
	m.type.msgt_name = disp;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = port;
	if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL) != MACH_MSG_SUCCESS)
		return 2;
	return 0;
}

/* In the child: send our task port to the parent, or exit. */
static void
child_send_task(void)
{
	int status = rendezvous_send(mach_task_self(),
	    MACH_MSG_TYPE_COPY_SEND);

	if (status != 0)
		_exit(status);
}

/* In the parent: receive on RV the child's task port into C. */
static void
child_receive_task(struct child *c, mach_port_t rv)
{
	c->task = receive_right(rv, MACH_MSG_TYPE_PORT_SEND, 10000);
	ck_assert(MACH_PORT_VALID(c->task));
	CK_KR(mach_port_destroy(mach_task_self(), rv));
}

void
child_start(struct child *c)
{
	mach_port_t rv = rendezvous_new();
	int fds[2];

	ck_assert_int_eq(pipe(fds), 0);
	c->counter = NULL;
	c->pid = fork();
	ck_assert_int_ge(c->pid, 0);
	if (c->pid == 0) {
		char b;

		close(fds[1]);
		child_send_task();
		while (read(fds[0], &b, 1) > 0)
			;
		_exit(0);
	}
	close(fds[0]);
	c->fd = fds[1];
	child_receive_task(c, rv);
}

void
child_start_counting(struct child *c)
{
	mach_port_t rv = rendezvous_new();
	void *shm = mmap(NULL, sizeof *c->counter, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);

	ck_assert(shm != MAP_FAILED);
	c->counter = shm;
	c->fd = -1;
	c->pid = fork();
	ck_assert_int_ge(c->pid, 0);
	if (c->pid == 0) {
		child_send_task();
		for (;;)
			(*c->counter)++;
	}
	child_receive_task(c, rv);
	while (*c->counter == 0)	/* it runs */
		usleep(1000);
}

void
child_stop(struct child *c)
{
	int status;

	if (c->counter != NULL) {
		kill(c->pid, SIGKILL);
		ck_assert_int_eq(waitpid(c->pid, &status, 0), c->pid);
		munmap((void *)c->counter, sizeof *c->counter);
		return;
	}
	close(c->fd);
	ck_assert_int_eq(waitpid(c->pid, &status, 0), c->pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int
standing_still(struct child *c)
{
	unsigned long before = *c->counter;

	usleep(100 * 1000);
	return *c->counter == before;
}

int
makes_progress(struct child *c)
{
	unsigned long before = *c->counter;

	for (int i = 0; i < 2000 && *c->counter == before; i++)
		usleep(1000);
	return *c->counter != before;
}

/* --- Tasks ------------------------------------------------------------ */

mach_port_t
dead_task(void)
{
	mach_port_t task;

	CK_KR(task_create(mach_task_self(), FALSE, &task));
	CK_KR(task_terminate(task));
	return task;
}

integer_t
suspend_count(mach_port_t task)
{
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;

	CK_KR(task_info(task, TASK_BASIC_INFO, (task_info_t)&info, &count));
	return info.suspend_count;
}

char
proc_state(pid_t pid)
{
	char path[64], buf[512];
	FILE *f;
	size_t n;
	char *p;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (f == NULL)
		return '?';
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	return p != NULL && p[1] == ' ' ? p[2] : '?';
}

int
wait_stopped(pid_t pid, int want)
{
	for (int i = 0; i < 2000; i++) {
		if ((proc_state(pid) == 'T') == want)
			return 1;
		usleep(1000);
	}
	return 0;
}

mach_port_t
get_special(mach_port_t task, int which)
{
	mach_port_t port = 0x1234;

	CK_KR(task_get_special_port(task, which, &port));
	if (MACH_PORT_VALID(port))	/* drop the right it gave us */
		CK_KR(mach_port_deallocate(mach_task_self(), port));
	return port;
}

/* --- Memory ----------------------------------------------------------- */

kern_return_t
region_at(mach_port_t task, vm_address_t addr, struct region *r)
{
	memset(r, 0xa5, sizeof *r);
	r->addr = addr;
	return vm_region(task, &r->addr, &r->size, &r->prot, &r->max, &r->inh,
	    &r->shared, &r->object, &r->offset);
}

vm_address_t
new_region(mach_port_t task, vm_size_t size)
{
	vm_address_t a = 0;

	CK_KR(vm_allocate(task, &a, size, TRUE));
	return a;
}

vm_address_t
fixed_region(mach_port_t task, vm_address_t at, vm_size_t size)
{
	vm_address_t a = at;

	CK_KR(vm_allocate(task, &a, size, FALSE));
	ck_assert_uint_eq(a, at);
	return a;
}

void
read_string(mach_port_t task, vm_address_t addr, char out[32])
{
	vm_offset_t data;
	mach_msg_type_number_t n;

	CK_KR(vm_read(task, addr, 32, &data, &n));
	memcpy(out, (void *)data, 32);
	out[31] = '\0';
	CK_KR(vm_deallocate(mach_task_self(), data, n));
}

vm_address_t
page_holding(vm_inherit_t inh, const char *text)
{
	vm_address_t a = new_region(mach_task_self(), vm_page_size);
	CK_KR(vm_inherit(mach_task_self(), a, vm_page_size, inh));
	strcpy((char *)a, text);
	return a;
}

/* --- Nodes --- */

mach_port_t
node_port(int node, int which)
{
	mach_port_t port = MACH_PORT_NULL;
	CK_KR(norma_get_special_port(mach_host_priv_self(), node, which,
	    &port));
	ck_assert(MACH_PORT_VALID(port));
	return port;
}
