/*
 * ipc_notify: kernel-generated notifications, built as the messages that
 * notify.defs describes so that a MIG-generated notify_server decodes
 * them.
 */
#include "ipc_notify.h"

#include <mach/notify.h>

#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"

void
ipc_notify_send_once(struct ipc_port *port)
{
	mach_msg_header_t h = {
		.msgh_size = sizeof h,
		.msgh_id = MACH_NOTIFY_SEND_ONCE,
	};
	struct ipc_kmsg *kmsg = ipc_kmsg_alloc_simple(&h, sizeof h, port,
	    MACH_MSG_TYPE_PORT_SEND_ONCE);
	if (kmsg == NULL) {
		/* Out of memory: drop the right silently, as Mach would. */
		port->ip_sorights--;
		ipc_port_release(port);
		return;
	}
	(void)ipc_mqueue_send(kmsg);
}
