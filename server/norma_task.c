/*
 * norma_task: norma_task_create, _clone and _teleport, on both sides.
 *
 * The caller's node sends the child's image (its regions and the
 * parent's special ports) to the child's node (CreateTask); once the
 * child exists there, eagerly, the bytes of its copied regions in page
 * runs of 1 MiB, on both lanes of the link (two on their way at a time),
 * with the parent suspended so that they are consistent; after the last,
 * CommitTask.  The far node makes the child pending and answers with its
 * task port; the commit makes it final.  Only then is a
 * teleported parent terminated: a call that fails anywhere before leaves
 * the parent running and intact, and a pending child whose commit never
 * comes is terminated on the far node.  Lazily (machd --transfer lazy)
 * the commit comes first and the bytes follow, kept here (lazy_source)
 * until they have gone; regions the child shares with its parent stay
 * here for as long as the child lives, read and written by its node
 * (norma_vm.c, on that side).
 */
#include "norma_task.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/queue.h>

#include <mach/mig_errors.h>
#include <mach/vm_inherit.h>
#include <mach/vm_prot.h>

#include "event_loop.h"
#include "ipc_port.h"
#include "kserver.h"
#include "log.h"
#include "norma_S.h"
#include "norma_ipc.h"
#include "norma_kserver.h"
#include "norma_vm.h"
#include "task.h"
#include "vm_map.h"
#include "vm_object.h"

/* The deadline of each call of a task's transfer. */
#define TASK_CALL_MS		10000
/* A task's memory travels in page runs of this size (grpc-c.md: 1 MiB
 * messages move fastest; one huge message is slow). */
#define PAGE_RUN_BYTES		(1024 * 1024)
/* How long a far node keeps a child that its creator has not committed. */
#define PENDING_CHILD_MS	30000

struct pending_child;
static TAILQ_HEAD(pending_list, pending_child) pending_children =
    TAILQ_HEAD_INITIALIZER(pending_children);
static void pending_end(struct pending_child *p, bool committed);
struct lazy_source;
static TAILQ_HEAD(lazy_source_list, lazy_source) lazy_sources =
    TAILQ_HEAD_INITIALIZER(lazy_sources);
static void lazy_source_free(struct lazy_source *src);
static void lazy_source_stream(struct lazy_source *src);


/* The image of a task on its way: its regions and special ports. */
struct task_image {
	Machemu__TaskImage image;
	Machemu__Region *regions, **region_ptrs;
	Machemu__PortRight bootstrap, exception;
	Machemu__PortRight registered[TASK_PORT_REGISTER_MAX];
	Machemu__PortRight *registered_ptrs[TASK_PORT_REGISTER_MAX];
};

/* A page run on its way: its bytes are a mapping of the parent's
 * object, read-only and shared, until it is sent. */
struct page_run {
	Machemu__PageRun run;
};

/* A norma_task_* call waiting for the child's node. */
struct task_call {
	struct kserver_deferred *deferred;
	struct task *parent;		/* a reference; suspended meanwhile */
	int node;
	bool teleport;
	unsigned calls;			/* calls to NODE not yet done */
	bool failed;			/* one of them failed */
	kern_return_t kr;		/* the first error, if any */
	struct ipc_port *child;		/* a send right to its proxy, or NULL */
	uint64_t bytes;			/* of memory sent */
	uint64_t started_ms;
	bool lazy;			/* the bytes follow the commit */
	struct lazy_source *source;	/* kept beyond the call, or NULL */
	/* Eagerly: the copied regions, moved once the child exists (a
	 * reference to each object), and the runs still on their way: the
	 * commit goes after the last. */
	struct copy_region {
		struct vm_object *obj;
		uint64_t offset, address, size;
	} *copies;
	size_t ncopies;
	unsigned runs;
	uint64_t transfer;
};

static uint64_t next_transfer = 1;
uint64_t norma_bytes_out, norma_bytes_in;
static bool transfer_lazy;	/* machd --transfer lazy */

void
norma_set_transfer(bool lazy)
{
	transfer_lazy = lazy;
}

bool
norma_transfer_is_lazy(void)
{
	return transfer_lazy;
}

static void
task_image_free(ProtobufCMessage *m)
{
	struct task_image *t = (struct task_image *)m;
	free(t->regions);
	free(t->region_ptrs);
	free(t);
}

static void
page_run_free(ProtobufCMessage *m)
{
	struct page_run *r = (struct page_run *)m;
	munmap(r->run.data.data, r->run.data.len);
	free(r);
}

