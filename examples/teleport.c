/*
 * teleport: move a task to another node and read its memory there.
 *
 * The program, a task of the node its machd serves, makes a task without
 * threads (task_create), gives it a page holding a linked list built
 * with pointers, and teleports it to node NODE (norma_task_teleport, by
 * default node 1).  The parent is gone: its name turns dead.  Through
 * child_task, a send right that works from here, it asks where the child
 * lives (norma_port_location_hint) and walks the list there with
 * vm_read, at the addresses the pointers hold.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mach.h>
#include <mach_error.h>
#include <mach/mach_norma.h>

struct item {
	struct item *next;
	char word[24];
};

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "teleport: %s: %s\n", what,
		    mach_error_string(kr));
		exit(1);
	}
}

/* The item at ADDR in TASK, read with vm_read. */
static struct item
item_at(mach_port_t task, vm_address_t addr)
{
	vm_offset_t data;
	mach_msg_type_number_t count;
	check(vm_read(task, addr, sizeof(struct item), &data, &count),
	    "vm_read");
	struct item it = *(struct item *)data;
	vm_deallocate(mach_task_self(), data, count);
	return it;
}

int
main(int argc, char **argv)
{
	char *end = NULL;
	long node = argc == 2 ? strtol(argv[1], &end, 10) : 1;
	if (argc > 2 || (end != NULL && (*end != '\0' || end == argv[1]))) {
		fprintf(stderr, "usage: teleport [NODE]\n");
		return 2;
	}
	int here;
	check(norma_node_self(mach_host_self(), &here), "norma_node_self");

	/* A task with a list in its memory: pointers into its own page. */
	mach_port_t parent, child;
	vm_address_t page = 0;
	check(task_create(mach_task_self(), FALSE, &parent), "task_create");
	check(vm_allocate(parent, &page, vm_page_size, TRUE), "vm_allocate");
	static const char *const words[] = { "pointers", "stay", "valid" };
	struct item list[3];
	struct item *there = (struct item *)page;
	for (int i = 0; i < 3; i++) {
		list[i].next = i < 2 ? &there[i + 1] : NULL;
		snprintf(list[i].word, sizeof list[i].word, "%s", words[i]);
	}
	check(vm_write(parent, page, (vm_offset_t)list, sizeof list),
	    "vm_write");
	printf("on node %d: a task with a list at 0x%lx\n", here,
	    (unsigned long)page);

	check(norma_task_teleport(parent, TRUE, (int)node, &child),
	    "norma_task_teleport");
	mach_port_type_t type;
	check(mach_port_type(mach_task_self(), parent, &type), "mach_port_type");
	printf("teleported: the parent's name is %s\n",
	    type & MACH_PORT_TYPE_DEAD_NAME ? "now a dead name" : "still alive");
	int where = -1;
	check(norma_port_location_hint(mach_task_self(), child, &where),
	    "norma_port_location_hint");
	printf("the child lives on node %d; its list, read from node %d:\n",
	    where, here);
	for (vm_address_t a = page; a != 0;) {
		struct item it = item_at(child, a);
		printf("  0x%lx: \"%s\"\n", (unsigned long)a, it.word);
		a = (vm_address_t)it.next;
	}
	check(task_terminate(child), "task_terminate");
	return 0;
}
