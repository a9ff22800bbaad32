/*
 * check_machd: integration tests of machd and libmachemu together.  Each
 * test starts a real machd on a private socket, runs as a real client
 * process (Check forks one per test) and stops machd, which must exit 0
 * and remove its socket.  Behaviours checked come from the man pages
 * mach_port_allocate, mach_port_allocate_name, mach_port_type,
 * mach_port_names, mach_port_get_refs, mach_port_mod_refs,
 * mach_port_insert_right, mach_port_deallocate, mach_port_destroy,
 * mach_msg, host_info and vm_statistics (reference/osfmk-man), with GNU
 * Mach's return codes.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/notify.h>

#include "harness.h"
#include "trap_frame.h"

static void
setup(void)
{
	harness_machd_start(NULL);
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
}

#define KR(call) ck_assert_msg((call) == KERN_SUCCESS, "%s: %s", #call, \
	mach_error_string(call))

static mach_port_t
new_receive(void)
{
	mach_port_t p;
	ck_assert_int_eq(mach_port_allocate(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, &p), KERN_SUCCESS);
	return p;
}

static mach_port_type_t
type_of(mach_port_t name)
{
	mach_port_type_t t = 0;
	ck_assert_int_eq(mach_port_type(mach_task_self(), name, &t), KERN_SUCCESS);
	return t & MACH_PORT_TYPE_ALL_RIGHTS;
}

static mach_port_urefs_t
refs_of(mach_port_t name, mach_port_right_t right)
{
	mach_port_urefs_t r = 99;
	ck_assert_int_eq(mach_port_get_refs(mach_task_self(), name, right, &r),
	    KERN_SUCCESS);
	return r;
}

/* True if the LEN bytes at ADDR cannot be read: write(2) into a pipe
 * (which, unlike /dev/null, reads its buffer) says EFAULT. */
static int
unreadable(const void *addr, size_t len)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	ssize_t n = write(fds[1], addr, len);
	int err = errno;
	close(fds[0]);
	close(fds[1]);
	return n < 0 && err == EFAULT;
}

/* --- Ports ------------------------------------------------------------ */

/* mach_port_allocate: a receive right under a new name, which
 * mach_port_names lists with its type. */
START_TEST(machd_port_allocate_receive)
{
	mach_port_t p = new_receive();
	ck_assert(MACH_PORT_VALID(p));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	mach_port_t q = new_receive();
	ck_assert_uint_ne(p, q);

	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t nn, nt;
	KR(mach_port_names(mach_task_self(), &names, &nn, &types, &nt));
	ck_assert_uint_eq(nn, nt);
	int found = 0;
	for (unsigned i = 0; i < nn; i++)
		if (names[i] == p) {
			found++;
			ck_assert_uint_eq(types[i] & MACH_PORT_TYPE_ALL_RIGHTS,
			    MACH_PORT_TYPE_RECEIVE);
		}
	ck_assert_int_eq(found, 1);
	KR(vm_deallocate(mach_task_self(), (vm_address_t)names, nn * sizeof *names));
	KR(vm_deallocate(mach_task_self(), (vm_address_t)types, nt * sizeof *types));

	/* A dead name and a bad right. */
	mach_port_t d;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME, &d));
	ck_assert_uint_eq(type_of(d), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_int_eq(mach_port_allocate(mach_task_self(), 77, &d),
	    KERN_INVALID_VALUE);
}
END_TEST

/* A freed name does not come back at once (generation bits). */
START_TEST(machd_port_names_not_reused)
{
	mach_port_t first = new_receive();
	KR(mach_port_destroy(mach_task_self(), first));
	for (int i = 0; i < 100; i++) {
		mach_port_t p = new_receive();
		ck_assert_uint_ne(p, first);
	}
}
END_TEST

/* mach_port_allocate_name: the caller's name; KERN_NAME_EXISTS when taken,
 * KERN_INVALID_VALUE for a bad name or right. */
