/*
 * session: the system-call layer of machd.  A client thread's connection
 * carries one call at a time: a request frame, then machd's reply frames.
 * A receive that has to wait leaves the session parked on a message queue
 * (its ipc_thread); the reply goes out when a message, a timeout or the
 * death of the port ends the wait.
 *
 * The first connection of a process creates its task and anchors it:
 * when that connection closes (the process exited), the task dies.
 */
#include "session.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include <mach/notify.h>

#include "event_loop.h"
#include "host.h"
#include "ipc_entry.h"
#include "ipc_kmsg.h"
#include "ipc_mqueue.h"
#include "ipc_port.h"
#include "ipc_pset.h"
#include "ipc_right.h"
#include "proc_stat.h"
#include "ipc_space.h"
#include "ipc_thread.h"
#include "log.h"
#include "machemu_kserver.h"
#include "mach_msg_format.h"
#include "task.h"
#include "task_trace.h"
#include "trap_frame.h"
#include "vm_map.h"
#include "vm_object.h"

struct session {
	struct event_handler s_handler;
	LIST_ENTRY(session) s_link;
	struct task *s_task;		/* one reference */
	struct ipc_thread *s_thread;
	bool s_anchor;
	bool s_doomed;
	/* A mach_msg that waits: for room in a full queue (its receive half,
	 * if any, follows), or for a message. */
	enum { WAIT_NONE, WAIT_SEND, WAIT_RECEIVE } s_wait;
	struct trap_msg_request s_call;	/* the waiting call's arguments */
	struct event_timer s_timer;
	pid_t s_pid;
};

/* A descriptor kept in reserve: when none is left, closing it lets
 * machd accept a connection only to close it, instead of spinning on a
 * listening socket that stays readable. */
static int spare_fd = -1;

static LIST_HEAD(, session) sessions = LIST_HEAD_INITIALIZER(sessions);

/* One frame in, one frame out at a time: machd is single-threaded. */
static uint8_t rx_frame[TRAP_MAX_FRAME + 1];
static uint8_t tx_frame[TRAP_MAX_FRAME];

static void session_close(struct session *s);
static void session_send_done(struct ipc_thread *thread, mach_msg_return_t mr);

static void
session_free(void *arg)
{
	free(arg);
}

/* Send one frame with FDS attached.  A client that does not read its
 * replies is dropped rather than allowed to stall machd. */
static bool
frame_send(struct session *s, const void *buf, size_t len, const int *fds,
    size_t nfds)
{
	struct iovec iov = { (void *)buf, len };
	union {
		char buf[CMSG_SPACE(sizeof(int) * TRAP_MAX_FDS)];
		struct cmsghdr align;
	} cbuf;
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (nfds > 0) {
		mh.msg_control = cbuf.buf;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
		struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * nfds);
	}
	ssize_t n;
	do
		n = sendmsg(s->s_handler.fd, &mh, MSG_NOSIGNAL);
	while (n < 0 && errno == EINTR);
	if (n == (ssize_t)len)
		return true;
	mlog(LOG_LEVEL_WARN, "pid %d: dropping client: reply not sent: %s",
	    (int)s->s_pid, n < 0 ? strerror(errno) : "short write");
	session_close(s);
	return false;
}

/* How many of OPS, from the first, fit in one frame beside ROOM bytes of
 * records and TRAP_MAX_FDS descriptors; *ALLP tells if all of them do. */
static size_t
ops_fitting(struct vm_map_op_list *ops, size_t room, bool *allp)
{
	size_t n = 0, nfds = 0, max = room / sizeof(struct trap_map_op);
	struct vm_map_op *o;
	TAILQ_FOREACH(o, ops, vmo_link) {
		bool needs_fd = o->vmo_kind == VM_MAP_OP_MAP;
		if (n == max || (needs_fd && nfds == TRAP_MAX_FDS)) {
			*allp = false;
			return n;
		}
		n++;
		nfds += needs_fd;
	}
	*allp = true;
	return n;
}

