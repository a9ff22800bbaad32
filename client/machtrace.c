/*
 * machtrace: trace the messages a Mach task sends and receives, one line
 * each, in the spirit of the GNU Hurd's rpctrace.  machd sends a record
 * of each message to machtrace's trace port (task_trace, machemu.defs;
 * <mach/machemu_trace.h>); machtrace names the MIG routine of each id
 * from the tables MIG listed for the interfaces machd serves
 * (machtrace_ids.c), and the return code of a MIG reply by its name.
 * The task is a program started under machtrace (a new task, as machrun
 * would make it) or a running task of this node (-p).  See machtrace(1).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/machemu.h>
#include <mach/machemu_trace.h>
#include <mach/mig_errors.h>
#include <mach/notify.h>
#include <servers/netname_defs.h>

#include "machtrace_ids.h"
#include "task_lookup.h"

static const char usage_text[] =
"usage: machtrace [-o FILE] [--] PROGRAM [ARG...]\n"
"       machtrace [-o FILE] -p TASK\n"
"\n"
"Print a line for each message a Mach task sends or receives.\n"
"\n"
"  -p, --task TASK    trace the running task TASK (an id machctl tasks\n"
"                     shows) until it ends or machtrace is interrupted\n"
"  -o, --output FILE  write the trace to FILE, not to standard error\n"
"  -h, --help         show this help\n"
"\n"
"Without -p, PROGRAM runs as a new task, traced from its first message;\n"
"machtrace exits with its status.\n";

static FILE *out;

static void
die(const char *what, kern_return_t kr)
{
	fprintf(stderr, "machtrace: %s: %s\n", what, mach_error_string(kr));
	exit(1);
}

/* The symbolic names of the return codes a line may end with. */
#define CODE(c) { c, #c }
static const struct {
	kern_return_t code;
	const char *name;
} code_names[] = {
	CODE(KERN_SUCCESS), CODE(KERN_INVALID_ADDRESS),
	CODE(KERN_PROTECTION_FAILURE), CODE(KERN_NO_SPACE),
	CODE(KERN_INVALID_ARGUMENT), CODE(KERN_FAILURE),
	CODE(KERN_RESOURCE_SHORTAGE), CODE(KERN_NOT_RECEIVER),
	CODE(KERN_NO_ACCESS), CODE(KERN_MEMORY_FAILURE),
	CODE(KERN_MEMORY_ERROR), CODE(KERN_NOT_IN_SET),
	CODE(KERN_NAME_EXISTS), CODE(KERN_ABORTED), CODE(KERN_INVALID_NAME),
	CODE(KERN_INVALID_TASK), CODE(KERN_INVALID_RIGHT),
	CODE(KERN_INVALID_VALUE), CODE(KERN_UREFS_OVERFLOW),
	CODE(KERN_INVALID_CAPABILITY), CODE(KERN_RIGHT_EXISTS),
	CODE(KERN_INVALID_HOST), CODE(KERN_MEMORY_PRESENT),
	CODE(KERN_WRITE_PROTECTION_FAILURE), CODE(KERN_TERMINATED),
	CODE(KERN_TIMEDOUT), CODE(KERN_INTERRUPTED),
	CODE(MIG_TYPE_ERROR), CODE(MIG_REPLY_MISMATCH), CODE(MIG_REMOTE_ERROR),
	CODE(MIG_BAD_ID), CODE(MIG_BAD_ARGUMENTS), CODE(MIG_NO_REPLY),
	CODE(MIG_EXCEPTION), CODE(MIG_ARRAY_TOO_LARGE), CODE(MIG_SERVER_DIED),
	CODE(MIG_DESTROY_REQUEST),
	CODE(NETNAME_NOT_YOURS), CODE(NETNAME_NOT_CHECKED_IN),
	CODE(NETNAME_NO_SUCH_HOST), CODE(NETNAME_HOST_NOT_FOUND),
	CODE(NETNAME_INVALID_PORT),
};
static const struct {
	mach_msg_return_t code;
	const char *name;
} msg_code_names[] = {
	CODE(MACH_MSG_SUCCESS), CODE(MACH_SEND_IN_PROGRESS),
	CODE(MACH_SEND_INVALID_DATA), CODE(MACH_SEND_INVALID_DEST),
	CODE(MACH_SEND_TIMED_OUT), CODE(MACH_SEND_WILL_NOTIFY),
	CODE(MACH_SEND_NOTIFY_IN_PROGRESS), CODE(MACH_SEND_INTERRUPTED),
	CODE(MACH_SEND_MSG_TOO_SMALL), CODE(MACH_SEND_INVALID_REPLY),
	CODE(MACH_SEND_INVALID_RIGHT), CODE(MACH_SEND_INVALID_NOTIFY),
	CODE(MACH_SEND_INVALID_MEMORY), CODE(MACH_SEND_NO_BUFFER),
	CODE(MACH_SEND_NO_NOTIFY), CODE(MACH_SEND_INVALID_TYPE),
	CODE(MACH_SEND_INVALID_HEADER), CODE(MACH_RCV_BODY_ERROR),
};
#undef CODE