START_TEST(machd_port_allocate_name)
{
	KR(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, 0x1234));
	ck_assert_uint_eq(type_of(0x1234), MACH_PORT_TYPE_RECEIVE);
	ck_assert_int_eq(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, 0x1234), KERN_NAME_EXISTS);
	ck_assert_int_eq(mach_port_allocate_name(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, MACH_PORT_NULL), KERN_INVALID_VALUE);
	ck_assert_int_eq(mach_port_allocate_name(mach_task_self(), 99, 0x5678),
	    KERN_INVALID_VALUE);
	KR(mach_port_allocate_name(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME, 0x5678));
	ck_assert_uint_eq(type_of(0x5678), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* mach_port_insert_right with MAKE_SEND: send and receive share the name;
 * user references add up; mach_port_mod_refs and mach_port_get_refs. */
START_TEST(machd_port_insert_right_refs)
{
	mach_port_t p = new_receive();
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 0);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_RECEIVE), 1);
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 2);
	KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 3));
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 5);
	ck_assert_int_eq(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_SEND, -6), KERN_INVALID_VALUE);
	KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, -5));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_int_eq(mach_port_mod_refs(mach_task_self(), p,
	    MACH_PORT_RIGHT_SEND, -1), KERN_INVALID_RIGHT);
	ck_assert_int_eq(mach_port_get_refs(mach_task_self(), p, 42, &(mach_port_urefs_t){0}),
	    KERN_INVALID_VALUE);
	/* Inserting under another name of the same port is refused. */
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_int_eq(mach_port_insert_right(mach_task_self(), 0x4242, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);
	/* MAKE_SEND from a name without a receive right. */
	mach_port_t d;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME, &d));
	ck_assert_int_ne(mach_port_insert_right(mach_task_self(), 0x4444, d,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
}
END_TEST

/* mach_port_deallocate drops one send or dead-name reference; a receive
 * right alone is KERN_INVALID_RIGHT; an unknown name is no error. */
START_TEST(machd_port_deallocate)
{
	mach_port_t p = new_receive();
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_int_eq(mach_port_deallocate(mach_task_self(), p),
	    KERN_INVALID_RIGHT);
	mach_port_t d;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME, &d));
	KR(mach_port_mod_refs(mach_task_self(), d, MACH_PORT_RIGHT_DEAD_NAME, 1));
	KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), 1);
	KR(mach_port_deallocate(mach_task_self(), d));
	/* A name that denotes nothing: success, as the page says. */
	KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_int_eq(mach_port_type(mach_task_self(), 0x7777,
	    &(mach_port_type_t){0}), KERN_INVALID_NAME);
}
END_TEST

/* mach_port_rename moves every right to the new name; the old one is
 * free, a taken name is KERN_NAME_EXISTS. */
START_TEST(machd_port_rename)
{
	mach_port_t p = new_receive(), q = new_receive();
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_port_rename(mach_task_self(), p, 0x4711));
	ck_assert_uint_eq(type_of(0x4711), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), p,
	    &(mach_port_type_t){0}), KERN_INVALID_NAME);
	ck_assert_int_eq(mach_port_rename(mach_task_self(), 0x4711, q),
	    KERN_NAME_EXISTS);
	ck_assert_int_eq(mach_port_rename(mach_task_self(), p, 0x4712),
	    KERN_INVALID_NAME);
	/* Messages reach the port under its new name. */
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.msgh_remote_port = 0x4711, .msgh_id = 9,
	};
	KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, 0, 0, 0));
	KR(mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, 0x4711, 0, 0));
	ck_assert_uint_eq(h.msgh_local_port, 0x4711);
}
END_TEST

/* mach_port_destroy removes every right under the name; a send right to a
 * destroyed port, held under another task's... here: a send-once right
 * held under its own name becomes a dead name. */
START_TEST(machd_port_destroy)
{
	mach_port_t p = new_receive();
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_port_destroy(mach_task_self(), p));
	ck_assert_int_eq(mach_port_type(mach_task_self(), p,
	    &(mach_port_type_t){0}), KERN_INVALID_NAME);
	ck_assert_int_eq(mach_port_destroy(mach_task_self(), p), KERN_INVALID_NAME);
}
END_TEST

/* --- Host and VM ------------------------------------------------------ */

