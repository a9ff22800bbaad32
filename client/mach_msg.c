/*
 * mach_msg and the other traps, carried to machd over the calling
 * thread's connection.  The message travels as bytes; its out-of-line
 * regions are copied into one memfd that rides along, so that a region
 * that cannot be read is caught here (MACH_SEND_INVALID_MEMORY) rather
 * than by a fault.  Replies bring the address-space changes the task's
 * process must make (new regions, such as received out-of-line data,
 * and removed ones); they are applied before the call returns.
 */
#include <errno.h>
#include <stdbool.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include <mach_init.h>
#include <mach/mach_traps.h>
#include <mach/message.h>
#include <mach/mach_osf.h>
#include <mach/thread_switch.h>
#include <mach/vm_prot.h>

#include "mach_msg_format.h"
#include "machemu_client.h"

/* Per-thread frame buffers (a frame is up to TRAP_MAX_FRAME bytes). */
static __thread uint8_t *tx_buf, *rx_buf;

static int
buffers_ready(void)
{
	if (tx_buf == NULL)
		tx_buf = malloc(TRAP_MAX_FRAME);
	if (rx_buf == NULL)
		rx_buf = malloc(TRAP_MAX_FRAME);
	return tx_buf != NULL && rx_buf != NULL;
}

static int
prot_to_posix(int32_t prot)
{
	return (prot & VM_PROT_READ ? PROT_READ : 0) |
	    (prot & VM_PROT_WRITE ? PROT_WRITE : 0) |
	    (prot & VM_PROT_EXECUTE ? PROT_EXEC : 0);
}

/* Make the process's mappings follow its task's map. */
static void
apply_map_ops(const struct trap_map_op *ops, uint32_t n, const int *fds,
    size_t nfds)
{
	for (uint32_t i = 0; i < n; i++) {
		struct trap_map_op op;
		memcpy(&op, &ops[i], sizeof op);
		if (!machemu_in_window(op.tmo_addr, op.tmo_size))
			continue;	/* never touch memory outside the window */
		void *addr = (void *)(uintptr_t)op.tmo_addr;
		switch (op.tmo_kind) {
		case TRAP_MAP_MAP:
			if (op.tmo_fd >= 0 && (size_t)op.tmo_fd < nfds)
				mmap(addr, op.tmo_size, prot_to_posix(op.tmo_prot),
				    MAP_SHARED | MAP_FIXED, fds[op.tmo_fd],
				    (off_t)op.tmo_offset);
			break;
		case TRAP_MAP_UNMAP:
			/* Back to reserved: the window stays ours. */
			mmap(addr, op.tmo_size, PROT_NONE, MAP_PRIVATE |
			    MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
			break;
		case TRAP_MAP_PROTECT:
			mprotect(addr, op.tmo_size, prot_to_posix(op.tmo_prot));
			break;
		}
	}
}

/* Read one reply frame into rx_buf; applies and closes its descriptors. */
static int
frame_read(int conn, struct trap_reply *head)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * TRAP_MAX_FDS)];
		struct cmsghdr align;
	} cbuf;
	struct iovec iov = { rx_buf, TRAP_MAX_FRAME };
	struct msghdr mh = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = cbuf.buf, .msg_controllen = sizeof cbuf.buf,
	};
	ssize_t n;
	do
		n = recvmsg(conn, &mh, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	int fds[TRAP_MAX_FDS];
	size_t nfds = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		size_t cnt = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (size_t i = 0; i < cnt && nfds < TRAP_MAX_FDS; i++)
			memcpy(&fds[nfds++], CMSG_DATA(c) + i * sizeof(int),
			    sizeof(int));
	}
	int ok = n >= (ssize_t)sizeof *head;
	if (ok) {
		memcpy(head, rx_buf, sizeof *head);
		size_t need = sizeof *head + head->tr_msg_size +
		    (size_t)head->tr_nmapops * sizeof(struct trap_map_op);
		ok = (size_t)n == need;
	}
	if (ok)
		apply_map_ops((const struct trap_map_op *)(rx_buf + sizeof *head +
		    head->tr_msg_size), head->tr_nmapops, fds, nfds);
	for (size_t i = 0; i < nfds; i++)
		close(fds[i]);
	return ok;
}

