/*
 * machemu_kserver: the kernel side of defs/machemu.defs, and the tokens
 * with which a process attaches to an existing task.
 */
#ifndef MACHEMU_MACHEMU_KSERVER_H
#define MACHEMU_MACHEMU_KSERVER_H

#include <stdint.h>

struct task;

/* The task TOKEN was issued for, if it is still valid; the token is used
 * up.  NULL otherwise. */
struct task *machemu_attach_claim(uint64_t token);

#endif
