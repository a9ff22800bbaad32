/*
 * Conformance: mach_msg (osfmk-man/mach_msg.html), for GNU Mach typed
 * messages.  Checked here, each against the page's words:
 *  - the send half, the receive half and both in one call (a send error
 *    means no receive); no option at all does nothing; a modifier without
 *    its half is ignored; MACH_SEND_TIMEOUT and MACH_RCV_TIMEOUT use the
 *    one timeout independently;
 *  - the received header is swapped (msgh_local_port names the
 *    destination, msgh_remote_port carries the reply right, the bits are
 *    reversed), msgh_size is the header and body, msgh_id is untouched,
 *    and the destination right is consumed by the receive;
 *  - every disposition in the header and in the body, with its effect on
 *    the sender (user references, make-send count, rights moved) and what
 *    the receiver gets (PORT_SEND, PORT_SEND_ONCE, PORT_RECEIVE, one name
 *    for send and receive rights, a new name per send-once right,
 *    MACH_PORT_DEAD for a dead name or a port that died in transit),
 *    applied in message order, the header atomically;
 *  - a receive right in transit: its send rights go on working, its
 *    make-send count and sequence number restart, its no-senders request
 *    is cancelled with a send-once notification;
 *  - out-of-line memory: a copy, or a move with deallocate (every page the
 *    region overlaps leaves the sender), a fresh region in the receiver
 *    with vm_allocate's attributes, null regions, port arrays;
 *  - sequence numbers; port sets (any member, msgh_local_port names it);
 *  - queue limits: a full queue blocks a sender until there is room,
 *    MACH_SEND_TIMEOUT gives MACH_SEND_TIMED_OUT with the message returned
 *    by a pseudo-receive (header not swapped, rights and memory the
 *    sender's again, ready to be resent), send-once rights ignore the
 *    limit;
 *  - each receive error: MACH_RCV_INVALID_NAME, MACH_RCV_IN_SET,
 *    MACH_RCV_TIMED_OUT, MACH_RCV_PORT_DIED, MACH_RCV_PORT_CHANGED,
 *    MACH_RCV_TOO_LARGE with and without MACH_RCV_LARGE;
 *  - each send error and whether the message was consumed, as the RETURN
 *    VALUES groups say: MACH_SEND_MSG_TOO_SMALL, MACH_SEND_NO_BUFFER,
 *    MACH_SEND_INVALID_HEADER, MACH_SEND_INVALID_DEST,
 *    MACH_SEND_INVALID_REPLY ("the call did nothing"),
 *    MACH_SEND_INVALID_RIGHT, MACH_SEND_INVALID_TYPE and a last item
 *    running over the end ("some or all of the message was destroyed"),
 *    MACH_SEND_INVALID_DATA and MACH_RCV_INVALID_DATA for buffers that
 *    cannot be read or written;
 *  - MACH_SEND_CANCEL (MACH_SEND_INVALID_NOTIFY) and MACH_RCV_NOTIFY
 *    (a dead-name request on the received reply right,
 *    MACH_RCV_INVALID_NOTIFY), which GNU Mach has too.
 *
 * Deviations encoded (man/libmachemu.3, DESIGN.md section 2): typed
 * messages, no trailers and no MACH_RCV_OVERWRITE; MACH_RCV_LARGE is GNU
 * Mach's 0x800 and MACH_RCV_TOO_LARGE returns only msgh_size with it; an
 * inline message holds at most 192 KiB and a message at most 65536 rights
 * and 1 GiB of out-of-line data (MACH_SEND_NO_BUFFER beyond); unreadable
 * out-of-line memory gives MACH_SEND_INVALID_MEMORY with nothing sent;
 * MACH_SEND_INTERRUPT and MACH_RCV_INTERRUPT are accepted and a signal
 * interrupts nothing; MACH_SEND_NOTIFY is accepted and ignored, as in
 * GNU Mach.  A client thread is one connection to machd: concurrent
 * waits use pthreads.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

#define MSG_ID		4711		/* msgh_id of the tests' messages */
#define SETTLE_MS	200		/* time a thread gets to block */

/* Message structs are packed to 4 bytes, as MIG lays messages out. */
#pragma pack(push, 4)

/* A header and one inline port item. */
struct msg_port {
	mach_msg_header_t head;
	mach_msg_type_t t;
	mach_port_t port;
};

/* A header and one out-of-line item. */
struct msg_ool {
	mach_msg_header_t head;
	mach_msg_type_long_t t;
	void *addr;
};

#pragma pack(pop)

/* A receive buffer for the small messages of these tests. */
union rcv_buf {
	mach_msg_header_t head;
	struct msg_int mi;
	struct msg_port mp;
	struct msg_ool mo;
	char bytes[2048];
};

/* --- Helpers ---------------------------------------------------------- */

static void
type_init(mach_msg_type_t *t, unsigned name, unsigned size, unsigned number)
{
	memset(t, 0, sizeof *t);
	t->msgt_name = name;
	t->msgt_size = size;
	t->msgt_number = number;
	t->msgt_inline = TRUE;
}

/* A long-form, out-of-line descriptor of NUMBER elements of SIZE bits. */
static void
ool_init(mach_msg_type_long_t *t, unsigned name, unsigned size,
    unsigned number, bool dealloc)
{
	memset(t, 0, sizeof *t);
	t->msgtl_header.msgt_longform = TRUE;
	t->msgtl_header.msgt_inline = FALSE;
	t->msgtl_header.msgt_deallocate = dealloc;
	t->msgtl_name = name;
	t->msgtl_size = size;
	t->msgtl_number = number;
}

static void
head_init(mach_msg_header_t *h, mach_msg_bits_t bits, mach_port_t remote,
    mach_port_t local)
{
	memset(h, 0, sizeof *h);
	h->msgh_bits = bits;
	h->msgh_remote_port = remote;
	h->msgh_local_port = local;
	h->msgh_id = MSG_ID;
}

/* A message carrying one port item (NAME, disposition DISP) to DEST. */
static void
port_msg_init(struct msg_port *m, mach_msg_type_name_t dest_disp,
    mach_port_t dest, mach_msg_type_name_t disp, mach_port_t name)
{
	head_init(&m->head, MACH_MSGH_BITS(dest_disp, 0) |
	    MACH_MSGH_BITS_COMPLEX, dest, MACH_PORT_NULL);
	type_init(&m->t, disp, 32, 1);
	m->port = name;
}

static mach_msg_return_t
send_msg(mach_msg_header_t *h, mach_msg_size_t size)
{
	return mach_msg(h, MACH_SEND_MSG, size, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

/* Send a bare header to DEST, disposition DISP. */
static mach_msg_return_t
send_head(mach_port_t dest, mach_msg_type_name_t disp)
{
	mach_msg_header_t h;

	head_init(&h, MACH_MSGH_BITS(disp, 0), dest, MACH_PORT_NULL);
	return send_msg(&h, sizeof h);
}

/* Receive into B from NAME without waiting. */
static mach_msg_return_t
rcv_now(mach_port_t name, union rcv_buf *b)
{
	memset(b, 0, sizeof *b);
	return mach_msg(&b->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof *b, name, 0, MACH_PORT_NULL);
}

/* A dead name: a send right whose port died. */
static mach_port_t
dead_send_right(void)
{
	mach_port_t p = new_send_receive();

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_RECEIVE,
	    -1));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_DEAD_NAME);
	return p;
}

/* True if the LEN bytes at ADDR can be read: write(2) into a pipe says
 * EFAULT when they cannot. */
static bool
readable(const void *addr, size_t len)
{
	int fds[2];
	ssize_t n;
	int err;

	ck_assert_int_eq(pipe(fds), 0);
	n = write(fds[1], addr, len);
	err = errno;
	close(fds[0]);
	close(fds[1]);
	ck_assert(n >= 0 || err == EFAULT);
	return n >= 0;
}

static void
sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		continue;
}

/* A vm_allocate'd region of SIZE bytes filled with SEED-derived bytes. */
static vm_address_t
region_new(vm_size_t size, unsigned seed)
{
	vm_address_t a = 0;

	CK_KR(vm_allocate(mach_task_self(), &a, size, TRUE));
	for (vm_size_t i = 0; i < size; i++)
		((unsigned char *)a)[i] = (unsigned char)(i * 7 + seed);
	return a;
}

static bool
region_holds(const void *addr, vm_size_t size, vm_size_t from, unsigned seed)
{
	for (vm_size_t i = 0; i < size; i++)
		if (((const unsigned char *)addr)[i] !=
		    (unsigned char)((i + from) * 7 + seed))
			return false;
	return true;
}

/*
 * A mach_msg call made by a thread of its own, for a call that blocks
 * while the test acts.  No assertion runs on that thread.
 */
struct msg_call {
	pthread_t mc_thread;
	mach_msg_header_t *mc_msg;
	mach_msg_option_t mc_option;
	mach_msg_size_t mc_send_size;
	mach_msg_size_t mc_rcv_size;
	mach_port_t mc_rcv_name;
	mach_msg_timeout_t mc_timeout;
	mach_msg_return_t mc_result;
	atomic_int mc_ready;
	atomic_int mc_done;
};

static void *
msg_call_main(void *arg)
{
	struct msg_call *c = arg;
	mach_port_type_t t;

	/* The thread's first Mach call connects it to machd. */
	(void)mach_port_type(mach_task_self(), mach_task_self(), &t);
	atomic_store(&c->mc_ready, 1);
	c->mc_result = mach_msg(c->mc_msg, c->mc_option, c->mc_send_size,
	    c->mc_rcv_size, c->mc_rcv_name, c->mc_timeout, MACH_PORT_NULL);
	atomic_store(&c->mc_done, 1);
	return NULL;
}

/* Start C and give it time to block in machd; it must not have returned. */
static void
msg_call_start(struct msg_call *c)
{
	atomic_init(&c->mc_ready, 0);
	atomic_init(&c->mc_done, 0);
	ck_assert_int_eq(pthread_create(&c->mc_thread, NULL, msg_call_main, c),
	    0);
	while (!atomic_load(&c->mc_ready))
		sleep_ms(1);
	sleep_ms(SETTLE_MS);
	ck_assert_msg(!atomic_load(&c->mc_done),
	    "the call did not block (returned %s)",
	    mach_error_string(c->mc_result));
}

/* A receive on NAME by a thread of its own, into B. */
static void
rcv_call_start(struct msg_call *c, mach_port_t name, union rcv_buf *b,
    mach_msg_option_t option)
{
	memset(c, 0, sizeof *c);
	memset(b, 0, sizeof *b);
	c->mc_msg = &b->head;
	c->mc_option = MACH_RCV_MSG | option;
	c->mc_rcv_size = sizeof *b;
	c->mc_rcv_name = name;
	msg_call_start(c);
}

static mach_msg_return_t
msg_call_join(struct msg_call *c)
{
	ck_assert_int_eq(pthread_join(c->mc_thread, NULL), 0);
	return c->mc_result;
}

/* --- Send and receive ------------------------------------------------- */

/* Message structs, here to the end of the tests, are packed to 4 bytes
 * as MIG lays messages out. */
#pragma pack(push, 4)

/* A message to oneself: the received header is swapped, msgh_size is set
 * (it was ignored on send), msgh_id untouched, the body intact, and the
 * receive consumed the destination's send right. */
