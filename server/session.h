/*
 * session: one client connection, which is one Mach thread of a task.
 * The session reads trap frames (trap_frame.h), runs them against the
 * Mach model and writes the replies, carrying the address-space changes
 * the task's process must apply.
 */
#ifndef MACHEMU_SESSION_H
#define MACHEMU_SESSION_H

/* Accept a connection on the listening socket LFD and serve it. */
void session_accept(int lfd);

/* Close every session (machd is shutting down). */
void session_close_all(void);

#endif
