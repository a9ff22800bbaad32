/*
 * Conformance: mach_port_request_notification
 * (osfmk-man/MP_request_notification.html).
 * "The mach_port_request_notification function registers a request for a
 * notification and supplies a send-once right that the notification will
 * use.  It is an atomic swap, returning the previously registered
 * send-once right (or MACH_PORT_NULL for none).  A notification request
 * may be cancelled by providing MACH_PORT_NULL."  Variants:
 * MACH_NOTIFY_PORT_DESTROYED (sync must be zero; the receive right comes
 * back in a port-destroyed notification instead of being destroyed),
 * MACH_NOTIFY_DEAD_NAME (a dead-name notification when the port dies,
 * adding a user reference to the dead name; with sync non-zero an
 * immediate one for a dead name; a port-deleted notification instead
 * when the name goes away first) and MACH_NOTIFY_NO_SENDERS (immediate
 * if the make-send count is at least sync and there are no send rights,
 * else when the last send right goes; carries the make-send count;
 * cancelled, with a send-once notification, when the receive right
 * moves).  Errors: KERN_INVALID_NAME, KERN_INVALID_RIGHT,
 * KERN_INVALID_CAPABILITY (notify invalid) and, for an immediate
 * dead-name notification, KERN_UREFS_OVERFLOW.
 *
 * Checks: each variant's notification, as the struct of <mach/notify.h>
 * on the send-once right given (made with MACH_MSG_TYPE_MAKE_SEND_ONCE or
 * moved with MACH_MSG_TYPE_MOVE_SEND_ONCE); the swap returning the
 * previous send-once right, usable as such; cancellation; the dead-name
 * user reference; dead-name notifications for a port of this task and for
 * one of another task (a forked process, whose task dies when it is
 * killed); port-deleted for send, send-once and receive names; every
 * error code of the page (KERN_INVALID_CAPABILITY for a MACH_PORT_DEAD
 * notify, with no request registered).
 *
 * GNU Mach behaviour where the page is silent: a non-zero sync for
 * MACH_NOTIFY_PORT_DESTROYED and an unknown variant are
 * KERN_INVALID_VALUE; a dead-name request on a dead name with sync zero is
 * KERN_INVALID_ARGUMENT; a notify name that denotes no right fails in the
 * request message itself (MACH_SEND_INVALID_RIGHT), since the right
 * travels in it; a request that fails destroys the send-once right made
 * for it, so its port hears a send-once notification.
 */
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

union notification {
	mach_msg_header_t head;
	mach_dead_name_notification_t dead_name;
	mach_port_deleted_notification_t deleted;
	mach_port_destroyed_notification_t destroyed;
	mach_no_senders_notification_t no_senders;
	mach_send_once_notification_t send_once;
	char pad[256];
};

static void
make_send(mach_port_t p)
{
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
}

/* Request VARIANT on NAME with a send-once right made from NOTIFY. */
static kern_return_t
try_request(mach_port_t name, mach_msg_id_t variant, mach_port_mscount_t sync,
    mach_port_t notify, mach_port_t *previous)
{
	*previous = 0x5555;	/* must be overwritten */
	return mach_port_request_notification(mach_task_self(), name, variant,
	    sync, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE, previous);
}

/* Receive a notification of id ID from PORT, waiting up to MS; check its
 * header: sent to a send-once right, without a reply port. */
