#ifndef	_mach_norma_user_
#define	_mach_norma_user_

/* Module mach_norma */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/std_types.h>
#include <mach/mach_types.h>

/* Routine task_set_child_node */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t task_set_child_node
(
	mach_port_t target_task,
	int child_node
);

/* Routine norma_node_self */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_node_self
(
	mach_port_t host,
	int *node
);

/* Routine norma_task_clone */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_task_clone
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
);

/* Routine norma_task_create */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_task_create
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
);

/* Routine norma_get_special_port */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_get_special_port
(
	mach_port_t host_priv,
	int node,
	int which,
	mach_port_t *port
);

/* Routine norma_set_special_port */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_set_special_port
(
	mach_port_t host_priv,
	int which,
	mach_port_t port
);

/* Routine norma_task_teleport */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_task_teleport
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
);

/* Routine norma_port_location_hint */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t norma_port_location_hint
(
	mach_port_t task,
	mach_port_t port,
	int *node
);

#endif	/* not defined(_mach_norma_user_) */
