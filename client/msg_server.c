/*
 * msg_server: the receive-serve-reply loop of a Mach server
 * (mach_msg_server, mach_msg_server_timeout) and the two one-way helpers
 * mach_msg_send and mach_msg_receive, with the behaviour of the GNU
 * Hurd's glibc (shared/reference/mig-runtime.md, section 5).
 *
 * The loop owns two heap buffers of the same capacity, one for the
 * request and one for the reply that the demux function builds.  The
 * reply's RetCode decides what happens to the request: KERN_SUCCESS means
 * the server took everything in it; MIG_NO_REPLY means it will answer
 * later (or never); any other code means it took nothing, so the request
 * is destroyed, all but its reply right, which carries the error reply.
 * A reply is sent by swapping the buffers and doing one combined
 * send-and-receive, so each request costs a single mach_msg.  With
 * max_size 0 the buffers start at two pages and grow, with MACH_RCV_LARGE,
 * to the size of any request the kernel reports.  The buffers are on the
 * heap rather than on the stack (glibc uses alloca), so a large max_size
 * cannot overflow a thread's stack.
 *
 * A reply that is not sent (no reply port, or the client died and the
 * send failed with MACH_SEND_INVALID_DEST, which consumes nothing) is
 * discarded as a sender would: the rights it moves are released and the
 * out-of-line regions it was to deallocate are freed, but regions sent
 * without the deallocate bit stay with the server, which still owns them.
 * (glibc runs mach_msg_destroy on it, which would also free those.)
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <mach.h>

#include "mach_msg_format.h"
#include "machemu_client.h"

/* The request and reply buffers of one server loop. */
struct msg_server_bufs {
	mach_msg_header_t *request;
	mach_msg_header_t *reply;
};

/* The page size, for the default buffer size. */
static vm_size_t
msg_server_page_size(void)
{
	long n;

	if (vm_page_size != 0)
		return vm_page_size;
	n = sysconf(_SC_PAGESIZE);
	return n > 0 ? (vm_size_t) n : 4096;
}

/*
 * Replace both buffers of B with new ones of SIZE bytes (at least a bare
 * error reply, which a demux always writes).  Returns KERN_SUCCESS, or
 * KERN_RESOURCE_SHORTAGE with B unchanged.
 */
static kern_return_t
msg_server_bufs_alloc(struct msg_server_bufs *b, mach_msg_size_t size)
{
	size_t cap = size;
	mach_msg_header_t *request, *reply;

	if (cap < sizeof(mig_reply_header_t))
		cap = sizeof(mig_reply_header_t);
	request = calloc(1, cap);
	reply = calloc(1, cap);
	if (request == NULL || reply == NULL) {
		free(request);
		free(reply);
		return KERN_RESOURCE_SHORTAGE;
	}
	free(b->request);
	free(b->reply);
	b->request = request;
	b->reply = reply;
	return KERN_SUCCESS;
}

/* Receive the next request into B->request. */
static mach_msg_return_t
msg_server_receive(struct msg_server_bufs *b, mach_msg_option_t option,
    mach_msg_size_t max_size, mach_port_t rcv_name,
    mach_msg_timeout_t timeout)
{
	return mach_msg(b->request, MACH_RCV_MSG | option, 0, max_size,
	    rcv_name, timeout, MACH_PORT_NULL);
}

/*
 * Serve requests arriving on RCV_NAME with DEMUX until something fails
 * (see <mach.h>).  OPTION is added to every receive (and to the combined
 * send of a reply with the next receive); MACH_SEND_MSG and MACH_RCV_MSG
 * in it are ignored.  MAX_SIZE 0 means two pages, growing as needed.
 * Returns the mach_msg error that ended the loop (MACH_RCV_TIMED_OUT
 * with MACH_RCV_TIMEOUT, MACH_RCV_INVALID_NAME, MACH_RCV_TOO_LARGE
 * without MACH_RCV_LARGE or when the size the kernel reports is no
 * larger than the buffer, a send error other than
 * MACH_SEND_INVALID_DEST, ...), or KERN_RESOURCE_SHORTAGE if the buffers
 * cannot be allocated.
 */
