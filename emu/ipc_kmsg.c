/*
 * ipc_kmsg: copyin and copyout of typed messages.  Copyin checks the whole
 * layout first (mach_msg_format), so a malformed message is refused before
 * any right moves; then it takes the header rights and the body rights in
 * message order, as dispositions must be applied.  Copyout gives the
 * receiver names for the rights and fresh regions for out-of-line data.
 */
#include "ipc_kmsg.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ipc_entry.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "mach_msg_format.h"
#include "vm_map.h"
#include "vm_object.h"

#define USER_BITS	(MACH_MSGH_BITS_PORTS_MASK | MACH_MSGH_BITS_COMPLEX)

unsigned long ipc_kmsg_count;

static struct ipc_kmsg *
kmsg_alloc(const void *msg, mach_msg_size_t size, size_t nrights, size_t nool)
{
	struct ipc_kmsg *kmsg = calloc(1, sizeof *kmsg);
	if (kmsg == NULL)
		return NULL;
	kmsg->ikm_data = malloc(size);
	kmsg->ikm_rights = calloc(nrights ? nrights : 1, sizeof *kmsg->ikm_rights);
	kmsg->ikm_ool = calloc(nool ? nool : 1, sizeof *kmsg->ikm_ool);
	if (kmsg->ikm_data == NULL || kmsg->ikm_rights == NULL ||
	    kmsg->ikm_ool == NULL) {
		free(kmsg->ikm_data);
		free(kmsg->ikm_rights);
		free(kmsg->ikm_ool);
		free(kmsg);
		return NULL;
	}
	memcpy(kmsg->ikm_data, msg, size);
	kmsg->ikm_size = size;
	ipc_kmsg_count++;
	/* Header padding is uninitialised stack in stub-built messages. */
	msg_put32(kmsg->ikm_data, MSG_OFF_REMOTE_PORT + 4, 0);
	msg_put32(kmsg->ikm_data, MSG_OFF_LOCAL_PORT + 4, 0);
	return kmsg;
}

void
ipc_kmsg_destroy(struct ipc_kmsg *kmsg)
{
	ipc_right_release(kmsg->ikm_remote, kmsg->ikm_remote_type);
	ipc_right_release(kmsg->ikm_local, kmsg->ikm_local_type);
	for (size_t i = 0; i < kmsg->ikm_nrights; i++)
		ipc_right_release(kmsg->ikm_rights[i].port,
		    kmsg->ikm_rights[i].type);
	for (size_t i = 0; i < kmsg->ikm_nool; i++)
		if (kmsg->ikm_ool[i].object != NULL)
			vm_object_release(kmsg->ikm_ool[i].object);
	free(kmsg->ikm_data);
	free(kmsg->ikm_rights);
	free(kmsg->ikm_ool);
	free(kmsg);
	ipc_kmsg_count--;
}

static bool
is_send_disposition(mach_msg_type_name_t d)
{
	return msg_type_is_disposition(d) && d != MACH_MSG_TYPE_MOVE_RECEIVE;
}

/* Would copying in NAME with DISP from SPACE succeed (DEADOK: a dead
 * name passes for a send right)?  Checked before the header rights
 * move, so that a bad header changes nothing. */
static bool
header_right_ok(struct ipc_space *space, mach_port_name_t name,
    mach_msg_type_name_t disp, bool deadok)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, name);
	if (entry == NULL)
		return false;
	if (ipc_right_check(space, entry))
		return deadok && disp != MACH_MSG_TYPE_MAKE_SEND &&
		    disp != MACH_MSG_TYPE_MAKE_SEND_ONCE;
	switch (disp) {
	case MACH_MSG_TYPE_MAKE_SEND:
	case MACH_MSG_TYPE_MAKE_SEND_ONCE:
		return entry->ie_bits & MACH_PORT_TYPE_RECEIVE;
	case MACH_MSG_TYPE_MOVE_SEND_ONCE:
		return entry->ie_bits & MACH_PORT_TYPE_SEND_ONCE;
	default:
		return entry->ie_bits & MACH_PORT_TYPE_SEND;
	}
}

