/*
 * Conformance: mach_msg_server and mach_msg_server_timeout.  No man page
 * documents them; the behaviour checked is the GNU Hurd's, from glibc's
 * mach/msgserver.c as summarised in shared/reference/mig-runtime.md,
 * section 5 (and man/libmachemu.3: "Serve requests with a MIG demux
 * function, as the GNU Hurd's library does"):
 *  - receive on a port or a port set with the caller's options and
 *    timeout, hand each request to the demux, whose reply's RetCode
 *    decides: KERN_SUCCESS sends the reply (the server owns everything
 *    the request carried); MIG_NO_REPLY sends nothing and leaves the
 *    reply right with the server; any other code destroys the request
 *    (its rights and out-of-line memory) but keeps its reply right, which
 *    carries the error reply -- also for an id the demux does not know
 *    (MIG_BAD_ID);
 *  - a reply without a reply port (a simpleroutine) is not sent, and is
 *    destroyed if complex;
 *  - max_size 0 adds MACH_RCV_LARGE and the buffers grow to any request;
 *    so does MACH_RCV_LARGE given by the caller; without it a larger
 *    request is destroyed by the kernel and the loop returns
 *    MACH_RCV_TOO_LARGE;
 *  - a reply whose send fails with MACH_SEND_INVALID_DEST (the client's
 *    reply port died) is destroyed and the loop goes on;
 *  - any other error, MACH_RCV_TIMED_OUT included, ends the loop and is
 *    returned.
 * The demux here is hand-written the way MIG writes them (reply header,
 * RetCodeType, RetCode); requests are queued before the loop runs, or
 * the loop runs on a thread of its own.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

/* Request ids: SRV_BASE + what the demux does. */
#define SRV_BASE	5100
enum srv_op {
	SRV_OK,			/* KERN_SUCCESS */
	SRV_NO_REPLY,		/* MIG_NO_REPLY, keeping the reply right */
	SRV_ERROR,		/* KERN_INVALID_ARGUMENT */
	SRV_GIFT,		/* KERN_SUCCESS, the reply moves a send right */
	SRV_NOPS
};

#pragma pack(push, 4)

/* A request that carries a receive right, a send right and a region. */
struct srv_rich {
	mach_msg_header_t head;
	mach_msg_type_t recv_type;
	mach_port_t recv;
	mach_msg_type_t send_type;
	mach_port_t send;
	mach_msg_type_long_t ool_type;
	void *ool;
};

/* A reply that moves one send right. */
struct srv_gift_reply {
	mach_msg_header_t head;
	mach_msg_type_t ret_type;
	kern_return_t ret;
	mach_msg_type_t port_type;
	mach_port_t port;
};

#pragma pack(pop)

union srv_buf {
	mach_msg_header_t head;
	mig_reply_header_t reply;
	struct srv_rich rich;
	struct srv_gift_reply gift;
	char bytes[512];
};

/* What the demux saw, request by request. */
struct srv_seen {
	mach_msg_id_t id;
	mach_msg_size_t size;
	mach_port_t local;		/* the port the request came to */
	mach_port_t reply;		/* its reply right */
	struct srv_rich rich;		/* if it was one */
	unsigned char last;		/* its last byte */
};

#define SRV_SEEN_MAX	8
static struct srv_seen seen[SRV_SEEN_MAX];
static int nseen;
static mach_port_t gift;	/* the port SRV_GIFT gives send rights to */

