/*
 * mach_msg_format: walk and check the body of a GNU Mach typed message in
 * the x86_64 layout that Debian 12's MIG generates (see mach_msg_format.h
 * and shared/reference/mig-runtime.md, section 3).  This file owns the
 * meaning of the mach_msg_type_t bits, the long-form descriptor, the
 * padding of inline data, the size of an out-of-line address and the
 * classification of type names into data, port names and port rights;
 * nothing else in machemu decodes a descriptor.
 *
 * Every read is range-checked against the message size before it is made,
 * with arithmetic that cannot overflow, because the bytes come from an
 * untrusted task.  Out-of-line addresses are read as numbers and never
 * dereferenced.  All loads and stores go through memcpy (msg_get32 and
 * friends), since 8-byte items sit at offsets that are only 4-aligned.
 */
#include "mach_msg_format.h"

/* Bits of the first descriptor word (mach_msg_type_t). */
#define MSGT_NAME_MASK		0x000000ffU
#define MSGT_SIZE_SHIFT		8
#define MSGT_SIZE_MASK		0x000000ffU
#define MSGT_NUMBER_SHIFT	16
#define MSGT_NUMBER_MASK	0x00000fffU
#define MSGT_INLINE		0x10000000U
#define MSGT_LONGFORM		0x20000000U
#define MSGT_DEALLOCATE		0x40000000U

/* Offsets inside a long-form descriptor (mach_msg_type_long_t). */
#define MSGTL_OFF_NAME_SIZE	4	/* u16 msgtl_name, u16 msgtl_size */
#define MSGTL_OFF_NUMBER	8	/* u32 msgtl_number */
#define MSGTL_NAME_MASK		0x0000ffffU
#define MSGTL_SIZE_SHIFT	16

/*
 * Classify type name NAME into *KIND.  Returns MACH_MSG_SUCCESS, or
 * MACH_SEND_INVALID_TYPE for a name a sender may not put in a body:
 * the unassigned 3-7, 13 and 14, PROTECTED_PAYLOAD (23, header only)
 * and everything above.
 */
static mach_msg_return_t
msg_type_classify(mach_msg_type_name_t name, enum msg_item_kind *kind)
{
	switch (name) {
	case MACH_MSG_TYPE_BOOLEAN:
	case MACH_MSG_TYPE_INTEGER_16:
	case MACH_MSG_TYPE_INTEGER_32:
	case MACH_MSG_TYPE_CHAR:
	case MACH_MSG_TYPE_BYTE:
	case MACH_MSG_TYPE_REAL:
	case MACH_MSG_TYPE_INTEGER_64:
	case MACH_MSG_TYPE_STRING:
		*kind = MSG_ITEM_DATA;
		return MACH_MSG_SUCCESS;
	case MACH_MSG_TYPE_PORT_NAME:
		*kind = MSG_ITEM_PORT_NAME;
		return MACH_MSG_SUCCESS;
	default:
		if (msg_type_is_disposition(name)) {
			*kind = MSG_ITEM_PORT_RIGHT;
			return MACH_MSG_SUCCESS;
		}
		return MACH_SEND_INVALID_TYPE;
	}
}

/*
 * Bytes of data for NUMBER elements of SIZE_BITS bits each, rounded up
 * to whole bytes, into *BYTES.  NUMBER is at most 2^32-1 and SIZE_BITS
 * at most 65535, so the bit count fits in 64 bits.  Returns
 * MACH_MSG_SUCCESS, or MACH_SEND_INVALID_TYPE if the byte count does
 * not fit in a size_t (only possible where size_t is narrower than 64
 * bits).
 */
static mach_msg_return_t
msg_type_data_size(uint32_t number, unsigned size_bits, size_t *bytes)
{
	uint64_t bits = (uint64_t)number * size_bits;
	uint64_t b = bits / 8 + (bits % 8 != 0);

#if SIZE_MAX < UINT64_MAX
	/* Keep room for rounding up to MSG_ALIGN as well. */
	if (b > (uint64_t)(SIZE_MAX - (MSG_ALIGN - 1)))
		return MACH_SEND_INVALID_TYPE;
#endif
	*bytes = (size_t)b;
	return MACH_MSG_SUCCESS;
}

