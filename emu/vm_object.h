/*
 * vm_object: a memory object, the backing store of task regions and of
 * out-of-line message data.  Each object is a memfd that machd owns; a
 * process attached to a task maps the task's objects MAP_SHARED, so its
 * loads and stores and machd's reads and writes meet in the same pages.
 */
#ifndef MACHEMU_VM_OBJECT_H
#define MACHEMU_VM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <mach/kern_return.h>

/* Memory objects in existence, and how many may be (each holds a file
 * descriptor; machd sets the limit below its descriptor limit). */
extern unsigned long vm_object_count;
extern unsigned long vm_object_max;

struct vm_object {
	uint64_t vo_id;		/* unique in this machd, never reused */
	unsigned vo_refs;
	unsigned vo_mappings;	/* map entries that hold it */
	int vo_fd;		/* the memfd */
	uint64_t vo_size;	/* bytes, a multiple of the page size */
};

/*
 * Create a zero-filled object of SIZE bytes (rounded up to pages) with
 * one reference.  KERN_RESOURCE_SHORTAGE when the system refuses.
 */
kern_return_t vm_object_create(uint64_t size, struct vm_object **objp);

/* Adopt FD (a memfd a client sent) as an object of SIZE bytes. */
kern_return_t vm_object_adopt(int fd, uint64_t size, struct vm_object **objp);

void vm_object_reference(struct vm_object *obj);
void vm_object_release(struct vm_object *obj);

/* Copy LEN bytes between OBJ at OFFSET and BUF. */
kern_return_t vm_object_read(struct vm_object *obj, uint64_t offset, void *buf,
    size_t len);
kern_return_t vm_object_write(struct vm_object *obj, uint64_t offset,
    const void *buf, size_t len);

/* Copy LEN bytes from SRC at SOFF to DST at DOFF. */
kern_return_t vm_object_copy(struct vm_object *dst, uint64_t doff,
    struct vm_object *src, uint64_t soff, uint64_t len);

/* The bytes of OBJ from OFFSET (LEN bytes, page-aligned) that are in
 * memory (mincore of its memfd). */
uint64_t vm_object_resident(struct vm_object *obj, uint64_t offset,
    uint64_t len);

/* The system page size. */
size_t vm_page_size_get(void);

static inline uint64_t
vm_round_page(uint64_t x)
{
	uint64_t p = vm_page_size_get();
	return (x + p - 1) & ~(p - 1);
}

static inline uint64_t
vm_trunc_page(uint64_t x)
{
	return x & ~((uint64_t)vm_page_size_get() - 1);
}

#endif