/*
 * Send the reply of a call: the task's pending map operations (in
 * TRAP_MAP_UPDATE frames first if they do not all fit), then the result
 * with the received message MSG of MSG_SIZE bytes.
 */
static void
session_reply(struct session *s, uint32_t op, int32_t ret, uint32_t value,
    const void *msg, uint32_t msg_size)
{
	if (s->s_doomed)
		return;
	struct vm_map_op_list ops;
	vm_map_take_ops(s->s_task->task_map, &ops);
	bool last = false, ok = true;
	while (ok && !last) {
		struct trap_reply *r = (struct trap_reply *)tx_frame;
		size_t nops = ops_fitting(&ops, sizeof tx_frame - sizeof *r -
		    msg_size, &last);
		if (!last) {	/* an update frame: no room kept for the message */
			bool all;
			nops = ops_fitting(&ops, sizeof tx_frame - sizeof *r, &all);
		}
		uint32_t carried = last ? msg_size : 0;
		memset(r, 0, sizeof *r);
		r->tr_op = last ? op : TRAP_MAP_UPDATE;
		r->tr_ret = last ? ret : 0;
		r->tr_value = last ? value : 0;
		r->tr_msg_size = carried;
		if (carried > 0)
			memcpy(tx_frame + sizeof *r, msg, carried);
		struct trap_map_op *t = (struct trap_map_op *)
		    (tx_frame + sizeof *r + carried);
		int fds[TRAP_MAX_FDS];
		size_t nfds = 0;
		struct vm_map_op_list sent = TAILQ_HEAD_INITIALIZER(sent);
		for (size_t i = 0; i < nops; i++, t++) {
			struct vm_map_op *o = TAILQ_FIRST(&ops);
			TAILQ_REMOVE(&ops, o, vmo_link);
			TAILQ_INSERT_TAIL(&sent, o, vmo_link);
			memset(t, 0, sizeof *t);
			t->tmo_kind = o->vmo_kind == VM_MAP_OP_MAP ? TRAP_MAP_MAP :
			    o->vmo_kind == VM_MAP_OP_UNMAP ? TRAP_MAP_UNMAP :
			    TRAP_MAP_PROTECT;
			t->tmo_prot = o->vmo_prot;
			t->tmo_addr = o->vmo_addr;
			t->tmo_size = o->vmo_size;
			t->tmo_offset = o->vmo_offset;
			t->tmo_fd = -1;
			if (o->vmo_kind == VM_MAP_OP_MAP) {
				t->tmo_fd = (int32_t)nfds;
				fds[nfds++] = o->vmo_object->vo_fd;
			}
		}
		r->tr_nmapops = (uint32_t)nops;
		r->tr_nfds = (uint32_t)nfds;
		ok = frame_send(s, tx_frame, (char *)t - (char *)tx_frame, fds, nfds);
		struct vm_map_op *o;
		while ((o = TAILQ_FIRST(&sent)) != NULL) {
			TAILQ_REMOVE(&sent, o, vmo_link);
			vm_map_op_free(o);
		}
	}
	struct vm_map_op *o;
	while ((o = TAILQ_FIRST(&ops)) != NULL) {	/* after a failed send */
		TAILQ_REMOVE(&ops, o, vmo_link);
		vm_map_op_free(o);
	}
}

/*
 * MACH_RCV_NOTIFY: a dead-name request for the reply right a message
 * brought, with a send-once right made from the receive right NOTIFY (as
 * GNU Mach does); any request it replaces is cancelled.
 */
static void
request_reply_notification(struct ipc_space *space, mach_port_name_t reply,
    mach_port_name_t notify)
{
	struct ipc_entry *entry = ipc_entry_lookup(space, reply);
	struct ipc_port *port, *previous = NULL;
	if (entry == NULL || ipc_right_check(space, entry) ||
	    !(entry->ie_bits & MACH_PORT_TYPE_SEND_RIGHTS) ||
	    ipc_right_lookup_receive(space, notify, &port) != KERN_SUCCESS)
		return;
	ipc_port_make_send_once(port);
	if (ipc_right_request_notification(space, reply, MACH_NOTIFY_DEAD_NAME,
	    0, port, &previous) != KERN_SUCCESS)
		ipc_port_release_sonce(port);
	else if (IP_VALID(previous))
		ipc_port_release_sonce(previous);
}

