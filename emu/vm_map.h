/*
 * vm_map: a task's address space, a sorted list of regions each backed by
 * a range of a memory object.  Regions lie in the fixed window that every
 * process attached to a task reserves (trap_frame.h), so an address means
 * the same in machd, in every process of the task and on every node.
 *
 * The map records the changes that attached processes must apply to their
 * own mappings (map, unmap, protect) as pending operations; machd sends
 * them with the next frame to any thread of the task.
 */
#ifndef MACHEMU_VM_MAP_H
#define MACHEMU_VM_MAP_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/queue.h>
#include <mach/kern_return.h>
#include <mach/vm_prot.h>
#include <mach/vm_inherit.h>

struct vm_object;

struct vm_map_entry {
	TAILQ_ENTRY(vm_map_entry) vme_link;
	uint64_t vme_start, vme_end;
	struct vm_object *vme_object;	/* one reference */
	uint64_t vme_offset;
	vm_prot_t vme_protection, vme_max_protection;
	vm_inherit_t vme_inheritance;
};

/* A change an attached process must make to its own mappings. */
enum vm_map_op_kind { VM_MAP_OP_MAP, VM_MAP_OP_UNMAP, VM_MAP_OP_PROTECT };

struct vm_map_op {
	TAILQ_ENTRY(vm_map_op) vmo_link;
	enum vm_map_op_kind vmo_kind;
	uint64_t vmo_addr, vmo_size;
	vm_prot_t vmo_prot;
	struct vm_object *vmo_object;	/* MAP only; one reference */
	uint64_t vmo_offset;
};

TAILQ_HEAD(vm_map_entry_list, vm_map_entry);
TAILQ_HEAD(vm_map_op_list, vm_map_op);

struct vm_map {
	struct vm_map_entry_list vm_entries;
	uint64_t vm_min, vm_max;	/* the window */
	uint64_t vm_size;		/* bytes mapped */
	bool vm_track_ops;		/* record ops for attached processes */
	struct vm_map_op_list vm_ops;
};

struct vm_map *vm_map_create(uint64_t min, uint64_t max);
void vm_map_destroy(struct vm_map *map);

/*
 * Enter SIZE bytes of OBJECT (taking a new reference) from OFFSET at
 * *ADDRP, or anywhere free if ANYWHERE (then *ADDRP is set).  SIZE and
 * *ADDRP must be page-aligned.  KERN_NO_SPACE when nothing fits or the
 * fixed range is taken, KERN_INVALID_ADDRESS outside the window.
 */
kern_return_t vm_map_enter(struct vm_map *map, uint64_t *addrp, uint64_t size,
    bool anywhere, struct vm_object *object, uint64_t offset, vm_prot_t cur,
    vm_prot_t max, vm_inherit_t inheritance);

/* Allocate SIZE bytes of fresh zero-filled memory, as vm_allocate. */
kern_return_t vm_map_allocate(struct vm_map *map, uint64_t *addrp,
    uint64_t size, bool anywhere);

/* Remove every region in [START, END) (page-aligned), splitting as needed. */
kern_return_t vm_map_remove(struct vm_map *map, uint64_t start, uint64_t end);

/*
 * Set the current protection of [START, END) to PROT, or with SET_MAX the
 * maximum protection (the current one is cut down to it).
 * KERN_INVALID_ADDRESS if part of the range is not allocated,
 * KERN_PROTECTION_FAILURE if PROT exceeds a maximum protection.
 */
kern_return_t vm_map_protect(struct vm_map *map, uint64_t start, uint64_t end,
    vm_prot_t prot, bool set_max);

/* Set the inheritance of [START, END).  KERN_INVALID_ADDRESS,
 * KERN_INVALID_ARGUMENT for an unknown value. */
kern_return_t vm_map_inherit(struct vm_map *map, uint64_t start, uint64_t end,
    vm_inherit_t inheritance);

/*
 * Copy LEN bytes at ADDR of the task's memory to BUF, or BUF into it
 * (WRITE).  KERN_INVALID_ADDRESS if a byte is not allocated,
 * KERN_PROTECTION_FAILURE if the protection forbids it.
 */
kern_return_t vm_map_copy_bytes(struct vm_map *map, uint64_t addr, void *buf,
    uint64_t len, bool write);

/* The first region that ends above ADDR, or NULL. */
struct vm_map_entry *vm_map_region_at_or_after(struct vm_map *map,
    uint64_t addr);

/*
 * Fill CHILD, an empty map, from PARENT by each region's inheritance:
 * share enters the same memory, copy a copy of it, none nothing.
 */
kern_return_t vm_map_fork(struct vm_map *child, struct vm_map *parent);

/* True if E's memory is mapped by another map too (shared). */
bool vm_map_entry_is_shared(struct vm_map *map, struct vm_map_entry *e);

/* Record operations that map every region (a process attaches). */
kern_return_t vm_map_replay(struct vm_map *map);

/* The region containing ADDR, or NULL. */
struct vm_map_entry *vm_map_lookup(struct vm_map *map, uint64_t addr);

/* Move the pending operations onto OUT (the caller frees them). */
void vm_map_take_ops(struct vm_map *map, struct vm_map_op_list *out);

void vm_map_op_free(struct vm_map_op *op);

#endif
