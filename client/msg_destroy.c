/*
 * msg_destroy: mach_msg_destroy, which releases everything a received
 * message holds, for a server that will not (or cannot) use it: the
 * reply right in the header and, in a complex message, every port right
 * and every out-of-line region of the body.  Rights are released the way
 * the task received them (PORT_SEND and PORT_SEND_ONCE with
 * mach_port_deallocate, PORT_RECEIVE by dropping the receive right);
 * out-of-line regions, which a receive always maps fresh into the
 * receiver, are vm_deallocated whatever their deallocate bit says.
 *
 * The destination in msgh_local_port is left alone even though the
 * LOCAL bits name a right type: a receive consumes the destination right
 * the message carried, so that field is only the receiver's name for its
 * receive right (releasing by the bits would drop a send right that the
 * task holds under the same name).  This follows CMU's and glibc's
 * mach_msg_destroy.
 *
 * The body is read with the message walker of emu/mach_msg_format.h, the
 * one module that knows the typed-message layout; the walk stops at the
 * first malformed item, leaving the rest of the message alone.
 */
#include <string.h>

#include <mach.h>

#include "mach_msg_format.h"

/* Release one right NAME of received type TYPE; others hold nothing. */
static void
msg_destroy_right(mach_port_t name, mach_msg_type_name_t type)
{
	if (!MACH_PORT_VALID(name))
		return;
	switch (type) {
	case MACH_MSG_TYPE_PORT_SEND:
	case MACH_MSG_TYPE_PORT_SEND_ONCE:
		(void) mach_port_deallocate(mach_task_self(), name);
		break;
	case MACH_MSG_TYPE_PORT_RECEIVE:
		(void) mach_port_mod_refs(mach_task_self(), name,
		    MACH_PORT_RIGHT_RECEIVE, -1);
		break;
	default:
		break;
	}
}

/* Release the rights and out-of-line memory of one body item. */
static void
msg_destroy_item(const mach_msg_header_t *msg, const struct msg_item *item)
{
	vm_address_t addr;
	mach_port_t name;
	size_t i;

	if (item->is_inline) {
		if (item->kind != MSG_ITEM_PORT_RIGHT)
			return;
		for (i = 0; i < item->number; i++) {
			name = msg_get32(msg,
			    item->data_offset + i * MSG_PORT_NAME_SIZE);
			msg_destroy_right(name, item->name);
		}
		return;
	}

	addr = (vm_address_t) msg_get64(msg, item->data_offset);
	if (addr == 0 || item->data_size == 0)
		return;
	if (item->kind == MSG_ITEM_PORT_RIGHT) {
		for (i = 0; i < item->number; i++) {
			uint32_t v;

			memcpy(&v, (const char *) addr + i * MSG_PORT_NAME_SIZE,
			    sizeof v);
			msg_destroy_right(v, item->name);
		}
	}
	(void) vm_deallocate(mach_task_self(), addr, item->data_size);
}

/*
 * Release what the received message MSG holds: the right in
 * msgh_remote_port as its REMOTE bits say, then, if the message is
 * complex, each port right in the body (inline or in out-of-line arrays)
 * and each out-of-line region.  msgh_size must be the size the receive
 * stored.  Errors of the individual releases are ignored.
 */
void
mach_msg_destroy(mach_msg_header_t *msg)
{
	mach_msg_bits_t bits = msg->msgh_bits;
	struct msg_walker w;
	struct msg_item item;
	bool done;

	msg_destroy_right(msg->msgh_remote_port, MACH_MSGH_BITS_REMOTE(bits));

	if (!(bits & MACH_MSGH_BITS_COMPLEX) ||
	    msg->msgh_size < MSG_HEADER_SIZE)
		return;
	msg_walker_init(&w, msg, msg->msgh_size);
	for (;;) {
		if (msg_walker_next(&w, &item, &done) != MACH_MSG_SUCCESS ||
		    done)
			break;
		msg_destroy_item(msg, &item);
	}
}

extern __typeof(mach_msg_destroy) __mach_msg_destroy
    __attribute__((alias("mach_msg_destroy")));
