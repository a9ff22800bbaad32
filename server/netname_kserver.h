/*
 * netname_kserver: the CMU Mach 3.0 name service (defs/netname.defs),
 * served by machd as the kernel object of the name server port.
 */
#ifndef MACHEMU_NETNAME_KSERVER_H
#define MACHEMU_NETNAME_KSERVER_H

#include <mach/kern_return.h>

struct ipc_port;

/*
 * Create the name server port in the kernel space and make a send right
 * to it every new task's bootstrap port and first registered port
 * (task_default_bootstrap).  Call after ipc_space_kernel exists.
 */
void netname_init(void);

/* Forget every name and the bootstrap port (machd is stopping). */
void netname_shutdown(void);

/* The port checked in under NAME here (no right is made), or
 * NETNAME_NOT_CHECKED_IN. */
kern_return_t netname_find_port(const char *name, struct ipc_port **portp);

#endif
