/*
 * ptr_map: linear-probing hash table from 64-bit keys to non-NULL
 * pointers, with tombstones for deletion.  Small and allocation-light:
 * IPC spaces hold one or two of them.
 */
#include "ptr_map.h"

#include <stdlib.h>

static char ptr_map_tomb_marker;
#define PTR_MAP_TOMB ((void *)&ptr_map_tomb_marker)

static inline size_t
ptr_map_hash(uint64_t key)
{
	key ^= key >> 33;
	key *= 0xff51afd7ed558ccdULL;
	key ^= key >> 33;
	return (size_t)key;
}

void
ptr_map_init(struct ptr_map *m)
{
	m->pm_slots = NULL;
	m->pm_capacity = 0;
	m->pm_count = 0;
	m->pm_used = 0;
}

void
ptr_map_destroy(struct ptr_map *m)
{
	free(m->pm_slots);
	ptr_map_init(m);
}

static struct ptr_map_slot *
ptr_map_find(const struct ptr_map *m, uint64_t key)
{
	if (m->pm_capacity == 0)
		return NULL;
	size_t mask = m->pm_capacity - 1;
	for (size_t i = ptr_map_hash(key) & mask;; i = (i + 1) & mask) {
		struct ptr_map_slot *s = &m->pm_slots[i];
		if (s->value == NULL)
			return NULL;
		if (s->value != PTR_MAP_TOMB && s->key == key)
			return s;
	}
}

void *
ptr_map_get(const struct ptr_map *m, uint64_t key)
{
	struct ptr_map_slot *s = ptr_map_find(m, key);
	return s ? s->value : NULL;
}

/* Rehash into a table of NCAP slots; drops the tombstones. */
static bool
ptr_map_resize(struct ptr_map *m, size_t ncap)
{
	struct ptr_map_slot *slots = calloc(ncap, sizeof *slots);
	if (slots == NULL)
		return false;
	for (size_t i = 0; i < m->pm_capacity; i++) {
		struct ptr_map_slot *s = &m->pm_slots[i];
		if (s->value == NULL || s->value == PTR_MAP_TOMB)
			continue;
		size_t j = ptr_map_hash(s->key) & (ncap - 1);
		while (slots[j].value != NULL)
			j = (j + 1) & (ncap - 1);
		slots[j] = *s;
	}
	free(m->pm_slots);
	m->pm_slots = slots;
	m->pm_capacity = ncap;
	m->pm_used = m->pm_count;
	return true;
}

bool
ptr_map_put(struct ptr_map *m, uint64_t key, void *value)
{
	struct ptr_map_slot *s = ptr_map_find(m, key);
	if (s != NULL) {
		s->value = value;
		return true;
	}
	if ((m->pm_used + 1) * 4 > m->pm_capacity * 3) {
		size_t ncap = m->pm_capacity ? m->pm_capacity : 16;
		while ((m->pm_count + 1) * 2 > ncap)
			ncap *= 2;
		if (!ptr_map_resize(m, ncap))
			return false;
	}
	size_t mask = m->pm_capacity - 1;
	size_t i = ptr_map_hash(key) & mask;
	while (m->pm_slots[i].value != NULL && m->pm_slots[i].value != PTR_MAP_TOMB)
		i = (i + 1) & mask;
	if (m->pm_slots[i].value == NULL)
		m->pm_used++;
	m->pm_slots[i].key = key;
	m->pm_slots[i].value = value;
	m->pm_count++;
	return true;
}

void *
ptr_map_remove(struct ptr_map *m, uint64_t key)
{
	struct ptr_map_slot *s = ptr_map_find(m, key);
	if (s == NULL)
		return NULL;
	void *v = s->value;
	s->value = PTR_MAP_TOMB;
	m->pm_count--;
	return v;
}

bool
ptr_map_next(const struct ptr_map *m, size_t *cursor, uint64_t *keyp,
    void **valuep)
{
	while (*cursor < m->pm_capacity) {
		struct ptr_map_slot *s = &m->pm_slots[(*cursor)++];
		if (s->value != NULL && s->value != PTR_MAP_TOMB) {
			*keyp = s->key;
			*valuep = s->value;
			return true;
		}
	}
	return false;
}

void
ptr_map_foreach(const struct ptr_map *m,
    void (*fn)(uint64_t key, void *value, void *arg), void *arg)
{
	for (size_t i = 0; i < m->pm_capacity; i++) {
		struct ptr_map_slot *s = &m->pm_slots[i];
		if (s->value != NULL && s->value != PTR_MAP_TOMB)
			fn(s->key, s->value, arg);
	}
}
