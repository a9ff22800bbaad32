/*
 * rpc_server: the server side of defs/test.defs for the two-process RPC
 * tests (tests/check_rpc.c) and the RPC benchmark (tests/bench_rpc.c).
 * rpc_server_spawn() forks and calls rpc_server_main() in the child,
 * without exec: the child is a new Mach task that inherits its parent
 * task's registered ports, and the first of them is a send right to the
 * parent's rendezvous port.  The server allocates its service port and
 * sends one hello message (RPC_HELLO_ID) to the rendezvous port carrying
 * a make-send right to the service port in the header and a copy of its
 * own task port in the body, so that the test can look into the server's
 * space (mach_port_names, task_info).  Then it serves requests with
 * mach_msg_server until it is killed.
 *
 * Every routine has a result the test can check:
 *  - test_inline: sum = a + b + the values of the test_oneway calls that
 *    came since the last test_inline; rfixed = fixed reversed; rvar = var
 *    with each element doubled; rname = "hello, " + name + vname.  The
 *    name "die" makes the server kill itself while it holds the request's
 *    reply right (a server dying in the middle of an RPC).
 *  - test_ool: total = the sum of the bytes of blob and moved (unsigned);
 *    echo = a new region holding blob then moved, moved to the client.
 *    The server owns ^array in-arguments and deallocates both.
 *  - test_ports: checks that each right has the type its disposition
 *    promises (recv RECEIVE, send SEND, sonce SEND_ONCE, copy SEND, make
 *    SEND, makeonce SEND_ONCE) and then keeps none of them; back is a
 *    make-send right to the service port itself (the server listens on
 *    one port only: port sets are not done).
 *  - test_poly: moves the right it got straight back, with the
 *    disposition that matches what arrived (PORT_SEND is MOVE_SEND, ...).
 *  - test_data: rdata = data reversed, inline when it fits the stub's
 *    buffer, else in a region of the server's (freed at the next call,
 *    since test.defs does not mark rdata dealloc).
 *  - test_port_array: count = the send rights received, all released.
 * A check that fails answers with RPC_BAD_RIGHT + the argument's index,
 * having consumed nothing, so that mach_msg_server destroys the request.
 */
#include "rpc_server.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <mach.h>

#include "test_S.h"

#define RPC_BAD_RIGHT	0x7700		/* + index of the wrong right */

/* The demux of gen/testServer.c (test_S.h does not declare it). */
boolean_t machemu_test_server(mach_msg_header_t *in, mach_msg_header_t *out);

/* Sum of the test_oneway values not yet reported by test_inline. */
static int oneway_total;

/* The region the last large test_data reply came from. */
static vm_address_t data_prev;
static vm_size_t data_prev_size;

kern_return_t
S_test_inline(mach_port_t port, int a, test_int64_t b,
    const test_fixed_t fixed, const test_var_t var,
    mach_msg_type_number_t varCnt, const_test_name_t name,
    const_test_vstring_t vname, test_int64_t *sum, test_fixed_t rfixed,
    test_var_t rvar, mach_msg_type_number_t *rvarCnt, test_vstring_t rname)
{
	(void)port;
	if (strcmp(name, "die") == 0)
		raise(SIGKILL);
	if (varCnt > *rvarCnt)
		return MIG_ARRAY_TOO_LARGE;
	*sum = a + b + oneway_total;
	oneway_total = 0;
	for (int i = 0; i < 4; i++)
		rfixed[i] = fixed[3 - i];
	for (mach_msg_type_number_t i = 0; i < varCnt; i++)
		rvar[i] = 2 * var[i];
	*rvarCnt = varCnt;
	/* rname is the stub's buffer of 128 bytes. */
	snprintf(rname, 128, "hello, %s%s", name, vname);
	return KERN_SUCCESS;
}

kern_return_t
S_test_ool(mach_port_t port, test_ool_t blob, mach_msg_type_number_t blobCnt,
    test_ool_t moved, mach_msg_type_number_t movedCnt, test_ool_t *echo,
    mach_msg_type_number_t *echoCnt, int *total)
{
	vm_address_t addr = 0;
	vm_size_t n = (vm_size_t)blobCnt + movedCnt;
	kern_return_t kr;
	int t = 0;

	(void)port;
	if (n > 0) {
		kr = vm_allocate(mach_task_self(), &addr, n, TRUE);
		if (kr != KERN_SUCCESS)
			return kr;
		memcpy((char *)addr, blob, blobCnt);
		memcpy((char *)addr + blobCnt, moved, movedCnt);
	}
	for (vm_size_t i = 0; i < n; i++)
		t += ((unsigned char *)addr)[i];
	/* From here the request is ours: free what it brought. */
	kr = vm_deallocate(mach_task_self(), (vm_address_t)blob, blobCnt);
	if (kr == KERN_SUCCESS)
		kr = vm_deallocate(mach_task_self(), (vm_address_t)moved,
		    movedCnt);
	if (kr != KERN_SUCCESS) {
		(void)vm_deallocate(mach_task_self(), addr, n);
		return kr;
	}
	*echo = (test_ool_t)addr;
	*echoCnt = (mach_msg_type_number_t)n;
	*total = t;
	return KERN_SUCCESS;
}