int
machemu_trap(int conn, const void *frame, size_t len, int fd,
    struct machemu_reply *r)
{
	struct iovec iov = { (void *)frame, len };
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} cbuf;
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (fd >= 0) {
		mh.msg_control = cbuf.buf;
		mh.msg_controllen = sizeof cbuf.buf;
		struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof fd);
	}
	ssize_t n;
	do
		n = sendmsg(conn, &mh, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)len)
		return 0;
	uint32_t nmapops = 0;
	do {
		if (!frame_read(conn, &r->head))
			return 0;
		nmapops += r->head.tr_nmapops;
	} while (r->head.tr_op == TRAP_MAP_UPDATE);
	r->head.tr_nmapops = nmapops;	/* over all the frames */
	r->msg = rx_buf + sizeof r->head;
	return 1;
}

/*
 * Copy LEN bytes between the caller's buffer and ours without trusting
 * the caller's pointer: the kernel checks it (process_vm_readv/writev on
 * ourselves), so a bad buffer is an error code, not a fault.  TO_USER
 * says which way.  Where those calls are refused, plain memcpy.
 */
static bool
user_copy(void *dst, const void *src, size_t len, bool to_user)
{
	struct iovec local = { to_user ? (void *)src : dst, len };
	struct iovec remote = { to_user ? dst : (void *)src, len };
	ssize_t n = to_user ?
	    process_vm_writev(getpid(), &local, 1, &remote, 1, 0) :
	    process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
	if (n < 0 && (errno == ENOSYS || errno == EPERM)) {
		memcpy(dst, src, len);
		return true;
	}
	return n == (ssize_t)len;
}

/*
 * Copy the out-of-line regions of MSG into a new memfd and describe them
 * in TABLE.  Returns MACH_SEND_INVALID_MEMORY if one cannot be read.
 */
static mach_msg_return_t
ool_pack(const mach_msg_header_t *msg, mach_msg_size_t size,
    struct trap_ool *table, size_t max, size_t *countp, int *fdp)
{
	struct msg_walker w;
	struct msg_item it;
	bool done;
	uint64_t off = 0, total = 0;
	size_t count = 0;
	*fdp = -1;
	msg_walker_init(&w, msg, size);
	while (msg_walker_next(&w, &it, &done) == MACH_MSG_SUCCESS && !done) {
		if (it.is_inline)
			continue;
		struct trap_ool o = { .to_offset = off, .to_size = it.data_size };
		uint64_t addr = msg_get64(msg, it.data_offset);
		total += it.data_size;
		if (total > TRAP_MAX_OOL_BYTES || count == max)
			return MACH_SEND_NO_BUFFER;
		if (it.data_size > 0) {
			if (*fdp < 0 && (*fdp = memfd_create("machemu-ool",
			    MFD_CLOEXEC)) < 0)
				return MACH_SEND_NO_BUFFER;
			for (size_t done_bytes = 0; done_bytes < it.data_size;) {
				ssize_t n = pwrite(*fdp, (const char *)(uintptr_t)addr +
				    done_bytes, it.data_size - done_bytes,
				    (off_t)(off + done_bytes));
				if (n < 0 && errno == EINTR)
					continue;
				if (n <= 0)
					return errno == EFAULT || n == 0 ?
					    MACH_SEND_INVALID_MEMORY : MACH_SEND_NO_BUFFER;
				done_bytes += (size_t)n;
			}
			off += (it.data_size + vm_page_size - 1) & ~(uint64_t)(vm_page_size - 1);
		}
		memcpy(&table[count++], &o, sizeof o);
	}
	*countp = count;
	return MACH_MSG_SUCCESS;
}

/* After a successful send, regions sent with deallocate that lie outside
 * the task window are removed here (machd removes those inside it). */
static void
ool_dealloc_local(const mach_msg_header_t *msg, mach_msg_size_t size)
{
	struct msg_walker w;
	struct msg_item it;
	bool done;
	msg_walker_init(&w, msg, size);
	while (msg_walker_next(&w, &it, &done) == MACH_MSG_SUCCESS && !done) {
		if (it.is_inline || !it.deallocate || it.data_size == 0)
			continue;
		uint64_t addr = msg_get64(msg, it.data_offset);
		if (machemu_in_window(addr, it.data_size))
			continue;
		uint64_t start = addr & ~(uint64_t)(vm_page_size - 1);
		uint64_t end = (addr + it.data_size + vm_page_size - 1) &
		    ~(uint64_t)(vm_page_size - 1);
		munmap((void *)(uintptr_t)start, end - start);
	}
}

