/*
 * task_lookup: the tasks of a node as the tools (machctl, machtrace)
 * find them, through the processor set as a Mach ps does.
 */
#include "task_lookup.h"

#include <stdio.h>
#include <stdlib.h>

#include <mach_error.h>
#include <mach/machemu.h>

static void
fail(const char *prog, const char *what, kern_return_t kr)
{
	fprintf(stderr, "%s: %s: %s\n", prog, what, mach_error_string(kr));
	exit(1);
}

task_array_t
all_tasks(const char *prog, mach_msg_type_number_t *n)
{
	mach_port_t host = mach_host_self(), priv = mach_host_priv_self();
	processor_set_name_array_t sets;
	mach_msg_type_number_t nsets;
	kern_return_t kr = host_processor_sets(host, &sets, &nsets);
	if (kr != KERN_SUCCESS)
		fail(prog, "host_processor_sets (is machd running?)", kr);
	mach_port_t set;
	kr = host_processor_set_priv(priv, sets[0], &set);
	if (kr != KERN_SUCCESS)
		fail(prog, "host_processor_set_priv", kr);
	task_array_t tasks;
	kr = processor_set_tasks(set, &tasks, n);
	if (kr != KERN_SUCCESS)
		fail(prog, "processor_set_tasks", kr);
	for (mach_msg_type_number_t i = 0; i < nsets; i++)
		mach_port_deallocate(mach_task_self(), sets[i]);
	vm_deallocate(mach_task_self(), (vm_address_t)sets, nsets * sizeof *sets);
	mach_port_deallocate(mach_task_self(), set);
	mach_port_deallocate(mach_task_self(), host);
	mach_port_deallocate(mach_task_self(), priv);
	return tasks;
}

mach_port_t
task_by_id(const char *prog, const char *arg)
{
	char *end;
	unsigned long long want = strtoull(arg, &end, 10);
	if (*arg == '\0' || *end != '\0') {
		fprintf(stderr, "%s: bad task id \"%s\"\n", prog, arg);
		exit(2);
	}
	mach_msg_type_number_t n;
	task_array_t tasks = all_tasks(prog, &n);
	mach_port_t found = MACH_PORT_NULL;
	for (mach_msg_type_number_t i = 0; i < n; i++) {
		uint64_t id;
		int pid;
		if (found == MACH_PORT_NULL &&
		    task_get_ids(tasks[i], &id, &pid) == KERN_SUCCESS &&
		    id == want)
			found = tasks[i];
		else
			mach_port_deallocate(mach_task_self(), tasks[i]);
	}
	vm_deallocate(mach_task_self(), (vm_address_t)tasks, n * sizeof *tasks);
	if (found == MACH_PORT_NULL) {
		fprintf(stderr, "%s: no task %s\n", prog, arg);
		exit(1);
	}
	return found;
}