static void
expect_notification(mach_port_t port, mach_msg_id_t id, union notification *n,
    mach_msg_timeout_t ms)
{
	memset(n, 0, sizeof *n);
	mach_msg_return_t mr = mach_msg(&n->head,
	    MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof *n, port, ms,
	    MACH_PORT_NULL);
	ck_assert_msg(mr == MACH_MSG_SUCCESS, "no notification %d: %s (0x%x)",
	    id, mach_error_string(mr), mr);
	ck_assert_int_eq(n->head.msgh_id, id);
	ck_assert_uint_eq(n->head.msgh_local_port, port);
	ck_assert_uint_eq(n->head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_uint_eq(MACH_MSGH_BITS_LOCAL(n->head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(n->head.msgh_bits), 0);
}

/* A dead-name or port-deleted notification naming NAME. */
static void
expect_name_notification(mach_port_t port, mach_msg_id_t id, mach_port_t name)
{
	union notification n;
	expect_notification(port, id, &n, 1000);
	ck_assert_uint_eq(n.head.msgh_size, sizeof n.dead_name);
	ck_assert(!(n.head.msgh_bits & MACH_MSGH_BITS_COMPLEX));
	ck_assert_uint_eq(n.dead_name.not_type.msgt_name,
	    MACH_MSG_TYPE_PORT_NAME);
	ck_assert_uint_eq(n.dead_name.not_type.msgt_size, 32);
	ck_assert_uint_eq(n.dead_name.not_type.msgt_number, 1);
	ck_assert_uint_eq(n.dead_name.not_port, name);
}

/* A no-senders notification carrying MSCOUNT. */
static void
expect_no_senders(mach_port_t port, mach_port_mscount_t mscount)
{
	union notification n;
	expect_notification(port, MACH_NOTIFY_NO_SENDERS, &n, 1000);
	ck_assert_uint_eq(n.head.msgh_size, sizeof n.no_senders);
	ck_assert_uint_eq(n.no_senders.not_type.msgt_name,
	    MACH_MSG_TYPE_INTEGER_32);
	ck_assert_uint_eq(n.no_senders.not_count, mscount);
}

static void
expect_send_once(mach_port_t port)
{
	union notification n;
	expect_notification(port, MACH_NOTIFY_SEND_ONCE, &n, 1000);
	ck_assert_uint_eq(n.head.msgh_size, sizeof n.send_once);
}

/* --- The swap ---------------------------------------------------------- */

/* The previous send-once right comes back, usable; MACH_PORT_NULL
 * cancels the request. */
START_TEST(mach_port_request_notification_previous)
{
	mach_port_t p = new_receive(), n1 = new_receive(), n2 = new_receive();
	mach_port_t prev;
	make_send(p);		/* the no-senders request waits */
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n1, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	ck_assert(status_of(p).mps_nsrequest);
	ck_assert_uint_eq(status_of(n1).mps_sorights, 1);

	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n2, &prev));
	ck_assert(MACH_PORT_VALID(prev));
	ck_assert_uint_eq(type_of(prev), MACH_PORT_TYPE_SEND_ONCE);
	send_through(prev, MACH_MSG_TYPE_MOVE_SEND_ONCE, 1001);
	ck_assert_int_eq(receive_id(n1, 1000), 1001);
	ck_assert_uint_eq(status_of(n1).mps_sorights, 0);

	/* Cancel: the right for N2 comes back, and nothing is sent. */
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, MACH_PORT_NULL, &prev));
	ck_assert(MACH_PORT_VALID(prev));
	ck_assert_uint_eq(type_of(prev), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert(!status_of(p).mps_nsrequest);
	send_through(prev, MACH_MSG_TYPE_MOVE_SEND_ONCE, 1002);
	ck_assert_int_eq(receive_id(n2, 1000), 1002);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	assert_empty(n1);
	assert_empty(n2);
	/* Cancelling with nothing registered gives MACH_PORT_NULL. */
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, MACH_PORT_NULL, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
}
END_TEST

/* notify_type MACH_MSG_TYPE_MOVE_SEND_ONCE: the caller's send-once right
 * moves into the request. */
START_TEST(mach_port_request_notification_move_send_once)
{
	mach_port_t p = new_receive(), n = new_receive(), prev = 0x5555;
	mach_port_t so = send_once_to(n);
	make_send(p);
	CK_KR(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, so, MACH_MSG_TYPE_MOVE_SEND_ONCE,
	    &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	CK_KR_EQ(mach_port_type(mach_task_self(), so, &(mach_port_type_t){ 0 }),
	    KERN_INVALID_NAME);
	ck_assert_uint_eq(status_of(n).mps_sorights, 1);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	expect_no_senders(n, 1);
}
END_TEST

/* --- No senders -------------------------------------------------------- */

/* No send rights and a make-send count at least SYNC: at once. */
START_TEST(mach_port_request_notification_no_senders_immediate)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	expect_no_senders(n, 0);
	ck_assert(!status_of(p).mps_nsrequest);	/* used up */

	CK_KR(mach_port_set_mscount(mach_task_self(), p, 3));
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 3, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	expect_no_senders(n, 3);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 2, n, &prev));
	expect_no_senders(n, 3);
	assert_empty(n);
}
END_TEST

