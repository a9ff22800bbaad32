/*
 * check_ipc_right: unit tests of the Mach model's rights, spaces and
 * message copyin/copyout (emu/), run in one process without machd.  They
 * check the accounting the man pages imply: user references, send-right
 * counts, names shared by send and receive rights, dead names, and rights
 * consumed exactly once by a message.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <mach/message.h>
#include <mach/notify.h>

#include "ipc_entry.h"
#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "ipc_thread.h"
#include "mach_msg_format.h"

static struct ipc_space *a, *b;

static void
setup(void)
{
	ipc_space_kernel = ipc_space_create(NULL);
	a = ipc_space_create(NULL);
	b = ipc_space_create(NULL);
}

static void
teardown(void)
{
	ipc_space_terminate(a);
	ipc_space_terminate(b);
	ipc_space_free(a);
	ipc_space_free(b);
}

/* A new port whose receive right SPACE holds; returns its name. */
static mach_port_name_t
receive_right(struct ipc_space *space)
{
	struct ipc_port *port = ipc_port_alloc();
	mach_port_name_t name;
	ck_assert_int_eq(ipc_right_copyout(space, port, MACH_MSG_TYPE_PORT_RECEIVE,
	    &name), KERN_SUCCESS);
	return name;
}

static struct ipc_port *
port_of(struct ipc_space *space, mach_port_name_t name)
{
	struct ipc_entry *e = ipc_entry_lookup(space, name);
	ck_assert_ptr_nonnull(e);
	return e->ie_object;
}

static mach_port_type_t
type_of(struct ipc_space *space, mach_port_name_t name, mach_port_urefs_t *urefs)
{
	mach_port_type_t t;
	mach_port_urefs_t u;
	ck_assert_int_eq(ipc_right_info(space, name, &t, &u), KERN_SUCCESS);
	if (urefs)
		*urefs = u;
	return t;
}

/* Send and receive rights of a port share its name in a space. */
START_TEST(ipc_right_copyout_send_coalesces)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *port = port_of(a, n);
	struct ipc_port *got;
	ck_assert_int_eq(ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND, false,
	    &got), KERN_SUCCESS);
	ck_assert_ptr_eq(got, port);
	ck_assert_uint_eq(port->ip_srights, 1);
	ck_assert_uint_eq(port->ip_mscount, 1);
	mach_port_name_t n2;
	ck_assert_int_eq(ipc_right_copyout(a, got, MACH_MSG_TYPE_PORT_SEND, &n2),
	    KERN_SUCCESS);
	ck_assert_uint_eq(n2, n);
	mach_port_urefs_t u;
	ck_assert_uint_eq(type_of(a, n, &u), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(u, 1);
	/* A second send right adds a user reference, not a send right. */
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND, false, &got);
	ipc_right_copyout(a, got, MACH_MSG_TYPE_PORT_SEND, &n2);
	type_of(a, n, &u);
	ck_assert_uint_eq(u, 2);
	ck_assert_uint_eq(port->ip_srights, 1);
}
END_TEST

/* Send-once rights get a name each. */
START_TEST(ipc_right_copyout_send_once_own_name)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *p1, *p2;
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, false, &p1);
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, false, &p2);
	mach_port_name_t s1, s2;
	ipc_right_copyout(b, p1, MACH_MSG_TYPE_PORT_SEND_ONCE, &s1);
	ipc_right_copyout(b, p2, MACH_MSG_TYPE_PORT_SEND_ONCE, &s2);
	ck_assert_uint_ne(s1, s2);
	ck_assert_uint_eq(type_of(b, s1, NULL), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(port_of(a, n)->ip_sorights, 2);
}
END_TEST

/* MOVE_SEND of the last reference moves the space's send right. */
START_TEST(ipc_right_copyin_move_send_last)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *port = port_of(a, n), *got;
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND, false, &got);
	mach_port_name_t sn;
	ipc_right_copyout(b, got, MACH_MSG_TYPE_PORT_SEND, &sn);
	unsigned refs = port->ip_refs;
	ck_assert_int_eq(ipc_right_copyin(b, sn, MACH_MSG_TYPE_MOVE_SEND, false,
	    &got), KERN_SUCCESS);
	ck_assert_ptr_null(ipc_entry_lookup(b, sn));
	ck_assert_uint_eq(port->ip_srights, 1);
	ck_assert_uint_eq(port->ip_refs, refs);
	ipc_right_release(got, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(port->ip_srights, 0);
	ck_assert_int_eq(ipc_right_copyin(b, sn, MACH_MSG_TYPE_COPY_SEND, false,
	    &got), KERN_INVALID_NAME);
}
END_TEST

/* Rights the name lacks are KERN_INVALID_RIGHT. */
START_TEST(ipc_right_copyin_wrong_right)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *got;
	ck_assert_int_eq(ipc_right_copyin(a, n, MACH_MSG_TYPE_COPY_SEND, false,
	    &got), KERN_INVALID_RIGHT);
	ck_assert_int_eq(ipc_right_copyin(a, n, MACH_MSG_TYPE_MOVE_SEND_ONCE,
	    false, &got), KERN_INVALID_RIGHT);
	ck_assert_int_eq(ipc_right_copyin(a, n, 99, false, &got),
	    KERN_INVALID_VALUE);
}
END_TEST

