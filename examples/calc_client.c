/*
 * calc_client: finds the calculator through the name server and calls
 * it through the MIG-generated stubs of calc.defs, like functions.
 * usage: calc_client A B   prints A + B and A / B
 */
#include <stdio.h>
#include <stdlib.h>

#include <mach.h>
#include <mach_error.h>
#include <servers/netname.h>

#include "calc.h"

int
main(int argc, char **argv)
{
	char *end_a, *end_b;
	long a = argc == 3 ? strtol(argv[1], &end_a, 10) : 0;
	long b = argc == 3 ? strtol(argv[2], &end_b, 10) : 0;
	if (argc != 3 || *end_a != '\0' || *end_b != '\0') {
		fprintf(stderr, "usage: calc_client A B\n");
		return 2;
	}

	mach_port_t calc;
	/* Host name "" is this node. */
	kern_return_t kr = netname_look_up(name_server_port, "", "calc", &calc);
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "calc_client: no \"calc\" checked in: %s\n",
		    mach_error_string(kr));
		return 1;
	}

	int sum, quotient;
	kr = calc_add(calc, (int)a, (int)b, &sum);
	if (kr != KERN_SUCCESS) {
		fprintf(stderr, "calc_client: calc_add: %s\n",
		    mach_error_string(kr));
		return 1;
	}
	printf("%ld + %ld = %d\n", a, b, sum);

	kr = calc_divide(calc, (int)a, (int)b, &quotient);
	if (kr == KERN_SUCCESS)
		printf("%ld / %ld = %d\n", a, b, quotient);
	else	/* The server's own return code travels back in the reply. */
		printf("%ld / %ld: %s\n", a, b, mach_error_string(kr));
	return 0;
}
