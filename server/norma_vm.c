/*
 * norma_vm: the memory of children made here by another node whose
 * bytes are not all here: lazy copies, and regions shared with the
 * parent, whose home stays on the parent's node.
 *
 * Each region of such a child is a memory object of its own here.  For a
 * lazy copy the child keeps the state of each 64 KiB cluster: missing,
 * requested (a pull is on its way) or present.  Page runs of the
 * background stream fill missing clusters; a kernel call that needs
 * bytes that are missing pulls them from the parent's node (PullPages)
 * and waits, its request deferred, until they are present or lost.  A
 * cluster that is present is never written by a later run or pull: it
 * may have been changed since.
 *
 * A shared region is never present: each kernel call that reads it pulls
 * the bytes it reads, as they are at home now, into the local object and
 * reads them there; each that writes it writes the local object and then
 * the home (WriteShared), and returns once the home has them.  So reads
 * and writes through the child and through the parent see each other.
 * When the child ends, its node tells the parent's (EndTransfer).
 */
#include "norma_vm.h"

#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <mach/mig_errors.h>

#include "kserver.h"
#include "log.h"
#include "node_link.h"
#include "norma_kserver.h"
#include "task.h"
#include "vm_map.h"
#include "vm_object.h"

/* Deadline of a pull or a shared write; bytes one asks for at most. */
#define REMOTE_MS	10000
#define REMOTE_MAX	(1024 * 1024)

enum cluster_state { CLUSTER_MISSING, CLUSTER_REQUESTED, CLUSTER_PRESENT };

struct lazy_region {
	uint64_t address, size;		/* as the image gave them */
	struct vm_object *obj;		/* a reference */
	bool shared;			/* at home on the parent's node */
	uint8_t *state;			/* a copy's clusters: cluster_state */
	size_t nclusters;
};

struct lazy_child {
	TAILQ_ENTRY(lazy_child) link;
	struct task *task;		/* a reference */
	int node;
	uint64_t transfer;
	struct lazy_region *regions;
	size_t nregions;
	size_t missing;			/* clusters of copies not present */
	bool sharing;			/* it has shared regions */
	unsigned remote;		/* pulls and writes on their way */
	bool broken;			/* what is missing can no longer come */
};

/*
 * A request deferred until [addr, addr + size) of its child is here and
 * its own pulls or writes (PENDING) are done; it runs again with MARKER
 * as kserver_resumed().  A waiter whose request failed meanwhile has no
 * DEFERRED: it only waits for its calls, then goes.
 */
struct lazy_waiter {
	TAILQ_ENTRY(lazy_waiter) link;
	struct kserver_deferred *deferred;
	struct lazy_child *child;
	uint64_t addr, size;
	unsigned pending;
	const int *marker;
};

/* A pull (of a copy's clusters, or for a waiter's read of a shared
 * region) or a shared write on its way. */
struct remote_op {
	struct lazy_child *child;
	size_t region;
	uint64_t off, len;		/* in the region's object */
	struct lazy_waiter *waiter;	/* for shared regions */
};

static TAILQ_HEAD(, lazy_child) children = TAILQ_HEAD_INITIALIZER(children);
static TAILQ_HEAD(, lazy_waiter) waiters = TAILQ_HEAD_INITIALIZER(waiters);
/* Their addresses mark our resumed requests: after a pull, and after
 * the shared writes of a write (which are not to be made again). */
static const int pulled_marker, written_marker;
uint64_t norma_vm_pulls;

bool
norma_vm_resumed(const void *resumed)
{
	return resumed == &pulled_marker || resumed == &written_marker;
}


static void
end_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)arg;
	(void)err;	/* a node that did not hear lets go when we are down */
	(void)reply;
}

static void
child_free(struct lazy_child *c)
{
	TAILQ_REMOVE(&children, c, link);
	if (c->sharing) {
		/* The parent's node keeps the shared regions no more. */
		Machemu__TransferEnd *end = malloc(sizeof *end);
		if (end != NULL) {
			machemu__transfer_end__init(end);
			end->from = (uint32_t)norma_node();
			end->transfer = c->transfer;
			(void)node_link_call(c->node, NODE_END_TRANSFER,
			    &end->base, node_link_request_free, REMOTE_MS, end_done,
			    NULL);
		}
	}
	for (size_t i = 0; i < c->nregions; i++) {
		if (c->regions[i].obj != NULL)
			vm_object_release(c->regions[i].obj);
		free(c->regions[i].state);
	}
	free(c->regions);
	task_release(c->task);
	free(c);
}

