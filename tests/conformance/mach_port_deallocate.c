/*
 * Conformance: mach_port_deallocate
 * (osfmk-man/mach_port_deallocate.html).
 * "The mach_port_deallocate function releases a user reference for a
 * right ... without failing if the port has died and the right is now
 * actually a dead name.  If name denotes a dead name, send right, or
 * send-once right, then the right loses one user reference.  If it only
 * had one user reference, then the right is destroyed."  Checked here,
 * in the caller's task and in a second task (a forked child that sent
 * us its task port): send rights (with and without the receive right
 * under the name), send-once rights (destroying one sends the port a
 * send-once notification, as mach_port_destroy's page says), dead names,
 * send and send-once rights whose port died, and the one code of RETURN
 * VALUES, KERN_INVALID_RIGHT, for a name denoting only a receive right
 * or a port set.
 *
 * "If name does not denote an element in the port name space, the
 * function returns success": machemu follows the page there, for
 * MACH_PORT_NULL and MACH_PORT_DEAD too (GNU and CMU Mach answer
 * KERN_INVALID_NAME; xnu succeeds only for MACH_PORT_NULL and
 * MACH_PORT_DEAD).
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x71000017)
#define NAME_Y	((mach_port_name_t)0x72000017)

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

static int
name_gone(mach_port_t task, mach_port_name_t name)
{
	mach_port_type_t t;
	return mach_port_type(task, name, &t) == KERN_INVALID_NAME;
}

static mach_port_status_t
status_of(mach_port_name_t name)
{
	mach_port_status_t st;
	CK_KR(mach_port_get_receive_status(mach_task_self(), name, &st));
	return st;
}

/* Receive one message from PORT (waiting up to a second); its id. */
static mach_msg_id_t
receive_id(mach_port_t port)
{
	struct {
		mach_msg_header_t head;
		char body[128];
	} m;
	memset(&m, 0, sizeof m);
	CK_KR(mach_msg(&m.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof m,
	    port, 1000, MACH_PORT_NULL));
	return m.head.msgh_id;
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

/* --- Tests ------------------------------------------------------------ */

/* A send right loses one user reference per call; the last one destroys
 * the send right, and the name keeps the receive right it also denotes. */
START_TEST(mach_port_deallocate_send)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), p, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_mod_refs(mach_task_self(), p, MACH_PORT_RIGHT_SEND, 2));
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    2);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    1);
	ck_assert_uint_eq(type_in(mach_task_self(), p),
	    MACH_PORT_TYPE_SEND_RECEIVE);
	CK_KR(mach_port_deallocate(mach_task_self(), p));
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	ck_assert_uint_eq(refs_in(mach_task_self(), p, MACH_PORT_RIGHT_SEND),
	    0);
	ck_assert(!status_of(p).mps_srights);
}
END_TEST

/* A send right alone under its name (another task's): the last user
 * reference takes the name away; the port then has no send rights. */
START_TEST(mach_port_deallocate_send_other_task)
{
	struct child c;
	mach_port_t p = new_receive();

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_SEND);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_SEND), 1);
	ck_assert(status_of(p).mps_srights);
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert(name_gone(c.task, NAME_X));
	ck_assert(!status_of(p).mps_srights);
	child_stop(&c);
}
END_TEST

/* A send-once right has one user reference: deallocating destroys it,
 * the name goes, and the port hears a send-once notification. */
START_TEST(mach_port_deallocate_send_once)
{
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	ck_assert_uint_eq(status_of(p).mps_sorights, 1);
	CK_KR(mach_port_deallocate(mach_task_self(), NAME_X));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	ck_assert_int_eq(receive_id(p), MACH_NOTIFY_SEND_ONCE);
	ck_assert_uint_eq(status_of(p).mps_sorights, 0);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
}
END_TEST

/* A dead name loses one user reference per call; the last frees the
 * name. */
START_TEST(mach_port_deallocate_dead_name)
{
	mach_port_t d;

	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	CK_KR(mach_port_mod_refs(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME, 2));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 2);
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert_uint_eq(refs_in(mach_task_self(), d,
	    MACH_PORT_RIGHT_DEAD_NAME), 1);
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert(name_gone(mach_task_self(), d));
}
END_TEST

/* Send and send-once rights whose port died: deallocating them does not
 * fail, it releases the dead names' user references (a dead name keeps
 * the references of the send right it was). */
START_TEST(mach_port_deallocate_port_died)
{
	struct child c;
	mach_port_t p = new_receive();

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_destroy(mach_task_self(), p));

	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert_uint_eq(type_in(c.task, NAME_X), MACH_PORT_TYPE_DEAD_NAME);
	ck_assert_uint_eq(refs_in(c.task, NAME_X, MACH_PORT_RIGHT_DEAD_NAME),
	    1);
	CK_KR(mach_port_deallocate(c.task, NAME_X));
	ck_assert(name_gone(c.task, NAME_X));
	CK_KR(mach_port_deallocate(c.task, NAME_Y));
	ck_assert(name_gone(c.task, NAME_Y));
	CK_KR(mach_port_deallocate(mach_task_self(), NAME_Y));
	ck_assert(name_gone(mach_task_self(), NAME_Y));
	child_stop(&c);
}
END_TEST

/* KERN_INVALID_RIGHT: the name denotes only a receive right, or a port
 * set; nothing changes. */
START_TEST(mach_port_deallocate_invalid_right)
{
	mach_port_t p = new_receive(), s;

	CK_KR_EQ(mach_port_deallocate(mach_task_self(), p), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), p), MACH_PORT_TYPE_RECEIVE);
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_PORT_SET,
	    &s));
	CK_KR_EQ(mach_port_deallocate(mach_task_self(), s), KERN_INVALID_RIGHT);
	ck_assert_uint_eq(type_in(mach_task_self(), s),
	    MACH_PORT_TYPE_PORT_SET);
}
END_TEST

/* A name that denotes nothing: success, as the page says, and nothing
 * changes (see the top of the file). */
START_TEST(mach_port_deallocate_unknown_name)
{
	mach_port_t d;

	CK_KR(mach_port_deallocate(mach_task_self(), NAME_X));
	ck_assert(name_gone(mach_task_self(), NAME_X));
	CK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_DEAD_NAME,
	    &d));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	ck_assert(name_gone(mach_task_self(), d));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	CK_KR(mach_port_deallocate(mach_task_self(), MACH_PORT_NULL));
	CK_KR(mach_port_deallocate(mach_task_self(), MACH_PORT_DEAD));
}
END_TEST

CONFORMANCE_PAGE(mach_port_deallocate)
{
	Suite *s = suite_create("mach_port_deallocate");
	TCase *tc = conformance_tcase("mach_port_deallocate");
	tcase_add_test(tc, mach_port_deallocate_send);
	tcase_add_test(tc, mach_port_deallocate_send_other_task);
	tcase_add_test(tc, mach_port_deallocate_send_once);
	tcase_add_test(tc, mach_port_deallocate_dead_name);
	tcase_add_test(tc, mach_port_deallocate_port_died);
	tcase_add_test(tc, mach_port_deallocate_invalid_right);
	tcase_add_test(tc, mach_port_deallocate_unknown_name);
	suite_add_tcase(s, tc);
	return s;
}
