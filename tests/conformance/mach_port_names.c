/*
 * Conformance: mach_port_names (osfmk-man/mach_port_names.html).
 * "The mach_port_names returns information about task's port name space.
 * It returns task's currently active names, which represent some port,
 * port set, or dead name right.  For each name, it also returns what
 * type of rights task holds (the same information returned by
 * mach_port_type) ... namesCnt equals typesCnt."  Checked here, in the
 * caller's task and in a second task (a forked child that sent us its
 * task port): every name of every kind is listed once, with the type
 * mach_port_type gives (dead-name request bit included), names that went
 * away are not listed, and the two arrays arrive out of line in the
 * caller's address space.  RETURN VALUES: "Only generic errors apply":
 * a call on a task port whose task died fails in the send,
 * MACH_SEND_INVALID_DEST.
 */
#include <unistd.h>

#include <mach/notify.h>

#include "conformance.h"

#define NAME_X	((mach_port_name_t)0x79000017)
#define NAME_Y	((mach_port_name_t)0x7a000017)
#define NAME_Z	((mach_port_name_t)0x7b000017)

/* The names of TASK, from mach_port_names. */
struct names {
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t n;
};

static void
names_get(mach_port_t task, struct names *ns)
{
	mach_msg_type_number_t nt = 0xdead;

	ns->n = 0xdead;
	CK_KR(mach_port_names(task, &ns->names, &ns->n, &ns->types, &nt));
	ck_assert_uint_eq(ns->n, nt);
}

static void
names_free(struct names *ns)
{
	if (ns->n == 0)
		return;
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)ns->names,
	    ns->n * sizeof *ns->names));
	CK_KR(vm_deallocate(mach_task_self(), (vm_address_t)ns->types,
	    ns->n * sizeof *ns->types));
}

/* How many times NAME is listed; its type in *TYPEP. */
static int
names_find(const struct names *ns, mach_port_name_t name,
    mach_port_type_t *typep)
{
	int found = 0;

	for (unsigned i = 0; i < ns->n; i++)
		if (ns->names[i] == name) {
			found++;
			*typep = ns->types[i];
		}
	return found;
}

/* NAME is listed once with the type T. */
static void
check_listed(const struct names *ns, mach_port_name_t name,
    mach_port_type_t t)
{
	mach_port_type_t got = 0;

	ck_assert_int_eq(names_find(ns, name, &got), 1);
	ck_assert_uint_eq(got, t);
}

/* --- Tests ------------------------------------------------------------ */

/* Every kind of name is listed once, with its type; every listed name
 * has the type mach_port_type gives; the arrays are the caller's memory
 * (writable, and deallocated with vm_deallocate). */
START_TEST(mach_port_names_every_kind)
{
	mach_port_t r = new_receive(), sr = new_send_receive(), s, d;
	struct names ns;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, r,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	s = new_set();
	d = new_dead_name();

	names_get(mach_task_self(), &ns);
	check_listed(&ns, r, MACH_PORT_TYPE_RECEIVE);
	check_listed(&ns, sr, MACH_PORT_TYPE_SEND_RECEIVE);
	check_listed(&ns, NAME_X, MACH_PORT_TYPE_SEND_ONCE);
	check_listed(&ns, s, MACH_PORT_TYPE_PORT_SET);
	check_listed(&ns, d, MACH_PORT_TYPE_DEAD_NAME);
	for (unsigned i = 0; i < ns.n; i++) {
		mach_port_type_t dummy;
		ck_assert(MACH_PORT_VALID(ns.names[i]));
		ck_assert_int_eq(names_find(&ns, ns.names[i], &dummy), 1);
		ck_assert_uint_eq(ns.types[i],
		    type_in(mach_task_self(), ns.names[i]));
	}
	ns.names[0] = 0;	/* the arrays are ours */
	ns.types[0] = 0;
	names_free(&ns);
}
END_TEST

/* A name with a dead-name request: listed with MACH_PORT_TYPE_DNREQUEST,
 * as mach_port_type shows it. */