/* host_info(HOST_BASIC_INFO) and vm_statistics' page size. */
START_TEST(machd_host_info_basic)
{
	host_basic_info_data_t hi;
	mach_msg_type_number_t cnt = HOST_BASIC_INFO_COUNT;
	KR(host_info(mach_host_self(), HOST_BASIC_INFO, (host_info_t)&hi, &cnt));
	ck_assert_uint_eq(cnt, HOST_BASIC_INFO_COUNT);
	ck_assert_int_eq(hi.avail_cpus, sysconf(_SC_NPROCESSORS_ONLN));
	ck_assert(hi.memory_size > 0);
	ck_assert_int_eq(host_info(mach_host_self(), 12345, (host_info_t)&hi, &cnt),
	    KERN_INVALID_ARGUMENT);
	/* host_info on a port that is not the host. */
	cnt = HOST_BASIC_INFO_COUNT;
	ck_assert_int_ne(host_info(mach_task_self(), HOST_BASIC_INFO,
	    (host_info_t)&hi, &cnt), KERN_SUCCESS);

	vm_statistics_data_t vs;
	KR(vm_statistics(mach_task_self(), &vs));
	ck_assert_int_eq(vs.pagesize, getpagesize());
	ck_assert_uint_eq(vm_page_size, (vm_size_t)getpagesize());
}
END_TEST

/* vm_allocate gives zeroed memory usable through plain pointers, in the
 * task window; vm_deallocate takes it away. */
START_TEST(machd_vm_allocate_pointer)
{
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, 3 * vm_page_size, TRUE));
	ck_assert(a >= MACHEMU_WINDOW_BASE);
	unsigned char *p = (unsigned char *)a;
	for (size_t i = 0; i < 3 * vm_page_size; i++)
		ck_assert_int_eq(p[i], 0);
	memset(p, 0xab, 3 * vm_page_size);
	KR(vm_deallocate(mach_task_self(), a, 3 * vm_page_size));
	ck_assert(unreadable(p, 16));
}
END_TEST

/* A task that allocates without end runs out with KERN_RESOURCE_SHORTAGE
 * (memory objects are machd's file descriptors) and machd goes on
 * serving it and others. */
START_TEST(machd_vm_allocate_exhaustion)
{
	static vm_address_t regions[30000];
	int n = 0;
	kern_return_t kr = KERN_SUCCESS;
	while (n < 30000 && (kr = vm_allocate(mach_task_self(), &regions[n],
	    vm_page_size, TRUE)) == KERN_SUCCESS)
		n++;
	ck_assert_msg(kr == KERN_RESOURCE_SHORTAGE, "%d regions, then %s", n,
	    mach_error_string(kr));
	pid_t pid = fork();
	if (pid == 0) {
		mach_port_t p;
		_exit(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
		    &p) == KERN_SUCCESS ? 0 : 1);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	for (int i = 0; i < n; i++)
		KR(vm_deallocate(mach_task_self(), regions[i], vm_page_size));
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
}
END_TEST

/* --- Messages ---------------------------------------------------------- */

/* Message structs, here to the end of the tests, are packed to 4 bytes as
 * MIG lays messages out. */
#pragma pack(push, 4)

struct self_msg {
	mach_msg_header_t head;
	mach_msg_type_t ints_type;
	int ints[4];
	mach_msg_type_long_t ool_type;
	char *ool;
	mach_msg_type_t port_type;
	mach_port_t port;
};

static void
type_init(mach_msg_type_t *t, unsigned name, unsigned size, unsigned number)
{
	memset(t, 0, sizeof *t);
	t->msgt_name = name;
	t->msgt_size = size;
	t->msgt_number = number;
	t->msgt_inline = TRUE;
}

static void
ool_type_init(mach_msg_type_long_t *t, unsigned number, int dealloc)
{
	memset(t, 0, sizeof *t);
	t->msgtl_header.msgt_longform = TRUE;
	t->msgtl_header.msgt_deallocate = dealloc;
	t->msgtl_name = MACH_MSG_TYPE_CHAR;
	t->msgtl_size = 8;
	t->msgtl_number = number;
}

/* mach_msg: a message to oneself with inline data, an out-of-line array
 * (copy semantics) and a port right. */