/*
 * Check and take the header's rights.  The two are taken atomically, as
 * the mach_msg page says: when both name one right, the one that only
 * copies or makes goes first, and two moves need two user references; a
 * failure changes nothing.
 */
static mach_msg_return_t
header_copyin(struct ipc_space *space, struct ipc_kmsg *kmsg,
    mach_port_name_t dest, mach_msg_type_name_t rdisp, mach_port_name_t reply,
    mach_msg_type_name_t ldisp)
{
	if (!MACH_PORT_VALID(dest) || !header_right_ok(space, dest, rdisp, false))
		return MACH_SEND_INVALID_DEST;
	if (MACH_PORT_VALID(reply) && !header_right_ok(space, reply, ldisp, true))
		return MACH_SEND_INVALID_REPLY;
	bool same = reply == dest;
	if (same) {
		struct ipc_entry *entry = ipc_entry_lookup(space, dest);
		unsigned moves = (rdisp == MACH_MSG_TYPE_MOVE_SEND) +
		    (ldisp == MACH_MSG_TYPE_MOVE_SEND);
		if ((rdisp == MACH_MSG_TYPE_MOVE_SEND_ONCE &&
		    ldisp == MACH_MSG_TYPE_MOVE_SEND_ONCE) ||
		    (moves == 2 && entry->ie_urefs < 2))
			return MACH_SEND_INVALID_REPLY;
	}
	/* The reply first when the destination moves the same right. */
	bool reply_first = same && (rdisp == MACH_MSG_TYPE_MOVE_SEND ||
	    rdisp == MACH_MSG_TYPE_MOVE_SEND_ONCE);
	for (int step = 0; step < 2; step++) {
		bool do_reply = (step == 0) == reply_first;
		if (!do_reply) {
			if (ipc_right_copyin(space, dest, rdisp, false,
			    &kmsg->ikm_remote) != KERN_SUCCESS)
				return MACH_SEND_INVALID_DEST;	/* cannot happen */
			kmsg->ikm_remote_type = msg_type_received(rdisp);
		} else if (reply == MACH_PORT_DEAD) {
			kmsg->ikm_local = IP_DEAD;
		} else if (reply != MACH_PORT_NULL) {
			if (ipc_right_copyin(space, reply, ldisp, true,
			    &kmsg->ikm_local) != KERN_SUCCESS)
				return MACH_SEND_INVALID_REPLY;	/* cannot happen */
		}
	}
	kmsg->ikm_local_type = ldisp ? msg_type_received(ldisp) : 0;
	return MACH_MSG_SUCCESS;
}

/* Copy in one body right; NULL and DEAD names pass through. */
static mach_msg_return_t
body_right_copyin(struct ipc_space *space, struct ipc_kmsg *kmsg,
    mach_port_name_t name, mach_msg_type_name_t disp, uint32_t *indexp)
{
	struct ipc_kmsg_right *r = &kmsg->ikm_rights[kmsg->ikm_nrights];
	r->type = msg_type_received(disp);
	if (name == MACH_PORT_NULL)
		r->port = NULL;
	else if (name == MACH_PORT_DEAD)
		r->port = IP_DEAD;
	else if (ipc_right_copyin(space, name, disp, true, &r->port) != KERN_SUCCESS)
		return MACH_SEND_INVALID_RIGHT;
	*indexp = (uint32_t)kmsg->ikm_nrights++;
	return MACH_MSG_SUCCESS;
}

/* Read the bytes of out-of-line region K: from the client's object, or
 * from machd's own memory when SRC is NULL (kernel replies). */
static mach_msg_return_t
ool_read(const struct ipc_ool_source *src, size_t k, uint64_t addr,
    void *buf, size_t len)
{
	if (len == 0)
		return MACH_MSG_SUCCESS;	/* nothing came, nothing to read */
	if (src == NULL) {
		memcpy(buf, (const void *)(uintptr_t)addr, len);
		return MACH_MSG_SUCCESS;
	}
	if (vm_object_read(src->object, src->offsets[k], buf, len) != KERN_SUCCESS)
		return MACH_SEND_INVALID_MEMORY;
	return MACH_MSG_SUCCESS;
}

