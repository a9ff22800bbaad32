/*
 * mig_support: the runtime that MIG-generated stubs call (see
 * <mach/mig_support.h> and shared/reference/mig-runtime.md, section 2).
 *
 * It owns the per-thread reply port: one receive right per thread, kept
 * in a __thread variable and created on first use with mach_reply_port().
 * A user stub sends its request with a make-send-once right to that port
 * and receives the reply on it.  After a failed RPC the stub calls
 * mig_dealloc_reply_port, which forgets the port and destroys it, so a
 * late reply to the failed request can never be taken for the reply to
 * the next one.  After fork() the child is a new Mach task in which the
 * parent's port names mean nothing: a pthread_atfork child handler
 * forgets the forking thread's cached port (the only thread the child
 * has), and the child's first RPC makes a new one.
 *
 * The rest is small: memory for unbounded out arrays (mig_allocate and
 * mig_deallocate over vm_allocate/vm_deallocate in our own task), the
 * CMU mig_strncpy, and mig_reply_setup for hand-written servers.  Every
 * function is also exported under glibc's __-prefixed name, for stubs
 * generated with "-subrprefix __".
 */
#include <pthread.h>

#include <mach.h>
#include <mach/mig_support.h>

#include "machemu_client.h"

/* This thread's reply port, or MACH_PORT_NULL if it has none yet. */
static __thread mach_port_t mig_reply_port;

static pthread_once_t mig_atfork_once = PTHREAD_ONCE_INIT;

/*
 * In the child of fork(): the cached name belongs to the parent's task,
 * so forget it without touching it.
 */
static void
mig_atfork_child(void)
{
	mig_reply_port = MACH_PORT_NULL;
}

static void
mig_atfork_register(void)
{
	(void) pthread_atfork(NULL, NULL, mig_atfork_child);
}

/*
 * Return this thread's reply port, creating it with mach_reply_port() the
 * first time.  Returns MACH_PORT_NULL if no port could be made; the next
 * call tries again.
 */
mach_port_t
mig_get_reply_port(void)
{
	if (mig_reply_port == MACH_PORT_NULL) {
		(void) pthread_once(&mig_atfork_once, mig_atfork_register);
		mig_reply_port = mach_reply_port();
	}
	return mig_reply_port;
}

/* Called after each successful RPC: the port stays cached, nothing to do. */
void
mig_put_reply_port(mach_port_t port)
{
	(void) port;
}

/*
 * Destroy the reply port PORT after a failed RPC.  If it is this thread's
 * cached port, it is forgotten first, so that the RPC below (and the next
 * stub) gets a fresh one.  The receive right is dropped; if PORT has
 * meanwhile become a dead name (KERN_INVALID_RIGHT), its dead-name
 * reference is dropped instead.  Errors are ignored: the stub is already
 * returning the error of the RPC.
 */
void
mig_dealloc_reply_port(mach_port_t port)
{
	kern_return_t kr;

	if (port == mig_reply_port)
		mig_reply_port = MACH_PORT_NULL;
	if (!MACH_PORT_VALID(port))
		return;
	kr = mach_port_mod_refs(mach_task_self(), port,
	    MACH_PORT_RIGHT_RECEIVE, -1);
	if (kr == KERN_INVALID_RIGHT)
		(void) mach_port_mod_refs(mach_task_self(), port,
		    MACH_PORT_RIGHT_DEAD_NAME, -1);
}

/*
 * Allocate SIZE bytes anywhere in our own task into *ADDR; *ADDR is 0 if
 * vm_allocate fails (the stub then copies nothing).
 */
void
mig_allocate(vm_address_t *addr, vm_size_t size)
{
	if (vm_allocate(mach_task_self(), addr, size, TRUE) != KERN_SUCCESS)
		*addr = 0;
}

/* Free SIZE bytes at ADDR in our own task (vm_deallocate rounds to pages). */
void
mig_deallocate(vm_address_t addr, vm_size_t size)
{
	(void) vm_deallocate(mach_task_self(), addr, size);
}

/*
 * Copy the C string SRC into the LEN-byte field DST with the historical
 * CMU semantics: at most LEN - 1 characters, then a NUL, whenever LEN > 0.
 * Returns the number of characters copied, not counting the NUL (so a
 * stub's count of "length + 1" never exceeds LEN).
 */
vm_size_t
mig_strncpy(char *dst, const char *src, vm_size_t len)
{
	vm_size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len - 1 && src[i] != '\0'; i++)
		dst[i] = src[i];
	dst[i] = '\0';
	return i;
}

/* Nothing to initialise: the reply port is made on demand. */
void
mig_init(void *first)
{
	(void) first;
}

/*
 * Fill OUT with an error-reply header for the request IN, as a MIG server
 * demux does: the reply goes to the request's reply port with the right
 * it carries (its REMOTE bits), is a bare mig_reply_header_t, and has
 * id + 100.  RetCode is preset to MIG_BAD_ID, which the caller overwrites
 * once it has served the request.
 */
void
mig_reply_setup(const mach_msg_header_t *in, mach_msg_header_t *out)
{
	mig_reply_header_t *reply = (mig_reply_header_t *) out;

	reply->Head.msgh_bits =
	    MACH_MSGH_BITS(MACH_MSGH_BITS_REMOTE(in->msgh_bits), 0);
	reply->Head.msgh_size = sizeof(mig_reply_header_t);
	reply->Head.msgh_remote_port = in->msgh_remote_port;
	/* Clear all 8 bytes of the local-port union, not just the name. */
	reply->Head.msgh_protected_payload = 0;
	reply->Head.msgh_local_port = MACH_PORT_NULL;
	reply->Head.msgh_seqno = 0;
	reply->Head.msgh_id = in->msgh_id + 100;
	reply->RetCodeType.msgt_name = MACH_MSG_TYPE_INTEGER_32;
	reply->RetCodeType.msgt_size = 32;
	reply->RetCodeType.msgt_number = 1;
	reply->RetCodeType.msgt_inline = TRUE;
	reply->RetCodeType.msgt_longform = FALSE;
	reply->RetCodeType.msgt_deallocate = FALSE;
	reply->RetCodeType.msgt_unused = 0;
	reply->RetCode = MIG_BAD_ID;
}

/* glibc's names, for stubs generated with -subrprefix __. */
MACHEMU_GLIBC_ALIAS(mig_get_reply_port);
MACHEMU_GLIBC_ALIAS(mig_put_reply_port);
MACHEMU_GLIBC_ALIAS(mig_dealloc_reply_port);
MACHEMU_GLIBC_ALIAS(mig_allocate);
MACHEMU_GLIBC_ALIAS(mig_deallocate);
MACHEMU_GLIBC_ALIAS(mig_strncpy);
MACHEMU_GLIBC_ALIAS(mig_init);
MACHEMU_GLIBC_ALIAS(mig_reply_setup);