START_TEST(mach_msg_send_rcv_swapped_header)
{
	mach_port_t p = new_receive();
	struct msg_int m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	m.head.msgh_size = 9999;	/* ignored: send_size decides */
	type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 1);
	m.value = 42;
	CK_KR(send_msg(&m.head, sizeof m));
	mach_port_status_t st = status_of(p);
	ck_assert_uint_eq(st.mps_msgcount, 1);
	ck_assert_uint_eq(st.mps_mscount, 1);
	ck_assert(st.mps_srights);		/* the one in the message */
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);

	memset(&b, 0xa5, sizeof b);
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG, 0, sizeof b, p,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL));
	ck_assert_uint_eq(b.head.msgh_size, sizeof m);
	ck_assert_uint_eq(b.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
	ck_assert_uint_eq(b.head.msgh_seqno, 0);
	ck_assert_uint_eq(b.mi.t.msgt_name, MACH_MSG_TYPE_INTEGER_32);
	ck_assert_uint_eq(b.mi.t.msgt_number, 1);
	ck_assert_int_eq(b.mi.value, 42);
	st = status_of(p);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert(!st.mps_srights);		/* consumed by the receive */
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* "If the option argument specifies neither MACH_SEND_MSG nor
 * MACH_RCV_MSG, mach_msg does nothing", modifiers or not. */
START_TEST(mach_msg_no_option_does_nothing)
{
	mach_port_t p = new_receive();
	struct msg_int m, copy;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 1);
	m.value = 7;
	copy = m;
	CK_KR(mach_msg(&m.head, MACH_MSG_OPTION_NONE, sizeof m, sizeof m, p,
	    0, MACH_PORT_NULL));
	CK_KR(mach_msg(&m.head, MACH_SEND_TIMEOUT | MACH_RCV_TIMEOUT |
	    MACH_RCV_LARGE, sizeof m, sizeof m, p, 0, MACH_PORT_NULL));
	ck_assert_mem_eq(&m, &copy, sizeof m);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 0);
	ck_assert_uint_eq(status_of(p).mps_mscount, 0);
}
END_TEST

/* Send and receive in one call, in that order; a send error returns at
 * once without receiving. */
START_TEST(mach_msg_send_rcv_combined)
{
	mach_port_t p = new_receive(), q = new_receive();
	union rcv_buf b;

	head_init(&b.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	CK_KR(mach_msg(&b.head, MACH_SEND_MSG | MACH_RCV_MSG,
	    sizeof b.head, sizeof b, p, 0, MACH_PORT_NULL));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
	ck_assert_uint_eq(b.head.msgh_size, sizeof b.head);

	/* A message waits on q; the send fails, so it stays there. */
	CK_KR(send_head(q, MACH_MSG_TYPE_MAKE_SEND));
	head_init(&b.head, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
	    unused_name(), MACH_PORT_NULL);
	b.head.msgh_id = 1234;
	CK_KR_EQ(mach_msg(&b.head, MACH_SEND_MSG | MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, sizeof b.head, sizeof b, q, 0, MACH_PORT_NULL),
	    MACH_SEND_INVALID_DEST);
	ck_assert_int_eq(b.head.msgh_id, 1234);
	ck_assert_uint_eq(status_of(q).mps_msgcount, 1);
}
END_TEST

/* MACH_SEND_TIMEOUT and MACH_RCV_TIMEOUT "make independent use of the
 * supporting argument's value". */
START_TEST(mach_msg_timeouts_independent)
{
	mach_port_t p = new_receive(), q = new_receive();
	union rcv_buf b;
	struct timespec t0;

	head_init(&b.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(mach_msg(&b.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT |
	    MACH_RCV_MSG | MACH_RCV_TIMEOUT, sizeof b.head, sizeof b, q, 100,
	    MACH_PORT_NULL), MACH_RCV_TIMED_OUT);
	ck_assert_int_ge(ms_since(&t0), 95);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);	/* sent */
}
END_TEST

/* MACH_RCV_TIMEOUT: a zero timeout is legitimate; a longer one waits;
 * without the option the timeout argument is ignored. */
START_TEST(mach_msg_rcv_timeout)
{
	mach_port_t p = new_receive();
	union rcv_buf b;
	struct msg_call c;
	struct timespec t0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(rcv_now(p, &b), MACH_RCV_TIMED_OUT);
	ck_assert_int_lt(ms_since(&t0), 1000);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof b, p, 100, MACH_PORT_NULL), MACH_RCV_TIMED_OUT);
	ck_assert_int_ge(ms_since(&t0), 95);

	/* No MACH_RCV_TIMEOUT: a timeout of 1 ms changes nothing. */
	rcv_call_start(&c, p, &b, 0);
	c.mc_timeout = 1;
	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(msg_call_join(&c));
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
}
END_TEST

/* Options that modify the other half are ignored. */
START_TEST(mach_msg_modifiers_need_their_half)
{
	mach_port_t p = new_receive();
	union rcv_buf b;

	head_init(&b.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	CK_KR(mach_msg(&b.head, MACH_SEND_MSG | MACH_RCV_TIMEOUT |
	    MACH_RCV_LARGE, sizeof b.head, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_SEND_TIMEOUT, 0,
	    sizeof b, p, 0, MACH_PORT_NULL));
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
}
END_TEST

/* Messages from one sender are received in the order sent; msgh_seqno
 * counts the messages de-queued from each port from zero. */
START_TEST(mach_msg_order_and_seqno)
{
	mach_port_t p = new_receive(), q = new_receive();
	struct msg_int m;
	union rcv_buf b;

	for (int i = 0; i < 4; i++) {
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0),
		    i % 2 ? q : p, MACH_PORT_NULL);
		type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 1);
		m.value = i;
		CK_KR(send_msg(&m.head, sizeof m));
	}
	for (int i = 0; i < 4; i += 2) {
		CK_KR(rcv_now(p, &b));
		ck_assert_int_eq(b.mi.value, i);
		ck_assert_uint_eq(b.head.msgh_seqno, i / 2);
	}
	CK_KR(rcv_now(q, &b));
	ck_assert_int_eq(b.mi.value, 1);
	ck_assert_uint_eq(b.head.msgh_seqno, 0);
	ck_assert_uint_eq(status_of(p).mps_seqno, 2);
	ck_assert_uint_eq(status_of(q).mps_seqno, 1);
}
END_TEST

/* --- Header dispositions ------------------------------------------------ */

/* Send P a bare header through its send right with DISP and receive it:
 * the receiver's LOCAL bits say PORT_SEND, and P has REFS send
 * references after the send and after the receive. */
static void
dest_send_round_trip(mach_port_t p, mach_msg_type_name_t disp,
    mach_port_urefs_t refs)
{
	union rcv_buf b;

	CK_KR(send_head(p, disp));
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), refs);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND));
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), refs);
}

/* COPY_SEND to the destination: the sender's references do not change;
 * the receiver's LOCAL bits say PORT_SEND. */
START_TEST(mach_msg_dest_copy_send)
{
	mach_port_t p = new_send_receive();

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	dest_send_round_trip(p, MACH_MSG_TYPE_COPY_SEND, 2);
}
END_TEST

/* MOVE_SEND to the destination: one user reference goes with the message
 * and the receive uses it up; with the last one the send right is gone. */
START_TEST(mach_msg_dest_move_send)
{
	mach_port_t p = new_send_receive();
	union rcv_buf b;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	dest_send_round_trip(p, MACH_MSG_TYPE_MOVE_SEND, 1);
	CK_KR(send_head(p, MACH_MSG_TYPE_MOVE_SEND));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	ck_assert(status_of(p).mps_srights);	/* in the message */
	CK_KR(rcv_now(p, &b));
	ck_assert(!status_of(p).mps_srights);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* MAKE_SEND_ONCE to the destination: the receiver's LOCAL bits say
 * PORT_SEND_ONCE; the receive uses the right up (no send-once
 * notification follows). */
START_TEST(mach_msg_dest_make_send_once)
{
	mach_port_t p = new_receive();
	union rcv_buf b;

	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(status_of(p).mps_sorights, 1);
	ck_assert_uint_eq(status_of(p).mps_mscount, 0);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
	assert_empty(p);
}
END_TEST

/* MOVE_SEND_ONCE to the destination: the sender loses the right. */
START_TEST(mach_msg_dest_move_send_once)
{
	mach_port_t p = new_receive();
	mach_port_t so = send_once_to(p);
	union rcv_buf b;

	CK_KR(send_head(so, MACH_MSG_TYPE_MOVE_SEND_ONCE));
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_NONE);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
	assert_empty(p);
}
END_TEST

/* The reply port: each disposition gives the receiver the right the page
 * promises in msgh_remote_port, with REMOTE bits to match. */
START_TEST(mach_msg_reply_dispositions)
{
	mach_port_t p = new_receive(), r = new_receive();
	mach_msg_header_t h;
	union rcv_buf b;

	/* MAKE_SEND_ONCE: a send-once right under a new name. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), p, r);
	CK_KR(send_msg(&h, sizeof h));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND_ONCE, MACH_MSG_TYPE_PORT_SEND));
	mach_port_t so = b.head.msgh_remote_port;
	ck_assert_uint_ne(so, r);
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(status_of(r).mps_sorights, 1);

	/* MOVE_SEND_ONCE: the sender's right goes, a new name comes. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE), p, so);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_NONE);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(b.head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_eq(type_of(b.head.msgh_remote_port),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(status_of(r).mps_sorights, 1);
	CK_KR(mach_port_deallocate(mach_task_self(), b.head.msgh_remote_port));
	CK_KR(rcv_now(r, &b));		/* its send-once notification */
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);

	/* MAKE_SEND: a send right, under the name of our receive right. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND), p, r);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(status_of(r).mps_mscount, 1);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND, MACH_MSG_TYPE_PORT_SEND));
	ck_assert_uint_eq(b.head.msgh_remote_port, r);
	ck_assert_uint_eq(type_of(r), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);

	/* COPY_SEND: one more user reference arrives. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_COPY_SEND), p, r);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_remote_port, r);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 2);

	/* MOVE_SEND: the reference leaves and comes back. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MOVE_SEND), p, r);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(MACH_MSGH_BITS_REMOTE(b.head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(b.head.msgh_remote_port, r);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 2);
	ck_assert_uint_eq(status_of(r).mps_mscount, 1);

	/* MACH_PORT_NULL and MACH_PORT_DEAD in the reply slot. */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), p, MACH_PORT_NULL);
	CK_KR(send_msg(&h, sizeof h));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_NULL);
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_COPY_SEND), p, MACH_PORT_DEAD);
	CK_KR(send_msg(&h, sizeof h));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_DEAD);
}
END_TEST

/*
 * The header is processed atomically: the destination's MOVE_SEND and the
 * reply's COPY_SEND of the same right, which has one user reference,
 * succeed.  The page: "Because mach_msg processes the port rights
 * atomically, this succeeds."
 */
START_TEST(mach_msg_header_atomic_move_copy)
{
	mach_port_t p = new_send_receive();
	mach_msg_header_t h;
	union rcv_buf b;

	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_COPY_SEND), p, p);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND, MACH_MSG_TYPE_PORT_SEND));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(b.head.msgh_remote_port, p);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
}
END_TEST

