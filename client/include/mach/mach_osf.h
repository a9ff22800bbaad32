/*
 * mach_osf.h: the port calls of the OSF Mach man pages that GNU Mach
 * has no routine for, provided by libmachemu as library calls over the
 * GNU ones: mach_port_insert_member and mach_port_extract_member (over
 * mach_port_move_member), mach_port_get_attributes and
 * mach_port_set_attributes (over mach_port_get_receive_status and
 * mach_port_set_qlimit), and mach_msg_overwrite (over mach_msg).
 * <mach.h> includes it.
 */
#ifndef _MACH_MACH_OSF_H
#define _MACH_MACH_OSF_H 1

#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/port.h>

typedef int mach_port_flavor_t;
typedef integer_t *mach_port_info_t;

/* Flavors of mach_port_get_attributes and mach_port_set_attributes. */
#define MACH_PORT_LIMITS_INFO		1	/* struct mach_port_limits */
#define MACH_PORT_RECEIVE_STATUS	2	/* mach_port_status_t */
#define MACH_PORT_DNREQUESTS_SIZE	3	/* an int (always 0 here) */

struct mach_port_limits {
	union {
		mach_port_msgcount_t mpl_qlimit;	/* OSF/xnu name */
		mach_port_msgcount_t queue_limit;	/* man page name */
	};
};
typedef struct mach_port_limits mach_port_limits_t;

#define MACH_PORT_LIMITS_INFO_COUNT \
	((mach_msg_type_number_t)(sizeof(mach_port_limits_t) / sizeof(natural_t)))
#define MACH_PORT_RECEIVE_STATUS_COUNT \
	((mach_msg_type_number_t)(sizeof(mach_port_status_t) / sizeof(natural_t)))
#define MACH_PORT_DNREQUESTS_SIZE_COUNT	((mach_msg_type_number_t)1)

/*
 * Put the receive right MEMBER into the port set SET.  A receive right is
 * in at most one set in GNU Mach: one already in another set leaves it.
 */
kern_return_t mach_port_insert_member(ipc_space_t task,
    mach_port_name_t member, mach_port_name_t set);

/* Take MEMBER out of SET; KERN_NOT_IN_SET if it is not in it. */
kern_return_t mach_port_extract_member(ipc_space_t task,
    mach_port_name_t member, mach_port_name_t set);

kern_return_t mach_port_get_attributes(ipc_space_t task,
    mach_port_name_t name, mach_port_flavor_t flavor,
    mach_port_info_t port_info, mach_msg_type_number_t *port_info_count);

kern_return_t mach_port_set_attributes(ipc_space_t task,
    mach_port_name_t name, mach_port_flavor_t flavor,
    mach_port_info_t port_info, mach_msg_type_number_t port_info_count);

/*
 * mach_msg, receiving into RCV_MSG (RCV_LIMIT bytes) instead of MSG; the
 * send half uses MSG.  RCV_MSG NULL means MSG.
 */
mach_msg_return_t mach_msg_overwrite(mach_msg_header_t *msg,
    mach_msg_option_t option, mach_msg_size_t send_size,
    mach_msg_size_t rcv_limit, mach_port_t rcv_name,
    mach_msg_timeout_t timeout, mach_port_t notify,
    mach_msg_header_t *rcv_msg, mach_msg_size_t rcv_msg_size);

/*
 * The privileged host port (host_priv), for norma_get_special_port and
 * the like; a new user reference each call.  Every task of machd's socket
 * owner may have it (the socket is that user's alone).
 */
mach_port_t mach_host_priv_self(void);

/* The page size of HOST, as vm_statistics reports it. */
kern_return_t host_page_size(mach_port_t host, vm_size_t *page_size);

#endif