/* With send rights: when the last one goes, with the make-send count. */
START_TEST(mach_port_request_notification_no_senders_last_right)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	make_send(p);
	make_send(p);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n, &prev));
	assert_empty(n);
	ck_assert(status_of(p).mps_nsrequest);
	/* A send right in a message still counts. */
	mach_port_t carrier = new_receive();
	send_right(carrier, p, MACH_MSG_TYPE_COPY_SEND);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    -1));
	assert_empty(n);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	assert_empty(n);
	ck_assert_uint_eq(receive_right(carrier, MACH_MSG_TYPE_PORT_SEND, 0),
	    p);
	assert_empty(n);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	expect_no_senders(n, 2);
	ck_assert(!status_of(p).mps_nsrequest);
}
END_TEST

/* A make-send count below SYNC: not at once, but when the last send right
 * made later goes. */
START_TEST(mach_port_request_notification_no_senders_sync)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	make_send(p);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(status_of(p).mps_mscount, 1);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 2, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	assert_empty(n);
	ck_assert(status_of(p).mps_nsrequest);
	make_send(p);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	expect_no_senders(n, 2);
}
END_TEST

/* Moving the receive right cancels the request with a send-once
 * notification; the make-send count restarts at zero. */
START_TEST(mach_port_request_notification_no_senders_moved)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	mach_port_t carrier = new_receive();
	make_send(p);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n, &prev));
	CK_KR(mach_port_deallocate(mach_task_self(), p));	/* fires */
	expect_no_senders(n, 1);
	make_send(p);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n, &prev));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	expect_no_senders(n, 2);
	make_send(p);
	CK_KR(try_request(p, MACH_NOTIFY_NO_SENDERS, 0, n, &prev));
	send_right(carrier, p, MACH_MSG_TYPE_MOVE_RECEIVE);
	expect_send_once(n);
	mach_port_t back = receive_right(carrier, MACH_MSG_TYPE_PORT_RECEIVE,
	    0);
	ck_assert_uint_eq(back, p);	/* the send right kept the name */
	mach_port_status_t st = status_of(back);
	ck_assert(!st.mps_nsrequest);
	ck_assert_uint_eq(st.mps_mscount, 0);
	CK_KR(mach_port_deallocate(mach_task_self(), back));
	assert_empty(n);
}
END_TEST

/* --- Dead names -------------------------------------------------------- */

/* A port of this task dies: its send right becomes a dead name with one
 * more user reference, and the notification names it. */
START_TEST(mach_port_request_notification_dead_name)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	make_send(p);
	make_send(p);
	CK_KR(try_request(p, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	ck_assert(type_in(mach_task_self(), p) & MACH_PORT_TYPE_DNREQUEST);
	assert_empty(n);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	expect_name_notification(n, MACH_NOTIFY_DEAD_NAME, p);
	mach_port_type_t t = type_in(mach_task_self(), p);
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_DEAD_NAME);
	ck_assert(!(t & MACH_PORT_TYPE_DNREQUEST));
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_DEAD_NAME), 3);
	assert_empty(n);
}
END_TEST

/* A send-once right whose port dies: a dead-name notification too. */
START_TEST(mach_port_request_notification_dead_name_send_once)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	mach_port_t so = send_once_to(p);
	CK_KR(try_request(so, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	expect_name_notification(n, MACH_NOTIFY_DEAD_NAME, so);
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_of(so, MACH_PORT_RIGHT_DEAD_NAME), 2);
}
END_TEST

/* A port of another task dies with its process: the send right this task
 * holds becomes a dead name, and the notification says so. */