/*
 * Both MOVE_SEND of one right with one user reference: the send fails
 * with MACH_SEND_INVALID_DEST or MACH_SEND_INVALID_REPLY, codes which
 * "imply that the call did nothing": the caller keeps its send and
 * receive rights, the send right with its one user reference, and no
 * message is queued.
 */
START_TEST(mach_msg_header_atomic_move_move)
{
	mach_port_t p = new_send_receive();
	mach_msg_header_t h;
	mach_msg_return_t mr;

	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_MOVE_SEND), p, p);
	mr = send_msg(&h, sizeof h);
	ck_assert_msg(mr == MACH_SEND_INVALID_DEST ||
	    mr == MACH_SEND_INVALID_REPLY, "got %s", mach_error_string(mr));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
	ck_assert(status_of(p).mps_srights);
	assert_empty(p);
}
END_TEST

/*
 * The state after a send error that "implies that the call did nothing":
 * P (send and receive, 2 user references) got no message and kept its
 * references; X, whose receive right the message tried to move, still
 * holds it.
 */
static void
assert_untouched(mach_port_t p, mach_port_t x)
{
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 2);
	assert_empty(p);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_of(x).mps_mscount, 0);
}

/* A message that moves P's send right (header) and X's receive right
 * (body), SIZE bytes with room to spare. */
static void
moving_msg_init(struct msg_port *m, mach_port_t p, mach_port_t x)
{
	port_msg_init(m, MACH_MSG_TYPE_MOVE_SEND, p, MACH_MSG_TYPE_MOVE_RECEIVE,
	    x);
}

/* MACH_SEND_INVALID_HEADER: the destination's bits are not a send
 * disposition, or the reply's bits are not one, or are zero with a reply
 * port.  Nothing happens. */
START_TEST(mach_msg_send_invalid_header)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	mach_port_t r = new_send_receive();
	static const mach_msg_bits_t bad[] = {
		MACH_MSGH_BITS(0, 0),
		MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_RECEIVE, 0),
		MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_NAME, 0),
		MACH_MSGH_BITS(MACH_MSG_TYPE_INTEGER_32, 0),
		MACH_MSGH_BITS(22, 0),
		MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND,
		    MACH_MSG_TYPE_MOVE_RECEIVE),
		MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, MACH_MSG_TYPE_BYTE),
	};
	struct msg_port m;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		moving_msg_init(&m, p, x);
		m.head.msgh_bits = bad[i] | MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_local_port = r;
		ck_assert_msg(send_msg(&m.head, sizeof m) ==
		    MACH_SEND_INVALID_HEADER, "bits %#x", bad[i]);
		assert_untouched(p, x);
	}
	/* Zero reply bits with a reply port. */
	moving_msg_init(&m, p, x);
	m.head.msgh_local_port = r;
	CK_KR_EQ(send_msg(&m.head, sizeof m), MACH_SEND_INVALID_HEADER);
	assert_untouched(p, x);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);
}
END_TEST

/* MACH_SEND_INVALID_DEST: msgh_remote_port is not a right the
 * disposition can use.  Nothing happens. */
START_TEST(mach_msg_send_invalid_dest)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	mach_port_t rcv_only = new_receive(), so = send_once_to(rcv_only);
	mach_port_t dead = dead_send_right(), pset = new_set();
	const struct {
		mach_msg_type_name_t disp;
		mach_port_t name;
	} bad[] = {
		{ MACH_MSG_TYPE_COPY_SEND, MACH_PORT_NULL },
		{ MACH_MSG_TYPE_COPY_SEND, MACH_PORT_DEAD },
		{ MACH_MSG_TYPE_COPY_SEND, unused_name() },
		{ MACH_MSG_TYPE_COPY_SEND, dead },
		{ MACH_MSG_TYPE_MOVE_SEND, dead },
		{ MACH_MSG_TYPE_MOVE_SEND_ONCE, dead },
		{ MACH_MSG_TYPE_COPY_SEND, rcv_only },
		{ MACH_MSG_TYPE_MOVE_SEND, rcv_only },
		{ MACH_MSG_TYPE_MOVE_SEND_ONCE, rcv_only },
		{ MACH_MSG_TYPE_COPY_SEND, so },
		{ MACH_MSG_TYPE_MAKE_SEND, so },
		{ MACH_MSG_TYPE_MAKE_SEND_ONCE, so },
		{ MACH_MSG_TYPE_MOVE_SEND_ONCE, p },
		{ MACH_MSG_TYPE_MAKE_SEND, pset },
		{ MACH_MSG_TYPE_COPY_SEND, pset },
	};
	struct msg_port m;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		port_msg_init(&m, bad[i].disp, bad[i].name,
		    MACH_MSG_TYPE_MOVE_RECEIVE, x);
		/* The reply moves one of P's references. */
		m.head.msgh_bits |= MACH_MSGH_BITS(0, MACH_MSG_TYPE_MOVE_SEND);
		m.head.msgh_local_port = p;
		ck_assert_msg(send_msg(&m.head, sizeof m) ==
		    MACH_SEND_INVALID_DEST, "case %zu", i);
		assert_untouched(p, x);
	}
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_of(dead), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 1);
	ck_assert_uint_eq(type_of(rcv_only), MACH_PORT_TYPE_RECEIVE);
	assert_empty(rcv_only);
}
END_TEST

/* MACH_SEND_INVALID_REPLY: msgh_local_port is not a right the reply
 * disposition can use.  Nothing happens. */
START_TEST(mach_msg_send_invalid_reply)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	mach_port_t rcv_only = new_receive(), so = send_once_to(rcv_only);
	mach_port_t pset = new_set();
	const struct {
		mach_msg_type_name_t disp;
		mach_port_t name;
	} bad[] = {
		{ MACH_MSG_TYPE_MAKE_SEND_ONCE, unused_name() },
		{ MACH_MSG_TYPE_COPY_SEND, unused_name() },
		{ MACH_MSG_TYPE_COPY_SEND, rcv_only },
		{ MACH_MSG_TYPE_MOVE_SEND, rcv_only },
		{ MACH_MSG_TYPE_MOVE_SEND_ONCE, rcv_only },
		{ MACH_MSG_TYPE_MAKE_SEND, so },
		{ MACH_MSG_TYPE_COPY_SEND, so },
		{ MACH_MSG_TYPE_MAKE_SEND_ONCE, pset },
	};
	struct msg_port m;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		moving_msg_init(&m, p, x);
		m.head.msgh_bits |= MACH_MSGH_BITS(0, bad[i].disp);
		m.head.msgh_local_port = bad[i].name;
		ck_assert_msg(send_msg(&m.head, sizeof m) ==
		    MACH_SEND_INVALID_REPLY, "case %zu", i);
		assert_untouched(p, x);
	}
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(status_of(rcv_only).mps_sorights, 1);
	ck_assert_uint_eq(status_of(rcv_only).mps_mscount, 0);
}
END_TEST

/*
 * COPY_SEND and MOVE_SEND accept a dead name in msgh_local_port too: the
 * page allows a dead name for both dispositions, and "the receiving task
 * will get MACH_PORT_DEAD"; MOVE_SEND takes one of the dead name's user
 * references, COPY_SEND none.  GNU Mach accepts a dead name in the header
 * as well (ipc_right_copyin_check).
 */
START_TEST(mach_msg_reply_dead_name)
{
	mach_port_t p = new_receive(), dead = dead_send_right();
	mach_msg_header_t h;
	union rcv_buf b;

	CK_KR(mach_port_mod_refs(mach_task_self(), dead,
	    MACH_PORT_RIGHT_DEAD_NAME, 1));
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_COPY_SEND), p, dead);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 2);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_DEAD);
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MOVE_SEND), p, dead);
	CK_KR(send_msg(&h, sizeof h));
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 1);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_DEAD);
}
END_TEST

/* --- Body dispositions -------------------------------------------------- */

/* Send one port item (DISP, NAME) to P (MAKE_SEND) and receive it back;
 * returns the received name and checks the received type RECEIVED. */
static mach_port_t
body_round_trip(mach_port_t p, mach_msg_type_name_t disp, mach_port_t name,
    mach_msg_type_name_t received)
{
	struct msg_port m;
	union rcv_buf b;

	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p, disp, name);
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	ck_assert(b.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(b.head.msgh_size, sizeof m);
	ck_assert_uint_eq(b.mp.t.msgt_name, received);
	ck_assert_uint_eq(b.mp.t.msgt_size, 32);
	ck_assert_uint_eq(b.mp.t.msgt_number, 1);
	return b.mp.port;
}

/* COPY_SEND, MOVE_SEND and MAKE_SEND arrive as PORT_SEND, under the name
 * the receiver already has for the port, with one more user reference;
 * the sender's references change as each disposition says. */
START_TEST(mach_msg_body_send_rights)
{
	mach_port_t p = new_receive(), q = new_send_receive();

	ck_assert_uint_eq(body_round_trip(p, MACH_MSG_TYPE_COPY_SEND, q,
	    MACH_MSG_TYPE_PORT_SEND), q);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 2);
	ck_assert_uint_eq(status_of(q).mps_mscount, 1);

	ck_assert_uint_eq(body_round_trip(p, MACH_MSG_TYPE_MAKE_SEND, q,
	    MACH_MSG_TYPE_PORT_SEND), q);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 3);
	ck_assert_uint_eq(status_of(q).mps_mscount, 2);

	/* MOVE_SEND: the reference leaves with the message... */
	struct msg_port m;
	union rcv_buf b;
	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p, MACH_MSG_TYPE_MOVE_SEND,
	    q);
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 2);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(b.mp.port, q);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 3);

	/* ...and with the last one the send right is gone until received. */
	CK_KR(mach_port_mod_refs(mach_task_self(), q, MACH_PORT_RIGHT_SEND,
	    -2));
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(q), MACH_PORT_TYPE_RECEIVE);
	ck_assert(status_of(q).mps_srights);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.port, q);
	ck_assert_uint_eq(type_of(q), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(status_of(q).mps_mscount, 2);
}
END_TEST

/* MAKE_SEND_ONCE and MOVE_SEND_ONCE arrive as PORT_SEND_ONCE, each under
 * a new name. */
