/*
 * norma_special_ports.h: the special ports of a NORMA node, as CMU Mach
 * 3.0 numbered them, and the macros over norma_get_special_port and
 * norma_set_special_port (<mach/mach_norma.h>).  Ids up to
 * MAX_SPECIAL_KERNEL_ID are the kernel's; the others, up to
 * MAX_SPECIAL_ID, are for programs to set (the name server among them).
 */
#ifndef _MACH_NORMA_SPECIAL_PORTS_H_
#define _MACH_NORMA_SPECIAL_PORTS_H_

#define NORMA_DEVICE_PORT	1	/* none in machemu: MACH_PORT_NULL */
#define NORMA_HOST_PORT		2
#define NORMA_HOST_PRIV_PORT	3
#define MAX_SPECIAL_KERNEL_ID	3
#define NORMA_NAMESERVER_PORT	(MAX_SPECIAL_KERNEL_ID + 1)
#define MAX_SPECIAL_ID		32

#define norma_get_device_port(host, node, port) \
	(norma_get_special_port((host), (node), NORMA_DEVICE_PORT, (port)))
#define norma_get_host_port(host, node, port) \
	(norma_get_special_port((host), (node), NORMA_HOST_PORT, (port)))
#define norma_get_host_priv_port(host, node, port) \
	(norma_get_special_port((host), (node), NORMA_HOST_PRIV_PORT, (port)))
#define norma_get_nameserver_port(host, node, port) \
	(norma_get_special_port((host), (node), NORMA_NAMESERVER_PORT, (port)))
#define norma_set_nameserver_port(host, port) \
	(norma_set_special_port((host), NORMA_NAMESERVER_PORT, (port)))

#endif
