/*
 * check_netname: the CMU Mach 3.0 name service (<servers/netname.h>)
 * that machd serves on every task's name_server_port.  Each test starts
 * a real machd and runs as a real client process; some fork a second
 * process, which is a second task.
 *
 * Conformance: the behaviour CMU Mach 3.0 programs rely on.
 * netname_check_in enters a name for a send right, guarded by a
 * signature port (the same signature replaces the entry, another gets
 * NETNAME_NOT_YOURS; a null or dead port or signature gets
 * NETNAME_INVALID_PORT); netname_look_up on host "" returns a send right
 * to the port, under the caller's existing name for it, from any task,
 * and NETNAME_NOT_CHECKED_IN for unknown names; netname_check_out needs
 * the signature and drops the server's send right (a no-senders
 * notification follows), as does a refused request; netname_version
 * answers a string.  machemu's own rules:
 * a name dies with its port (its receive right destroyed, or its task's
 * process gone), names are at most 79 characters (an unterminated name
 * in a request is cut, not overrun), only this node is served (other
 * hosts: NETNAME_HOST_NOT_FOUND), the table is bounded
 * (KERN_RESOURCE_SHORTAGE), and name_server_port is the task's first
 * registered port.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mig_support.h>
#include <mach/notify.h>
#include <servers/netname.h>

#include "harness.h"

#define NETNAME_ID_CHECK_IN	1040
#define NETNAME_TABLE_MAX	4096	/* server/netname_kserver.c */

#define KR(expr)	do {						\
	kern_return_t kr_ = (expr);					\
	ck_assert_msg(kr_ == KERN_SUCCESS, "%s: %s (%#x)", #expr,	\
	    mach_error_string(kr_), (unsigned)kr_);			\
} while (0)

#define NN(expr, want)	do {						\
	kern_return_t kr_ = (expr);					\
	ck_assert_msg(kr_ == (want), "%s: %d, not %d", #expr,		\
	    (int)kr_, (int)(want));					\
} while (0)

static void
setup(void)
{
	harness_machd_start(NULL);
	/* The first call makes this process a task. */
	ck_assert(MACH_PORT_VALID(mach_task_self()));
	ck_assert(MACH_PORT_VALID(name_server_port));
}

static void
teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
}

/* A new receive right with one send right under the same name. */
static mach_port_t
new_port(void)
{
	mach_port_t p;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p));
	KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	return p;
}

static mach_port_urefs_t
send_refs(mach_port_t name)
{
	mach_port_urefs_t r = 0;
	KR(mach_port_get_refs(mach_task_self(), name, MACH_PORT_RIGHT_SEND, &r));
	return r;
}

static void
sleep_ms(long ms)
{
	nanosleep(&(struct timespec){ ms / 1000, (ms % 1000) * 1000000 }, NULL);
}

/* Look NAME up until it is gone (a dying task is reaped by machd a little
 * after its process exits); the last answer. */
static kern_return_t
look_up_until_gone(const char *name)
{
	kern_return_t kr = KERN_SUCCESS;
	mach_port_t p;
	for (int i = 0; i < 500; i++) {
		kr = netname_look_up(name_server_port, "", name, &p);
		if (kr != NETNAME_SUCCESS)
			break;
		(void)mach_port_deallocate(mach_task_self(), p);
		sleep_ms(10);
	}
	return kr;
}

/* Ask for a no-senders notification of PORT on a new port, returned. */
static mach_port_t
no_senders_request(mach_port_t port)
{
	mach_port_t notify, prev;
	KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &notify));
	KR(mach_port_request_notification(mach_task_self(), port,
	    MACH_NOTIFY_NO_SENDERS, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	return notify;
}

/* True if a no-senders notification arrives on NOTIFY within MS. */
static int
no_senders_arrived(mach_port_t notify, mach_msg_timeout_t ms)
{
	union {
		mach_msg_header_t head;
		char bytes[256];
	} r;
	mach_msg_return_t mr = mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT,
	    0, sizeof r, notify, ms, MACH_PORT_NULL);
	if (mr == MACH_RCV_TIMED_OUT)
		return 0;
	ck_assert_int_eq(mr, MACH_MSG_SUCCESS);
	ck_assert_int_eq(r.head.msgh_id, MACH_NOTIFY_NO_SENDERS);
	return 1;
}

/* In the task that holds the receive right, the port comes back under
 * its own name, one more send reference; the task port as signature. */