START_TEST(mach_msg_body_send_once_rights)
{
	mach_port_t p = new_receive(), q = new_receive();
	mach_port_t a, b2;

	a = body_round_trip(p, MACH_MSG_TYPE_MAKE_SEND_ONCE, q,
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_ne(a, q);
	ck_assert_uint_eq(type_of(a), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(status_of(q).mps_mscount, 0);
	ck_assert_uint_eq(status_of(q).mps_sorights, 1);

	struct msg_port m;
	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE, a);
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(a), MACH_PORT_TYPE_NONE);
	union rcv_buf b;
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_SEND_ONCE);
	b2 = b.mp.port;
	ck_assert_uint_eq(type_of(b2), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_ne(b2, q);
	ck_assert_uint_eq(status_of(q).mps_sorights, 1);

	/* A second one for the same port: another name. */
	a = body_round_trip(p, MACH_MSG_TYPE_MAKE_SEND_ONCE, q,
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_uint_ne(a, b2);
	ck_assert_uint_eq(status_of(q).mps_sorights, 2);
}
END_TEST

/* MOVE_RECEIVE: the sender loses the receive right but keeps its send
 * rights under the name; senders may go on sending, and their messages
 * wait for the receiver; the right arrives as PORT_RECEIVE, under the
 * name of the send right the receiver holds, with its queue. */
START_TEST(mach_msg_body_move_receive)
{
	mach_port_t p = new_receive(), x = new_send_receive();
	struct msg_port m;
	union rcv_buf b;

	CK_KR(send_head(x, MACH_MSG_TYPE_COPY_SEND));
	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, x);
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_SEND);
	CK_KR_EQ(mach_port_get_receive_status(mach_task_self(), x,
	    &(mach_port_status_t){ 0 }), KERN_INVALID_RIGHT);
	CK_KR_EQ(rcv_now(x, &b), MACH_RCV_INVALID_NAME);
	CK_KR(send_head(x, MACH_MSG_TYPE_COPY_SEND));	/* in transit */

	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(b.mp.port, x);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(status_of(x).mps_msgcount, 2);
	CK_KR(rcv_now(x, &b));
	CK_KR(rcv_now(x, &b));

	/* Without a send right the name goes, and a new one comes. */
	CK_KR(mach_port_deallocate(mach_task_self(), x));
	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, x);
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_NONE);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(type_of(b.mp.port), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* MOVE_RECEIVE resets the make-send count and the sequence number to
 * zero. */
START_TEST(mach_msg_body_move_receive_resets_counts)
{
	mach_port_t p = new_receive(), x = new_send_receive();
	struct msg_port m;
	union rcv_buf b;

	CK_KR(send_head(x, MACH_MSG_TYPE_COPY_SEND));
	CK_KR(rcv_now(x, &b));
	CK_KR(send_head(x, MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(rcv_now(x, &b));
	ck_assert_uint_eq(status_of(x).mps_seqno, 2);
	ck_assert_uint_eq(status_of(x).mps_mscount, 2);

	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, x);
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.port, x);
	ck_assert_uint_eq(status_of(x).mps_mscount, 0);
	ck_assert_uint_eq(status_of(x).mps_seqno, 0);
	CK_KR(send_head(x, MACH_MSG_TYPE_COPY_SEND));
	CK_KR(rcv_now(x, &b));
	ck_assert_uint_eq(b.head.msgh_seqno, 0);
}
END_TEST

/* MOVE_RECEIVE cancels a no-senders request "with a send-once
 * notification being sent to the no-more-senders notification right". */
START_TEST(mach_msg_body_move_receive_cancels_no_senders)
{
	mach_port_t p = new_receive(), x = new_send_receive();
	mach_port_t n = new_receive(), prev;
	struct msg_port m;
	union rcv_buf b;

	CK_KR(mach_port_request_notification(mach_task_self(), x,
	    MACH_NOTIFY_NO_SENDERS, 0, n, MACH_MSG_TYPE_MAKE_SEND_ONCE, &prev));
	ck_assert_uint_eq(prev, MACH_PORT_NULL);
	assert_empty(n);
	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, x);
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(n, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(b.head.msgh_local_port, n);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.port, x);
	ck_assert(!status_of(x).mps_nsrequest);
	/* The last send right goes: no notification any more. */
	CK_KR(mach_port_deallocate(mach_task_self(), x));
	assert_empty(n);
}
END_TEST

/* A dead name sent with COPY_SEND, MOVE_SEND or MOVE_SEND_ONCE arrives as
 * MACH_PORT_DEAD; the MOVE forms take one user reference. */
START_TEST(mach_msg_body_dead_name)
{
	mach_port_t p = new_receive(), dead = dead_send_right();

	CK_KR(mach_port_mod_refs(mach_task_self(), dead,
	    MACH_PORT_RIGHT_DEAD_NAME, 2));
	ck_assert_uint_eq(body_round_trip(p, MACH_MSG_TYPE_COPY_SEND, dead,
	    MACH_MSG_TYPE_PORT_SEND), MACH_PORT_DEAD);
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 3);
	ck_assert_uint_eq(body_round_trip(p, MACH_MSG_TYPE_MOVE_SEND, dead,
	    MACH_MSG_TYPE_PORT_SEND), MACH_PORT_DEAD);
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 2);
	ck_assert_uint_eq(body_round_trip(p, MACH_MSG_TYPE_MOVE_SEND_ONCE,
	    dead, MACH_MSG_TYPE_PORT_SEND_ONCE), MACH_PORT_DEAD);
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 1);
}
END_TEST

/* "The values MACH_PORT_NULL and MACH_PORT_DEAD are valid in place of a
 * port right in a message body", whatever the disposition. */
START_TEST(mach_msg_body_null_and_dead)
{
	mach_port_t p = new_receive();
	static const mach_msg_type_name_t disps[] = {
		MACH_MSG_TYPE_MOVE_RECEIVE, MACH_MSG_TYPE_MOVE_SEND,
		MACH_MSG_TYPE_MOVE_SEND_ONCE, MACH_MSG_TYPE_COPY_SEND,
		MACH_MSG_TYPE_MAKE_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	};
	static const mach_msg_type_name_t got[] = {
		MACH_MSG_TYPE_PORT_RECEIVE, MACH_MSG_TYPE_PORT_SEND,
		MACH_MSG_TYPE_PORT_SEND_ONCE, MACH_MSG_TYPE_PORT_SEND,
		MACH_MSG_TYPE_PORT_SEND, MACH_MSG_TYPE_PORT_SEND_ONCE,
	};

	for (size_t i = 0; i < sizeof disps / sizeof disps[0]; i++) {
		ck_assert_uint_eq(body_round_trip(p, disps[i], MACH_PORT_NULL,
		    got[i]), MACH_PORT_NULL);
		ck_assert_uint_eq(body_round_trip(p, disps[i], MACH_PORT_DEAD,
		    got[i]), MACH_PORT_DEAD);
	}
}
END_TEST

/* A send right whose port dies while the message is in transit arrives
 * as MACH_PORT_DEAD; so does a reply right. */
START_TEST(mach_msg_port_dies_in_transit)
{
	mach_port_t p = new_receive(), q = new_receive();
	struct msg_port m;
	union rcv_buf b;

	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p, MACH_MSG_TYPE_MAKE_SEND,
	    q);
	m.head.msgh_bits |= MACH_MSGH_BITS(0, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	m.head.msgh_local_port = q;
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(mach_port_destroy(mach_task_self(), q));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(b.mp.port, MACH_PORT_DEAD);
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_DEAD);
}
END_TEST

/* "When a port dies ... Any messages queued at the port are destroyed,
 * which de-allocates the port rights ... in the messages": a queued
 * reply right yields its send-once notification, a queued receive right
 * dies (the name's send right becomes a dead name). */
START_TEST(mach_msg_port_dies_with_queue)
{
	mach_port_t p = new_receive(), r = new_receive();
	mach_port_t x = new_send_receive();
	struct msg_port m;
	union rcv_buf b;

	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, x);
	m.head.msgh_bits |= MACH_MSGH_BITS(0, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	m.head.msgh_local_port = r;
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_SEND);
	CK_KR(mach_port_destroy(mach_task_self(), p));
	CK_KR(rcv_now(r, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* An inline array of rights: each element is processed. */
START_TEST(mach_msg_body_port_array_inline)
{
	mach_port_t p = new_receive(), q = new_send_receive();
	mach_port_t r = new_receive();
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t;
		mach_port_t ports[3];
	} m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	type_init(&m.t, MACH_MSG_TYPE_MAKE_SEND, 32, 3);
	m.ports[0] = q;
	m.ports[1] = r;
	m.ports[2] = q;
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_size, sizeof m);
	memcpy(&m, b.bytes, sizeof m);
	ck_assert_uint_eq(m.t.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(m.t.msgt_number, 3);
	ck_assert_uint_eq(m.ports[0], q);
	ck_assert_uint_eq(m.ports[1], r);
	ck_assert_uint_eq(m.ports[2], q);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 3);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(status_of(q).mps_mscount, 3);
}
END_TEST

/*
 * A receive right sent to itself is not an error: the send succeeds and
 * the name leaves the sender.  The loop is garbage-collected ("the kernel
 * will garbage-collect such loops, destroying the messages"): the
 * fixture's teardown checks that machd then exits with status 0, with no
 * port or message left at shutdown.
 */
START_TEST(mach_msg_body_receive_right_to_itself)
{
	mach_port_t p = new_receive();
	struct msg_port m;

	port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE, p);
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_NONE);
}
END_TEST

/* Dispositions apply in message order: a MOVE_RECEIVE earlier in the
 * body makes a later MAKE_SEND of that name fail with
 * MACH_SEND_INVALID_RIGHT, and the message is destroyed: the receive
 * right it carried dies (the name's send right becomes a dead name), the
 * reply right made for it is destroyed (a send-once notification). */
