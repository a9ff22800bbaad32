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

void
harness_machd_start(const char *const *args)
{
	const char *machd = getenv("MACHD");
	if (machd == NULL)
		machd = "./machd";
	snprintf(dir, sizeof dir, "/tmp/machemu-test-XXXXXX");
	if (mkdtemp(dir) == NULL)
		die("mkdtemp");
	snprintf(sock, sizeof sock, "%s/machd.sock", dir);
	const char *argv[32] = { machd, "--socket", sock, "--log-level", "warn" };
	int argc = 5;
	for (; args != NULL && *args != NULL && argc < 31; args++)
		argv[argc++] = *args;
	argv[argc] = NULL;
	machd_pid = fork();
	if (machd_pid < 0)
		die("fork");
	if (machd_pid == 0) {
		/* machd must not outlive a test that failed half way. */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		execv(machd, (char *const *)argv);
		_exit(127);
	}
	/* Wait until machd answers on the socket (it binds, then listens). */
	for (int i = 0; i < 500; i++) {
		if (socket_answers(sock))
			break;
		int status;
		if (waitpid(machd_pid, &status, WNOHANG) == machd_pid) {
			fprintf(stderr, "harness: machd exited at start\n");
			rmdir(dir);
			exit(99);
		}
		nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
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

const char *
harness_program(const char *name)
{
	static char path[512];
	const char *bindir = getenv("TEST_BINDIR");
	snprintf(path, sizeof path, "%s/%s", bindir ? bindir : "./tests", name);
	return path;
}