/* Free a region the kernel sent with deallocate (machd's own memory). */
static void
kernel_ool_dealloc(uint64_t addr, uint64_t size)
{
	uint64_t start = vm_trunc_page(addr);
	munmap((void *)(uintptr_t)start, vm_round_page(addr + size) - start);
}

static mach_msg_return_t
body_ool_copyin(struct ipc_space *space, struct ipc_kmsg *kmsg,
    const struct ipc_ool_source *src, const struct msg_item *it)
{
	size_t k = kmsg->ikm_nool;
	struct ipc_kmsg_ool *ool = &kmsg->ikm_ool[k];
	uint64_t addr = msg_get64(kmsg->ikm_data, it->data_offset);
	mach_msg_return_t mr = MACH_MSG_SUCCESS;

	ool->size = it->data_size;
	ool->sender_addr = addr;
	ool->sender_dealloc = it->deallocate;
	if (src != NULL && (src->sizes[k] != it->data_size ||
	    (it->data_size > 0 && src->object == NULL)))
		return MACH_SEND_INVALID_MEMORY;

	if (it->kind == MSG_ITEM_PORT_RIGHT) {
		/* An array of rights: take each one now, rebuild at copyout. */
		ool->is_ports = true;
		ool->rights_first = kmsg->ikm_nrights;
		mach_port_name_t *names = malloc(it->data_size ? it->data_size : 1);
		if (names == NULL)
			return MACH_SEND_NO_BUFFER;
		mr = ool_read(src, k, addr, names, it->data_size);
		for (size_t i = 0; mr == MACH_MSG_SUCCESS && i < it->number; i++) {
			uint32_t index;
			mr = body_right_copyin(space, kmsg, names[i], it->name, &index);
		}
		free(names);
	} else if (it->data_size > 0) {
		/* A fresh object of machd's own: the sender may still hold its
		 * memfd, and later stores through it must not reach the
		 * receiver (copy semantics). */
		if (vm_object_create(it->data_size, &ool->object) != KERN_SUCCESS)
			return MACH_SEND_NO_BUFFER;
		kern_return_t kr = src != NULL ?
		    vm_object_copy(ool->object, 0, src->object, src->offsets[k],
		    it->data_size) :
		    vm_object_write(ool->object, 0, (const void *)(uintptr_t)addr,
		    it->data_size);
		if (kr != KERN_SUCCESS)
			mr = MACH_SEND_INVALID_MEMORY;
	}
	if (mr == MACH_MSG_SUCCESS && src == NULL && it->deallocate &&
	    it->data_size > 0)
		kernel_ool_dealloc(addr, it->data_size);
	kmsg->ikm_nool++;
	msg_put64(kmsg->ikm_data, it->data_offset, k);
	return mr;
}

static mach_msg_return_t
body_copyin(struct ipc_space *space, struct ipc_kmsg *kmsg,
    const struct ipc_ool_source *src)
{
	struct msg_walker w;
	struct msg_item it;
	bool done;
	msg_walker_init(&w, kmsg->ikm_data, kmsg->ikm_size);
	for (;;) {
		mach_msg_return_t mr = msg_walker_next(&w, &it, &done);
		if (mr != MACH_MSG_SUCCESS || done)
			return mr;
		if (!it.is_inline) {
			mr = body_ool_copyin(space, kmsg, src, &it);
		} else if (it.kind == MSG_ITEM_PORT_RIGHT) {
			for (size_t i = 0; mr == MACH_MSG_SUCCESS && i < it.number; i++) {
				size_t off = it.data_offset + i * MSG_PORT_NAME_SIZE;
				uint32_t index;
				mr = body_right_copyin(space, kmsg,
				    msg_get32(kmsg->ikm_data, off), it.name, &index);
				if (mr == MACH_MSG_SUCCESS)
					msg_put32(kmsg->ikm_data, off, index);
			}
		}
		if (it.kind == MSG_ITEM_PORT_RIGHT)
			msg_item_set_name(kmsg->ikm_data, &it,
			    msg_type_received(it.name));
		if (mr != MACH_MSG_SUCCESS)
			return mr;
	}
}

