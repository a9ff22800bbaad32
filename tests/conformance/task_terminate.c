/*
 * Conformance: task_terminate (osfmk-man/task_terminate.html).
 * "The task_terminate function kills task and all its threads, if any.
 * The kernel frees all resources that are in use by the task.  The
 * kernel destroys any port for which the task holds the receive right."
 * Checked here:
 * - a task made by task_create (no threads): its task port dies, the
 *   caller's send right becomes a dead name and calls on it fail in the
 *   send (MACH_SEND_INVALID_DEST);
 * - the ports whose receive rights the task held are destroyed: the
 *   caller's send rights to them become dead names, and a dead-name
 *   notification the caller requested arrives;
 * - the send rights the task held (registered ports, special ports, a
 *   right in its name space) are released: the port loses its last
 *   sender (no-senders notification);
 * - its memory is freed (vm_statistics' active pages fall by as many),
 *   but memory it shared with the caller stays the caller's, intact and
 *   usable;
 * - a task with a process (a forked process): the process is killed
 *   (SIGKILL), also when it terminates its own task;
 * - generic errors: terminating a task twice, or a dead task port, fails
 *   in the send (MACH_SEND_INVALID_DEST); a port that is no task (the
 *   host port) gives KERN_INVALID_TASK.
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach/notify.h>
#include <mach/task_special_ports.h>

#include "conformance.h"

/* The task port dies; calls on it fail in the send. */
START_TEST(task_terminate_task_port_dies)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	ck_assert_uint_eq(type_of(child), MACH_PORT_TYPE_SEND);
	CK_KR(task_terminate(child));
	ck_assert_uint_eq(type_of(child), MACH_PORT_TYPE_DEAD_NAME);
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR_EQ(task_info(child, TASK_BASIC_INFO, (task_info_t)&info, &count),
	    MACH_SEND_INVALID_DEST);
	vm_address_t a = 0;
	CK_KR_EQ(vm_allocate(child, &a, vm_page_size, TRUE),
	    MACH_SEND_INVALID_DEST);
}
END_TEST

/* Ports whose receive rights the task held are destroyed. */
START_TEST(task_terminate_destroys_receive_rights)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	mach_port_t theirs;
	CK_KR(mach_port_allocate(child, MACH_PORT_RIGHT_RECEIVE, &theirs));
	mach_port_t send;
	mach_msg_type_name_t got;
	CK_KR(mach_port_extract_right(child, theirs, MACH_MSG_TYPE_MAKE_SEND,
	    &send, &got));
	ck_assert_uint_eq(got, MACH_MSG_TYPE_PORT_SEND);
	ck_assert_uint_eq(type_of(send), MACH_PORT_TYPE_SEND);
	mach_port_t notify = new_receive();
	mach_port_t previous;
	CK_KR(mach_port_request_notification(mach_task_self(), send,
	    MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous));
	CK_KR(task_terminate(child));
	ck_assert_int_eq(receive_id(notify, 5000), MACH_NOTIFY_DEAD_NAME);
	ck_assert_uint_eq(type_of(send), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* The send rights the task held are released. */
START_TEST(task_terminate_releases_send_rights)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	mach_port_t reg = new_receive(), boot = new_receive(),
	    held = new_receive();
	mach_port_t ports[] = { reg, boot, held };
	mach_port_t notify[3];
	for (int i = 0; i < 3; i++) {
		CK_KR(mach_port_insert_right(mach_task_self(), ports[i],
		    ports[i], MACH_MSG_TYPE_MAKE_SEND));
		notify[i] = new_receive();
	}
	CK_KR(mach_ports_register(child, &reg, 1));
	CK_KR(task_set_special_port(child, TASK_BOOTSTRAP_PORT, boot));
	CK_KR(mach_port_insert_right(child, 0x1234, held,
	    MACH_MSG_TYPE_COPY_SEND));
	for (int i = 0; i < 3; i++) {
		mach_port_t previous;
		CK_KR(mach_port_deallocate(mach_task_self(), ports[i]));
		CK_KR(mach_port_request_notification(mach_task_self(),
		    ports[i], MACH_NOTIFY_NO_SENDERS, 0, notify[i],
		    MACH_MSG_TYPE_MAKE_SEND_ONCE, &previous));
		mach_port_status_t st;
		CK_KR(mach_port_get_receive_status(mach_task_self(), ports[i],
		    &st));
		ck_assert(st.mps_srights);	/* the child holds one */
	}
	CK_KR(task_terminate(child));
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(receive_id(notify[i], 5000),
		    MACH_NOTIFY_NO_SENDERS);
		mach_port_status_t st;
		CK_KR(mach_port_get_receive_status(mach_task_self(), ports[i],
		    &st));
		ck_assert(!st.mps_srights);
	}
}
END_TEST

