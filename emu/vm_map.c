/*
 * vm_map: address spaces as sorted lists of regions.  Tasks hold few
 * regions, so a list is simple and fast enough; lookups walk it.
 */
#include "vm_map.h"

#include <stdlib.h>

#include "vm_object.h"

struct vm_map *
vm_map_create(uint64_t min, uint64_t max)
{
	struct vm_map *map = calloc(1, sizeof *map);
	if (map == NULL)
		return NULL;
	TAILQ_INIT(&map->vm_entries);
	TAILQ_INIT(&map->vm_ops);
	map->vm_min = min;
	map->vm_max = max;
	return map;
}

void
vm_map_op_free(struct vm_map_op *op)
{
	if (op->vmo_object != NULL)
		vm_object_release(op->vmo_object);
	free(op);
}

void
vm_map_destroy(struct vm_map *map)
{
	(void)vm_map_remove(map, map->vm_min, map->vm_max);
	struct vm_map_op *op;
	while ((op = TAILQ_FIRST(&map->vm_ops)) != NULL) {
		TAILQ_REMOVE(&map->vm_ops, op, vmo_link);
		vm_map_op_free(op);
	}
	free(map);
}

/* Record an operation for attached processes.  Running out of memory here
 * would leave a process with a stale view, so it is reported. */
static kern_return_t
map_op_record(struct vm_map *map, enum vm_map_op_kind kind, uint64_t addr,
    uint64_t size, vm_prot_t prot, struct vm_object *obj, uint64_t offset)
{
	if (!map->vm_track_ops)
		return KERN_SUCCESS;
	struct vm_map_op *op = calloc(1, sizeof *op);
	if (op == NULL)
		return KERN_RESOURCE_SHORTAGE;
	op->vmo_kind = kind;
	op->vmo_addr = addr;
	op->vmo_size = size;
	op->vmo_prot = prot;
	op->vmo_object = obj;
	if (obj != NULL)
		vm_object_reference(obj);
	op->vmo_offset = offset;
	TAILQ_INSERT_TAIL(&map->vm_ops, op, vmo_link);
	return KERN_SUCCESS;
}

void
vm_map_take_ops(struct vm_map *map, struct vm_map_op_list *out)
{
	TAILQ_INIT(out);
	TAILQ_CONCAT(out, &map->vm_ops, vmo_link);
}

struct vm_map_entry *
vm_map_lookup(struct vm_map *map, uint64_t addr)
{
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (addr < e->vme_start)
			return NULL;
		if (addr < e->vme_end)
			return e;
	}
	return NULL;
}

/* Find room for SIZE bytes: first fit from the bottom of the window. */
static kern_return_t
map_find_space(struct vm_map *map, uint64_t size, uint64_t *addrp,
    struct vm_map_entry **afterp)
{
	uint64_t start = map->vm_min;
	struct vm_map_entry *prev = NULL, *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (e->vme_start >= start && e->vme_start - start >= size)
			break;
		start = e->vme_end;
		prev = e;
	}
	if (start > map->vm_max || map->vm_max - start < size)
		return KERN_NO_SPACE;
	*addrp = start;
	*afterp = prev;
	return KERN_SUCCESS;
}

/* The entry after which [START, START+SIZE) would go, if that range is
 * free; KERN_NO_SPACE if any region overlaps it. */
static kern_return_t
map_check_free(struct vm_map *map, uint64_t start, uint64_t size,
    struct vm_map_entry **afterp)
{
	struct vm_map_entry *prev = NULL, *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (e->vme_start >= start + size)
			break;
		if (e->vme_end > start)
			return KERN_NO_SPACE;
		prev = e;
	}
	*afterp = prev;
	return KERN_SUCCESS;
}

kern_return_t
vm_map_enter(struct vm_map *map, uint64_t *addrp, uint64_t size,
    bool anywhere, struct vm_object *object, uint64_t offset, vm_prot_t cur,
    vm_prot_t max, vm_inherit_t inheritance)
{
	struct vm_map_entry *after;
	kern_return_t kr;
	if (size == 0)
		return KERN_INVALID_ARGUMENT;
	if (anywhere) {
		kr = map_find_space(map, size, addrp, &after);
	} else {
		if (*addrp < map->vm_min || *addrp > map->vm_max ||
		    map->vm_max - *addrp < size)
			return KERN_INVALID_ADDRESS;
		kr = map_check_free(map, *addrp, size, &after);
	}
	if (kr != KERN_SUCCESS)
		return kr;
	struct vm_map_entry *e = calloc(1, sizeof *e);
	if (e == NULL)
		return KERN_RESOURCE_SHORTAGE;
	e->vme_start = *addrp;
	e->vme_end = *addrp + size;
	e->vme_object = object;
	vm_object_reference(object);
	object->vo_mappings++;
	e->vme_offset = offset;
	e->vme_protection = cur;
	e->vme_max_protection = max;
	e->vme_inheritance = inheritance;
	kr = map_op_record(map, VM_MAP_OP_MAP, e->vme_start, size, cur, object,
	    offset);
	if (kr != KERN_SUCCESS) {
		object->vo_mappings--;
		vm_object_release(object);
		free(e);
		return kr;
	}
	if (after == NULL)
		TAILQ_INSERT_HEAD(&map->vm_entries, e, vme_link);
	else
		TAILQ_INSERT_AFTER(&map->vm_entries, after, e, vme_link);
	map->vm_size += size;
	return KERN_SUCCESS;
}

