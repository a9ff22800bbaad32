/*
 * machd: the Mach kernel emulator daemon.  It owns the tasks of this node
 * (port name spaces and address spaces) and serves them to client
 * processes on a Unix-domain socket, one connection per Mach thread.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "event_loop.h"
#include "host.h"
#include "ipc_kmsg.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "ipc_space.h"
#include "kserver.h"
#include "log.h"
#include "netname_kserver.h"
#include "node_link.h"
#include "node_table.h"
#include "norma_kserver.h"
#include "norma_task.h"
#include "session.h"
#include "task.h"
#include "trap_frame.h"
#include "vm_object.h"

/* Long options without a short form. */
enum { OPT_LINK_ANY = 256, OPT_TRANSFER };

static const char usage_text[] =
"usage: machd [--socket PATH] [--node N --nodes FILE [--link-any]\n"
"             [--transfer eager|lazy]] [--daemon] [--log-level LEVEL]\n"
"\n"
"Serve Mach tasks to programs linked with libmachemu.\n"
"\n"
"  -s, --socket PATH      serve on this Unix-domain socket\n"
"                         (default: $XDG_RUNTIME_DIR/machd.sock or\n"
"                         /tmp/machemu-UID/machd.sock)\n"
"  -n, --node N           be node N of the cluster in --nodes\n"
"  -N, --nodes FILE       the node table: INDEX HOST:PORT a line\n"
"      --link-any         let the node link bind an address that is not\n"
"                         loopback (it has no authentication yet)\n"
"      --transfer HOW     move a task's memory to another node eagerly\n"
"                         (the default) or lazily, after the child\n"
"  -d, --daemon           detach and log to syslog\n"
"  -l, --log-level LEVEL  error, warn, info (default) or debug\n"
"  -h, --help             show this help\n"
"  -V, --version          show the version\n";

struct listener {
	struct event_handler handler;
};

static void
on_listen(struct event_handler *h, uint32_t events)
{
	(void)events;
	session_accept(h->fd);
}

/* Peers' calls and the outcomes of ours, from the node link's threads. */
static void
on_link(struct event_handler *h, uint32_t events)
{
	(void)h;
	(void)events;
	node_link_dispatch();
}

static void
on_signal(struct event_handler *h, uint32_t events)
{
	(void)events;
	struct signalfd_siginfo si;
	if (read(h->fd, &si, sizeof si) == sizeof si)
		mlog(LOG_LEVEL_INFO, "signal %u: shutting down", si.ssi_signo);
	event_loop_stop();
}

/* Create the socket's directory (0700) if it is ours to create. */
static void
make_socket_dir(const char *path)
{
	char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
	snprintf(dir, sizeof dir, "%s", path);
	char *d = dirname(dir);
	if (mkdir(d, 0700) < 0 && errno != EEXIST)
		mlog(LOG_LEVEL_WARN, "cannot create %s: %m", d);
}

/*
 * Bind PATH, refusing if another machd answers there; a socket file
 * nobody answers on is stale and replaced.  Returns the listening fd or
 * -1 after printing why.
 */
static int
listen_on(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path) {
		fprintf(stderr, "machd: socket path too long: %s\n", path);
		return -1;
	}
	strcpy(sa.sun_path, path);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0) {
		perror("machd: socket");
		return -1;
	}
	if (connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0) {
		fprintf(stderr, "machd: another machd is already serving %s\n", path);
		close(fd);
		return -1;
	}
	if (errno == ECONNREFUSED)
		unlink(path);
	close(fd);
	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	make_socket_dir(path);
	mode_t old = umask(0077);	/* the socket is for its owner only */
	int rc = bind(fd, (struct sockaddr *)&sa, sizeof sa);
	umask(old);
	if (rc < 0 || listen(fd, 128) < 0) {
		fprintf(stderr, "machd: cannot listen on %s: %s\n", path,
		    strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* Memory objects are file descriptors: take all the system allows, and
 * keep a quarter of them for connections and the rest of machd, so that
 * a task that allocates without end gets KERN_RESOURCE_SHORTAGE and the
 * others are still served. */
static void
raise_fd_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	if (rl.rlim_cur != RLIM_INFINITY)
		vm_object_max = rl.rlim_cur - rl.rlim_cur / 4;
}

/*
 * Detach in two steps, so that the daemon itself binds the socket (its
 * peers then see its pid) and the command still fails when it cannot:
 * the parent waits for the child to say it is serving.  Returns the pipe
 * the child reports on.
 */
static int
detach_begin(void)
{
	int ready[2];
	if (pipe2(ready, O_CLOEXEC) < 0) {
		perror("machd: pipe");
		exit(1);
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("machd: fork");
		exit(1);
	}
	if (pid > 0) {
		close(ready[1]);
		char ok;
		_exit(read(ready[0], &ok, 1) == 1 ? 0 : 1);
	}
	close(ready[0]);
	setsid();
	return ready[1];
}

static void
detach_finish(int ready)
{
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		if (null > 2)
			close(null);
	}
	log_use_syslog();
	if (write(ready, "", 1) != 1)
		mlog(LOG_LEVEL_WARN, "cannot tell the parent we are ready");
	close(ready);
}

/*
 * Take the kernel apart once every task is gone and check that nothing
 * is left: a port, port set, message or memory object that survives had
 * its references counted wrong somewhere.  Tests assert machd's exit
 * status, so every integration test ends with this check.
 */
