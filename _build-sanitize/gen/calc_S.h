#ifndef	_calc_server_
#define	_calc_server_

/* Module calc */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/mig_errors.h>
#include <mach/std_types.h>

/* Routine calc_add */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t do_calc_add
(
	mach_port_t server,
	int a,
	int b,
	int *sum
);

/* Routine calc_divide */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t do_calc_divide
(
	mach_port_t server,
	int a,
	int b,
	int *quotient
);

extern mig_routine_t calc_server_routines[];
static __inline mig_routine_t calc_server_routine
	(const mach_msg_header_t *InHeadP)
{
	int msgh_id;

	msgh_id = InHeadP->msgh_id - 8000;

	if ((msgh_id > 1) || (msgh_id < 0))
		return 0;

	return calc_server_routines[msgh_id];
}

#endif	/* not defined(_calc_server_) */
