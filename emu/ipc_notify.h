/*
 * ipc_notify: the notification messages the kernel sends (notify.defs,
 * subsystem 64), laid out as <mach/notify.h> describes them so that a
 * MIG-generated notify_server decodes them.  Each function consumes the
 * send-once right NOTIFY it sends through.
 */
#ifndef MACHEMU_IPC_NOTIFY_H
#define MACHEMU_IPC_NOTIFY_H

#include <mach/port.h>

struct ipc_port;

/* MACH_NOTIFY_SEND_ONCE (71) to PORT through its own send-once right. */
void ipc_notify_send_once(struct ipc_port *port);

/* MACH_NOTIFY_NO_SENDERS (70) with the make-send count. */
void ipc_notify_no_senders(struct ipc_port *notify, mach_port_mscount_t mscount);

/* MACH_NOTIFY_DEAD_NAME (72) naming the dead name. */
void ipc_notify_dead_name(struct ipc_port *notify, mach_port_name_t name);

/* MACH_NOTIFY_PORT_DELETED (65) naming the freed name. */
void ipc_notify_port_deleted(struct ipc_port *notify, mach_port_name_t name);

/* MACH_NOTIFY_PORT_DESTROYED (69) carrying the receive right of PORT. */
void ipc_notify_port_destroyed(struct ipc_port *notify, struct ipc_port *port);

#endif