START_TEST(machd_msg_self_inline_ool_port)
{
	mach_port_t dest = new_receive(), carried = new_receive();
	char src[10000];
	for (size_t i = 0; i < sizeof src; i++)
		src[i] = (char)(i * 7);
	struct self_msg m;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = dest;
	m.head.msgh_id = 4242;
	type_init(&m.ints_type, MACH_MSG_TYPE_INTEGER_32, 32, 4);
	for (int i = 0; i < 4; i++)
		m.ints[i] = 100 + i;
	ool_type_init(&m.ool_type, sizeof src, FALSE);
	m.ool = src;
	type_init(&m.port_type, MACH_MSG_TYPE_MAKE_SEND, 32, 1);
	m.port = carried;
	KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0, 0));
	memset(src, 0, sizeof src);	/* later stores do not reach the copy */

	struct { struct self_msg m; char pad[64]; } r;
	memset(&r, 0, sizeof r);
	KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    dest, 0, 0));
	ck_assert_uint_eq(r.m.head.msgh_size, sizeof m);
	ck_assert_int_eq(r.m.head.msgh_id, 4242);
	ck_assert_uint_eq(r.m.head.msgh_local_port, dest);
	ck_assert_uint_eq(r.m.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_uint_eq(MACH_MSGH_BITS_LOCAL(r.m.head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND);
	ck_assert(r.m.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(r.m.ints[i], 100 + i);
	ck_assert_uint_eq(r.m.ool_type.msgtl_number, sizeof src);
	ck_assert_ptr_ne(r.m.ool, src);
	ck_assert((vm_address_t)r.m.ool >= MACHEMU_WINDOW_BASE);
	for (size_t i = 0; i < sizeof src; i++)
		ck_assert_int_eq(r.m.ool[i], (char)(i * 7));
	/* The right arrives as a send right under the port's own name. */
	ck_assert_uint_eq(r.m.port_type.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(r.m.port, carried);
	ck_assert_uint_eq(type_of(carried), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(carried, MACH_PORT_RIGHT_SEND), 1);
	/* The received region is a region of the receiver's task. */
	vm_address_t addr = (vm_address_t)r.m.ool;
	vm_size_t size;
	vm_prot_t prot, max;
	vm_inherit_t inh;
	boolean_t shared;
	mach_port_t object;
	vm_offset_t offset;
	KR(vm_region(mach_task_self(), &addr, &size, &prot, &max, &inh, &shared,
	    &object, &offset));
	ck_assert_uint_eq(addr, (vm_address_t)r.m.ool);
	ck_assert_uint_ge(size, sizeof src);
	ck_assert(prot & VM_PROT_WRITE);
	KR(vm_deallocate(mach_task_self(), (vm_address_t)r.m.ool, sizeof src));
	ck_assert(unreadable(r.m.ool, 16));
}
END_TEST

/* An out-of-line region sent with deallocate leaves the sender. */
START_TEST(machd_msg_ool_dealloc)
{
	mach_port_t dest = new_receive();
	vm_address_t a = 0;
	KR(vm_allocate(mach_task_self(), &a, 2 * vm_page_size, TRUE));
	memset((void *)a, 'x', 2 * vm_page_size);
	struct {
		mach_msg_header_t head;
		mach_msg_type_long_t t;
		vm_address_t addr;
	} m;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = dest;
	ool_type_init(&m.t, 2 * vm_page_size, TRUE);
	m.addr = a;
	KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0, 0));
	ck_assert(unreadable((void *)a, 16));
	memset(&m, 0, sizeof m);
	KR(mach_msg(&m.head, MACH_RCV_MSG, 0, sizeof m, dest, 0, 0));
	ck_assert_int_eq(((char *)m.addr)[2 * vm_page_size - 1], 'x');
}
END_TEST

/* mach_msg: a receive on an empty port with a zero timeout, and with a
 * short one, is MACH_RCV_TIMED_OUT; a receive from a name without a
 * receive right is MACH_RCV_INVALID_NAME. */
START_TEST(machd_msg_rcv_timeout)
{
	mach_port_t p = new_receive();
	mach_msg_header_t h;
	ck_assert_int_eq(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof h, p, 0, 0), MACH_RCV_TIMED_OUT);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof h, p, 50, 0), MACH_RCV_TIMED_OUT);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	ck_assert_int_ge(ms, 45);
	ck_assert_int_eq(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof h, 0x9999, 0, 0), MACH_RCV_INVALID_NAME);
}
END_TEST

/* mach_msg: MACH_RCV_TOO_LARGE; with MACH_RCV_LARGE the message stays
 * queued and msgh_size tells the size needed. */
