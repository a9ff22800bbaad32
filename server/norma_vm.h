/*
 * norma_vm: the memory of children made here by another node's
 * norma_task_create, _clone or _teleport that is not all here: lazy
 * copies (machd --transfer lazy), whose bytes follow the child and are
 * pulled first when a kernel call touches them, in clusters of 64 KiB or
 * more; and regions shared with the parent, which stay at the parent's
 * node: each kernel call that reads them pulls the bytes it reads, each
 * that writes them writes them there too.  A call that has to wait is
 * deferred (kserver_defer) and runs again when it can go on.  See
 * machemu-norma(7).
 */
#ifndef MACHEMU_NORMA_VM_H
#define MACHEMU_NORMA_VM_H

#include <stdbool.h>
#include <stdint.h>

#include <mach/kern_return.h>

#include "node.pb-c.h"

struct task;

/* The bytes one pull asks for at least, and the unit of presence. */
#define NORMA_VM_CLUSTER	(64 * 1024)

/* Start: watch for children ending (their regions' homes let go). */
void norma_vm_init(void);

/*
 * CHILD, just made for NODE's TRANSFER with the regions of IMG (entered
 * zero-filled), is lazy: its bytes are to come.  False when out of
 * memory (the child cannot be lazy: the caller refuses it).
 */
bool norma_vm_lazy_begin(struct task *child, int node, uint64_t transfer,
    const Machemu__TaskImage *img);

/*
 * Bytes of NODE's TRANSFER for a lazy child: those of clusters not here
 * yet are written, the others (pulled and maybe changed since) are left.
 * Returns false if no lazy child has that transfer.
 */
bool norma_vm_run(int node, uint64_t transfer, uint64_t address,
    const void *data, uint64_t len);

/*
 * Before a kernel call reads (or, WRITE, writes) [ADDR, ADDR + SIZE) of
 * TASK (all of it when SIZE is 0): KERN_SUCCESS when the bytes are here
 * (for a read of shared regions: when they were just pulled for it);
 * else they are pulled and the request is deferred: MIG_NO_REPLY, which
 * the server function returns (it runs again once the bytes came).
 * KERN_MEMORY_ERROR when they can no longer be had (their node is down
 * or the link broke).
 */
kern_return_t norma_vm_fault_in(struct task *task, uint64_t addr,
    uint64_t size, bool write);

/*
 * After a kernel call wrote DATA (SIZE bytes) at ADDR of TASK here: the
 * bytes that fall in shared regions are written at home too, and the
 * request is deferred until they are (MIG_NO_REPLY; when it runs again,
 * KERN_SUCCESS).  KERN_SUCCESS at once when none does; KERN_MEMORY_ERROR
 * when the home cannot be reached.
 */
kern_return_t norma_vm_write_through(struct task *task, uint64_t addr,
    const void *data, uint64_t size);

/* True if RESUMED (kserver_resumed) is norma_vm's: a request it
 * deferred, running again. */
bool norma_vm_resumed(const void *resumed);

/* NODE is down: the bytes its lazy children still lacked are lost. */
void norma_vm_node_down(int node);

/* Forget every lazy child (machd is stopping). */
void norma_vm_shutdown(void);

/* Pulls made so far (remote faults). */
extern uint64_t norma_vm_pulls;

#endif
