#ifndef	_mach_debug_server_
#define	_mach_debug_server_

/* Module mach_debug */

#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

#include <mach/mig_errors.h>
#include <mach/std_types.h>
#include <mach/mach_types.h>
#include <mach_debug/mach_debug_types.h>

/* Routine mach_port_get_srights */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_mach_port_get_srights
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_rights_t *srights
);

/* Routine host_ipc_marequest_info */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_host_ipc_marequest_info
(
	mach_port_t host,
	unsigned *max_requests,
	hash_info_bucket_array_t *info,
	mach_msg_type_number_t *infoCnt
);

/* Routine mach_port_dnrequest_info */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_mach_port_dnrequest_info
(
	mach_port_t task,
	mach_port_name_t name,
	unsigned *total,
	unsigned *used
);

/* Routine host_stack_usage */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_host_stack_usage
(
	mach_port_t host,
	vm_size_t *reserved,
	unsigned *total,
	vm_size_t *space,
	vm_size_t *resident,
	vm_size_t *maxusage,
	vm_offset_t *maxstack
);

/* Routine processor_set_stack_usage */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_processor_set_stack_usage
(
	mach_port_t pset,
	unsigned *total,
	vm_size_t *space,
	vm_size_t *resident,
	vm_size_t *maxusage,
	vm_offset_t *maxstack
);

/* Routine host_virtual_physical_table_info */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_host_virtual_physical_table_info
(
	mach_port_t host,
	hash_info_bucket_array_t *info,
	mach_msg_type_number_t *infoCnt
);

/* Routine host_load_symbol_table */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_host_load_symbol_table
(
	mach_port_t host,
	mach_port_t task,
	const_symtab_name_t name,
	vm_offset_t symtab,
	mach_msg_type_number_t symtabCnt
);

/* Routine mach_port_kernel_object */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_mach_port_kernel_object
(
	mach_port_t task,
	mach_port_name_t name,
	unsigned *object_type,
	vm_offset_t *object_addr
);

/* Routine mach_vm_object_pages */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_mach_vm_object_pages
(
	mach_port_t object,
	vm_page_info_array_t *pages,
	mach_msg_type_number_t *pagesCnt
);

/* Routine host_slab_info */
#ifdef	mig_external
mig_external
#else
extern
#endif
kern_return_t S_host_slab_info
(
	mach_port_t host,
	cache_info_array_t *info,
	mach_msg_type_number_t *infoCnt
);

extern mig_routine_t mach_debug_server_routines[];
static __inline mig_routine_t mach_debug_server_routine
	(const mach_msg_header_t *InHeadP)
{
	int msgh_id;

	msgh_id = InHeadP->msgh_id - 3000;

	if ((msgh_id > 22) || (msgh_id < 0))
		return 0;

	return mach_debug_server_routines[msgh_id];
}

#endif	/* not defined(_mach_debug_server_) */