/* Copy KMSG out to the session's task and send it as the call's result. */
static void
session_deliver(struct session *s, struct ipc_kmsg *kmsg)
{
	uint8_t *data;
	mach_msg_size_t size;
	struct task *task = s->s_task;
	struct ipc_port *notify;
	if ((s->s_thread->th_rcv_option & MACH_RCV_NOTIFY) &&
	    ipc_right_lookup_receive(task->task_space, s->s_thread->th_rcv_notify,
	    &notify) != KERN_SUCCESS) {
		/* The page: de-queued and destroyed. */
		ipc_kmsg_destroy(kmsg);
		session_reply(s, TRAP_MACH_MSG, MACH_RCV_INVALID_NOTIFY, 0, NULL, 0);
		return;
	}
	uint32_t rights[3];
	task_trace_rights(kmsg, rights);
	mach_msg_return_t mr = ipc_kmsg_copyout(kmsg, task->task_space,
	    task->task_map, &data, &size);
	if (s->s_thread->th_rcv_option & MACH_RCV_NOTIFY)
		request_reply_notification(task->task_space,
		    msg_get32(data, MSG_OFF_REMOTE_PORT), s->s_thread->th_rcv_notify);
	task_trace_message(task, true, data, size, rights, mr);
	session_reply(s, TRAP_MACH_MSG, mr, 0, data, size);
	free(data);
}

/* End a receive: deliver KMSG, or return what MR says (the header of a
 * message too large for the buffer, when it was dequeued). */
static void
session_receive_done(struct session *s, mach_msg_return_t mr,
    struct ipc_kmsg *kmsg, mach_msg_size_t size)
{
	if (mr == MACH_MSG_SUCCESS) {
		session_deliver(s, kmsg);
	} else if (mr == MACH_RCV_TOO_LARGE && kmsg != NULL) {
		mach_msg_header_t h;
		ipc_kmsg_destroy_too_large(kmsg, s->s_task->task_space, &h);
		session_reply(s, TRAP_MACH_MSG, mr, size, &h, sizeof h);
	} else {
		session_reply(s, TRAP_MACH_MSG, mr, size, NULL, 0);
	}
}

/* The thread's receive ended (ipc_thread's th_wakeup). */
static void
session_wakeup(struct ipc_thread *thread, mach_msg_return_t mr,
    struct ipc_kmsg *kmsg, mach_msg_size_t size)
{
	struct session *s = thread->th_owner;
	event_timer_cancel(&s->s_timer);
	s->s_wait = WAIT_NONE;
	session_receive_done(s, mr, kmsg, size);
}

/* A send that timed out returns the message to the sender, as a
 * pseudo-receive into its space. */
static void
session_send_timed_out(struct session *s, struct ipc_kmsg *kmsg)
{
	uint8_t *data;
	mach_msg_size_t size;
	struct task *task = s->s_task;
	(void)ipc_kmsg_copyout_pseudo(kmsg, task->task_space, task->task_map,
	    &data, &size);
	session_reply(s, TRAP_MACH_MSG, MACH_SEND_TIMED_OUT, 0, data, size);
	free(data);
}

static void
session_timeout(struct event_timer *t)
{
	struct session *s = (struct session *)((char *)t -
	    offsetof(struct session, s_timer));
	int wait = s->s_wait;
	s->s_wait = WAIT_NONE;
	if (wait == WAIT_RECEIVE) {
		ipc_mqueue_cancel_wait(s->s_thread);
		session_reply(s, TRAP_MACH_MSG, MACH_RCV_TIMED_OUT, 0, NULL, 0);
	} else if (wait == WAIT_SEND) {
		session_send_timed_out(s, ipc_mqueue_cancel_send(s->s_thread));
	}
}

