/*
 * Conformance: mach_port_set_attributes
 * (osfmk-man/mach_port_set_attributes.html, with mach_port_limits.html).
 * "The mach_port_set_attributes function sets attributes of type
 * flavor"; the valid flavor is MACH_PORT_LIMITS_INFO, which "sets
 * resource limits (queue limits) for the port": queue_limit is the
 * "number of messages allowed to be on the message queue at any given
 * time.  Attempts to queue more messages than this limit will block."
 * Errors: KERN_INVALID_NAME when NAME denotes no right,
 * KERN_INVALID_RIGHT when it is not a receive right.
 *
 * Checks: the limit set is the one read back (mach_port_get_attributes,
 * mps_qlimit); with the queue at its limit a send blocks, so a send with
 * MACH_SEND_TIMEOUT gets MACH_SEND_TIMED_OUT after its timeout, with the
 * rights it carried given back; a blocked sender gets in when a message
 * is received or when the limit is raised; a limit of 0 blocks every
 * send; the error codes, with the limit unchanged.
 *
 * GNU differences and codes the page does not name: the limit is GNU
 * Mach's mach_port_set_qlimit, so a limit above MACH_PORT_QLIMIT_MAX is
 * KERN_INVALID_VALUE; as in xnu, an unknown flavor (and
 * MACH_PORT_RECEIVE_STATUS, which is read-only) is KERN_INVALID_ARGUMENT,
 * a count too small for the flavor KERN_FAILURE, and
 * MACH_PORT_DNREQUESTS_SIZE is accepted and changes nothing.
 */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "conformance.h"

static kern_return_t
set_limit(mach_port_t name, mach_port_msgcount_t limit)
{
	mach_port_limits_t lim = { .queue_limit = limit };
	return mach_port_set_attributes(mach_task_self(), name,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim,
	    MACH_PORT_LIMITS_INFO_COUNT);
}

static mach_port_msgcount_t
limit_of(mach_port_t name)
{
	mach_port_limits_t lim;
	mach_msg_type_number_t count = MACH_PORT_LIMITS_INFO_COUNT;
	CK_KR(mach_port_get_attributes(mach_task_self(), name,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)&lim, &count));
	return lim.queue_limit;
}

static mach_port_msgcount_t
queued_on(mach_port_t name)
{
	return status_of(name).mps_msgcount;
}

/* Send an empty message with id ID to the receive right DEST, with the
 * send OPTION and TIMEOUT; mach_msg's code. */
static mach_msg_return_t
try_send(mach_port_t dest, mach_msg_id_t id, mach_msg_option_t option,
    mach_msg_timeout_t timeout)
{
	return send_header(dest, MACH_MSG_TYPE_MAKE_SEND, id, option, timeout);
}

/* The limit set is the limit read back. */
START_TEST(mach_port_set_attributes_limits)
{
	mach_port_t p = new_receive();
	ck_assert_uint_eq(limit_of(p), MACH_PORT_QLIMIT_DEFAULT);
	CK_KR(set_limit(p, 2));
	ck_assert_uint_eq(limit_of(p), 2);
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &st));
	ck_assert_uint_eq(st.mps_qlimit, 2);
	CK_KR(set_limit(p, MACH_PORT_QLIMIT_MAX));
	ck_assert_uint_eq(limit_of(p), MACH_PORT_QLIMIT_MAX);
	CK_KR(set_limit(p, 0));
	ck_assert_uint_eq(limit_of(p), 0);
	/* Another port keeps its own. */
	ck_assert_uint_eq(limit_of(new_receive()), MACH_PORT_QLIMIT_DEFAULT);
}
END_TEST

/* A full queue blocks senders: with MACH_SEND_TIMEOUT the send gives up
 * with MACH_SEND_TIMED_OUT, at once for 0 or after the timeout. */