START_TEST(mach_msg_body_order_move_receive_make_send)
{
	mach_port_t p = new_receive(), x = new_send_receive();
	mach_port_t r = new_receive();
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t recv;
		mach_msg_type_t t2;
		mach_port_t make;
	} m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE) | MACH_MSGH_BITS_COMPLEX, p, r);
	type_init(&m.t1, MACH_MSG_TYPE_MOVE_RECEIVE, 32, 1);
	m.recv = x;
	type_init(&m.t2, MACH_MSG_TYPE_MAKE_SEND, 32, 1);
	m.make = x;
	CK_KR_EQ(send_msg(&m.head, sizeof m), MACH_SEND_INVALID_RIGHT);
	assert_empty(p);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_DEAD_NAME);
	CK_KR(rcv_now(r, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);

	/* The other order works. */
	x = new_receive();
	m.t1.msgt_name = MACH_MSG_TYPE_MAKE_SEND;
	m.t2.msgt_name = MACH_MSG_TYPE_MOVE_RECEIVE;
	m.recv = m.make = x;
	m.head.msgh_local_port = MACH_PORT_NULL;
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	memcpy(&m, b.bytes, sizeof m);
	ck_assert_uint_eq(m.t1.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(m.t2.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(m.recv, m.make);
	ck_assert_uint_eq(type_of(m.recv), MACH_PORT_TYPE_SEND_RECEIVE);
}
END_TEST

/* MACH_SEND_INVALID_RIGHT: a body right the caller does not hold.  The
 * message is destroyed: a send right moved by an earlier item is gone,
 * the destination's moved send right too. */
START_TEST(mach_msg_send_invalid_right)
{
	mach_port_t p = new_send_receive(), s = new_send_receive();
	mach_port_t rcv_only = new_receive(), so = send_once_to(rcv_only);
	mach_port_t dead = dead_send_right();
	const struct {
		mach_msg_type_name_t disp;
		mach_port_t name;
	} bad[] = {
		{ MACH_MSG_TYPE_COPY_SEND, unused_name() },
		{ MACH_MSG_TYPE_MOVE_SEND, rcv_only },
		{ MACH_MSG_TYPE_COPY_SEND, so },
		{ MACH_MSG_TYPE_MOVE_SEND_ONCE, s },
		{ MACH_MSG_TYPE_MAKE_SEND, so },
		{ MACH_MSG_TYPE_MAKE_SEND_ONCE, dead },
		{ MACH_MSG_TYPE_MOVE_RECEIVE, so },
		{ MACH_MSG_TYPE_MOVE_RECEIVE, dead },
	};
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t moved;
		mach_msg_type_t t2;
		mach_port_t bad;
	} m;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CK_KR(mach_port_mod_refs(mach_task_self(), p,
		    MACH_PORT_RIGHT_SEND, 1));
		CK_KR(mach_port_mod_refs(mach_task_self(), s,
		    MACH_PORT_RIGHT_SEND, 1));
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
		type_init(&m.t1, MACH_MSG_TYPE_MOVE_SEND, 32, 1);
		m.moved = s;
		type_init(&m.t2, bad[i].disp, 32, 1);
		m.bad = bad[i].name;
		ck_assert_msg(send_msg(&m.head, sizeof m) ==
		    MACH_SEND_INVALID_RIGHT, "case %zu", i);
		ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
		ck_assert_uint_eq(refs_of(s, MACH_PORT_RIGHT_SEND), 1);
		assert_empty(p);
	}
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(refs_of(dead, MACH_PORT_RIGHT_DEAD_NAME), 1);
	ck_assert_uint_eq(type_of(rcv_only), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* MACH_SEND_INVALID_TYPE: a descriptor the kernel cannot process (an
 * unassigned type name, a port item whose size is not that of a name). */
START_TEST(mach_msg_send_invalid_type)
{
	mach_port_t p = new_send_receive(), s = new_send_receive();
	static const struct {
		unsigned name, size;
	} bad[] = {
		{ 3, 32 }, { 5, 32 }, { 13, 32 }, { 22, 32 }, { 200, 32 },
		{ MACH_MSG_TYPE_COPY_SEND, 16 },
		{ MACH_MSG_TYPE_MAKE_SEND, 64 },
		{ MACH_MSG_TYPE_MOVE_RECEIVE, 8 },
	};
	struct msg_port m;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		port_msg_init(&m, MACH_MSG_TYPE_COPY_SEND, p, bad[i].name, s);
		m.t.msgt_size = bad[i].size;
		m.t.msgt_number = 1;
		ck_assert_msg(send_msg(&m.head, sizeof m) ==
		    MACH_SEND_INVALID_TYPE, "case %zu", i);
		assert_empty(p);
	}
	ck_assert_uint_eq(refs_of(s, MACH_PORT_RIGHT_SEND), 1);
}
END_TEST

/*
 * MACH_SEND_INVALID_TYPE and a last item running over the end
 * (MACH_SEND_MSG_TOO_SMALL) are in the group of codes that "imply that
 * some or all of the message was destroyed": as in GNU Mach, the header's
 * rights and the items copied in before the bad one are destroyed.  The
 * moved destination reference is gone, the receive right moved by the
 * first item dies (the name's send right becomes a dead name), and
 * nothing is queued.
 */
START_TEST(mach_msg_send_body_errors_destroy)
{
	mach_port_t p = new_send_receive(), x;
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t recv;
		mach_msg_type_t t2;
		int data[2];
	} m;

	for (int i = 0; i < 2; i++) {
		x = new_send_receive();
		CK_KR(mach_port_mod_refs(mach_task_self(), p,
		    MACH_PORT_RIGHT_SEND, 1));
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
		type_init(&m.t1, MACH_MSG_TYPE_MOVE_RECEIVE, 32, 1);
		m.recv = x;
		if (i == 0)
			type_init(&m.t2, 5, 32, 2);	/* no such type */
		else	/* ten integers in the room of two */
			type_init(&m.t2, MACH_MSG_TYPE_INTEGER_32, 32, 10);
		CK_KR_EQ(send_msg(&m.head, sizeof m), i == 0 ?
		    MACH_SEND_INVALID_TYPE : MACH_SEND_MSG_TOO_SMALL);
		ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
		ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_DEAD_NAME);
		assert_empty(p);
	}
}
END_TEST

/* MACH_SEND_MSG_TOO_SMALL for a send_size below a header or not a
 * multiple of 4: the call did nothing. */
START_TEST(mach_msg_send_msg_too_small)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	static const mach_msg_size_t sizes[] = { 0, 4, 28, 30, 34, 37, 39 };
	struct msg_port m;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		moving_msg_init(&m, p, x);
		ck_assert_msg(send_msg(&m.head, sizes[i]) ==
		    MACH_SEND_MSG_TOO_SMALL, "size %u", sizes[i]);
		assert_untouched(p, x);
	}
}
END_TEST

/* MACH_SEND_NO_BUFFER: more than machemu's 192 KiB of inline message,
 * more than 65536 rights or 1 GiB of out-of-line data in one message
 * (libmachemu(3)).  The call did nothing.  192 KiB itself goes through. */
START_TEST(mach_msg_send_no_buffer)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	const mach_msg_size_t max = 192 * 1024;
	struct msg_port *big = calloc(1, max + 64);
	char payload[16];
	struct msg_ool o;

	ck_assert_ptr_nonnull(big);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	moving_msg_init(big, p, x);
	CK_KR_EQ(send_msg(&big->head, max + 4), MACH_SEND_NO_BUFFER);
	assert_untouched(p, x);

	/* 65537 rights, out of line. */
	mach_port_t *names = calloc(65537, sizeof *names);
	ck_assert_ptr_nonnull(names);
	head_init(&o.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	ool_init(&o.t, MACH_MSG_TYPE_COPY_SEND, 32, 65537, false);
	o.addr = names;
	CK_KR_EQ(send_msg(&o.head, sizeof o), MACH_SEND_NO_BUFFER);
	assert_untouched(p, x);
	free(names);

	/* 1 GiB and one byte, out of line (never read). */
	ool_init(&o.t, MACH_MSG_TYPE_CHAR, 8, (1u << 30) + 1, false);
	o.addr = payload;
	CK_KR_EQ(send_msg(&o.head, sizeof o), MACH_SEND_NO_BUFFER);
	assert_untouched(p, x);

	/* Exactly 192 KiB: a long-form inline byte array after the header. */
	mach_msg_type_long_t *t = (mach_msg_type_long_t *)(&big->head + 1);
	head_init(&big->head, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0), p,
	    MACH_PORT_NULL);
	memset(t, 0, sizeof *t);
	t->msgtl_header.msgt_longform = TRUE;
	t->msgtl_header.msgt_inline = TRUE;
	t->msgtl_name = MACH_MSG_TYPE_BYTE;
	t->msgtl_size = 8;
	t->msgtl_number = max - sizeof big->head - sizeof *t;
	unsigned char *data = (unsigned char *)(t + 1);
	for (size_t i = 0; i < t->msgtl_number; i++)
		data[i] = (unsigned char)(i * 13);
	CK_KR(send_msg(&big->head, max));
	memset(big, 0, max + 64);
	CK_KR(mach_msg(&big->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    max + 64, p, 0, MACH_PORT_NULL));
	ck_assert_uint_eq(big->head.msgh_size, max);
	ck_assert_uint_eq(t->msgtl_number, max - sizeof big->head - sizeof *t);
	for (size_t i = 0; i < t->msgtl_number; i++)
		ck_assert_uint_eq(data[i], (unsigned char)(i * 13));
	free(big);
}
END_TEST

/* MACH_SEND_INVALID_MEMORY: out-of-line data that cannot be read.
 * machemu finds it before sending (libmachemu(3)): nothing is sent, no
 * right moves, and a region marked deallocate stays. */
START_TEST(mach_msg_send_invalid_memory)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t recv;
		mach_msg_type_long_t t2;
		void *addr1;
		mach_msg_type_long_t t3;
		void *addr2;
	} m;
	vm_address_t good = region_new(vm_page_size, 1);
	void *hole = mmap(NULL, vm_page_size, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ck_assert_ptr_ne(hole, MAP_FAILED);
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	void *const bad[] = { (void *)16, hole };
	for (size_t i = 0; i < 2; i++) {
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
		type_init(&m.t1, MACH_MSG_TYPE_MOVE_RECEIVE, 32, 1);
		m.recv = x;
		ool_init(&m.t2, MACH_MSG_TYPE_CHAR, 8, vm_page_size, true);
		m.addr1 = (void *)good;
		ool_init(&m.t3, MACH_MSG_TYPE_CHAR, 8, 100, false);
		m.addr2 = bad[i];
		CK_KR_EQ(send_msg(&m.head, sizeof m), MACH_SEND_INVALID_MEMORY);
		assert_untouched(p, x);
		ck_assert(readable((void *)good, vm_page_size));
		ck_assert(region_holds((void *)good, vm_page_size, 0, 1));
	}
	munmap(hole, vm_page_size);
}
END_TEST

/* --- Out-of-line memory ------------------------------------------------- */

/* Without deallocate the message carries a copy: the sender keeps its
 * region and later stores do not reach the receiver, whose region is new
 * memory of its own with vm_allocate's protection and inheritance. */
START_TEST(mach_msg_ool_copy)
{
	mach_port_t p = new_receive();
	const vm_size_t size = 3 * vm_page_size + 100;
	vm_address_t a = region_new(size, 3);
	struct msg_ool m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	ool_init(&m.t, MACH_MSG_TYPE_CHAR, 8, size, false);
	m.addr = (void *)a;
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert(region_holds((void *)a, size, 0, 3));
	memset((void *)a, 0, size);

	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_size, sizeof m);
	ck_assert(b.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	ck_assert(!b.mo.t.msgtl_header.msgt_inline);
	ck_assert(b.mo.t.msgtl_header.msgt_longform);
	ck_assert_uint_eq(b.mo.t.msgtl_name, MACH_MSG_TYPE_CHAR);
	ck_assert_uint_eq(b.mo.t.msgtl_size, 8);
	ck_assert_uint_eq(b.mo.t.msgtl_number, size);
	void *got = b.mo.addr;
	ck_assert_ptr_nonnull(got);
	ck_assert_ptr_ne(got, (void *)a);
	ck_assert(region_holds(got, size, 0, 3));

	/* The receiver's region: read-write, as vm_allocate makes it. */
	struct region r, v;
	vm_address_t va = 0;
	CK_KR(region_at(mach_task_self(), (vm_address_t)got, &r));
	ck_assert_uint_le(r.addr, (vm_address_t)got);
	ck_assert_uint_ge(r.addr + r.size, (vm_address_t)got + size);
	CK_KR(vm_allocate(mach_task_self(), &va, vm_page_size, TRUE));
	CK_KR(region_at(mach_task_self(), va, &v));
	ck_assert_int_eq(r.prot, v.prot);
	ck_assert_int_eq(r.max, v.max);
	ck_assert_int_eq(r.inh, v.inh);
	memset(got, 1, size);		/* writable */
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)got, size));
	ck_assert(!readable(got, 1));
}
END_TEST

/* With deallocate the region leaves the sender, every page it overlaps
 * ("the start address is truncated down and the end address rounded
 * up"), and no more. */
