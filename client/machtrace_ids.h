/*
 * machtrace_ids: the routines of the interfaces machd serves, by message
 * id, as MIG lists them (-list); gen/machtrace_ids.c is made from the
 * .defs at build time.
 */
#ifndef MACHEMU_MACHTRACE_IDS_H
#define MACHEMU_MACHTRACE_IDS_H

#include <stddef.h>
#include <mach/message.h>

struct machtrace_id {
	mach_msg_id_t id;	/* the request's; the reply's is 100 more */
	const char *routine;
	const char *subsystem;
};

extern const struct machtrace_id machtrace_ids[];
extern const size_t machtrace_nids;

#endif