/* The demux, written as MIG writes them. */
static boolean_t
srv_demux(mach_msg_header_t *in, mach_msg_header_t *out)
{
	static const mach_msg_type_t ret_type = {
		.msgt_name = MACH_MSG_TYPE_INTEGER_32, .msgt_size = 32,
		.msgt_number = 1, .msgt_inline = TRUE,
	};
	mig_reply_header_t *rep = (mig_reply_header_t *)out;
	mach_msg_id_t op = in->msgh_id - SRV_BASE;

	rep->Head.msgh_bits = MACH_MSGH_BITS(MACH_MSGH_BITS_REMOTE(
	    in->msgh_bits), 0);
	rep->Head.msgh_size = sizeof *rep;
	rep->Head.msgh_remote_port = in->msgh_remote_port;
	rep->Head.msgh_local_port = MACH_PORT_NULL;
	rep->Head.msgh_seqno = 0;
	rep->Head.msgh_id = in->msgh_id + 100;
	rep->RetCodeType = ret_type;
	if (op < 0 || op >= SRV_NOPS) {
		rep->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	if (nseen < SRV_SEEN_MAX) {
		struct srv_seen *s = &seen[nseen];

		s->id = in->msgh_id;
		s->size = in->msgh_size;
		s->local = in->msgh_local_port;
		s->reply = in->msgh_remote_port;
		if (in->msgh_size == sizeof s->rich)
			memcpy(&s->rich, in, sizeof s->rich);
		s->last = ((unsigned char *)in)[in->msgh_size - 1];
	}
	nseen++;
	switch (op) {
	case SRV_OK:
		rep->RetCode = KERN_SUCCESS;
		break;
	case SRV_NO_REPLY:
		rep->RetCode = MIG_NO_REPLY;
		break;
	case SRV_ERROR:
		rep->RetCode = KERN_INVALID_ARGUMENT;
		break;
	case SRV_GIFT: {
		struct srv_gift_reply *g = (struct srv_gift_reply *)out;

		rep->RetCode = mach_port_insert_right(mach_task_self(), gift,
		    gift, MACH_MSG_TYPE_MAKE_SEND);
		if (rep->RetCode != KERN_SUCCESS)
			break;
		g->head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
		g->head.msgh_size = sizeof *g;
		memset(&g->port_type, 0, sizeof g->port_type);
		g->port_type.msgt_name = MACH_MSG_TYPE_MOVE_SEND;
		g->port_type.msgt_size = 32;
		g->port_type.msgt_number = 1;
		g->port_type.msgt_inline = TRUE;
		g->port = gift;
		break;
	}
	}
	return TRUE;
}

/* --- Helpers ---------------------------------------------------------- */

/* True if the byte at ADDR can be read. */
static bool
readable(const void *addr)
{
	int fds[2];
	ssize_t n;

	ck_assert_int_eq(pipe(fds), 0);
	n = write(fds[1], addr, 1);
	close(fds[0]);
	close(fds[1]);
	return n == 1;
}

static void
head_init(mach_msg_header_t *h, mach_port_t svc, mach_port_t reply,
    enum srv_op op)
{
	memset(h, 0, sizeof *h);
	h->msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND,
	    reply != MACH_PORT_NULL ? MACH_MSG_TYPE_MAKE_SEND_ONCE : 0);
	h->msgh_remote_port = svc;
	h->msgh_local_port = reply;
	h->msgh_id = SRV_BASE + op;
}

/* Queue a bare request OP on SVC, replies to REPLY. */
static void
request_bare(mach_port_t svc, mach_port_t reply, enum srv_op op)
{
	mach_msg_header_t h;

	head_init(&h, svc, reply, op);
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
}

/* Queue a request OP that moves X's receive right, copies a send right
 * to Q and moves a region of one page, now at *REGIONP. */
static void
request_rich(mach_port_t svc, mach_port_t reply, enum srv_op op,
    mach_port_t x, mach_port_t q, vm_address_t *regionp)
{
	struct srv_rich m;
	vm_address_t a = 0;

	CK_KR(vm_allocate(mach_task_self(), &a, vm_page_size, TRUE));
	memset((void *)a, 0x3c, vm_page_size);
	head_init(&m.head, svc, reply, op);
	m.head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	memset(&m.recv_type, 0, sizeof m.recv_type);
	m.recv_type.msgt_name = MACH_MSG_TYPE_MOVE_RECEIVE;
	m.recv_type.msgt_size = 32;
	m.recv_type.msgt_number = 1;
	m.recv_type.msgt_inline = TRUE;
	m.recv = x;
	m.send_type = m.recv_type;
	m.send_type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
	m.send = q;
	memset(&m.ool_type, 0, sizeof m.ool_type);
	m.ool_type.msgtl_header.msgt_longform = TRUE;
	m.ool_type.msgtl_header.msgt_deallocate = TRUE;
	m.ool_type.msgtl_name = MACH_MSG_TYPE_BYTE;
	m.ool_type.msgtl_size = 8;
	m.ool_type.msgtl_number = vm_page_size;
	m.ool = (void *)a;
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	*regionp = a;
}

