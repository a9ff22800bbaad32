/*
 * ipc_notify: kernel-generated notifications.  They are sent at once, as
 * GNU Mach sends them: machd is single-threaded, and delivering a message
 * only adds names to the receiver's space.
 */
#include "ipc_notify.h"

#include <string.h>
#include <mach/notify.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"

/* A notification with one item: a header and TYPE/VALUE (40 bytes). */
struct notify_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	uint32_t value;
};

/* Send MSG (SIZE bytes) through the send-once right NOTIFY; RIGHT, if
 * not NULL, is a receive right the body carries. */
static void
notify_send(struct ipc_port *notify, const void *msg, mach_msg_size_t size,
    struct ipc_port *right)
{
	struct ipc_kmsg *kmsg = ipc_kmsg_alloc_simple(msg, size, notify,
	    MACH_MSG_TYPE_PORT_SEND_ONCE, right);
	if (kmsg == NULL) {
		/* Out of memory: the rights are dropped, as Mach would. */
		notify->ip_sorights--;
		ipc_port_release(notify);
		if (right != NULL) {
			ipc_port_receive_release(right);
			ipc_port_release(right);
		}
		return;
	}
	(void)ipc_mqueue_send(kmsg);
}

static void
notify_one(struct ipc_port *notify, mach_msg_id_t id, unsigned type_name,
    uint32_t value, struct ipc_port *right)
{
	struct notify_msg m;
	memset(&m, 0, sizeof m);
	m.head.msgh_size = sizeof m;
	m.head.msgh_id = id;
	m.type.msgt_name = type_name;
	m.type.msgt_size = 32;
	m.type.msgt_number = 1;
	m.type.msgt_inline = 1;
	m.value = value;
	notify_send(notify, &m, sizeof m, right);
}

void
ipc_notify_send_once(struct ipc_port *port)
{
	mach_msg_header_t h = {
		.msgh_size = sizeof h,
		.msgh_id = MACH_NOTIFY_SEND_ONCE,
	};
	notify_send(port, &h, sizeof h, NULL);
}

void
ipc_notify_no_senders(struct ipc_port *notify, mach_port_mscount_t mscount)
{
	notify_one(notify, MACH_NOTIFY_NO_SENDERS, MACH_MSG_TYPE_INTEGER_32,
	    mscount, NULL);
}

void
ipc_notify_dead_name(struct ipc_port *notify, mach_port_name_t name)
{
	notify_one(notify, MACH_NOTIFY_DEAD_NAME, MACH_MSG_TYPE_PORT_NAME,
	    name, NULL);
}

void
ipc_notify_port_deleted(struct ipc_port *notify, mach_port_name_t name)
{
	notify_one(notify, MACH_NOTIFY_PORT_DELETED, MACH_MSG_TYPE_PORT_NAME,
	    name, NULL);
}

void
ipc_notify_port_destroyed(struct ipc_port *notify, struct ipc_port *port)
{
	notify_one(notify, MACH_NOTIFY_PORT_DESTROYED,
	    MACH_MSG_TYPE_PORT_RECEIVE, 0, port);
}
