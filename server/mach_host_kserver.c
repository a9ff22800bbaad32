/*
 * mach_host_kserver: the kernel side of mach_host.defs: what machd tells
 * of the host it runs on.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <mach/host_info.h>
#include <mach/machine.h>
#include <mach/processor_info.h>

#include "kserver.h"
#include "mach_host_S.h"
#include "vm_object.h"

/* HOST_BASIC_INFO: processors and memory of this machine. */
static void
basic_info(struct host_basic_info *info)
{
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
}

/* HOST_LOAD_INFO: the load averages, scaled by LOAD_SCALE; the Mach
 * factor (processors left idle) estimated from them. */
static void
load_info(struct host_load_info *info)
{
	double load[3] = { 0, 0, 0 };
	FILE *f = fopen("/proc/loadavg", "r");
	if (f != NULL) {
		if (fscanf(f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3)
			load[0] = load[1] = load[2] = 0;
		fclose(f);
	}
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	for (int i = 0; i < 3; i++) {
		info->avenrun[i] = (integer_t)(load[i] * LOAD_SCALE);
		double idle = (ncpu > 0 ? ncpu : 1) - load[i];
		info->mach_factor[i] = (integer_t)((idle > 0 ? idle : 0) * LOAD_SCALE);
	}
}

kern_return_t
S_host_info(mach_port_t host, int flavor, host_info_t host_info_out,
    mach_msg_type_number_t *host_info_outCnt)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_HOST;
	mach_msg_type_number_t need;
	switch (flavor) {
	case HOST_BASIC_INFO:
		need = HOST_BASIC_INFO_COUNT;
		break;
	case HOST_SCHED_INFO:
		need = HOST_SCHED_INFO_COUNT;
		break;
	case HOST_LOAD_INFO:
		need = HOST_LOAD_INFO_COUNT;
		break;
	case HOST_PROCESSOR_SLOTS: {
		long n = sysconf(_SC_NPROCESSORS_CONF);
		need = (mach_msg_type_number_t)(n > 0 ? n : 1);
		break;
	}
	default:
		return KERN_INVALID_ARGUMENT;
	}
	if (*host_info_outCnt < need)
		return KERN_FAILURE;
	switch (flavor) {
	case HOST_BASIC_INFO:
		basic_info((struct host_basic_info *)host_info_out);
		break;
	case HOST_SCHED_INFO: {
		/* Linux schedules with a tick of at most 10 ms. */
		struct host_sched_info *info = (struct host_sched_info *)host_info_out;
		info->min_timeout = 10;
		info->min_quantum = 10;
		break;
	}
	case HOST_LOAD_INFO:
		load_info((struct host_load_info *)host_info_out);
		break;
	case HOST_PROCESSOR_SLOTS:
		for (mach_msg_type_number_t i = 0; i < need; i++)
			host_info_out[i] = (integer_t)i;
		break;
	}
	*host_info_outCnt = need;
	return KERN_SUCCESS;
}