/* What a child on another node gets of a region of its parent. */
enum region_mode {
	REGION_NONE,	/* nothing: VM_INHERIT_NONE, or no inherit_memory */
	REGION_COPY,	/* a copy, moved eagerly or lazily */
	REGION_SHARED,	/* the parent's memory itself, at its home here */
};

/*
 * The mode of region E for a child: norma_task_create honours the
 * inheritance (VM_INHERIT_SHARE regions stay shared); a clone gets every
 * region, shared; a teleported clone, whose parent ends, a copy of each.
 */
static enum region_mode
region_mode(const struct vm_map_entry *e, bool inherit, bool clone,
    bool teleport)
{
	if (!inherit)
		return REGION_NONE;
	if (teleport)
		return REGION_COPY;
	if (clone)
		return REGION_SHARED;
	switch (e->vme_inheritance) {
	case VM_INHERIT_SHARE:
		return REGION_SHARED;
	case VM_INHERIT_COPY:
		return REGION_COPY;
	default:
		return REGION_NONE;
	}
}

/*
 * The image of PARENT for a child on NODE: the regions it gets (see
 * region_mode), and its special ports, exported to NODE.  NULL when out
 * of memory.
 */
static struct task_image *
task_image_make(struct task *parent, bool inherit, bool clone,
    bool teleport, int node, uint64_t transfer)
{
	size_t n = 0;
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &parent->task_map->vm_entries, vme_link)
		n++;
	struct task_image *t = calloc(1, sizeof *t);
	if (t == NULL)
		return NULL;
	t->regions = calloc(n + 1, sizeof *t->regions);
	t->region_ptrs = calloc(n + 1, sizeof *t->region_ptrs);
	if (t->regions == NULL || t->region_ptrs == NULL) {
		task_image_free(&t->image.base);
		return NULL;
	}
	machemu__task_image__init(&t->image);
	t->image.from = (uint32_t)norma_node();
	t->image.transfer = transfer;
	t->image.regions = t->region_ptrs;
	TAILQ_FOREACH(e, &parent->task_map->vm_entries, vme_link) {
		enum region_mode mode = region_mode(e, inherit, clone,
		    teleport);
		if (mode == REGION_NONE)
			continue;
		Machemu__Region *r = &t->regions[t->image.n_regions];
		machemu__region__init(r);
		r->shared = mode == REGION_SHARED;
		r->address = e->vme_start;
		r->size = e->vme_end - e->vme_start;
		r->protection = e->vme_protection;
		r->max_protection = e->vme_max_protection;
		r->inheritance = e->vme_inheritance;
		t->region_ptrs[t->image.n_regions++] = r;
	}
	machemu__port_right__init(&t->bootstrap);
	machemu__port_right__init(&t->exception);
	norma_ipc_export_send(parent->task_bootstrap, node, &t->bootstrap);
	norma_ipc_export_send(parent->task_exception, node, &t->exception);
	t->image.bootstrap = &t->bootstrap;
	t->image.exception = &t->exception;
	for (int i = 0; i < TASK_PORT_REGISTER_MAX; i++) {
		machemu__port_right__init(&t->registered[i]);
		norma_ipc_export_send(parent->task_registered[i], node,
		    &t->registered[i]);
		t->registered_ptrs[i] = &t->registered[i];
	}
	t->image.n_registered = TASK_PORT_REGISTER_MAX;
	t->image.registered = t->registered_ptrs;
	return t;
}

/* Every call is done: let the parent go on (unless it was teleported)
 * and answer the caller. */
static void
task_call_finish(struct task_call *c)
{
	if (c->failed && IP_VALID(c->child)) {
		ipc_port_release_send(c->child);	/* the far node drops it */
		c->child = NULL;
	}
	if (c->failed && c->kr == KERN_SUCCESS)
		c->kr = KERN_FAILURE;
	if (c->source != NULL) {
		if (c->failed)
			lazy_source_free(c->source);
		else
			lazy_source_stream(c->source);
		c->source = NULL;
	}
	if (!c->failed && c->teleport) {
		if (c->parent->task_active)
			task_terminate(c->parent);
	} else if (c->parent->task_active) {
		(void)task_resume(c->parent);
	}
	uint64_t ms = event_now_ms() - c->started_ms;
	mlog(c->failed ? LOG_LEVEL_WARN : LOG_LEVEL_INFO,
	    "norma: task %llu %s node %d: %s, %llu bytes %s in %llu ms",
	    (unsigned long long)c->parent->task_id,
	    c->teleport ? "teleported to" : "made a child on", c->node,
	    c->failed ? "failed" : "done", (unsigned long long)c->bytes,
	    c->lazy ? "to follow" : "moved", (unsigned long long)ms);
	kserver_resume(c->deferred, c);
}