/* Memory: the task's own is gone with it; what it shared stays ours. */
START_TEST(task_terminate_memory)
{
	vm_address_t sh = 0;
	CK_KR(vm_allocate(mach_task_self(), &sh, vm_page_size, TRUE));
	CK_KR(vm_inherit(mach_task_self(), sh, vm_page_size, VM_INHERIT_SHARE));
	strcpy((char *)sh, "shared");
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), TRUE, &child));
	vm_address_t own = 0;
	CK_KR(vm_allocate(child, &own, 16 * vm_page_size, TRUE));
	static char text[] = "child wrote";
	for (int i = 0; i < 16; i++)
		CK_KR(vm_write(child, own + i * vm_page_size,
		    (vm_offset_t)text, sizeof text));
	CK_KR(vm_write(child, sh, (vm_offset_t)text, sizeof text));
	vm_statistics_data_t before, after;
	CK_KR(vm_statistics(mach_task_self(), &before));
	CK_KR(task_terminate(child));
	CK_KR(vm_statistics(mach_task_self(), &after));
	ck_assert_int_ge(before.active_count - after.active_count, 16);
	ck_assert_str_eq((const char *)sh, "child wrote");
	strcpy((char *)sh, "still ours");
	vm_offset_t data;
	mach_msg_type_number_t n;
	CK_KR(vm_read(mach_task_self(), sh, 16, &data, &n));
	ck_assert_str_eq((const char *)data, "still ours");
	CK_KR(vm_deallocate(mach_task_self(), data, n));
	CK_KR(vm_deallocate(mach_task_self(), sh, vm_page_size));
}
END_TEST

/* Fork a process, a task of its own, that sends us its task port and
 * then terminates its own task if SELF, or waits for ever. */
static pid_t
spawn_task(mach_port_t *taskp, int self)
{
	mach_port_t rv = rendezvous_new();
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		int status = rendezvous_send(mach_task_self(),
		    MACH_MSG_TYPE_COPY_SEND);
		if (status != 0)
			_exit(status);
		if (self) {
			task_terminate(mach_task_self());
			_exit(3);	/* not reached */
		}
		for (;;)
			pause();
	}
	*taskp = receive_right(rv, MACH_MSG_TYPE_PORT_SEND, 10000);
	ck_assert(MACH_PORT_VALID(*taskp));
	return pid;
}

/* A task with a process: the process is killed. */
START_TEST(task_terminate_kills_process)
{
	mach_port_t task;
	pid_t pid = spawn_task(&task, 0);
	CK_KR(task_terminate(task));
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
	    "status 0x%x", status);
	ck_assert_uint_eq(type_of(task), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* A process that terminates its own task dies there. */
START_TEST(task_terminate_self)
{
	mach_port_t task;
	pid_t pid = spawn_task(&task, 1);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
	    "status 0x%x", status);
	for (int i = 0; i < 500 && type_of(task) != MACH_PORT_TYPE_DEAD_NAME;
	    i++)
		usleep(10000);
	ck_assert_uint_eq(type_of(task), MACH_PORT_TYPE_DEAD_NAME);
}
END_TEST

/* Generic errors: twice, a dead name, a port that is no task. */
START_TEST(task_terminate_invalid_task)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	CK_KR(task_terminate(child));
	CK_KR_EQ(task_terminate(child), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_terminate(mach_host_self()), KERN_INVALID_TASK);
	/* Ours is untouched. */
	task_basic_info_data_t info;
	mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
	CK_KR(task_info(mach_task_self(), TASK_BASIC_INFO, (task_info_t)&info,
	    &count));
}
END_TEST

CONFORMANCE_PAGE(task_terminate)
{
	Suite *s = suite_create("task_terminate");
	TCase *tc = conformance_tcase("task_terminate");
	tcase_add_test(tc, task_terminate_task_port_dies);
	tcase_add_test(tc, task_terminate_destroys_receive_rights);
	tcase_add_test(tc, task_terminate_releases_send_rights);
	tcase_add_test(tc, task_terminate_memory);
	tcase_add_test(tc, task_terminate_kills_process);
	tcase_add_test(tc, task_terminate_self);
	tcase_add_test(tc, task_terminate_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
