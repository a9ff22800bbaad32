/*
 * mach.h: the one header a GNU Hurd or CMU Mach program includes to use
 * Mach, as glibc provides it: the basic types and mach_msg, the MIG
 * error codes, the startup values of <mach_init.h>, the traps, and the
 * MIG-generated user stubs of the kernel interfaces (mach.defs as
 * <mach/mach_interface.h>, mach_port.defs, mach_host.defs), which the
 * libmachemu build generates and puts on the include path.  It also
 * declares the message helpers of libmachemu: the server loop
 * (client/msg_server.c) and mach_msg_destroy (client/msg_destroy.c).
 */
#ifndef _MACH_H
#define _MACH_H 1

#include <mach/mach_types.h>
#include <mach/message.h>
#include <mach/mig_errors.h>
#include <mach_init.h>
#include <mach/mach_traps.h>
#include <mach/mach_interface.h>
#include <mach/mach_port.h>
#include <mach/mach_osf.h>
#include <mach/mach_host.h>

/*
 * Receive requests on RCV_NAME (a receive right or a port set), hand each
 * to DEMUX, which builds the reply (a MIG server demux, or a chain of
 * them), and send the reply if there is one, for ever.  MAX_SIZE bounds
 * requests and replies; 0 means two pages and buffers that grow to fit
 * any request.  Returns only on an error it cannot handle.
 */
extern mach_msg_return_t mach_msg_server(
    boolean_t (*demux)(mach_msg_header_t *request, mach_msg_header_t *reply),
    mach_msg_size_t max_size, mach_port_t rcv_name);
extern __typeof(mach_msg_server) __mach_msg_server;

/*
 * The same, with mach_msg OPTIONs for every receive (e.g. MACH_RCV_TIMEOUT)
 * and TIMEOUT: returns MACH_RCV_TIMED_OUT when the server has been idle
 * for TIMEOUT milliseconds with MACH_RCV_TIMEOUT.
 */
extern mach_msg_return_t mach_msg_server_timeout(
    boolean_t (*demux)(mach_msg_header_t *request, mach_msg_header_t *reply),
    mach_msg_size_t max_size, mach_port_t rcv_name,
    mach_msg_option_t option, mach_msg_timeout_t timeout);
extern __typeof(mach_msg_server_timeout) __mach_msg_server_timeout;

/*
 * Release the port rights and out-of-line memory that the received
 * message MSG holds (not the destination in msgh_local_port, which a
 * receive consumes).
 */
extern void mach_msg_destroy(mach_msg_header_t *msg);
extern __typeof(mach_msg_destroy) __mach_msg_destroy;

/* Send MSG, msgh_size bytes long, without a timeout. */
extern mach_msg_return_t mach_msg_send(mach_msg_header_t *msg);
extern __typeof(mach_msg_send) __mach_msg_send;

/* Receive into MSG (msgh_size bytes) from its msgh_local_port. */
extern mach_msg_return_t mach_msg_receive(mach_msg_header_t *msg);
extern __typeof(mach_msg_receive) __mach_msg_receive;

#endif /* _MACH_H */