mach_msg_return_t
mach_msg(mach_msg_header_t *msg, mach_msg_option_t option,
    mach_msg_size_t send_size, mach_msg_size_t rcv_size, mach_port_t rcv_name,
    mach_msg_timeout_t timeout, mach_port_t notify)
{
	return mach_msg_overwrite(msg, option, send_size, rcv_size, rcv_name,
	    timeout, notify, NULL, 0);
}

mach_msg_return_t
mach_msg_overwrite(mach_msg_header_t *msg, mach_msg_option_t option,
    mach_msg_size_t send_size, mach_msg_size_t rcv_size, mach_port_t rcv_name,
    mach_msg_timeout_t timeout, mach_port_t notify,
    mach_msg_header_t *rcv_msg, mach_msg_size_t rcv_msg_size)
{
	(void)rcv_msg_size;	/* rcv_size limits the receive, as in OSF */
	mach_msg_header_t *into = rcv_msg != NULL ? rcv_msg : msg;
	int send = option & MACH_SEND_MSG, rcv = option & MACH_RCV_MSG;
	int conn = machemu_thread_conn();
	if (conn < 0 || !buffers_ready())
		return send ? MACH_SEND_INVALID_DEST : MACH_RCV_INVALID_NAME;

	struct trap_msg_request req = {
		.tm_op = TRAP_MACH_MSG, .tm_option = (uint32_t)option,
		.tm_send_size = send ? send_size : 0, .tm_rcv_size = rcv_size,
		.tm_rcv_name = rcv_name, .tm_timeout = timeout,
		.tm_notify = notify,
	};
	size_t len = sizeof req;
	int fd = -1;
	int complex = 0;
	if (send) {
		/* The message is read once, into the frame, and checked there:
		 * a buffer that cannot be read is MACH_SEND_INVALID_DATA. */
		if (send_size > TRAP_MAX_MSG)
			return MACH_SEND_NO_BUFFER;
		if (!user_copy(tx_buf + len, msg, send_size, false))
			return MACH_SEND_INVALID_DATA;
		const mach_msg_header_t *copy =
		    (const mach_msg_header_t *)(tx_buf + len);
		/* A malformed body is machd's to judge: the mach_msg page
		 * says what of such a message is destroyed.  Only the
		 * out-of-line regions before the first bad item go along. */
		if (send_size < sizeof(mach_msg_header_t) || send_size % 4 != 0)
			return MACH_SEND_MSG_TOO_SMALL;
		len += send_size;
		complex = (copy->msgh_bits & MACH_MSGH_BITS_COMPLEX) != 0;
		if (complex) {
			size_t count = 0;
			mach_msg_return_t mr = ool_pack(copy, send_size,
			    (struct trap_ool *)(tx_buf + len),
			    (TRAP_MAX_FRAME - len) / sizeof(struct trap_ool), &count,
			    &fd);
			if (mr != MACH_MSG_SUCCESS) {
				if (fd >= 0)
					close(fd);
				return mr;
			}
			req.tm_nool = (uint32_t)count;
			len += count * sizeof(struct trap_ool);
		}
	}
	memcpy(tx_buf, &req, sizeof req);

	struct machemu_reply r;
	int ok = machemu_trap(conn, tx_buf, len, fd, &r);
	if (fd >= 0)
		close(fd);
	if (!ok)
		return rcv ? MACH_RCV_PORT_DIED : MACH_SEND_INVALID_DEST;
	mach_msg_return_t mr = r.head.tr_ret;
	int sent = send && (mr == MACH_MSG_SUCCESS ||
	    (mr & 0xffffc000) == (MACH_RCV_IN_PROGRESS & 0xffffc000));
	if (sent && complex)
		ool_dealloc_local((const mach_msg_header_t *)(tx_buf + sizeof req),
		    send_size);
	if (mr == MACH_SEND_TIMED_OUT && r.head.tr_msg_size == send_size) {
		/* Returned by pseudo-receive, into the send buffer. */
		if (!user_copy(msg, r.msg, send_size, true))
			machemu_msg_release((mach_msg_header_t *)r.msg, false);
	} else if (rcv && mr == MACH_RCV_TOO_LARGE) {
		/* The header of a destroyed message, or just the size. */
		if (r.head.tr_msg_size == sizeof(mach_msg_header_t) &&
		    rcv_size >= sizeof(mach_msg_header_t))
			(void)user_copy(into, r.msg, r.head.tr_msg_size, true);
		mach_msg_size_t need = r.head.tr_value;	/* the size needed */
		if (rcv_size >= sizeof(mach_msg_header_t))
			(void)user_copy(&into->msgh_size, &need, sizeof need, true);
	} else if (rcv && r.head.tr_msg_size > 0 &&
	    r.head.tr_msg_size <= rcv_size) {
		if (!user_copy(into, r.msg, r.head.tr_msg_size, true)) {
			/* Received, but the buffer cannot take it: destroyed. */
			machemu_msg_release((mach_msg_header_t *)r.msg, false);
			return MACH_RCV_INVALID_DATA;
		}
	}
	return mr;
}