/* Free C once nothing more can come or wait: its copies complete and
 * nothing shared, or its task gone.  (A broken child of a live task
 * stays: its missing bytes stay lost.) */
static void
child_settle(struct lazy_child *c)
{
	if (c->remote > 0)
		return;
	struct lazy_waiter *w;
	TAILQ_FOREACH(w, &waiters, link)
		if (w->child == c)
			return;
	if ((c->missing == 0 && !c->sharing) || !c->task->task_active)
		child_free(c);
}

/* child_settle for every child (any of them may have been freed by the
 * time a caller would settle its own). */
static void
children_settle(void)
{
	struct lazy_child *c, *next;
	for (c = TAILQ_FIRST(&children); c != NULL; c = next) {
		next = TAILQ_NEXT(c, link);
		child_settle(c);
	}
}

/* The lazy child record of TASK, or NULL. */
static struct lazy_child *
child_of(const struct task *task)
{
	struct lazy_child *c;
	TAILQ_FOREACH(c, &children, link)
		if (c->task == task)
			return c;
	return NULL;
}

static void
task_ending(struct task *task)
{
	(void)task;
	children_settle();
}

void
norma_vm_init(void)
{
	task_terminate_hook = task_ending;
}

bool
norma_vm_lazy_begin(struct task *child, int node, uint64_t transfer,
    const Machemu__TaskImage *img)
{
	struct lazy_child *c = calloc(1, sizeof *c);
	if (c == NULL || (c->regions = calloc(img->n_regions + 1,
	    sizeof *c->regions)) == NULL) {
		free(c);
		return false;
	}
	task_reference(child);
	c->task = child;
	c->node = node;
	c->transfer = transfer;
	TAILQ_INSERT_TAIL(&children, c, link);
	for (size_t i = 0; i < img->n_regions; i++) {
		const Machemu__Region *in = img->regions[i];
		if (!in->shared && !img->lazy)
			continue;	/* an eager copy: all here already */
		struct lazy_region *r = &c->regions[c->nregions];
		struct vm_map_entry *e = vm_map_lookup(child->task_map,
		    in->address);
		r->address = in->address;
		r->size = in->size;
		r->shared = in->shared;
		r->nclusters = (r->size + NORMA_VM_CLUSTER - 1) /
		    NORMA_VM_CLUSTER;
		r->state = calloc(r->nclusters, 1);
		if (e == NULL || r->state == NULL) {
			c->missing = 0;
			c->sharing = false;
			child_free(c);
			return false;
		}
		vm_object_reference(e->vme_object);
		r->obj = e->vme_object;
		c->nregions++;
		if (r->shared)
			c->sharing = true;
		else
			c->missing += r->nclusters;
	}
	child_settle(c);	/* nothing to come: no record */
	return true;
}

static uint64_t
cluster_end(const struct lazy_region *r, size_t cluster)
{
	uint64_t end = (uint64_t)(cluster + 1) * NORMA_VM_CLUSTER;
	return end < r->size ? end : r->size;
}

/*
 * Write into copy region R of C the bytes DATA holds for [OFF, OFF + LEN)
 * of its object, cluster by cluster, where a cluster is not present yet.
 * Only whole clusters are written.
 */
static void
region_fill(struct lazy_child *c, struct lazy_region *r, uint64_t off,
    const uint8_t *data, uint64_t len)
{
	for (size_t k = off / NORMA_VM_CLUSTER; k < r->nclusters; k++) {
		uint64_t start = (uint64_t)k * NORMA_VM_CLUSTER;
		uint64_t end = cluster_end(r, k);
		if (start < off || end > off + len)
			break;
		if (r->state[k] == CLUSTER_PRESENT)
			continue;
		if (vm_object_write(r->obj, start, data + (start - off),
		    end - start) != KERN_SUCCESS) {
			c->broken = true;
			continue;
		}
		r->state[k] = CLUSTER_PRESENT;
		c->missing--;
	}
}

enum range_state { RANGE_READY, RANGE_WAIT, RANGE_LOST };