START_TEST(mach_port_request_notification_dead_name_other_task)
{
	mach_port_t rendezvous = rendezvous_new(), n = new_receive(), prev;
	pid_t parent = getpid();
	pid_t child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		/* A new task, which inherited the registered port.  It dies
		 * with this test's process if an assertion ends that first. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(3);
		mach_port_t mine;
		if (mach_port_allocate(mach_task_self(),
		    MACH_PORT_RIGHT_RECEIVE, &mine) != KERN_SUCCESS)
			_exit(1);
		int status = rendezvous_send(mine, MACH_MSG_TYPE_MAKE_SEND);
		if (status != 0)
			_exit(status);
		sleep(60);	/* until killed */
		_exit(4);
	}
	struct {
		struct port_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	mach_msg_return_t mr = mach_msg(&r.m.head, MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, 0, sizeof r, rendezvous, 10000, MACH_PORT_NULL);
	if (mr != MACH_MSG_SUCCESS)
		kill(child, SIGKILL);
	CK_KR(mr);
	mach_port_t theirs = r.m.port;
	ck_assert_uint_eq(r.m.type.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(type_of(theirs), MACH_PORT_TYPE_SEND);
	CK_KR(mach_port_mod_refs(mach_task_self(), theirs, MACH_PORT_RIGHT_SEND,
	    1));
	CK_KR(try_request(theirs, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	assert_empty(n);		/* not while the child lives */
	ck_assert_int_eq(kill(child, SIGKILL), 0);
	int status;
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert(WIFSIGNALED(status));

	union notification note;
	expect_notification(n, MACH_NOTIFY_DEAD_NAME, &note, 5000);
	ck_assert_uint_eq(note.dead_name.not_port, theirs);
	ck_assert_uint_eq(note.dead_name.not_type.msgt_name,
	    MACH_MSG_TYPE_PORT_NAME);
	ck_assert_uint_eq(type_of(theirs), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_of(theirs, MACH_PORT_RIGHT_DEAD_NAME), 3);
}
END_TEST

/* A dead name with SYNC non-zero: a dead-name notification at once, and
 * one more user reference each time; with SYNC zero, refused. */
START_TEST(mach_port_request_notification_dead_name_immediate)
{
	mach_port_t d = new_dead_name(), n = new_receive(), prev;
	CK_KR(try_request(d, MACH_NOTIFY_DEAD_NAME, 1, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	expect_name_notification(n, MACH_NOTIFY_DEAD_NAME, d);
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), 2);
	CK_KR(try_request(d, MACH_NOTIFY_DEAD_NAME, 7, n, &prev));
	expect_name_notification(n, MACH_NOTIFY_DEAD_NAME, d);
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), 3);
	ck_assert(!(type_in(mach_task_self(), d) & MACH_PORT_TYPE_DNREQUEST));
	/* GNU Mach: a dead name without SYNC is KERN_INVALID_ARGUMENT. */
	CK_KR_EQ(try_request(d, MACH_NOTIFY_DEAD_NAME, 0, n, &prev),
	    KERN_INVALID_ARGUMENT);
	expect_send_once(n);	/* the right made for the request */
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), 3);
}
END_TEST

/* KERN_UREFS_OVERFLOW: an immediate notification would overflow the dead
 * name's user references; nothing changes. */
START_TEST(mach_port_request_notification_dead_name_urefs_overflow)
{
	mach_port_t d = new_dead_name(), n = new_receive(), prev;
	kern_return_t kr = KERN_SUCCESS;
	mach_port_urefs_t refs = 1;
	/* Raise the references to the most a name can have. */
	for (mach_port_delta_t step = 0x10000; step > 0; step /= 2)
		while ((kr = mach_port_mod_refs(mach_task_self(), d,
		    MACH_PORT_RIGHT_DEAD_NAME, step)) == KERN_SUCCESS)
			refs += step;
	ck_assert_int_eq(kr, KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), refs);
	CK_KR_EQ(try_request(d, MACH_NOTIFY_DEAD_NAME, 1, n, &prev),
	    KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), refs);
	expect_send_once(n);	/* no dead-name notification */
	assert_empty(n);
	/* One reference less, and it fits. */
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	CK_KR(try_request(d, MACH_NOTIFY_DEAD_NAME, 1, n, &prev));
	expect_name_notification(n, MACH_NOTIFY_DEAD_NAME, d);
	ck_assert_uint_eq(refs_of(d, MACH_PORT_RIGHT_DEAD_NAME), refs);
}
END_TEST

