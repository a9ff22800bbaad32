/*
 * machemu_client: what the pieces of libmachemu share privately: the
 * calling thread's connection to machd and the trap call over it.
 */
#ifndef MACHEMU_CLIENT_H
#define MACHEMU_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <mach/message.h>

#include "trap_frame.h"

/* A reply as the trap layer hands it back. */
struct machemu_reply {
	struct trap_reply head;
	const uint8_t *msg;		/* head.tr_msg_size bytes */
};

/*
 * The calling thread's connection, made on first use (the process's
 * first connection creates its task).  Returns -1 if machd cannot be
 * reached; a message on standard error says why, once.
 */
int machemu_thread_conn(void);

/*
 * Send FRAME (LEN bytes, with FD attached if FD >= 0) on CONN and read
 * the reply, applying the address-space changes it carries.  Returns
 * false if the connection broke.  R->msg points into a per-thread buffer
 * valid until the next call.
 */
int machemu_trap(int conn, const void *frame, size_t len, int fd,
    struct machemu_reply *r);

/*
 * Release what MSG holds, as mach_msg_destroy does for a received message
 * (UNSENT false); for a message that was never sent (UNSENT true), only
 * what sending it would have given away: the rights it moves (the header's
 * local right included) and the regions marked deallocate.
 */
void machemu_msg_release(mach_msg_header_t *msg, bool unsent);

/* Apply the task's pending address-space changes now (after attaching
 * to a task that already has regions).  Returns false if CONN broke. */
int machemu_sync(int conn);

/* From a fault handler: sync this thread's view of its task if it can
 * without allocating; true if that changed a mapping. */
int machemu_sync_in_fault(void);

/* This thread's connection if it has one, else -1 (never connects). */
int machemu_thread_conn_if_any(void);

/* Free the calling thread's frame buffers (it is exiting). */
void machemu_thread_buffers_free(void);

/* True if [ADDR, ADDR+SIZE) lies in the task window. */
static inline int
machemu_in_window(uint64_t addr, uint64_t size)
{
	return addr >= MACHEMU_WINDOW_BASE &&
	    addr - MACHEMU_WINDOW_BASE < MACHEMU_WINDOW_SIZE &&
	    size <= MACHEMU_WINDOW_SIZE - (addr - MACHEMU_WINDOW_BASE);
}

/* Give NAME glibc's second name __NAME too, as stubs generated with
 * -subrprefix __ (and glibc's own callers) use it. */
#define MACHEMU_GLIBC_ALIAS(name)					\
	extern __typeof(name) __##name __attribute__((alias(#name)))

#endif
