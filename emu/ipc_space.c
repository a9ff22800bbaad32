/*
 * ipc_space: port name spaces.  Entries live in a hash table keyed by
 * name; a second table maps each port to the entry holding its send or
 * receive right, so that a right received twice lands under one name.
 * Fresh names come from a counter of indexes; freed names wait in a ring
 * and come back with their generation bumped once the ring is full.
 */
#include "ipc_space.h"

#include <stdlib.h>

#include "ipc_port.h"
#include "ipc_right.h"

#define NAME_INDEX(n)	((n) >> 8)
#define NAME_GEN(n)	((n) & 0xff)
#define NAME_MAKE(i, g)	(((i) << 8) | ((g) & 0xff))
#define NAME_INDEX_MAX	0x000fffffu	/* a million names a space: beyond,
					   KERN_NO_SPACE, not machd's memory */

struct ipc_space *ipc_space_kernel;

/*
 * Create an empty space for TASK (NULL for the kernel).  Returns NULL when
 * out of memory.
 */
struct ipc_space *
ipc_space_create(struct task *task)
{
	struct ipc_space *space = calloc(1, sizeof *space);
	if (space == NULL)
		return NULL;
	ptr_map_init(&space->is_entries);
	ptr_map_init(&space->is_reverse);
	space->is_next_index = 1;
	space->is_task = task;
	space->is_active = true;
	return space;
}

/*
 * Release every right SPACE holds, as mach_port_destroy would on each
 * name, and make the space inactive.  Receive rights are destroyed first
 * so that the send rights to them held here die with them.
 */
void
ipc_space_terminate(struct ipc_space *space)
{
	if (!space->is_active)
		return;
	space->is_active = false;
	/* Destroying a name only removes that entry, so the walk is safe. */
	size_t cursor = 0;
	uint64_t name;
	void *entry;
	while (ptr_map_next(&space->is_entries, &cursor, &name, &entry))
		(void)ipc_right_destroy(space, (mach_port_name_t)name);
}

void
ipc_space_free(struct ipc_space *space)
{
	ptr_map_destroy(&space->is_entries);
	ptr_map_destroy(&space->is_reverse);
	free(space);
}

struct ipc_entry *
ipc_entry_lookup(struct ipc_space *space, mach_port_name_t name)
{
	if (!MACH_PORT_VALID(name))
		return NULL;
	return ptr_map_get(&space->is_entries, name);
}

static kern_return_t
entry_insert(struct ipc_space *space, mach_port_name_t name,
    struct ipc_entry **entryp)
{
	struct ipc_entry *e = calloc(1, sizeof *e);
	if (e == NULL)
		return KERN_RESOURCE_SHORTAGE;
	e->ie_name = name;
	if (!ptr_map_put(&space->is_entries, name, e)) {
		free(e);
		return KERN_RESOURCE_SHORTAGE;
	}
	*entryp = e;
	return KERN_SUCCESS;
}

/* Pick a fresh name: a recycled one once enough have waited, else a new
 * index.  Skips names a caller took with mach_port_allocate_name. */
static mach_port_name_t
name_pick(struct ipc_space *space)
{
	for (;;) {
		mach_port_name_t name;
		if (space->is_free_count == IPC_NAME_FREE_RING) {
			name = space->is_free[space->is_free_head];
			space->is_free_head = (space->is_free_head + 1) % IPC_NAME_FREE_RING;
			space->is_free_count--;
			uint32_t gen = (NAME_GEN(name) + 1) & 0xff;
			name = NAME_MAKE(NAME_INDEX(name), gen);
		} else if (space->is_next_index <= NAME_INDEX_MAX) {
			name = NAME_MAKE(space->is_next_index, 3);
			space->is_next_index++;
		} else {
			return MACH_PORT_NULL;
		}
		if (MACH_PORT_VALID(name) &&
		    ptr_map_get(&space->is_entries, name) == NULL)
			return name;
	}
}

kern_return_t
ipc_entry_alloc(struct ipc_space *space, struct ipc_entry **entryp)
{
	if (!space->is_active)
		return KERN_INVALID_TASK;
	mach_port_name_t name = name_pick(space);
	if (name == MACH_PORT_NULL)
		return KERN_NO_SPACE;
	return entry_insert(space, name, entryp);
}

kern_return_t
ipc_entry_alloc_name(struct ipc_space *space, mach_port_name_t name,
    struct ipc_entry **entryp)
{
	if (!space->is_active)
		return KERN_INVALID_TASK;
	if (!MACH_PORT_VALID(name))
		return KERN_INVALID_VALUE;
	if (ptr_map_get(&space->is_entries, name) != NULL)
		return KERN_NAME_EXISTS;
	return entry_insert(space, name, entryp);
}

void
ipc_entry_dealloc(struct ipc_space *space, struct ipc_entry *entry)
{
	ptr_map_remove(&space->is_entries, entry->ie_name);
	if (space->is_free_count < IPC_NAME_FREE_RING) {
		unsigned tail = (space->is_free_head + space->is_free_count) %
		    IPC_NAME_FREE_RING;
		space->is_free[tail] = entry->ie_name;
		space->is_free_count++;
	}
	free(entry);
}

kern_return_t
ipc_entry_rename(struct ipc_space *space, struct ipc_entry *entry,
    mach_port_name_t new_name)
{
	if (ptr_map_get(&space->is_entries, new_name) != NULL)
		return KERN_NAME_EXISTS;
	if (!ptr_map_put(&space->is_entries, new_name, entry))
		return KERN_RESOURCE_SHORTAGE;
	ptr_map_remove(&space->is_entries, entry->ie_name);
	entry->ie_name = new_name;
	return KERN_SUCCESS;
}

struct ipc_entry *
ipc_space_reverse_lookup(struct ipc_space *space, struct ipc_port *port)
{
	return ptr_map_get(&space->is_reverse, (uintptr_t)port);
}

kern_return_t
ipc_space_reverse_set(struct ipc_space *space, struct ipc_port *port,
    struct ipc_entry *entry)
{
	if (!ptr_map_put(&space->is_reverse, (uintptr_t)port, entry))
		return KERN_RESOURCE_SHORTAGE;
	return KERN_SUCCESS;
}

void
ipc_space_reverse_clear(struct ipc_space *space, struct ipc_port *port)
{
	ptr_map_remove(&space->is_reverse, (uintptr_t)port);
}

struct foreach_ctx {
	void (*fn)(struct ipc_entry *, void *);
	void *arg;
};

static void
foreach_entry(uint64_t key, void *value, void *arg)
{
	(void)key;
	struct foreach_ctx *c = arg;
	c->fn(value, c->arg);
}

void
ipc_space_foreach(struct ipc_space *space,
    void (*fn)(struct ipc_entry *entry, void *arg), void *arg)
{
	struct foreach_ctx c = { fn, arg };
	ptr_map_foreach(&space->is_entries, foreach_entry, &c);
}
