/*
 * ipc_entry: one name in a task's port name space.  An entry denotes a
 * port (receive, send and dead-name rights share the entry of their port;
 * each send-once right has an entry of its own) or a port set.
 *
 * States, by ie_bits:
 *   MACH_PORT_TYPE_RECEIVE [| SEND]   the space holds the receive right
 *   MACH_PORT_TYPE_SEND               send right; ie_urefs >= 1
 *   MACH_PORT_TYPE_SEND_ONCE          one send-once right; ie_urefs == 1
 *   MACH_PORT_TYPE_DEAD_NAME          the port died; ie_urefs >= 1,
 *                                     ie_object NULL
 *   MACH_PORT_TYPE_PORT_SET           ie_object is a struct ipc_pset
 * An entry holds one reference on its object.
 */
#ifndef MACHEMU_IPC_ENTRY_H
#define MACHEMU_IPC_ENTRY_H

#include <mach/port.h>

struct ipc_dnrequest;

struct ipc_entry {
	mach_port_name_t ie_name;
	mach_port_type_t ie_bits;
	mach_port_urefs_t ie_urefs;
	void *ie_object;		/* struct ipc_port or struct ipc_pset */
	struct ipc_dnrequest *ie_request;	/* dead-name request, or NULL */
};

/* The largest number of user references a name may carry. */
#define IPC_ENTRY_UREFS_MAX	((mach_port_urefs_t)0xffff)

#endif
