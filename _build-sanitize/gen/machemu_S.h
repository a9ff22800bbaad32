#ifndef	_machemu_server_
#define	_machemu_server_

/* Module machemu */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/mig_errors.h>
#include <mach/std_types.h>
#include <mach/mach_types.h>
#include <mach/machemu_node.h>

/* Routine task_attach_token */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_task_attach_token
(
	mach_port_t target_task,
	uint64_t *token
);

/* Routine task_get_ids */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_task_get_ids
(
	mach_port_t target_task,
	uint64_t *task_id,
	int *pid
);

/* Routine node_statistics */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_node_statistics
(
	mach_port_t host,
	uint64_t *tasks,
	uint64_t *ports,
	uint64_t *port_sets,
	uint64_t *messages_queued,
	uint64_t *memory_objects,
	uint64_t *messages_sent,
	uint64_t *proxies,
	uint64_t *ports_exported,
	uint64_t *messages_forwarded,
	uint64_t *messages_delivered,
	uint64_t *bytes_moved_out,
	uint64_t *bytes_moved_in
);

/* Routine node_health */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_node_health
(
	mach_port_t host,
	node_health_t nodes,
	mach_msg_type_number_t *nodesCnt
);

extern mig_routine_t machemu_server_routines[];
static __inline mig_routine_t machemu_server_routine
	(const mach_msg_header_t *InHeadP)
{
	int msgh_id;

	msgh_id = InHeadP->msgh_id - 7800;

	if ((msgh_id > 3) || (msgh_id < 0))
		return 0;

	return machemu_server_routines[msgh_id];
}

#endif	/* not defined(_machemu_server_) */
