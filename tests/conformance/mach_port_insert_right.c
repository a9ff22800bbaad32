/*
 * Conformance: mach_port_insert_right
 * (osfmk-man/mach_port_insert_right.html).
 * "The mach_port_insert_right function inserts into task the caller's
 * right for a port, using a specified name for the right in the target
 * task."  Checked here, in the caller's own task and in a second task
 * (a forked child that sent us its task port):
 * - MAKE_SEND, COPY_SEND, MOVE_SEND insert a send right; if the target
 *   holds send or receive rights for the port, name must denote them,
 *   and existing send rights gain a user reference, else the new send
 *   right has one; COPY_SEND leaves the caller's references alone and
 *   MOVE_SEND takes one;
 * - MAKE_SEND_ONCE, MOVE_SEND_ONCE insert a send-once right under an
 *   unused name;
 * - MOVE_RECEIVE moves the receive right into the target, under the name
 *   of the target's send rights if it has some, else an unused name;
 * - RETURN VALUES: KERN_NAME_EXISTS (name already denoted a right),
 *   KERN_INVALID_CAPABILITY (right null or dead), KERN_UREFS_OVERFLOW,
 *   KERN_RIGHT_EXISTS (rights for the port under another name).
 * "The specified name can't be one of the reserved values MACH_PORT_NULL
 * or MACH_PORT_DEAD": the page names no code; machemu answers
 * KERN_INVALID_VALUE as GNU Mach does (its mach_port_insert_right checks
 * the name first), which is what the test checks; the same for a
 * right_type that is not a port disposition.  KERN_UREFS_OVERFLOW comes
 * at machemu's limit of 0xffff user references (GNU Mach stops send
 * rights at 0xfffe).  A right the call could not insert is destroyed, as
 * GNU Mach destroys a failed request: a send-once right made for it
 * sends its port a send-once notification.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

/* Names picked by the tests in the child's space, far from the names
 * machd hands out (small indexes). */
#define NAME_X	((mach_port_name_t)0x51000007)
#define NAME_Y	((mach_port_name_t)0x52000007)
#define NAME_Z	((mach_port_name_t)0x53000007)

static mach_port_t
new_receive(void)
{
	mach_port_t p;
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &p));
	return p;
}

static mach_port_type_t
type_in(mach_port_t task, mach_port_name_t name)
{
	mach_port_type_t t = 0;
	CK_KR(mach_port_type(task, name, &t));
	return t;
}

static mach_port_urefs_t
refs_in(mach_port_t task, mach_port_name_t name, mach_port_right_t right)
{
	mach_port_urefs_t r = 0xdead;
	CK_KR(mach_port_get_refs(task, name, right, &r));
	return r;
}

static mach_port_status_t
status_in(mach_port_t task, mach_port_name_t name)
{
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(task, name, &st));
	return st;
}

/* --- A second task ---------------------------------------------------- */

#pragma pack(push, 4)
struct port_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t port;
};
#pragma pack(pop)

/* A forked child: a task of its own that sent us a send right to its
 * task port (a COPY_SEND of mach_task_self()) and lives until FD closes. */
struct child {
	pid_t pid;
	int fd;
	mach_port_t task;
};

static void
child_start(struct child *c)
{
	mach_port_t rv = new_receive();
	int fds[2];

	CK_KR(mach_port_insert_right(mach_task_self(), rv, rv,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_ports_register(mach_task_self(), &rv, 1));
	ck_assert_int_eq(pipe(fds), 0);
	c->pid = fork();
	ck_assert_int_ge(c->pid, 0);
	if (c->pid == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		struct port_msg m;
		char b;

		close(fds[1]);
		if (mach_ports_lookup(mach_task_self(), &ports, &n) !=
		    KERN_SUCCESS || n < 1)
			_exit(1);
		memset(&m, 0, sizeof m);
		m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
		    MACH_MSGH_BITS_COMPLEX;
		m.head.msgh_remote_port = ports[0];
		m.type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
		m.type.msgt_size = 32;
		m.type.msgt_number = 1;
		m.type.msgt_inline = TRUE;
		m.port = mach_task_self();
		if (mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0,
		    MACH_PORT_NULL, 0, MACH_PORT_NULL) != MACH_MSG_SUCCESS)
			_exit(2);
		while (read(fds[0], &b, 1) > 0)
			;
		_exit(0);
	}
	close(fds[0]);
	c->fd = fds[1];
	struct {
		struct port_msg m;
		char pad[64];
	} r;
	memset(&r, 0, sizeof r);
	CK_KR(mach_msg(&r.m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof r, rv, 10000, MACH_PORT_NULL));
	ck_assert_uint_eq(r.m.type.msgt_name, MACH_MSG_TYPE_PORT_SEND);
	c->task = r.m.port;
	ck_assert(MACH_PORT_VALID(c->task));
	CK_KR(mach_port_destroy(mach_task_self(), rv));
}