/* Receive the reply waiting on PORT: its id is that of OP + 100. */
static void
reply_expect(mach_port_t port, enum srv_op op, kern_return_t retcode,
    union srv_buf *b)
{
	CK_KR(mach_msg(&b->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof *b,
	    port, 0, MACH_PORT_NULL));
	ck_assert_int_eq(b->head.msgh_id, SRV_BASE + (int)op + 100);
	ck_assert_uint_eq(b->head.msgh_local_port, port);
	ck_assert_uint_eq(MACH_MSGH_BITS_LOCAL(b->head.msgh_bits),
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	ck_assert_int_eq(b->reply.RetCode, retcode);
}

/* Serve SVC until it has been idle for 100 ms. */
static void
serve_queued(mach_port_t svc, mach_msg_size_t max_size)
{
	nseen = 0;
	CK_KR_EQ(mach_msg_server_timeout(srv_demux, max_size, svc,
	    MACH_RCV_TIMEOUT, 100), MACH_RCV_TIMED_OUT);
}

/* --- Tests ------------------------------------------------------------ */

/* KERN_SUCCESS: the reply goes to the request's reply port; the server
 * keeps what the request carried. */
START_TEST(mach_msg_server_reply_on_success)
{
	mach_port_t svc = new_receive(), c = new_receive();
	mach_port_t x = new_send_receive(), q = new_send_receive();
	vm_address_t region;
	union srv_buf b;

	request_bare(svc, c, SRV_OK);
	request_rich(svc, c, SRV_OK, x, q, &region);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 2);
	ck_assert_uint_eq(seen[0].local, svc);
	ck_assert_uint_eq(seen[1].size, sizeof(struct srv_rich));
	reply_expect(c, SRV_OK, KERN_SUCCESS, &b);
	ck_assert_uint_eq(b.head.msgh_size, sizeof(mig_reply_header_t));
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_NULL);
	reply_expect(c, SRV_OK, KERN_SUCCESS, &b);
	assert_empty(c);
	/* The rights and the region are the server's: still here. */
	ck_assert_uint_eq(seen[1].rich.recv, x);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(send_refs(q), 2);
	ck_assert(readable(seen[1].rich.ool));
	ck_assert_int_eq(*(unsigned char *)seen[1].rich.ool, 0x3c);
}
END_TEST

/* MIG_NO_REPLY: nothing is sent; the reply right stays with the server,
 * which may answer later. */
START_TEST(mach_msg_server_no_reply)
{
	mach_port_t svc = new_receive(), c = new_receive();
	mach_msg_header_t h;
	union srv_buf b;
	mach_port_status_t st;

	request_bare(svc, c, SRV_NO_REPLY);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 1);
	assert_empty(c);
	mach_port_t so = seen[0].reply;
	ck_assert_uint_eq(type_of(so), MACH_PORT_TYPE_SEND_ONCE);
	CK_KR(mach_port_get_receive_status(mach_task_self(), c, &st));
	ck_assert_uint_eq(st.mps_sorights, 1);
	memset(&h, 0, sizeof h);
	h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
	h.msgh_remote_port = so;
	h.msgh_id = 999;
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof b,
	    c, 0, MACH_PORT_NULL));
	ck_assert_int_eq(b.head.msgh_id, 999);
}
END_TEST

/* Any other code: the request is destroyed -- its receive right dies,
 * its send right and its region are released -- but its reply right
 * carries the error reply. */
START_TEST(mach_msg_server_error_destroys_request)
{
	mach_port_t svc = new_receive(), c = new_receive();
	mach_port_t x = new_send_receive(), q = new_send_receive();
	vm_address_t region;
	union srv_buf b;

	request_rich(svc, c, SRV_ERROR, x, q, &region);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 1);
	reply_expect(c, SRV_ERROR, KERN_INVALID_ARGUMENT, &b);
	ck_assert_uint_eq(b.head.msgh_size, sizeof(mig_reply_header_t));
	ck_assert(!(b.head.msgh_bits & MACH_MSGH_BITS_COMPLEX));
	assert_empty(c);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(send_refs(q), 1);
	ck_assert(!readable(seen[0].rich.ool));
}
END_TEST

/* An id the demux does not know (FALSE, MIG_BAD_ID) is an error like
 * any other: the request is destroyed, the error reply sent. */
START_TEST(mach_msg_server_bad_id)
{
	mach_port_t svc = new_receive(), c = new_receive();
	mach_port_t x = new_send_receive(), q = new_send_receive();
	vm_address_t region;
	union srv_buf b;

	request_rich(svc, c, SRV_NOPS, x, q, &region);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 0);
	reply_expect(c, SRV_NOPS, MIG_BAD_ID, &b);
	ck_assert_uint_eq(type_of(x), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(send_refs(q), 1);
}
END_TEST

