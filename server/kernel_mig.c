/*
 * kernel_mig: the MIG runtime for the server stubs that run inside machd.
 * machd is the kernel: "its own task" is machd's address space, so
 * mig_allocate and mig_deallocate map and unmap machd's memory directly.
 */
#include <string.h>
#include <sys/mman.h>

#include <mach/mig_support.h>

#include "vm_object.h"

void
mig_allocate(vm_address_t *addr, vm_size_t size)
{
	void *p = mmap(NULL, size ? size : 1, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	*addr = p == MAP_FAILED ? 0 : (vm_address_t)p;
}

void
mig_deallocate(vm_address_t addr, vm_size_t size)
{
	if (addr != 0 && size != 0)
		munmap((void *)vm_trunc_page(addr),
		    vm_round_page(addr + size) - vm_trunc_page(addr));
}

vm_size_t
mig_strncpy(char *dst, const char *src, vm_size_t len)
{
	if (len == 0)
		return 0;
	vm_size_t i;
	for (i = 0; i + 1 < len && src[i] != '\0'; i++)
		dst[i] = src[i];
	dst[i] = '\0';
	return i;
}
