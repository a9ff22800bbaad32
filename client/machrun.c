/*
 * machrun: start a program as a Mach task.  By default the program is a
 * new task of its own, with the name server as its bootstrap port.  With
 * --task or --registered it becomes the process of an existing task that
 * has none (a task made by task_create, or by a NORMA call on another
 * node): its regions are mapped at the same addresses before main runs,
 * and its ports, registered ports and special ports are the task's.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mach_param.h>
#include <mach/machemu.h>
#include <servers/netname.h>

static const char usage_text[] =
"usage: machrun [--task NAME | --registered SLOT] [--] PROGRAM [ARG...]\n"
"\n"
"Run PROGRAM as a Mach task served by machd.\n"
"\n"
"  -t, --task NAME        become the task checked in with the name server\n"
"                         under NAME (netname_check_in of its task port)\n"
"  -r, --registered SLOT  become the task whose port is registered port\n"
"                         SLOT (0-3) of machrun's own task, as a parent\n"
"                         task that forks machrun can arrange\n"
"  -h, --help             show this help\n"
"\n"
"Without an option PROGRAM is a new task.  The task must have no process.\n";

static void
die(const char *what, kern_return_t kr)
{
	fprintf(stderr, "machrun: %s: %s\n", what, mach_error_string(kr));
	exit(1);
}

/* The task port checked in under NAME. */
static mach_port_t
task_by_name(const char *name)
{
	mach_port_t task;
	if (strlen(name) >= sizeof(netname_name_t)) {
		fprintf(stderr, "machrun: task name too long: %s\n", name);
		exit(2);
	}
	kern_return_t kr = netname_look_up(name_server_port, "", (char *)name,
	    &task);
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "machrun: no task checked in as '%s': %s\n", name,
		    mach_error_string(kr));
		exit(1);
	}
	return task;
}

/* The task port in registered port SLOT. */
static mach_port_t
task_by_slot(const char *arg)
{
	char *end;
	long slot = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || slot < 0 ||
	    slot >= TASK_PORT_REGISTER_MAX) {
		fprintf(stderr, "machrun: bad registered port slot '%s'\n%s", arg,
		    usage_text);
		exit(2);
	}
	mach_port_array_t ports;
	mach_msg_type_number_t n;
	kern_return_t kr = mach_ports_lookup(mach_task_self(), &ports, &n);
	if (kr != KERN_SUCCESS)
		die("mach_ports_lookup", kr);
	if ((mach_msg_type_number_t)slot >= n || !MACH_PORT_VALID(ports[slot])) {
		fprintf(stderr, "machrun: registered port %ld is empty\n", slot);
		exit(1);
	}
	return ports[slot];
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "task", required_argument, NULL, 't' },
		{ "registered", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *name = NULL, *slot = NULL;
	int c;
	/* "+": options end at PROGRAM, whose own options are its own. */
	while ((c = getopt_long(argc, argv, "+t:r:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			name = optarg;
			break;
		case 'r':
			slot = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if (optind >= argc || (name != NULL && slot != NULL)) {
		fputs(usage_text, stderr);
		return 2;
	}
	if (name != NULL || slot != NULL) {
		if (mach_task_self() == MACH_PORT_NULL) {
			fprintf(stderr, "machrun: machd cannot be reached\n");
			return 1;
		}
		mach_port_t task = name ? task_by_name(name) : task_by_slot(slot);
		uint64_t token;
		kern_return_t kr = task_attach_token(task, &token);
		if (kr != KERN_SUCCESS)
			die("the task cannot take a process (task_attach_token)", kr);
		char buf[32];
		snprintf(buf, sizeof buf, "%" PRIx64, token);
		setenv("MACHEMU_ATTACH", buf, 1);
	}
	execvp(argv[optind], &argv[optind]);
	fprintf(stderr, "machrun: cannot run %s: %s\n", argv[optind],
	    strerror(errno));
	return 127;
}