/* One of C's calls is done (ERR its outcome). */
static void
task_call_step(struct task_call *c, int err)
{
	if (err != 0)
		c->failed = true;
	if (--c->calls == 0)
		task_call_finish(c);
}

static void task_call_move(struct task_call *c);
static void task_call_commit(struct task_call *c);

static void
create_done(void *arg, int err, ProtobufCMessage *reply)
{
	struct task_call *c = arg;
	const Machemu__PortReply *r = (const Machemu__PortReply *)reply;
	if (err == 0 && r->kern_return != KERN_SUCCESS) {
		c->kr = r->kern_return;
		err = -EINVAL;
	}
	if (err == 0) {
		c->child = norma_ipc_import_send(c->node, r->port);
		if (!IP_VALID(c->child)) {
			c->child = NULL;
			err = -EINVAL;
		}
	}
	if (err != 0)
		c->failed = true;
	task_call_move(c);
	task_call_step(c, err);
}

static void
call_step_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	task_call_step(arg, err);
}

/* A page run of a task call, for its outcome. */
struct run_step {
	struct task_call *call;
	uint64_t len;
};

/* A page run is done: its bytes count as moved once the far node took
 * them (machctl's progress bar watches the count). */
static void
run_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	struct run_step *r = arg;
	struct task_call *c = r->call;
	if (err == 0)
		norma_bytes_out += r->len;
	else
		c->failed = true;
	free(r);
	if (--c->runs == 0)
		task_call_commit(c);
	task_call_step(c, err);
}

/* Ask C's node for METHOD with REQUEST, counted in C's calls, on its
 * bulk lane if BULK; DONE gets ARG. */
static bool
task_call_queue(struct task_call *c, enum node_method method,
    ProtobufCMessage *request, void (*free_request)(ProtobufCMessage *),
    node_done_fn *done, void *arg, bool bulk)
{
	if ((bulk ? node_link_call_bulk : node_link_call)(c->node, method,
	    request, free_request, TASK_CALL_MS, done, arg) != 0) {
		c->failed = true;
		return false;
	}
	c->calls++;
	return true;
}

/*
 * A page run of TRANSFER: LEN bytes of OBJ from OFFSET, for ADDRESS of
 * the child, as a mapping of OBJ (prefaulted if POPULATE: a run the
 * caller waits for).  NULL when it cannot be made.
 */
static struct page_run *
page_run_make(uint64_t transfer, struct vm_object *obj, uint64_t offset,
    uint64_t address, uint64_t len, bool populate)
{
	struct page_run *r = malloc(sizeof *r);
	void *p = r == NULL ? MAP_FAILED : mmap(NULL, len, PROT_READ,
	    MAP_SHARED | (populate ? MAP_POPULATE : 0), obj->vo_fd,
	    (off_t)offset);
	if (p == MAP_FAILED) {
		free(r);
		return NULL;
	}
	machemu__page_run__init(&r->run);
	r->run.from = (uint32_t)norma_node();
	r->run.transfer = transfer;
	r->run.address = address;
	r->run.data.data = p;
	r->run.data.len = len;
	return r;
}

/* Queue the page runs of copied region R, in chunks of PAGE_RUN_BYTES,
 * each a mapping of its object, on both lanes (two on their way at a
 * time). */
static void
task_call_queue_runs(struct task_call *c, const struct copy_region *r)
{
	for (uint64_t off = 0; !c->failed && off < r->size;
	    off += PAGE_RUN_BYTES) {
		uint64_t len = r->size - off < PAGE_RUN_BYTES ? r->size - off :
		    PAGE_RUN_BYTES;
		struct run_step *step = malloc(sizeof *step);
		struct page_run *run = step == NULL ? NULL : page_run_make(
		    c->transfer, r->obj, r->offset + off, r->address + off,
		    len, true);
		if (run == NULL) {
			free(step);
			c->failed = true;
			return;
		}
		*step = (struct run_step){ .call = c, .len = len };
		c->bytes += len;
		if (task_call_queue(c, NODE_PAGE_RUN, &run->run.base,
		    page_run_free, run_done, step, c->runs % 2 == 1))
			c->runs++;
		else
			free(step);
	}
}

/* The commit, after everything else (abort if something failed). */
static void
task_call_commit(struct task_call *c)
{
	Machemu__Commit *commit = malloc(sizeof *commit);
	if (commit == NULL) {
		c->failed = true;	/* the child is never committed */
		return;
	}
	machemu__commit__init(commit);
	commit->from = (uint32_t)norma_node();
	commit->transfer = c->transfer;
	commit->abort = c->failed;
	task_call_queue(c, NODE_COMMIT_TASK, &commit->base,
	    node_link_request_free, call_step_done, c, false);
}

