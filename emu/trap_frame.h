/*
 * trap_frame: the system-call ABI between libmachemu and machd.  Each
 * thread of a client process has one SOCK_SEQPACKET connection to machd;
 * a call is one request frame and one or more reply frames (map-update
 * frames first, then the result).  File descriptors (memory objects) ride
 * along as SCM_RIGHTS.  Both sides are built from this header, so no
 * version skew is possible between a library and its daemon.
 *
 * Address spaces: every task's regions lie in [MACHEMU_WINDOW_BASE,
 * MACHEMU_WINDOW_BASE + MACHEMU_WINDOW_SIZE), a range libmachemu reserves
 * in each process at start; it lies clear of the loader, the heap, the
 * mmap area and AddressSanitizer's shadow memory on x86_64.
 */
#ifndef MACHEMU_TRAP_FRAME_H
#define MACHEMU_TRAP_FRAME_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define MACHEMU_WINDOW_BASE	0x200000000000ULL	/* 32 TiB */
#define MACHEMU_WINDOW_SIZE	0x010000000000ULL	/* 1 TiB */

#define TRAP_MAGIC		0x4d414348u	/* "MACH" */
#define TRAP_MAX_FRAME		(256 * 1024)	/* largest frame either way */
#define TRAP_MAX_MSG		(192 * 1024)	/* largest inline message */
#define TRAP_MAX_FDS		64		/* descriptors per frame */
/* Out-of-line bytes one message may carry: machd copies them, and a
 * copy of more would stall every other client. */
#define TRAP_MAX_OOL_BYTES	(1ULL << 30)

enum trap_op {
	TRAP_HELLO = 1,		/* first frame of every connection */
	TRAP_MACH_MSG,		/* mach_msg */
	TRAP_REPLY_PORT,	/* mach_reply_port */
	TRAP_MAP_UPDATE,	/* machd -> client only: map operations */
	TRAP_SYNC,		/* nothing but the pending map operations */
	TRAP_THREAD_EXIT,	/* the thread of the task's first connection
				   ended; the connection stays (no reply) */
	TRAP_HOST_SELF,		/* mach_host_self: a send right, one more
				   user reference each time */
	TRAP_THREAD_SELF,	/* mach_thread_self: likewise */
	TRAP_HOST_PRIV_SELF,	/* mach_host_priv_self: likewise; only the
				   socket's owner can connect at all */
};

/* TRAP_HELLO request.  The first connection of a process makes its task;
 * later ones name that task by its id and become its threads. */
struct trap_hello {
	uint32_t th_op;
	uint32_t th_magic;
	uint64_t th_task_id;	/* 0: create a task for this process */
	uint64_t th_parent_task_id; /* with 0: the task of the process this
				   one was forked from, whose registered
				   ports the new task inherits */
	uint64_t th_attach_token; /* with 0: become the process of the task
				   this token was issued for (machrun) */
	uint32_t th_pid;	/* checked against the socket's credentials */
	uint32_t th_pad;
};

struct trap_hello_reply {
	uint32_t thr_op;
	int32_t thr_ret;	/* KERN_SUCCESS or an error */
	uint64_t thr_task_id;
	uint32_t thr_task_self;	/* send right to the task port */
	uint32_t thr_name_server;	/* send right to registered port 0 */
};

/* TRAP_MACH_MSG request: the arguments of mach_msg, then SEND_SIZE bytes
 * of message, then NOOL trap_ool records for its out-of-line regions in
 * message order.  If any region is non-empty, one memfd holding all of
 * them is attached. */
struct trap_msg_request {
	uint32_t tm_op;
	uint32_t tm_option;
	uint32_t tm_send_size;
	uint32_t tm_rcv_size;
	uint32_t tm_rcv_name;
	uint32_t tm_timeout;
	uint32_t tm_notify;
	uint32_t tm_nool;
};

struct trap_ool {
	uint64_t to_offset;	/* where its bytes are in the memfd */
	uint64_t to_size;	/* bytes copied */
};

/* TRAP_REPLY_PORT request. */
struct trap_simple_request {
	uint32_t ts_op;
	uint32_t ts_pad;
};

/* Every reply frame starts with this.  For TRAP_MACH_MSG: RET is the
 * mach_msg return, VALUE the size of a too-large message, MSG_SIZE the
 * bytes of received message that follow.  For TRAP_REPLY_PORT: VALUE is
 * the name.  NMAPOPS trap_map_op records follow the message; they refer
 * to the NFDS descriptors attached, by index. */
struct trap_reply {
	uint32_t tr_op;
	int32_t tr_ret;
	uint32_t tr_value;
	uint32_t tr_msg_size;
	uint32_t tr_nmapops;
	uint32_t tr_nfds;
};

enum trap_map_kind { TRAP_MAP_MAP = 1, TRAP_MAP_UNMAP, TRAP_MAP_PROTECT };

struct trap_map_op {
	uint32_t tmo_kind;
	int32_t tmo_prot;	/* vm_prot_t */
	uint64_t tmo_addr;
	uint64_t tmo_size;
	uint64_t tmo_offset;	/* MAP: offset in the object */
	int32_t tmo_fd;		/* MAP: index of the descriptor */
	uint32_t tmo_pad;
};

/*
 * The socket machd serves when none is named: $XDG_RUNTIME_DIR/machd.sock
 * if that is set, else /tmp/machemu-UID/machd.sock.  Writes the path to
 * BUF; returns false if it does not fit.
 */
static inline int
trap_default_socket(char *buf, size_t len)
{
	const char *run = getenv("XDG_RUNTIME_DIR");
	int n = run && *run ? snprintf(buf, len, "%s/machd.sock", run) :
	    snprintf(buf, len, "/tmp/machemu-%u/machd.sock", (unsigned)getuid());
	return n > 0 && (size_t)n < len;
}

#endif