static enum range_state range_state(struct lazy_child *c, uint64_t addr,
    uint64_t size, bool pull, struct lazy_waiter *reader);

/* Resume the waiters whose range is here now (or lost) and whose own
 * calls are done. */
static void
waiters_wake(void)
{
	TAILQ_HEAD(, lazy_waiter) ready = TAILQ_HEAD_INITIALIZER(ready);
	struct lazy_waiter *w, *next;
	for (w = TAILQ_FIRST(&waiters); w != NULL; w = next) {
		next = TAILQ_NEXT(w, link);
		if (w->pending == 0 && (w->deferred == NULL ||
		    range_state(w->child, w->addr, w->size, false, NULL) !=
		    RANGE_WAIT)) {
			TAILQ_REMOVE(&waiters, w, link);
			TAILQ_INSERT_TAIL(&ready, w, link);
		}
	}
	while ((w = TAILQ_FIRST(&ready)) != NULL) {
		TAILQ_REMOVE(&ready, w, link);
		struct kserver_deferred *d = w->deferred;
		const int *marker = w->marker;
		free(w);
		if (d != NULL)
			kserver_resume(d, (void *)marker);	/* runs it again */
	}
	children_settle();
}

static void
lost(struct lazy_child *c, int err)
{
	if (!c->broken)
		mlog(LOG_LEVEL_WARN, "norma: task %llu lost bytes it had not "
		    "yet from node %d (%d)",
		    (unsigned long long)c->task->task_id, c->node, err);
	c->broken = true;
}

static void
pull_done(void *arg, int err, ProtobufCMessage *reply)
{
	struct remote_op *op = arg;
	struct lazy_child *c = op->child;
	struct lazy_region *r = &c->regions[op->region];
	const Machemu__PageRun *run = (const Machemu__PageRun *)reply;
	c->remote--;
	if (err != 0 || run->data.len != op->len)
		lost(c, err);
	else if (r->shared)
		/* As it is at home now, for the waiter that reads it. */
		(void)vm_object_write(r->obj, op->off, run->data.data, op->len);
	else
		region_fill(c, r, op->off, run->data.data, op->len);
	if (!r->shared) {
		/* Clusters this pull asked for that did not come: ask again. */
		for (size_t k = op->off / NORMA_VM_CLUSTER;
		    k * NORMA_VM_CLUSTER < op->off + op->len; k++)
			if (r->state[k] == CLUSTER_REQUESTED)
				r->state[k] = CLUSTER_MISSING;
	}
	if (op->waiter != NULL)
		op->waiter->pending--;
	free(op);
	waiters_wake();
}

static void
write_done(void *arg, int err, ProtobufCMessage *reply)
{
	(void)reply;
	struct remote_op *op = arg;
	op->child->remote--;
	if (err != 0)
		lost(op->child, err);
	op->waiter->pending--;
	free(op);
	waiters_wake();
}

/*
 * Ask C's parent node for LEN bytes at OFF of region R: a pull, or a
 * shared write of DATA when DATA is not NULL.  For WAITER (NULL: a copy's
 * clusters, which say themselves when they came).
 */
static void
remote_call(struct lazy_child *c, size_t region, uint64_t off, uint64_t len,
    const void *data, struct lazy_waiter *waiter)
{
	struct lazy_region *r = &c->regions[region];
	struct remote_op *op = malloc(sizeof *op);
	ProtobufCMessage *req = NULL;
	if (op != NULL && data == NULL) {
		Machemu__PullRequest *pull = malloc(sizeof *pull);
		if (pull != NULL) {
			machemu__pull_request__init(pull);
			pull->from = (uint32_t)norma_node();
			pull->transfer = c->transfer;
			pull->address = r->address + off;
			pull->length = len;
			req = &pull->base;
		}
	} else if (op != NULL) {
		Machemu__PageRun *w = malloc(sizeof *w + len);
		if (w != NULL) {
			machemu__page_run__init(w);
			w->from = (uint32_t)norma_node();
			w->transfer = c->transfer;
			w->address = r->address + off;
			w->data.data = memcpy(w + 1, data, len);
			w->data.len = len;
			req = &w->base;
		}
	}
	if (req == NULL) {
		free(op);
		lost(c, -12);	/* ENOMEM */
		return;
	}
	*op = (struct remote_op){ .child = c, .region = region, .off = off,
	    .len = len, .waiter = waiter };
	if (node_link_call(c->node, data == NULL ? NODE_PULL :
	    NODE_WRITE_SHARED, req, node_link_request_free, REMOTE_MS,
	    data == NULL ? pull_done : write_done, op) != 0) {
		free(op);
		lost(c, -107);	/* ENOTCONN */
		return;
	}
	c->remote++;
	if (waiter != NULL)
		waiter->pending++;
	if (data == NULL) {
		norma_vm_pulls++;
		for (size_t k = off / NORMA_VM_CLUSTER;
		    !r->shared && k * NORMA_VM_CLUSTER < off + len; k++)
			r->state[k] = CLUSTER_REQUESTED;
	}
}