static void
child_stop(struct child *c)
{
	int status;

	close(c->fd);
	ck_assert_int_eq(waitpid(c->pid, &status, 0), c->pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* --- Send rights ------------------------------------------------------ */

/* MAKE_SEND into one's own task: the send right joins the receive right
 * under its name; a second insertion adds a user reference. */
START_TEST(mach_port_insert_right_make_send_own)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 2);
}
END_TEST

/* Into another task: a new send right has one user reference; COPY_SEND
 * and MOVE_SEND under the same name add one each; the caller keeps its
 * references with COPY_SEND and loses one with MOVE_SEND. */
START_TEST(mach_port_insert_right_send_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_mscount, 1);
	ck_assert(status_in(mach_task_self(), p).mps_srights);

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_COPY_SEND));
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 2);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    3);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_SEND));
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 3);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	child_stop(&c);
}
END_TEST

/* A send right whose port the target already names (send or receive)
 * must go under that name: KERN_RIGHT_EXISTS otherwise. */
START_TEST(mach_port_insert_right_right_exists)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_Y,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(c.task, NAME_Y,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	child_stop(&c);
}
END_TEST

/* --- Send-once rights ------------------------------------------------- */

/* MAKE_SEND_ONCE and MOVE_SEND_ONCE insert a send-once right under a name
 * of its own, even where the target names the port already. */
START_TEST(mach_port_insert_right_send_once)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_uint_eq(refs_in(mach_task_self(), NAME_X,
	    MACH_PORT_RIGHT_SEND_ONCE), 1);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 2);

	/* MOVE_SEND_ONCE takes the caller's right away. */
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Z, NAME_X,
	    MACH_MSG_TYPE_MOVE_SEND_ONCE));
	ck_assert_uint_eq(type_in(c.task, NAME_Z), MACH_PORT_TYPE_SEND_ONCE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 2);
	child_stop(&c);
}
END_TEST

/* A send-once right needs an unused name: the name of the port's own
 * receive right, or any other right, is KERN_NAME_EXISTS. */
START_TEST(mach_port_insert_right_send_once_name_exists)
{
	mach_port_t p = new_receive(), d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), d, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), d),
	    MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 1);
	/* The right made for each failed call was destroyed, which sends
	 * the port a send-once notification (as GNU Mach does when it
	 * destroys a failed request); none stays behind. */
	for (int i = 0; i < 2; i++) {
		struct {
			mach_msg_header_t head;
			char pad[64];
		} n;
		CK_KR(mach_msg(&n.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
		    sizeof n, p, 1000, MACH_PORT_NULL));
		ck_assert_int_eq(n.head.msgh_id, MACH_NOTIFY_SEND_ONCE);
	}
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_sorights, 0);
	ck_assert_uint_eq(status_in(mach_task_self(), p).mps_msgcount, 0);
}
END_TEST

/* A send right where the target holds only a send-once right for the
 * port: a send-once right is neither a send nor a receive right, so the
 * name "should be unused": KERN_NAME_EXISTS, as GNU Mach answers (its
 * send-once entries are not found by port), and the send-once right
 * stays as it was. */
START_TEST(mach_port_insert_right_send_into_send_once_name)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE);
}
END_TEST

/* The same for a receive right moved to the name of the target's
 * send-once right for the port.  The refused request is destroyed with
 * the receive right it carried, as every failed kernel call's request
 * is: the port dies, and the send-once right becomes a dead name. */
START_TEST(mach_port_insert_right_receive_into_send_once_name)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(c.task, NAME_Y), MACH_PORT_TYPE_DEAD_NAME);
	child_stop(&c);
}
END_TEST

/* --- Receive rights --------------------------------------------------- */

/* MOVE_RECEIVE moves the receive right into the target under an unused
 * name; the caller no longer has it. */
START_TEST(mach_port_insert_right_move_receive)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE));
	ck_assert_int_eq(mach_port_type(mach_task_self(), p,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_RECEIVE);
	mach_port_status_t st = status_in(c.task, NAME_X);
	ck_assert_uint_eq(st.mps_msgcount, 0);
	ck_assert(!st.mps_srights);
	child_stop(&c);
}
END_TEST

