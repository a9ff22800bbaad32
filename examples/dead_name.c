/*
 * dead_name: passing a port right between tasks, and the dead-name
 * notification its receiver gets when the task holding the receive
 * right dies.
 *
 * The parent registers a port with mach_ports_register; a forked child
 * (a new task, which inherits the registered ports) makes a port of its
 * own and sends the parent a send right to it in a message.  The parent
 * asks for a dead-name notification on that right and then waits: when
 * the child exits, its task and its receive right die, the parent's send
 * right becomes a dead name and the notification arrives.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/notify.h>

/* A message carrying one port right in its body. */
struct right_msg {
	mach_msg_header_t head;
	mach_msg_type_t right_type;
	mach_port_t right;
};

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "dead_name: %s: %s\n", what,
		    mach_error_string(kr));
		exit(1);
	}
}

/* The child task: send the parent a send right made from a new port. */
static void
child(void)
{
	mach_port_array_t registered;
	mach_msg_type_number_t count;
	check(mach_ports_lookup(mach_task_self(), &registered, &count),
	    "mach_ports_lookup");
	mach_port_t mine;
	check(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
	    &mine), "mach_port_allocate");
	struct right_msg m = {
		.head.msgh_bits = MACH_MSGH_BITS_COMPLEX |
		    MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.head.msgh_size = sizeof m,
		.head.msgh_remote_port = registered[0],
		.head.msgh_id = 1,
		/* MAKE_SEND: the parent receives a send right to MINE. */
		.right_type = { .msgt_name = MACH_MSG_TYPE_MAKE_SEND,
		    .msgt_size = 32, .msgt_number = 1, .msgt_inline = 1 },
		.right = mine,
	};
	check(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL), "mach_msg send");
	sleep(1);	/* hold the receive right a moment, then die */
	_exit(0);
}

int
main(void)
{
	mach_port_t task = mach_task_self(), inbox, notify;
	check(mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &inbox),
	    "mach_port_allocate");
	check(mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &notify),
	    "mach_port_allocate");
	check(mach_port_insert_right(task, inbox, inbox,
	    MACH_MSG_TYPE_MAKE_SEND), "mach_port_insert_right");
	check(mach_ports_register(task, &inbox, 1), "mach_ports_register");

	pid_t pid = fork();
	if (pid < 0) {
		perror("dead_name: fork");
		return 1;
	}
	if (pid == 0)
		child();

	struct { struct right_msg m; char trailer[64]; } in;
	check(mach_msg(&in.m.head, MACH_RCV_MSG, 0, sizeof in, inbox,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL), "mach_msg receive");
	mach_port_t theirs = in.m.right;
	printf("received a send right from task %d: name 0x%x\n", (int)pid,
	    theirs);

	/* Ask the kernel to tell NOTIFY when THEIRS dies. */
	mach_port_t previous;
	check(mach_port_request_notification(task, theirs,
	    MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous), "mach_port_request_notification");
	printf("requested a dead-name notification; waiting for the child "
	    "to exit\n");

	struct { mach_dead_name_notification_t n; char trailer[64]; } note;
	check(mach_msg(&note.n.not_header, MACH_RCV_MSG, 0, sizeof note,
	    notify, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL),
	    "mach_msg receive notification");
	if (note.n.not_header.msgh_id != MACH_NOTIFY_DEAD_NAME) {
		fprintf(stderr, "dead_name: unexpected message id %d\n",
		    note.n.not_header.msgh_id);
		return 1;
	}
	mach_port_type_t type;
	check(mach_port_type(task, theirs, &type), "mach_port_type");
	printf("dead-name notification (id %d) for name 0x%x, now %s\n",
	    note.n.not_header.msgh_id, note.n.not_port,
	    type & MACH_PORT_TYPE_DEAD_NAME ? "a dead name" : "alive?");
	waitpid(pid, NULL, 0);
	/* The notification added a user reference to the dead name:
	 * destroy the name with all of its references. */
	check(mach_port_destroy(task, theirs), "mach_port_destroy");
	return 0;
}