/* The task was terminated under this session (ipc_thread's callback). */
static void
session_thread_destroyed(struct ipc_thread *thread)
{
	struct session *s = thread->th_owner;
	s->s_thread = NULL;
	session_close(s);
}

/* Give the task a send right to PORT, made from the kernel's receive
 * right (MAKE) or copied from the kernel's send right; returns its name. */
static mach_port_name_t
give_send_right(struct task *task, struct ipc_port *port, bool make)
{
	mach_port_name_t name = MACH_PORT_NULL;
	if (!IP_VALID(port))
		return MACH_PORT_NULL;
	if (make)
		ipc_port_make_send(port);
	else
		ipc_port_copy_send(port);
	(void)ipc_right_copyout(task->task_space, port, MACH_MSG_TYPE_PORT_SEND,
	    &name);
	return name;
}

/* The parent process of PID; 0 if unknown. */
static pid_t
parent_pid_of(pid_t pid)
{
	char state;
	pid_t ppid;
	return proc_stat(pid, &state, &ppid) ? ppid : 0;
}

/* A forked process's new task inherits its parent task's registered
 * ports, if the parent task really belongs to its parent process. */
static void
inherit_from_parent(struct task *task, uint64_t parent_id, pid_t pid)
{
	struct task *parent = parent_id ? task_lookup_id(parent_id) : NULL;
	if (parent != NULL && parent->task_pid == parent_pid_of(pid))
		task_inherit_ports(task, parent);
}

static void
do_hello(struct session *s, const uint8_t *frame, size_t len)
{
	struct trap_hello h;
	struct trap_hello_reply r = { .thr_op = TRAP_HELLO };
	struct ucred cred;
	socklen_t clen = sizeof cred;
	if (len != sizeof h) {
		session_close(s);
		return;
	}
	memcpy(&h, frame, sizeof h);
	if (h.th_magic != TRAP_MAGIC ||
	    getsockopt(s->s_handler.fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) < 0 ||
	    (pid_t)h.th_pid != cred.pid) {
		mlog(LOG_LEVEL_WARN, "refusing a client with a bad hello");
		session_close(s);
		return;
	}
	s->s_pid = cred.pid;
	/* The process's first connection makes its task, or attaches it to
	 * the task a machrun token names; later ones join as threads. */
	struct task *task = NULL;
	bool anchor = h.th_task_id == 0;
	if (anchor && h.th_attach_token != 0) {
		task = machemu_attach_claim(h.th_attach_token);
		r.thr_ret = task != NULL ? KERN_SUCCESS : KERN_INVALID_TASK;
	} else if (anchor) {
		r.thr_ret = task_create_empty(&task);
		if (r.thr_ret == KERN_SUCCESS)
			inherit_from_parent(task, h.th_parent_task_id, cred.pid);
	} else {
		task = task_lookup_id(h.th_task_id);
		if (task == NULL || task->task_pid != cred.pid)
			r.thr_ret = KERN_INVALID_TASK;
	}
	if (r.thr_ret == KERN_SUCCESS) {
		task_reference(task);		/* the session's */
		s->s_task = task;
		if (anchor) {
			s->s_anchor = true;
			task->task_pid = cred.pid;
			task->task_map->vm_track_ops = true;
			/* An attached process maps the task's regions. */
			r.thr_ret = vm_map_replay(task->task_map);
			mlog(LOG_LEVEL_INFO, "task %llu: process %d",
			    (unsigned long long)task->task_id, (int)cred.pid);
		}
	}
	if (r.thr_ret == KERN_SUCCESS) {
		s->s_thread = ipc_thread_create(task);
		if (s->s_thread == NULL)
			r.thr_ret = KERN_RESOURCE_SHORTAGE;
	}
	if (r.thr_ret != KERN_SUCCESS) {
		frame_send(s, &r, sizeof r, NULL, 0);
		session_close(s);
		return;
	}
	s->s_thread->th_wakeup = session_wakeup;
	s->s_thread->th_send_done = session_send_done;
	s->s_thread->th_destroyed = session_thread_destroyed;
	s->s_thread->th_owner = s;
	r.thr_task_id = task->task_id;
	r.thr_task_self = give_send_right(task, task->task_self, true);
	r.thr_name_server = give_send_right(task, task->task_registered[0], false);
	frame_send(s, &r, sizeof r, NULL, 0);
}