START_TEST(mach_msg_ool_dealloc)
{
	mach_port_t p = new_receive();
	vm_address_t a = region_new(3 * vm_page_size, 5);
	struct msg_ool m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	ool_init(&m.t, MACH_MSG_TYPE_CHAR, 8, vm_page_size, true);
	m.addr = (void *)(a + 100);	/* overlaps pages 0 and 1 */
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert(!readable((void *)a, 1));
	ck_assert(!readable((void *)(a + 2 * vm_page_size - 1), 1));
	ck_assert(readable((void *)(a + 2 * vm_page_size), vm_page_size));
	ck_assert(region_holds((void *)(a + 2 * vm_page_size), vm_page_size,
	    2 * vm_page_size, 5));

	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mo.t.msgtl_number, vm_page_size);
	ck_assert(region_holds(b.mo.addr, vm_page_size, 100, 5));
}
END_TEST

/* Null out-of-line memory: a zero size makes the address ignored (even
 * with deallocate) and the receiver sees a zero address. */
START_TEST(mach_msg_ool_null)
{
	mach_port_t p = new_receive();
	vm_address_t a = region_new(vm_page_size, 9);
	struct msg_ool m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	ool_init(&m.t, MACH_MSG_TYPE_CHAR, 8, 0, true);
	m.addr = (void *)a;
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert(region_holds((void *)a, vm_page_size, 0, 9));
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mo.t.msgtl_number, 0);
	ck_assert_ptr_null(b.mo.addr);

	ool_init(&m.t, MACH_MSG_TYPE_CHAR, 8, 0, false);
	m.addr = (void *)16;		/* not even mapped */
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	ck_assert_ptr_null(b.mo.addr);
}
END_TEST

/* Several regions, unaligned and of odd sizes: each arrives in a region
 * of its own. */
START_TEST(mach_msg_ool_several_unaligned)
{
	mach_port_t p = new_receive();
	vm_address_t a = region_new(4 * vm_page_size, 11);
	struct {
		mach_msg_header_t head;
		struct {
			mach_msg_type_long_t t;
			void *addr;
		} item[3];
	} m;
	static const vm_size_t offs[3] = { 1, 4097, 333 };
	static const vm_size_t lens[3] = { 10, 5000, 1 };
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	for (int i = 0; i < 3; i++) {
		ool_init(&m.item[i].t, MACH_MSG_TYPE_BYTE, 8, lens[i], false);
		m.item[i].addr = (void *)(a + offs[i]);
	}
	CK_KR(send_msg(&m.head, sizeof m));
	CK_KR(rcv_now(p, &b));
	memcpy(&m, b.bytes, sizeof m);
	for (int i = 0; i < 3; i++) {
		ck_assert_uint_eq(m.item[i].t.msgtl_number, lens[i]);
		ck_assert(region_holds(m.item[i].addr, lens[i], offs[i], 11));
		for (int j = 0; j < i; j++)
			ck_assert_ptr_ne(m.item[i].addr, m.item[j].addr);
	}
}
END_TEST

/* An out-of-line array of rights: the rights are processed like inline
 * ones and the receiver gets a new array of its names. */
START_TEST(mach_msg_ool_port_array)
{
	mach_port_t p = new_receive(), q = new_send_receive();
	mach_port_t r = new_receive();
	mach_port_t names[4] = { q, r, MACH_PORT_NULL, q };
	struct msg_ool m;
	union rcv_buf b;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX, p, MACH_PORT_NULL);
	ool_init(&m.t, MACH_MSG_TYPE_MAKE_SEND, 32, 4, false);
	m.addr = names;
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(status_of(q).mps_mscount, 3);
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.mo.t.msgtl_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(b.mo.t.msgtl_number, 4);
	const mach_port_t *got = b.mo.addr;
	ck_assert_ptr_ne(got, names);
	ck_assert_uint_eq(got[0], q);
	ck_assert_uint_eq(got[1], r);
	ck_assert_uint_eq(got[2], MACH_PORT_NULL);
	ck_assert_uint_eq(got[3], q);
	ck_assert_uint_eq(refs_of(q, MACH_PORT_RIGHT_SEND), 3);
	ck_assert_uint_eq(refs_of(r, MACH_PORT_RIGHT_SEND), 1);
}
END_TEST

/* --- Queue limits, MACH_SEND_TIMEOUT, pseudo-receive --------------------- */

/* A full queue blocks the sender until a receive makes room; the blocked
 * message is then queued after the others. */
START_TEST(mach_msg_send_blocks_on_full_queue)
{
	mach_port_t p = new_send_receive();
	struct msg_int m;
	struct msg_call c;
	union rcv_buf b;

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 2));
	for (int i = 0; i < 2; i++) {
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		    p, MACH_PORT_NULL);
		type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 1);
		m.value = i;
		CK_KR(send_msg(&m.head, sizeof m));
	}
	ck_assert_uint_eq(status_of(p).mps_msgcount, 2);
	m.value = 2;
	memset(&c, 0, sizeof c);
	c.mc_msg = &m.head;
	c.mc_option = MACH_SEND_MSG;
	c.mc_send_size = sizeof m;
	msg_call_start(&c);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 2);
	CK_KR(rcv_now(p, &b));
	ck_assert_int_eq(b.mi.value, 0);
	CK_KR(msg_call_join(&c));
	ck_assert_uint_eq(status_of(p).mps_msgcount, 2);
	CK_KR(rcv_now(p, &b));
	ck_assert_int_eq(b.mi.value, 1);
	CK_KR(rcv_now(p, &b));
	ck_assert_int_eq(b.mi.value, 2);
}
END_TEST

/* A blocked combined call goes on to its receive once the send is done. */
START_TEST(mach_msg_send_rcv_blocked_send)
{
	mach_port_t p = new_send_receive(), q = new_receive();
	union rcv_buf cb, b;
	struct msg_call c;

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 1));
	CK_KR(send_head(p, MACH_MSG_TYPE_COPY_SEND));
	memset(&c, 0, sizeof c);
	head_init(&cb.head, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0), p,
	    MACH_PORT_NULL);
	c.mc_msg = &cb.head;
	c.mc_option = MACH_SEND_MSG | MACH_RCV_MSG;
	c.mc_send_size = sizeof cb.head;
	c.mc_rcv_size = sizeof cb;
	c.mc_rcv_name = q;
	msg_call_start(&c);
	CK_KR(rcv_now(p, &b));
	sleep_ms(SETTLE_MS);
	ck_assert(!atomic_load(&c.mc_done));	/* now waiting on q */
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);
	head_init(&b.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), q,
	    MACH_PORT_NULL);
	b.head.msgh_id = 99;
	CK_KR(send_msg(&b.head, sizeof b.head));
	CK_KR(msg_call_join(&c));
	ck_assert_int_eq(cb.head.msgh_id, 99);
	ck_assert_uint_eq(cb.head.msgh_local_port, q);
}
END_TEST

/* MACH_SEND_TIMEOUT on a full queue: MACH_SEND_TIMED_OUT at once with a
 * zero timeout, after the timeout otherwise; a send-once right ignores
 * the queue limit. */
START_TEST(mach_msg_send_timeout)
{
	mach_port_t p = new_send_receive();
	mach_msg_header_t h;
	struct timespec t0;

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 1));
	CK_KR(send_head(p, MACH_MSG_TYPE_COPY_SEND));
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0), p,
	    MACH_PORT_NULL);
	CK_KR_EQ(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof h, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL), MACH_SEND_TIMED_OUT);
	/* The copy made for the message came back (pseudo-receive): the
	   header now moves it. */
	ck_assert_uint_eq(h.msgh_bits,
	    MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_SEND, 0));
	ck_assert_uint_eq(h.msgh_remote_port, p);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 2);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof h, 0,
	    MACH_PORT_NULL, 100, MACH_PORT_NULL), MACH_SEND_TIMED_OUT);
	ck_assert_int_ge(ms_since(&t0), 95);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 2);

	/* To a send-once right the limit does not apply. */
	mach_port_t so = send_once_to(p);
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0), so,
	    MACH_PORT_NULL);
	CK_KR(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof h, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL));
	ck_assert_uint_eq(status_of(p).mps_msgcount, 2);
	/* MACH_SEND_NOTIFY changes nothing (as in GNU Mach). */
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0), p,
	    MACH_PORT_NULL);
	CK_KR_EQ(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_TIMEOUT |
	    MACH_SEND_NOTIFY, sizeof h, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
	    MACH_SEND_TIMED_OUT);
}
END_TEST

/* The message of a timed-out send comes back by pseudo-receive: the
 * header is not swapped, the rights are the sender's again (the made
 * send right now held, the moved receive right back, the made send-once
 * right under a name of its own), the deallocated region is back at some
 * address; resent as it is, it arrives as first meant. */
