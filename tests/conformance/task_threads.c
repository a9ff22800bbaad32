/*
 * Conformance: task_threads (osfmk-man/task_threads.html).
 * "The task_threads function returns a list of the threads within task.
 * The calling task or thread also receives a send right to the kernel
 * port for each listed thread."  thread_list is an "out pointer to
 * dynamic array of thread send rights", "in no particular order".  In
 * machemu a thread of a process is a thread that has called into Mach
 * (libmachemu(3)).  Checked here:
 * - a task made by task_create has no threads: count 0;
 * - the caller's own task lists its thread (mach_thread_self()); with a
 *   second thread that made a Mach call, both, each once; when that
 *   thread has exited, it is no longer listed, also when it made the
 *   process's first Mach call;
 * - each entry is a send right of the caller, to the thread's kernel
 *   port (the name mach_thread_self() gives in that thread), with one
 *   more user reference per call;
 * - the array lies in the caller's address space (vm_region finds it)
 *   and is freed with vm_deallocate;
 * - another task with a process (a forked process) lists its thread,
 *   not ours;
 * - generic errors: a dead task port gives MACH_SEND_INVALID_DEST, a
 *   port that is no task (the host port) KERN_INVALID_TASK.
 */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance.h"

struct list {
	thread_array_t threads;
	mach_msg_type_number_t n;
};

static void
list_get(mach_port_t task, struct list *l)
{
	l->threads = NULL;
	l->n = 0xdead;
	CK_KR(task_threads(task, &l->threads, &l->n));
}

static void
list_free(struct list *l)
{
	for (mach_msg_type_number_t i = 0; i < l->n; i++)
		CK_KR(mach_port_deallocate(mach_task_self(), l->threads[i]));
	if (l->n > 0)
		CK_KR(vm_deallocate(mach_task_self(),
		    (vm_address_t)l->threads, l->n * sizeof(mach_port_t)));
}

/* Wait (TRIES times 10 ms at most) until task_threads lists our task's
 * threads as just one, and assert that it is ME. */
static void
assert_only_thread(mach_port_t me, int tries)
{
	struct list l;

	list_get(mach_task_self(), &l);
	for (int i = 0; i < tries && l.n != 1; i++) {
		list_free(&l);
		usleep(10000);
		list_get(mach_task_self(), &l);
	}
	ck_assert_uint_eq(l.n, 1);
	ck_assert_uint_eq(l.threads[0], me);
	list_free(&l);
}

static int
listed(const struct list *l, mach_port_t thread)
{
	int k = 0;
	for (mach_msg_type_number_t i = 0; i < l->n; i++)
		k += l->threads[i] == thread;
	return k;
}

/* A task made by task_create has no threads. */
START_TEST(task_threads_created_task_none)
{
	mach_port_t child;
	CK_KR(task_create(mach_task_self(), FALSE, &child));
	struct list l;
	list_get(child, &l);
	ck_assert_uint_eq(l.n, 0);
	mach_port_t grandchild;
	CK_KR(task_create(child, TRUE, &grandchild));
	list_get(grandchild, &l);
	ck_assert_uint_eq(l.n, 0);
	CK_KR(task_terminate(grandchild));
	CK_KR(task_terminate(child));
}
END_TEST

/* Our own thread: a send right to its kernel port, in our memory. */
START_TEST(task_threads_own)
{
	mach_port_t me = mach_thread_self();
	mach_port_urefs_t before = 0, after = 0;
	CK_KR(mach_port_get_refs(mach_task_self(), me, MACH_PORT_RIGHT_SEND,
	    &before));
	struct list l;
	list_get(mach_task_self(), &l);
	ck_assert_uint_eq(l.n, 1);
	ck_assert_uint_eq(l.threads[0], me);
	mach_port_type_t t;
	CK_KR(mach_port_type(mach_task_self(), me, &t));
	ck_assert_uint_eq(t & MACH_PORT_TYPE_ALL_RIGHTS, MACH_PORT_TYPE_SEND);
	CK_KR(mach_port_get_refs(mach_task_self(), me, MACH_PORT_RIGHT_SEND,
	    &after));
	ck_assert_uint_eq(after, before + 1);
	/* The array is memory of ours. */
	struct region r;
	CK_KR(region_at(mach_task_self(), (vm_address_t)l.threads, &r));
	ck_assert_uint_le(r.addr, (vm_address_t)l.threads);
	list_free(&l);
	CK_KR(mach_port_get_refs(mach_task_self(), me, MACH_PORT_RIGHT_SEND,
	    &after));
	ck_assert_uint_eq(after, before);
}
END_TEST