START_TEST(mach_port_names_dnrequest)
{
	mach_port_t p = new_receive(), notify = new_receive(), previous;
	struct names ns;

	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_request_notification(mach_task_self(), NAME_X,
	    MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	ck_assert_uint_eq(type_in(mach_task_self(), NAME_X),
	    MACH_PORT_TYPE_SEND_ONCE | MACH_PORT_TYPE_DNREQUEST);
	names_get(mach_task_self(), &ns);
	check_listed(&ns, NAME_X,
	    MACH_PORT_TYPE_SEND_ONCE | MACH_PORT_TYPE_DNREQUEST);
	names_free(&ns);
}
END_TEST

/* Only active names: a destroyed, deallocated or moved-away right is not
 * listed; a send right whose port died is listed as a dead name. */
START_TEST(mach_port_names_active_only)
{
	mach_port_t a = new_receive(), b = new_receive(), c = new_receive(), d;
	mach_port_t right;
	mach_msg_type_name_t got;
	mach_port_type_t t;
	struct names ns;

	d = new_dead_name();
	CK_KR(mach_port_insert_right(mach_task_self(), NAME_X, c,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_destroy(mach_task_self(), a));
	CK_KR(mach_port_deallocate(mach_task_self(), d));
	/* B's receive right leaves the task (it comes back to us under a
	 * name only if we keep rights for it: here it is destroyed). */
	CK_KR(mach_port_extract_right(mach_task_self(), b,
	    MACH_MSG_TYPE_MOVE_RECEIVE, &right, &got));
	ck_assert_uint_eq(got, MACH_MSG_TYPE_PORT_RECEIVE);
	CK_KR(mach_port_destroy(mach_task_self(), right));
	/* C dies: the send-once right becomes a dead name. */
	CK_KR(mach_port_destroy(mach_task_self(), c));

	names_get(mach_task_self(), &ns);
	ck_assert_int_eq(names_find(&ns, a, &t), 0);
	ck_assert_int_eq(names_find(&ns, d, &t), 0);
	ck_assert_int_eq(names_find(&ns, c, &t), 0);
	ck_assert_int_eq(names_find(&ns, right, &t), 0);
	if (right != b)
		ck_assert_int_eq(names_find(&ns, b, &t), 0);
	check_listed(&ns, NAME_X, MACH_PORT_TYPE_DEAD_NAME);
	names_free(&ns);
}
END_TEST

/* Another task's name space: the names given to it are listed with their
 * types, and its names are all valid for mach_port_type on it. */
START_TEST(mach_port_names_other_task)
{
	struct child c;
	mach_port_t p = new_receive();
	struct names ns;

	child_start(&c);
	CK_KR(mach_port_insert_right(c.task, NAME_X, p,
	    MACH_MSG_TYPE_MAKE_SEND));
	CK_KR(mach_port_insert_right(c.task, NAME_Y, p,
	    MACH_MSG_TYPE_MAKE_SEND_ONCE));
	CK_KR(mach_port_allocate_name(c.task, MACH_PORT_RIGHT_PORT_SET,
	    NAME_Z));
	names_get(c.task, &ns);
	check_listed(&ns, NAME_X, MACH_PORT_TYPE_SEND);
	check_listed(&ns, NAME_Y, MACH_PORT_TYPE_SEND_ONCE);
	check_listed(&ns, NAME_Z, MACH_PORT_TYPE_PORT_SET);
	for (unsigned i = 0; i < ns.n; i++)
		ck_assert_uint_eq(ns.types[i], type_in(c.task, ns.names[i]));
	names_free(&ns);
	/* None of these is ours. */
	names_get(mach_task_self(), &ns);
	mach_port_type_t t;
	ck_assert_int_eq(names_find(&ns, NAME_X, &t), 0);
	ck_assert_int_eq(names_find(&ns, NAME_Y, &t), 0);
	ck_assert_int_eq(names_find(&ns, NAME_Z, &t), 0);
	names_free(&ns);
	child_stop(&c);
}
END_TEST

/* Only generic errors: the task port of a task that died is a dead name,
 * and the request cannot be sent (MACH_SEND_INVALID_DEST). */
START_TEST(mach_port_names_generic_error)
{
	struct child c;
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t nn, nt;
	mach_port_type_t t = 0;

	child_start(&c);
	child_stop(&c);
	for (int i = 0; i < 200; i++) {
		CK_KR(mach_port_type(mach_task_self(), c.task, &t));
		if (t & MACH_PORT_TYPE_DEAD_NAME)
			break;
		usleep(10000);
	}
	ck_assert_uint_eq(t, MACH_PORT_TYPE_DEAD_NAME);
	CK_KR_EQ(mach_port_names(c.task, &names, &nn, &types, &nt),
	    MACH_SEND_INVALID_DEST);
	CK_KR_EQ(mach_port_names(MACH_PORT_NULL, &names, &nn, &types, &nt),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

CONFORMANCE_PAGE(mach_port_names)
{
	Suite *s = suite_create("mach_port_names");
	TCase *tc = conformance_tcase("mach_port_names");
	tcase_add_test(tc, mach_port_names_every_kind);
	tcase_add_test(tc, mach_port_names_dnrequest);
	tcase_add_test(tc, mach_port_names_active_only);
	tcase_add_test(tc, mach_port_names_other_task);
	tcase_add_test(tc, mach_port_names_generic_error);
	suite_add_tcase(s, tc);
	return s;
}