START_TEST(netname_look_up_same_task)
{
	mach_port_t p = new_port(), q = MACH_PORT_NULL;
	KR(netname_check_in(name_server_port, "svc", mach_task_self(), p));
	ck_assert_uint_eq(send_refs(p), 1);
	KR(netname_look_up(name_server_port, "", "svc", &q));
	ck_assert_uint_eq(q, p);
	ck_assert_uint_eq(send_refs(p), 2);
	mach_port_type_t t;
	KR(mach_port_type(mach_task_self(), q, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_SEND_RECEIVE);
	KR(netname_check_out(name_server_port, "svc", mach_task_self()));
}
END_TEST

/* A forked process (a new task, which inherits registered port 0 as its
 * name_server_port) looks the name up and sends to the port. */
START_TEST(netname_look_up_other_task)
{
	mach_port_t p = new_port();
	KR(netname_check_in(name_server_port, "rendezvous", p, p));
	pid_t child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		/* No Mach call yet: name_server_port is set at the fork. */
		if (!MACH_PORT_VALID(name_server_port))
			_exit(1);
		mach_port_t q;
		if (netname_look_up(name_server_port, "", "rendezvous", &q) !=
		    NETNAME_SUCCESS)
			_exit(2);
		mach_msg_header_t m = {
			.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
			.msgh_size = sizeof m,
			.msgh_remote_port = q,
			.msgh_id = 4242,
		};
		_exit(mach_msg_send(&m) == MACH_MSG_SUCCESS ? 0 : 3);
	}
	struct {
		mach_msg_header_t head;
		char pad[64];
	} r;
	KR(mach_msg(&r.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r, p,
	    10000, MACH_PORT_NULL));
	ck_assert_int_eq(r.head.msgh_id, 4242);
	int status;
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 0);
}
END_TEST

/* Checking a name in again with its signature replaces the port. */
START_TEST(netname_check_in_replace)
{
	mach_port_t sig = new_port(), p1 = new_port(), p2 = new_port(), q;
	KR(netname_check_in(name_server_port, "svc", sig, p1));
	KR(netname_check_in(name_server_port, "svc", sig, p2));
	KR(netname_look_up(name_server_port, "", "svc", &q));
	ck_assert_uint_eq(q, p2);
}
END_TEST

/* Another signature may not take a name over. */
START_TEST(netname_check_in_not_yours)
{
	mach_port_t a = new_port(), b = new_port(), p1 = new_port(),
	    p2 = new_port(), q;
	KR(netname_check_in(name_server_port, "svc", a, p1));
	NN(netname_check_in(name_server_port, "svc", b, p2), NETNAME_NOT_YOURS);
	KR(netname_look_up(name_server_port, "", "svc", &q));
	ck_assert_uint_eq(q, p1);
	/* The failed request's rights were released, not kept. */
	ck_assert_uint_eq(send_refs(p2), 1);
	ck_assert_uint_eq(send_refs(b), 1);
}
END_TEST

/* Only the signature of the check-in may check a name out. */
START_TEST(netname_check_out_not_yours)
{
	mach_port_t a = new_port(), b = new_port(), p = new_port(), q;
	KR(netname_check_in(name_server_port, "svc", a, p));
	NN(netname_check_out(name_server_port, "svc", b), NETNAME_NOT_YOURS);
	NN(netname_check_out(name_server_port, "svc", MACH_PORT_NULL),
	    NETNAME_NOT_YOURS);
	KR(netname_look_up(name_server_port, "", "svc", &q));
	ck_assert_uint_eq(q, p);
	KR(netname_check_out(name_server_port, "svc", a));
}
END_TEST

/* The server holds a send right while a name is checked in and drops it
 * at check-out; a refused check-in keeps none. */
START_TEST(netname_check_out_releases_rights)
{
	mach_port_t p = new_port(), other = new_port();
	mach_port_t notify = no_senders_request(p);
	KR(netname_check_in(name_server_port, "svc", mach_task_self(), p));
	KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert(!no_senders_arrived(notify, 100));
	KR(netname_check_out(name_server_port, "svc", mach_task_self()));
	ck_assert(no_senders_arrived(notify, 5000));

	KR(netname_check_in(name_server_port, "svc", mach_task_self(), other));
	p = new_port();
	notify = no_senders_request(p);
	NN(netname_check_in(name_server_port, "svc", p, p), NETNAME_NOT_YOURS);
	KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert(no_senders_arrived(notify, 5000));
}
END_TEST

/* Unknown names, and names checked out, are not checked in. */
START_TEST(netname_look_up_not_checked_in)
{
	mach_port_t sig = new_port(), p = new_port(), q;
	NN(netname_look_up(name_server_port, "", "nobody", &q),
	    NETNAME_NOT_CHECKED_IN);
	NN(netname_check_out(name_server_port, "nobody", sig),
	    NETNAME_NOT_CHECKED_IN);
	KR(netname_check_in(name_server_port, "svc", sig, p));
	KR(netname_check_out(name_server_port, "svc", sig));
	NN(netname_look_up(name_server_port, "", "svc", &q),
	    NETNAME_NOT_CHECKED_IN);
	NN(netname_check_out(name_server_port, "svc", sig),
	    NETNAME_NOT_CHECKED_IN);
	/* The name is free again, for any signature. */
	KR(netname_check_in(name_server_port, "svc", p, p));
}
END_TEST

