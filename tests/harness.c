/*
 * harness: start and stop a real machd for integration tests.
 */
#include "harness.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <poll.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t machd_pid;
static char dir[64];
static char sock[128];

static void
die(const char *what)
{
	fprintf(stderr, "harness: %s: %s\n", what, strerror(errno));
	exit(99);
}

/* True if something accepts connections on the socket PATH. */
static int
socket_answers(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path)
		return 0;
	memcpy(sa.sun_path, path, strlen(path) + 1);
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	int ok = fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/*
 * Start $MACHD on SOCK (in a directory of its own) with ARGS after the
 * harness's own, and wait until it answers there.  Returns its pid;
 * exits the test program if machd exits at start.
 */
static pid_t
machd_spawn(const char *sock_path, const char *const *args)
{
	const char *machd = getenv("MACHD");
	if (machd == NULL)
		machd = "./machd";
	const char *argv[32] = { machd, "--socket", sock_path, "--log-level",
	    "warn" };
	int argc = 5;
	for (; args != NULL && *args != NULL && argc < 31; args++)
		argv[argc++] = *args;
	argv[argc] = NULL;
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		/* machd must not outlive a test that failed half way. */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		execv(machd, (char *const *)argv);
		_exit(127);
	}
	/* Wait until machd answers on the socket (it binds, then listens). */
	for (int i = 0; i < 500; i++) {
		if (socket_answers(sock_path))
			break;
		int status;
		if (waitpid(pid, &status, WNOHANG) == pid) {
			fprintf(stderr, "harness: machd exited at start\n");
			exit(99);
		}
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	return pid;
}

void
harness_machd_start(const char *const *args)
{
	snprintf(dir, sizeof dir, "/tmp/machemu-test-XXXXXX");
	if (mkdtemp(dir) == NULL)
		die("mkdtemp");
	snprintf(sock, sizeof sock, "%s/machd.sock", dir);
	machd_pid = machd_spawn(sock, args);
	setenv("MACHEMU_SOCKET", sock, 1);
}

