#ifndef	_machemu_test_user_
#define	_machemu_test_user_

/* Module machemu_test */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/std_types.h>
#include <mach/mach_types.h>
#include "test_types.h"

/* Routine test_inline */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_inline
(
	mach_port_t port,
	int a,
	test_int64_t b,
	const test_fixed_t fixed,
	const test_var_t var,
	mach_msg_type_number_t varCnt,
	const_test_name_t name,
	const_test_vstring_t vname,
	test_int64_t *sum,
	test_fixed_t rfixed,
	test_var_t rvar,
	mach_msg_type_number_t *rvarCnt,
	test_vstring_t rname
);

/* Routine test_ool */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_ool
(
	mach_port_t port,
	test_ool_t blob,
	mach_msg_type_number_t blobCnt,
	test_ool_t moved,
	mach_msg_type_number_t movedCnt,
	test_ool_t *echo,
	mach_msg_type_number_t *echoCnt,
	int *total
);

/* Routine test_ports */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_ports
(
	mach_port_t port,
	mach_port_t recv,
	mach_port_t send,
	mach_port_t sonce,
	mach_port_t copy,
	mach_port_t make,
	mach_port_t makeonce,
	mach_port_t *back
);

/* Routine test_poly */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_poly
(
	mach_port_t port,
	mach_port_t right,
	mach_msg_type_name_t rightPoly,
	mach_port_t *rright,
	mach_msg_type_name_t *rrightPoly
);

/* Routine test_data */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_data
(
	mach_port_t port,
	const_test_data_t data,
	mach_msg_type_number_t dataCnt,
	test_data_t *rdata,
	mach_msg_type_number_t *rdataCnt
);

/* Routine test_port_array */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_port_array
(
	mach_port_t port,
	test_port_array_t ports,
	mach_msg_type_name_t portsPoly,
	mach_msg_type_number_t portsCnt,
	int *count
);

/* SimpleRoutine test_oneway */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t test_oneway
(
	mach_port_t port,
	int value
);

#endif	/* not defined(_machemu_test_user_) */