kern_return_t
vm_map_allocate(struct vm_map *map, uint64_t *addrp, uint64_t size,
    bool anywhere)
{
	struct vm_object *obj;
	kern_return_t kr = vm_object_create(size, &obj);
	if (kr != KERN_SUCCESS)
		return kr;
	kr = vm_map_enter(map, addrp, size, anywhere, obj, 0, VM_PROT_DEFAULT,
	    VM_PROT_ALL, VM_INHERIT_DEFAULT);
	vm_object_release(obj);
	return kr;
}

/* Split E so that a region starts at ADDR (inside E). */
static kern_return_t
entry_split(struct vm_map_entry *e, uint64_t addr, struct vm_map *map)
{
	struct vm_map_entry *n = malloc(sizeof *n);
	if (n == NULL)
		return KERN_RESOURCE_SHORTAGE;
	*n = *e;
	n->vme_start = addr;
	n->vme_offset = e->vme_offset + (addr - e->vme_start);
	vm_object_reference(n->vme_object);
	n->vme_object->vo_mappings++;
	e->vme_end = addr;
	TAILQ_INSERT_AFTER(&map->vm_entries, e, n, vme_link);
	return KERN_SUCCESS;
}

kern_return_t
vm_map_remove(struct vm_map *map, uint64_t start, uint64_t end)
{
	struct vm_map_entry *e, *next;
	kern_return_t kr;
	for (e = TAILQ_FIRST(&map->vm_entries); e != NULL; e = next) {
		if (e->vme_start >= end)
			break;
		if (e->vme_end <= start) {
			next = TAILQ_NEXT(e, vme_link);
			continue;
		}
		if (e->vme_start < start) {
			if ((kr = entry_split(e, start, map)) != KERN_SUCCESS)
				return kr;
			next = TAILQ_NEXT(e, vme_link);
			continue;
		}
		if (e->vme_end > end &&
		    (kr = entry_split(e, end, map)) != KERN_SUCCESS)
			return kr;
		next = TAILQ_NEXT(e, vme_link);
		kr = map_op_record(map, VM_MAP_OP_UNMAP, e->vme_start,
		    e->vme_end - e->vme_start, 0, NULL, 0);
		if (kr != KERN_SUCCESS)
			return kr;
		TAILQ_REMOVE(&map->vm_entries, e, vme_link);
		map->vm_size -= e->vme_end - e->vme_start;
		e->vme_object->vo_mappings--;
		vm_object_release(e->vme_object);
		free(e);
	}
	return KERN_SUCCESS;
}

/* Split the regions at START and END so that [START, END) is a run of
 * whole regions; returns the first of them. */
static kern_return_t
map_clip(struct vm_map *map, uint64_t start, uint64_t end,
    struct vm_map_entry **firstp)
{
	struct vm_map_entry *e;
	kern_return_t kr;
	*firstp = NULL;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (e->vme_end <= start)
			continue;
		if (e->vme_start >= end)
			break;
		if (e->vme_start < start) {
			if ((kr = entry_split(e, start, map)) != KERN_SUCCESS)
				return kr;
			continue;	/* the next entry starts at START */
		}
		if (e->vme_end > end &&
		    (kr = entry_split(e, end, map)) != KERN_SUCCESS)
			return kr;
		if (*firstp == NULL)
			*firstp = e;
	}
	return KERN_SUCCESS;
}

/* True if [START, END) is allocated without a hole. */
static bool
map_covered(struct vm_map *map, uint64_t start, uint64_t end)
{
	uint64_t at = start;
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (e->vme_end <= at)
			continue;
		if (e->vme_start > at)
			return false;
		at = e->vme_end;
		if (at >= end)
			return true;
	}
	return at >= end;
}

