/*
 * netname_kserver: the CMU Mach 3.0 name service (defs/netname.defs) as a
 * kernel object of machd.  The name server port lives in the kernel
 * space with kobject type IKOT_NAMESERVER, and every new task gets a send
 * right to it as its bootstrap port and first registered port, where a
 * CMU program finds it (name_server_port).
 *
 * The table maps a name (a C string of at most NETNAME_NAME_SIZE - 1
 * characters) to a port and the signature port that checked it in; it
 * holds a send right to each.  A name dies with its port: entries whose
 * port is no longer active are purged, and their rights released, at the
 * next request.  The table is small and bounded (NETNAME_TABLE_MAX), so
 * lookups scan it.  Host "" (and "*", "localhost", the machine's name)
 * is this node; a node index in decimal ("1") is that node of the
 * cluster, whose name server the lookup is sent to over the node link.
 *
 * The S_ functions get the request's rights as kernel-space names.  On
 * success they take ownership of every right the request carried (the
 * request is then only freed); on an error they take nothing, and
 * kserver destroys the request with its rights.
 */
#include "netname_kserver.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

#include <servers/netname_defs.h>

#include "ipc_entry.h"
#include "ipc_port.h"
#include "ipc_right.h"
#include "ipc_space.h"
#include "kserver.h"
#include "log.h"
#include "netname_S.h"
#include "node.pb-c.h"
#include "norma_kserver.h"
#include "task.h"

#define NETNAME_TABLE_MAX	4096
#define NETNAME_VERSION		"machemu netname 1.0"

/* One checked-in name; the entry holds a send right to both ports. */
struct netname_entry {
	char ne_name[NETNAME_NAME_SIZE];	/* NUL-terminated */
	struct ipc_port *ne_port;
	struct ipc_port *ne_signature;
};

static struct netname_entry netname_table[NETNAME_TABLE_MAX];
static size_t netname_count;
static struct ipc_port *netname_port;	/* the name server port */

/* Copy a name from a request, which may lack its NUL, into DST. */
static void
netname_copy(char dst[NETNAME_NAME_SIZE], const char *src)
{
	size_t len = strnlen(src, NETNAME_NAME_SIZE - 1);
	memcpy(dst, src, len);
	dst[len] = '\0';
}

/* True if the kernel-space NAME denotes the name server port. */
static bool
netname_is_server(mach_port_t name)
{
	struct ipc_entry *entry = ipc_entry_lookup(ipc_space_kernel, name);
	return entry != NULL && entry->ie_object == netname_port &&
	    IP_VALID(netname_port) && netname_port->ip_active &&
	    (entry->ie_bits & MACH_PORT_TYPE_RECEIVE);
}

/* The active port to which the kernel-space NAME holds a send right, or
 * NULL; the right stays where it is. */
static struct ipc_port *
netname_send_port(mach_port_t name)
{
	if (!MACH_PORT_VALID(name))
		return NULL;
	struct ipc_entry *entry = ipc_entry_lookup(ipc_space_kernel, name);
	if (entry == NULL || ipc_right_check(ipc_space_kernel, entry) ||
	    !(entry->ie_bits & MACH_PORT_TYPE_SEND))
		return NULL;
	struct ipc_port *port = entry->ie_object;
	return IP_VALID(port) && port->ip_active ? port : NULL;
}

/* Forget entry I, releasing its rights. */
static void
netname_remove(size_t i)
{
	ipc_port_release_send(netname_table[i].ne_port);
	ipc_port_release_send(netname_table[i].ne_signature);
	netname_table[i] = netname_table[--netname_count];
	memset(&netname_table[netname_count], 0, sizeof *netname_table);
}

/* Purge the names whose port died. */
static void
netname_purge(void)
{
	for (size_t i = netname_count; i-- > 0;)
		if (!netname_table[i].ne_port->ip_active)
			netname_remove(i);
}

/* The index of NAME (already bounded), or SIZE_MAX. */
static size_t
netname_find(const char *name)
{
	for (size_t i = 0; i < netname_count; i++)
		if (strcmp(netname_table[i].ne_name, name) == 0)
			return i;
	return SIZE_MAX;
}

kern_return_t
S_netname_check_in(mach_port_t server_port, const_netname_name_t port_name,
    mach_port_t signature, mach_port_t port_id)
{
	if (!netname_is_server(server_port))
		return MIG_BAD_ID;
	struct ipc_port *sig = netname_send_port(signature);
	struct ipc_port *port = netname_send_port(port_id);
	if (sig == NULL || port == NULL)
		return NETNAME_INVALID_PORT;
	char name[NETNAME_NAME_SIZE];
	netname_copy(name, port_name);
	netname_purge();
	size_t i = netname_find(name);
	if (i != SIZE_MAX && netname_table[i].ne_signature != sig)
		return NETNAME_NOT_YOURS;
	if (i == SIZE_MAX && netname_count == NETNAME_TABLE_MAX)
		return KERN_RESOURCE_SHORTAGE;

	/* Checked: now the request's rights become the table's. */
	port = kserver_take_send_right(port_id);
	sig = kserver_take_send_right(signature);
	if (i == SIZE_MAX) {
		i = netname_count++;
		memcpy(netname_table[i].ne_name, name, sizeof name);
	} else {
		ipc_port_release_send(netname_table[i].ne_port);
		ipc_port_release_send(netname_table[i].ne_signature);
	}
	netname_table[i].ne_port = port;
	netname_table[i].ne_signature = sig;
	return NETNAME_SUCCESS;
}

