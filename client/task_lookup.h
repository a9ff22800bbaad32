/*
 * task_lookup: the tasks of this node, for the tools.  PROG names the
 * tool in the errors, after which they exit: 1 when a call fails or no
 * task has the id, 2 for an id that is not a number.
 */
#ifndef MACHEMU_TASK_LOOKUP_H
#define MACHEMU_TASK_LOOKUP_H

#include <mach.h>

/* Send rights to every task of this node (processor_set_tasks). */
task_array_t all_tasks(const char *prog, mach_msg_type_number_t *n);

/* A send right to the task whose id (task_get_ids) is ARG, in decimal. */
mach_port_t task_by_id(const char *prog, const char *arg);

#endif
