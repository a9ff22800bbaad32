/*
 * rpc_server: the test server of defs/test.defs (tests/rpc_server.c), as
 * the programs that talk to it see it: how to start it in a forked child
 * and the hello it sends back.  tests/check_rpc.c and tests/bench_rpc.c
 * share it.
 */
#ifndef MACHEMU_TEST_RPC_SERVER_H
#define MACHEMU_TEST_RPC_SERVER_H

#include <sys/types.h>

#include <mach.h>

#define RPC_HELLO_ID		7799	/* the hello's msgh_id */
#define RPC_HELLO_TIMEOUT	10000	/* ms rpc_server_spawn waits for it */

/* The hello as it arrives: a send right to the service port in the
 * header (msgh_remote_port), a send right to the server's task in the
 * body. */
struct rpc_hello {
	mach_msg_header_t head;
	mach_msg_type_t task_type;
	mach_port_t task;
};

/* Serve test.defs in a forked child, which returns only on failure. */
int rpc_server_main(void);

/* Fork a server and receive its hello; see tests/rpc_server.c. */
kern_return_t rpc_server_spawn(pid_t *pidp, struct rpc_hello *hellop);

#endif