START_TEST(mach_msg_send_timed_out_pseudo_receive)
{
	mach_port_t p = new_receive(), x = new_receive();
	mach_port_t r = new_receive();
	vm_address_t a = region_new(vm_page_size, 21);
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t recv;
		mach_msg_type_long_t t2;
		void *addr;
		mach_msg_type_t t3;
		int value;
	} m;
	union rcv_buf b;

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 1));
	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(send_head(x, MACH_MSG_TYPE_MAKE_SEND));	/* x keeps a message */
	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE) | MACH_MSGH_BITS_COMPLEX, p, r);
	type_init(&m.t1, MACH_MSG_TYPE_MOVE_RECEIVE, 32, 1);
	m.recv = x;
	ool_init(&m.t2, MACH_MSG_TYPE_CHAR, 8, vm_page_size, true);
	m.addr = (void *)a;
	type_init(&m.t3, MACH_MSG_TYPE_INTEGER_32, 32, 1);
	m.value = 77;
	CK_KR_EQ(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT,
	    sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
	    MACH_SEND_TIMED_OUT);

	ck_assert_uint_eq(m.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND, MACH_MSG_TYPE_PORT_SEND_ONCE) |
	    MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(m.head.msgh_remote_port, p);
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_of(p, MACH_PORT_RIGHT_SEND), 1);
	mach_port_t so = m.head.msgh_local_port;
	ck_assert_uint_ne(so, r);
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(status_of(r).mps_sorights, 1);
	ck_assert_int_eq(m.head.msgh_id, MSG_ID);
	ck_assert_uint_eq(m.t1.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	mach_port_t x2 = m.recv;
	ck_assert_uint_eq(type_of(x2), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_of(x2).mps_msgcount, 1);
	ck_assert_uint_eq(m.t2.msgtl_number, vm_page_size);
	ck_assert_ptr_nonnull(m.addr);
	ck_assert(region_holds(m.addr, vm_page_size, 0, 21));
	ck_assert_uint_eq(m.t3.msgt_name, MACH_MSG_TYPE_INTEGER_32);
	ck_assert_int_eq(m.value, 77);
	assert_empty(r);

	/* Resent as it is. */
	CK_KR(rcv_now(p, &b));
	CK_KR(send_msg(&m.head, sizeof m));
	ck_assert_uint_eq(type_of(p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_NONE);
	ck_assert_uint_eq(type_of(x2), MACH_PORT_TYPE_NONE);
	CK_KR(rcv_now(p, &b));
	memcpy(&m, b.bytes, sizeof m);
	ck_assert_uint_eq(m.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND_ONCE, MACH_MSG_TYPE_PORT_SEND) |
	    MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(m.head.msgh_local_port, p);
	ck_assert_uint_eq(type_of(m.head.msgh_remote_port),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(type_of(m.recv), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_of(m.recv).mps_msgcount, 1);
	ck_assert(region_holds(m.addr, vm_page_size, 0, 21));
	ck_assert_int_eq(m.value, 77);
}
END_TEST

/* --- Receive errors and port sets --------------------------------------- */

/* MACH_RCV_INVALID_NAME: receive_name names no receive right nor port
 * set. */
START_TEST(mach_msg_rcv_invalid_name)
{
	mach_port_t p = new_receive();
	const mach_port_t bad[] = {
		MACH_PORT_NULL, MACH_PORT_DEAD, unused_name(),
		dead_send_right(), send_once_to(p),
	};
	union rcv_buf b;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(rcv_now(bad[i], &b) == MACH_RCV_INVALID_NAME,
		    "case %zu", i);
}
END_TEST


/* A port set: a receive takes a message from any member, msgh_local_port
 * names the member and msgh_seqno is the member's; a member cannot be
 * received from directly (MACH_RCV_IN_SET), until it leaves the set; an
 * empty set is legal and times out. */
START_TEST(mach_msg_port_set)
{
	mach_port_t s = new_set(), p = new_receive(), q = new_receive();
	struct msg_int m;
	union rcv_buf b;
	int seen[3] = { 0, 0, 0 };

	CK_KR_EQ(rcv_now(s, &b), MACH_RCV_TIMED_OUT);
	CK_KR(mach_port_move_member(mach_task_self(), p, s));
	CK_KR(mach_port_move_member(mach_task_self(), q, s));
	for (int i = 0; i < 3; i++) {
		head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0),
		    i == 1 ? p : q, MACH_PORT_NULL);
		type_init(&m.t, MACH_MSG_TYPE_INTEGER_32, 32, 1);
		m.value = i;
		CK_KR(send_msg(&m.head, sizeof m));
	}
	CK_KR_EQ(rcv_now(p, &b), MACH_RCV_IN_SET);
	CK_KR_EQ(rcv_now(q, &b), MACH_RCV_IN_SET);
	ck_assert_uint_eq(status_of(q).mps_msgcount, 2);
	ck_assert_uint_eq(status_of(q).mps_pset, s);

	int q_next = 0;
	for (int n = 0; n < 3; n++) {
		CK_KR(rcv_now(s, &b));
		int v = b.mi.value;
		ck_assert(v >= 0 && v < 3 && !seen[v]);
		seen[v] = 1;
		if (v == 1) {
			ck_assert_uint_eq(b.head.msgh_local_port, p);
			ck_assert_uint_eq(b.head.msgh_seqno, 0);
		} else {
			ck_assert_uint_eq(b.head.msgh_local_port, q);
			ck_assert_int_eq(v, q_next == 0 ? 0 : 2);
			ck_assert_uint_eq(b.head.msgh_seqno, q_next);
			q_next++;
		}
	}
	CK_KR_EQ(rcv_now(s, &b), MACH_RCV_TIMED_OUT);
	CK_KR(mach_port_move_member(mach_task_self(), p, MACH_PORT_NULL));
	CK_KR_EQ(rcv_now(p, &b), MACH_RCV_TIMED_OUT);
}
END_TEST

/* "ports may be added and removed while a receive from the port set is
 * in progress": a member added to the set during the wait delivers its
 * queued message. */
START_TEST(mach_msg_port_set_member_added_while_waiting)
{
	mach_port_t s = new_set(), p = new_receive();
	struct msg_call c;
	union rcv_buf b;

	rcv_call_start(&c, s, &b, 0);
	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND));
	sleep_ms(SETTLE_MS);
	ck_assert(!atomic_load(&c.mc_done));
	CK_KR(mach_port_move_member(mach_task_self(), p, s));
	CK_KR(msg_call_join(&c));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
}
END_TEST

/* What happens to the right a thread waits on in rcv_while. */
enum rcv_fate {
	RCV_DESTROYED,		/* mach_port_destroy */
	RCV_RELEASED,		/* its one reference dropped (mod_refs) */
	RCV_SENT_AWAY,		/* moved in a message to TO */
	RCV_INTO_SET		/* moved into the port set TO */
};

/* What a receive on NAME, by a thread of its own, returns when FATE
 * happens to NAME while it waits. */
static mach_msg_return_t
rcv_while(mach_port_t name, enum rcv_fate fate, mach_port_t to)
{
	struct msg_call c;
	struct msg_port m;
	union rcv_buf b;

	rcv_call_start(&c, name, &b, 0);
	switch (fate) {
	case RCV_DESTROYED:
		CK_KR(mach_port_destroy(mach_task_self(), name));
		break;
	case RCV_RELEASED:
		CK_KR(mach_port_mod_refs(mach_task_self(), name,
		    MACH_PORT_RIGHT_RECEIVE, -1));
		break;
	case RCV_SENT_AWAY:
		port_msg_init(&m, MACH_MSG_TYPE_MAKE_SEND, to,
		    MACH_MSG_TYPE_MOVE_RECEIVE, name);
		CK_KR(send_msg(&m.head, sizeof m));
		break;
	case RCV_INTO_SET:
		CK_KR(mach_port_move_member(mach_task_self(), name, to));
		break;
	}
	return msg_call_join(&c);
}

/*
 * MACH_RCV_PORT_DIED: the receive right that a thread waits on is
 * destroyed under it (mach_port_destroy).  The page: MACH_RCV_PORT_DIED
 * "The caller lost the rights specified by receive_name", whereas
 * MACH_RCV_PORT_CHANGED is for a right "moved into a port set during the
 * call".  The same holds when the right is released
 * (mach_msg_rcv_port_died_mod_refs) or sent away in a message
 * (mach_msg_rcv_port_died_moved); a port set destroyed under the waiter
 * gives MACH_RCV_PORT_DIED too (mach_msg_rcv_port_died_pset).
 */
START_TEST(mach_msg_rcv_port_died_destroy)
{
	CK_KR_EQ(rcv_while(new_receive(), RCV_DESTROYED, MACH_PORT_NULL),
	    MACH_RCV_PORT_DIED);
}
END_TEST

/* MACH_RCV_PORT_DIED: the receive right is released
 * (mach_port_mod_refs); see mach_msg_rcv_port_died_destroy. */
START_TEST(mach_msg_rcv_port_died_mod_refs)
{
	CK_KR_EQ(rcv_while(new_receive(), RCV_RELEASED, MACH_PORT_NULL),
	    MACH_RCV_PORT_DIED);
}
END_TEST

/* MACH_RCV_PORT_DIED: the port set a thread waits on is destroyed. */
START_TEST(mach_msg_rcv_port_died_pset)
{
	CK_KR_EQ(rcv_while(new_set(), RCV_DESTROYED, MACH_PORT_NULL),
	    MACH_RCV_PORT_DIED);
}
END_TEST

/* MACH_RCV_PORT_DIED: "The caller lost the rights specified by
 * receive_name" -- here by sending the receive right away. */
START_TEST(mach_msg_rcv_port_died_moved)
{
	mach_port_t p = new_receive(), q = new_receive();

	CK_KR_EQ(rcv_while(p, RCV_SENT_AWAY, q), MACH_RCV_PORT_DIED);
}
END_TEST

/* MACH_RCV_PORT_CHANGED: the receive right a thread waits on is moved
 * into a port set during the call. */
START_TEST(mach_msg_rcv_port_changed)
{
	mach_port_t p = new_receive(), s = new_set();
	union rcv_buf b;

	CK_KR_EQ(rcv_while(p, RCV_INTO_SET, s), MACH_RCV_PORT_CHANGED);
	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(rcv_now(s, &b));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
}
END_TEST

/* Send P a message of SIZED_SIZE bytes: a reply right to R, a made send
 * right to Q, and 16 integers from VALUE on (at offset 44). */
static void
send_sized(mach_port_t p, mach_port_t r, mach_port_t q, int value)
{
	struct {
		mach_msg_header_t head;
		mach_msg_type_t t1;
		mach_port_t port;
		mach_msg_type_t t2;
		int data[16];
	} m;

	head_init(&m.head, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE) | MACH_MSGH_BITS_COMPLEX, p, r);
	type_init(&m.t1, MACH_MSG_TYPE_MAKE_SEND, 32, 1);
	m.port = q;
	type_init(&m.t2, MACH_MSG_TYPE_INTEGER_32, 32, 16);
	for (int i = 0; i < 16; i++)
		m.data[i] = value + i;
	CK_KR(send_msg(&m.head, sizeof m));
}

#define SIZED_SIZE	(32 + 4 + 4 + 4 + 64)

/* MACH_RCV_TOO_LARGE with MACH_RCV_LARGE: the message stays queued and
 * its size comes back in msgh_size. */
START_TEST(mach_msg_rcv_too_large_kept)
{
	mach_port_t p = new_receive(), r = new_receive(), q = new_receive();
	union rcv_buf b;

	send_sized(p, r, q, 100);
	memset(&b, 0, sizeof b);
	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_LARGE |
	    MACH_RCV_TIMEOUT, 0, SIZED_SIZE - 4, p, 0, MACH_PORT_NULL),
	    MACH_RCV_TOO_LARGE);
	ck_assert_uint_eq(b.head.msgh_size, SIZED_SIZE);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);
	ck_assert_uint_eq(status_of(p).mps_seqno, 0);
	ck_assert_uint_eq(status_of(r).mps_sorights, 1);
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_LARGE |
	    MACH_RCV_TIMEOUT, 0, SIZED_SIZE, p, 0, MACH_PORT_NULL));
	ck_assert_uint_eq(b.head.msgh_size, SIZED_SIZE);
	ck_assert_uint_eq(b.head.msgh_seqno, 0);
	ck_assert_uint_eq(type_of(b.head.msgh_remote_port),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(b.mp.port, q);
	ck_assert_uint_eq(type_of(q), MACH_PORT_TYPE_SEND_RECEIVE);
}
END_TEST

/* MACH_RCV_TOO_LARGE without MACH_RCV_LARGE: the message is de-queued
 * and destroyed, with its rights (the reply right's send-once
 * notification, the carried send right gone); msgh_size tells the size. */
START_TEST(mach_msg_rcv_too_large_destroyed)
{
	mach_port_t p = new_receive(), r = new_receive(), q = new_receive();
	union rcv_buf b;

	send_sized(p, r, q, 100);
	send_sized(p, r, q, 200);
	ck_assert(status_of(q).mps_srights);
	memset(&b, 0, sizeof b);
	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    SIZED_SIZE - 4, p, 0, MACH_PORT_NULL), MACH_RCV_TOO_LARGE);
	ck_assert_uint_eq(b.head.msgh_size, SIZED_SIZE);
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);
	CK_KR(rcv_now(r, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(r).mps_sorights, 1); /* the other's */
	ck_assert_uint_eq(type_of(q), MACH_PORT_TYPE_RECEIVE);

	/* The next one is still there, intact. */
	CK_KR(rcv_now(p, &b));
	ck_assert_uint_eq(b.head.msgh_size, SIZED_SIZE);
	ck_assert_uint_eq(b.mp.port, q);
	ck_assert_int_eq(((int *)(b.bytes + 44))[0], 200);
}
END_TEST

/*
 * Without MACH_RCV_LARGE "the caller receives the message header, with
 * all fields correct, including the destination port but excepting the
 * reply port, which is MACH_PORT_NULL": msgh_size, msgh_local_port and
 * msgh_id are the message's, msgh_remote_port is MACH_PORT_NULL.
 */