/* A name dies with its port. */
START_TEST(netname_look_up_port_destroyed)
{
	mach_port_t sig = new_port(), p = new_port(), q;
	KR(netname_check_in(name_server_port, "svc", sig, p));
	KR(mach_port_destroy(mach_task_self(), p));
	NN(netname_look_up(name_server_port, "", "svc", &q),
	    NETNAME_NOT_CHECKED_IN);
	NN(netname_check_out(name_server_port, "svc", sig),
	    NETNAME_NOT_CHECKED_IN);
	KR(netname_check_in(name_server_port, "svc", new_port(), new_port()));
}
END_TEST

/* A name dies when the process holding the port's receive right exits. */
START_TEST(netname_look_up_process_exits)
{
	int up[2], down[2];
	ck_assert_int_eq(pipe(up), 0);
	ck_assert_int_eq(pipe(down), 0);
	pid_t child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		char c = 'x';
		close(up[0]);
		close(down[1]);
		mach_port_t p;
		if (mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
		    &p) != KERN_SUCCESS || mach_port_insert_right(mach_task_self(),
		    p, p, MACH_MSG_TYPE_MAKE_SEND) != KERN_SUCCESS)
			_exit(1);
		if (netname_check_in(name_server_port, "child", p, p) !=
		    NETNAME_SUCCESS)
			_exit(2);
		if (write(up[1], &c, 1) != 1)
			_exit(3);
		if (read(down[0], &c, 1) < 0)	/* until the parent says */
			_exit(4);
		_exit(0);
	}
	close(up[1]);
	close(down[0]);
	char c;
	ck_assert_int_eq(read(up[0], &c, 1), 1);
	mach_port_t q;
	KR(netname_look_up(name_server_port, "", "child", &q));
	close(down[1]);
	int status;
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(up[0]);
	NN(look_up_until_gone("child"), NETNAME_NOT_CHECKED_IN);
}
END_TEST

