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

#include "host.h"
#include "kserver.h"
#include "mach_host_S.h"
#include "task.h"
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

/* The processor set: one, holding every task of this node. */

kern_return_t
S_processor_set_default(mach_port_t host, mach_port_t *default_set)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_ARGUMENT;
	*default_set = kserver_reply_send_right(realhost.pset_name);
	return KERN_SUCCESS;
}

kern_return_t
S_host_processor_sets(mach_port_t host,
    processor_set_name_array_t *processor_sets,
    mach_msg_type_number_t *processor_setsCnt)
{
	if (!kserver_is_host(host))
		return KERN_INVALID_ARGUMENT;
	mach_port_t *names = kserver_ool_alloc(sizeof *names);
	if (names == NULL)
		return KERN_RESOURCE_SHORTAGE;
	names[0] = kserver_reply_send_right(realhost.pset_name);
	*processor_sets = names;
	*processor_setsCnt = 1;
	return KERN_SUCCESS;
}

kern_return_t
S_host_processor_set_priv(mach_port_t host_priv, mach_port_t set_name,
    mach_port_t *set)
{
	if (!kserver_is_host_priv(host_priv) || !kserver_is_pset(set_name))
		return KERN_INVALID_ARGUMENT;
	*set = kserver_reply_send_right(realhost.pset_control);
	return KERN_SUCCESS;
}

kern_return_t
S_processor_set_tasks(mach_port_t processor_set, task_array_t *task_list,
    mach_msg_type_number_t *task_listCnt)
{
	if (!kserver_is_pset_control(processor_set))
		return KERN_INVALID_ARGUMENT;
	size_t n = 0;
	struct task *task;
	TAILQ_FOREACH(task, &all_tasks, task_link)
		n++;
	mach_port_t *names = n ? kserver_ool_alloc(n * sizeof *names) : NULL;
	if (n && names == NULL)
		return KERN_RESOURCE_SHORTAGE;
	size_t i = 0;
	TAILQ_FOREACH(task, &all_tasks, task_link) {
		names[i] = kserver_reply_send_right(task->task_self);
		if (names[i++] == MACH_PORT_NULL) {
			/* No kernel name left for the reply: too many. */
			kserver_ool_free(names, n * sizeof *names);
			return KERN_RESOURCE_SHORTAGE;
		}
	}
	*task_list = names;
	*task_listCnt = (mach_msg_type_number_t)n;
	return KERN_SUCCESS;
}