/*
 * Start walking the body of MSG, SIZE bytes long, header included.  The
 * first item is read at MSG_HEADER_SIZE.  Cannot fail; a SIZE below
 * MSG_HEADER_SIZE makes the first msg_walker_next return
 * MACH_SEND_MSG_TOO_SMALL.
 */
void
msg_walker_init(struct msg_walker *w, const void *msg, size_t size)
{
	w->msg = msg;
	w->size = size;
	w->pos = MSG_HEADER_SIZE;
}

/*
 * Read the item at the walker's position into *ITEM and advance past it,
 * or set *DONE when the position is exactly the end of the message.
 * Checks, in this order: a whole descriptor (short, then long-form tail)
 * lies inside the message; the type name is known; a port item has
 * 32-bit elements; the byte count fits in a size_t; the inline data or
 * the OOL address lies inside the message.  Returns MACH_MSG_SUCCESS,
 * MACH_SEND_MSG_TOO_SMALL or MACH_SEND_INVALID_TYPE as the header says;
 * on error neither the walker nor *ITEM nor *DONE is changed.
 */
mach_msg_return_t
msg_walker_next(struct msg_walker *w, struct msg_item *item, bool *done)
{
	size_t pos = w->pos;
	size_t left, desc_size, data_offset, data_size, span;
	uint32_t word, number;
	unsigned size_bits;
	mach_msg_type_name_t name;
	enum msg_item_kind kind;
	bool is_inline, is_longform;
	mach_msg_return_t mr;

	if (pos > w->size)
		return MACH_SEND_MSG_TOO_SMALL;
	left = w->size - pos;
	if (left == 0) {
		*done = true;
		return MACH_MSG_SUCCESS;
	}

	/* The descriptor. */
	if (left < MSG_TYPE_SIZE)
		return MACH_SEND_MSG_TOO_SMALL;
	word = msg_get32(w->msg, pos);
	is_inline = (word & MSGT_INLINE) != 0;
	is_longform = (word & MSGT_LONGFORM) != 0;
	if (is_longform) {
		uint32_t ns;

		if (left < MSG_TYPE_LONG_SIZE)
			return MACH_SEND_MSG_TOO_SMALL;
		ns = msg_get32(w->msg, pos + MSGTL_OFF_NAME_SIZE);
		name = ns & MSGTL_NAME_MASK;
		size_bits = ns >> MSGTL_SIZE_SHIFT;
		number = msg_get32(w->msg, pos + MSGTL_OFF_NUMBER);
		desc_size = MSG_TYPE_LONG_SIZE;
	} else {
		name = word & MSGT_NAME_MASK;
		size_bits = (word >> MSGT_SIZE_SHIFT) & MSGT_SIZE_MASK;
		number = (word >> MSGT_NUMBER_SHIFT) & MSGT_NUMBER_MASK;
		desc_size = MSG_TYPE_SIZE;
	}

	/* Its type. */
	mr = msg_type_classify(name, &kind);
	if (mr != MACH_MSG_SUCCESS)
		return mr;
	if (kind != MSG_ITEM_DATA && size_bits != MSG_PORT_NAME_BITS)
		return MACH_SEND_INVALID_TYPE;
	mr = msg_type_data_size(number, size_bits, &data_size);
	if (mr != MACH_MSG_SUCCESS)
		return mr;

	/* Its data, padded, or its OOL address. */
	data_offset = pos + desc_size;
	left -= desc_size;
	if (is_inline)
		span = (data_size + (MSG_ALIGN - 1)) & ~(size_t)(MSG_ALIGN - 1);
	else
		span = MSG_OOL_ADDR_SIZE;
	if (span > left)
		return MACH_SEND_MSG_TOO_SMALL;

	item->desc_offset = pos;
	item->data_offset = data_offset;
	item->end_offset = data_offset + span;
	item->name = name;
	item->size_bits = size_bits;
	item->number = number;
	item->data_size = data_size;
	item->is_inline = is_inline;
	item->is_longform = is_longform;
	item->deallocate = (word & MSGT_DEALLOCATE) != 0;
	item->kind = kind;
	w->pos = item->end_offset;
	*done = false;
	return MACH_MSG_SUCCESS;
}