START_TEST(mach_msg_rcv_too_large_header)
{
	mach_port_t p = new_receive(), r = new_receive(), q = new_receive();
	union rcv_buf b;

	send_sized(p, r, q, 100);
	memset(&b, 0xff, sizeof b);
	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof b.head, p, 0, MACH_PORT_NULL), MACH_RCV_TOO_LARGE);
	ck_assert_uint_eq(b.head.msgh_size, SIZED_SIZE);
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
}
END_TEST

static void
on_signal(int sig)
{
	(void)sig;
}

/* MACH_SEND_INTERRUPT and MACH_RCV_INTERRUPT are accepted; a signal does
 * not interrupt a receive, with or without them (libmachemu(3)). */
START_TEST(mach_msg_interrupt_options)
{
	mach_port_t p = new_receive();
	struct sigaction sa;
	struct msg_call c;
	union rcv_buf b;
	mach_msg_header_t h;

	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	CK_KR(mach_msg(&h, MACH_SEND_MSG | MACH_SEND_INTERRUPT, sizeof h, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL));
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_INTERRUPT, 0,
	    sizeof b, p, 0, MACH_PORT_NULL));
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;	/* no SA_RESTART */
	sigemptyset(&sa.sa_mask);
	ck_assert_int_eq(sigaction(SIGUSR1, &sa, NULL), 0);
	rcv_call_start(&c, p, &b, MACH_RCV_INTERRUPT);
	ck_assert_int_eq(pthread_kill(c.mc_thread, SIGUSR1), 0);
	sleep_ms(SETTLE_MS);
	ck_assert(!atomic_load(&c.mc_done));
	CK_KR(send_head(p, MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(msg_call_join(&c));
	ck_assert_int_eq(b.head.msgh_id, MSG_ID);
}
END_TEST

/* MACH_SEND_CANCEL: a notify argument that is not a receive right gives
 * MACH_SEND_INVALID_NOTIFY, and the call did nothing. */
START_TEST(mach_msg_send_cancel_invalid_notify)
{
	mach_port_t p = new_send_receive(), x = new_receive();
	mach_port_t n = new_receive();
	struct msg_port m;

	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 1));
	moving_msg_init(&m, p, x);
	CK_KR_EQ(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_CANCEL, sizeof m,
	    0, MACH_PORT_NULL, 0, MACH_PORT_NULL), MACH_SEND_INVALID_NOTIFY);
	assert_untouched(p, x);
	CK_KR_EQ(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_CANCEL, sizeof m,
	    0, MACH_PORT_NULL, 0, unused_name()), MACH_SEND_INVALID_NOTIFY);
	assert_untouched(p, x);
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_CANCEL, sizeof m,
	    0, MACH_PORT_NULL, 0, n));
	ck_assert_uint_eq(status_of(p).mps_msgcount, 1);
}
END_TEST

/*
 * MACH_RCV_NOTIFY: a new reply right gets a dead-name request whose
 * notification goes to the notify port: the received send-once right's
 * type includes MACH_PORT_TYPE_DNREQUEST, and when its port dies the
 * notify port gets a dead-name notification that names it.  GNU Mach
 * implements MACH_RCV_NOTIFY too (ipc_kmsg_copyout_header with a notify
 * port), and MACH_RCV_INVALID_NOTIFY, the next test.
 */
START_TEST(mach_msg_rcv_notify)
{
	mach_port_t p = new_receive(), r = new_receive(), n = new_receive();
	mach_msg_header_t h;
	union rcv_buf b;

	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), p, r);
	CK_KR(send_msg(&h, sizeof h));
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_NOTIFY |
	    MACH_RCV_TIMEOUT, 0, sizeof b, p, 0, n));
	mach_port_t so = b.head.msgh_remote_port;
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), so, &t));
	ck_assert_uint_eq(t, MACH_PORT_TYPE_SEND_ONCE |
	    MACH_PORT_TYPE_DNREQUEST);
	CK_KR(mach_port_destroy(mach_task_self(), r));
	CK_KR(rcv_now(n, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_DEAD_NAME);
	ck_assert_uint_eq(b.mp.t.msgt_name, MACH_MSG_TYPE_PORT_NAME);
	ck_assert_uint_eq(b.mp.port, so);
}
END_TEST

/* MACH_RCV_INVALID_NOTIFY: with MACH_RCV_NOTIFY, a notify argument that
 * is not a receive right; the message is de-queued and destroyed. */
START_TEST(mach_msg_rcv_invalid_notify)
{
	mach_port_t p = new_receive(), r = new_receive();
	mach_msg_header_t h;
	union rcv_buf b;

	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), p, r);
	CK_KR(send_msg(&h, sizeof h));
	CK_KR_EQ(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_NOTIFY |
	    MACH_RCV_TIMEOUT, 0, sizeof b, p, 0, MACH_PORT_NULL),
	    MACH_RCV_INVALID_NOTIFY);
	assert_empty(p);
	CK_KR(rcv_now(r, &b));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
}
END_TEST

/* Run BODY in a child process (a task of its own); the child's exit
 * status 0 means the check in it passed. */
static void
in_child(int (*body)(void))
{
	pid_t pid = fork();
	int status;

	ck_assert_int_ge(pid, 0);
	if (pid == 0)
		_exit(body());
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status), "the child died of signal %d",
	    WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	ck_assert_msg(WEXITSTATUS(status) == 0, "the check failed in the "
	    "child (%d)", WEXITSTATUS(status));
}

static int
invalid_data_child(void)
{
	mach_port_t p;
	mach_msg_header_t h;
	char *page = mmap(NULL, vm_page_size, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (page == MAP_FAILED || mach_port_allocate(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, &p) != KERN_SUCCESS)
		return 10;
	if (mach_msg((mach_msg_header_t *)page, MACH_SEND_MSG, 32, 0,
	    MACH_PORT_NULL, 0, MACH_PORT_NULL) != MACH_SEND_INVALID_DATA)
		return 1;
	head_init(&h, MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0), p,
	    MACH_PORT_NULL);
	if (send_msg(&h, sizeof h) != MACH_MSG_SUCCESS)
		return 11;
	mprotect(page, vm_page_size, PROT_READ);
	if (mach_msg((mach_msg_header_t *)page, MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, 0, vm_page_size, p, 0, MACH_PORT_NULL) !=
	    MACH_RCV_INVALID_DATA)
		return 2;
	return 0;
}

/* MACH_SEND_INVALID_DATA: the message buffer cannot be read;
 * MACH_RCV_INVALID_DATA: it cannot be written. */
START_TEST(mach_msg_invalid_data)
{
	in_child(invalid_data_child);
}
END_TEST

#pragma pack(pop)

CONFORMANCE_PAGE(mach_msg)
{
	Suite *s = suite_create("mach_msg");
	TCase *tc = conformance_tcase("mach_msg");

	tcase_add_test(tc, mach_msg_send_rcv_swapped_header);
	tcase_add_test(tc, mach_msg_no_option_does_nothing);
	tcase_add_test(tc, mach_msg_send_rcv_combined);
	tcase_add_test(tc, mach_msg_timeouts_independent);
	tcase_add_test(tc, mach_msg_rcv_timeout);
	tcase_add_test(tc, mach_msg_modifiers_need_their_half);
	tcase_add_test(tc, mach_msg_order_and_seqno);
	tcase_add_test(tc, mach_msg_dest_copy_send);
	tcase_add_test(tc, mach_msg_dest_move_send);
	tcase_add_test(tc, mach_msg_dest_make_send_once);
	tcase_add_test(tc, mach_msg_dest_move_send_once);
	tcase_add_test(tc, mach_msg_reply_dispositions);
	tcase_add_test(tc, mach_msg_send_invalid_header);
	tcase_add_test(tc, mach_msg_send_invalid_dest);
	tcase_add_test(tc, mach_msg_send_invalid_reply);
	tcase_add_test(tc, mach_msg_body_send_rights);
	tcase_add_test(tc, mach_msg_body_send_once_rights);
	tcase_add_test(tc, mach_msg_body_move_receive);
	tcase_add_test(tc, mach_msg_body_move_receive_resets_counts);
	tcase_add_test(tc, mach_msg_body_move_receive_cancels_no_senders);
	tcase_add_test(tc, mach_msg_body_dead_name);
	tcase_add_test(tc, mach_msg_body_null_and_dead);
	tcase_add_test(tc, mach_msg_port_dies_in_transit);
	tcase_add_test(tc, mach_msg_port_dies_with_queue);
	tcase_add_test(tc, mach_msg_body_port_array_inline);
	tcase_add_test(tc, mach_msg_body_order_move_receive_make_send);
	tcase_add_test(tc, mach_msg_send_invalid_right);
	tcase_add_test(tc, mach_msg_send_invalid_type);
	tcase_add_test(tc, mach_msg_send_msg_too_small);
	tcase_add_test(tc, mach_msg_send_no_buffer);
	tcase_add_test(tc, mach_msg_send_invalid_memory);
	tcase_add_test(tc, mach_msg_ool_copy);
	tcase_add_test(tc, mach_msg_ool_dealloc);
	tcase_add_test(tc, mach_msg_ool_null);
	tcase_add_test(tc, mach_msg_ool_several_unaligned);
	tcase_add_test(tc, mach_msg_ool_port_array);
	tcase_add_test(tc, mach_msg_send_blocks_on_full_queue);
	tcase_add_test(tc, mach_msg_send_rcv_blocked_send);
	tcase_add_test(tc, mach_msg_send_timeout);
	tcase_add_test(tc, mach_msg_send_timed_out_pseudo_receive);
	tcase_add_test(tc, mach_msg_rcv_invalid_name);
	tcase_add_test(tc, mach_msg_port_set);
	tcase_add_test(tc, mach_msg_port_set_member_added_while_waiting);
	tcase_add_test(tc, mach_msg_rcv_port_died_pset);
	tcase_add_test(tc, mach_msg_rcv_port_changed);
	tcase_add_test(tc, mach_msg_rcv_too_large_kept);
	tcase_add_test(tc, mach_msg_rcv_too_large_destroyed);
	tcase_add_test(tc, mach_msg_interrupt_options);
	tcase_add_test(tc, mach_msg_send_cancel_invalid_notify);
	tcase_add_test(tc, mach_msg_invalid_data);
	tcase_add_test(tc, mach_msg_header_atomic_move_copy);
	tcase_add_test(tc, mach_msg_header_atomic_move_move);
	tcase_add_test(tc, mach_msg_reply_dead_name);
	tcase_add_test(tc, mach_msg_body_receive_right_to_itself);
	tcase_add_test(tc, mach_msg_rcv_port_died_destroy);
	tcase_add_test(tc, mach_msg_rcv_too_large_header);
	tcase_add_test(tc, mach_msg_rcv_notify);
	tcase_add_test(tc, mach_msg_send_body_errors_destroy);
	tcase_add_test(tc, mach_msg_rcv_port_died_mod_refs);
	tcase_add_test(tc, mach_msg_rcv_port_died_moved);
	tcase_add_test(tc, mach_msg_rcv_invalid_notify);
	suite_add_tcase(s, tc);
	return s;
}
