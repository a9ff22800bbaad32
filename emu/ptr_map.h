/*
 * ptr_map: an open-addressing hash table from 64-bit keys to pointers.
 * IPC spaces use it to find entries by port name and names by port; it
 * grows by doubling and never shrinks below its first size.  A NULL value
 * cannot be stored (it means "absent").
 */
#ifndef MACHEMU_PTR_MAP_H
#define MACHEMU_PTR_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ptr_map_slot {
	uint64_t key;
	void *value;		/* NULL: empty; PTR_MAP_TOMB: deleted */
};

struct ptr_map {
	struct ptr_map_slot *pm_slots;
	size_t pm_capacity;	/* a power of two, or 0 before the first put */
	size_t pm_count;	/* live keys */
	size_t pm_used;		/* live keys plus tombstones */
};

void ptr_map_init(struct ptr_map *m);
void ptr_map_destroy(struct ptr_map *m);

/* The value stored under KEY, or NULL. */
void *ptr_map_get(const struct ptr_map *m, uint64_t key);

/* Store VALUE (not NULL) under KEY.  Returns false when out of memory. */
bool ptr_map_put(struct ptr_map *m, uint64_t key, void *value);

/* Remove KEY; returns its value or NULL. */
void *ptr_map_remove(struct ptr_map *m, uint64_t key);

/*
 * Iterate: start with *CURSOR = 0; each call stores the next key and value
 * and returns true, or returns false at the end.  Removing the entry just
 * returned is allowed; adding entries during the walk is not.
 */
bool ptr_map_next(const struct ptr_map *m, size_t *cursor, uint64_t *keyp,
    void **valuep);

/* Call FN on every key and value; FN must not change the map. */
void ptr_map_foreach(const struct ptr_map *m,
    void (*fn)(uint64_t key, void *value, void *arg), void *arg);

#endif