START_TEST(mach_port_set_attributes_limit_blocks)
{
	mach_port_t p = new_receive();
	CK_KR(set_limit(p, 2));
	CK_KR(try_send(p, 1, 0, 0));
	CK_KR(try_send(p, 2, 0, 0));
	ck_assert_int_eq(try_send(p, 3, MACH_SEND_TIMEOUT, 0),
	    MACH_SEND_TIMED_OUT);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(try_send(p, 3, MACH_SEND_TIMEOUT, 100),
	    MACH_SEND_TIMED_OUT);
	ck_assert_int_ge(ms_since(&t0), 95);
	ck_assert_uint_eq(queued_on(p), 2);
	/* Room again after a receive. */
	ck_assert_int_eq(receive_id(p, 0), 1);
	CK_KR(try_send(p, 4, MACH_SEND_TIMEOUT, 0));
	ck_assert_int_eq(try_send(p, 5, MACH_SEND_TIMEOUT, 0),
	    MACH_SEND_TIMED_OUT);
	ck_assert_int_eq(receive_id(p, 0), 2);
	ck_assert_int_eq(receive_id(p, 0), 4);
	ck_assert_uint_eq(queued_on(p), 0);
	/* A lower limit than the queue: no room until it drains below. */
	CK_KR(set_limit(p, 5));
	for (int i = 0; i < 4; i++)
		CK_KR(try_send(p, 10 + i, 0, 0));
	CK_KR(set_limit(p, 1));
	ck_assert_int_eq(try_send(p, 20, MACH_SEND_TIMEOUT, 0),
	    MACH_SEND_TIMED_OUT);
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(receive_id(p, 0), 10 + i);
	CK_KR(try_send(p, 21, MACH_SEND_TIMEOUT, 0));
}
END_TEST

/* A limit of 0: no message can be queued. */
START_TEST(mach_port_set_attributes_limit_zero)
{
	mach_port_t p = new_receive();
	CK_KR(set_limit(p, 0));
	ck_assert_int_eq(try_send(p, 1, MACH_SEND_TIMEOUT, 0),
	    MACH_SEND_TIMED_OUT);
	ck_assert_uint_eq(queued_on(p), 0);
	CK_KR(set_limit(p, 1));
	CK_KR(try_send(p, 2, MACH_SEND_TIMEOUT, 0));
	ck_assert_uint_eq(queued_on(p), 1);
}
END_TEST

/* A send that times out on a full queue gives the rights it carried back
 * to the sender (GNU Mach's pseudo-receive): a moved send right is still
 * the sender's, with its references. */
START_TEST(mach_port_set_attributes_timeout_keeps_rights)
{
	mach_port_t p = new_receive(), carried = new_receive();
	CK_KR(mach_port_insert_right(mach_task_self(), carried, carried,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(set_limit(p, 0));
	struct port_msg m;
	memset(&m, 0, sizeof m);
	m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MAKE_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m.head.msgh_size = sizeof m;
	m.head.msgh_remote_port = p;
	m.type.msgt_name = MACH_MSG_TYPE_MOVE_SEND;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = TRUE;
	m.port = carried;
	ck_assert_int_eq(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT,
	    sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
	    MACH_SEND_TIMED_OUT);
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), carried, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS,
	    MACH_PORT_TYPE_SEND_RECEIVE);
	mach_port_urefs_t refs;
	CK_KR(mach_port_get_refs(mach_task_self(), carried,
	    MACH_PORT_RIGHT_SEND, &refs));
	ck_assert_uint_eq(refs, 1);
	ck_assert_uint_eq(queued_on(p), 0);
}
END_TEST

struct sender {
	mach_port_t port;
	mach_msg_id_t id;
	mach_msg_return_t mr;
	int ready, done;
};