/* Adopt the out-of-line memfd a client sent, checking that it holds the
 * regions the frame describes.  Consumes FD. */
static mach_msg_return_t
ool_source_init(struct ipc_ool_source *src, int fd,
    const struct trap_ool *table, size_t count, uint64_t *offsets,
    uint64_t *sizes)
{
	memset(src, 0, sizeof *src);
	uint64_t need = 0, total = 0;
	for (size_t i = 0; i < count; i++) {
		struct trap_ool o;
		memcpy(&o, &table[i], sizeof o);
		offsets[i] = o.to_offset;
		sizes[i] = o.to_size;
		if (o.to_size > 0 && (o.to_offset > UINT64_MAX - o.to_size))
			goto bad;
		if (o.to_size > 0 && o.to_offset + o.to_size > need)
			need = o.to_offset + o.to_size;
		total += o.to_size;	/* 65536 sizes capped below: no wrap */
		if (o.to_size > TRAP_MAX_OOL_BYTES || total > TRAP_MAX_OOL_BYTES)
			goto too_big;
	}
	src->offsets = offsets;
	src->sizes = sizes;
	src->count = count;
	if (need == 0) {
		if (fd >= 0)
			close(fd);
		return MACH_MSG_SUCCESS;
	}
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (uint64_t)st.st_size < need)
		goto bad;
	if (vm_object_adopt(fd, (uint64_t)st.st_size, &src->object) != KERN_SUCCESS)
		goto bad;
	return MACH_MSG_SUCCESS;
bad:
	if (fd >= 0)
		close(fd);
	return MACH_SEND_INVALID_MEMORY;
too_big:
	if (fd >= 0)
		close(fd);
	return MACH_SEND_NO_BUFFER;
}

/* The send half of mach_msg: MACH_MSG_SUCCESS, an error, or
 * MACH_SEND_IN_PROGRESS when the thread now waits for room (or
 * MACH_SEND_TIMED_OUT, replied to already, with the message returned). */
static mach_msg_return_t
do_send(struct session *s, const struct trap_msg_request *req,
    const uint8_t *msg, const struct trap_ool *table, int fd)
{
	struct task *task = s->s_task;
	static uint64_t offsets[IPC_KMSG_MAX_RIGHTS], sizes[IPC_KMSG_MAX_RIGHTS];
	if (req->tm_nool > IPC_KMSG_MAX_RIGHTS) {
		if (fd >= 0)
			close(fd);
		return MACH_SEND_NO_BUFFER;
	}
	struct ipc_ool_source src;
	mach_msg_return_t mr = ool_source_init(&src, fd, table, req->tm_nool,
	    offsets, sizes);
	if (mr != MACH_MSG_SUCCESS)
		return mr;
	struct ipc_kmsg *kmsg;
	mr = ipc_kmsg_copyin(task->task_space, msg, req->tm_send_size, &src, &kmsg);
	if (src.object != NULL)
		vm_object_release(src.object);
	if (mr != MACH_MSG_SUCCESS) {
		task_trace_message(task, false, msg, req->tm_send_size, NULL, mr);
		return mr;
	}
	uint32_t rights[3];
	task_trace_rights(kmsg, rights);
	/* Regions of the task sent with deallocate leave its map. */
	for (size_t k = 0; k < kmsg->ikm_nool; k++) {
		struct ipc_kmsg_ool *o = &kmsg->ikm_ool[k];
		uint64_t a = o->sender_addr;
		if (o->sender_dealloc && o->size > 0 && a >= task->task_map->vm_min &&
		    a < task->task_map->vm_max)
			(void)vm_map_remove(task->task_map, vm_trunc_page(a),
			    vm_round_page(a + o->size));
	}
	/* The message may end the task (task_terminate of itself). */
	task_reference(task);
	mr = ipc_mqueue_send_user(s->s_thread, kmsg, req->tm_option,
	    req->tm_timeout);
	task_trace_message(task, false, msg, req->tm_send_size, rights, mr);
	task_release(task);
	if (mr == MACH_SEND_TIMED_OUT)
		session_send_timed_out(s, kmsg);
	return mr;
}

