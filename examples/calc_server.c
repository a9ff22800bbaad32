/*
 * calc_server: serves calc.defs.  It makes a port, checks it in with the
 * name server as "calc" so that clients can find it, and then serves
 * requests with mach_msg_server and the MIG-generated calc_server demux,
 * for ever.
 */
#include <stdio.h>
#include <stdlib.h>

#include <mach.h>
#include <mach_error.h>
#include <servers/netname.h>

#include "calc_S.h"

/* The demux MIG generated into calcServer.c (it declares no prototype). */
boolean_t calc_server(mach_msg_header_t *request, mach_msg_header_t *reply);

kern_return_t
do_calc_add(mach_port_t server, int a, int b, int *sum)
{
	(void)server;
	*sum = a + b;
	return KERN_SUCCESS;
}

kern_return_t
do_calc_divide(mach_port_t server, int a, int b, int *quotient)
{
	(void)server;
	if (b == 0)
		return KERN_INVALID_ARGUMENT;	/* the client gets this code */
	*quotient = a / b;
	return KERN_SUCCESS;
}

int
main(void)
{
	mach_port_t port;
	kern_return_t kr = mach_port_allocate(mach_task_self(),
	    MACH_PORT_RIGHT_RECEIVE, &port);
	if (kr == KERN_SUCCESS)
		/* netname_check_in takes a send right: make one. */
		kr = mach_port_insert_right(mach_task_self(), port, port,
		    MACH_MSG_TYPE_MAKE_SEND);
	if (kr == KERN_SUCCESS)
		/* The signature (our task port) lets only us check it out. */
		kr = netname_check_in(name_server_port, "calc",
		    mach_task_self(), port);
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "calc_server: %s\n", mach_error_string(kr));
		return 1;
	}
	printf("calc_server: serving port 0x%x as \"calc\"\n", port);
	fflush(stdout);
	/* The largest request or reply of calc.defs is well under 1 KiB. */
	kr = mach_msg_server(calc_server, 1024, port);
	fprintf(stderr, "calc_server: mach_msg_server: %s\n",
	    mach_error_string(kr));
	return 1;
}