/* The name of kern_return_t KR (a MIG reply's RetCode). */
static const char *
kr_name(kern_return_t kr)
{
	static char buf[32];
	for (size_t i = 0; i < sizeof code_names / sizeof *code_names; i++)
		if (code_names[i].code == kr)
			return code_names[i].name;
	snprintf(buf, sizeof buf, "%d", kr);
	return buf;
}

/* The name of mach_msg_return_t MR (a send's result). */
static const char *
mr_name(mach_msg_return_t mr)
{
	static char buf[32];
	for (size_t i = 0; i < sizeof msg_code_names / sizeof *msg_code_names;
	    i++)
		if (msg_code_names[i].code == mr)
			return msg_code_names[i].name;
	snprintf(buf, sizeof buf, "0x%x", mr);
	return buf;
}

/* The routine whose request id is ID, or NULL. */
static const char *
routine_name(mach_msg_id_t id)
{
	for (size_t i = 0; i < machtrace_nids; i++)
		if (machtrace_ids[i].id == id)
			return machtrace_ids[i].routine;
	return NULL;
}

/* True if a record's BODY starts as a MIG reply's: one 32-bit integer. */
static int
is_mig_reply(const struct machemu_trace_record *r)
{
	mach_msg_type_t t;
	memcpy(&t, &r->body[0], sizeof t);
	return r->size >= sizeof(mig_reply_header_t) &&
	    t.msgt_name == MACH_MSG_TYPE_INTEGER_32 && t.msgt_size == 32 &&
	    t.msgt_number == 1;
}

/* ", 1 send, 2 send-once": the rights R's body carried, if any. */
static const char *
rights_text(const struct machemu_trace_record *r)
{
	static char buf[96];
	static const char *const kinds[3] = { "send", "send-once", "receive" };
	buf[0] = '\0';
	for (int k = 0; k < 3; k++)
		if (r->rights[k] > 0)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
			    ", %u %s", r->rights[k], kinds[k]);
	return buf;
}

/* One line for record R. */
static void
print_record(const struct machemu_trace_record *r)
{
	if (r->dropped > 0)
		fprintf(out, "machtrace: %u records dropped here (the trace "
		    "fell behind)\n", r->dropped);
	mach_msg_id_t id = (mach_msg_id_t)r->id;
	const char *name = routine_name(id), *request = NULL;
	if (name == NULL)
		request = routine_name(id - 100);
	char what[96];
	if (name != NULL)
		snprintf(what, sizeof what, "%s (%d)", name, id);
	else if (request != NULL)
		snprintf(what, sizeof what, "%s reply (%d)", request, id);
	else
		snprintf(what, sizeof what, "message %d", id);
	if (r->direction == MACHEMU_TRACE_SEND) {
		fprintf(out, "%u send %s to %#x", r->task, what, r->remote);
		if (MACH_PORT_VALID(r->local))
			fprintf(out, " reply %#x", r->local);
		fprintf(out, "%s = %s\n", rights_text(r), mr_name(r->code));
		return;
	}
	fprintf(out, "%u recv %s on %#x%s", r->task, what, r->local,
	    rights_text(r));
	if (r->code != MACH_MSG_SUCCESS)
		fprintf(out, " = %s\n", mr_name(r->code));
	else if (request != NULL && is_mig_reply(r))
		fprintf(out, " = %s\n", kr_name((kern_return_t)r->body[1]));
	else
		fprintf(out, "\n");
}