/* The receive half: deliver at once, fail, or park the thread. */
static void
do_receive(struct session *s, const struct trap_msg_request *req)
{
	struct ipc_thread *thread = s->s_thread;
	struct ipc_space *space = s->s_task->task_space;
	struct ipc_port *port = NULL;
	struct ipc_pset *pset = NULL;
	if (ipc_right_lookup_receive(space, req->tm_rcv_name, &port) !=
	    KERN_SUCCESS &&
	    ipc_right_lookup_pset(space, req->tm_rcv_name, &pset) != KERN_SUCCESS) {
		session_reply(s, TRAP_MACH_MSG, MACH_RCV_INVALID_NAME, 0, NULL, 0);
		return;
	}
	thread->th_rcv_option = req->tm_option;
	thread->th_rcv_size = req->tm_rcv_size;
	thread->th_rcv_timeout = req->tm_timeout;
	thread->th_rcv_notify = req->tm_notify;
	struct ipc_kmsg *kmsg = NULL;
	mach_msg_size_t size = 0;
	mach_msg_return_t mr = port != NULL ?
	    ipc_mqueue_receive(thread, port, &kmsg, &size) :
	    ipc_pset_receive(thread, pset, &kmsg, &size);
	if (mr == MACH_RCV_IN_PROGRESS) {
		s->s_wait = WAIT_RECEIVE;
		if (req->tm_option & MACH_RCV_TIMEOUT)
			event_timer_arm(&s->s_timer, req->tm_timeout);
	} else {
		session_receive_done(s, mr, kmsg, size);
	}
}

/* A blocked send went through (ipc_thread's th_send_done): go on with
 * the call's receive half, if any. */
static void
session_send_done(struct ipc_thread *thread, mach_msg_return_t mr)
{
	struct session *s = thread->th_owner;
	event_timer_cancel(&s->s_timer);
	s->s_wait = WAIT_NONE;
	if (mr == MACH_MSG_SUCCESS && (s->s_call.tm_option & MACH_RCV_MSG))
		do_receive(s, &s->s_call);
	else
		session_reply(s, TRAP_MACH_MSG, mr, 0, NULL, 0);
}

