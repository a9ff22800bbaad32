/*
 * machctl: see and drive the Mach tasks of a machd without writing C.
 * It is a Mach program like any other: it lists the tasks through the
 * processor set (host_processor_sets, host_processor_set_priv,
 * processor_set_tasks, as a Mach ps does), and looks into a task with
 * task_info, task_threads, mach_port_names, mach_port_kernel_object
 * (GNU Mach's mach_debug.defs) and vm_region on its task port.  See
 * machctl(1).
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/machemu.h>
#include <mach/machemu_node.h>
#include <mach/mach_norma.h>
#include <mach_debug/mach_debug.h>

#include "task_lookup.h"

static int json;

static void
usage(void)
{
	fprintf(stderr,
	    "usage: machctl [--json] tasks\n"
	    "       machctl [--json] ports TASK\n"
	    "       machctl [--json] vm TASK\n"
	    "       machctl [--json] stats\n"
	    "       machctl [--json] nodes\n"
	    "       machctl [--json] create|clone|teleport TASK NODE\n"
	    "TASK is a task id, as machctl tasks shows it.\n");
	exit(2);
}

static void
fail(const char *what, kern_return_t kr)
{
	fprintf(stderr, "machctl: %s: %s\n", what, mach_error_string(kr));
	exit(1);
}

/* A region of a task, as vm_region tells it. */
struct region {
	vm_address_t start;
	vm_size_t size;
	vm_prot_t prot, max_prot;
	vm_inherit_t inherit;
	boolean_t shared;
};

/* The first region of TASK at or above *ADDR into *R, *ADDR moved past
 * it; false when there is none. */
static int
next_region(mach_port_t task, vm_address_t *addr, struct region *r)
{
	mach_port_t object;
	vm_offset_t offset;
	r->start = *addr;
	if (vm_region(task, &r->start, &r->size, &r->prot, &r->max_prot,
	    &r->inherit, &r->shared, &object, &offset) != KERN_SUCCESS)
		return 0;
	if (MACH_PORT_VALID(object))
		mach_port_deallocate(mach_task_self(), object);
	*addr = r->start + r->size;
	return 1;
}

/* Regions of TASK. */
static unsigned
count_regions(mach_port_t task)
{
	unsigned n = 0;
	vm_address_t addr = 0;
	struct region r;
	while (next_region(task, &addr, &r))
		n++;
	return n;
}

static void
list_tasks(void)
{
	int node = 0;
	mach_port_t priv = mach_host_priv_self();
	if (norma_node_self(priv, &node) != KERN_SUCCESS)
		node = 0;
	mach_port_deallocate(mach_task_self(), priv);
	mach_msg_type_number_t n;
	task_array_t tasks = all_tasks("machctl", &n);
	if (json)
		printf("[");
	else
		printf("%8s %8s %7s %7s %12s %12s %4s %6s\n", "TASK", "PID",
		    "THREADS", "REGIONS", "RESIDENT", "VIRTUAL", "NODE",
		    "ORIGIN");
	int first = 1;
	for (mach_msg_type_number_t i = 0; i < n; i++) {
		uint64_t id;
		int pid;
		task_basic_info_data_t info;
		mach_msg_type_number_t count = TASK_BASIC_INFO_COUNT;
		thread_array_t threads;
		mach_msg_type_number_t nthreads;
		int origin;
		/* A task may die while we look: skip it. */
		if (task_get_ids(tasks[i], &id, &pid) != KERN_SUCCESS ||
		    task_get_origin(tasks[i], &origin) != KERN_SUCCESS ||
		    task_info(tasks[i], TASK_BASIC_INFO, (task_info_t)&info,
		    &count) != KERN_SUCCESS ||
		    task_threads(tasks[i], &threads, &nthreads) != KERN_SUCCESS) {
			mach_port_deallocate(mach_task_self(), tasks[i]);
			continue;
		}
		for (mach_msg_type_number_t t = 0; t < nthreads; t++)
			mach_port_deallocate(mach_task_self(), threads[t]);
		vm_deallocate(mach_task_self(), (vm_address_t)threads,
		    nthreads * sizeof *threads);
		unsigned regions = count_regions(tasks[i]);
		char pid_text[16] = "-";
		if (pid != 0)
			snprintf(pid_text, sizeof pid_text, "%d", pid);
		if (json)
			printf("%s\n {\"task\": %" PRIu64 ", \"pid\": %d, "
			    "\"threads\": %u, \"regions\": %u, "
			    "\"resident_size\": %lu, \"virtual_size\": %lu, "
			    "\"node\": %d, \"origin\": %d}", first ? "" : ",",
			    id, pid, nthreads, regions,
			    (unsigned long)info.resident_size,
			    (unsigned long)info.virtual_size, node, origin);
		else
			printf("%8" PRIu64 " %8s %7u %7u %12lu %12lu %4d %6d\n",
			    id, pid_text, nthreads, regions,
			    (unsigned long)info.resident_size,
			    (unsigned long)info.virtual_size, node, origin);
		first = 0;
		mach_port_deallocate(mach_task_self(), tasks[i]);
	}
	if (json)
		printf("\n]\n");
	vm_deallocate(mach_task_self(), (vm_address_t)tasks, n * sizeof *tasks);
}