/* Count the rights and regions of the body items that parse; returns
 * the walker's error at the first that does not (or success). */
static mach_msg_return_t
body_count(const void *msg, mach_msg_size_t size, size_t *nrightsp,
    size_t *noolp)
{
	struct msg_walker w;
	struct msg_item it;
	bool done;
	*nrightsp = *noolp = 0;
	if (!(msg_get32(msg, MSG_OFF_BITS) & MACH_MSGH_BITS_COMPLEX))
		return MACH_MSG_SUCCESS;
	msg_walker_init(&w, msg, size);
	for (;;) {
		mach_msg_return_t mr = msg_walker_next(&w, &it, &done);
		if (mr != MACH_MSG_SUCCESS || done)
			return mr;
		if (it.kind == MSG_ITEM_PORT_RIGHT)
			*nrightsp += it.number;
		if (!it.is_inline)
			(*noolp)++;
		if (*nrightsp > IPC_KMSG_MAX_RIGHTS || *noolp > IPC_KMSG_MAX_RIGHTS)
			return MACH_SEND_NO_BUFFER;
	}
}

mach_msg_return_t
ipc_kmsg_copyin(struct ipc_space *space, const void *msg, mach_msg_size_t size,
    const struct ipc_ool_source *src, struct ipc_kmsg **kmsgp)
{
	if (size < MSG_HEADER_SIZE || size % MSG_ALIGN != 0)
		return MACH_SEND_MSG_TOO_SMALL;
	size_t nrights, nool;
	mach_msg_return_t body_mr = body_count(msg, size, &nrights, &nool);
	if (body_mr == MACH_SEND_NO_BUFFER)
		return body_mr;
	if (src != NULL && src->count != nool)
		return MACH_SEND_INVALID_MEMORY;

	mach_msg_bits_t bits = msg_get32(msg, MSG_OFF_BITS) & USER_BITS;
	mach_msg_type_name_t rdisp = MACH_MSGH_BITS_REMOTE(bits);
	mach_msg_type_name_t ldisp = MACH_MSGH_BITS_LOCAL(bits);
	mach_port_name_t dest = msg_get32(msg, MSG_OFF_REMOTE_PORT);
	mach_port_name_t reply = msg_get32(msg, MSG_OFF_LOCAL_PORT);
	if (!is_send_disposition(rdisp) ||
	    (ldisp != 0 && !is_send_disposition(ldisp)) ||
	    (ldisp == 0 && reply != MACH_PORT_NULL))
		return MACH_SEND_INVALID_HEADER;

	struct ipc_kmsg *kmsg = kmsg_alloc(msg, size, nrights, nool);
	if (kmsg == NULL)
		return MACH_SEND_NO_BUFFER;
	msg_put32(kmsg->ikm_data, MSG_OFF_BITS, bits);
	mach_msg_return_t mr = header_copyin(space, kmsg, dest, rdisp, reply,
	    ldisp);
	if (mr != MACH_MSG_SUCCESS) {
		ipc_kmsg_destroy(kmsg);	/* it holds nothing yet */
		return mr;
	}
	/* A body error destroys the message, the header's rights with it
	 * and the items before the bad one (the mach_msg page). */
	if (bits & MACH_MSGH_BITS_COMPLEX)
		mr = body_copyin(space, kmsg, src);
	if (mr == MACH_MSG_SUCCESS)
		mr = body_mr;
	if (mr != MACH_MSG_SUCCESS) {
		ipc_kmsg_destroy(kmsg);
		return mr;
	}
	*kmsgp = kmsg;
	return MACH_MSG_SUCCESS;
}

