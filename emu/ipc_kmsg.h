/*
 * ipc_kmsg: a message inside the kernel, between the sender's copyin and
 * the receiver's copyout.  The bytes keep the sender's layout; the rights
 * and out-of-line regions it carries are held apart, because a 4-byte
 * port slot cannot hold a pointer: while the message is in the kernel,
 * each port slot holds an index into ikm_rights and each out-of-line
 * address slot an index into ikm_ool.
 */
#ifndef MACHEMU_IPC_KMSG_H
#define MACHEMU_IPC_KMSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>
#include <mach/message.h>

/* Messages in existence. */
extern unsigned long ipc_kmsg_count;

/* Rights (or regions) one message may carry; more is MACH_SEND_NO_BUFFER. */
#define IPC_KMSG_MAX_RIGHTS	65536
/* Bytes of an inline message that ipc_kmsg_import takes (from a peer). */
#define IPC_KMSG_MAX_IMPORT	(1024 * 1024)

struct ipc_port;
struct ipc_space;
struct vm_object;
struct vm_map;

/* A right carried in the body: port is NULL, IP_DEAD or a real port. */
struct ipc_kmsg_right {
	struct ipc_port *port;
	mach_msg_type_name_t type;	/* PORT_SEND, PORT_SEND_ONCE, PORT_RECEIVE */
};

/*
 * An out-of-line region: SIZE bytes of OBJECT from OFFSET, or, for an
 * out-of-line array of port rights, SIZE / 4 rights from ikm_rights
 * starting at RIGHTS_FIRST (the array is built anew for the receiver).
 */
struct ipc_kmsg_ool {
	struct vm_object *object;	/* NULL: empty, or an array of rights */
	uint64_t offset;
	uint64_t size;
	bool is_ports;
	size_t rights_first;
	uint64_t sender_addr;		/* where the sender had it */
	bool sender_dealloc;		/* sent with deallocate */
};

struct ipc_kmsg {
	TAILQ_ENTRY(ipc_kmsg) ikm_link;
	uint8_t *ikm_data;		/* header and body */
	mach_msg_size_t ikm_size;
	struct ipc_port *ikm_remote;	/* destination right */
	mach_msg_type_name_t ikm_remote_type;
	struct ipc_port *ikm_local;	/* reply right, NULL or IP_DEAD */
	mach_msg_type_name_t ikm_local_type;
	struct ipc_kmsg_right *ikm_rights;
	size_t ikm_nrights;
	struct ipc_kmsg_ool *ikm_ool;
	size_t ikm_nool;
	mach_port_seqno_t ikm_seqno;	/* set when dequeued */
	uint64_t ikm_stamp;		/* order of arrival, for port sets */
};

/*
 * Where the out-of-line data of a message being copied in comes from.
 * A client's regions arrive already copied into one memory object (its
 * memfd); the kernel's replies point into machd's own memory.
 */
struct ipc_ool_source {
	struct vm_object *object;	/* the client's object, or NULL */
	const uint64_t *offsets;	/* per region: offset in OBJECT */
	const uint64_t *sizes;		/* per region: size the client copied */
	size_t count;
};

/*
 * Copy MSG (SIZE bytes) in from SPACE: check its layout, translate its
 * rights according to their dispositions, take its out-of-line regions
 * from OOL (or, when OOL is NULL, from the caller's own memory, freeing
 * regions sent with deallocate).  On success *KMSGP holds a message ready
 * for ipc_mqueue_send.  Returns the MACH_SEND_* code of the first problem
 * otherwise: MACH_SEND_MSG_TOO_SMALL, MACH_SEND_INVALID_TYPE,
 * MACH_SEND_INVALID_HEADER, MACH_SEND_INVALID_DEST, MACH_SEND_INVALID_REPLY
 * (nothing changed), or MACH_SEND_INVALID_RIGHT, MACH_SEND_INVALID_MEMORY,
 * MACH_SEND_NO_BUFFER (the message was destroyed as GNU Mach does: rights
 * already copied in are released, the destination among them).
 */
mach_msg_return_t ipc_kmsg_copyin(struct ipc_space *space, const void *msg,
    mach_msg_size_t size, const struct ipc_ool_source *ool,
    struct ipc_kmsg **kmsgp);

/*
 * A message that comes from another node: MSG (SIZE bytes) in machd's
 * own layout, whose body carries NRIGHTS rights and NOOL regions.  The
 * layout is checked and the slots numbered anew in message order (what
 * the sender wrote there is not trusted); *KMSGP gets a message whose
 * ikm_rights have their types but no ports, and whose ikm_ool have
 * their sizes, kinds and first rights but no objects: the caller fills
 * them in, and the destination and reply.  Returns MACH_SEND_* for a
 * malformed message, MACH_SEND_INVALID_RIGHT also when the counts
 * differ or the body carries a receive right.
 */
mach_msg_return_t ipc_kmsg_import(const void *msg, mach_msg_size_t size,
    size_t nrights, size_t nool, struct ipc_kmsg **kmsgp);
/*
 * Copy KMSG out to SPACE: rights get names there, out-of-line regions are
 * entered in MAP (machd's own address space when MAP is NULL), and the
 * header is swapped as a receiver sees it, with its seqno.  Consumes KMSG and
 * returns the message bytes in *DATAP (malloc'd, *SIZEP bytes).  Returns
 * MACH_MSG_SUCCESS, or MACH_RCV_BODY_ERROR when an out-of-line region
 * could not be mapped (its address reads 0 and the rest is delivered).
 */
mach_msg_return_t ipc_kmsg_copyout(struct ipc_kmsg *kmsg,
    struct ipc_space *space, struct vm_map *map, uint8_t **datap, mach_msg_size_t *sizep);

/*
 * Give KMSG back to the sender in SPACE, as a pseudo-receive does when a
 * send times out: its rights (the destination and reply ones included)
 * get names there and its regions addresses, but the header is not
 * swapped.  Consumes KMSG; returns as ipc_kmsg_copyout.
 */
mach_msg_return_t ipc_kmsg_copyout_pseudo(struct ipc_kmsg *kmsg,
    struct ipc_space *space, struct vm_map *map, uint8_t **datap,
    mach_msg_size_t *sizep);

/*
 * Destroy KMSG, too large for its receiver, leaving in OUT the header a
 * receiver of SPACE gets back (GNU Mach's copyout of the destination
 * only): its size, seqno and id, the destination named as the receiver
 * names it, and no reply port.
 */
void ipc_kmsg_destroy_too_large(struct ipc_kmsg *kmsg, struct ipc_space *space,
    mach_msg_header_t *out);

/* Destroy KMSG and every right and region it carries. */
void ipc_kmsg_destroy(struct ipc_kmsg *kmsg);

/*
 * Build a kernel message (a notification) of SIZE bytes from MSG, sent
 * through REMOTE, a right of REMOTE_TYPE the caller gives.  If RIGHT is
 * not NULL, the body's first item is a port item carrying that receive
 * right (the caller's reference goes with it); otherwise the body must
 * be simple.  NULL when out of memory (nothing consumed).
 */
struct ipc_kmsg *ipc_kmsg_alloc_simple(const void *msg, mach_msg_size_t size,
    struct ipc_port *remote, mach_msg_type_name_t remote_type,
    struct ipc_port *right);

#endif