/* The rights of TYPE as words, e.g. "send receive". */
static const char *
rights_of(mach_port_type_t type, char *buf, size_t len)
{
	static const struct {
		mach_port_type_t bit;
		const char *name;
	} rights[] = {
		{ MACH_PORT_TYPE_RECEIVE, "receive" },
		{ MACH_PORT_TYPE_SEND, "send" },
		{ MACH_PORT_TYPE_SEND_ONCE, "send-once" },
		{ MACH_PORT_TYPE_PORT_SET, "port-set" },
		{ MACH_PORT_TYPE_DEAD_NAME, "dead-name" },
	};
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof rights / sizeof rights[0]; i++)
		if (type & rights[i].bit)
			snprintf(buf + strlen(buf), len - strlen(buf), "%s%s",
			    buf[0] ? " " : "", rights[i].name);
	return buf;
}

/* What the port under NAME in TASK is: the kernel object behind it
 * (GNU Mach's IKOT numbers, kern/ipc_kobject.h), "port" for an ordinary
 * port, "proxy:node-N" for a port of node N, or "-" for a port set or
 * dead name, which have no port. */
static const char *
object_of(mach_port_t task, mach_port_t name, mach_port_type_t type)
{
	static const char *const kinds[] = {
		"port", "thread", "task", "host", "host-priv", "processor",
		"processor-set", "processor-set-name",
	};
	static char proxy[32];
	unsigned kind;
	vm_offset_t addr;
	if (!(type & (MACH_PORT_TYPE_SEND_RECEIVE | MACH_PORT_TYPE_SEND_ONCE)) ||
	    mach_port_kernel_object(task, name, &kind, &addr) != KERN_SUCCESS)
		return "-";
	if (kind == MACHEMU_IKOT_PROXY) {
		snprintf(proxy, sizeof proxy, "proxy:node-%lu",
		    (unsigned long)addr);
		return proxy;
	}
	return kind < sizeof kinds / sizeof kinds[0] ? kinds[kind] :
	    "kernel-object";
}

/* The user references of RIGHT under NAME in TASK, 0 if none. */
static mach_port_urefs_t
refs(mach_port_t task, mach_port_t name, mach_port_type_t type,
    mach_port_type_t bit, mach_port_right_t right)
{
	mach_port_urefs_t n = 0;
	if (type & bit)
		(void)mach_port_get_refs(task, name, right, &n);
	return n;
}

static void
list_ports(mach_port_t task)
{
	mach_port_array_t names;
	mach_port_type_array_t types;
	mach_msg_type_number_t nnames, ntypes;
	kern_return_t kr = mach_port_names(task, &names, &nnames, &types,
	    &ntypes);
	if (kr != KERN_SUCCESS)
		fail("mach_port_names", kr);
	if (json)
		printf("[");
	else
		printf("%10s  %-22s %-18s %6s %6s %6s\n", "NAME", "RIGHTS",
		    "OBJECT", "SEND", "SONCE", "DEAD");
	for (mach_msg_type_number_t i = 0; i < nnames; i++) {
		char buf[64];
		mach_port_urefs_t send = refs(task, names[i], types[i],
		    MACH_PORT_TYPE_SEND, MACH_PORT_RIGHT_SEND);
		mach_port_urefs_t once = refs(task, names[i], types[i],
		    MACH_PORT_TYPE_SEND_ONCE, MACH_PORT_RIGHT_SEND_ONCE);
		mach_port_urefs_t dead = refs(task, names[i], types[i],
		    MACH_PORT_TYPE_DEAD_NAME, MACH_PORT_RIGHT_DEAD_NAME);
		rights_of(types[i], buf, sizeof buf);
		const char *object = object_of(task, names[i], types[i]);
		if (json)
			printf("%s\n {\"name\": %u, \"rights\": \"%s\", "
			    "\"object\": \"%s\", \"send_urefs\": %u, "
			    "\"send_once_urefs\": %u, \"dead_name_urefs\": %u}",
			    i ? "," : "", names[i], buf, object, send, once,
			    dead);
		else
			printf("%#10x  %-22s %-18s %6u %6u %6u\n", names[i], buf,
			    object, send, once, dead);
	}
	if (json)
		printf("\n]\n");
	vm_deallocate(mach_task_self(), (vm_address_t)names,
	    nnames * sizeof *names);
	vm_deallocate(mach_task_self(), (vm_address_t)types,
	    ntypes * sizeof *types);
}