struct ipc_kmsg *
ipc_kmsg_alloc_simple(const void *msg, mach_msg_size_t size,
    struct ipc_port *remote, mach_msg_type_name_t remote_type,
    struct ipc_port *right)
{
	struct ipc_kmsg *kmsg = kmsg_alloc(msg, size, right ? 1 : 0, 0);
	if (kmsg == NULL)
		return NULL;
	kmsg->ikm_remote = remote;
	kmsg->ikm_remote_type = remote_type;
	mach_msg_bits_t bits = MACH_MSGH_BITS(remote_type, 0);
	if (right != NULL) {
		/* The first item's slot holds index 0 while in the kernel. */
		kmsg->ikm_rights[0].port = right;
		kmsg->ikm_rights[0].type = MACH_MSG_TYPE_PORT_RECEIVE;
		kmsg->ikm_nrights = 1;
		msg_put32(kmsg->ikm_data, MSG_HEADER_SIZE + MSG_TYPE_SIZE, 0);
		bits |= MACH_MSGH_BITS_COMPLEX;
	}
	msg_put32(kmsg->ikm_data, MSG_OFF_BITS, bits);
	return kmsg;
}

mach_msg_return_t
ipc_kmsg_import(const void *msg, mach_msg_size_t size, size_t nrights,
    size_t nool, struct ipc_kmsg **kmsgp)
{
	size_t want_rights, want_ool;
	mach_msg_return_t mr;
	if (size < MSG_HEADER_SIZE || size > IPC_KMSG_MAX_IMPORT)
		return MACH_SEND_MSG_TOO_SMALL;
	if ((mr = body_count(msg, size, &want_rights, &want_ool)) !=
	    MACH_MSG_SUCCESS)
		return mr;
	if (want_rights != nrights || want_ool != nool)
		return MACH_SEND_INVALID_RIGHT;
	struct ipc_kmsg *kmsg = kmsg_alloc(msg, size, nrights, nool);
	if (kmsg == NULL)
		return MACH_SEND_NO_BUFFER;
	msg_put32(kmsg->ikm_data, MSG_OFF_SIZE, size);
	struct msg_walker w;
	struct msg_item it;
	bool done = !(msg_get32(msg, MSG_OFF_BITS) & MACH_MSGH_BITS_COMPLEX);
	msg_walker_init(&w, kmsg->ikm_data, kmsg->ikm_size);
	while (!done && msg_walker_next(&w, &it, &done) == MACH_MSG_SUCCESS &&
	    !done) {
		if (it.kind == MSG_ITEM_PORT_RIGHT &&
		    it.name != MACH_MSG_TYPE_PORT_SEND &&
		    it.name != MACH_MSG_TYPE_PORT_SEND_ONCE) {
			mr = MACH_SEND_INVALID_RIGHT;	/* receive rights stay */
			break;
		}
		size_t first = kmsg->ikm_nrights;
		if (it.kind == MSG_ITEM_PORT_RIGHT)
			for (size_t i = 0; i < it.number; i++)
				kmsg->ikm_rights[kmsg->ikm_nrights++].type =
				    it.name;
		if (!it.is_inline) {
			struct ipc_kmsg_ool *ool = &kmsg->ikm_ool[kmsg->ikm_nool];
			ool->size = it.data_size;
			ool->is_ports = it.kind == MSG_ITEM_PORT_RIGHT;
			ool->rights_first = first;
			msg_put64(kmsg->ikm_data, it.data_offset, kmsg->ikm_nool++);
		} else if (it.kind == MSG_ITEM_PORT_RIGHT) {
			for (size_t i = 0; i < it.number; i++)
				msg_put32(kmsg->ikm_data, it.data_offset +
				    i * MSG_PORT_NAME_SIZE, (uint32_t)(first + i));
		}
	}
	if (mr != MACH_MSG_SUCCESS) {
		ipc_kmsg_destroy(kmsg);		/* it holds nothing yet */
		return mr;
	}
	*kmsgp = kmsg;
	return MACH_MSG_SUCCESS;
}

