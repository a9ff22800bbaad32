/*
 * ipc_notify: the notification messages the kernel sends (notify.defs,
 * subsystem 64).  Each function consumes the send-once right it sends to.
 */
#ifndef MACHEMU_IPC_NOTIFY_H
#define MACHEMU_IPC_NOTIFY_H

struct ipc_port;

/* MACH_NOTIFY_SEND_ONCE (71) to PORT through its own send-once right. */
void ipc_notify_send_once(struct ipc_port *port);

#endif