/* "rwx" for PROT. */
static const char *
prot_string(vm_prot_t prot, char buf[4])
{
	buf[0] = prot & VM_PROT_READ ? 'r' : '-';
	buf[1] = prot & VM_PROT_WRITE ? 'w' : '-';
	buf[2] = prot & VM_PROT_EXECUTE ? 'x' : '-';
	buf[3] = '\0';
	return buf;
}

static void
list_regions(mach_port_t task)
{
	static const char *const inherit_names[] = { "share", "copy", "none" };
	if (json)
		printf("[");
	else
		printf("%-14s %-14s %4s %4s %-7s %-6s %8s %10s %12s\n", "START",
		    "END", "PROT", "MAX", "INHERIT", "SHARED", "OBJECT",
		    "OFFSET", "RESIDENT");
	vm_address_t addr = 0;
	struct region r;
	for (int first = 1; next_region(task, &addr, &r); first = 0) {
		char p[4], m[4];
		const char *inh = r.inherit < 3 ? inherit_names[r.inherit] : "?";
		unsigned long start = r.start, end = r.start + r.size;
		uint64_t object = 0, offset = 0, resident = 0;
		(void)vm_region_backing(task, r.start, &object, &offset,
		    &resident);
		if (json)
			printf("%s\n {\"start\": %lu, \"end\": %lu, "
			    "\"protection\": \"%s\", \"max_protection\": \"%s\", "
			    "\"inheritance\": \"%s\", \"shared\": %s, "
			    "\"object\": %" PRIu64 ", \"offset\": %" PRIu64 ", "
			    "\"resident_size\": %" PRIu64 "}",
			    first ? "" : ",", start, end, prot_string(r.prot, p),
			    prot_string(r.max_prot, m), inh,
			    r.shared ? "true" : "false", object, offset,
			    resident);
		else
			printf("%#-14lx %#-14lx %4s %4s %-7s %-6s %8" PRIu64
			    " %#10" PRIx64 " %12" PRIu64 "\n", start, end,
			    prot_string(r.prot, p), prot_string(r.max_prot, m),
			    inh, r.shared ? "yes" : "no", object, offset,
			    resident);
	}
	if (json)
		printf("\n]\n");
}

/* The counters of node_statistics, in its order, into V; the node's
 * transfer strategy into *LAZY. */
enum { NSTATS = 13 };
static void
node_stats(mach_port_t host, uint64_t v[NSTATS], boolean_t *lazy)
{
	kern_return_t kr = node_statistics(host, &v[0], &v[1], &v[2], &v[3],
	    &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &v[10], &v[11], &v[12],
	    lazy);
	if (kr != KERN_SUCCESS)
		fail("node_statistics", kr);
}

/* What the node holds, and what it did since machd started. */
static void
show_stats(void)
{
	static const char *const names[NSTATS] = { "tasks", "ports",
	    "port_sets", "messages_queued", "memory_objects", "messages_sent",
	    "proxies", "ports_exported", "messages_forwarded",
	    "messages_delivered", "bytes_moved_out", "bytes_moved_in",
	    "remote_faults" };
	uint64_t v[NSTATS];
	boolean_t lazy;
	mach_port_t host = mach_host_self();
	node_stats(host, v, &lazy);
	mach_port_deallocate(mach_task_self(), host);
	for (int i = 0; i < NSTATS; i++)
		if (json)
			printf("%s\"%s\": %" PRIu64, i ? ", " : "{", names[i],
			    v[i]);
		else
			printf("%-19s %" PRIu64 "\n", names[i], v[i]);
	if (json)
		printf(", \"transfer\": \"%s\"}\n", lazy ? "lazy" : "eager");
	else
		printf("%-19s %s\n", "transfer", lazy ? "lazy" : "eager");
}