/* A null or dead port or signature is refused, the rights left alone. */
START_TEST(netname_check_in_invalid_port)
{
	mach_port_t sig = new_port(), p = new_port(), q;
	NN(netname_check_in(name_server_port, "svc", sig, MACH_PORT_NULL),
	    NETNAME_INVALID_PORT);
	NN(netname_check_in(name_server_port, "svc", MACH_PORT_NULL, p),
	    NETNAME_INVALID_PORT);
	NN(netname_check_in(name_server_port, "svc", sig, MACH_PORT_DEAD),
	    NETNAME_INVALID_PORT);
	/* A send right whose port died: a dead name. */
	mach_port_t dead = new_port();
	KR(mach_port_mod_refs(mach_task_self(), dead, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	NN(netname_check_in(name_server_port, "svc", sig, dead),
	    NETNAME_INVALID_PORT);
	NN(netname_check_in(name_server_port, "svc", dead, p),
	    NETNAME_INVALID_PORT);
	NN(netname_look_up(name_server_port, "", "svc", &q),
	    NETNAME_NOT_CHECKED_IN);
	ck_assert_uint_eq(send_refs(p), 1);
	ck_assert_uint_eq(send_refs(sig), 1);
}
END_TEST

/* Only this node is served: another host is not found. */
START_TEST(netname_look_up_host_not_found)
{
	mach_port_t p = new_port(), q;
	KR(netname_check_in(name_server_port, "svc", p, p));
	NN(netname_look_up(name_server_port, "nosuchhost", "svc", &q),
	    NETNAME_HOST_NOT_FOUND);
}
END_TEST

/* Names are C strings of at most 79 characters: a longer one is cut by
 * the stub, and an unterminated 80-byte name in a hand-made request is
 * read as its first 79 characters. */
START_TEST(netname_check_in_long_name)
{
	char longname[200], cut[NETNAME_NAME_SIZE];
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	memset(cut, 'a', sizeof cut - 1);
	cut[sizeof cut - 1] = '\0';
	mach_port_t p = new_port(), q;
	KR(netname_check_in(name_server_port, longname, p, p));
	KR(netname_look_up(name_server_port, "", cut, &q));
	ck_assert_uint_eq(q, p);

	mach_port_t p2 = new_port();
#pragma pack(push, 4)	/* as MIG lays requests out */
	struct {
		mach_msg_header_t head;
		mach_msg_type_long_t name_type;
		char name[NETNAME_NAME_SIZE];
		mach_msg_type_t sig_type;
		mach_port_t sig;
		mach_msg_type_t port_type;
		mach_port_t port;
	} m;
#pragma pack(pop)
	union {
		mig_reply_header_t head;
		char bytes[256];
	} r;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE) | MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_size = sizeof m;
	m.head.msgh_remote_port = name_server_port;
	m.head.msgh_local_port = mig_get_reply_port();
	m.head.msgh_id = NETNAME_ID_CHECK_IN;
	m.name_type.msgtl_header.msgt_inline = TRUE;
	m.name_type.msgtl_header.msgt_longform = TRUE;
	m.name_type.msgtl_name = MACH_MSG_TYPE_STRING_C;
	m.name_type.msgtl_size = 8 * NETNAME_NAME_SIZE;
	m.name_type.msgtl_number = 1;
	memset(m.name, 'b', sizeof m.name);	/* no NUL */
	m.sig_type = m.port_type = (mach_msg_type_t){
		.msgt_name = MACH_MSG_TYPE_COPY_SEND, .msgt_size = 32,
		.msgt_number = 1, .msgt_inline = TRUE };
	m.sig = m.port = p2;
	mach_port_t reply = m.head.msgh_local_port;
	KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	KR(mach_msg(&r.head.Head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof r,
	    reply, 10000, MACH_PORT_NULL));
	ck_assert_int_eq(r.head.Head.msgh_id, NETNAME_ID_CHECK_IN + 100);
	ck_assert_int_eq(r.head.RetCode, NETNAME_SUCCESS);
	memset(cut, 'b', sizeof cut - 1);
	KR(netname_look_up(name_server_port, "", cut, &q));
	ck_assert_uint_eq(q, p2);
}
END_TEST

/* The table is bounded: beyond it, KERN_RESOURCE_SHORTAGE; a name that
 * leaves makes room. */
START_TEST(netname_check_in_table_full)
{
	mach_port_t p = new_port();
	char name[32];
	for (int i = 0; i < NETNAME_TABLE_MAX; i++) {
		snprintf(name, sizeof name, "name-%d", i);
		KR(netname_check_in(name_server_port, name, p, p));
	}
	NN(netname_check_in(name_server_port, "one-more", p, p),
	    KERN_RESOURCE_SHORTAGE);
	/* Replacing an existing name needs no room. */
	KR(netname_check_in(name_server_port, "name-7", p, p));
	KR(netname_check_out(name_server_port, "name-0", p));
	KR(netname_check_in(name_server_port, "one-more", p, p));
}
END_TEST

START_TEST(netname_version_string)
{
	netname_name_t version;
	memset(version, 'x', sizeof version);
	KR(netname_version(name_server_port, version));
	ck_assert_str_eq(version, "machemu netname 1.0");
}
END_TEST

/* Netname requests to a kernel port that is not the name server are not
 * understood there. */
START_TEST(netname_version_wrong_port)
{
	netname_name_t version;
	NN(netname_version(mach_task_self(), version), MIG_BAD_ID);
}
END_TEST

/* name_server_port is the task's first registered port, as in CMU Mach. */
START_TEST(netname_name_server_port_registered)
{
	mach_port_array_t ports;
	mach_msg_type_number_t n = 0;
	KR(mach_ports_lookup(mach_task_self(), &ports, &n));
	ck_assert_uint_ge(n, 1);
	ck_assert(MACH_PORT_VALID(ports[0]));
	ck_assert_uint_eq(ports[0], name_server_port);
	KR(vm_deallocate(mach_task_self(), (vm_address_t)ports,
	    n * sizeof *ports));
}
END_TEST

static Suite *
netname_suite(void)
{
	Suite *s = suite_create("netname");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, netname_look_up_same_task);
	tcase_add_test(tc, netname_look_up_other_task);
	tcase_add_test(tc, netname_check_in_replace);
	tcase_add_test(tc, netname_check_in_not_yours);
	tcase_add_test(tc, netname_check_out_not_yours);
	tcase_add_test(tc, netname_check_out_releases_rights);
	tcase_add_test(tc, netname_look_up_not_checked_in);
	tcase_add_test(tc, netname_look_up_port_destroyed);
	tcase_add_test(tc, netname_look_up_process_exits);
	tcase_add_test(tc, netname_check_in_invalid_port);
	tcase_add_test(tc, netname_look_up_host_not_found);
	tcase_add_test(tc, netname_check_in_long_name);
	tcase_add_test(tc, netname_check_in_table_full);
	tcase_add_test(tc, netname_version_string);
	tcase_add_test(tc, netname_version_wrong_port);
	tcase_add_test(tc, netname_name_server_port_registered);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return harness_run_suite(netname_suite());
}