kern_return_t
vm_map_protect(struct vm_map *map, uint64_t start, uint64_t end,
    vm_prot_t prot, bool set_max)
{
	if (start >= end)
		return KERN_SUCCESS;
	if (!map_covered(map, start, end))
		return KERN_INVALID_ADDRESS;
	struct vm_map_entry *e;
	/* Neither protection may go above the maximum: a maximum can only
	 * come down. */
	TAILQ_FOREACH(e, &map->vm_entries, vme_link)
		if (e->vme_end > start && e->vme_start < end &&
		    (prot & ~e->vme_max_protection))
			return KERN_PROTECTION_FAILURE;
	struct vm_map_entry *first;
	kern_return_t kr = map_clip(map, start, end, &first);
	if (kr != KERN_SUCCESS)
		return kr;
	for (e = first; e != NULL && e->vme_start < end;
	    e = TAILQ_NEXT(e, vme_link)) {
		if (set_max) {
			e->vme_max_protection = prot;
			e->vme_protection &= prot;
		} else {
			e->vme_protection = prot;
		}
		kr = map_op_record(map, VM_MAP_OP_PROTECT, e->vme_start,
		    e->vme_end - e->vme_start, e->vme_protection, NULL, 0);
		if (kr != KERN_SUCCESS)
			return kr;
	}
	return KERN_SUCCESS;
}

kern_return_t
vm_map_inherit(struct vm_map *map, uint64_t start, uint64_t end,
    vm_inherit_t inheritance)
{
	if (inheritance != VM_INHERIT_SHARE && inheritance != VM_INHERIT_COPY &&
	    inheritance != VM_INHERIT_NONE)
		return KERN_INVALID_ARGUMENT;
	if (start >= end)
		return KERN_SUCCESS;
	if (!map_covered(map, start, end))
		return KERN_INVALID_ADDRESS;
	struct vm_map_entry *first, *e;
	kern_return_t kr = map_clip(map, start, end, &first);
	if (kr != KERN_SUCCESS)
		return kr;
	for (e = first; e != NULL && e->vme_start < end;
	    e = TAILQ_NEXT(e, vme_link))
		e->vme_inheritance = inheritance;
	return KERN_SUCCESS;
}

kern_return_t
vm_map_copy_bytes(struct vm_map *map, uint64_t addr, void *buf, uint64_t len,
    bool write)
{
	uint64_t end = addr + len;
	if (end < addr || !map_covered(map, addr, end))
		return KERN_INVALID_ADDRESS;
	vm_prot_t need = write ? VM_PROT_WRITE : VM_PROT_READ;
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link)
		if (e->vme_end > addr && e->vme_start < end &&
		    !(e->vme_protection & need))
			return KERN_PROTECTION_FAILURE;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		if (e->vme_end <= addr || e->vme_start >= end)
			continue;
		uint64_t from = addr > e->vme_start ? addr : e->vme_start;
		uint64_t to = end < e->vme_end ? end : e->vme_end;
		uint64_t off = e->vme_offset + (from - e->vme_start);
		char *p = (char *)buf + (from - addr);
		kern_return_t kr = write ?
		    vm_object_write(e->vme_object, off, p, to - from) :
		    vm_object_read(e->vme_object, off, p, to - from);
		if (kr != KERN_SUCCESS)
			return kr;
	}
	return KERN_SUCCESS;
}

struct vm_map_entry *
vm_map_region_at_or_after(struct vm_map *map, uint64_t addr)
{
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link)
		if (e->vme_end > addr)
			return e;
	return NULL;
}

kern_return_t
vm_map_fork(struct vm_map *child, struct vm_map *parent)
{
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &parent->vm_entries, vme_link) {
		uint64_t addr = e->vme_start, len = e->vme_end - e->vme_start;
		vm_inherit_t how = e->vme_inheritance;
		kern_return_t kr;
		if (how == VM_INHERIT_NONE)
			continue;
		if (how == VM_INHERIT_SHARE) {
			kr = vm_map_enter(child, &addr, len, false, e->vme_object,
			    e->vme_offset, e->vme_protection,
			    e->vme_max_protection, e->vme_inheritance);
		} else {
			struct vm_object *copy;
			kr = vm_object_create(len, &copy);
			if (kr != KERN_SUCCESS)
				return kr;
			kr = vm_object_copy(copy, 0, e->vme_object, e->vme_offset, len);
			if (kr == KERN_SUCCESS)
				kr = vm_map_enter(child, &addr, len, false, copy, 0,
				    e->vme_protection, e->vme_max_protection,
				    e->vme_inheritance);
			vm_object_release(copy);
		}
		if (kr != KERN_SUCCESS)
			return kr;
	}
	return KERN_SUCCESS;
}

kern_return_t
vm_map_replay(struct vm_map *map)
{
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &map->vm_entries, vme_link) {
		kern_return_t kr = map_op_record(map, VM_MAP_OP_MAP, e->vme_start,
		    e->vme_end - e->vme_start, e->vme_protection, e->vme_object,
		    e->vme_offset);
		if (kr != KERN_SUCCESS)
			return kr;
	}
	return KERN_SUCCESS;
}

bool
vm_map_entry_is_shared(struct vm_map *map, struct vm_map_entry *e)
{
	unsigned here = 0;
	struct vm_map_entry *o;
	TAILQ_FOREACH(o, &map->vm_entries, vme_link)
		here += o->vme_object == e->vme_object;
	return e->vme_object->vo_mappings > here;
}