START_TEST(machd_msg_rcv_too_large)
{
	mach_port_t p = new_receive();
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t;
		int data[16];
	} m, r;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0);
	m.head.msgh_remote_port = p;
	type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 16);
	m.data[15] = 99;
	KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0, 0));
	KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0, 0));
	ck_assert_int_eq(mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_LARGE |
	    MACH_RCV_TIMEOUT, 0, sizeof r.head, p, 0, 0), MACH_RCV_TOO_LARGE);
	ck_assert_uint_eq(r.head.msgh_size, sizeof m);
	KR(mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r, p, 0, 0));
	ck_assert_int_eq(r.data[15], 99);
	/* Without MACH_RCV_LARGE the message is destroyed. */
	ck_assert_int_eq(mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r.head, p, 0, 0), MACH_RCV_TOO_LARGE);
	ck_assert_int_eq(mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r, p, 0, 0), MACH_RCV_TIMED_OUT);
}
END_TEST

/* Sequence numbers count the messages received from a port. */
START_TEST(machd_msg_seqno)
{
	mach_port_t p = new_receive();
	mach_msg_header_t h;
	for (int i = 0; i < 3; i++) {
		memset(&h, 0, sizeof h);
		h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0);
		h.msgh_remote_port = p;
		KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0, 0));
	}
	for (unsigned i = 0; i < 3; i++) {
		KR(mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, p, 0, 0));
		ck_assert_uint_eq(h.msgh_seqno, i);
	}
}
END_TEST

/* A reply port: MAKE_SEND_ONCE in the header arrives as a send-once right
 * the receiver can answer through; mach_reply_port gives a new port. */
START_TEST(machd_msg_reply_port)
{
	mach_port_t p = new_receive(), reply = mach_reply_port();
	ck_assert(MACH_PORT_VALID(reply));
	ck_assert_uint_eq(type_of(reply), MACH_PORT_TYPE_RECEIVE);
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
		    MACH_MSG_TYPE_MAKE_SEND_ONCE),
		.msgh_remote_port = p, .msgh_local_port = reply, .msgh_id = 7,
	};
	KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0, 0));
	KR(mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, p, 0, 0));
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(h.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	mach_port_t so = h.msgh_remote_port;
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
	h.msgh_local_port = MACH_PORT_NULL;
	h.msgh_id = 107;
	KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0, 0));
	ck_assert_int_eq(mach_port_type(mach_task_self(), so,
	    &(mach_port_type_t){0}), KERN_INVALID_NAME);
	KR(mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, reply, 0, 0));
	ck_assert_int_eq(h.msgh_id, 107);
	/* A send-once right destroyed unused sends a send-once notification. */
	h = (mach_msg_header_t){
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
		    MACH_MSG_TYPE_MAKE_SEND_ONCE),
		.msgh_remote_port = p, .msgh_local_port = reply,
	};
	KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0, 0));
	KR(mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, p, 0, 0));
	KR(mach_port_deallocate(mach_task_self(), h.msgh_remote_port));
	KR(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof h, reply, 0, 0));
	ck_assert_int_eq(h.msgh_id, MACH_NOTIFY_SEND_ONCE);
}
END_TEST

/* The state a failed send must leave: the port's send rights untouched. */
static void
assert_still_serving(mach_port_t p)
{
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
	mach_msg_header_t h;
	ck_assert_int_eq(mach_msg(&h, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof h, p, 0, 0), MACH_RCV_TIMED_OUT);
}

/* mach_msg: malformed messages get their MACH_SEND_* code and change
 * nothing (header errors) or are destroyed (body errors), and machd goes
 * on serving. */