/* The region of C whose object is OBJ, or NULL. */
static struct lazy_region *
region_of(struct lazy_child *c, const struct vm_object *obj, size_t *index)
{
	for (size_t i = 0; i < c->nregions; i++)
		if (c->regions[i].obj == obj) {
			*index = i;
			return &c->regions[i];
		}
	return NULL;
}

/*
 * Whether [ADDR, ADDR + SIZE) of C's task (all of it when SIZE is 0) is
 * here.  With PULL, missing clusters of copies that nobody asked for yet
 * are pulled; with READER, the bytes of shared regions are pulled for it
 * (else shared regions count as here).
 */
static enum range_state
range_state(struct lazy_child *c, uint64_t addr, uint64_t size, bool pull,
    struct lazy_waiter *reader)
{
	struct vm_map *map = c->task->task_map;
	uint64_t end = size == 0 || addr + size < addr ? map->vm_max :
	    addr + size;
	bool waiting = false;
	for (struct vm_map_entry *e = vm_map_region_at_or_after(map, addr);
	    e != NULL && e->vme_start < end; e = TAILQ_NEXT(e, vme_link)) {
		size_t index;
		struct lazy_region *r = region_of(c, e->vme_object, &index);
		if (r == NULL)
			continue;
		uint64_t s = addr > e->vme_start ? addr : e->vme_start;
		uint64_t t = end < e->vme_end ? end : e->vme_end;
		uint64_t off0 = e->vme_offset + (s - e->vme_start);
		uint64_t off1 = e->vme_offset + (t - e->vme_start);
		if (r->shared) {
			if (reader == NULL)
				continue;
			if (c->broken)
				return RANGE_LOST;
			for (uint64_t o = off0; o < off1; o += REMOTE_MAX)
				remote_call(c, index, o, off1 - o < REMOTE_MAX ?
				    off1 - o : REMOTE_MAX, NULL, reader);
			waiting = true;
			continue;
		}
		size_t k1 = (off1 - 1) / NORMA_VM_CLUSTER;
		for (size_t k = off0 / NORMA_VM_CLUSTER;
		    k <= k1 && k < r->nclusters; k++) {
			if (r->state[k] == CLUSTER_PRESENT)
				continue;
			if (c->broken)
				return RANGE_LOST;
			waiting = true;
			if (!pull || r->state[k] != CLUSTER_MISSING)
				continue;
			/* The missing clusters from K on, in one pull. */
			size_t n = 1;
			while (k + n < r->nclusters &&
			    r->state[k + n] == CLUSTER_MISSING &&
			    (n + 1) * NORMA_VM_CLUSTER <= REMOTE_MAX)
				n++;
			uint64_t off = (uint64_t)k * NORMA_VM_CLUSTER;
			remote_call(c, index, off, cluster_end(r, k + n - 1) -
			    off, NULL, NULL);
			k += n - 1;
		}
	}
	if (c->broken && waiting)
		return RANGE_LOST;
	return waiting ? RANGE_WAIT : RANGE_READY;
}

/* Defer the request for W (its range and calls set) until it can go on. */
static kern_return_t
waiter_defer(struct lazy_waiter *w)
{
	if ((w->deferred = kserver_defer()) == NULL) {
		if (w->pending == 0)
			free(w);
		else
			TAILQ_INSERT_TAIL(&waiters, w, link);
		return KERN_RESOURCE_SHORTAGE;
	}
	TAILQ_INSERT_TAIL(&waiters, w, link);
	return MIG_NO_REPLY;
}