/* True if NAME in our space has exactly the rights TYPE. */
static int
right_is(mach_port_t name, mach_port_type_t type)
{
	mach_port_type_t t;

	return mach_port_type(mach_task_self(), name, &t) == KERN_SUCCESS &&
	    t == type;
}

kern_return_t
S_test_ports(mach_port_t port, mach_port_t recv, mach_port_t send,
    mach_port_t sonce, mach_port_t copy, mach_port_t make,
    mach_port_t makeonce, mach_port_t *back)
{
	const mach_port_t names[6] = {
		recv, send, sonce, copy, make, makeonce,
	};
	const mach_port_type_t types[6] = {
		MACH_PORT_TYPE_RECEIVE, MACH_PORT_TYPE_SEND,
		MACH_PORT_TYPE_SEND_ONCE, MACH_PORT_TYPE_SEND,
		MACH_PORT_TYPE_SEND, MACH_PORT_TYPE_SEND_ONCE,
	};
	kern_return_t kr;

	for (int i = 0; i < 6; i++)
		if (!right_is(names[i], types[i]))
			return RPC_BAD_RIGHT + i;
	/* Keep nothing. */
	kr = mach_port_mod_refs(mach_task_self(), recv,
	    MACH_PORT_RIGHT_RECEIVE, -1);
	for (int i = 1; i < 6 && kr == KERN_SUCCESS; i++)
		kr = mach_port_deallocate(mach_task_self(), names[i]);
	if (kr != KERN_SUCCESS)
		return kr;
	*back = port;
	return KERN_SUCCESS;
}

kern_return_t
S_test_poly(mach_port_t port, mach_port_t right, mach_msg_type_name_t rightPoly,
    mach_port_t *rright, mach_msg_type_name_t *rrightPoly)
{
	mach_port_type_t want;

	(void)port;
	switch (rightPoly) {
	case MACH_MSG_TYPE_PORT_RECEIVE:
		want = MACH_PORT_TYPE_RECEIVE;
		break;
	case MACH_MSG_TYPE_PORT_SEND:
		want = MACH_PORT_TYPE_SEND;
		break;
	case MACH_MSG_TYPE_PORT_SEND_ONCE:
		want = MACH_PORT_TYPE_SEND_ONCE;
		break;
	default:
		return RPC_BAD_RIGHT;
	}
	if (MACH_PORT_VALID(right) && !right_is(right, want))
		return RPC_BAD_RIGHT;
	/* PORT_RECEIVE, PORT_SEND, PORT_SEND_ONCE equal the MOVE_ values. */
	*rright = right;
	*rrightPoly = rightPoly;
	return KERN_SUCCESS;
}

kern_return_t
S_test_data(mach_port_t port, const_test_data_t data,
    mach_msg_type_number_t dataCnt, test_data_t *rdata,
    mach_msg_type_number_t *rdataCnt)
{
	char *out = *rdata;
	vm_address_t addr = 0;
	kern_return_t kr;

	(void)port;
	if (data_prev_size > 0) {
		/* The reply that carried it was copied when it was sent. */
		(void)vm_deallocate(mach_task_self(), data_prev,
		    data_prev_size);
		data_prev = 0;
		data_prev_size = 0;
	}
	if (dataCnt > *rdataCnt) {
		kr = vm_allocate(mach_task_self(), &addr, dataCnt, TRUE);
		if (kr != KERN_SUCCESS)
			return kr;
		out = (char *)addr;
		data_prev = addr;
		data_prev_size = dataCnt;
	}
	for (mach_msg_type_number_t i = 0; i < dataCnt; i++)
		out[i] = data[dataCnt - 1 - i];
	*rdata = out;
	*rdataCnt = dataCnt;
	return KERN_SUCCESS;
}

kern_return_t
S_test_port_array(mach_port_t port, test_port_array_t ports,
    mach_msg_type_number_t portsCnt, int *count)
{
	mach_port_type_t t;
	int n = 0;

	(void)port;
	for (mach_msg_type_number_t i = 0; i < portsCnt; i++) {
		if (!MACH_PORT_VALID(ports[i]))
			continue;
		if (mach_port_type(mach_task_self(), ports[i], &t) !=
		    KERN_SUCCESS || !(t & MACH_PORT_TYPE_SEND))
			continue;
		if (mach_port_deallocate(mach_task_self(), ports[i]) ==
		    KERN_SUCCESS)
			n++;
	}
	(void)vm_deallocate(mach_task_self(), (vm_address_t)ports,
	    portsCnt * sizeof *ports);
	*count = n;
	return KERN_SUCCESS;
}

kern_return_t
S_test_oneway(mach_port_t port, int value)
{
	(void)port;
	oneway_total += value;
	return KERN_SUCCESS;
}

/*
 * Meet the test through the first registered port, then serve for ever.
 * Everything the setup leaves behind is released before the hello goes
 * out, so that the test sees the server's space and memory as they stay.
 * Returns only on failure: 2 if the rendezvous port cannot be found, 3 if
 * the service port cannot be made, 4 if the hello cannot be sent, or 5
 * when mach_msg_server gives up (machd went away).
 */
