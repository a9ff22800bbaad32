/*
 * demo: a short tour of machemu for a new user.  It runs as a Mach task
 * against a machd already serving (MACHEMU_SOCKET names its socket) and
 * narrates what it does: ports and rights, a message to itself with
 * out-of-line memory, a second task (a forked process) that hands back a
 * right, and a kernel RPC.  Every call goes through MIG-generated stubs
 * and machd, exactly as a recompiled Mach program's would.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>

#pragma pack(push, 4)
struct text_msg {
	mach_msg_header_t head;
	mach_msg_type_long_t text_type;
	char *text;
	mach_msg_type_t port_type;
	mach_port_t port;
};
#pragma pack(pop)

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "demo: %s: %s\n", what, mach_error_string(kr));
		exit(1);
	}
}

static const char *
type_name(mach_port_type_t t)
{
	t &= MACH_PORT_TYPE_ALL_RIGHTS;
	if (t == MACH_PORT_TYPE_SEND_RECEIVE)
		return "send+receive";
	if (t == MACH_PORT_TYPE_RECEIVE)
		return "receive";
	if (t == MACH_PORT_TYPE_SEND)
		return "send";
	if (t == MACH_PORT_TYPE_SEND_ONCE)
		return "send-once";
	if (t == MACH_PORT_TYPE_DEAD_NAME)
		return "dead name";
	return "other";
}

static void
list_names(const char *when)
{
	mach_port_name_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t n, nt;
	check(mach_port_names(mach_task_self(), &names, &n, &types, &nt),
	    "mach_port_names");
	printf("  port names %s:", when);
	for (unsigned i = 0; i < n; i++) {	/* in name order */
		unsigned min = i;
		for (unsigned j = i + 1; j < n; j++)
			if (names[j] < names[min])
				min = j;
		mach_port_t tn = names[i];
		mach_port_type_t tt = types[i];
		names[i] = names[min], types[i] = types[min];
		names[min] = tn, types[min] = tt;
		printf(" 0x%x(%s)", names[i], type_name(types[i]));
	}
	printf("\n");
	vm_deallocate(mach_task_self(), (vm_address_t)names, n * sizeof *names);
	vm_deallocate(mach_task_self(), (vm_address_t)types, nt * sizeof *types);
}

static void
make_text_msg(struct text_msg *m, mach_port_t dest, char *text,
    mach_port_t carried)
{
	memset(m, 0, sizeof *m);
	m->head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0) |
	    MACH_MSGH_BITS_COMPLEX;
	m->head.msgh_remote_port = dest;
	m->head.msgh_id = 1000;
	m->text_type.msgtl_header.msgt_longform = TRUE;
	m->text_type.msgtl_name = MACH_MSG_TYPE_CHAR;
	m->text_type.msgtl_size = 8;
	m->text_type.msgtl_number = strlen(text) + 1;
	m->text = text;
	m->port_type.msgt_name = MACH_MSG_TYPE_MAKE_SEND;
	m->port_type.msgt_size = 32;
	m->port_type.msgt_number = 1;
	m->port_type.msgt_inline = TRUE;
	m->port = carried;
}

int
main(void)
{
	printf("machemu demo: this process is a Mach task served by machd\n");
	mach_port_t task = mach_task_self();
	printf("1. mach_task_self() = 0x%x, mach_host_self() = 0x%x, page size %lu\n",
	    task, mach_host_self(), (unsigned long)vm_page_size);

	host_basic_info_data_t hi;
	mach_msg_type_number_t cnt = HOST_BASIC_INFO_COUNT;
	check(host_info(mach_host_self(), HOST_BASIC_INFO, (host_info_t)&hi, &cnt),
	    "host_info");
	printf("2. host_info: %d cpus, %lu MiB of memory\n", hi.avail_cpus,
	    (unsigned long)(hi.memory_size >> 20));

	mach_port_t port;
	check(mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &port),
	    "mach_port_allocate");
	check(mach_port_insert_right(task, port, port, MACH_MSG_TYPE_MAKE_SEND),
	    "mach_port_insert_right");
	printf("3. allocated port 0x%x and made a send right under the same name\n",
	    port);
	list_names("now");

	char text[] = "hello from out-of-line memory";
	struct text_msg m;
	make_text_msg(&m, port, text, port);
	check(mach_msg(&m.head, MACH_SEND_MSG, sizeof m, 0, MACH_PORT_NULL, 0, 0),
	    "mach_msg send");
	strcpy(text, "changed after the send");
	struct { struct text_msg m; char pad[64]; } r;
	check(mach_msg(&r.m.head, MACH_RCV_MSG, 0, sizeof r, port, 0, 0),
	    "mach_msg receive");
	printf("4. sent myself a message; received id %d, text \"%s\" at %p\n"
	    "   (a fresh region: the later change to the sender's copy is not seen)\n",
	    r.m.head.msgh_id, r.m.text, (void *)r.m.text);
	vm_deallocate(task, (vm_address_t)r.m.text, r.m.text_type.msgtl_number);
	mach_port_deallocate(task, r.m.port);

	check(mach_ports_register(task, &port, 1), "mach_ports_register");
	pid_t child = fork();
	if (child == 0) {
		mach_port_array_t ports;
		mach_msg_type_number_t n;
		check(mach_ports_lookup(mach_task_self(), &ports, &n),
		    "mach_ports_lookup");
		mach_port_t mine;
		check(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE,
		    &mine), "mach_port_allocate");
		char greeting[] = "hello from the child task";
		struct text_msg cm;
		make_text_msg(&cm, ports[0], greeting, mine);
		check(mach_msg(&cm.head, MACH_SEND_MSG, sizeof cm, 0, 0, 0, 0),
		    "child send");
		/* Wait for a word back, then exit: the task dies with us. */
		mach_msg_header_t h;
		mach_msg(&h, MACH_RCV_MSG, 0, sizeof h, mine, 0, 0);
		_exit(0);
	}
	check(mach_msg(&r.m.head, MACH_RCV_MSG, 0, sizeof r, port, 0, 0),
	    "mach_msg receive");
	mach_port_t theirs = r.m.port;
	printf("5. forked process %d became a new task; it found my port through\n"
	    "   mach_ports_lookup and sent \"%s\" with a send right 0x%x\n",
	    (int)child, r.m.text, theirs);
	mach_msg_header_t h = {
		.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0),
		.msgh_remote_port = theirs, .msgh_id = 2000,
	};
	check(mach_msg(&h, MACH_SEND_MSG, sizeof h, 0, 0, 0, 0), "send to child");
	waitpid(child, NULL, 0);
	mach_port_type_t t = 0;
	for (int i = 0; i < 100 && !(t & MACH_PORT_TYPE_DEAD_NAME); i++) {
		check(mach_port_type(task, theirs, &t), "mach_port_type");
		if (!(t & MACH_PORT_TYPE_DEAD_NAME))
			usleep(10000);
	}
	printf("6. the child exited: its task died and my right 0x%x is now a %s\n",
	    theirs, type_name(t));
	list_names("at the end");
	printf("demo done\n");
	return 0;
}