/* This node, as CMU programs name it: "", the broadcast "*", "localhost"
 * or the machine's host name. */
static bool
netname_host_is_local(const char *host)
{
	char self[NETNAME_NAME_SIZE];
	if (host[0] == '\0' || strcmp(host, "*") == 0 ||
	    strcmp(host, "localhost") == 0)
		return true;
	return gethostname(self, sizeof self) == 0 &&
	    (self[sizeof self - 1] = '\0', strcmp(host, self) == 0);
}

/* The node a host name in decimal names, or -1 if it names none. */
static int
netname_host_node(const char *host)
{
	char *end;
	long n = strtol(host, &end, 10);
	if (host[0] < '0' || host[0] > '9' || *end != '\0' || n > INT_MAX ||
	    !norma_node_known((int)n))
		return -1;
	return (int)n;
}

kern_return_t
netname_find_port(const char *name, struct ipc_port **portp)
{
	char bounded[NETNAME_NAME_SIZE];
	netname_copy(bounded, name);
	netname_purge();
	size_t i = netname_find(bounded);
	if (i == SIZE_MAX)
		return NETNAME_NOT_CHECKED_IN;
	*portp = netname_table[i].ne_port;
	return NETNAME_SUCCESS;
}

kern_return_t
S_netname_look_up(mach_port_t server_port, const_netname_name_t host_name,
    const_netname_name_t port_name, mach_port_t *port_id)
{
	if (!netname_is_server(server_port))
		return MIG_BAD_ID;
	void *resumed = kserver_resumed();
	if (resumed != NULL)	/* the other node answered */
		return norma_port_call_answer(resumed, port_id);
	char host[NETNAME_NAME_SIZE], name[NETNAME_NAME_SIZE];
	netname_copy(host, host_name);
	netname_copy(name, port_name);
	int node = netname_host_node(host);
	if (node < 0 && !netname_host_is_local(host))
		return NETNAME_HOST_NOT_FOUND;
	if (node >= 0 && node != norma_node()) {
		Machemu__LookUpRequest *req = malloc(sizeof *req + sizeof name);
		if (req == NULL)
			return KERN_RESOURCE_SHORTAGE;
		machemu__look_up_request__init(req);
		req->from = (uint32_t)norma_node();
		req->name = memcpy(req + 1, name, sizeof name);
		return norma_port_call(node, NODE_LOOK_UP, &req->base);
	}
	struct ipc_port *port;
	kern_return_t kr = netname_find_port(name, &port);
	if (kr != NETNAME_SUCCESS)
		return kr;
	mach_port_t reply = kserver_reply_send_right(port);
	if (reply == MACH_PORT_NULL)
		return KERN_RESOURCE_SHORTAGE;
	*port_id = reply;
	return NETNAME_SUCCESS;
}

kern_return_t
S_netname_check_out(mach_port_t server_port, const_netname_name_t port_name,
    mach_port_t signature)
{
	if (!netname_is_server(server_port))
		return MIG_BAD_ID;
	char name[NETNAME_NAME_SIZE];
	netname_copy(name, port_name);
	netname_purge();
	size_t i = netname_find(name);
	if (i == SIZE_MAX)
		return NETNAME_NOT_CHECKED_IN;
	struct ipc_port *sig = netname_send_port(signature);
	if (sig == NULL || sig != netname_table[i].ne_signature)
		return NETNAME_NOT_YOURS;
	ipc_port_release_send(kserver_take_send_right(signature));
	netname_remove(i);
	return NETNAME_SUCCESS;
}

kern_return_t
S_netname_version(mach_port_t server_port, netname_name_t version)
{
	if (!netname_is_server(server_port))
		return MIG_BAD_ID;
	memset(version, 0, NETNAME_NAME_SIZE);
	netname_copy(version, NETNAME_VERSION);
	return NETNAME_SUCCESS;
}

void
netname_shutdown(void)
{
	while (netname_count > 0)
		netname_remove(netname_count - 1);
	if (IP_VALID(task_default_bootstrap))
		ipc_port_release_send(task_default_bootstrap);
	task_default_bootstrap = NULL;
	netname_port = NULL;	/* its receive right dies with the kernel space */
}

void
netname_init(void)
{
	struct ipc_port *port = ipc_port_alloc();
	mach_port_name_t name;
	if (port == NULL || ipc_right_copyout(ipc_space_kernel, port,
	    MACH_MSG_TYPE_PORT_RECEIVE, &name) != KERN_SUCCESS) {
		mlog(LOG_LEVEL_ERROR, "cannot make the name server port");
		return;
	}
	ipc_port_set_kobject(port, IKOT_NAMESERVER, netname_table);
	netname_port = port;
	/* Tasks hold send rights made from the kernel's receive right. */
	ipc_port_make_send(port);
	task_default_bootstrap = port;
}