/* The child exists (or failed to): move its copied regions, then commit;
 * or commit at once. */
static void
task_call_move(struct task_call *c)
{
	for (size_t i = 0; i < c->ncopies; i++) {
		if (!c->failed)
			task_call_queue_runs(c, &c->copies[i]);
		vm_object_release(c->copies[i].obj);	/* runs map it */
	}
	free(c->copies);
	c->copies = NULL;
	c->ncopies = 0;
	if (c->runs == 0)
		task_call_commit(c);
}

/* Note the regions of C's parent that its child gets a copy of, to move
 * eagerly once the child exists.  False when out of memory. */
static bool
task_call_copies(struct task_call *c, bool inherit, bool clone)
{
	size_t n = 0;
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &c->parent->task_map->vm_entries, vme_link)
		n++;
	if ((c->copies = calloc(n + 1, sizeof *c->copies)) == NULL)
		return false;
	TAILQ_FOREACH(e, &c->parent->task_map->vm_entries, vme_link) {
		if (region_mode(e, inherit, clone, c->teleport) != REGION_COPY)
			continue;
		vm_object_reference(e->vme_object);
		c->copies[c->ncopies++] = (struct copy_region){
		    .obj = e->vme_object, .offset = e->vme_offset,
		    .address = e->vme_start, .size = e->vme_end - e->vme_start };
	}
	return true;
}

/* --- Lazy transfers: the source ----------------------------------------- */

/*
 * The memory of a lazy child, kept here until it has all gone: the
 * parent's objects (a teleported parent's own, a snapshot of a parent
 * that goes on), streamed in page runs after the commit, and read for
 * the pulls of the child's node meanwhile.
 */
struct lazy_source {
	TAILQ_ENTRY(lazy_source) link;
	int node;
	uint64_t transfer;
	struct source_region {
		uint64_t address, size;
		struct vm_object *obj;		/* a reference */
		uint64_t offset;
		bool shared;		/* the parent's own memory, kept
					 * until the child ends */
	} *regions;
	size_t nregions;
	unsigned runs;			/* page runs not done */
	bool sharing;			/* shared regions the child still has */
};

static void
lazy_source_free(struct lazy_source *src)
{
	TAILQ_REMOVE(&lazy_sources, src, link);
	for (size_t i = 0; i < src->nregions; i++)
		vm_object_release(src->regions[i].obj);
	free(src->regions);
	free(src);
}

/* Free SRC once its stream is done and its child shares nothing more. */
static void
lazy_source_settle(struct lazy_source *src)
{
	if (src->runs == 0 && !src->sharing)
		lazy_source_free(src);
}

static void
drain_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	struct lazy_source *src = arg;
	(void)err;	/* a run that failed is pulled, or lost with its node */
	src->runs--;
	lazy_source_settle(src);
}

/* The source of NODE's TRANSFER, or NULL. */
static struct lazy_source *
lazy_source_find(int node, uint64_t transfer)
{
	struct lazy_source *src;
	TAILQ_FOREACH(src, &lazy_sources, link)
		if (src->node == node && src->transfer == transfer)
			return src;
	return NULL;
}

/* The region of SRC holding [ADDRESS, ADDRESS + LEN), or NULL. */
static struct source_region *
lazy_source_region(struct lazy_source *src, uint64_t address, uint64_t len)
{
	for (size_t i = 0; src != NULL && i < src->nregions; i++) {
		struct source_region *r = &src->regions[i];
		if (address >= r->address && address - r->address < r->size &&
		    len > 0 && len <= r->size - (address - r->address))
			return r;
	}
	return NULL;
}

/*
 * Keep what C's child needs of its parent's regions (as region_mode
 * chose them) beyond the call: its shared regions, the parent's own
 * memory, for as long as the child lives; and, lazily, its copied ones,
 * to stream once it is committed (a teleported parent gives its objects,
 * another one a snapshot of them, since it goes on).  False when out of
 * memory.
 */
