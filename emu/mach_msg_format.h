/*
 * mach_msg_format: the one place that knows the layout of GNU Mach typed
 * messages as Debian 12's GNU MIG (1.8+git20221221) and gnumach-dev
 * (1.8+git20221224) generate them on x86_64: a 32-byte header, 4-byte
 * mach_msg_type_t words, 12-byte long-form descriptors, inline data padded
 * to 4 bytes, 4-byte port names and 8-byte out-of-line addresses at
 * 4-aligned offsets (see shared/reference/mig-runtime.md, section 3).
 *
 * Both sides use it: libmachemu to find out-of-line regions before a send,
 * machd to copy messages in and out of its kernel space.  The walker only
 * reads and range-checks; it never dereferences an out-of-line address.
 * A second ABI would be a second implementation of this header.
 */
#ifndef MACHEMU_MACH_MSG_FORMAT_H
#define MACHEMU_MACH_MSG_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <mach/message.h>

/* Sizes on the wire, in bytes. */
enum {
	MSG_HEADER_SIZE = 32,		/* mach_msg_header_t */
	MSG_TYPE_SIZE = 4,		/* mach_msg_type_t */
	MSG_TYPE_LONG_SIZE = 12,	/* mach_msg_type_long_t */
	MSG_ALIGN = 4,			/* every item starts 4-aligned */
	MSG_OOL_ADDR_SIZE = 8,		/* an out-of-line address */
	MSG_PORT_NAME_SIZE = 4,		/* a port name in a message */
	MSG_PORT_NAME_BITS = 32,	/* msgt_size of a port item */
};

/* Offsets of the header fields the daemon reads or writes. */
enum {
	MSG_OFF_BITS = 0,
	MSG_OFF_SIZE = 4,
	MSG_OFF_REMOTE_PORT = 8,
	MSG_OFF_LOCAL_PORT = 16,
	MSG_OFF_SEQNO = 24,
	MSG_OFF_ID = 28,
};

/* Kind of a body item, from its type name. */
enum msg_item_kind {
	MSG_ITEM_DATA,		/* plain data: integers, chars, strings, reals */
	MSG_ITEM_PORT_NAME,	/* MACH_MSG_TYPE_PORT_NAME: a name, not a right */
	MSG_ITEM_PORT_RIGHT,	/* MOVE_RECEIVE .. MAKE_SEND_ONCE (16..21) */
};

/* One body item, as the walker found it. */
struct msg_item {
	size_t desc_offset;	/* offset of its type descriptor */
	size_t data_offset;	/* offset of the inline data or OOL address */
	size_t end_offset;	/* offset just past the item (padded) */
	mach_msg_type_name_t name;	/* msgt_name, or msgtl_name if long */
	unsigned size_bits;	/* bits per element */
	size_t number;		/* number of elements */
	size_t data_size;	/* bytes of data: (number * size_bits + 7) / 8 */
	bool is_inline;
	bool is_longform;
	bool deallocate;
	enum msg_item_kind kind;
};

/* Walks the body of one message.  Initialise, then call next until done. */
struct msg_walker {
	const uint8_t *msg;
	size_t size;		/* bytes of the whole message, header included */
	size_t pos;		/* offset of the next item */
};

/*
 * Start walking the body of MSG, SIZE bytes long (header included).
 * SIZE must be at least MSG_HEADER_SIZE; the caller checks the header.
 */
void msg_walker_init(struct msg_walker *w, const void *msg, size_t size);

/*
 * Read the next item into *ITEM.  Returns:
 *   MACH_MSG_SUCCESS         an item was read; *DONE is false
 *   MACH_MSG_SUCCESS         the body is exhausted; *DONE is true
 *   MACH_SEND_MSG_TOO_SMALL  a descriptor or its data runs past the end
 *   MACH_SEND_INVALID_TYPE   an unknown type name, a port item whose size
 *                            is not 32 bits, or an element count whose
 *                            byte size overflows
 * On error the walker does not advance.
 */
mach_msg_return_t msg_walker_next(struct msg_walker *w, struct msg_item *item,
    bool *done);

/*
 * Check a whole message that is about to be sent: SIZE is a multiple of
 * 4 and at least a header (else MACH_SEND_MSG_TOO_SMALL), and, if the
 * header's COMPLEX bit is set, every body item parses.  Counts the port
 * rights (elements of port-right items, inline or not) and out-of-line
 * regions into *NRIGHTS and *NOOL when those are not NULL.
 */
mach_msg_return_t msg_check(const void *msg, size_t size, size_t *nrights,
    size_t *nool);

/* Little-endian 32- and 64-bit loads and stores at any 4-aligned offset. */
static inline uint32_t
msg_get32(const void *msg, size_t off)
{
	uint32_t v;
	__builtin_memcpy(&v, (const uint8_t *)msg + off, sizeof v);
	return v;
}

static inline void
msg_put32(void *msg, size_t off, uint32_t v)
{
	__builtin_memcpy((uint8_t *)msg + off, &v, sizeof v);
}

static inline uint64_t
msg_get64(const void *msg, size_t off)
{
	uint64_t v;
	__builtin_memcpy(&v, (const uint8_t *)msg + off, sizeof v);
	return v;
}

static inline void
msg_put64(void *msg, size_t off, uint64_t v)
{
	__builtin_memcpy((uint8_t *)msg + off, &v, sizeof v);
}

/*
 * Rewrite the type name of ITEM in place (a port item's disposition
 * becomes the type the receiver sees, e.g. COPY_SEND -> PORT_SEND).
 */
void msg_item_set_name(void *msg, const struct msg_item *item,
    mach_msg_type_name_t name);

/* Clear the deallocate bit of ITEM in place (set on every received item). */
void msg_item_clear_deallocate(void *msg, const struct msg_item *item);

/* The type a receiver sees for a right sent with disposition DISP. */
mach_msg_type_name_t msg_type_received(mach_msg_type_name_t disp);

/* True for the six dispositions a sender may use for a right. */
bool msg_type_is_disposition(mach_msg_type_name_t name);

#endif