/* A cancelled dead-name request sends nothing when the port dies. */
START_TEST(mach_port_request_notification_dead_name_cancel)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	mach_port_t so = send_once_to(p);
	CK_KR(try_request(so, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	CK_KR(try_request(so, MACH_NOTIFY_DEAD_NAME, 0, MACH_PORT_NULL, &prev));
	ck_assert(MACH_PORT_VALID(prev));
	ck_assert_uint_eq(type_of(prev), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert(!(type_in(mach_task_self(), so) & MACH_PORT_TYPE_DNREQUEST));
	CK_KR(mach_port_destroy(mach_task_self(), p));
	assert_empty(n);
	ck_assert_uint_eq(refs_of(so, MACH_PORT_RIGHT_DEAD_NAME), 1);
	send_through(prev, MACH_MSG_TYPE_MOVE_SEND_ONCE, 2001);
	ck_assert_int_eq(receive_id(n, 1000), 2001);
}
END_TEST

/* --- Port deleted ------------------------------------------------------ */

/* The name goes away before the port dies: a port-deleted notification
 * instead, for a send right (deallocated or mod_refs to zero), a
 * send-once right used to send, and a receive right destroyed. */
START_TEST(mach_port_request_notification_port_deleted)
{
	mach_port_t n = new_receive(), prev, carrier = new_receive();

	/* A send right alone under its name: its receive right travels. */
	mach_port_t p = new_receive();
	make_send(p);
	send_right(carrier, p, MACH_MSG_TYPE_MOVE_RECEIVE);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND);
	CK_KR(try_request(p, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	expect_name_notification(n, MACH_NOTIFY_PORT_DELETED, p);

	/* The same through mach_port_mod_refs. */
	mach_port_t q = new_receive();
	make_send(q);
	make_send(q);
	send_right(carrier, q, MACH_MSG_TYPE_MOVE_RECEIVE);
	CK_KR(try_request(q, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	CK_KR(mach_port_mod_refs(mach_task_self(), q, MACH_PORT_RIGHT_SEND,
	    -1));
	assert_empty(n);
	CK_KR(mach_port_mod_refs(mach_task_self(), q, MACH_PORT_RIGHT_SEND,
	    -1));
	expect_name_notification(n, MACH_NOTIFY_PORT_DELETED, q);

	/* A send-once right that has a message sent to it. */
	mach_port_t r = new_receive(), so = send_once_to(r);
	CK_KR(try_request(so, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	send_through(so, MACH_MSG_TYPE_MOVE_SEND_ONCE, 3001);
	expect_name_notification(n, MACH_NOTIFY_PORT_DELETED, so);
	ck_assert_int_eq(receive_id(r, 1000), 3001);

	/* A receive right destroyed: the name is gone, not dead. */
	CK_KR(try_request(r, MACH_NOTIFY_DEAD_NAME, 0, n, &prev));
	CK_KR(mach_port_destroy(mach_task_self(), r));
	expect_name_notification(n, MACH_NOTIFY_PORT_DELETED, r);
	CK_KR_EQ(mach_port_type(mach_task_self(), r, &(mach_port_type_t){ 0 }),
	    KERN_INVALID_NAME);
	assert_empty(n);
}
END_TEST

/* --- Port destroyed ---------------------------------------------------- */

/* The receive right, instead of being destroyed, comes back in a
 * port-destroyed notification, with its queued messages. */
START_TEST(mach_port_request_notification_port_destroyed)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	send_through(p, MACH_MSG_TYPE_MAKE_SEND, 4001);
	CK_KR(mach_port_set_mscount(mach_task_self(), p, 5));
	CK_KR(try_request(p, MACH_NOTIFY_PORT_DESTROYED, 0, n, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	ck_assert(status_of(p).mps_pdrequest);
	assert_empty(n);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(mach_port_type(mach_task_self(), p, &(mach_port_type_t){ 0 }),
	    KERN_INVALID_NAME);

	union notification note;
	expect_notification(n, MACH_NOTIFY_PORT_DESTROYED, &note, 1000);
	ck_assert_uint_eq(note.head.msgh_size, sizeof note.destroyed);
	ck_assert(note.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(note.destroyed.not_type.msgt_name,
	    MACH_MSG_TYPE_PORT_RECEIVE);
	mach_port_t back = note.destroyed.not_port;
	ck_assert(MACH_PORT_VALID(back));
	ck_assert_uint_eq(type_of(back), MACH_PORT_TYPE_RECEIVE);
	mach_port_status_t st = status_of(back);
	ck_assert(!st.mps_pdrequest);		/* used up */
	ck_assert_uint_eq(st.mps_mscount, 0);	/* it travelled */
	ck_assert_uint_eq(st.mps_msgcount, 1);
	ck_assert_int_eq(receive_id(back, 1000), 4001);
	/* Without a request, destroying it now destroys it. */
	CK_KR(mach_port_destroy(mach_task_self(), back));
	assert_empty(n);
}
END_TEST

/* The request is swapped and cancelled like the others. */
START_TEST(mach_port_request_notification_port_destroyed_cancel)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	CK_KR(try_request(p, MACH_NOTIFY_PORT_DESTROYED, 0, n, &prev));
	CK_KR(try_request(p, MACH_NOTIFY_PORT_DESTROYED, 0, MACH_PORT_NULL,
	    &prev));
	ck_assert(MACH_PORT_VALID(prev));
	ck_assert(!status_of(p).mps_pdrequest);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	assert_empty(n);
	send_through(prev, MACH_MSG_TYPE_MOVE_SEND_ONCE, 5001);
	ck_assert_int_eq(receive_id(n, 1000), 5001);
}
END_TEST

/* "sync must be zero": GNU Mach says KERN_INVALID_VALUE otherwise. */
START_TEST(mach_port_request_notification_port_destroyed_sync)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	CK_KR_EQ(try_request(p, MACH_NOTIFY_PORT_DESTROYED, 1, n, &prev),
	    KERN_INVALID_VALUE);
	ck_assert(!status_of(p).mps_pdrequest);
	expect_send_once(n);
}
END_TEST

/* --- Errors ------------------------------------------------------------ */

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_request_notification_invalid_name)
{
	mach_port_t n = new_receive(), prev;
	const mach_msg_id_t variants[] = { MACH_NOTIFY_PORT_DESTROYED,
	    MACH_NOTIFY_DEAD_NAME, MACH_NOTIFY_NO_SENDERS };
	for (int i = 0; i < 3; i++) {
		CK_KR_EQ(try_request(0x7777, variants[i], 0, n, &prev),
		    KERN_INVALID_NAME);
		expect_send_once(n);
	}
	mach_port_t p = new_receive();
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR_EQ(try_request(p, MACH_NOTIFY_DEAD_NAME, 1, n, &prev),
	    KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right the variant cannot use. */
START_TEST(mach_port_request_notification_invalid_right)
{
	mach_port_t n = new_receive(), prev, set = new_set();
	mach_port_t p = new_receive(), so = send_once_to(p);
	mach_port_t d = new_dead_name();
	/* Port-destroyed and no-senders need a receive right. */
	const mach_port_t not_receive[] = { mach_task_self(), so, set, d };
	for (int i = 0; i < 4; i++) {
		CK_KR_EQ(try_request(not_receive[i],
		    MACH_NOTIFY_PORT_DESTROYED, 0, n, &prev),
		    KERN_INVALID_RIGHT);
		CK_KR_EQ(try_request(not_receive[i], MACH_NOTIFY_NO_SENDERS, 0,
		    n, &prev), KERN_INVALID_RIGHT);
	}
	/* Dead-name needs a send, send-once, receive right or dead name. */
	CK_KR_EQ(try_request(set, MACH_NOTIFY_DEAD_NAME, 0, n, &prev),
	    KERN_INVALID_RIGHT);
	CK_KR_EQ(try_request(set, MACH_NOTIFY_DEAD_NAME, 1, n, &prev),
	    KERN_INVALID_RIGHT);
	ck_assert(!(type_in(mach_task_self(), so) & MACH_PORT_TYPE_DNREQUEST));
	mach_port_status_t st = status_of(p);
	ck_assert(!st.mps_pdrequest);
	ck_assert(!st.mps_nsrequest);
}
END_TEST

/* An unknown variant: KERN_INVALID_VALUE (GNU Mach). */
START_TEST(mach_port_request_notification_bad_variant)
{
	mach_port_t p = new_receive(), n = new_receive(), prev;
	CK_KR_EQ(try_request(p, MACH_NOTIFY_SEND_ONCE, 0, n, &prev),
	    KERN_INVALID_VALUE);
	CK_KR_EQ(try_request(p, 12345, 0, n, &prev), KERN_INVALID_VALUE);
}
END_TEST

/* KERN_INVALID_CAPABILITY: notify is MACH_PORT_DEAD, no send-once right. */
START_TEST(mach_port_request_notification_invalid_capability)
{
	mach_port_t p = new_receive(), prev = 0x5555;
	make_send(p);
	const mach_msg_id_t variants[] = { MACH_NOTIFY_PORT_DESTROYED,
	    MACH_NOTIFY_DEAD_NAME, MACH_NOTIFY_NO_SENDERS };
	for (int i = 0; i < 3; i++)
		CK_KR_EQ(mach_port_request_notification(mach_task_self(), p,
		    variants[i], 0, MACH_PORT_DEAD,
		    MACH_MSG_TYPE_MOVE_SEND_ONCE, &prev),
		    KERN_INVALID_CAPABILITY);
	mach_port_status_t st = status_of(p);
	ck_assert(!st.mps_pdrequest);
	ck_assert(!st.mps_nsrequest);
	ck_assert(!(type_in(mach_task_self(), p) & MACH_PORT_TYPE_DNREQUEST));
}
END_TEST

/* A notify name that denotes no right, or not the right its type needs:
 * the request message cannot carry it (GNU Mach: the stub's mach_msg
 * fails with MACH_SEND_INVALID_RIGHT). */
START_TEST(mach_port_request_notification_notify_not_a_right)
{
	mach_port_t p = new_receive(), prev = 0x5555;
	CK_KR_EQ(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, 0x7777, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &prev), MACH_SEND_INVALID_RIGHT);
	CK_KR_EQ(mach_port_request_notification(mach_task_self(), p,
	    MACH_NOTIFY_NO_SENDERS, 0, p, MACH_MSG_TYPE_MOVE_SEND_ONCE,
	    &prev), MACH_SEND_INVALID_RIGHT);
	ck_assert(!status_of(p).mps_nsrequest);
}
END_TEST

CONFORMANCE_PAGE(mach_port_request_notification)
{
	Suite *s = suite_create("mach_port_request_notification");
	TCase *tc = conformance_tcase("mach_port_request_notification");
	tcase_add_test(tc, mach_port_request_notification_previous);
	tcase_add_test(tc, mach_port_request_notification_move_send_once);
	tcase_add_test(tc, mach_port_request_notification_no_senders_immediate);
	tcase_add_test(tc,
	    mach_port_request_notification_no_senders_last_right);
	tcase_add_test(tc, mach_port_request_notification_no_senders_sync);
	tcase_add_test(tc, mach_port_request_notification_no_senders_moved);
	tcase_add_test(tc, mach_port_request_notification_dead_name);
	tcase_add_test(tc, mach_port_request_notification_dead_name_send_once);
	tcase_add_test(tc, mach_port_request_notification_dead_name_other_task);
	tcase_add_test(tc, mach_port_request_notification_dead_name_immediate);
	tcase_add_test(tc,
	    mach_port_request_notification_dead_name_urefs_overflow);
	tcase_add_test(tc, mach_port_request_notification_dead_name_cancel);
	tcase_add_test(tc, mach_port_request_notification_port_deleted);
	tcase_add_test(tc, mach_port_request_notification_port_destroyed);
	tcase_add_test(tc,
	    mach_port_request_notification_port_destroyed_cancel);
	tcase_add_test(tc, mach_port_request_notification_port_destroyed_sync);
	tcase_add_test(tc, mach_port_request_notification_invalid_name);
	tcase_add_test(tc, mach_port_request_notification_invalid_right);
	tcase_add_test(tc, mach_port_request_notification_bad_variant);
	tcase_add_test(tc, mach_port_request_notification_invalid_capability);
	tcase_add_test(tc, mach_port_request_notification_notify_not_a_right);
	suite_add_tcase(s, tc);
	return s;
}
