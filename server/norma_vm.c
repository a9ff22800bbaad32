/*
 * norma_vm: lazy children, whose bytes come after them.
 *
 * Each region of a lazy child is a fresh memory object; the child keeps,
 * per object, the state of each 64 KiB cluster: missing, requested (a
 * pull is on its way) or present.  Page runs of the background stream
 * fill missing clusters; a kernel call that needs bytes that are missing
 * pulls them from the node that made the child (PullPages) and waits,
 * its request deferred, until they are present or lost.  A cluster that
 * is present is never written by a later run or pull: it may have been
 * changed since.
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

/* Deadline of a pull; bytes one pull asks for at most. */
#define PULL_MS		10000
#define PULL_MAX	(1024 * 1024)

enum cluster_state { CLUSTER_MISSING, CLUSTER_REQUESTED, CLUSTER_PRESENT };

struct lazy_region {
	uint64_t address, size;		/* as the image gave them */
	struct vm_object *obj;		/* a reference */
	uint8_t *state;			/* enum cluster_state, per cluster */
	size_t nclusters;
};

struct lazy_child {
	TAILQ_ENTRY(lazy_child) link;
	struct task *task;		/* a reference */
	int node;
	uint64_t transfer;
	struct lazy_region *regions;
	size_t nregions;
	size_t missing;			/* clusters not present */
	unsigned pulls;			/* pulls on their way */
	bool broken;			/* what is missing can no longer come */
};

/* A request deferred until [addr, addr + size) of its child is here. */
struct lazy_waiter {
	TAILQ_ENTRY(lazy_waiter) link;
	struct kserver_deferred *deferred;
	struct lazy_child *child;
	uint64_t addr, size;
};

/* A pull on its way: clusters FIRST.. of a region, COUNT of them. */
struct pull {
	struct lazy_child *child;
	size_t region, first, count;
};

static TAILQ_HEAD(, lazy_child) children = TAILQ_HEAD_INITIALIZER(children);
static TAILQ_HEAD(, lazy_waiter) waiters = TAILQ_HEAD_INITIALIZER(waiters);
static int resumed_marker;	/* its address marks our resumed requests */
uint64_t norma_vm_pulls;

bool
norma_vm_resumed(const void *resumed)
{
	return resumed == &resumed_marker;
}

static void
child_free(struct lazy_child *c)
{
	TAILQ_REMOVE(&children, c, link);
	for (size_t i = 0; i < c->nregions; i++) {
		if (c->regions[i].obj != NULL)
			vm_object_release(c->regions[i].obj);
		free(c->regions[i].state);
	}
	free(c->regions);
	task_release(c->task);
	free(c);
}

/* Free C once nothing more can come or wait: complete, or its task gone
 * (a broken child of a live task stays: its missing bytes stay lost). */
static void
child_settle(struct lazy_child *c)
{
	if (c->pulls > 0)
		return;
	struct lazy_waiter *w;
	TAILQ_FOREACH(w, &waiters, link)
		if (w->child == c)
			return;
	if (c->missing == 0 || !c->task->task_active)
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
	c->nregions = img->n_regions;
	TAILQ_INSERT_TAIL(&children, c, link);
	for (size_t i = 0; i < img->n_regions; i++) {
		struct lazy_region *r = &c->regions[i];
		struct vm_map_entry *e = vm_map_lookup(child->task_map,
		    img->regions[i]->address);
		r->address = img->regions[i]->address;
		r->size = img->regions[i]->size;
		r->nclusters = (r->size + NORMA_VM_CLUSTER - 1) /
		    NORMA_VM_CLUSTER;
		r->state = calloc(r->nclusters, 1);
		if (e == NULL || r->state == NULL) {
			c->missing = 0;
			child_free(c);
			return false;
		}
		vm_object_reference(e->vme_object);
		r->obj = e->vme_object;
		c->missing += r->nclusters;
	}
	if (c->missing == 0)
		child_free(c);	/* an empty address space: nothing to come */
	return true;
}

/* Clusters FIRST..LAST of region R: their byte range in its object. */
static uint64_t
cluster_end(const struct lazy_region *r, size_t cluster)
{
	uint64_t end = (uint64_t)(cluster + 1) * NORMA_VM_CLUSTER;
	return end < r->size ? end : r->size;
}

/*
 * Write into region R of C the bytes DATA holds for [OFF, OFF + LEN) of
 * its object, cluster by cluster, where a cluster is not present yet.
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

/*
 * Whether [ADDR, ADDR + SIZE) of C's task (all of it when SIZE is 0) is
 * here; with PULL, missing clusters nobody asked for yet are pulled.
 */
static enum range_state
range_state(struct lazy_child *c, uint64_t addr, uint64_t size, bool pull);

/* Resume the waiters whose range is here now, or lost. */
static void
waiters_wake(void)
{
	TAILQ_HEAD(, lazy_waiter) ready = TAILQ_HEAD_INITIALIZER(ready);
	struct lazy_waiter *w, *next;
	for (w = TAILQ_FIRST(&waiters); w != NULL; w = next) {
		next = TAILQ_NEXT(w, link);
		if (range_state(w->child, w->addr, w->size, false) !=
		    RANGE_WAIT) {
			TAILQ_REMOVE(&waiters, w, link);
			TAILQ_INSERT_TAIL(&ready, w, link);
		}
	}
	while ((w = TAILQ_FIRST(&ready)) != NULL) {
		TAILQ_REMOVE(&ready, w, link);
		struct kserver_deferred *d = w->deferred;
		free(w);
		kserver_resume(d, &resumed_marker);	/* runs it again */
	}
	children_settle();
}

