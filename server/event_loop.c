/*
 * event_loop: epoll plus a sorted list of timers.  Deferred calls run
 * after each batch of handlers, which lets a handler doom an object (a
 * session) that may still be on the stack or have an event pending.
 */
#include "event_loop.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static int epfd = -1;
static volatile bool running;
static TAILQ_HEAD(, event_timer) timers = TAILQ_HEAD_INITIALIZER(timers);

struct deferred {
	struct deferred *next;
	void (*fn)(void *);
	void *arg;
};
static struct deferred *deferred_head, **deferred_tail = &deferred_head;

uint64_t
event_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

bool
event_loop_init(void)
{
	epfd = epoll_create1(EPOLL_CLOEXEC);
	return epfd >= 0;
}

bool
event_loop_add(struct event_handler *h)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.ptr = h };
	return epoll_ctl(epfd, EPOLL_CTL_ADD, h->fd, &ev) == 0;
}

void
event_loop_remove(struct event_handler *h)
{
	epoll_ctl(epfd, EPOLL_CTL_DEL, h->fd, NULL);
}

void
event_timer_cancel(struct event_timer *t)
{
	if (t->et_armed) {
		TAILQ_REMOVE(&timers, t, et_link);
		t->et_armed = false;
	}
}

void
event_timer_arm(struct event_timer *t, uint64_t ms)
{
	event_timer_cancel(t);
	t->et_deadline = event_now_ms() + ms;
	struct event_timer *o;
	TAILQ_FOREACH(o, &timers, et_link)
		if (o->et_deadline > t->et_deadline)
			break;
	if (o != NULL)
		TAILQ_INSERT_BEFORE(o, t, et_link);
	else
		TAILQ_INSERT_TAIL(&timers, t, et_link);
	t->et_armed = true;
}

void
event_loop_defer(void (*fn)(void *arg), void *arg)
{
	struct deferred *d = malloc(sizeof *d);
	if (d == NULL) {
		mlog(LOG_LEVEL_ERROR, "out of memory deferring a cleanup");
		return;
	}
	d->next = NULL;
	d->fn = fn;
	d->arg = arg;
	*deferred_tail = d;
	deferred_tail = &d->next;
}

static void
run_deferred(void)
{
	while (deferred_head != NULL) {
		struct deferred *d = deferred_head;
		deferred_head = d->next;
		if (deferred_head == NULL)
			deferred_tail = &deferred_head;
		d->fn(d->arg);
		free(d);
	}
}

static void
fire_timers(void)
{
	uint64_t now = event_now_ms();
	struct event_timer *t;
	while ((t = TAILQ_FIRST(&timers)) != NULL && t->et_deadline <= now) {
		event_timer_cancel(t);
		t->et_fire(t);
		run_deferred();
	}
}

bool
event_loop_run(void)
{
	running = true;
	while (running) {
		int timeout = -1;
		struct event_timer *t = TAILQ_FIRST(&timers);
		if (t != NULL) {
			uint64_t now = event_now_ms();
			timeout = t->et_deadline <= now ? 0 :
			    (int)(t->et_deadline - now > 60000 ? 60000 :
			    t->et_deadline - now);
		}
		struct epoll_event evs[64];
		int n = epoll_wait(epfd, evs, 64, timeout);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			mlog(LOG_LEVEL_ERROR, "epoll_wait: %m");
			return false;
		}
		/* Deferred frees wait for the whole batch: a later event may
		 * belong to an object an earlier handler doomed. */
		for (int i = 0; i < n && running; i++) {
			struct event_handler *h = evs[i].data.ptr;
			h->on_event(h, evs[i].events);
		}
		run_deferred();
		fire_timers();
	}
	return true;
}

void
event_loop_stop(void)
{
	running = false;
}
