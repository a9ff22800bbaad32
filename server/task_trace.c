/*
 * task_trace: a record for each message a traced task sends or
 * receives, sent to its tracer as a kernel message.  A tracer that falls
 * behind loses records rather than let its queue grow without bound: a
 * record says how many were dropped before it.
 */
#include "task_trace.h"

#include <string.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "mach/machemu_trace.h"
#include "mach_msg_format.h"
#include "task.h"

/* Records queued for a tracer before further ones are dropped. */
#define TRACE_QUEUE_MAX	4096

void
task_trace_set(struct task *task, struct ipc_port *tracer)
{
	if (IP_VALID(task->task_tracer))
		ipc_port_release_send(task->task_tracer);
	task->task_tracer = tracer;
	task->task_trace_dropped = 0;
}

void
task_trace_rights(const struct ipc_kmsg *kmsg, uint32_t rights[3])
{
	rights[0] = rights[1] = rights[2] = 0;
	for (size_t i = 0; i < kmsg->ikm_nrights; i++)
		switch (kmsg->ikm_rights[i].type) {
		case MACH_MSG_TYPE_PORT_SEND:
			rights[0]++;
			break;
		case MACH_MSG_TYPE_PORT_SEND_ONCE:
			rights[1]++;
			break;
		case MACH_MSG_TYPE_PORT_RECEIVE:
			rights[2]++;
			break;
		}
}

void
task_trace_message(struct task *task, bool received, const void *msg,
    mach_msg_size_t size, const uint32_t rights[3], mach_msg_return_t code)
{
	struct ipc_port *tracer = task->task_tracer;
	if (tracer == NULL || !task->task_active)
		return;
	if (!tracer->ip_active) {
		task_trace_set(task, NULL);	/* the tracer went away */
		return;
	}
	if (tracer->ip_messages.imq_count >= TRACE_QUEUE_MAX) {
		task->task_trace_dropped++;
		return;
	}
	struct machemu_trace_record r;
	memset(&r, 0, sizeof r);
	r.head.msgh_size = sizeof r;
	r.head.msgh_id = MACHEMU_TRACE_ID;
	r.type.msgt_name = MACH_MSG_TYPE_INTEGER_32;
	r.type.msgt_size = 32;
	r.type.msgt_number = MACHEMU_TRACE_WORDS;
	r.type.msgt_inline = 1;
	r.task = (uint32_t)task->task_id;
	r.direction = received ? MACHEMU_TRACE_RECEIVE : MACHEMU_TRACE_SEND;
	r.code = code;
	r.dropped = task->task_trace_dropped;
	if (size >= MSG_HEADER_SIZE) {
		r.bits = msg_get32(msg, MSG_OFF_BITS);
		r.size = msg_get32(msg, MSG_OFF_SIZE);
		r.remote = msg_get32(msg, MSG_OFF_REMOTE_PORT);
		r.local = msg_get32(msg, MSG_OFF_LOCAL_PORT);
		r.id = msg_get32(msg, MSG_OFF_ID);
		size_t body = size - MSG_HEADER_SIZE;
		memcpy(r.body, (const uint8_t *)msg + MSG_HEADER_SIZE,
		    body < sizeof r.body ? body : sizeof r.body);
	}
	if (rights != NULL)
		memcpy(r.rights, rights, sizeof r.rights);
	ipc_port_copy_send(tracer);
	struct ipc_kmsg *kmsg = ipc_kmsg_alloc_simple(&r, sizeof r, tracer,
	    MACH_MSG_TYPE_PORT_SEND, NULL);
	if (kmsg == NULL) {
		ipc_port_release_send(tracer);
		task->task_trace_dropped++;
		return;
	}
	task->task_trace_dropped = 0;
	(void)ipc_mqueue_send(kmsg);
}