/*
 * Print the records that come to TRACE until the dead-name notification
 * of the traced task's port (asked for on TRACE too) says it ended.
 */
static void
trace_loop(mach_port_t trace)
{
	for (;;) {
		union {
			struct machemu_trace_record record;
			mach_dead_name_notification_t dead;
			char buf[512];
		} m;
		kern_return_t kr = mach_msg(&m.record.head, MACH_RCV_MSG, 0,
		    sizeof m, trace, 0, MACH_PORT_NULL);
		if (kr != MACH_MSG_SUCCESS)
			die("mach_msg", kr);
		if (m.record.head.msgh_id == MACH_NOTIFY_DEAD_NAME)
			return;
		if (m.record.head.msgh_id == MACHEMU_TRACE_ID &&
		    m.record.head.msgh_size >= sizeof m.record)
			print_record(&m.record);
		fflush(out);
	}
}

/* Trace TASK to a new port; the loop ends when the task does. */
static mach_port_t
trace_start(mach_port_t task)
{
	mach_port_t trace, previous;
	kern_return_t kr = mach_port_allocate(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, &trace);
	if (kr == KERN_SUCCESS)
		kr = mach_port_insert_right(mach_task_self(), trace, trace,
		    MACH_MSG_TYPE_MAKE_SEND);
	if (kr != KERN_SUCCESS)
		die("the trace port", kr);
	kr = mach_port_request_notification(mach_task_self(), task,
	    MACH_NOTIFY_DEAD_NAME, 0, trace, MACH_MSG_TYPE_MAKE_SEND_ONCE,
	    &previous);
	if (kr != KERN_SUCCESS)
		die("mach_port_request_notification", kr);
	kr = task_trace(task, trace);
	if (kr != KERN_SUCCESS)
		die("task_trace", kr);
	return trace;
}

/* Run ARGV as a new traced task; its exit status. */
static int
trace_program(char **argv)
{
	mach_port_t task;
	kern_return_t kr = task_create(mach_task_self(), FALSE, &task);
	if (kr != KERN_SUCCESS)
		die("task_create", kr);
	mach_port_t trace = trace_start(task);
	uint64_t token;
	kr = task_attach_token(task, &token);
	if (kr != KERN_SUCCESS)
		die("task_attach_token", kr);
	char buf[32];
	snprintf(buf, sizeof buf, "%" PRIx64, token);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		perror("machtrace: fork");
		exit(1);
	}
	if (pid == 0) {
		setenv("MACHEMU_ATTACH", buf, 1);
		execvp(argv[0], argv);
		fprintf(stderr, "machtrace: cannot run %s: %s\n", argv[0],
		    strerror(errno));
		_exit(127);
	}
	trace_loop(trace);
	int status;
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	if (WIFSIGNALED(status)) {
		fprintf(out, "machtrace: %s killed by signal %d\n", argv[0],
		    WTERMSIG(status));
		return 128 + WTERMSIG(status);
	}
	return WEXITSTATUS(status);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "task", required_argument, NULL, 'p' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *task_arg = NULL, *output = NULL;
	int c;
	/* "+": options end at PROGRAM, whose own options are its own. */
	while ((c = getopt_long(argc, argv, "+p:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			task_arg = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if ((task_arg == NULL) == (optind >= argc)) {
		fputs(usage_text, stderr);
		return 2;
	}
	out = stderr;
	if (output != NULL && (out = fopen(output, "w")) == NULL) {
		fprintf(stderr, "machtrace: %s: %s\n", output, strerror(errno));
		return 1;
	}
	if (mach_task_self() == MACH_PORT_NULL) {
		fprintf(stderr, "machtrace: cannot reach machd (see machd(8), "
		    "MACHEMU_SOCKET)\n");
		return 1;
	}
	if (task_arg == NULL)
		return trace_program(&argv[optind]);
	mach_port_t trace = trace_start(task_by_id("machtrace", task_arg));
	fprintf(out, "machtrace: tracing task %s\n", task_arg);
	fflush(out);
	trace_loop(trace);
	return 0;
}
