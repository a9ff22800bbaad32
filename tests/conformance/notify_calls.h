/*
 * notify_calls: what the notification pages share.  The server functions
 * that the MIG-generated demuxes of GNU Mach's notify.defs call --
 * do_mach_notify_* for notify_server, do_seqnos_mach_notify_* for
 * seqnos_notify_server -- are each defined in the page file of the
 * function (do_mach_notify_dead_name.c, ...) and record every call here,
 * so that a test sees what a notification machd generated turned into.
 * notify_server.c defines the record and the helpers: receive and
 * dispatch one notification, and a second task to make notifications
 * happen across processes.
 */
#ifndef MACHEMU_CONFORMANCE_NOTIFY_CALLS_H
#define MACHEMU_CONFORMANCE_NOTIFY_CALLS_H

#include <stdbool.h>
#include <sys/types.h>

#include <mach.h>
#include <mach/notify.h>

/* The prototypes of both sets of server functions, as MIG wrote them
 * (the two generated headers share their include guard). */
#include "notify_S.h"
#undef _notify_server_
#include "notify_seqnos_S.h"

/* The demuxes, which the generated headers do not declare. */
boolean_t notify_server(mach_msg_header_t *request,
    mach_msg_header_t *reply);
boolean_t seqnos_notify_server(mach_msg_header_t *request,
    mach_msg_header_t *reply);

/* One call of a server function. */
struct notify_call {
	mach_msg_id_t nc_id;		/* MACH_NOTIFY_*: which function */
	bool nc_seqnos;			/* a do_seqnos_ function */
	mach_port_t nc_notify;		/* its notify argument */
	mach_port_seqno_t nc_seqno;	/* its seqno argument (seqnos only) */
	natural_t nc_arg;		/* name, rights or mscount (else 0) */
};

#define NOTIFY_CALLS_MAX	16

extern struct notify_call notify_calls[NOTIFY_CALLS_MAX];
extern int notify_ncalls;

/* What the server functions return: KERN_SUCCESS unless a test says. */
extern kern_return_t notify_calls_result;

/* Record one call (the server functions call it); returns
 * notify_calls_result. */
kern_return_t notify_calls_record(mach_msg_id_t id, bool seqnos,
    mach_port_t notify, mach_port_seqno_t seqno, natural_t arg);

/* The request and reply of the last notify_dispatch. */
union notify_buf {
	mach_msg_header_t head;
	mig_reply_header_t reply;
	char bytes[256];
};

/*
 * Receive one message from PORT, waiting at most TIMEOUT ms, into
 * *REQUEST and hand it to notify_server (seqnos_notify_server if
 * SEQNOS), which writes *REPLY; *HANDLEDP gets its boolean.  The calls
 * recorded are those of this message only.  Returns what mach_msg
 * returned (the demux runs only on MACH_MSG_SUCCESS).
 */
mach_msg_return_t notify_dispatch(mach_port_t port, bool seqnos,
    mach_msg_timeout_t timeout, union notify_buf *request,
    union notify_buf *reply, boolean_t *handledp);

/* Assert that exactly one call was recorded, of ID (seqnos or not), with
 * NOTIFY and ARG; returns it. */
const struct notify_call *notify_calls_one(mach_msg_id_t id, bool seqnos,
    mach_port_t notify, natural_t arg);

/*
 * A second task: a forked child that sends back (into *PORTP) a send
 * right to a port of its own, keeps whatever messages arrive there (and
 * the rights and memory they carry), and exits when a message with
 * msgh_id NOTIFY_CHILD_EXIT arrives.  Its task dies with it.
 */
#define NOTIFY_CHILD_EXIT	7070
pid_t notify_child_spawn(mach_port_t *portp);

/* Tell the child to exit and wait for it. */
void notify_child_exit(pid_t pid, mach_port_t port);

/* Kill the child (SIGKILL) and wait for it. */
void notify_child_kill(pid_t pid);

/* Send PORT a message carrying one right: NAME with disposition DISP. */
void notify_send_right(mach_port_t port, mach_msg_type_name_t disp,
    mach_port_t name);

#endif