MACHEMU_GLIBC_ALIAS(mach_msg);


void
machemu_thread_buffers_free(void)
{
	free(tx_buf);
	free(rx_buf);
	tx_buf = rx_buf = NULL;
}

int
machemu_sync(int conn)
{
	struct trap_simple_request req = { .ts_op = TRAP_SYNC };
	struct machemu_reply r;
	return buffers_ready() && machemu_trap(conn, &req, sizeof req, -1, &r);
}

int
machemu_sync_in_fault(void)
{
	/* Only a thread that already made a call has its connection and
	 * buffers: nothing here may allocate. */
	int conn = machemu_thread_conn_if_any();
	struct trap_simple_request req = { .ts_op = TRAP_SYNC };
	struct machemu_reply r;
	return conn >= 0 && tx_buf != NULL && rx_buf != NULL &&
	    machemu_trap(conn, &req, sizeof req, -1, &r) &&
	    r.head.tr_nmapops > 0;
}

/* A trap that answers with a name (a new right, or a new reference). */
static mach_port_t
name_trap(uint32_t op)
{
	int conn = machemu_thread_conn();
	struct trap_simple_request req = { .ts_op = op };
	struct machemu_reply r;
	if (conn < 0 || !buffers_ready() ||
	    !machemu_trap(conn, &req, sizeof req, -1, &r))
		return MACH_PORT_NULL;
	return r.head.tr_value;
}

mach_port_t
mach_reply_port(void)
{
	return name_trap(TRAP_REPLY_PORT);
}

/* As the traps of Mach: each call adds a user reference the caller owns. */
mach_port_t
mach_thread_self(void)
{
	return name_trap(TRAP_THREAD_SELF);
}

mach_port_t
mach_host_self(void)
{
	return name_trap(TRAP_HOST_SELF);
}

mach_port_t
mach_host_priv_self(void)
{
	return name_trap(TRAP_HOST_PRIV_SELF);
}

boolean_t
swtch(void)
{
	sched_yield();
	return FALSE;
}

boolean_t
swtch_pri(int priority)
{
	(void)priority;
	sched_yield();
	return FALSE;
}

/* The hint THREAD is ignored, as the page allows; a depression of the
 * caller's priority is a yield, the nearest Linux gives a process. */
kern_return_t
thread_switch(mach_port_t thread, int option, mach_msg_timeout_t option_time)
{
	(void)thread;
	switch (option) {
	case SWITCH_OPTION_NONE:
	case SWITCH_OPTION_DEPRESS:
		sched_yield();
		return KERN_SUCCESS;
	case SWITCH_OPTION_WAIT: {
		struct timespec t = { .tv_sec = option_time / 1000,
		    .tv_nsec = (long)(option_time % 1000) * 1000000 };
		while (nanosleep(&t, &t) < 0 && errno == EINTR)
			continue;	/* only thread_abort ends the wait */
		return KERN_SUCCESS;
	}
	default:
		return KERN_INVALID_ARGUMENT;
	}
}