int
rpc_server_main(void)
{
	mach_port_t task = mach_task_self();
	mach_port_array_t regs = NULL;
	mach_msg_type_number_t nregs = 0;
	mach_port_t rendezvous, svc;
	struct rpc_hello hello;
	kern_return_t kr;

	if (mach_ports_lookup(task, &regs, &nregs) != KERN_SUCCESS ||
	    nregs == 0)
		return 2;
	/* Keep the first right, for the hello; release the others and
	 * the array (ours, as out-of-line data). */
	rendezvous = regs[0];
	for (mach_msg_type_number_t i = 1; i < nregs; i++)
		if (MACH_PORT_VALID(regs[i]))
			(void)mach_port_deallocate(task, regs[i]);
	(void)vm_deallocate(task, (vm_address_t)regs, nregs * sizeof *regs);
	if (!MACH_PORT_VALID(rendezvous))
		return 2;
	if (mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &svc) !=
	    KERN_SUCCESS)
		return 3;

	/* The hello moves our right to the rendezvous port away. */
	memset(&hello, 0, sizeof hello);
	hello.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND,
	    MACH_MSG_TYPE_MAKE_SEND) | MACH_MSGH_BITS_COMPLEX;
	hello.head.msgh_size = sizeof hello;
	hello.head.msgh_remote_port = rendezvous;
	hello.head.msgh_local_port = svc;
	hello.head.msgh_id = RPC_HELLO_ID;
	hello.task_type.msgt_name = MACH_MSG_TYPE_COPY_SEND;
	hello.task_type.msgt_size = 32;
	hello.task_type.msgt_number = 1;
	hello.task_type.msgt_inline = TRUE;
	hello.task = task;
	kr = mach_msg(&hello.head, MACH_SEND_MSG, sizeof hello, 0,
	    MACH_PORT_NULL, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (kr != MACH_MSG_SUCCESS)
		return 4;

	(void)mach_msg_server(machemu_test_server, 0, svc);
	return 5;
}

/*
 * Start a server in a forked child and wait for its hello.  The caller
 * must be a Mach task already.  A rendezvous port is allocated and a
 * send right to it registered (mach_ports_register, which replaces what
 * the caller had registered), so that the child inherits it; the child
 * runs rpc_server_main().  Once the hello is in, the rendezvous port is
 * destroyed: the caller holds only the hello's rights.
 * On success *pidp is the server's pid and *hellop the hello as it
 * arrived, for the caller to check: a send right to the service port in
 * hellop->head.msgh_remote_port and one to the server's task in
 * hellop->task.
 * Returns KERN_SUCCESS; the code of a failed mach_port_allocate,
 * mach_port_insert_right, mach_ports_register, mach_port_deallocate or
 * mach_port_destroy; KERN_RESOURCE_SHORTAGE if fork fails; or the code
 * of the receive (MACH_RCV_TIMED_OUT when no hello came within
 * RPC_HELLO_TIMEOUT ms).  On failure no server is left running and the
 * rendezvous port is gone.
 */
kern_return_t
rpc_server_spawn(pid_t *pidp, struct rpc_hello *hellop)
{
	mach_port_t task = mach_task_self();
	mach_port_t rv;
	union {
		struct rpc_hello hello;
		char bytes[1024];
	} m;
	kern_return_t kr;
	pid_t pid;

	kr = mach_port_allocate(task, MACH_PORT_RIGHT_RECEIVE, &rv);
	if (kr != KERN_SUCCESS)
		return kr;
	/* Register a send right, then drop ours: the child inherits the
	 * registered one. */
	kr = mach_port_insert_right(task, rv, rv, MACH_MSG_TYPE_MAKE_SEND);
	if (kr == KERN_SUCCESS)
		kr = mach_ports_register(task, &rv, 1);
	if (kr == KERN_SUCCESS)
		kr = mach_port_deallocate(task, rv);
	if (kr != KERN_SUCCESS) {
		(void)mach_port_destroy(task, rv);
		return kr;
	}

	pid = fork();
	if (pid < 0) {
		(void)mach_port_destroy(task, rv);
		return KERN_RESOURCE_SHORTAGE;
	}
	if (pid == 0)
		_exit(rpc_server_main());

	memset(&m, 0, sizeof m);
	kr = mach_msg(&m.hello.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0,
	    sizeof m, rv, RPC_HELLO_TIMEOUT, MACH_PORT_NULL);
	if (kr == MACH_MSG_SUCCESS) {
		kr = mach_port_destroy(task, rv);
		if (kr != KERN_SUCCESS)
			mach_msg_destroy(&m.hello.head);
	} else {
		(void)mach_port_destroy(task, rv);
	}
	if (kr != KERN_SUCCESS) {
		kill(pid, SIGKILL);
		(void)waitpid(pid, NULL, 0);
		return kr;
	}
	*pidp = pid;
	*hellop = m.hello;
	return KERN_SUCCESS;
}
