/*
 * mach_init: a process's start as a Mach task.  At load time the library
 * reserves the task window (trap_frame.h) and sets the page size; the
 * first Mach call connects to machd, which creates the task and answers
 * with the process's task, host, thread and name-server ports (the first
 * call happens at load time when a machd answers).  Every further thread
 * gets a connection of its own (one connection, one Mach thread).  After
 * fork() the child starts afresh: its first call makes it a new task,
 * which inherits the parent task's registered ports (mach_ports_lookup),
 * as a task made by task_create does.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <mach_init.h>
#include <mach/mach_traps.h>

#include "machemu_client.h"

mach_port_t __mach_task_self_;
mach_port_t name_server_port;
vm_size_t __vm_page_size;
vm_size_t vm_page_size;

/* The process: its anchor connection (it lives as long as the process
 * and its closing ends the task) and what the hello told. */
static pthread_mutex_t proc_lock = PTHREAD_MUTEX_INITIALIZER;
static int proc_conn = -1;
static pid_t proc_pid;
static uint64_t proc_task_id;
static uint64_t proc_parent_task_id;	/* after fork: the parent's task */
static uint64_t proc_attach_token;	/* from machrun: attach to a task */
static int window_ok;
static int warned;
static int quiet;		/* an early connection that may fail silently */

/* The thread: its connection and thread port. */
static __thread int thread_conn = -1;
static __thread pid_t thread_pid;
static pthread_key_t thread_key;

static void
warn_once(const char *what)
{
	if (!warned && !quiet) {
		warned = 1;
		fprintf(stderr, "libmachemu: %s\n", what);
	}
}

/* Reserve the window where task regions are mapped; see trap_frame.h. */
static void
window_reserve(void)
{
	void *p = mmap((void *)MACHEMU_WINDOW_BASE, MACHEMU_WINDOW_SIZE, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
	    -1, 0);
	window_ok = p == (void *)MACHEMU_WINDOW_BASE;
	if (!window_ok && p != MAP_FAILED)
		munmap(p, MACHEMU_WINDOW_SIZE);
}

static int
socket_connect(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	const char *path = getenv("MACHEMU_SOCKET");
	if (path != NULL && *path != '\0') {
		if (strlen(path) >= sizeof sa.sun_path)
			return -1;
		strcpy(sa.sun_path, path);
	} else if (!trap_default_socket(sa.sun_path, sizeof sa.sun_path)) {
		return -1;
	}
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
		char msg[200];
		snprintf(msg, sizeof msg, "cannot reach machd at %s: %s "
		    "(start machd, or set MACHEMU_SOCKET)", sa.sun_path,
		    strerror(errno));
		warn_once(msg);
		close(fd);
		return -1;
	}
	return fd;
}

/* Connect and say hello; TASK_ID 0 asks for a new task (or, with
 * proc_attach_token, for the task machrun prepared). */
static int
conn_open(uint64_t task_id, uint64_t parent_task_id, struct trap_hello_reply *r)
{
	int fd = socket_connect();
	if (fd < 0)
		return -1;
	struct trap_hello h = {
		.th_op = TRAP_HELLO, .th_magic = TRAP_MAGIC,
		.th_task_id = task_id, .th_parent_task_id = parent_task_id,
		.th_attach_token = task_id == 0 ? proc_attach_token : 0,
		.th_pid = (uint32_t)getpid(),
	};
	ssize_t n;
	if (send(fd, &h, sizeof h, MSG_NOSIGNAL) != sizeof h)
		goto fail;
	do
		n = recv(fd, r, sizeof *r, 0);
	while (n < 0 && errno == EINTR);
	if (n != sizeof *r || r->thr_op != TRAP_HELLO || r->thr_ret != KERN_SUCCESS)
		goto fail;
	return fd;
fail:
	warn_once("machd refused the connection");
	close(fd);
	return -1;
}

/* A thread that used Mach ends: its Mach thread ends with it.  The
 * process's first connection stays open (it anchors the task) and is
 * told so. */
