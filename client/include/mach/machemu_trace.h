/*
 * machemu_trace.h: the records machd sends a tracer (task_trace in
 * machemu.defs, <mach/machemu.h>): one message for each message the
 * traced task sends or receives.  machtrace(1) prints them.
 */
#ifndef _MACH_MACHEMU_TRACE_H_
#define _MACH_MACHEMU_TRACE_H_

#include <stdint.h>
#include <mach/message.h>

#define MACHEMU_TRACE_ID	7899	/* a record's msgh_id */
#define MACHEMU_TRACE_SEND	0
#define MACHEMU_TRACE_RECEIVE	1
#define MACHEMU_TRACE_WORDS	16	/* the integers after the type */

struct machemu_trace_record {
	mach_msg_header_t head;
	mach_msg_type_t type;	/* MACH_MSG_TYPE_INTEGER_32 x MACHEMU_TRACE_WORDS */
	uint32_t task;		/* the traced task's id (low 32 bits) */
	uint32_t direction;	/* MACHEMU_TRACE_SEND or _RECEIVE */
	int32_t code;		/* the send's mach_msg_return_t; for a
				 * receive, the copyout's */
	uint32_t dropped;	/* records dropped before this one (the
				 * tracer's queue was full) */
	/* The message's header as the traced task saw it. */
	uint32_t bits, size, remote, local, id;
	/* The rights its body carried: send, send-once, receive. */
	uint32_t rights[3];
	/* Its first bytes after the header (a MIG reply: the RetCode's
	 * type, then the RetCode). */
	uint32_t body[4];
};

#endif
