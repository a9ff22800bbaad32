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
 * machemu_msg_release does the work for mach_msg_destroy and, for the
 * replies mach_msg_server could not send, releases only what sending
 * would have given away.
 *
 * The body is read with the message walker of emu/mach_msg_format.h, the
 * one module that knows the typed-message layout; the walk stops at the
 * first malformed item, leaving the rest of the message alone.
 */
#include <string.h>

#include <mach.h>

#include "mach_msg_format.h"
#include "machemu_client.h"

/*
 * Release one right NAME of type TYPE.  Received types and the MOVE
 * dispositions of an unsent message share their values (PORT_SEND is
 * MOVE_SEND, ...); COPY and MAKE dispositions give nothing away.
 */
static void
release_right(mach_port_t name, mach_msg_type_name_t type)
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

/* Release the rights and out-of-line memory of one body item; UNSENT:
 * only regions marked deallocate. */
static void
release_item(const mach_msg_header_t *msg, const struct msg_item *item,
    bool unsent)
{
	vm_address_t addr;
	size_t i;

	if (item->is_inline) {
		if (item->kind != MSG_ITEM_PORT_RIGHT)
			return;
		for (i = 0; i < item->number; i++)
			release_right(msg_get32(msg, item->data_offset +
			    i * MSG_PORT_NAME_SIZE), item->name);
		return;
	}

	addr = (vm_address_t) msg_get64(msg, item->data_offset);
	if (addr == 0 || item->data_size == 0)
		return;
	if (item->kind == MSG_ITEM_PORT_RIGHT) {
		for (i = 0; i < item->number; i++)
			release_right(msg_get32((const void *) addr,
			    i * MSG_PORT_NAME_SIZE), item->name);
	}
	if (!unsent || item->deallocate)
		(void) vm_deallocate(mach_task_self(), addr, item->data_size);
}

void
machemu_msg_release(mach_msg_header_t *msg, bool unsent)
{
	mach_msg_bits_t bits = msg->msgh_bits;
	struct msg_walker w;
	struct msg_item item;
	bool done;

	release_right(msg->msgh_remote_port, MACH_MSGH_BITS_REMOTE(bits));
	if (unsent)
		release_right(msg->msgh_local_port, MACH_MSGH_BITS_LOCAL(bits));
	if (!(bits & MACH_MSGH_BITS_COMPLEX) ||
	    msg->msgh_size < MSG_HEADER_SIZE)
		return;
	msg_walker_init(&w, msg, msg->msgh_size);
	while (msg_walker_next(&w, &item, &done) == MACH_MSG_SUCCESS && !done)
		release_item(msg, &item, unsent);
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
	machemu_msg_release(msg, false);
}

MACHEMU_GLIBC_ALIAS(mach_msg_destroy);
