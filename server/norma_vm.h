/*
 * norma_vm: the memory of lazy children, tasks made here by another
 * node's norma_task_create, _clone or _teleport with machd --transfer
 * lazy.  The child is a task at once, its regions zero-filled; their
 * bytes follow in the background (page runs), and a kernel call that
 * touches bytes not yet here pulls them first, in clusters of 64 KiB or
 * more, and waits for them (its request is deferred).  See
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
 * Before a kernel call reads or writes [ADDR, ADDR + SIZE) of TASK (or
 * all of it, SIZE 0): KERN_SUCCESS when every byte is here; else the
 * missing ones are pulled and the request is deferred: MIG_NO_REPLY,
 * which the server function returns (it runs again once the bytes came).
 * KERN_MEMORY_ERROR when they can no longer be had (their node is down
 * or the link broke).
 */
kern_return_t norma_vm_fault_in(struct task *task, uint64_t addr,
    uint64_t size);

/* True if RESUMED (kserver_resumed) is norma_vm's: a request it
 * deferred, running again. */
bool norma_vm_resumed(const void *resumed);

/* NODE is down: the bytes its lazy children still lacked are lost. */
void norma_vm_node_down(int node);

/* Forget every lazy child (machd is stopping). */
void norma_vm_shutdown(void);

/* Pulls made so far (remote faults), and lazy children not complete. */
extern uint64_t norma_vm_pulls;

#endif
