/*
 * Conformance: mach_msg_overwrite (osfmk-man/mach_msg.html, which
 * documents it with mach_msg).  GNU Mach has no such call; libmachemu
 * provides it over mach_msg (<mach/mach_port_osf.h>): the send half uses
 * send_msg, the receive half writes into receive_msg, limited by
 * receive_limit, and a NULL receive_msg means send_msg, as in OSF Mach.
 * Checked: the send buffer is left alone by the receive, the receive
 * buffer by the send; a receive-only call needs no send buffer; a send
 * error skips the receive; receive_limit bounds the receive buffer
 * (MACH_RCV_TOO_LARGE); a timed-out send returns its message into the
 * send buffer ("The port right names and out-of-line addresses in the
 * message send buffer are updated"), not into the receive buffer.
 *
 * Deviation encoded: MACH_RCV_OVERWRITE (scatter lists) does not exist
 * for GNU typed messages, so receive_msg_size has no use and is ignored.
 */
#include <string.h>

#include "conformance.h"

#define MSG_ID		4712

union rcv_buf {
	mach_msg_header_t head;
	struct msg_int mi;
	struct port_msg mp;
	char bytes[512];
};

/* A message of one integer VALUE to DEST, made from our receive right. */
static void
int_msg_init(struct msg_int *m, mach_port_t dest, int value)
{
	memset(m, 0, sizeof *m);
	m->head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0);
	m->head.msgh_remote_port = dest;
	m->head.msgh_id = MSG_ID;
	m->t.msgt_name = MACH_MSG_TYPE_INTEGER_32;
	m->t.msgt_size = 32;
	m->t.msgt_number = 1;
	m->t.msgt_inline = TRUE;
	m->value = value;
}

/* Send and receive in one call, through two buffers: the message lands
 * in the receive buffer, swapped; the send buffer is unchanged. */
START_TEST(mach_msg_overwrite_separate_buffers)
{
	mach_port_t p = new_receive();
	struct msg_int m, copy;
	union rcv_buf r;

	int_msg_init(&m, p, 31);
	copy = m;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg_overwrite(&m.head, MACH_SEND_MSG | MACH_RCV_MSG,
	    sizeof m, sizeof r, p, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL,
	    &r.head, 0));
	ck_assert_mem_eq(&m, &copy, sizeof m);
	ck_assert_uint_eq(r.head.msgh_size, sizeof m);
	ck_assert_uint_eq(r.head.msgh_bits,
	    MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND));
	ck_assert_uint_eq(r.head.msgh_local_port, p);
	ck_assert_uint_eq(r.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_int_eq(r.head.msgh_id, MSG_ID);
	ck_assert_int_eq(r.mi.value, 31);
	ck_assert_uint_eq(r.bytes[sizeof m], 0);	/* nothing beyond */
}
END_TEST

/* A receive-only call writes only the receive buffer; the send buffer
 * may be absent. */
START_TEST(mach_msg_overwrite_receive_only)
{
	mach_port_t p = new_receive();
	struct msg_int m;
	union rcv_buf r;

	int_msg_init(&m, p, 32);
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL));
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg_overwrite(NULL, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r, p, 0, MACH_PORT_NULL, &r.head, 0));
	ck_assert_int_eq(r.mi.value, 32);
	ck_assert_uint_eq(r.head.msgh_local_port, p);
	CK_KR_EQ(mach_msg_overwrite(NULL, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r, p, 0, MACH_PORT_NULL, &r.head, 0), MACH_RCV_TIMED_OUT);
}
END_TEST

/* A NULL receive buffer means the send buffer, as mach_msg does. */
START_TEST(mach_msg_overwrite_null_receive_buffer)
{
	mach_port_t p = new_receive();
	union rcv_buf b;

	int_msg_init(&b.mi, p, 33);
	CK_KR(mach_msg_overwrite(&b.head, MACH_SEND_MSG | MACH_RCV_MSG,
	    sizeof b.mi, sizeof b, p, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL,
	    NULL, 0));
	ck_assert_uint_eq(b.head.msgh_local_port, p);
	ck_assert_uint_eq(b.head.msgh_remote_port, MACH_PORT_NULL);
	ck_assert_int_eq(b.mi.value, 33);
}
END_TEST

/* receive_limit is the size of the receive buffer: a larger message is
 * MACH_RCV_TOO_LARGE (kept with MACH_RCV_LARGE, its size in the receive
 * buffer's msgh_size); the send buffer is not touched. */