/* Make region K of KMSG visible to the receiver; returns its address. */
static mach_msg_return_t
ool_copyout(struct ipc_kmsg *kmsg, size_t k, struct ipc_space *space,
    struct vm_map *map, uint64_t *addrp)
{
	struct ipc_kmsg_ool *ool = &kmsg->ikm_ool[k];
	*addrp = 0;
	if (ool->size == 0)
		return MACH_MSG_SUCCESS;
	if (ool->is_ports) {
		/* Build the receiver's array of names in a new object. */
		size_t n = ool->size / MSG_PORT_NAME_SIZE;
		mach_port_name_t *names = calloc(n, sizeof *names);
		if (names == NULL)
			return MACH_RCV_BODY_ERROR;
		for (size_t i = 0; i < n; i++) {
			struct ipc_kmsg_right *r = &kmsg->ikm_rights[ool->rights_first + i];
			(void)ipc_right_copyout(space, r->port, r->type, &names[i]);
			r->port = NULL;
		}
		kern_return_t kr = vm_object_create(ool->size, &ool->object);
		if (kr == KERN_SUCCESS)
			kr = vm_object_write(ool->object, 0, names, ool->size);
		free(names);
		if (kr != KERN_SUCCESS)
			return MACH_RCV_BODY_ERROR;
		ool->offset = 0;
	}
	uint64_t len = vm_round_page(ool->size);
	if (map == NULL) {
		void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED,
		    ool->object->vo_fd, (off_t)ool->offset);
		if (p == MAP_FAILED)
			return MACH_RCV_BODY_ERROR;
		*addrp = (uintptr_t)p;
		return MACH_MSG_SUCCESS;
	}
	if (vm_map_enter(map, addrp, len, true, ool->object, ool->offset,
	    VM_PROT_DEFAULT, VM_PROT_ALL, VM_INHERIT_COPY) != KERN_SUCCESS) {
		*addrp = 0;
		return MACH_RCV_BODY_ERROR;
	}
	return MACH_MSG_SUCCESS;
}

static mach_msg_return_t
body_copyout(struct ipc_kmsg *kmsg, struct ipc_space *space, struct vm_map *map)
{
	struct msg_walker w;
	struct msg_item it;
	bool done;
	mach_msg_return_t result = MACH_MSG_SUCCESS;
	msg_walker_init(&w, kmsg->ikm_data, kmsg->ikm_size);
	while (msg_walker_next(&w, &it, &done) == MACH_MSG_SUCCESS && !done) {
		if (!it.is_inline) {
			size_t k = msg_get64(kmsg->ikm_data, it.data_offset);
			uint64_t addr;
			if (ool_copyout(kmsg, k, space, map, &addr) != MACH_MSG_SUCCESS)
				result = MACH_RCV_BODY_ERROR;
			msg_put64(kmsg->ikm_data, it.data_offset, addr);
			continue;
		}
		if (it.kind != MSG_ITEM_PORT_RIGHT)
			continue;
		for (size_t i = 0; i < it.number; i++) {
			size_t off = it.data_offset + i * MSG_PORT_NAME_SIZE;
			struct ipc_kmsg_right *r =
			    &kmsg->ikm_rights[msg_get32(kmsg->ikm_data, off)];
			mach_port_name_t name;
			(void)ipc_right_copyout(space, r->port, r->type, &name);
			r->port = NULL;
			msg_put32(kmsg->ikm_data, off, name);
		}
	}
	return result;
}

void
ipc_kmsg_destroy_too_large(struct ipc_kmsg *kmsg, struct ipc_space *space,
    mach_msg_header_t *out)
{
	struct ipc_port *dest = kmsg->ikm_remote;
	memcpy(out, kmsg->ikm_data, sizeof *out);
	out->msgh_bits = MACH_MSGH_BITS(0, kmsg->ikm_remote_type);
	out->msgh_size = kmsg->ikm_size;
	out->msgh_remote_port = MACH_PORT_NULL;
	out->msgh_local_port = IP_VALID(dest) && dest->ip_receiver == space ?
	    dest->ip_receiver_name : MACH_PORT_NULL;
	out->msgh_seqno = kmsg->ikm_seqno;
	ipc_kmsg_destroy(kmsg);
}