static void
do_mach_msg(struct session *s, const uint8_t *frame, size_t len, int fd)
{
	struct trap_msg_request req;
	if (len < sizeof req)
		goto bad;
	memcpy(&req, frame, sizeof req);
	bool send = req.tm_option & MACH_SEND_MSG;
	size_t want = sizeof req;
	if (send) {
		if (req.tm_send_size > TRAP_MAX_MSG ||
		    req.tm_nool > (TRAP_MAX_FRAME / sizeof(struct trap_ool)))
			goto bad;
		want += req.tm_send_size + req.tm_nool * sizeof(struct trap_ool);
	}
	if (len != want)
		goto bad;
	struct ipc_port *ignored;
	if (send && (req.tm_option & MACH_SEND_CANCEL) &&
	    ipc_right_lookup_receive(s->s_task->task_space, req.tm_notify,
	    &ignored) != KERN_SUCCESS) {
		/* MACH_SEND_CANCEL's notify port must be a receive right; the
		 * option changes nothing else here. */
		if (fd >= 0)
			close(fd);
		session_reply(s, TRAP_MACH_MSG, MACH_SEND_INVALID_NOTIFY, 0, NULL, 0);
		return;
	}
	if (send) {
		const uint8_t *msg = frame + sizeof req;
		mach_msg_return_t mr = do_send(s, &req, msg,
		    (const struct trap_ool *)(msg + req.tm_send_size), fd);
		fd = -1;
		if (s->s_doomed || mr == MACH_SEND_TIMED_OUT)
			return;
		if (mr == MACH_SEND_IN_PROGRESS) {
			s->s_wait = WAIT_SEND;
			s->s_call = req;
			if (req.tm_option & MACH_SEND_TIMEOUT)
				event_timer_arm(&s->s_timer, req.tm_timeout);
			return;
		}
		if (mr != MACH_MSG_SUCCESS || !(req.tm_option & MACH_RCV_MSG)) {
			session_reply(s, TRAP_MACH_MSG, mr, 0, NULL, 0);
			return;
		}
	} else if (fd >= 0) {
		close(fd);
	}
	if (req.tm_option & MACH_RCV_MSG)
		do_receive(s, &req);
	else
		session_reply(s, TRAP_MACH_MSG, MACH_MSG_SUCCESS, 0, NULL, 0);
	return;
bad:
	if (fd >= 0)
		close(fd);
	mlog(LOG_LEVEL_WARN, "pid %d: malformed mach_msg frame", (int)s->s_pid);
	session_reply(s, TRAP_MACH_MSG, MACH_SEND_MSG_TOO_SMALL, 0, NULL, 0);
}

static void
do_reply_port(struct session *s)
{
	struct ipc_port *port = ipc_port_alloc();
	mach_port_name_t name = MACH_PORT_NULL;
	if (port != NULL)
		(void)ipc_right_copyout(s->s_task->task_space, port,
		    MACH_MSG_TYPE_PORT_RECEIVE, &name);
	session_reply(s, TRAP_REPLY_PORT, KERN_SUCCESS, name, NULL, 0);
}

/* Read one frame; returns its length, 0 at end of file, -1 on error. */
static ssize_t
frame_recv(struct session *s, int *fdp)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * TRAP_MAX_FDS)];
		struct cmsghdr align;
	} cbuf;
	struct iovec iov = { rx_frame, sizeof rx_frame };
	struct msghdr mh = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = cbuf.buf, .msg_controllen = sizeof cbuf.buf,
	};
	ssize_t n;
	do
		n = recvmsg(s->s_handler.fd, &mh, MSG_CMSG_CLOEXEC | MSG_DONTWAIT);
	while (n < 0 && errno == EINTR);
	*fdp = -1;
	size_t nfds = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int *fds = (int *)CMSG_DATA(c);
		size_t cnt = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (size_t i = 0; i < cnt; i++) {
			if (nfds++ == 0)
				*fdp = fds[i];
			else
				close(fds[i]);	/* at most one is expected */
		}
	}
	if (n > 0 && ((mh.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) || nfds > 1)) {
		if (*fdp >= 0)
			close(*fdp);
		*fdp = -1;
		errno = EMSGSIZE;
		return -1;
	}
	return n;
}

/* The thread of the task's first connection ended: the Mach thread
 * goes, the connection stays as the task's anchor. */
static void
session_thread_exit(struct session *s)
{
	struct ipc_thread *thread = s->s_thread;
	s->s_thread = NULL;
	thread->th_destroyed = NULL;
	ipc_thread_destroy(thread);
}

