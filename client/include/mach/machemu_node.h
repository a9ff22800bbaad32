/*
 * machemu_node.h: what node_health (machemu.defs, <mach/machemu.h>)
 * says of each node of the cluster: three integers a node, its index,
 * one of these states and the round trip of a ping in microseconds.
 */
#ifndef _MACH_MACHEMU_NODE_H_
#define _MACH_MACHEMU_NODE_H_

#include <mach/machine/vm_types.h>

/* The array node_health fills in (three integers a node). */
typedef integer_t *node_health_t;

#define MACHEMU_NODE_SELF	0	/* the node that answered */
#define MACHEMU_NODE_UP		1	/* answered a ping within a second */
#define MACHEMU_NODE_DOWN	2	/* did not */

/* The kernel object type mach_port_kernel_object gives for a proxy: a
 * port of another node, whose index it gives as the object's address. */
#define MACHEMU_IKOT_PROXY	101

#endif