static bool
lazy_source_make(struct task_call *c, uint64_t transfer, bool inherit,
    bool clone)
{
	struct task *parent = c->parent;
	size_t n = 0;
	struct vm_map_entry *e;
	TAILQ_FOREACH(e, &parent->task_map->vm_entries, vme_link)
		n++;
	struct lazy_source *src = calloc(1, sizeof *src);
	if (src == NULL ||
	    (src->regions = calloc(n + 1, sizeof *src->regions)) == NULL) {
		free(src);
		return false;
	}
	src->node = c->node;
	src->transfer = transfer;
	TAILQ_INSERT_TAIL(&lazy_sources, src, link);
	TAILQ_FOREACH(e, &parent->task_map->vm_entries, vme_link) {
		enum region_mode mode = region_mode(e, inherit, clone,
		    c->teleport);
		if (mode == REGION_NONE || (mode == REGION_COPY && !c->lazy))
			continue;
		struct source_region *r = &src->regions[src->nregions];
		r->address = e->vme_start;
		r->size = e->vme_end - e->vme_start;
		r->shared = mode == REGION_SHARED;
		src->sharing |= r->shared;
		if (c->teleport || r->shared) {
			vm_object_reference(e->vme_object);
			r->obj = e->vme_object;
			r->offset = e->vme_offset;
		} else if (vm_object_create(r->size, &r->obj) != KERN_SUCCESS ||
		    vm_object_copy(r->obj, 0, e->vme_object, e->vme_offset,
		    r->size) != KERN_SUCCESS) {
			if (r->obj != NULL)
				vm_object_release(r->obj);
			lazy_source_free(src);
			return false;
		}
		src->nregions++;
		if (!r->shared)
			c->bytes += r->size;
	}
	if (src->nregions == 0) {
		lazy_source_free(src);	/* nothing beyond the call */
		return true;
	}
	c->source = src;
	return true;
}

/* The child of SRC is committed: stream its bytes, on the bulk lane
 * (messages to the child do not wait for them). */
static void
lazy_source_stream(struct lazy_source *src)
{
	for (size_t i = 0; i < src->nregions; i++) {
		struct source_region *r = &src->regions[i];
		for (uint64_t off = 0; !r->shared && off < r->size;
		    off += PAGE_RUN_BYTES) {
			uint64_t len = r->size - off < PAGE_RUN_BYTES ?
			    r->size - off : PAGE_RUN_BYTES;
			struct page_run *run = page_run_make(src->transfer,
			    r->obj, r->offset + off, r->address + off, len,
			    false);
			if (run == NULL || node_link_call_bulk(src->node,
			    NODE_PAGE_RUN, &run->run.base, page_run_free,
			    TASK_CALL_MS, drain_done, src) != 0)
				break;	/* the child pulls what does not come */
			src->runs++;
		}
	}
	lazy_source_settle(src);
}

/* The child's node pulls bytes it needs now (of a lazy copy, or of a
 * shared region: the parent's memory as it is now). */
static void
serve_pull(const Machemu__PullRequest *req, struct link_rpc *rpc)
{
	const struct source_region *r = lazy_source_region(
	    lazy_source_find((int)req->from, req->transfer), req->address,
	    req->length);
	if (r == NULL || req->length > PAGE_RUN_BYTES) {
		node_link_answer(rpc, -ENOENT, NULL);
		return;
	}
	Machemu__PageRun run = MACHEMU__PAGE_RUN__INIT;
	run.from = (uint32_t)norma_node();
	run.transfer = req->transfer;
	run.address = req->address;
	run.data.len = req->length;
	run.data.data = malloc(req->length);
	int err = run.data.data == NULL ? -ENOMEM :
	    vm_object_read(r->obj, r->offset + (req->address - r->address),
	    run.data.data, req->length) == KERN_SUCCESS ? 0 : -ENOMEM;
	if (err == 0)
		norma_bytes_out += req->length;
	node_link_answer(rpc, err, &run.base);
	free(run.data.data);
}

/* The child's node writes into a region it shares with its parent. */
static void
serve_write_shared(const Machemu__PageRun *run, struct link_rpc *rpc)
{
	struct source_region *r = lazy_source_region(
	    lazy_source_find((int)run->from, run->transfer), run->address,
	    run->data.len);
	int err = r == NULL || !r->shared ? -ENOENT :
	    vm_object_write(r->obj, r->offset + (run->address - r->address),
	    run->data.data, run->data.len) == KERN_SUCCESS ? 0 : -ENOMEM;
	if (err == 0)
		norma_bytes_in += run->data.len;
	Machemu__Done done = MACHEMU__DONE__INIT;
	node_link_answer(rpc, err, &done.base);
}

/* The child of a transfer is gone: its shared regions are let go. */
static void
serve_end_transfer(const Machemu__TransferEnd *end, struct link_rpc *rpc)
{
	struct lazy_source *src = lazy_source_find((int)end->from,
	    end->transfer);
	if (src != NULL) {
		src->sharing = false;
		lazy_source_settle(src);
	}
	Machemu__Done done = MACHEMU__DONE__INIT;
	node_link_answer(rpc, 0, &done.base);
}