/* Finish a copyout: the body, then hand the bytes over and free KMSG. */
static mach_msg_return_t
copyout_finish(struct ipc_kmsg *kmsg, mach_msg_bits_t bits,
    struct ipc_space *space, struct vm_map *map, uint8_t **datap,
    mach_msg_size_t *sizep)
{
	mach_msg_return_t mr = MACH_MSG_SUCCESS;
	if (bits & MACH_MSGH_BITS_COMPLEX)
		mr = body_copyout(kmsg, space, map);
	*datap = kmsg->ikm_data;
	*sizep = kmsg->ikm_size;
	kmsg->ikm_data = NULL;
	ipc_kmsg_destroy(kmsg);	/* what remains: region objects' references */
	return mr;
}

mach_msg_return_t
ipc_kmsg_copyout(struct ipc_kmsg *kmsg, struct ipc_space *space,
    struct vm_map *map, uint8_t **datap, mach_msg_size_t *sizep)
{
	struct ipc_port *dest = kmsg->ikm_remote;
	mach_msg_type_name_t dest_type = kmsg->ikm_remote_type;
	mach_port_name_t dest_name = MACH_PORT_NULL;

	/* The destination right is used up by the delivery. */
	if (IP_VALID(dest)) {
		if (dest->ip_receiver == space)
			dest_name = dest->ip_receiver_name;
		if (dest_type == MACH_MSG_TYPE_PORT_SEND)
			ipc_port_release_send(dest);
		else {
			dest->ip_sorights--;
			ipc_port_release(dest);
		}
	}
	kmsg->ikm_remote = NULL;

	mach_port_name_t reply_name;
	(void)ipc_right_copyout(space, kmsg->ikm_local, kmsg->ikm_local_type,
	    &reply_name);
	kmsg->ikm_local = NULL;

	uint8_t *data = kmsg->ikm_data;
	mach_msg_bits_t bits = msg_get32(data, MSG_OFF_BITS);
	mach_msg_type_name_t reply_type =
	    reply_name == MACH_PORT_NULL ? 0 : kmsg->ikm_local_type;
	msg_put32(data, MSG_OFF_BITS, MACH_MSGH_BITS(reply_type, dest_type) |
	    (bits & MACH_MSGH_BITS_COMPLEX));
	msg_put32(data, MSG_OFF_SIZE, kmsg->ikm_size);
	msg_put32(data, MSG_OFF_REMOTE_PORT, reply_name);
	msg_put32(data, MSG_OFF_LOCAL_PORT, dest_name);
	msg_put32(data, MSG_OFF_SEQNO, kmsg->ikm_seqno);
	return copyout_finish(kmsg, bits, space, map, datap, sizep);
}

mach_msg_return_t
ipc_kmsg_copyout_pseudo(struct ipc_kmsg *kmsg, struct ipc_space *space,
    struct vm_map *map, uint8_t **datap, mach_msg_size_t *sizep)
{
	mach_port_name_t dest_name, reply_name;
	(void)ipc_right_copyout(space, kmsg->ikm_remote, kmsg->ikm_remote_type,
	    &dest_name);
	(void)ipc_right_copyout(space, kmsg->ikm_local, kmsg->ikm_local_type,
	    &reply_name);
	kmsg->ikm_remote = kmsg->ikm_local = NULL;
	uint8_t *data = kmsg->ikm_data;
	mach_msg_bits_t bits = msg_get32(data, MSG_OFF_BITS);
	msg_put32(data, MSG_OFF_BITS, MACH_MSGH_BITS(kmsg->ikm_remote_type,
	    reply_name == MACH_PORT_NULL ? 0 : kmsg->ikm_local_type) |
	    (bits & MACH_MSGH_BITS_COMPLEX));
	msg_put32(data, MSG_OFF_REMOTE_PORT, dest_name);
	msg_put32(data, MSG_OFF_LOCAL_PORT, reply_name);
	return copyout_finish(kmsg, bits, space, map, datap, sizep);
}
