#ifndef	_netname_server_
#define	_netname_server_

/* Module netname */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/mig_errors.h>
#include <mach/std_types.h>
#include <servers/netname_defs.h>

/* Routine netname_check_in */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_netname_check_in
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature,
	mach_port_t port_id
);

/* Routine netname_look_up */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_netname_look_up
(
	mach_port_t server_port,
	const_netname_name_t host_name,
	const_netname_name_t port_name,
	mach_port_t *port_id
);

/* Routine netname_check_out */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_netname_check_out
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature
);

/* Routine netname_version */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_netname_version
(
	mach_port_t server_port,
	netname_name_t version
);

extern mig_routine_t netname_server_routines[];
static __inline mig_routine_t netname_server_routine
	(const mach_msg_header_t *InHeadP)
{
	int msgh_id;

	msgh_id = InHeadP->msgh_id - 1040;

	if ((msgh_id > 3) || (msgh_id < 0))
		return 0;

	return netname_server_routines[msgh_id];
}

#endif	/* not defined(_netname_server_) */
