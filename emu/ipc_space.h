/*
 * ipc_space: a task's port name space, the map from names to entries.
 * Names are (index << 8 | generation): a freed name comes back only with
 * the next generation, and only after many other names were handed out,
 * so a stale name does not silently denote a new right.  The kernel has a
 * space of its own, ipc_space_kernel, holding the receive rights of
 * kernel objects and the rights of requests it is serving.
 */
#ifndef MACHEMU_IPC_SPACE_H
#define MACHEMU_IPC_SPACE_H

#include <stdbool.h>
#include <stdint.h>
#include <mach/kern_return.h>
#include <mach/port.h>

#include "ipc_entry.h"
#include "ptr_map.h"

struct task;
struct ipc_port;

#define IPC_NAME_FREE_RING	256	/* freed names waiting for reuse */

struct ipc_space {
	struct ptr_map is_entries;	/* name -> struct ipc_entry */
	struct ptr_map is_reverse;	/* struct ipc_port * -> entry (send/receive) */
	uint32_t is_next_index;
	mach_port_name_t is_free[IPC_NAME_FREE_RING];
	unsigned is_free_head, is_free_count;
	struct task *is_task;		/* NULL for the kernel's space */
	bool is_active;
};

extern struct ipc_space *ipc_space_kernel;

struct ipc_space *ipc_space_create(struct task *task);

/* Release every right SPACE holds and make it inactive (task death). */
void ipc_space_terminate(struct ipc_space *space);
void ipc_space_free(struct ipc_space *space);

/* The entry NAME denotes, or NULL. */
struct ipc_entry *ipc_entry_lookup(struct ipc_space *space,
    mach_port_name_t name);

/* A new empty entry under a fresh name.  KERN_NO_SPACE when out of names. */
kern_return_t ipc_entry_alloc(struct ipc_space *space,
    struct ipc_entry **entryp);

/* A new empty entry under NAME.  KERN_NAME_EXISTS if it is in use. */
kern_return_t ipc_entry_alloc_name(struct ipc_space *space,
    mach_port_name_t name, struct ipc_entry **entryp);

/* Forget ENTRY (its bits must already be clear). */
void ipc_entry_dealloc(struct ipc_space *space, struct ipc_entry *entry);

/* Move ENTRY to the free name NEW_NAME.  KERN_NAME_EXISTS if it is taken,
 * KERN_RESOURCE_SHORTAGE when out of memory. */
kern_return_t ipc_entry_rename(struct ipc_space *space,
    struct ipc_entry *entry, mach_port_name_t new_name);

/* The entry through which SPACE holds send or receive rights to PORT. */
struct ipc_entry *ipc_space_reverse_lookup(struct ipc_space *space,
    struct ipc_port *port);
kern_return_t ipc_space_reverse_set(struct ipc_space *space, struct ipc_port *port,
    struct ipc_entry *entry);
void ipc_space_reverse_clear(struct ipc_space *space, struct ipc_port *port);

/* Call FN on every entry of SPACE (FN must not add or remove entries). */
void ipc_space_foreach(struct ipc_space *space,
    void (*fn)(struct ipc_entry *entry, void *arg), void *arg);

#endif