/*
 * The answer of a norma_task_* call, run again once its calls are done
 * (C): the child's task port, or the error.
 */
static kern_return_t
task_call_answer(struct task_call *c, mach_port_t *child_task)
{
	kern_return_t kr = c->kr;
	*child_task = MACH_PORT_NULL;
	if (kr == KERN_SUCCESS) {
		*child_task = kserver_reply_send_right(c->child);
		if (*child_task == MACH_PORT_NULL)
			kr = KERN_RESOURCE_SHORTAGE;
	}
	if (IP_VALID(c->child))
		ipc_port_release_send(c->child);
	task_release(c->parent);
	free(c);
	return kr;
}

/* Make PARENT's child on this node, as OSF's norma_task_common does: a
 * clone that stays is the parent itself if it is teleported, and refused
 * otherwise; a create is task_create. */
static kern_return_t
norma_task_here(struct task *parent, boolean_t inherit_memory, bool clone,
    bool teleport, mach_port_t *child_task)
{
	if (clone && !teleport)
		return KERN_INVALID_ARGUMENT;
	if (clone) {
		*child_task = kserver_reply_send_right(parent->task_self);
		return KERN_SUCCESS;
	}
	return kserver_task_create(parent, inherit_memory, child_task);
}

/*
 * norma_task_create (CLONE false) and _clone (CLONE true), with the
 * parent terminated after if TELEPORT.  The calls to the child's node go
 * in order on its link: CreateTask, the page runs, CommitTask; the
 * answer waits for the last.
 */
static kern_return_t
norma_task_common(mach_port_t target_task, boolean_t inherit_memory,
    int child_node, bool clone, bool teleport, mach_port_t *child_task)
{
	struct task_call *c = kserver_resumed();
	if (c != NULL && !norma_vm_resumed(c))
		return task_call_answer(c, child_task);
	struct task *parent = kserver_task(target_task);
	if (parent == NULL || !norma_node_known(child_node))
		return KERN_INVALID_ARGUMENT;
	/* A parent that is itself a lazy child gets its bytes first. */
	kern_return_t kr = inherit_memory ?
	    norma_vm_fault_in(parent, 0, 0, false) : KERN_SUCCESS;
	if (kr != KERN_SUCCESS)
		return kr;
	if (child_node == norma_node())
		return norma_task_here(parent, inherit_memory, clone, teleport,
		    child_task);
	uint64_t transfer = next_transfer++;
	struct task_image *t = task_image_make(parent, inherit_memory, clone,
	    teleport, child_node, transfer);
	if (t != NULL)
		t->image.lazy = transfer_lazy;
	c = calloc(1, sizeof *c);
	if (t == NULL || c == NULL ||
	    (c->deferred = kserver_defer()) == NULL) {
		if (t != NULL)
			task_image_free(&t->image.base);
		free(c);
		return KERN_RESOURCE_SHORTAGE;
	}
	c->parent = parent;
	c->node = child_node;
	c->teleport = teleport;
	c->started_ms = event_now_ms();
	if (node_link_call(child_node, NODE_CREATE_TASK, &t->image.base,
	    task_image_free, TASK_CALL_MS, create_done, c) != 0) {
		free(c);
		return KERN_FAILURE;
	}
	c->calls = 1;
	c->lazy = transfer_lazy;
	c->transfer = transfer;
	task_reference(parent);
	(void)task_suspend(parent);	/* a consistent image */
	/* Eagerly, the copied regions move once the child exists (then the
	 * commit); lazily they, and the shared regions, are kept here. */
	if (!c->lazy && !task_call_copies(c, inherit_memory, clone))
		c->failed = true;
	if (!c->failed && !lazy_source_make(c, transfer, inherit_memory, clone))
		c->failed = true;
	return MIG_NO_REPLY;
}

kern_return_t
S_norma_task_create(mach_port_t target_task, boolean_t inherit_memory,
    int child_node, mach_port_t *child_task)
{
	return norma_task_common(target_task, inherit_memory, child_node,
	    false, false, child_task);
}

kern_return_t
S_norma_task_clone(mach_port_t target_task, boolean_t inherit_memory,
    int child_node, mach_port_t *child_task)
{
	return norma_task_common(target_task, inherit_memory, child_node,
	    true, false, child_task);
}

kern_return_t
S_norma_task_teleport(mach_port_t target_task, boolean_t inherit_memory,
    int child_node, mach_port_t *child_task)
{
	return norma_task_common(target_task, inherit_memory, child_node,
	    true, true, child_task);
}

/* --- The child's node --------------------------------------------------- */