START_TEST(machd_msg_malformed)
{
	mach_port_t p = new_receive();
	KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND));
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t;
		uint32_t data[8];
	} m;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = p;

	/* Bad sizes. */
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, 30, 0, 0, 0, 0),
	    MACH_SEND_MSG_TOO_SMALL);
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, 42, 0, 0, 0, 0),
	    MACH_SEND_MSG_TOO_SMALL);
	/* A descriptor whose data runs past the end. */
	type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 100);
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_MSG_TOO_SMALL);
	/* An unknown type name. */
	type_init(&m.t, 5, 32, 1);
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_TYPE);
	/* A port item whose size is not 32 bits. */
	type_init(&m.t, MACH_MSG_TYPE_COPY_SEND, 16, 1);
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_TYPE);
	assert_still_serving(p);

	/* Invalid destination and reply names. */
	type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 8);
	m.head.msgh_remote_port = 0x9999;
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_DEST);
	m.head.msgh_remote_port = p;
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE);
	m.head.msgh_local_port = 0x9999;
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_REPLY);
	/* A disposition that cannot name a destination. */
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_RECEIVE, 0);
	m.head.msgh_local_port = MACH_PORT_NULL;
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_HEADER);
	assert_still_serving(p);

	/* An invalid port name in the body: the message is destroyed. */
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	type_init(&m.t, MACH_MSG_TYPE_COPY_SEND, 32, 1);
	m.data[0] = 0x9999;
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m - 28, 0, 0,
	    0, 0), MACH_SEND_INVALID_RIGHT);
	assert_still_serving(p);

	/* An out-of-line pointer that cannot be read. */
	struct {
		mach_msg_header_t head;
		mach_msg_type_long_t t;
		void *addr;
	} o;
	memset(&o, 0, sizeof o);
	o.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	o.head.msgh_remote_port = p;
	ool_type_init(&o.t, 4096, FALSE);
	o.addr = (void *)16;
	ck_assert_int_eq(mach_msg(&o.head, MACH_SEND_MSG, sizeof o, 0, 0, 0, 0),
	    MACH_SEND_INVALID_MEMORY);
	assert_still_serving(p);

	/* A send buffer that cannot be read; a notify port that is not a
	 * receive right with MACH_SEND_CANCEL. */
	ck_assert_int_eq(mach_msg((mach_msg_header_t *)16, MACH_SEND_MSG, 40, 0,
	    0, 0, 0), MACH_SEND_INVALID_DATA);
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.msgh_remote_port = p,
	};
	ck_assert_int_eq(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_CANCEL,
	    sizeof h, 0, 0, 0, 0x9999), MACH_SEND_INVALID_NOTIFY);
	assert_still_serving(p);
	/* A receive buffer that cannot be written: the message is destroyed. */
	KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, 0, 0, 0));
	void *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert_ptr_ne(ro, MAP_FAILED);
	ck_assert_int_eq(mach_msg(ro, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, 4096,
	    p, 0, 0), MACH_RCV_INVALID_DATA);
	munmap(ro, 4096);
	assert_still_serving(p);

	/* More out-of-line data than one message may carry (libmachemu(3)). */
	o.t.msgtl_number = (1u << 30) + 1;
	ck_assert_int_eq(mach_msg(&o.head, MACH_SEND_MSG, sizeof o, 0, 0, 0, 0),
	    MACH_SEND_NO_BUFFER);
	assert_still_serving(p);
}
END_TEST

/* A raw connection to the daemon's socket. */
static int
raw_connect(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	strcpy(sa.sun_path, harness_socket());
	int fd = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	return fd;
}