kern_return_t
norma_vm_fault_in(struct task *task, uint64_t addr, uint64_t size, bool write)
{
	struct lazy_child *c = child_of(task);
	if (c == NULL)
		return KERN_SUCCESS;
	/* Shared bytes pulled for this request are fresh: read them. */
	bool fresh = norma_vm_resumed(kserver_resumed());
	struct lazy_waiter *w = calloc(1, sizeof *w);
	if (w == NULL)
		return KERN_RESOURCE_SHORTAGE;
	*w = (struct lazy_waiter){ .child = c, .addr = addr, .size = size,
	    .marker = &pulled_marker };
	enum range_state state = range_state(c, addr, size, true,
	    fresh || write ? NULL : w);
	if (state == RANGE_WAIT)
		return waiter_defer(w);
	if (w->pending > 0)
		TAILQ_INSERT_TAIL(&waiters, w, link);	/* its pulls go on */
	else
		free(w);
	return state == RANGE_READY ? KERN_SUCCESS : KERN_MEMORY_ERROR;
}

kern_return_t
norma_vm_write_through(struct task *task, uint64_t addr, const void *data,
    uint64_t size)
{
	struct lazy_child *c = child_of(task);
	if (c == NULL || !c->sharing ||
	    kserver_resumed() == (const void *)&written_marker)
		return KERN_SUCCESS;
	if (c->broken)
		return KERN_MEMORY_ERROR;
	struct lazy_waiter *w = calloc(1, sizeof *w);
	if (w == NULL)
		return KERN_RESOURCE_SHORTAGE;
	*w = (struct lazy_waiter){ .child = c, .addr = addr, .size = size,
	    .marker = &written_marker };
	struct vm_map *map = task->task_map;
	uint64_t end = addr + size;
	for (struct vm_map_entry *e = vm_map_region_at_or_after(map, addr);
	    e != NULL && e->vme_start < end; e = TAILQ_NEXT(e, vme_link)) {
		size_t index;
		struct lazy_region *r = region_of(c, e->vme_object, &index);
		if (r == NULL || !r->shared)
			continue;
		uint64_t s = addr > e->vme_start ? addr : e->vme_start;
		uint64_t t = end < e->vme_end ? end : e->vme_end;
		for (uint64_t a = s; a < t; a += REMOTE_MAX)
			remote_call(c, index, e->vme_offset + (a - e->vme_start),
			    t - a < REMOTE_MAX ? t - a : REMOTE_MAX,
			    (const uint8_t *)data + (a - addr), w);
	}
	if (w->pending == 0) {
		free(w);
		return c->broken ? KERN_MEMORY_ERROR : KERN_SUCCESS;
	}
	return waiter_defer(w);
}

bool
norma_vm_run(int node, uint64_t transfer, uint64_t address,
    const void *data, uint64_t len)
{
	struct lazy_child *c;
	TAILQ_FOREACH(c, &children, link)
		if (c->node == node && c->transfer == transfer)
			break;
	if (c == NULL)
		return false;
	for (size_t i = 0; i < c->nregions; i++) {
		struct lazy_region *r = &c->regions[i];
		if (!r->shared && address >= r->address &&
		    address - r->address < r->size &&
		    len <= r->size - (address - r->address))
			region_fill(c, r, address - r->address, data, len);
	}
	waiters_wake();
	return true;
}

void
norma_vm_node_down(int node)
{
	struct lazy_child *c;
	TAILQ_FOREACH(c, &children, link)
		if (c->node == node && (c->missing > 0 || c->sharing))
			c->broken = true;
	waiters_wake();
}

void
norma_vm_shutdown(void)
{
	struct lazy_waiter *w;
	while ((w = TAILQ_FIRST(&waiters)) != NULL) {
		w->child->broken = true;
		TAILQ_REMOVE(&waiters, w, link);
		struct kserver_deferred *d = w->deferred;
		const int *marker = w->marker;
		free(w);
		if (d != NULL)
			kserver_resume(d, (void *)marker);
	}
	struct lazy_child *c;
	while ((c = TAILQ_FIRST(&children)) != NULL) {
		c->sharing = false;	/* the link is down already */
		child_free(c);
	}
	task_terminate_hook = NULL;
}