/* The nodes of the cluster, and whether each answers a ping. */
static void
list_nodes(void)
{
	static const char *const states[] = { [MACHEMU_NODE_SELF] = "self",
	    [MACHEMU_NODE_UP] = "up", [MACHEMU_NODE_DOWN] = "down" };
	integer_t v[3072];
	mach_msg_type_number_t n = 3072;
	mach_port_t host = mach_host_self();
	kern_return_t kr = node_health(host, v, &n);
	mach_port_deallocate(mach_task_self(), host);
	if (kr != KERN_SUCCESS)
		fail("node_health", kr);
	if (json)
		printf("[");
	else
		printf("%4s  %-5s %10s\n", "NODE", "STATE", "PING");
	for (mach_msg_type_number_t i = 0; i + 2 < n; i += 3) {
		const char *state = v[i + 1] >= 0 && v[i + 1] <= 2 ?
		    states[v[i + 1]] : "?";
		if (json)
			printf("%s\n  {\"node\": %d, \"state\": \"%s\", "
			    "\"ping_us\": %d}", i ? "," : "", v[i], state,
			    v[i + 2]);
		else if (v[i + 1] == MACHEMU_NODE_UP)
			printf("%4d  %-5s %7.2f ms\n", v[i], state,
			    v[i + 2] / 1000.0);
		else
			printf("%4d  %-5s %10s\n", v[i], state, "-");
	}
	if (json)
		printf("\n]\n");
}

/*
 * The bytes of TASK's regions that move to the child of norma_task_HOW:
 * a teleport moves every region, a create its VM_INHERIT_COPY ones; the
 * rest a child shares with its parent, where they are (machemu-norma(7)).
 */
static uint64_t
moved_bytes(mach_port_t task, const char *how)
{
	uint64_t bytes = 0;
	vm_address_t addr = 0;
	struct region r;
	while (next_region(task, &addr, &r))
		if (strcmp(how, "teleport") == 0 ||
		    (strcmp(how, "create") == 0 && r.inherit == VM_INHERIT_COPY))
			bytes += r.size;
	return bytes;
}

/* A progress bar while a task moves: the bytes this node has moved out
 * so far (node_statistics counts each page run the far node took),
 * against what the child needs.  Asked of this node: the far node's
 * calls queue behind the page runs. */
struct progress {
	pthread_mutex_t lock;
	pthread_cond_t done_cond;
	int done;
	mach_port_t host;
	uint64_t base, total;		/* bytes_moved_out before; to move */
};

static uint64_t
bytes_moved_out(mach_port_t host)
{
	uint64_t v[NSTATS];
	boolean_t lazy;
	node_stats(host, v, &lazy);
	return v[10];
}

static void
progress_draw(uint64_t moved, uint64_t total)
{
	enum { WIDTH = 40 };
	int filled = total > 0 ? (int)(moved * WIDTH / total) : WIDTH;
	char bar[WIDTH + 1];
	for (int i = 0; i < WIDTH; i++)
		bar[i] = i < filled ? '#' : ' ';
	bar[WIDTH] = '\0';
	fprintf(stderr, "\r[%s] %3d%% %8.1f/%.1f MiB", bar,
	    total > 0 ? (int)(moved * 100 / total) : 100,
	    moved / 1048576.0, total / 1048576.0);
}

