/*
 * vm_object: memfd-backed memory objects.  Reads and writes go through
 * pread/pwrite, so machd never needs a mapping of a task's memory.
 */
#include "vm_object.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

size_t
vm_page_size_get(void)
{
	static size_t page;
	if (page == 0)
		page = (size_t)sysconf(_SC_PAGESIZE);
	return page;
}

/* errno after a failed system call, as a Mach code. */
static kern_return_t
errno_to_kern(int err)
{
	switch (err) {
	case ENOMEM:
	case ENOSPC:
	case EMFILE:
	case ENFILE:
	case EFBIG:
		return KERN_RESOURCE_SHORTAGE;
	case EFAULT:
		return KERN_INVALID_ADDRESS;
	default:
		return KERN_FAILURE;
	}
}

unsigned long vm_object_count;
unsigned long vm_object_max = ~0UL;
static uint64_t vm_object_next_id = 1;

kern_return_t
vm_object_adopt(int fd, uint64_t size, struct vm_object **objp)
{
	struct vm_object *obj = malloc(sizeof *obj);
	if (obj == NULL)
		return KERN_RESOURCE_SHORTAGE;
	vm_object_count++;
	obj->vo_id = vm_object_next_id++;
	obj->vo_refs = 1;
	obj->vo_mappings = 0;
	obj->vo_fd = fd;
	obj->vo_size = size;
	*objp = obj;
	return KERN_SUCCESS;
}

kern_return_t
vm_object_create(uint64_t size, struct vm_object **objp)
{
	size = vm_round_page(size);
	if (vm_object_count >= vm_object_max)
		return KERN_RESOURCE_SHORTAGE;
	int fd = memfd_create("machemu-object", MFD_CLOEXEC);
	if (fd < 0)
		return errno_to_kern(errno);
	if (ftruncate(fd, (off_t)size) < 0) {
		kern_return_t kr = errno_to_kern(errno);
		close(fd);
		return kr;
	}
	kern_return_t kr = vm_object_adopt(fd, size, objp);
	if (kr != KERN_SUCCESS)
		close(fd);
	return kr;
}

void
vm_object_reference(struct vm_object *obj)
{
	obj->vo_refs++;
}

void
vm_object_release(struct vm_object *obj)
{
	if (--obj->vo_refs == 0) {
		close(obj->vo_fd);
		free(obj);
		vm_object_count--;
	}
}

kern_return_t
vm_object_read(struct vm_object *obj, uint64_t offset, void *buf, size_t len)
{
	if (offset > obj->vo_size || len > obj->vo_size - offset)
		return KERN_INVALID_ADDRESS;
	for (size_t done = 0; done < len;) {
		ssize_t n = pread(obj->vo_fd, (char *)buf + done, len - done,
		    (off_t)(offset + done));
		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return n < 0 ? errno_to_kern(errno) : KERN_INVALID_ADDRESS;
		}
		done += (size_t)n;
	}
	return KERN_SUCCESS;
}

kern_return_t
vm_object_write(struct vm_object *obj, uint64_t offset, const void *buf,
    size_t len)
{
	if (offset > obj->vo_size || len > obj->vo_size - offset)
		return KERN_INVALID_ADDRESS;
	for (size_t done = 0; done < len;) {
		ssize_t n = pwrite(obj->vo_fd, (const char *)buf + done,
		    len - done, (off_t)(offset + done));
		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return n < 0 ? errno_to_kern(errno) : KERN_RESOURCE_SHORTAGE;
		}
		done += (size_t)n;
	}
	return KERN_SUCCESS;
}

kern_return_t
vm_object_copy(struct vm_object *dst, uint64_t doff, struct vm_object *src,
    uint64_t soff, uint64_t len)
{
	if (soff > src->vo_size || len > src->vo_size - soff ||
	    doff > dst->vo_size || len > dst->vo_size - doff)
		return KERN_INVALID_ADDRESS;
	while (len > 0) {
		loff_t in = (loff_t)soff, out = (loff_t)doff;
		ssize_t n = copy_file_range(src->vo_fd, &in, dst->vo_fd, &out,
		    len, 0);
		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return n < 0 ? errno_to_kern(errno) : KERN_FAILURE;
		}
		soff += (uint64_t)n;
		doff += (uint64_t)n;
		len -= (uint64_t)n;
	}
	return KERN_SUCCESS;
}

uint64_t
vm_object_resident(struct vm_object *obj, uint64_t offset, uint64_t len)
{
	size_t page = vm_page_size_get();
	if (len == 0)
		return 0;
	void *p = mmap(NULL, len, PROT_READ, MAP_SHARED, obj->vo_fd,
	    (off_t)offset);
	if (p == MAP_FAILED)
		return 0;
	size_t npages = (len + page - 1) / page;
	unsigned char *vec = malloc(npages);
	uint64_t resident = 0;
	if (vec != NULL && mincore(p, len, vec) == 0)
		for (size_t i = 0; i < npages; i++)
			resident += (vec[i] & 1) ? page : 0;
	free(vec);
	munmap(p, len);
	return resident;
}