static void *
sender_run(void *arg)
{
	struct sender *s = arg;
	mach_port_type_t t;
	/* A first call connects this thread, before it says it is ready. */
	(void)mach_port_type(mach_task_self(), s->port, &t);
	__atomic_store_n(&s->ready, 1, __ATOMIC_SEQ_CST);
	s->mr = try_send(s->port, s->id, 0, 0);	/* blocks: no timeout */
	__atomic_store_n(&s->done, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

/* Start a thread whose send to PORT blocks on a full queue. */
static void
start_blocked_sender(pthread_t *th, struct sender *s)
{
	ck_assert_int_eq(pthread_create(th, NULL, sender_run, s), 0);
	while (!__atomic_load_n(&s->ready, __ATOMIC_SEQ_CST))
		nanosleep(&(struct timespec){ 0, 1000 * 1000 }, NULL);
	nanosleep(&(struct timespec){ 0, 300 * 1000 * 1000 }, NULL);
	ck_assert_int_eq(__atomic_load_n(&s->done, __ATOMIC_SEQ_CST), 0);
}

/* A sender blocked on a full queue gets in once a message is received. */
START_TEST(mach_port_set_attributes_blocked_sender_receive)
{
	struct sender s = { .port = new_receive(), .id = 9 };
	CK_KR(set_limit(s.port, 1));
	CK_KR(try_send(s.port, 1, 0, 0));
	pthread_t th;
	start_blocked_sender(&th, &s);
	ck_assert_uint_eq(queued_on(s.port), 1);	/* still blocked */
	ck_assert_int_eq(receive_id(s.port, 0), 1);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	CK_KR(s.mr);
	ck_assert_uint_eq(queued_on(s.port), 1);
	ck_assert_int_eq(receive_id(s.port, 0), 9);
}
END_TEST

/* A sender blocked on a full queue gets in when the limit is raised. */
START_TEST(mach_port_set_attributes_blocked_sender_raise)
{
	struct sender s = { .port = new_receive(), .id = 9 };
	CK_KR(set_limit(s.port, 1));
	CK_KR(try_send(s.port, 1, 0, 0));
	pthread_t th;
	start_blocked_sender(&th, &s);
	CK_KR(set_limit(s.port, 2));
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	CK_KR(s.mr);
	ck_assert_uint_eq(queued_on(s.port), 2);
	ck_assert_int_eq(receive_id(s.port, 0), 1);
	ck_assert_int_eq(receive_id(s.port, 0), 9);
}
END_TEST

/* Flavors other than MACH_PORT_LIMITS_INFO; a short count; a limit above
 * GNU Mach's maximum.  None changes the limit. */
START_TEST(mach_port_set_attributes_bad_arguments)
{
	mach_port_t p = new_receive();
	CK_KR(set_limit(p, 3));
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(mach_task_self(), p, &st));
	st.mps_qlimit = 1;
	CK_KR_EQ(mach_port_set_attributes(mach_task_self(), p,
	    MACH_PORT_RECEIVE_STATUS, (mach_port_info_t)&st,
	    MACH_PORT_RECEIVE_STATUS_COUNT), KERN_INVALID_ARGUMENT);
	natural_t buf[16] = { 1 };
	CK_KR_EQ(mach_port_set_attributes(mach_task_self(), p, 77,
	    (mach_port_info_t)buf, 16), KERN_INVALID_ARGUMENT);
	CK_KR_EQ(mach_port_set_attributes(mach_task_self(), p,
	    MACH_PORT_LIMITS_INFO, (mach_port_info_t)buf, 0), KERN_FAILURE);
	CK_KR_EQ(set_limit(p, MACH_PORT_QLIMIT_MAX + 1), KERN_INVALID_VALUE);
	int size = 8;
	CK_KR(mach_port_set_attributes(mach_task_self(), p,
	    MACH_PORT_DNREQUESTS_SIZE, (mach_port_info_t)&size,
	    MACH_PORT_DNREQUESTS_SIZE_COUNT));
	ck_assert_uint_eq(limit_of(p), 3);
}
END_TEST

/* KERN_INVALID_NAME: NAME denotes no right. */
START_TEST(mach_port_set_attributes_invalid_name)
{
	CK_KR_EQ(set_limit(0x7777, 1), KERN_INVALID_NAME);
	CK_KR_EQ(set_limit(unused_name(), 1), KERN_INVALID_NAME);
}
END_TEST

/* KERN_INVALID_RIGHT: NAME denotes a right that is not a receive right. */
START_TEST(mach_port_set_attributes_invalid_right)
{
	mach_port_t p = new_receive(), names[4];
	not_receive_rights(p, names);
	for (int i = 0; i < 4; i++)
		CK_KR_EQ(set_limit(names[i], 1), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(limit_of(p), MACH_PORT_QLIMIT_DEFAULT);
}
END_TEST

CONFORMANCE_PAGE(mach_port_set_attributes)
{
	Suite *s = suite_create("mach_port_set_attributes");
	TCase *tc = conformance_tcase("mach_port_set_attributes");
	tcase_add_test(tc, mach_port_set_attributes_limits);
	tcase_add_test(tc, mach_port_set_attributes_limit_blocks);
	tcase_add_test(tc, mach_port_set_attributes_limit_zero);
	tcase_add_test(tc, mach_port_set_attributes_timeout_keeps_rights);
	tcase_add_test(tc, mach_port_set_attributes_blocked_sender_receive);
	tcase_add_test(tc, mach_port_set_attributes_blocked_sender_raise);
	tcase_add_test(tc, mach_port_set_attributes_bad_arguments);
	tcase_add_test(tc, mach_port_set_attributes_invalid_name);
	tcase_add_test(tc, mach_port_set_attributes_invalid_right);
	suite_add_tcase(s, tc);
	return s;
}