int
harness_machd_stop(void)
{
	int status;
	if (machd_pid <= 0)
		return -1;
	kill(machd_pid, SIGTERM);
	if (waitpid(machd_pid, &status, 0) != machd_pid)
		die("waitpid");
	machd_pid = 0;
	struct stat st;
	int removed = stat(sock, &st) < 0;
	rmdir(dir);
	if (!removed) {
		fprintf(stderr, "harness: machd left its socket behind\n");
		unlink(sock);
		rmdir(dir);
		return -1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

pid_t
harness_machd_pid(void)
{
	return machd_pid;
}

const char *
harness_socket(void)
{
	return sock;
}

int
harness_open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	if (d == NULL)
		return -1;
	int n = 0;
	while (readdir(d) != NULL)
		n++;
	closedir(d);
	return n - 3;	/* ".", ".." and the directory's own descriptor */
}

int
harness_run_machd(const char *const *argv, char *out, size_t outlen)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		die("pipe");
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		dup2(fds[1], 1);
		dup2(fds[1], 2);
		execv(getenv("MACHD"), (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	size_t n = 0;
	struct pollfd pfd = { fds[0], POLLIN, 0 };
	/* Its output ends when it exits (or detaches its descriptors). */
	while (n + 1 < outlen && poll(&pfd, 1, 10000) > 0) {
		ssize_t k = read(fds[0], out + n, outlen - 1 - n);
		if (k <= 0)
			break;
		n += (size_t)k;
	}
	out[n] = '\0';
	close(fds[0]);
	int status;
	for (int i = 0; i < 1000; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return -1;
}

int
harness_walk_list(const char *socket, const char *name, const void *list,
    const void *result)
{
	char addr[32], res[32];
	snprintf(addr, sizeof addr, "%p", list);
	snprintf(res, sizeof res, "%p", result);
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		if (socket != NULL)
			setenv("MACHEMU_SOCKET", socket, 1);
		execl(getenv("MACHRUN"), "machrun", "--task", name, "--",
		    harness_program("task_walker"), addr, res, (char *)NULL);
		_exit(127);
	}
	int status;
	if (waitpid(pid, &status, 0) != pid)
		die("waitpid");
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const char *
harness_program(const char *name)
{
	static char path[512];
	const char *bindir = getenv("TEST_BINDIR");
	snprintf(path, sizeof path, "%s/%s", bindir ? bindir : "./tests", name);
	return path;
}

/* --- Clusters ------------------------------------------------------------ */

static struct {
	int count;
	char dir[64];
	char table[128];
	char sock[HARNESS_NODES_MAX][128];
	pid_t pid[HARNESS_NODES_MAX];
} cluster;

unsigned
harness_free_port(void)
{
	static unsigned next;
	if (next == 0)
		next = 20000 + (unsigned)getpid() * 37 % 12000;
	for (int tries = 0; tries < 12000; tries++) {
		unsigned port = next++;
		if (next >= 32000)
			next = 20000;
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (fd < 0)
			die("socket");
		struct sockaddr_in sa = { .sin_family = AF_INET,
		    .sin_port = htons((uint16_t)port),
		    .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
		int ok = bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
		close(fd);
		if (ok)
			return port;
	}
	fprintf(stderr, "harness: no free port in 20000-31999\n");
	exit(99);
}

void
harness_cluster_start(int count, const char *const *args)
{
	if (count < 1 || count > HARNESS_NODES_MAX) {
		fprintf(stderr, "harness: %d nodes\n", count);
		exit(99);
	}
	snprintf(cluster.dir, sizeof cluster.dir, "/tmp/machemu-cluster-XXXXXX");
	if (mkdtemp(cluster.dir) == NULL)
		die("mkdtemp");
	snprintf(cluster.table, sizeof cluster.table, "%s/nodes", cluster.dir);
	FILE *f = fopen(cluster.table, "w");
	if (f == NULL)
		die("the node table");
	for (int i = 0; i < count; i++)
		fprintf(f, "%d 127.0.0.1:%u\n", i, harness_free_port());
	fclose(f);
	cluster.count = count;
	for (int i = 0; i < count; i++) {
		char node[16];
		snprintf(node, sizeof node, "%d", i);
		snprintf(cluster.sock[i], sizeof cluster.sock[i],
		    "%s/node%d.sock", cluster.dir, i);
		const char *argv[32] = { "--node", node, "--nodes",
		    cluster.table };
		int argc = 4;
		for (const char *const *a = args; a != NULL && *a != NULL &&
		    argc < 31; a++)
			argv[argc++] = *a;
		argv[argc] = NULL;
		cluster.pid[i] = machd_spawn(cluster.sock[i], argv);
	}
	setenv("MACHEMU_SOCKET", cluster.sock[0], 1);
}

const char *
harness_node_socket(int node)
{
	return cluster.sock[node];
}

pid_t
harness_node_pid(int node)
{
	return cluster.pid[node];
}

int
harness_node_stop(int node, int sig)
{
	int status;
	if (cluster.pid[node] <= 0)
		return -1;
	kill(cluster.pid[node], sig);
	if (waitpid(cluster.pid[node], &status, 0) != cluster.pid[node])
		die("waitpid");
	cluster.pid[node] = 0;
	unlink(cluster.sock[node]);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int
harness_cluster_stop(void)
{
	int worst = 0;
	for (int i = 0; i < cluster.count; i++) {
		if (cluster.pid[i] <= 0)
			continue;
		int status = harness_node_stop(i, SIGTERM);
		if (status != 0) {
			fprintf(stderr, "harness: node %d exited with %d\n", i,
			    status);
			worst = status;
		}
	}
	unlink(cluster.table);
	rmdir(cluster.dir);
	cluster.count = 0;
	return worst;
}

/* --- Benchmarks ---------------------------------------------------------- */

double
harness_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double
harness_median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