START_TEST(mach_msg_overwrite_receive_limit)
{
	mach_port_t p = new_receive();
	struct msg_int m, copy;
	union rcv_buf r;

	int_msg_init(&m, p, 34);
	copy = m;
	memset(&r, 0, sizeof r);
	CK_KR_EQ(mach_msg_overwrite(&m.head, MACH_SEND_MSG | MACH_RCV_MSG |
	    MACH_RCV_LARGE | MACH_RCV_TIMEOUT, sizeof m, sizeof m - 4, p, 0,
	    MACH_PORT_NULL, &r.head, sizeof r), MACH_RCV_TOO_LARGE);
	ck_assert_uint_eq(r.head.msgh_size, sizeof m);
	ck_assert_mem_eq(&m, &copy, sizeof m);
	CK_KR(mach_msg_overwrite(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof m, p, 0, MACH_PORT_NULL, &r.head, 0));
	ck_assert_int_eq(r.mi.value, 34);
	ck_assert_mem_eq(&m, &copy, sizeof m);
}
END_TEST

/* A send error returns at once: nothing is received, the receive buffer
 * is untouched and the queued message stays. */
START_TEST(mach_msg_overwrite_send_error_skips_receive)
{
	mach_port_t p = new_receive(), dead = new_receive();
	struct msg_int m;
	union rcv_buf r;
	mach_port_status_t st;

	int_msg_init(&m, p, 35);
	CK_KR(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL));
	CK_KR(mach_port_destroy(mach_task_self(), dead));
	int_msg_init(&m, dead, 36);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0);
	memset(&r, 0x5a, sizeof r);
	CK_KR_EQ(mach_msg_overwrite(&m.head, MACH_SEND_MSG | MACH_RCV_MSG |
	    MACH_RCV_TIMEOUT, sizeof m, sizeof r, p, 0, MACH_PORT_NULL,
	    &r.head, 0), MACH_SEND_INVALID_DEST);
	for (size_t i = 0; i < sizeof r; i++)
		ck_assert_uint_eq((unsigned char)r.bytes[i], 0x5a);
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &st));
	ck_assert_uint_eq(st.mps_msgcount, 1);
}
END_TEST

/*
 * In a combined send and receive whose send times out
 * (MACH_SEND_TIMED_OUT), the message comes back, by pseudo-receive, in
 * the send buffer, and the receive buffer is untouched.  The page: "The
 * port right names and out-of-line addresses in the message send buffer
 * are updated to reflect the new values resulting from their effective
 * reception."  The send buffer's header and item carry the received
 * types (PORT_SEND, PORT_RECEIVE), and the receive right the message
 * moved is the caller's again under the name written there.
 */
START_TEST(mach_msg_overwrite_timed_out_send_buffer)
{
	mach_port_t p = new_receive(), x = new_receive(), q = new_receive();
	mach_msg_header_t h;
	struct port_msg m;
	union rcv_buf r;

	CK_KR(mach_port_set_qlimit(mach_task_self(), p, 1));
	memset(&h, 0, sizeof h);
	h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0);
	h.msgh_remote_port = p;
	CK_KR(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL));
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_remote_port = p;
	m.head.msgh_id = MSG_ID;
	m.type.msgt_name = MACH_MSG_TYPE_MOVE_RECEIVE;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = x;
	memset(&r, 0x5a, sizeof r);
	CK_KR_EQ(mach_msg_overwrite(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT |
	    MACH_RCV_MSG | MACH_RCV_TIMEOUT, sizeof m, sizeof r, q, 0,
	    MACH_PORT_NULL, &r.head, 0), MACH_SEND_TIMED_OUT);
	ck_assert_uint_eq(m.head.msgh_bits, MACH_MSGH_BITS(
	    MACH_MSG_TYPE_PORT_SEND, 0) | MACH_MSGH_BITS_COMPLEX);
	ck_assert_uint_eq(m.head.msgh_remote_port, p);
	ck_assert_uint_eq(m.type.msgt_name, MACH_MSG_TYPE_PORT_RECEIVE);
	ck_assert_uint_eq(type_of(m.port), MACH_PORT_TYPE_RECEIVE);
	for (size_t i = 0; i < sizeof r; i++)
		ck_assert_uint_eq((unsigned char)r.bytes[i], 0x5a);
}
END_TEST

CONFORMANCE_PAGE(mach_msg_overwrite)
{
	Suite *s = suite_create("mach_msg_overwrite");
	TCase *tc = conformance_tcase("mach_msg_overwrite");

	tcase_add_test(tc, mach_msg_overwrite_separate_buffers);
	tcase_add_test(tc, mach_msg_overwrite_receive_only);
	tcase_add_test(tc, mach_msg_overwrite_null_receive_buffer);
	tcase_add_test(tc, mach_msg_overwrite_receive_limit);
	tcase_add_test(tc, mach_msg_overwrite_send_error_skips_receive);
	tcase_add_test(tc, mach_msg_overwrite_timed_out_send_buffer);
	suite_add_tcase(s, tc);
	return s;
}