/* Destroying a receive right turns the send rights other spaces hold into
 * dead names, with their user references. */
START_TEST(ipc_right_destroy_makes_dead_names)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *got;
	mach_port_name_t sn;
	for (int i = 0; i < 3; i++) {
		ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND, false, &got);
		ipc_right_copyout(b, got, MACH_MSG_TYPE_PORT_SEND, &sn);
	}
	ck_assert_int_eq(ipc_right_destroy(a, n), KERN_SUCCESS);
	mach_port_urefs_t u;
	ck_assert_uint_eq(type_of(b, sn, &u), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(u, 3);
	ck_assert_int_eq(ipc_right_copyin(b, sn, MACH_MSG_TYPE_COPY_SEND, false,
	    &got), KERN_INVALID_RIGHT);
	ck_assert_int_eq(ipc_right_copyin(b, sn, MACH_MSG_TYPE_COPY_SEND, true,
	    &got), KERN_SUCCESS);
	ck_assert_ptr_eq(got, IP_DEAD);
	ck_assert_int_eq(ipc_right_delta(b, sn, MACH_PORT_RIGHT_DEAD_NAME, -3),
	    KERN_SUCCESS);
	ck_assert_ptr_null(ipc_entry_lookup(b, sn));
}
END_TEST

/* mach_port_mod_refs rules: receive and send-once take 0 or -1 only;
 * send references cannot go negative or overflow. */
START_TEST(ipc_right_delta_limits)
{
	mach_port_name_t n = receive_right(a);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_RECEIVE, 1),
	    KERN_INVALID_VALUE);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_SEND, 1),
	    KERN_INVALID_RIGHT);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_NUMBER, 0),
	    KERN_INVALID_VALUE);
	struct ipc_port *got;
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND, false, &got);
	mach_port_name_t sn;
	ipc_right_copyout(a, got, MACH_MSG_TYPE_PORT_SEND, &sn);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_SEND, -2),
	    KERN_INVALID_VALUE);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_SEND,
	    IPC_ENTRY_UREFS_MAX), KERN_UREFS_OVERFLOW);
	ck_assert_int_eq(ipc_right_delta(a, n, MACH_PORT_RIGHT_RECEIVE, -1),
	    KERN_SUCCESS);
	/* The send right left behind names a dead port now. */
	ck_assert_uint_eq(type_of(a, n, NULL), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* Names are not handed out again at once. */
START_TEST(ipc_space_names_delayed_reuse)
{
	mach_port_name_t first = receive_right(a);
	ck_assert_int_eq(ipc_right_destroy(a, first), KERN_SUCCESS);
	for (int i = 0; i < IPC_NAME_FREE_RING + 10; i++)
		ck_assert_uint_ne(receive_right(a), first);
}
END_TEST

/* A thread that waits and the message it gets. */
static struct ipc_kmsg *woken_kmsg;
static mach_msg_return_t woken_mr;

static void
wakeup(struct ipc_thread *t, mach_msg_return_t mr, struct ipc_kmsg *kmsg,
    mach_msg_size_t size)
{
	(void)t;
	(void)size;
	woken_mr = mr;
	woken_kmsg = kmsg;
}

#pragma pack(push, 4)
struct port_msg {
	mach_msg_header_t head;
	mach_msg_type_t t;
	mach_port_name_t port;
};
#pragma pack(pop)

/* A message carries a right from one space to another: copyin takes it
 * from the sender, copyout gives it a name in the receiver, and the
 * destination right is used up. */
START_TEST(ipc_kmsg_copyin_copyout_moves_rights)
{
	mach_port_name_t dest = receive_right(b);
	struct ipc_port *got;
	mach_port_name_t dest_in_a;
	ipc_right_copyin(b, dest, MACH_MSG_TYPE_MAKE_SEND, false, &got);
	ipc_right_copyout(a, got, MACH_MSG_TYPE_PORT_SEND, &dest_in_a);
	mach_port_name_t carried = receive_right(a);

	struct port_msg m = {
		.head = {
			.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
			    MACH_MSGH_BITS_COMPLEX,
			.msgh_remote_port = dest_in_a, .msgh_id = 5,
		},
		.t = { .msgt_name = MACH_MSG_TYPE_MOVE_RECEIVE, .msgt_size = 32,
		    .msgt_number = 1, .msgt_inline = 1 },
		.port = carried,
	};
	struct ipc_kmsg *kmsg;
	ck_assert_int_eq(ipc_kmsg_copyin(a, &m, sizeof m, NULL, &kmsg),
	    MACH_MSG_SUCCESS);
	ck_assert_ptr_null(ipc_entry_lookup(a, carried));
	struct ipc_port *dport = port_of(b, dest);
	ck_assert_uint_eq(dport->ip_srights, 2);

	struct ipc_thread th = { .th_rcv_size = 1024, .th_wakeup = wakeup };
	struct ipc_kmsg *rk;
	mach_msg_size_t size;
	ck_assert_int_eq(ipc_mqueue_receive(&th, dport, &rk, &size),
	    MACH_RCV_IN_PROGRESS);
	ck_assert_int_eq(ipc_mqueue_send(kmsg), MACH_MSG_SUCCESS);
	ck_assert_int_eq(woken_mr, MACH_MSG_SUCCESS);
	uint8_t *data;
	ck_assert_int_eq(ipc_kmsg_copyout(woken_kmsg, b, NULL, &data, &size),
	    MACH_MSG_SUCCESS);
	struct port_msg r;
	memcpy(&r, data, sizeof r);
	free(data);
	ck_assert_uint_eq(dport->ip_srights, 1);	/* the copy was used up */
	ck_assert_uint_eq(r.head.msgh_local_port, dest);
	ck_assert_uint_eq(r.t.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(type_of(b, r.port, NULL), MACH_PORT_TYPE_RECEIVE);
	ck_assert_ptr_eq(port_of(b, r.port)->ip_receiver, b);
}
END_TEST

/* A thread waiting on a port whose receive right moves away is woken
 * with MACH_RCV_PORT_DIED: "the caller lost the rights specified by
 * receive_name" (mach_msg man page). */
START_TEST(ipc_right_copyin_move_receive_wakes_waiters)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *port = port_of(a, n), *got;
	struct ipc_thread th = { .th_rcv_size = 1024, .th_wakeup = wakeup };
	struct ipc_kmsg *rk;
	mach_msg_size_t size;
	woken_mr = MACH_MSG_SUCCESS;
	ck_assert_int_eq(ipc_mqueue_receive(&th, port, &rk, &size),
	    MACH_RCV_IN_PROGRESS);
	ck_assert_int_eq(ipc_right_copyin(a, n, MACH_MSG_TYPE_MOVE_RECEIVE, false,
	    &got), KERN_SUCCESS);
	ck_assert_int_eq(woken_mr, MACH_RCV_PORT_DIED);
	ck_assert_ptr_null(th.th_wait_queue);
	ipc_right_release(got, MACH_MSG_TYPE_PORT_RECEIVE);
}
END_TEST

/* A body error destroys the message: rights taken before it are
 * released, the destination's among them. */
START_TEST(ipc_kmsg_copyin_body_error_destroys)
{
	mach_port_name_t dest = receive_right(a);
	struct ipc_port *dport = port_of(a, dest);
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t;
		mach_port_name_t ports[2];
	} __attribute__((packed, aligned(4))) m = {
		.head = {
			.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
			    MACH_MSGH_BITS_COMPLEX,
			.msgh_remote_port = dest,
		},
		.t = { .msgt_name = MACH_MSG_TYPE_MAKE_SEND, .msgt_size = 32,
		    .msgt_number = 2, .msgt_inline = 1 },
		.ports = { dest, 0x9999 },
	};
	struct ipc_kmsg *kmsg;
	ck_assert_int_eq(ipc_kmsg_copyin(a, &m, sizeof m, NULL, &kmsg),
	    MACH_SEND_INVALID_RIGHT);
	ck_assert_uint_eq(dport->ip_srights, 0);
	ck_assert_uint_eq(dport->ip_messages.imq_count, 0);
	/* A bad destination changes nothing at all. */
	m.head.msgh_remote_port = 0x9999;
	ck_assert_int_eq(ipc_kmsg_copyin(a, &m, sizeof m, NULL, &kmsg),
	    MACH_SEND_INVALID_DEST);
	ck_assert_uint_eq(dport->ip_mscount, 2);
}
END_TEST