/* A child made for another node, until that node commits it. */
struct pending_child {
	struct event_timer timer;	/* first: the timer finds the child */
	TAILQ_ENTRY(pending_child) link;
	struct task *task;		/* a reference */
	int node;
	uint64_t transfer;
	uint64_t expected, received;	/* bytes of its regions */
	bool lazy;			/* its bytes follow the commit */
};

/* Drop P; terminate its task unless it was committed. */
static void
pending_end(struct pending_child *p, bool committed)
{
	TAILQ_REMOVE(&pending_children, p, link);
	event_timer_cancel(&p->timer);
	if (!committed && p->task->task_active) {
		mlog(LOG_LEVEL_WARN, "norma: task %llu, made for node %d, was "
		    "not committed: terminated",
		    (unsigned long long)p->task->task_id, p->node);
		task_terminate(p->task);
	}
	task_release(p->task);
	free(p);
}

static void
pending_expired(struct event_timer *t)
{
	pending_end((struct pending_child *)t, false);
}

/* The pending child of NODE's TRANSFER, or NULL. */
static struct pending_child *
pending_find(int node, uint64_t transfer)
{
	struct pending_child *p;
	TAILQ_FOREACH(p, &pending_children, link)
		if (p->node == node && p->transfer == transfer)
			return p;
	return NULL;
}

/* True if R is a region a child may have. */
static bool
region_valid(const Machemu__Region *r)
{
	uint64_t page = vm_page_size_get();
	return r->size > 0 && r->size % page == 0 && r->address % page == 0 &&
	    (r->protection & ~VM_PROT_ALL) == 0 &&
	    (r->max_protection & ~VM_PROT_ALL) == 0 &&
	    (r->protection & ~r->max_protection) == 0 &&
	    (r->inheritance == VM_INHERIT_SHARE ||
	    r->inheritance == VM_INHERIT_COPY ||
	    r->inheritance == VM_INHERIT_NONE);
}

/* Enter region R, zero-filled, in MAP. */
static kern_return_t
region_enter(struct vm_map *map, const Machemu__Region *r)
{
	if (!region_valid(r))
		return KERN_INVALID_ARGUMENT;
	struct vm_object *obj;
	kern_return_t kr = vm_object_create(r->size, &obj);
	if (kr != KERN_SUCCESS)
		return kr;
	uint64_t addr = r->address;
	kr = vm_map_enter(map, &addr, r->size, false, obj, 0, r->protection,
	    r->max_protection, r->inheritance);
	vm_object_release(obj);
	return kr;
}

/* The parent's special port IN, for the child (NULL for a dead one). */
static struct ipc_port *
inherited_port(int from, const Machemu__PortRight *in)
{
	struct ipc_port *p = norma_ipc_import_send(from, in);
	return p == IP_DEAD ? NULL : p;
}

/* Another node makes a child here; its bytes follow in page runs. */
static void
serve_create_task(const Machemu__TaskImage *img, struct link_rpc *rpc)
{
	int from = (int)img->from;
	Machemu__PortReply reply = MACHEMU__PORT_REPLY__INIT;
	Machemu__PortRight right = MACHEMU__PORT_RIGHT__INIT;
	struct task *child;
	struct pending_child *p = calloc(1, sizeof *p);
	kern_return_t kr = p == NULL ? KERN_RESOURCE_SHORTAGE :
	    pending_find(from, img->transfer) != NULL ? KERN_INVALID_ARGUMENT :
	    task_create_empty(&child);
	if (kr == KERN_SUCCESS) {
		/* The parent's ports, not this node's defaults; first, so
		 * that a failure below releases them. */
		child->task_origin = from;
		task_release_ports(child);
		child->task_bootstrap = inherited_port(from, img->bootstrap);
		child->task_exception = inherited_port(from, img->exception);
		for (size_t i = 0; i < img->n_registered; i++) {
			struct ipc_port *port = inherited_port(from,
			    img->registered[i]);
			if (i < TASK_PORT_REGISTER_MAX)
				child->task_registered[i] = port;
			else if (port != NULL)
				ipc_port_release_send(port);
		}
		bool remote = img->lazy;	/* bytes that stay away */
		for (size_t i = 0; kr == KERN_SUCCESS && i < img->n_regions; i++) {
			kr = region_enter(child->task_map, img->regions[i]);
			if (img->regions[i]->shared)
				remote = true;
			else
				p->expected += img->regions[i]->size;
		}
		if (kr == KERN_SUCCESS && remote &&
		    !norma_vm_lazy_begin(child, from, img->transfer, img))
			kr = KERN_RESOURCE_SHORTAGE;
		if (kr != KERN_SUCCESS)
			task_terminate(child);
	}
	if (kr != KERN_SUCCESS) {
		free(p);
		reply.kern_return = kr;
		node_link_answer(rpc, 0, &reply.base);
		return;
	}
	norma_ipc_export_send(child->task_self, from, &right);
	reply.port = &right;
	task_reference(child);
	p->task = child;
	p->node = from;
	p->transfer = img->transfer;
	p->lazy = img->lazy;
	p->timer.et_fire = pending_expired;
	TAILQ_INSERT_TAIL(&pending_children, p, link);
	event_timer_arm(&p->timer, PENDING_CHILD_MS);
	mlog(LOG_LEVEL_DEBUG, "norma: task %llu made for node %d: %zu regions",
	    (unsigned long long)child->task_id, from, img->n_regions);
	node_link_answer(rpc, 0, &reply.base);
}

