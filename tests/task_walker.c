/*
 * task_walker: a program that tests start with machrun on a task made by
 * task_create.  It walks the linked list at the address given in argv[1]
 * (built by the parent task, with pointers) and stores the sum of its
 * values at the address in argv[2], memory it shares with the parent.
 */
#include <stdio.h>
#include <stdlib.h>

#include <mach.h>

struct node {
	struct node *next;
	int value;
};

int
main(int argc, char **argv)
{
	if (argc != 3 || mach_task_self() == MACH_PORT_NULL) {
		fprintf(stderr, "usage: task_walker LIST-ADDRESS RESULT-ADDRESS\n");
		return 2;
	}
	int sum = 0;
	for (struct node *n = (struct node *)strtoul(argv[1], NULL, 0); n != NULL;
	    n = n->next)
		sum += n->value;
	*(int *)strtoul(argv[2], NULL, 0) = sum;
	return 0;
}
