#ifndef	_netname_user_
#define	_netname_user_

/* Module netname */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/std_types.h>
#include <servers/netname_defs.h>

/* Routine netname_check_in */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t netname_check_in
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
kern_return_t netname_look_up
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
kern_return_t netname_check_out
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
kern_return_t netname_version
(
	mach_port_t server_port,
	netname_name_t version
);

#endif	/* not defined(_netname_user_) */
