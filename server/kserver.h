/*
 * kserver: machd's kernel object server.  Messages sent to ports whose
 * receive right the kernel holds are copied out into the kernel's own
 * space and handed to the MIG-generated demux functions of mach.defs,
 * mach_port.defs, mach_host.defs and defs/netname.defs; the S_ functions
 * behind them (the *_kserver.c files) translate names to objects and
 * call into emu/.
 */
#ifndef MACHEMU_KSERVER_H
#define MACHEMU_KSERVER_H

#include <stddef.h>
#include <mach/kern_return.h>
#include <mach/boolean.h>
#include <mach/port.h>

struct ipc_port;
struct ipc_space;
struct task;

/* Install the server as emu's ipc_kobject_server. */
void kserver_init(void);

/* The port a kernel-space name holds a right to, or NULL. */
struct ipc_port *kserver_port(mach_port_t name);
/* The task a kernel-space name denotes (a task port), or NULL. */
struct task *kserver_task(mach_port_t name);

/* The port space a kernel-space name denotes (through its task), or NULL. */
struct ipc_space *kserver_space(mach_port_t name);

/* True if a kernel-space name denotes the host or host_priv port. */
int kserver_is_host(mach_port_t name);

/* True if a kernel-space name denotes the host_priv port. */
int kserver_is_host_priv(mach_port_t name);

/* True if a kernel-space name denotes the processor set's name or
 * control port; the control port only, for kserver_is_pset_control. */
int kserver_is_pset(mach_port_t name);
int kserver_is_pset_control(mach_port_t name);

/*
 * A kernel-space name carrying a send right to PORT, for a reply whose
 * port item copies or makes a send right from it; the name's right is
 * released once the reply is on its way.  MACH_PORT_NULL if PORT is not
 * valid or no name is left.
 */
mach_port_t kserver_reply_send_right(struct ipc_port *port);

/* Take the send right a request carried under NAME out of the kernel
 * space; NULL if NAME holds none. */
struct ipc_port *kserver_take_send_right(mach_port_t name);

/* task_create of PARENT, answered with a kernel-space name for the
 * child's port in *CHILD_TASK (norma_task_create on this node is the
 * same call). */
kern_return_t kserver_task_create(struct task *parent,
    boolean_t inherit_memory, mach_port_t *child_task);
/* Free out-of-line memory a request brought (the server function owns
 * ^array in-arguments). */
void kserver_ool_free(void *addr, size_t size);

/* Memory for out-of-line data in replies: page-aligned, handed to the
 * reply, which frees it once copied (kernel replies always move). */
void *kserver_ool_alloc(size_t size);

/*
 * A server function whose answer needs another node defers its request:
 * it calls kserver_defer, starts the work and returns MIG_NO_REPLY; the
 * request (its reply right and arguments) is kept.  When the work is
 * done, kserver_resume(D, RESULT) runs the request again, and this time
 * kserver_resumed() returns RESULT (not NULL) to the server function,
 * which answers from it as usual.  kserver_defer returns NULL when out of
 * memory; a function that defers and then fails to start its work just
 * returns its error (the handle is then freed, and must not be resumed).
 */
struct kserver_deferred;
struct kserver_deferred *kserver_defer(void);
void *kserver_resumed(void);
void kserver_resume(struct kserver_deferred *d, void *result);
#endif