static bool
teardown_without_leaks(void)
{
	struct task *task;
	while ((task = TAILQ_FIRST(&all_tasks)) != NULL)
		task_terminate(task);
	netname_shutdown();
	norma_shutdown();
	ipc_space_terminate(ipc_space_kernel);
	ipc_space_free(ipc_space_kernel);
	ipc_space_kernel = NULL;
	if (ipc_port_count == 0 && ipc_pset_count == 0 && ipc_kmsg_count == 0 &&
	    vm_object_count == 0)
		return true;
	mlog(LOG_LEVEL_ERROR, "leak at shutdown: %lu ports, %lu port sets, "
	    "%lu messages, %lu memory objects", ipc_port_count, ipc_pset_count,
	    ipc_kmsg_count, vm_object_count);
	return false;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "socket", required_argument, NULL, 's' },
		{ "daemon", no_argument, NULL, 'd' },
		{ "node", required_argument, NULL, 'n' },
		{ "nodes", required_argument, NULL, 'N' },
		{ "link-any", no_argument, NULL, OPT_LINK_ANY },
		{ "transfer", required_argument, NULL, OPT_TRANSFER },
		{ "log-level", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	const char *socket_path = NULL;
	bool daemonize = false;
	int c;
	const char *node_arg = NULL, *nodes_path = NULL;
	bool link_any = false;
	const char *transfer = NULL;
	while ((c = getopt_long(argc, argv, "s:dl:n:N:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			socket_path = optarg;
			break;
		case 'd':
			daemonize = true;
			break;
		case 'n':
			node_arg = optarg;
			break;
		case 'N':
			nodes_path = optarg;
			break;
		case OPT_LINK_ANY:
			link_any = true;
			break;
		case OPT_TRANSFER:
			transfer = optarg;
			if (strcmp(transfer, "eager") != 0 &&
			    strcmp(transfer, "lazy") != 0) {
				fprintf(stderr, "machd: --transfer is eager or "
				    "lazy, not '%s'\n%s", transfer, usage_text);
				return 2;
			}
			break;
		case 'l':
			if (!log_level_parse(optarg, &log_threshold)) {
				fprintf(stderr, "machd: unknown log level '%s'\n%s",
				    optarg, usage_text);
				return 2;
			}
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			puts("machd (" PACKAGE_NAME ") " PACKAGE_VERSION);
			return 0;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "machd: unexpected argument '%s'\n%s", argv[optind],
		    usage_text);
		return 2;
	}
	int node = 0;
	struct node_table table = { NULL, 0 };
	if ((node_arg == NULL) != (nodes_path == NULL)) {
		fprintf(stderr, "machd: --node and --nodes go together\n%s",
		    usage_text);
		return 2;
	}
	if ((link_any || transfer != NULL) && node_arg == NULL) {
		fprintf(stderr, "machd: --%s goes with --node and --nodes\n%s",
		    link_any ? "link-any" : "transfer", usage_text);
		return 2;
	}
	if (node_arg != NULL) {
		char *end, err[512];
		long n = strtol(node_arg, &end, 10);
		if (*node_arg == '\0' || *end != '\0' || n < 0 ||
		    n > NODE_INDEX_MAX) {
			fprintf(stderr, "machd: bad node index '%s'\n%s", node_arg,
			    usage_text);
			return 2;
		}
		node = (int)n;
		if (!node_table_load(nodes_path, node, &table, err, sizeof err)) {
			fprintf(stderr, "machd: %s\n", err);
			return 1;
		}
	}
	if (socket_path == NULL) {
		if (!trap_default_socket(path, sizeof path)) {
			fprintf(stderr, "machd: default socket path too long\n");
			return 1;
		}
		socket_path = path;
	}

	signal(SIGPIPE, SIG_IGN);
	raise_fd_limit();
	/* Page runs and out-of-line data come in buffers of a few MiB: from
	 * the heap, reused, they are not faulted in page by page each time
	 * as fresh mmaps would be (which cost most of a transfer's time). */
	mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
	mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
	int ready = daemonize ? detach_begin() : -1;

	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	struct event_handler sig_h = { signalfd(-1, &mask, SFD_CLOEXEC), on_signal };
	ipc_space_kernel = ipc_space_create(NULL);
	if (!event_loop_init() || sig_h.fd < 0 || ipc_space_kernel == NULL ||
	    !event_loop_add(&sig_h)) {
		mlog(LOG_LEVEL_ERROR, "cannot start: %m");
		return 1;
	}
	/* The link's threads start with the signals above blocked. */
	struct event_handler link_h = { -1, on_link };
	if (node_arg != NULL) {
		char err[512];
		node_link_allow_any_address(link_any);
		if (!node_link_start(node, &table, err, sizeof err)) {
			fprintf(stderr, "machd: %s\n", err);
			node_table_free(&table);
			return 1;
		}
		link_h.fd = node_link_fd();
		if (!event_loop_add(&link_h)) {
			mlog(LOG_LEVEL_ERROR, "cannot start: %m");
			node_link_stop();
			return 1;
		}
	}
	/* Clients last: once they can connect, the node serves its peers. */
	int lfd = listen_on(socket_path);
	struct event_handler listen_h = { lfd, on_listen };
	if (lfd < 0 || !event_loop_add(&listen_h)) {
		if (lfd >= 0) {
			mlog(LOG_LEVEL_ERROR, "cannot start: %m");
			unlink(socket_path);
		}
		node_link_stop();
		return 1;
	}
	host_init();
	netname_init();
	kserver_init();
	norma_init(node, node_arg != NULL ? &table : NULL);
	norma_set_transfer(transfer != NULL && strcmp(transfer, "lazy") == 0);
	if (daemonize)
		detach_finish(ready);
	mlog(LOG_LEVEL_INFO, "serving on %s", socket_path);

	bool ok = event_loop_run();

	node_link_stop();
	session_close_all();
	close(lfd);
	unlink(socket_path);
	if (!teardown_without_leaks())
		return 3;
	mlog(LOG_LEVEL_INFO, "stopped");
	return ok ? 0 : 1;
}