static void
pull_free(ProtobufCMessage *m)
{
	free(m);
}

static void
pull_done(void *arg, int err, ProtobufCMessage *reply)
{
	struct pull *p = arg;
	struct lazy_child *c = p->child;
	struct lazy_region *r = &c->regions[p->region];
	const Machemu__PageRun *run = (const Machemu__PageRun *)reply;
	uint64_t off = (uint64_t)p->first * NORMA_VM_CLUSTER;
	uint64_t len = cluster_end(r, p->first + p->count - 1) - off;
	c->pulls--;
	if (err != 0 || run->data.len != len) {
		if (!c->broken)
			mlog(LOG_LEVEL_WARN, "norma: task %llu lost bytes it "
			    "had not yet from node %d (%d)",
			    (unsigned long long)c->task->task_id, c->node, err);
		c->broken = true;
	} else {
		region_fill(c, r, off, run->data.data, len);
	}
	/* Clusters this pull asked for that did not come: ask again. */
	for (size_t k = p->first; k < p->first + p->count; k++)
		if (r->state[k] == CLUSTER_REQUESTED)
			r->state[k] = CLUSTER_MISSING;
	free(p);
	waiters_wake();
}

/* Pull clusters FIRST.. (COUNT) of region R of C from its node. */
static void
pull_clusters(struct lazy_child *c, size_t region, size_t first, size_t count)
{
	struct lazy_region *r = &c->regions[region];
	Machemu__PullRequest *req = malloc(sizeof *req);
	struct pull *p = malloc(sizeof *p);
	if (req == NULL || p == NULL) {
		free(req);
		free(p);
		c->broken = true;
		return;
	}
	machemu__pull_request__init(req);
	req->from = (uint32_t)norma_node();
	req->transfer = c->transfer;
	req->address = r->address + (uint64_t)first * NORMA_VM_CLUSTER;
	req->length = cluster_end(r, first + count - 1) -
	    (uint64_t)first * NORMA_VM_CLUSTER;
	*p = (struct pull){ .child = c, .region = region, .first = first,
	    .count = count };
	if (node_link_call(c->node, NODE_PULL, &req->base, pull_free, PULL_MS,
	    pull_done, p) != 0) {
		free(p);
		c->broken = true;
		return;
	}
	for (size_t k = first; k < first + count; k++)
		r->state[k] = CLUSTER_REQUESTED;
	c->pulls++;
	norma_vm_pulls++;
}

/* The lazy region of C whose object is OBJ, or NULL. */
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

static enum range_state
range_state(struct lazy_child *c, uint64_t addr, uint64_t size, bool pull)
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
		size_t k0 = (e->vme_offset + (s - e->vme_start)) /
		    NORMA_VM_CLUSTER;
		size_t k1 = (e->vme_offset + (t - e->vme_start) - 1) /
		    NORMA_VM_CLUSTER;
		for (size_t k = k0; k <= k1 && k < r->nclusters; k++) {
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
			    (n + 1) * NORMA_VM_CLUSTER <= PULL_MAX)
				n++;
			pull_clusters(c, index, k, n);
			if (c->broken)
				return RANGE_LOST;
			k += n - 1;
		}
	}
	return waiting ? RANGE_WAIT : RANGE_READY;
}

kern_return_t
norma_vm_fault_in(struct task *task, uint64_t addr, uint64_t size)
{
	struct lazy_child *c = child_of(task);
	if (c == NULL)
		return KERN_SUCCESS;
	switch (range_state(c, addr, size, true)) {
	case RANGE_READY:
		return KERN_SUCCESS;
	case RANGE_LOST:
		return KERN_MEMORY_ERROR;
	case RANGE_WAIT:
		break;
	}
	struct lazy_waiter *w = calloc(1, sizeof *w);
	if (w == NULL || (w->deferred = kserver_defer()) == NULL) {
		free(w);
		return KERN_RESOURCE_SHORTAGE;
	}
	w->child = c;
	w->addr = addr;
	w->size = size;
	TAILQ_INSERT_TAIL(&waiters, w, link);
	return MIG_NO_REPLY;
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
		if (address >= r->address && address - r->address < r->size &&
		    len <= r->size - (address - r->address))
			region_fill(c, r, address - r->address, data, len);
	}
	waiters_wake();
	return true;
}

void
norma_vm_node_down(int node)
{
	struct lazy_child *c, *next;
	for (c = TAILQ_FIRST(&children); c != NULL; c = next) {
		next = TAILQ_NEXT(c, link);
		if (c->node == node && c->missing > 0)
			c->broken = true;
	}
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
		free(w);
		kserver_resume(d, &resumed_marker);
	}
	struct lazy_child *c;
	while ((c = TAILQ_FIRST(&children)) != NULL)
		child_free(c);
}