/* Bytes of a pending child, into the region they fall in; or of a lazy
 * child, into its clusters that are still missing. */
static void
serve_page_run(const Machemu__PageRun *run, struct link_rpc *rpc)
{
	struct pending_child *p = pending_find((int)run->from, run->transfer);
	if (p != NULL && p->lazy)
		p = NULL;
	struct vm_map_entry *e = p == NULL ? NULL :
	    vm_map_lookup(p->task->task_map, run->address);
	int err = -ENOENT;
	if (p == NULL && norma_vm_run((int)run->from, run->transfer,
	    run->address, run->data.data, run->data.len)) {
		err = 0;
		norma_bytes_in += run->data.len;
	}
	if (e != NULL && run->data.len <= e->vme_end - run->address) {
		err = vm_object_write(e->vme_object, e->vme_offset +
		    (run->address - e->vme_start), run->data.data,
		    run->data.len) == KERN_SUCCESS ? 0 : -ENOMEM;
		if (err == 0) {
			p->received += run->data.len;
			norma_bytes_in += run->data.len;
		}
	}
	Machemu__Done done = MACHEMU__DONE__INIT;
	node_link_answer(rpc, err, &done.base);
}

/* The node that made a child here commits it (or gives it up); a child
 * that did not get all its bytes is refused. */
static void
serve_commit_task(const Machemu__Commit *commit, struct link_rpc *rpc)
{
	struct pending_child *p = pending_find((int)commit->from,
	    commit->transfer);
	if (p == NULL) {
		node_link_answer(rpc, -ENOENT, NULL);
		return;
	}
	bool complete = p->lazy || p->received == p->expected;
	pending_end(p, complete && !commit->abort);
	Machemu__Done done = MACHEMU__DONE__INIT;
	node_link_answer(rpc, complete || commit->abort ? 0 : -EINVAL,
	    &done.base);
}


void
norma_task_serve(enum node_method method, ProtobufCMessage *request,
    struct link_rpc *rpc)
{
	switch (method) {
	case NODE_CREATE_TASK:
		serve_create_task((Machemu__TaskImage *)request, rpc);
		break;
	case NODE_PAGE_RUN:
		serve_page_run((Machemu__PageRun *)request, rpc);
		break;
	case NODE_COMMIT_TASK:
		serve_commit_task((Machemu__Commit *)request, rpc);
		break;
	case NODE_PULL:
		serve_pull((Machemu__PullRequest *)request, rpc);
		break;
	case NODE_WRITE_SHARED:
		serve_write_shared((Machemu__PageRun *)request, rpc);
		break;
	case NODE_END_TRANSFER:
		serve_end_transfer((Machemu__TransferEnd *)request, rpc);
		break;
	default:
		node_link_answer(rpc, -EINVAL, NULL);
		break;
	}
}

void
norma_task_node_down(int node)
{
	/* Children it made here and never committed go now. */
	struct pending_child *p = TAILQ_FIRST(&pending_children);
	while (p != NULL) {
		struct pending_child *next = TAILQ_NEXT(p, link);
		if (p->node == node)
			pending_end(p, false);
		p = next;
	}
	/* The regions its children shared with parents here are let go. */
	struct lazy_source *src = TAILQ_FIRST(&lazy_sources);
	while (src != NULL) {
		struct lazy_source *next = TAILQ_NEXT(src, link);
		if (src->node == node) {
			src->sharing = false;
			lazy_source_settle(src);
		}
		src = next;
	}
}

void
norma_task_shutdown(void)
{
	struct pending_child *p;
	while ((p = TAILQ_FIRST(&pending_children)) != NULL)
		pending_end(p, false);
	struct lazy_source *src;
	while ((src = TAILQ_FIRST(&lazy_sources)) != NULL)
		lazy_source_free(src);
}
