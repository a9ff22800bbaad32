#ifndef	_calc_user_
#define	_calc_user_

/* Module calc */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/std_types.h>

/* Routine calc_add */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t calc_add
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
kern_return_t calc_divide
(
	mach_port_t server,
	int a,
	int b,
	int *quotient
);

#endif	/* not defined(_calc_user_) */
