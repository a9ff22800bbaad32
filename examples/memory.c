/*
 * memory: memory shared against memory copied when task_create makes a
 * child task that inherits the parent's address space.
 *
 * Two pages: one marked VM_INHERIT_SHARE, one VM_INHERIT_COPY (the
 * default).  After task_create, the parent writes into both pages of its
 * own and reads the child's pages with vm_read: the shared page shows
 * the write, the copied one still holds what it held at task_create.
 * Then the parent writes into the child with vm_write, and sees its own
 * shared page change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mach.h>
#include <mach_error.h>

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "memory: %s: %s\n", what, mach_error_string(kr));
		exit(1);
	}
}

/* The first bytes of page ADDR of TASK, read with vm_read. */
static void
show(mach_port_t task, const char *who, vm_address_t addr)
{
	vm_offset_t data;
	mach_msg_type_number_t count;
	check(vm_read(task, addr, vm_page_size, &data, &count), "vm_read");
	printf("  %-6s page at 0x%lx: \"%s\"\n", who, (unsigned long)addr,
	    (char *)data);
	vm_deallocate(mach_task_self(), data, count);
}

int
main(void)
{
	mach_port_t self = mach_task_self();
	vm_address_t shared = 0, copied = 0;
	check(vm_allocate(self, &shared, vm_page_size, TRUE), "vm_allocate");
	check(vm_allocate(self, &copied, vm_page_size, TRUE), "vm_allocate");
	check(vm_inherit(self, shared, vm_page_size, VM_INHERIT_SHARE),
	    "vm_inherit");
	strcpy((char *)shared, "written before task_create");
	strcpy((char *)copied, "written before task_create");

	mach_port_t child;
	check(task_create(self, TRUE, &child), "task_create");
	strcpy((char *)shared, "written by the parent after task_create");
	strcpy((char *)copied, "written by the parent after task_create");

	printf("VM_INHERIT_SHARE page, as the child sees it:\n");
	show(child, "child", shared);
	printf("VM_INHERIT_COPY page, as the child sees it:\n");
	show(child, "child", copied);

	static const char from_child[] = "written into the child with vm_write";
	vm_address_t buf = 0;
	check(vm_allocate(self, &buf, vm_page_size, TRUE), "vm_allocate");
	memcpy((char *)buf, from_child, sizeof from_child);
	check(vm_write(child, shared, buf, vm_page_size), "vm_write");
	check(vm_write(child, copied, buf, vm_page_size), "vm_write");
	printf("after vm_write into both of the child's pages, the parent "
	    "reads:\n");
	printf("  shared page: \"%s\"\n", (char *)shared);
	printf("  copied page: \"%s\"\n", (char *)copied);

	check(task_terminate(child), "task_terminate");
	return 0;
}
