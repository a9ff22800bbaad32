/*
 * ipc_pset: port sets.  A set keeps its members in a list; a receive on
 * the set takes the member message that arrived first.
 */
#include "ipc_pset.h"

#include <assert.h>
#include <stdlib.h>

#include "ipc_kmsg.h"
#include "ipc_port.h"
#include "ipc_thread.h"

unsigned long ipc_pset_count;

struct ipc_pset *
ipc_pset_alloc(void)
{
	struct ipc_pset *pset = calloc(1, sizeof *pset);
	if (pset == NULL)
		return NULL;
	ipc_pset_count++;
	pset->ips_refs = 1;
	pset->ips_active = true;
	TAILQ_INIT(&pset->ips_members);
	ipc_mqueue_init(&pset->ips_messages);
	return pset;
}

void
ipc_pset_reference(struct ipc_pset *pset)
{
	pset->ips_refs++;
}

void
ipc_pset_release(struct ipc_pset *pset)
{
	assert(pset->ips_refs > 0);
	if (--pset->ips_refs == 0) {
		ipc_pset_count--;
		free(pset);
	}
}

void
ipc_pset_remove(struct ipc_port *port)
{
	struct ipc_pset *pset = port->ip_pset;
	if (pset == NULL)
		return;
	TAILQ_REMOVE(&pset->ips_members, port, ip_pset_link);
	pset->ips_nmembers--;
	port->ip_pset = NULL;
	ipc_pset_release(pset);
}

void
ipc_pset_add(struct ipc_pset *pset, struct ipc_port *port)
{
	ipc_pset_remove(port);
	ipc_mqueue_wake_all(&port->ip_messages, MACH_RCV_PORT_CHANGED);
	port->ip_pset = pset;
	ipc_pset_reference(pset);
	TAILQ_INSERT_TAIL(&pset->ips_members, port, ip_pset_link);
	pset->ips_nmembers++;
	ipc_mqueue_deliver_queued(port);
}

void
ipc_pset_destroy(struct ipc_pset *pset)
{
	ipc_pset_reference(pset);
	pset->ips_active = false;
	struct ipc_port *port;
	while ((port = TAILQ_FIRST(&pset->ips_members)) != NULL)
		ipc_pset_remove(port);
	ipc_mqueue_wake_all(&pset->ips_messages, MACH_RCV_PORT_DIED);
	ipc_pset_release(pset);
}

mach_msg_return_t
ipc_pset_receive(struct ipc_thread *thread, struct ipc_pset *pset,
    struct ipc_kmsg **kmsgp, mach_msg_size_t *sizep)
{
	struct ipc_port *oldest = NULL, *port;
	uint64_t stamp = UINT64_MAX;
	TAILQ_FOREACH(port, &pset->ips_members, ip_pset_link) {
		struct ipc_kmsg *head = TAILQ_FIRST(&port->ip_messages.imq_messages);
		if (head != NULL && head->ikm_stamp < stamp) {
			stamp = head->ikm_stamp;
			oldest = port;
		}
	}
	if (oldest != NULL)
		return ipc_mqueue_take(thread, oldest, kmsgp, sizep);
	return ipc_mqueue_wait(thread, &pset->ips_messages);
}
