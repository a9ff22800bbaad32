/*
 * bench_vm: the cost of moving task memory through machd, each against a
 * baseline measured in the same run.  vm_read and vm_write of a 64 MiB
 * region of this task (the bytes travel out of line through machd)
 * against a memcpy of the same bytes; and task_create of a task holding
 * 256 MiB, with the memory inherited shared (the same memory objects)
 * against inherited copied (new objects, the bytes copied).  Each figure
 * is the median of several runs.  It starts its own machd ($MACHD).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mach.h>
#include <mach_error.h>

#include "harness.h"

#define MIB		(1024 * 1024)
#define RW_BYTES	(64 * MIB)
#define TASK_BYTES	(256 * MIB)
#define RUNS		7

static void
check(kern_return_t kr, const char *what)
{
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "bench_vm: %s: %s\n", what, mach_error_string(kr));
		harness_machd_stop();
		exit(1);
	}
}

static double
median(double *v)
{
	return harness_median(v, RUNS);
}

/* A region of this task of SIZE bytes, every page touched. */
static char *
region(size_t size, vm_inherit_t inheritance)
{
	vm_address_t a = 0;
	check(vm_allocate(mach_task_self(), &a, size, TRUE), "vm_allocate");
	check(vm_inherit(mach_task_self(), a, size, inheritance), "vm_inherit");
	memset((void *)a, 0x5a, size);
	return (char *)a;
}

static void
bench_read_write(void)
{
	char *src = region(RW_BYTES, VM_INHERIT_COPY);
	char *dst = malloc(RW_BYTES);
	double tcopy[RUNS], tread[RUNS], twrite[RUNS];
	memset(dst, 0, RW_BYTES);
	for (int i = 0; i < RUNS; i++) {
		double t0 = harness_now();
		memcpy(dst, src, RW_BYTES);
		tcopy[i] = harness_now() - t0;

		vm_offset_t data;
		mach_msg_type_number_t n;
		t0 = harness_now();
		check(vm_read(mach_task_self(), (vm_address_t)src, RW_BYTES, &data,
		    &n), "vm_read");
		tread[i] = harness_now() - t0;
		if (n != RW_BYTES || ((char *)data)[RW_BYTES - 1] != 0x5a) {
			fprintf(stderr, "bench_vm: vm_read returned wrong bytes\n");
			exit(1);
		}

		t0 = harness_now();
		check(vm_write(mach_task_self(), (vm_address_t)src, data, n),
		    "vm_write");
		twrite[i] = harness_now() - t0;
		check(vm_deallocate(mach_task_self(), data, n), "vm_deallocate");
	}
	double c = median(tcopy), r = median(tread), w = median(twrite);
	double mb = RW_BYTES / 1e6;
	printf("memcpy 64 MiB:                  %8.1f ms  %6.0f MB/s\n",
	    c * 1e3, mb / c);
	printf("vm_read 64 MiB:                 %8.1f ms  %6.0f MB/s  ratio %.2f\n",
	    r * 1e3, mb / r, r / c);
	printf("vm_write 64 MiB:                %8.1f ms  %6.0f MB/s  ratio %.2f\n",
	    w * 1e3, mb / w, w / c);
	free(dst);
	check(vm_deallocate(mach_task_self(), (vm_address_t)src, RW_BYTES),
	    "vm_deallocate");
}

/* Median time of task_create with TASK_BYTES inherited as HOW. */
static double
time_task_create(vm_inherit_t how)
{
	char *mem = region(TASK_BYTES, how);
	double t[RUNS];
	for (int i = 0; i < RUNS; i++) {
		mach_port_t child;
		double t0 = harness_now();
		check(task_create(mach_task_self(), TRUE, &child), "task_create");
		t[i] = harness_now() - t0;
		check(task_terminate(child), "task_terminate");
		mach_port_deallocate(mach_task_self(), child);
	}
	check(vm_deallocate(mach_task_self(), (vm_address_t)mem, TASK_BYTES),
	    "vm_deallocate");
	return median(t);
}

int
main(void)
{
	harness_machd_start(NULL);
	if (mach_task_self() == MACH_PORT_NULL) {
		fprintf(stderr, "bench_vm: machd cannot be reached\n");
		return 1;
	}
	printf("bench_vm: medians of %d runs\n", RUNS);
	bench_read_write();
	double share = time_task_create(VM_INHERIT_SHARE);
	double copy = time_task_create(VM_INHERIT_COPY);
	printf("task_create, 256 MiB shared:    %8.2f ms\n", share * 1e3);
	printf("task_create, 256 MiB copied:    %8.2f ms  ratio %.1f (copy/share)"
	    "  %6.0f MB/s\n", copy * 1e3, copy / share, TASK_BYTES / 1e6 / copy);
	return harness_machd_stop() == 0 ? 0 : 1;
}
