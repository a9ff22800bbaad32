/*
 * event_loop: machd's single-threaded epoll loop.  Handlers are called for
 * readable descriptors and for timers that come due; everything machd
 * does happens in one of them, so the Mach model needs no locks.
 */
#ifndef MACHEMU_EVENT_LOOP_H
#define MACHEMU_EVENT_LOOP_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>

struct event_handler {
	int fd;
	void (*on_event)(struct event_handler *h, uint32_t events);
};

struct event_timer {
	TAILQ_ENTRY(event_timer) et_link;
	uint64_t et_deadline;		/* monotonic milliseconds */
	bool et_armed;
	void (*et_fire)(struct event_timer *t);
};

/* Create the loop.  Returns false (errno set) if epoll is unavailable. */
bool event_loop_init(void);

bool event_loop_add(struct event_handler *h);
void event_loop_remove(struct event_handler *h);

/* Arm T to fire in MS milliseconds (re-arming moves it). */
void event_timer_arm(struct event_timer *t, uint64_t ms);
void event_timer_cancel(struct event_timer *t);

/* Run until event_loop_stop; returns false on an epoll error. */
bool event_loop_run(void);
void event_loop_stop(void);

/* Call FN after the current handler returns (to free safely). */
void event_loop_defer(void (*fn)(void *arg), void *arg);

uint64_t event_now_ms(void);

#endif