static void
session_on_event(struct event_handler *h, uint32_t events)
{
	struct session *s = (struct session *)h;
	(void)events;
	if (s->s_doomed)
		return;
	int fd;
	ssize_t n = frame_recv(s, &fd);
	if (n < 0 && errno == EAGAIN)
		return;
	if (n <= 0) {
		/* End of file or a reset: the client went away. */
		if (n < 0 && errno != ECONNRESET)
			mlog(LOG_LEVEL_WARN, "pid %d: bad frame: %m", (int)s->s_pid);
		session_close(s);
		return;
	}
	uint32_t op;
	if ((size_t)n < sizeof op || (s->s_thread == NULL && s->s_task != NULL) ||
	    s->s_wait != WAIT_NONE)
		goto protocol;
	memcpy(&op, rx_frame, sizeof op);
	if (s->s_task == NULL) {
		if (op != TRAP_HELLO)
			goto protocol;
		if (fd >= 0)
			close(fd);
		do_hello(s, rx_frame, (size_t)n);
		return;
	}
	switch (op) {
	case TRAP_MACH_MSG:
		do_mach_msg(s, rx_frame, (size_t)n, fd);
		return;
	case TRAP_REPLY_PORT:
		if (fd >= 0)
			close(fd);
		do_reply_port(s);
		return;
	case TRAP_SYNC:
		if (fd >= 0)
			close(fd);
		session_reply(s, TRAP_SYNC, KERN_SUCCESS, 0, NULL, 0);
		return;
	case TRAP_HOST_SELF:
	case TRAP_HOST_PRIV_SELF:
	case TRAP_THREAD_SELF:
		if (fd >= 0)
			close(fd);
		session_reply(s, op, KERN_SUCCESS, give_send_right(s->s_task,
		    op == TRAP_HOST_SELF ? realhost.host_self :
		    op == TRAP_HOST_PRIV_SELF ? realhost.host_priv :
		    s->s_thread->th_self, true), NULL, 0);
		return;
	case TRAP_THREAD_EXIT:
		if (fd >= 0)
			close(fd);
		if (!s->s_anchor)
			goto protocol;
		session_thread_exit(s);
		return;
	}
protocol:
	if (fd >= 0)
		close(fd);
	mlog(LOG_LEVEL_WARN, "pid %d: protocol error; closing", (int)s->s_pid);
	session_close(s);
}

static void
session_close(struct session *s)
{
	if (s->s_doomed)
		return;
	s->s_doomed = true;
	event_timer_cancel(&s->s_timer);
	event_loop_remove(&s->s_handler);
	close(s->s_handler.fd);
	LIST_REMOVE(s, s_link);
	if (s->s_thread != NULL) {
		struct ipc_thread *thread = s->s_thread;
		s->s_thread = NULL;
		thread->th_destroyed = NULL;
		ipc_thread_destroy(thread);
	}
	if (s->s_task != NULL) {
		if (s->s_anchor) {
			mlog(LOG_LEVEL_INFO, "task %llu: process %d exited",
			    (unsigned long long)s->s_task->task_id, (int)s->s_pid);
			s->s_task->task_pid = 0;	/* nothing left to kill */
			task_terminate(s->s_task);
		}
		task_release(s->s_task);
		s->s_task = NULL;
	}
	event_loop_defer(session_free, s);
}

void
session_accept(int lfd)
{
	if (spare_fd < 0)
		spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
	if (fd < 0 && (errno == EMFILE || errno == ENFILE) && spare_fd >= 0) {
		mlog(LOG_LEVEL_WARN, "out of file descriptors: refusing a client");
		close(spare_fd);
		fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
		if (fd >= 0)
			close(fd);
		spare_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
		return;
	}
	if (fd < 0) {
		if (errno != EAGAIN && errno != EINTR)
			mlog(LOG_LEVEL_WARN, "accept: %m");
		return;
	}
	struct session *s = calloc(1, sizeof *s);
	if (s == NULL) {
		close(fd);
		return;
	}
	int buf = 2 * TRAP_MAX_FRAME;
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buf, sizeof buf);
	s->s_handler.fd = fd;
	s->s_handler.on_event = session_on_event;
	s->s_timer.et_fire = session_timeout;
	if (!event_loop_add(&s->s_handler)) {
		close(fd);
		free(s);
		return;
	}
	LIST_INSERT_HEAD(&sessions, s, s_link);
}

void
session_close_all(void)
{
	if (spare_fd >= 0)
		close(spare_fd);
	spare_fd = -1;
	while (!LIST_EMPTY(&sessions))
		session_close(LIST_FIRST(&sessions));
}
