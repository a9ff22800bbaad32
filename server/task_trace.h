/*
 * task_trace: records of the messages a traced task sends and receives,
 * sent to its tracer (task_trace in machemu.defs; the record is
 * <mach/machemu_trace.h>).  session.c calls it at the two points where a
 * task's message passes: after a send, and at a receive's copyout.
 */
#ifndef MACHEMU_TASK_TRACE_H
#define MACHEMU_TASK_TRACE_H

#include <stdbool.h>
#include <stdint.h>

#include <mach/message.h>

struct ipc_kmsg;
struct ipc_port;
struct task;

/* Trace TASK to TRACER (a send right, taken), or stop with NULL. */
void task_trace_set(struct task *task, struct ipc_port *tracer);

/* The rights KMSG's body carries, as a record counts them: send,
 * send-once, receive. */
void task_trace_rights(const struct ipc_kmsg *kmsg, uint32_t rights[3]);

/*
 * Tell TASK's tracer, if any, of the message MSG (as the task saw it: at
 * least a header; SIZE bytes) that it sent (RECEIVED false) with result
 * CODE, or received; RIGHTS as task_trace_rights counted them (NULL:
 * none).  A tracer that died ends the trace.
 */
void task_trace_message(struct task *task, bool received, const void *msg,
    mach_msg_size_t size, const uint32_t rights[3], mach_msg_return_t code);

#endif
