/*
 * conformance: tests of machemu against the Mach Kernel Interface man
 * pages (shared/reference/osfmk-man).  One file per page, named after it;
 * each defines its suite with CONFORMANCE_PAGE(page) and registers itself
 * at load time, so tests/check_conformance.c runs them all without a list
 * to keep.  Every test runs against a real machd (conformance_tcase).
 *
 * The pages describe OSF Mach; machemu follows them for behaviour and
 * return codes and GNU Mach for the message format and the numeric values
 * (DESIGN.md section 2).  Where Linux or GNU Mach cannot give what a page
 * says, the test checks the documented deviation and names it.
 */
#ifndef MACHEMU_CONFORMANCE_H
#define MACHEMU_CONFORMANCE_H

#include <check.h>
#include <sys/types.h>
#include <time.h>

#include <mach.h>
#include <mach_error.h>

#include "harness.h"

typedef Suite *(*conformance_suite_fn)(void);

/* Record the suite of the man page PAGE (called at load time). */
void conformance_register(const char *page, conformance_suite_fn fn);

/* Define the suite builder of PAGE and register it. */
#define CONFORMANCE_PAGE(page)						\
	static Suite *conformance_##page(void);				\
	__attribute__((constructor)) static void			\
	conformance_register_##page(void)				\
	{								\
		conformance_register(#page, conformance_##page);	\
	}								\
	static Suite *conformance_##page(void)

/* A test case whose tests each run against a machd of their own.  A page
 * has one, named after the page: `make conformance` reports by it. */
TCase *conformance_tcase(const char *name);

/* The same for the NORMA pages: each test runs against a cluster of its
 * own, three machd on loopback (nodes 0, 1 and 2); the test is a task of
 * node 0. */
TCase *conformance_cluster_tcase(const char *name);

/* Assert that CALL returned KERN_SUCCESS, naming the code otherwise. */
#define CK_KR(call) do {						\
		kern_return_t ck_kr_ = (call);				\
		ck_assert_msg(ck_kr_ == KERN_SUCCESS, "%s: %s (0x%x)",	\
		    #call, mach_error_string(ck_kr_), ck_kr_);		\
	} while (0)

/* Assert that CALL returned the code WANT. */
#define CK_KR_EQ(call, want) do {					\
		kern_return_t ck_kr_ = (call);				\
		ck_assert_msg(ck_kr_ == (kern_return_t)(want),		\
		    "%s: %s (0x%x), expected %s", #call,		\
		    mach_error_string(ck_kr_), ck_kr_, #want);		\
	} while (0)

/*
 * Helpers the pages share (common.c).  Each asserts (CK_KR) that the
 * Mach calls it makes succeed unless it returns their code, and works on
 * the caller's task unless a TASK is given.
 */

/* --- Rights and names --- */

/* A new receive right. */
mach_port_t new_receive(void);
/* A new receive right and one send right under the same name. */
mach_port_t new_send_receive(void);
/* A new, empty port set. */
mach_port_t new_set(void);
/* A new dead name (mach_port_allocate), with one user reference. */
mach_port_t new_dead_name(void);
/* A name that denotes nothing: a destroyed port's (not reused at once). */
mach_port_t unused_name(void);
/* The type (mach_port_type) of NAME in TASK, request bits included. */
mach_port_type_t type_in(mach_port_t task, mach_port_name_t name);
/* The rights NAME denotes (no request bits); MACH_PORT_TYPE_NONE if none. */
mach_port_type_t type_of(mach_port_name_t name);
/* True if NAME denotes nothing in TASK (KERN_INVALID_NAME). */
int name_gone(mach_port_t task, mach_port_name_t name);
/* The user references of RIGHT under NAME in TASK. */
mach_port_urefs_t refs_in(mach_port_t task, mach_port_name_t name,
    mach_port_right_t right);
/* The user references of RIGHT under NAME. */
mach_port_urefs_t refs_of(mach_port_name_t name, mach_port_right_t right);
/* The user references of the send right NAME. */
mach_port_urefs_t send_refs(mach_port_name_t name);
/* Assert that NAME of TASK is a dead name with UREFS user references. */
void assert_dead(mach_port_t task, mach_port_name_t name,
    mach_port_urefs_t urefs);
/* The status of the receive right NAME of TASK. */
mach_port_status_t status_in(mach_port_t task, mach_port_name_t name);
/* The status of the receive right NAME. */
mach_port_status_t status_of(mach_port_name_t name);
/* The port set holding the receive right NAME, MACH_PORT_NULL for none. */
mach_port_t set_of(mach_port_name_t name);
/* The number of members of SET; the first MAX of them go into OUT. */
unsigned members_of(mach_port_t set, mach_port_t *out, unsigned max);
/* A send-once right to the receive right RCV, under a name of its own. */
mach_port_t send_once_to(mach_port_t rcv);
/* Into NAMES: our task port, a new set, a new dead name, send_once_to(P). */
void not_receive_rights(mach_port_t p, mach_port_t names[4]);
/* Request notification VARIANT (SYNC) of NAME for NOTIFY; none was set. */
void request(mach_port_name_t name, mach_msg_id_t variant,
    mach_port_mscount_t sync, mach_port_t notify);

/* --- Messages --- */

#pragma pack(push, 4)			/* as MIG lays messages out */
/* A message carrying one port right. */
struct port_msg {
	mach_msg_header_t head;
	mach_msg_type_t type;
	mach_port_t port;
};
/* A message carrying one inline integer. */
struct msg_int {
	mach_msg_header_t head;
	mach_msg_type_t t;
	int value;
};
#pragma pack(pop)

/* Send an empty message with id ID to the receive right DEST. */
void send_to(mach_port_t dest, mach_msg_id_t id);
/* Send an empty message with id ID through NAME, with disposition DISP. */
void send_through(mach_port_t name, mach_msg_type_name_t disp,
    mach_msg_id_t id);
/* send_through with the send OPTION and TIMEOUT; mach_msg's code. */
mach_msg_return_t send_header(mach_port_t name, mach_msg_type_name_t disp,
    mach_msg_id_t id, mach_msg_option_t option, mach_msg_timeout_t timeout);
/* Send to the receive right DEST a message carrying NAME as DISP. */
void send_right(mach_port_t dest, mach_port_t name,
    mach_msg_type_name_t disp);
/* Receive a bare header from NAME into *H without waiting. */
mach_msg_return_t receive_now(mach_port_t name, mach_msg_header_t *h);
/* Receive one message from PORT, waiting up to MS; its msgh_id. */
mach_msg_id_t receive_id(mach_port_t port, mach_msg_timeout_t ms);
/* Receive (up to MS) a message carrying one right of type WANT; the right. */
mach_port_t receive_right(mach_port_t port, mach_msg_type_name_t want,
    mach_msg_timeout_t ms);
/* Assert that PORT has no message queued. */
void assert_empty(mach_port_t port);
/* Milliseconds since *T0 (CLOCK_MONOTONIC). */
long ms_since(const struct timespec *t0);

/* --- Notifications --- */

/* Receive (up to MS) a no-senders notification; its make-send count. */
mach_port_mscount_t receive_no_senders(mach_port_t port,
    mach_msg_timeout_t ms);
/* Assert that the demux (SEQNOS or not) takes none of IDS for its own. */
void assert_not_notifications(mach_port_t port, int seqnos,
    const mach_msg_id_t *ids, size_t nids);

/* --- A second task --- */

/* A receive right whose send right a forked child finds in its slot 0. */
mach_port_t rendezvous_new(void);
/* In a forked child: send PORT as DISP to the rendezvous; an exit status. */
int rendezvous_send(mach_port_t port, mach_msg_type_name_t disp);

/* A forked child, a task of its own that sent us its task port. */
struct child {
	pid_t pid;
	mach_port_t task;		/* our send right to its task port */
	int fd;				/* child_start: it lives until closed */
	volatile unsigned long *counter; /* child_start_counting: its count */
};
/* Start a child that lives until child_stop. */
void child_start(struct child *c);
/* Start a child that counts, for ever, in memory it shares with us. */
void child_start_counting(struct child *c);
/* End the child (a counting one is killed) and wait for it. */
void child_stop(struct child *c);
/* True if the counting child's counter stands still for 100 ms. */
int standing_still(struct child *c);
/* True if the counting child's counter moves within 2 s. */
int makes_progress(struct child *c);

/* --- Tasks --- */

/* The name of a task port whose task (made by task_create) is dead. */
mach_port_t dead_task(void);
/* TASK's suspend count (task_info). */
integer_t suspend_count(mach_port_t task);
/* Process state from /proc: 'T' when stopped, '?' if unknown. */
char proc_state(pid_t pid);
/* Wait up to 2 s for the process to be stopped (WANT) or not; true if so. */
int wait_stopped(pid_t pid, int want);
/* TASK's special port WHICH; the send right it gave us is dropped. */
mach_port_t get_special(mach_port_t task, int which);

/* --- Memory --- */

/* machd's address window, and an address far above anywhere allocations. */
#define WINDOW_BASE	((vm_address_t)0x200000000000ULL)
#define WINDOW_SIZE	((vm_size_t)1 << 40)
#define FIXED_AT	(WINDOW_BASE + ((vm_size_t)64 << 30))

/* What vm_region says of a region. */
struct region {
	vm_address_t addr;
	vm_size_t size;
	vm_prot_t prot, max;
	vm_inherit_t inh;
	boolean_t shared;
	mach_port_t object;
	vm_offset_t offset;
};
/* The region of TASK at or after ADDR, into *R; vm_region's code. */
kern_return_t region_at(mach_port_t task, vm_address_t addr,
    struct region *r);
/* A new region of SIZE bytes in TASK, anywhere. */
vm_address_t new_region(mach_port_t task, vm_size_t size);
/* A new region of SIZE bytes in TASK at AT. */
vm_address_t fixed_region(mach_port_t task, vm_address_t at, vm_size_t size);
/* What TASK holds at ADDR, as a string (at most 31 bytes). */
void read_string(mach_port_t task, vm_address_t addr, char out[32]);
/* A new page of ours with inheritance INH, holding the string TEXT. */
vm_address_t page_holding(vm_inherit_t inh, const char *text);

/* --- Nodes --- */

/* A send right to special port WHICH of NODE (norma_get_special_port). */
mach_port_t node_port(int node, int which);

#endif