static void
thread_exit(void *arg)
{
	(void)arg;
	if (thread_conn >= 0 && thread_pid == getpid()) {
		if (thread_conn != proc_conn) {
			close(thread_conn);
		} else {
			struct trap_simple_request req = {
				.ts_op = TRAP_THREAD_EXIT
			};
			(void)send(thread_conn, &req, sizeof req, MSG_NOSIGNAL);
		}
	}
	thread_conn = -1;
	machemu_thread_buffers_free();
}

/*
 * Connect at load time if a machd is there to answer, so that the values
 * a CMU program reads before its first call (name_server_port) are set.
 * Quiet: a program that never reaches machd hears of it only if it makes
 * a Mach call.
 */
static void
connect_early(void)
{
	quiet = 1;
	(void)machemu_thread_conn();
	quiet = 0;
}

static void
after_fork_child(void)
{
	int was_task = proc_conn >= 0;
	/* The child is a new process: it will be a new task.  Its copies of
	 * the parent's connections are closed (the parent keeps its own),
	 * and the parent's regions leave the window. */
	if (proc_conn >= 0)
		close(proc_conn);
	if (thread_conn >= 0 && thread_conn != proc_conn)
		close(thread_conn);
	proc_conn = thread_conn = -1;
	proc_pid = 0;
	proc_parent_task_id = proc_task_id;
	__mach_task_self_ = MACH_PORT_NULL;
	name_server_port = MACH_PORT_NULL;
	if (window_ok) {
		munmap((void *)MACHEMU_WINDOW_BASE, MACHEMU_WINDOW_SIZE);
		window_reserve();
	}
	if (was_task)
		connect_early();	/* the child is a task at once */
}

__attribute__((constructor)) static void
machemu_init(void)
{
	vm_page_size = __vm_page_size = (vm_size_t)sysconf(_SC_PAGESIZE);
	window_reserve();
	pthread_key_create(&thread_key, thread_exit);
	pthread_atfork(NULL, NULL, after_fork_child);
	const char *attach = getenv("MACHEMU_ATTACH");
	if (attach != NULL) {
		/* Once: the program's own children are tasks of their own. */
		proc_attach_token = strtoull(attach, NULL, 16);
		unsetenv("MACHEMU_ATTACH");
	}
	const char *sock = getenv("MACHEMU_SOCKET");
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	if (proc_attach_token != 0 || (sock != NULL && *sock != '\0') ||
	    (trap_default_socket(path, sizeof path) && access(path, F_OK) == 0))
		connect_early();
}

int
machemu_thread_conn(void)
{
	pid_t pid = getpid();
	if (thread_conn >= 0 && thread_pid == pid)
		return thread_conn;
	if (!window_ok) {
		warn_once("cannot reserve the task window at 0x200000000000");
		return -1;
	}
	struct trap_hello_reply r;
	pthread_mutex_lock(&proc_lock);
	if (proc_conn < 0 || proc_pid != pid) {
		/* The process's first connection: it makes the task, and the
		 * thread that made it uses it. */
		int fd = conn_open(0, proc_parent_task_id, &r);
		if (fd >= 0) {
			proc_conn = fd;
			proc_pid = pid;
			proc_task_id = r.thr_task_id;
			__mach_task_self_ = r.thr_task_self;
			name_server_port = r.thr_name_server;
			thread_conn = fd;
			thread_pid = pid;
			pthread_setspecific(thread_key, &thread_conn);
			if (proc_attach_token != 0) {
				/* Map the regions the task already has. */
				proc_attach_token = 0;
				machemu_sync(fd);
			}
		}
		pthread_mutex_unlock(&proc_lock);
		return fd;
	}
	uint64_t task_id = proc_task_id;
	pthread_mutex_unlock(&proc_lock);
	int fd = conn_open(task_id, 0, &r);
	if (fd >= 0) {
		thread_conn = fd;
		thread_pid = pid;
		pthread_setspecific(thread_key, &thread_conn);
	}
	return fd;
}

int
machemu_thread_conn_if_any(void)
{
	return thread_conn >= 0 && thread_pid == getpid() ? thread_conn : -1;
}

mach_port_t
__mach_task_self(void)
{
	return machemu_thread_conn() >= 0 ? __mach_task_self_ : MACH_PORT_NULL;
}