/* True once machd has closed FD (a read returns end of file). */
static int
closed_by_peer(int fd)
{
	char c;
	struct timeval tv = { 2, 0 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	ssize_t n;
	while ((n = recv(fd, &c, 1, 0)) > 0)
		;
	return n == 0;
}

/* Frames that break the protocol close that connection only: garbage,
 * a hello with a lying pid, a mach_msg frame whose sizes disagree, a
 * frame before the hello. */
START_TEST(machd_raw_frames_rejected)
{
	mach_port_t p = new_receive();	/* this process's own task */
	int fd = raw_connect();
	ck_assert_int_eq(send(fd, "garbage", 7, 0), 7);
	ck_assert(closed_by_peer(fd));
	close(fd);

	fd = raw_connect();
	struct trap_hello h = { .th_op = TRAP_HELLO, .th_magic = TRAP_MAGIC,
	    .th_pid = (uint32_t)getpid() + 1 };
	ck_assert_int_eq(send(fd, &h, sizeof h, 0), sizeof h);
	ck_assert(closed_by_peer(fd));
	close(fd);

	fd = raw_connect();
	h.th_pid = (uint32_t)getpid();
	ck_assert_int_eq(send(fd, &h, sizeof h, 0), sizeof h);
	struct trap_hello_reply hr;
	ck_assert_int_eq(recv(fd, &hr, sizeof hr, 0), sizeof hr);
	ck_assert_int_eq(hr.thr_ret, KERN_SUCCESS);
	struct { struct trap_msg_request req; char msg[64]; } f;
	memset(&f, 0, sizeof f);
	f.req.tm_op = TRAP_MACH_MSG;
	f.req.tm_option = MACH_SEND_MSG;
	f.req.tm_send_size = 1000;	/* more than the frame holds */
	ck_assert_int_eq(send(fd, &f, sizeof f, 0), sizeof f);
	struct trap_reply r;
	ck_assert_int_eq(recv(fd, &r, sizeof r, 0), sizeof r);
	ck_assert_int_eq(r.tr_ret, MACH_SEND_MSG_TOO_SMALL);
	f.req.tm_send_size = 64;
	f.req.tm_nool = 3;		/* an OOL table that is not there */
	ck_assert_int_eq(send(fd, &f, sizeof f, 0), sizeof f);
	ck_assert_int_eq(recv(fd, &r, sizeof r, 0), sizeof r);
	ck_assert_int_eq(r.tr_ret, MACH_SEND_MSG_TOO_SMALL);
	/* A table claiming more out-of-line bytes than machd copies. */
	struct {
		struct trap_msg_request req;
		mach_msg_header_t head;
		mach_msg_type_long_t t;
		uint64_t addr;
		struct trap_ool ool;
	} o;
	memset(&o, 0, sizeof o);
	o.req.tm_op = TRAP_MACH_MSG;
	o.req.tm_option = MACH_SEND_MSG;
	o.req.tm_send_size = sizeof o.head + sizeof o.t + sizeof o.addr;
	o.req.tm_nool = 1;
	o.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	o.head.msgh_remote_port = p;
	ool_type_init(&o.t, 3u << 30, FALSE);
	o.ool.to_size = 3ull << 30;
	ck_assert_int_eq(send(fd, &o, sizeof o, 0), sizeof o);
	ck_assert_int_eq(recv(fd, &r, sizeof r, 0), sizeof r);
	ck_assert_int_eq(r.tr_ret, MACH_SEND_NO_BUFFER);
	/* A frame bigger than any machd accepts. */
	size_t big = TRAP_MAX_FRAME + 100;
	char *buf = calloc(1, big);
	int sz = 4 * (int)big;
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
	if (send(fd, buf, big, 0) == (ssize_t)big)
		ck_assert(closed_by_peer(fd));
	free(buf);
	close(fd);

	/* The daemon still serves this process. */
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* --- The daemon's command line ---------------------------------------- */

/* A bad flag prints the usage and exits non-zero; a second machd on a
 * socket in use refuses with a clear message. */
START_TEST(machd_cli_errors)
{
	char out[4096];
	const char *bad[] = { getenv("MACHD"), "--bogus", NULL };
	ck_assert_int_ne(harness_run_machd(bad, out, sizeof out), 0);
	ck_assert_ptr_nonnull(strstr(out, "usage: machd"));
	const char *level[] = { getenv("MACHD"), "--log-level", "loud", NULL };
	ck_assert_int_ne(harness_run_machd(level, out, sizeof out), 0);
	ck_assert_ptr_nonnull(strstr(out, "loud"));
	const char *second[] = { getenv("MACHD"), "--socket", harness_socket(), NULL };
	ck_assert_int_eq(harness_run_machd(second, out, sizeof out), 1);
	ck_assert_ptr_nonnull(strstr(out, "already"));
	const char *help[] = { getenv("MACHD"), "--help", NULL };
	ck_assert_int_eq(harness_run_machd(help, out, sizeof out), 0);
	ck_assert_ptr_nonnull(strstr(out, "--socket"));
}
END_TEST

/* With --daemon machd detaches once its socket is ready; without
 * --socket, daemon and library both use $XDG_RUNTIME_DIR/machd.sock. */
START_TEST(machd_cli_daemon_default_socket)
{
	char dir[] = "/tmp/machemu-xdg-XXXXXX", sock[64];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(sock, sizeof sock, "%s/machd.sock", dir);
	setenv("XDG_RUNTIME_DIR", dir, 1);
	char out[4096];
	const char *argv[] = { getenv("MACHD"), "--daemon", NULL };
	ck_assert_int_eq(harness_run_machd(argv, out, sizeof out), 0);
	/* The daemon serves: a client without MACHEMU_SOCKET finds it. */
	pid_t child = fork();
	if (child == 0) {
		unsetenv("MACHEMU_SOCKET");
		mach_port_t p;
		_exit(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
		    &p) == KERN_SUCCESS ? 0 : 1);
	}
	int status;
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* Its pid, from the socket's credentials; SIGTERM removes the socket. */
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	strcpy(sa.sun_path, sock);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	ck_assert_int_eq(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	struct ucred cred;
	socklen_t len = sizeof cred;
	ck_assert_int_eq(getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len), 0);
	close(fd);
	ck_assert_int_eq(kill(cred.pid, SIGTERM), 0);
	int gone = 0;
	for (int i = 0; i < 300 && !gone; i++) {
		gone = access(sock, F_OK) != 0 && kill(cred.pid, 0) != 0;
		if (!gone)
			nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	ck_assert(gone);
	rmdir(dir);
}
END_TEST

/* A process's task dies with it: the send right another task held to a
 * port the dead process owned becomes a dead name. */
START_TEST(machd_task_dies_with_process)
{
	mach_port_t rendezvous = new_receive();
	KR(mach_port_insert_right(mach_task_self(), rendezvous, rendezvous,
	    MACH_MSG_TYPE_MAKE_SEND));
	KR(mach_ports_register(mach_task_self(), &rendezvous, 1));
	pid_t child = fork();
	if (child == 0) {
		/* A new task; it inherited the registered port. */
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		if (mach_ports_lookup(mach_task_self(), &ports, &n) != KERN_SUCCESS)
			_exit(1);
		mach_port_t mine;
		mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &mine);
		struct {
			mach_msg_header_t head;
			mach_msg_type_t t;
			mach_port_t port;
		} m = { .head = {
			.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
			    MACH_MSGH_BITS_COMPLEX,
			.msgh_remote_port = ports[0] } };
		type_init(&m.t, MACH_MSG_TYPE_MAKE_SEND, 32, 1);
		m.port = mine;
		if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0) !=
		    MACH_MSG_SUCCESS)
			_exit(2);
		_exit(0);
	}
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t;
		mach_port_t port;
		char pad[32];
	} r;
	KR(mach_msg(&r.head, MACH_RCV_MSG, 0, sizeof r, rendezvous, 0, 0));
	int status;
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	mach_port_t theirs = r.port;
	/* The child exited: its receive right died with its task. */
	mach_port_type_t t = 0;
	for (int i = 0; i < 200; i++) {
		KR(mach_port_type(mach_task_self(), theirs, &t));
		if (t & MACH_PORT_TYPE_DEAD_NAME)
			break;
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_DEAD_NAME);
	struct { mach_msg_header_t head; } m = { {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.msgh_remote_port = theirs } };
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, 0, 0, 0),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