/*
 * Check the message MSG of SIZE bytes before it is sent and count what
 * it carries.  A message without MACH_MSGH_BITS_COMPLEX is plain data and
 * its body is not walked.  Returns MACH_MSG_SUCCESS, having stored the
 * number of port rights (elements of port-right items) in *NRIGHTS and of
 * out-of-line items in *NOOL, each when not NULL; MACH_SEND_MSG_TOO_SMALL
 * if SIZE is below a header, not a multiple of 4, or an item runs past
 * the end; MACH_SEND_INVALID_TYPE for a bad item (see msg_walker_next)
 * or a right count that does not fit in a size_t.  Nothing is stored on
 * error.
 */
mach_msg_return_t
msg_check(const void *msg, size_t size, size_t *nrights, size_t *nool)
{
	struct msg_walker w;
	struct msg_item item;
	size_t rights = 0, ool = 0;
	bool done = false;
	mach_msg_return_t mr;

	if (size < MSG_HEADER_SIZE || size % MSG_ALIGN != 0)
		return MACH_SEND_MSG_TOO_SMALL;

	if (msg_get32(msg, MSG_OFF_BITS) & MACH_MSGH_BITS_COMPLEX) {
		msg_walker_init(&w, msg, size);
		for (;;) {
			mr = msg_walker_next(&w, &item, &done);
			if (mr != MACH_MSG_SUCCESS)
				return mr;
			if (done)
				break;
			if (item.kind == MSG_ITEM_PORT_RIGHT) {
				if (item.number > SIZE_MAX - rights)
					return MACH_SEND_INVALID_TYPE;
				rights += item.number;
			}
			if (!item.is_inline)
				ool++;
		}
	}

	if (nrights != NULL)
		*nrights = rights;
	if (nool != NULL)
		*nool = ool;
	return MACH_MSG_SUCCESS;
}

/*
 * Store NAME as the type name of ITEM in MSG: the low 8 bits of the first
 * word for a short descriptor, msgtl_name (16 bits) for a long one.  The
 * other descriptor bits are kept, and *ITEM is not updated.  NAME must
 * fit the field; in practice it is a received port type (16..18).
 */
void
msg_item_set_name(void *msg, const struct msg_item *item,
    mach_msg_type_name_t name)
{
	size_t off;
	uint32_t v;

	if (item->is_longform) {
		off = item->desc_offset + MSGTL_OFF_NAME_SIZE;
		v = msg_get32(msg, off);
		v = (v & ~MSGTL_NAME_MASK) | (name & MSGTL_NAME_MASK);
	} else {
		off = item->desc_offset;
		v = msg_get32(msg, off);
		v = (v & ~MSGT_NAME_MASK) | (name & MSGT_NAME_MASK);
	}
	msg_put32(msg, off, v);
}

/*
 * Clear msgt_deallocate in the first word of ITEM's descriptor in MSG,
 * as the kernel does on every item it delivers.  *ITEM is not updated.
 */
void
msg_item_clear_deallocate(void *msg, const struct msg_item *item)
{
	uint32_t v = msg_get32(msg, item->desc_offset);

	msg_put32(msg, item->desc_offset, v & ~MSGT_DEALLOCATE);
}

/*
 * Returns the type name a receiver finds for a right sent with
 * disposition DISP: PORT_RECEIVE, PORT_SEND or PORT_SEND_ONCE.  Any
 * other DISP (not a disposition) is returned unchanged.
 */
mach_msg_type_name_t
msg_type_received(mach_msg_type_name_t disp)
{
	switch (disp) {
	case MACH_MSG_TYPE_MOVE_RECEIVE:
		return MACH_MSG_TYPE_PORT_RECEIVE;
	case MACH_MSG_TYPE_MOVE_SEND:
	case MACH_MSG_TYPE_COPY_SEND:
	case MACH_MSG_TYPE_MAKE_SEND:
		return MACH_MSG_TYPE_PORT_SEND;
	case MACH_MSG_TYPE_MOVE_SEND_ONCE:
	case MACH_MSG_TYPE_MAKE_SEND_ONCE:
		return MACH_MSG_TYPE_PORT_SEND_ONCE;
	default:
		return disp;
	}
}

/*
 * Returns true if NAME is one of the six dispositions a sender may give
 * a right (MOVE_RECEIVE .. MAKE_SEND_ONCE, 16..21).
 */
bool
msg_type_is_disposition(mach_msg_type_name_t name)
{
	return name >= MACH_MSG_TYPE_MOVE_RECEIVE &&
	    name <= MACH_MSG_TYPE_MAKE_SEND_ONCE;
}