struct second {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	mach_port_t port;
	int go;
};

static void *
second_thread(void *arg)
{
	struct second *s = arg;
	mach_port_t port = mach_thread_self();
	pthread_mutex_lock(&s->lock);
	s->port = port;
	pthread_cond_broadcast(&s->cond);
	while (!s->go)
		pthread_cond_wait(&s->cond, &s->lock);
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

/* A second thread is listed while it lives, and not after. */
START_TEST(task_threads_second_thread)
{
	struct second s = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
	    MACH_PORT_NULL, 0 };
	/* This thread calls into Mach first (a first thread that exits is
	 * task_threads_first_thread_exits). */
	mach_port_t me = mach_thread_self();
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, second_thread, &s), 0);
	pthread_mutex_lock(&s.lock);
	while (s.port == MACH_PORT_NULL)
		pthread_cond_wait(&s.cond, &s.lock);
	pthread_mutex_unlock(&s.lock);
	ck_assert_uint_ne(s.port, me);
	struct list l;
	list_get(mach_task_self(), &l);
	ck_assert_uint_eq(l.n, 2);
	ck_assert_int_eq(listed(&l, me), 1);
	ck_assert_int_eq(listed(&l, s.port), 1);
	list_free(&l);
	pthread_mutex_lock(&s.lock);
	s.go = 1;
	pthread_cond_broadcast(&s.cond);
	pthread_mutex_unlock(&s.lock);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	/* Its connection closes as it exits; machd sees that shortly. */
	assert_only_thread(me, 500);
}
END_TEST

static void *
first_thread(void *arg)
{
	*(mach_port_t *)arg = mach_thread_self();
	return NULL;
}

/*
 * A thread that has exited is not "within task", also when it made the
 * process's first Mach call.  Here a second thread makes the first call
 * of this process and exits; task_threads then lists the main thread
 * alone.
 */
START_TEST(task_threads_first_thread_exits)
{
	/* No Mach call before this point in this process. */
	mach_port_t first = MACH_PORT_NULL;
	pthread_t th;
	ck_assert_int_eq(pthread_create(&th, NULL, first_thread, &first), 0);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	ck_assert(MACH_PORT_VALID(first));
	assert_only_thread(mach_thread_self(), 100);
}
END_TEST

/* Another task with a process lists its own thread. */
START_TEST(task_threads_other_task)
{
	mach_port_t rv = rendezvous_new();
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		/* Send our task port, then our thread port. */
		int status;
		char b;
		close(fds[1]);
		for (int i = 0; i < 2; i++) {
			status = rendezvous_send(i == 0 ? mach_task_self() :
			    mach_thread_self(), MACH_MSG_TYPE_COPY_SEND);
			if (status != 0)
				_exit(status);
		}
		while (read(fds[0], &b, 1) > 0)
			;
		_exit(0);
	}
	close(fds[0]);
	mach_port_t got[2];
	for (int i = 0; i < 2; i++) {
		got[i] = receive_right(rv, MACH_MSG_TYPE_PORT_SEND, 10000);
		ck_assert(MACH_PORT_VALID(got[i]));
	}
	struct list l;
	list_get(got[0], &l);
	ck_assert_uint_eq(l.n, 1);
	ck_assert_uint_eq(l.threads[0], got[1]);
	ck_assert_uint_ne(l.threads[0], mach_thread_self());
	list_free(&l);
	close(fds[1]);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}
END_TEST

/* Generic errors: a dead task port, a port that is no task. */
START_TEST(task_threads_invalid_task)
{
	mach_port_t child = dead_task();
	thread_array_t threads;
	mach_msg_type_number_t n;
	CK_KR_EQ(task_threads(child, &threads, &n), MACH_SEND_INVALID_DEST);
	CK_KR_EQ(task_threads(mach_host_self(), &threads, &n),
	    KERN_INVALID_TASK);
}
END_TEST

CONFORMANCE_PAGE(task_threads)
{
	Suite *s = suite_create("task_threads");
	TCase *tc = conformance_tcase("task_threads");
	tcase_add_test(tc, task_threads_created_task_none);
	tcase_add_test(tc, task_threads_own);
	tcase_add_test(tc, task_threads_second_thread);
	tcase_add_test(tc, task_threads_first_thread_exits);
	tcase_add_test(tc, task_threads_other_task);
	tcase_add_test(tc, task_threads_invalid_task);
	suite_add_tcase(s, tc);
	return s;
}