/* An unused send-once right, destroyed, notifies its port. */
START_TEST(ipc_port_release_sonce_notifies)
{
	mach_port_name_t n = receive_right(a);
	struct ipc_port *port = port_of(a, n), *so;
	ipc_right_copyin(a, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, false, &so);
	ipc_right_release(so, MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_eq(port->ip_messages.imq_count, 1);
	struct ipc_kmsg *k = TAILQ_FIRST(&port->ip_messages.imq_messages);
	ck_assert_int_eq((int)msg_get32(k->ikm_data, MSG_OFF_ID),
	    MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(port->ip_sorights, 1);	/* carried by the notice */
}
END_TEST

static Suite *
ipc_right_suite(void)
{
	Suite *s = suite_create("ipc_right");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, ipc_right_copyout_send_coalesces);
	tcase_add_test(tc, ipc_right_copyout_send_once_own_name);
	tcase_add_test(tc, ipc_right_copyin_move_send_last);
	tcase_add_test(tc, ipc_right_copyin_wrong_right);
	tcase_add_test(tc, ipc_right_destroy_makes_dead_names);
	tcase_add_test(tc, ipc_right_delta_limits);
	tcase_add_test(tc, ipc_space_names_delayed_reuse);
	tcase_add_test(tc, ipc_kmsg_copyin_copyout_moves_rights);
	tcase_add_test(tc, ipc_right_copyin_move_receive_wakes_waiters);
	tcase_add_test(tc, ipc_kmsg_copyin_body_error_destroys);
	tcase_add_test(tc, ipc_port_release_sonce_notifies);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(ipc_right_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