/* No reply port (a simpleroutine): nothing is sent, and a complex reply
 * is destroyed (the send right it moved is released). */
START_TEST(mach_msg_server_no_reply_port)
{
	mach_port_t svc = new_receive();
	mach_port_status_t st;

	gift = new_receive();
	request_bare(svc, MACH_PORT_NULL, SRV_GIFT);
	request_bare(svc, MACH_PORT_NULL, SRV_OK);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 2);
	ck_assert_uint_eq(seen[0].reply, MACH_PORT_NULL);
	ck_assert_uint_eq(type_of(gift), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_get_receive_status(mach_task_self(), gift, &st));
	ck_assert(!st.mps_srights);
	ck_assert_uint_eq(st.mps_mscount, 1);
	assert_empty(gift);
}
END_TEST

/* A client whose reply port died: the reply's send fails with
 * MACH_SEND_INVALID_DEST, the reply is destroyed (its moved send right
 * released) and the loop serves the next request. */
START_TEST(mach_msg_server_dead_reply_port)
{
	mach_port_t svc = new_receive(), c1 = new_receive();
	mach_port_t c2 = new_receive();
	union srv_buf b;
	mach_port_status_t st;

	gift = new_receive();
	request_bare(svc, c1, SRV_GIFT);
	request_bare(svc, c2, SRV_GIFT);
	CK_KR(mach_port_destroy(mach_task_self(), c1));
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 2);
	reply_expect(c2, SRV_GIFT, KERN_SUCCESS, &b);
	ck_assert(b.head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(b.gift.port_type.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(b.gift.port, gift);
	/* One send right made per request: the first one was released. */
	CK_KR(mach_port_get_receive_status(mach_task_self(), gift, &st));
	ck_assert_uint_eq(st.mps_mscount, 2);
	ck_assert_uint_eq(send_refs(gift), 1);
}
END_TEST

/* max_size 0: two pages, growing with MACH_RCV_LARGE to a larger
 * request, which arrives whole. */
START_TEST(mach_msg_server_regrow)
{
	mach_port_t svc = new_receive(), c = new_receive();
	const size_t size = 150 * 1024;
	union srv_buf b;
	struct {
		mach_msg_header_t head;
		mach_msg_type_long_t t;
		unsigned char data[];
	} *m = calloc(1, size);

	ck_assert_ptr_nonnull(m);
	head_init(&m->head, svc, c, SRV_OK);
	m->t.msgtl_header.msgt_longform = TRUE;
	m->t.msgtl_header.msgt_inline = TRUE;
	m->t.msgtl_name = MACH_MSG_TYPE_BYTE;
	m->t.msgtl_size = 8;
	m->t.msgtl_number = size - sizeof m->head - sizeof m->t;
	m->data[m->t.msgtl_number - 1] = 0x77;
	CK_KR(mach_msg(&m->head, MACH_SEND_MSG, size, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	request_bare(svc, c, SRV_OK);
	serve_queued(svc, 0);
	ck_assert_int_eq(nseen, 2);
	ck_assert_uint_eq(seen[0].size, size);
	ck_assert_uint_eq(seen[0].last, 0x77);
	reply_expect(c, SRV_OK, KERN_SUCCESS, &b);
	reply_expect(c, SRV_OK, KERN_SUCCESS, &b);

	/* A small max_size with the caller's MACH_RCV_LARGE grows too. */
	CK_KR(mach_msg(&m->head, MACH_SEND_MSG, 1024, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	nseen = 0;
	CK_KR_EQ(mach_msg_server_timeout(srv_demux, 256, svc,
	    MACH_RCV_TIMEOUT | MACH_RCV_LARGE, 100), MACH_RCV_TIMED_OUT);
	ck_assert_int_eq(nseen, 1);
	ck_assert_uint_eq(seen[0].size, 1024);
	reply_expect(c, SRV_OK, KERN_SUCCESS, &b);
	free(m);
}
END_TEST

/* A max_size without MACH_RCV_LARGE: a larger request is destroyed by
 * the receive (its reply right's send-once notification) and the loop
 * returns MACH_RCV_TOO_LARGE. */
START_TEST(mach_msg_server_too_large)
{
	mach_port_t svc = new_receive(), c = new_receive();
	union srv_buf b;
	char big[1024];
	mach_msg_header_t *h = (mach_msg_header_t *)big;

	memset(big, 0, sizeof big);
	head_init(h, svc, c, SRV_OK);
	CK_KR(mach_msg(h, MACH_SEND_MSG, 512, 0, MACH_PORT_NULL, 0,
	    MACH_PORT_NULL));
	nseen = 0;
	CK_KR_EQ(mach_msg_server_timeout(srv_demux, 256, svc,
	    MACH_RCV_TIMEOUT, 100), MACH_RCV_TOO_LARGE);
	ck_assert_int_eq(nseen, 0);
	assert_empty(svc);
	CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof b,
	    c, 0, MACH_PORT_NULL));
	ck_assert_int_eq(b.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
}
END_TEST

/* mach_msg_server_timeout returns MACH_RCV_TIMED_OUT once idle for the
 * timeout; mach_msg_server returns the receive error that ends it. */
START_TEST(mach_msg_server_errors_returned)
{
	mach_port_t svc = new_receive(), dead = new_receive();
	struct timespec t0, t1;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	CK_KR_EQ(mach_msg_server_timeout(srv_demux, 0, svc, MACH_RCV_TIMEOUT,
	    150), MACH_RCV_TIMED_OUT);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_ge((t1.tv_sec - t0.tv_sec) * 1000 +
	    (t1.tv_nsec - t0.tv_nsec) / 1000000, 145);
	CK_KR(mach_port_destroy(mach_task_self(), dead));
	CK_KR_EQ(mach_msg_server(srv_demux, 0, dead), MACH_RCV_INVALID_NAME);
	CK_KR_EQ(mach_msg_server_timeout(srv_demux, 0, MACH_PORT_NULL, 0, 0),
	    MACH_RCV_INVALID_NAME);
}
END_TEST

/* A server loop on a thread of its own. */
struct srv_thread {
	pthread_t thread;
	mach_port_t name;
	mach_msg_return_t result;
};

static void *
srv_thread_main(void *arg)
{
	struct srv_thread *t = arg;

	t->result = mach_msg_server(srv_demux, 0, t->name);
	return NULL;
}

/* mach_msg_server on its own thread, serving a port set: requests to
 * each member are answered; destroying the set ends the loop with
 * MACH_RCV_PORT_DIED. */
START_TEST(mach_msg_server_port_set)
{
	mach_port_t set, p = new_receive(), q = new_receive();
	mach_port_t c = new_receive();
	struct srv_thread t;
	union srv_buf b;

	set = new_set();
	CK_KR(mach_port_move_member(mach_task_self(), p, set));
	CK_KR(mach_port_move_member(mach_task_self(), q, set));
	nseen = 0;
	t.name = set;
	ck_assert_int_eq(pthread_create(&t.thread, NULL, srv_thread_main, &t),
	    0);
	for (int i = 0; i < 2; i++) {
		request_bare(i ? q : p, c, SRV_OK);
		CK_KR(mach_msg(&b.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
		    sizeof b, c, 10000, MACH_PORT_NULL));
		ck_assert_int_eq(b.head.msgh_id, SRV_BASE + SRV_OK + 100);
		ck_assert_int_eq(b.reply.RetCode, KERN_SUCCESS);
	}
	CK_KR(mach_port_destroy(mach_task_self(), set));
	ck_assert_int_eq(pthread_join(t.thread, NULL), 0);
	CK_KR_EQ(t.result, MACH_RCV_PORT_DIED);
	ck_assert_int_eq(nseen, 2);
	ck_assert_uint_eq(seen[0].local, p);
	ck_assert_uint_eq(seen[1].local, q);
}
END_TEST

CONFORMANCE_PAGE(mach_msg_server)
{
	Suite *s = suite_create("mach_msg_server");
	TCase *tc = conformance_tcase("mach_msg_server");

	tcase_add_test(tc, mach_msg_server_reply_on_success);
	tcase_add_test(tc, mach_msg_server_no_reply);
	tcase_add_test(tc, mach_msg_server_error_destroys_request);
	tcase_add_test(tc, mach_msg_server_bad_id);
	tcase_add_test(tc, mach_msg_server_no_reply_port);
	tcase_add_test(tc, mach_msg_server_dead_reply_port);
	tcase_add_test(tc, mach_msg_server_regrow);
	tcase_add_test(tc, mach_msg_server_too_large);
	tcase_add_test(tc, mach_msg_server_errors_returned);
	tcase_add_test(tc, mach_msg_server_port_set);
	suite_add_tcase(s, tc);
	return s;
}
