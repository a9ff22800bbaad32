/*
 * kserver: machd's kernel object server.  Messages sent to ports whose
 * receive right the kernel holds are copied out into the kernel's own
 * space and handed to the MIG-generated demux functions of mach.defs,
 * mach_port.defs and mach_host.defs; the S_ functions behind them (the
 * *_kserver.c files) translate names to objects and call into emu/.
 */
#ifndef MACHEMU_KSERVER_H
#define MACHEMU_KSERVER_H

#include <stddef.h>
#include <mach/kern_return.h>
#include <mach/port.h>

struct ipc_space;
struct task;

/* Install the server as emu's ipc_kobject_server. */
void kserver_init(void);

/* The task a kernel-space name denotes (a task port), or NULL. */
struct task *kserver_task(mach_port_t name);

/* The port space a kernel-space name denotes (through its task), or NULL. */
struct ipc_space *kserver_space(mach_port_t name);

/* True if a kernel-space name denotes the host or host_priv port. */
int kserver_is_host(mach_port_t name);

/* Memory for out-of-line data in replies: page-aligned, handed to the
 * reply, which frees it once copied (kernel replies always move). */
void *kserver_ool_alloc(size_t size);

#endif