/* MOVE_RECEIVE where the target holds send rights for the port: under
 * that name the rights combine; under another, KERN_RIGHT_EXISTS. */
START_TEST(mach_port_insert_right_move_receive_to_send_name)
{
	struct child c;
	mach_port_t p = new_receive(), q = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MOVE_RECEIVE));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_RECEIVE), 1);

	CK_KR(mach_port_insert_right(c.task, NAME_Y, q,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(c.task, NAME_Z, q,
	    MACH_MSG_TYPE_MOVE_RECEIVE), KERN_RIGHT_EXISTS);
	ck_assert_int_eq(mach_port_type(c.task, NAME_Z,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	child_stop(&c);
}
END_TEST

/* --- Return codes ----------------------------------------------------- */

/* KERN_NAME_EXISTS: the name denotes a right for another port, a port
 * set or a dead name; the right there is left as it was. */
START_TEST(mach_port_insert_right_name_exists)
{
	mach_port_t p = new_receive(), q = new_receive(), s, d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), q, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), q), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_PORT_SET,
	    &s));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), s, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), d, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_NAME_EXISTS);
	ck_assert_uint_eq(type_in(mach_task_self(), d),
	    MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 1);
}
END_TEST

/* KERN_INVALID_CAPABILITY: the right is MACH_PORT_NULL or
 * MACH_PORT_DEAD, or the caller's name for it is a dead name (it
 * travels as MACH_PORT_DEAD). */
START_TEST(mach_port_insert_right_invalid_capability)
{
	mach_port_t d;

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X,
	    MACH_PORT_NULL, MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X,
	    MACH_PORT_DEAD, MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, d,
	    MACH_MSG_TYPE_COPY_SEND), KERN_INVALID_CAPABILITY);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
}
END_TEST

/* KERN_UREFS_OVERFLOW: the target's send right already has the most user
 * references machemu allows (0xffff); its count stays. */
START_TEST(mach_port_insert_right_urefs_overflow)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND,
	    0xfffe));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0xffff);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_UREFS_OVERFLOW);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0xffff);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
}
END_TEST

/* The reserved names MACH_PORT_NULL and MACH_PORT_DEAD cannot be used:
 * KERN_INVALID_VALUE (GNU Mach's code; the page names none). */
START_TEST(mach_port_insert_right_reserved_name)
{
	mach_port_t p = new_receive();

	CK_KR_EQ(mach_port_insert_right(mach_task_self(), MACH_PORT_NULL, p,
	    MACH_MSG_TYPE_MAKE_SEND), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), MACH_PORT_DEAD, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE), KERN_INVALID_VALUE);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* right_type "should be a value appropriate for mach_msg", a port
 * disposition: another type is KERN_INVALID_VALUE (GNU Mach's code; the
 * page names none); the caller's right and the name are untouched. */
START_TEST(mach_port_insert_right_invalid_type)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_PORT_NAME), KERN_INVALID_VALUE);
	CK_KR_EQ(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_INTEGER_32), KERN_INVALID_VALUE);
	ck_assert_int_eq(mach_port_type(mach_task_self(), NAME_X,
	    &(mach_port_type_t){ 0 }), KERN_INVALID_NAME);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
}
END_TEST

CONFORMANCE_PAGE(mach_port_insert_right)
{
	Suite *s = suite_create("mach_port_insert_right");
	TCase *tc = conformance_tcase("mach_port_insert_right");
	tcase_add_test(tc, mach_port_insert_right_make_send_own);
	tcase_add_test(tc, mach_port_insert_right_send_other_task);
	tcase_add_test(tc, mach_port_insert_right_right_exists);
	tcase_add_test(tc, mach_port_insert_right_send_once);
	tcase_add_test(tc, mach_port_insert_right_send_once_name_exists);
	tcase_add_test(tc, mach_port_insert_right_send_into_send_once_name);
	tcase_add_test(tc, mach_port_insert_right_receive_into_send_once_name);
	tcase_add_test(tc, mach_port_insert_right_move_receive);
	tcase_add_test(tc, mach_port_insert_right_move_receive_to_send_name);
	tcase_add_test(tc, mach_port_insert_right_name_exists);
	tcase_add_test(tc, mach_port_insert_right_invalid_capability);
	tcase_add_test(tc, mach_port_insert_right_urefs_overflow);
	tcase_add_test(tc, mach_port_insert_right_reserved_name);
	tcase_add_test(tc, mach_port_insert_right_invalid_type);
	suite_add_tcase(s, tc);
	return s;
}
