/*
 * mach_osf: the OSF port calls GNU Mach lacks, as library calls over
 * the GNU routines (see <mach/mach_osf.h>).  Each answers with the
 * codes its man page names.
 */
#include <string.h>

#include <mach.h>

/* KERN_SUCCESS if SET names a port set in TASK; the page's codes if not. */
static kern_return_t
port_set_check(ipc_space_t task, mach_port_name_t set)
{
	mach_port_type_t type;
	kern_return_t kr = mach_port_type(task, set, &type);
	if (kr != KERN_SUCCESS)
		return kr;
	return type & MACH_PORT_TYPE_PORT_SET ? KERN_SUCCESS : KERN_INVALID_RIGHT;
}

kern_return_t
mach_port_insert_member(ipc_space_t task, mach_port_name_t member,
    mach_port_name_t set)
{
	kern_return_t kr = port_set_check(task, set);
	return kr != KERN_SUCCESS ? kr : mach_port_move_member(task, member, set);
}

kern_return_t
mach_port_extract_member(ipc_space_t task, mach_port_name_t member,
    mach_port_name_t set)
{
	kern_return_t kr = port_set_check(task, set);
	if (kr != KERN_SUCCESS)
		return kr;
	mach_port_status_t status;
	kr = mach_port_get_receive_status(task, member, &status);
	if (kr != KERN_SUCCESS)
		return kr;
	if (status.mps_pset != set)
		return KERN_NOT_IN_SET;
	return mach_port_move_member(task, member, MACH_PORT_NULL);
}

kern_return_t
mach_port_get_attributes(ipc_space_t task, mach_port_name_t name,
    mach_port_flavor_t flavor, mach_port_info_t port_info,
    mach_msg_type_number_t *port_info_count)
{
	mach_port_status_t status;
	kern_return_t kr;
	switch (flavor) {
	case MACH_PORT_LIMITS_INFO:
		if (*port_info_count < MACH_PORT_LIMITS_INFO_COUNT)
			return KERN_FAILURE;
		kr = mach_port_get_receive_status(task, name, &status);
		if (kr != KERN_SUCCESS)
			return kr;
		((mach_port_limits_t *)port_info)->mpl_qlimit = status.mps_qlimit;
		*port_info_count = MACH_PORT_LIMITS_INFO_COUNT;
		return KERN_SUCCESS;
	case MACH_PORT_RECEIVE_STATUS:
		if (*port_info_count < MACH_PORT_RECEIVE_STATUS_COUNT)
			return KERN_FAILURE;
		kr = mach_port_get_receive_status(task, name, &status);
		if (kr != KERN_SUCCESS)
			return kr;
		memcpy(port_info, &status, sizeof status);
		*port_info_count = MACH_PORT_RECEIVE_STATUS_COUNT;
		return KERN_SUCCESS;
	case MACH_PORT_DNREQUESTS_SIZE:
		if (*port_info_count < MACH_PORT_DNREQUESTS_SIZE_COUNT)
			return KERN_FAILURE;
		kr = mach_port_get_receive_status(task, name, &status);
		if (kr != KERN_SUCCESS)
			return kr;
		*(int *)port_info = 0;	/* requests are not kept in a table */
		*port_info_count = MACH_PORT_DNREQUESTS_SIZE_COUNT;
		return KERN_SUCCESS;
	default:
		return KERN_INVALID_ARGUMENT;
	}
}

kern_return_t
mach_port_set_attributes(ipc_space_t task, mach_port_name_t name,
    mach_port_flavor_t flavor, mach_port_info_t port_info,
    mach_msg_type_number_t port_info_count)
{
	switch (flavor) {
	case MACH_PORT_LIMITS_INFO:
		if (port_info_count < MACH_PORT_LIMITS_INFO_COUNT)
			return KERN_FAILURE;
		return mach_port_set_qlimit(task, name,
		    ((mach_port_limits_t *)port_info)->mpl_qlimit);
	case MACH_PORT_DNREQUESTS_SIZE: {
		/* Accepted for compatibility: requests have no table. */
		mach_port_status_t status;
		return mach_port_get_receive_status(task, name, &status);
	}
	default:
		return KERN_INVALID_ARGUMENT;
	}
}

kern_return_t
host_page_size(mach_port_t host, vm_size_t *page_size)
{
	/* vm_statistics needs a task; the host port must still be real. */
	host_basic_info_data_t info;
	mach_msg_type_number_t count = HOST_BASIC_INFO_COUNT;
	kern_return_t kr = host_info(host, HOST_BASIC_INFO, (host_info_t)&info,
	    &count);
	if (kr != KERN_SUCCESS)
		return kr;
	vm_statistics_data_t stats;
	kr = vm_statistics(mach_task_self(), &stats);
	if (kr == KERN_SUCCESS)
		*page_size = (vm_size_t)stats.pagesize;
	return kr;
}