static void *
progress_run(void *arg)
{
	struct progress *p = arg;
	pthread_mutex_lock(&p->lock);
	while (!p->done) {
		pthread_mutex_unlock(&p->lock);
		uint64_t moved = bytes_moved_out(p->host) - p->base;
		progress_draw(moved < p->total ? moved : p->total, p->total);
		pthread_mutex_lock(&p->lock);
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100 * 1000000L;
		until.tv_sec += until.tv_nsec / 1000000000L;
		until.tv_nsec %= 1000000000L;
		if (!p->done)
			pthread_cond_timedwait(&p->done_cond, &p->lock, &until);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Start a progress bar for TOTAL bytes if stderr is a terminal; false
 * if not. */
static int
progress_start(struct progress *p, pthread_t *thread, uint64_t total)
{
	if (!isatty(2) || json)
		return 0;
	p->host = mach_host_self();
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->done_cond, NULL);
	p->done = 0;
	p->base = bytes_moved_out(p->host);
	p->total = total;
	return pthread_create(thread, NULL, progress_run, p) == 0;
}

static void
progress_stop(struct progress *p, pthread_t thread, int ok)
{
	pthread_mutex_lock(&p->lock);
	p->done = 1;
	pthread_cond_signal(&p->done_cond);
	pthread_mutex_unlock(&p->lock);
	pthread_join(thread, NULL);
	if (ok)
		progress_draw(p->total, p->total);
	fprintf(stderr, "\n");
	mach_port_deallocate(mach_task_self(), p->host);
}

/* machctl create|clone|teleport TASK NODE: the NORMA call on the task,
 * with a progress bar on a terminal, and a summary of what moved. */
static void
move_task(const char *how, mach_port_t task, const char *node_arg)
{
	char *end;
	long node = strtol(node_arg, &end, 10);
	if (*node_arg == '\0' || *end != '\0' || node < 0 || node > INT32_MAX) {
		fprintf(stderr, "machctl: bad node \"%s\"\n", node_arg);
		exit(2);
	}
	int create = strcmp(how, "create") == 0;
	uint64_t bytes = moved_bytes(task, how), id = 0;
	uint64_t v[NSTATS];
	boolean_t lazy;
	mach_port_t host = mach_host_self();
	node_stats(host, v, &lazy);
	mach_port_deallocate(mach_task_self(), host);
	int pid;
	mach_port_t child;
	struct progress progress;
	pthread_t bar;
	/* Lazily, the call returns before the bytes move: no bar. */
	int drawing = bytes > 0 && !lazy &&
	    progress_start(&progress, &bar, bytes);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	kern_return_t kr = create ?
	    norma_task_create(task, TRUE, (int)node, &child) :
	    strcmp(how, "clone") == 0 ?
	    norma_task_clone(task, TRUE, (int)node, &child) :
	    norma_task_teleport(task, TRUE, (int)node, &child);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (drawing)
		progress_stop(&progress, bar, kr == KERN_SUCCESS);
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "machctl: norma_task_%s to node %ld: %s\n", how,
		    node, mach_error_string(kr));
		exit(1);
	}
	kr = task_get_ids(child, &id, &pid);
	if (kr != KERN_SUCCESS)
		fail("task_get_ids of the child", kr);
	double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	const char *strategy = lazy ? "lazy" : "eager";
	if (json)
		printf("{\"call\": \"norma_task_%s\", \"node\": %ld, "
		    "\"child\": %" PRIu64 ", \"bytes\": %" PRIu64 ", "
		    "\"ms\": %.1f, \"strategy\": \"%s\"}\n", how, node,
		    id, bytes, ms, strategy);
	else if (lazy)
		printf("norma_task_%s: task %" PRIu64 " on node %ld in %.1f "
		    "ms, lazy: %" PRIu64 " bytes follow\n", how, id, node, ms,
		    bytes);
	else
		printf("norma_task_%s: task %" PRIu64 " on node %ld, %" PRIu64
		    " bytes in %.1f ms (%.0f MB/s), eager\n", how, id, node,
		    bytes, ms, ms > 0 ? bytes / ms / 1e3 : 0.0);
}

int
main(int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "--json") == 0) {
		json = 1;
		i++;
	}
	if (i >= argc)
		usage();
	const char *cmd = argv[i++];
	int nargs = argc - i;
	int tasks = strcmp(cmd, "tasks") == 0 && nargs == 0;
	int ports = strcmp(cmd, "ports") == 0 && nargs == 1;
	int vm = strcmp(cmd, "vm") == 0 && nargs == 1;
	int stats = strcmp(cmd, "stats") == 0 && nargs == 0;
	int nodes = strcmp(cmd, "nodes") == 0 && nargs == 0;
	int move = (strcmp(cmd, "create") == 0 || strcmp(cmd, "clone") == 0 ||
	    strcmp(cmd, "teleport") == 0) && nargs == 2;
	if (!tasks && !ports && !vm && !stats && !nodes && !move)
		usage();
	if (mach_task_self() == MACH_PORT_NULL) {
		fprintf(stderr, "machctl: cannot reach machd (see machd(8), "
		    "MACHEMU_SOCKET)\n");
		return 1;
	}
	if (tasks)
		list_tasks();
	else if (ports)
		list_ports(task_by_id("machctl", argv[i]));
	else if (vm)
		list_regions(task_by_id("machctl", argv[i]));
	else if (nodes)
		list_nodes();
	else if (move)
		move_task(cmd, task_by_id("machctl", argv[i]), argv[i + 1]);
	else
		show_stats();
	return 0;
}
