/*
 * ipc_right: operations on the rights a name denotes, the layer under the
 * mach_port_* calls and under message copyin and copyout.  Every function
 * here checks the entry first: a send or send-once right whose port died
 * becomes a dead name (ipc_right_check), as in GNU Mach.
 */
#ifndef MACHEMU_IPC_RIGHT_H
#define MACHEMU_IPC_RIGHT_H

#include <stdbool.h>
#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/port.h>

struct ipc_space;
struct ipc_entry;
struct ipc_port;
struct ipc_pset;

/*
 * Turn ENTRY into a dead name if it names a dead port.  Returns true if
 * it did (or the entry already was a dead name).
 */
bool ipc_right_check(struct ipc_space *space, struct ipc_entry *entry);

/*
 * Take a right out of SPACE under NAME with disposition DISP (a
 * MACH_MSG_TYPE_MOVE_* / COPY_* / MAKE_* value).  On success *PORTP is
 * the port, carrying the right and one reference, or IP_DEAD when NAME is
 * a dead name and DISP a send disposition (DEADOK).
 * KERN_INVALID_NAME: no such name; KERN_INVALID_RIGHT: the name lacks the
 * right; KERN_INVALID_VALUE: DISP is not a disposition.
 */
kern_return_t ipc_right_copyin(struct ipc_space *space, mach_port_name_t name,
    mach_msg_type_name_t disp, bool deadok, struct ipc_port **portp);

/*
 * Put a right of TYPE (PORT_SEND, PORT_SEND_ONCE, PORT_RECEIVE) to PORT
 * into SPACE, consuming it.  *NAMEP gets its name: the existing name of
 * the port for send and receive rights, a new one otherwise, and
 * MACH_PORT_DEAD for a send right to a dead port.
 * KERN_NO_SPACE if no name is left (the right is destroyed).
 */
kern_return_t ipc_right_copyout(struct ipc_space *space,
    struct ipc_port *port, mach_msg_type_name_t type,
    mach_port_name_t *namep);

/* Copy out a right under a name the caller chose (NAME must be free or
 * already denote PORT).  KERN_NAME_EXISTS, KERN_RIGHT_EXISTS otherwise. */
kern_return_t ipc_right_copyout_name(struct ipc_space *space,
    struct ipc_port *port, mach_msg_type_name_t type, mach_port_name_t name);

/* Destroy a right of TYPE to PORT that no space holds (a message's). */
void ipc_right_release(struct ipc_port *port, mach_msg_type_name_t type);

/* mach_port_deallocate: drop one user reference of a send, send-once or
 * dead-name right.  KERN_INVALID_NAME, KERN_INVALID_RIGHT. */
kern_return_t ipc_right_dealloc(struct ipc_space *space,
    mach_port_name_t name);

/* mach_port_mod_refs on RIGHT by DELTA.  KERN_INVALID_NAME,
 * KERN_INVALID_RIGHT, KERN_INVALID_VALUE, KERN_UREFS_OVERFLOW. */
kern_return_t ipc_right_delta(struct ipc_space *space, mach_port_name_t name,
    mach_port_right_t right, mach_port_delta_t delta);

/* mach_port_destroy: destroy every right NAME denotes. */
kern_return_t ipc_right_destroy(struct ipc_space *space,
    mach_port_name_t name);

/* The rights NAME denotes and their user references, for mach_port_type
 * and mach_port_get_refs.  KERN_INVALID_NAME. */
kern_return_t ipc_right_info(struct ipc_space *space, mach_port_name_t name,
    mach_port_type_t *typep, mach_port_urefs_t *urefsp);

/* PORT died: every name with a dead-name request for it becomes a dead
 * name now and its notification goes out. */
void ipc_right_dead_port(struct ipc_port *port);

/* If SPACE names PORT through a send right, check that entry (see
 * ipc_right_check); true if it is a dead name now. */
bool ipc_right_check_name(struct ipc_space *space, struct ipc_port *port);

/*
 * mach_port_request_notification: register NOTIFY (a send-once right the
 * caller gives, or NULL to cancel) for VARIANT on NAME; *PREVIOUSP gets
 * the send-once right it replaces (or NULL).  Codes: KERN_INVALID_NAME,
 * KERN_INVALID_RIGHT, KERN_INVALID_VALUE (bad variant, or a SYNC that
 * must be zero), KERN_INVALID_ARGUMENT (a dead name without SYNC),
 * KERN_UREFS_OVERFLOW.  On error NOTIFY is still the caller's.
 */
kern_return_t ipc_right_request_notification(struct ipc_space *space,
    mach_port_name_t name, mach_msg_id_t variant, mach_port_mscount_t sync,
    struct ipc_port *notify, struct ipc_port **previousp);

/* mach_port_rename.  KERN_INVALID_NAME, KERN_NAME_EXISTS,
 * KERN_INVALID_VALUE. */
kern_return_t ipc_right_rename(struct ipc_space *space,
    mach_port_name_t old_name, mach_port_name_t new_name);

/* A new port set in SPACE, under NAME if NAMED. */
kern_return_t ipc_right_pset_alloc(struct ipc_space *space, bool named,
    mach_port_name_t name, mach_port_name_t *namep);

/* The port whose receive right NAME denotes, or the port set.
 * KERN_INVALID_NAME, KERN_INVALID_RIGHT. */
kern_return_t ipc_right_lookup_receive(struct ipc_space *space,
    mach_port_name_t name, struct ipc_port **portp);
kern_return_t ipc_right_lookup_pset(struct ipc_space *space,
    mach_port_name_t name, struct ipc_pset **psetp);

#endif