mach_msg_return_t
mach_msg_server_timeout(
    boolean_t (*demux)(mach_msg_header_t *, mach_msg_header_t *),
    mach_msg_size_t max_size, mach_port_t rcv_name,
    mach_msg_option_t option, mach_msg_timeout_t timeout)
{
	struct msg_server_bufs b = { NULL, NULL };
	mig_reply_header_t *reply;
	mach_msg_header_t *swap;
	mach_msg_size_t need;
	mach_msg_return_t mr;

	option &= ~(MACH_SEND_MSG | MACH_RCV_MSG);
	if (max_size == 0) {
		option |= MACH_RCV_LARGE;
		max_size = 2 * msg_server_page_size();
	}
	if (msg_server_bufs_alloc(&b, max_size) != KERN_SUCCESS)
		return KERN_RESOURCE_SHORTAGE;

	mr = msg_server_receive(&b, option, max_size, rcv_name, timeout);
	for (;;) {
		if (mr == MACH_MSG_SUCCESS) {
			/* A request: serve it.  The boolean says nothing more
			   than RetCode does. */
			reply = (mig_reply_header_t *) b.reply;
			(void) (*demux)(b.request, b.reply);

			if (reply->RetCode == MIG_NO_REPLY) {
				/* The server answers later, or never. */
				reply->Head.msgh_remote_port = MACH_PORT_NULL;
			} else if (reply->RetCode != KERN_SUCCESS) {
				/* The server took nothing: release the
				   request but keep its reply right for the
				   error reply. */
				b.request->msgh_remote_port = MACH_PORT_NULL;
				mach_msg_destroy(b.request);
			}

			if (reply->Head.msgh_remote_port == MACH_PORT_NULL) {
				/* Nobody to answer. */
				if (reply->Head.msgh_bits &
				    MACH_MSGH_BITS_COMPLEX)
					machemu_msg_release(b.reply, true);
				mr = msg_server_receive(&b, option, max_size,
				    rcv_name, timeout);
				continue;
			}

			/* Send the reply from its buffer and receive the
			   next request into the same one. */
			swap = b.request;
			b.request = b.reply;
			b.reply = swap;
			mr = mach_msg(b.request,
			    MACH_SEND_MSG | MACH_RCV_MSG | option,
			    b.request->msgh_size, max_size, rcv_name, timeout,
			    MACH_PORT_NULL);
			continue;
		}

		if (mr == MACH_RCV_TOO_LARGE && (option & MACH_RCV_LARGE)) {
			/* The request is still queued; the kernel wrote its
			   size into msgh_size.  Grow and receive again. */
			need = b.request->msgh_size;
			if (need <= max_size)
				break;
			if (msg_server_bufs_alloc(&b, need) != KERN_SUCCESS) {
				mr = KERN_RESOURCE_SHORTAGE;
				break;
			}
			max_size = need;
			mr = msg_server_receive(&b, option, max_size, rcv_name,
			    timeout);
			continue;
		}

		if (mr == MACH_SEND_INVALID_DEST) {
			/* The client died before its reply went out: the
			   send consumed nothing and nothing was received. */
			machemu_msg_release(b.request, true);
			mr = msg_server_receive(&b, option, max_size, rcv_name,
			    timeout);
			continue;
		}

		break;
	}

	free(b.request);
	free(b.reply);
	return mr;
}

/*
 * Serve requests arriving on RCV_NAME with DEMUX, without options or a
 * timeout: mach_msg_server_timeout with option 0 and timeout 0.
 */
mach_msg_return_t
mach_msg_server(
    boolean_t (*demux)(mach_msg_header_t *, mach_msg_header_t *),
    mach_msg_size_t max_size, mach_port_t rcv_name)
{
	return mach_msg_server_timeout(demux, max_size, rcv_name, 0,
	    MACH_MSG_TIMEOUT_NONE);
}

/*
 * Send MSG, msgh_size bytes, with no timeout and no reply expected.
 * Returns what mach_msg returns.
 */
mach_msg_return_t
mach_msg_send(mach_msg_header_t *msg)
{
	return mach_msg(msg, MACH_SEND_MSG, msg->msgh_size, 0, MACH_PORT_NULL,
	    MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

/*
 * Receive a message into MSG, whose msgh_size is the buffer size, from
 * the port or port set named by its msgh_local_port, waiting for ever.
 * Returns what mach_msg returns.
 */
mach_msg_return_t
mach_msg_receive(mach_msg_header_t *msg)
{
	return mach_msg(msg, MACH_RCV_MSG, 0, msg->msgh_size,
	    msg->msgh_local_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

MACHEMU_GLIBC_ALIAS(mach_msg_server_timeout);
MACHEMU_GLIBC_ALIAS(mach_msg_server);
MACHEMU_GLIBC_ALIAS(mach_msg_send);
MACHEMU_GLIBC_ALIAS(mach_msg_receive);