#pragma pack(pop)

static Suite *
machd_suite(void)
{
	Suite *s = suite_create("machd");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, machd_port_allocate_receive);
	tcase_add_test(tc, machd_port_names_not_reused);
	tcase_add_test(tc, machd_port_allocate_name);
	tcase_add_test(tc, machd_port_insert_right_refs);
	tcase_add_test(tc, machd_port_deallocate);
	tcase_add_test(tc, machd_port_destroy);
	tcase_add_test(tc, machd_port_rename);
	tcase_add_test(tc, machd_host_info_basic);
	tcase_add_test(tc, machd_vm_allocate_pointer);
	tcase_add_test(tc, machd_vm_allocate_exhaustion);
	tcase_add_test(tc, machd_msg_self_inline_ool_port);
	tcase_add_test(tc, machd_msg_ool_dealloc);
	tcase_add_test(tc, machd_msg_rcv_timeout);
	tcase_add_test(tc, machd_msg_rcv_too_large);
	tcase_add_test(tc, machd_msg_seqno);
	tcase_add_test(tc, machd_msg_reply_port);
	tcase_add_test(tc, machd_msg_malformed);
	tcase_add_test(tc, machd_raw_frames_rejected);
	tcase_add_test(tc, machd_cli_errors);
	tcase_add_test(tc, machd_cli_daemon_default_socket);
	tcase_add_test(tc, machd_task_dies_with_process);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(machd_suite());
}
