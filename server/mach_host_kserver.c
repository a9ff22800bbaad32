/*
 * mach_host_kserver: the kernel side of mach_host.defs.
 */
#include <string.h>
#include <unistd.h>

#include <mach/host_info.h>
#include <mach/machine.h>

#include "kserver.h"
#include "mach_host_S.h"
#include "vm_object.h"

kern_return_t
S_host_info(mach_port_t host, int flavor, host_info_t host_info_out,
    mach_msg_type_number_t *host_info_outCnt)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_HOST;
	if (flavor != HOST_BASIC_INFO)
		return KERN_INVALID_ARGUMENT;
	if (*host_info_outCnt < HOST_BASIC_INFO_COUNT)
		return KERN_FAILURE;
	struct host_basic_info *info = (struct host_basic_info *)host_info_out;
	memset(info, 0, sizeof *info);
	long ncpu = sysconf(_SC_NPROCESSORS_CONF);
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	long pages = sysconf(_SC_PHYS_PAGES);
	info->max_cpus = (integer_t)(ncpu > 0 ? ncpu : 1);
	info->avail_cpus = (integer_t)(online > 0 ? online : 1);
	uint64_t mem = (uint64_t)(pages > 0 ? pages : 0) * vm_page_size_get();
	info->memory_size = (vm_size_t)mem;
	info->cpu_type = CPU_TYPE_I386;
	info->cpu_subtype = CPU_SUBTYPE_AT386;
	*host_info_outCnt = HOST_BASIC_INFO_COUNT;
	return KERN_SUCCESS;
}
