/*
 * servers/netname_defs.h: the types and return codes of the CMU Mach 3.0
 * name service, as <servers/netname.h> (the MIG user header of
 * defs/netname.defs) and the programs that call it use them.  A name is
 * a C string of at most NETNAME_NAME_SIZE - 1 characters.
 */
#ifndef _SERVERS_NETNAME_DEFS_H
#define _SERVERS_NETNAME_DEFS_H 1

#define NETNAME_NAME_SIZE	80

typedef char netname_name_t[NETNAME_NAME_SIZE];
typedef const char *const_netname_name_t;

/* Return codes of the netname routines. */
#define NETNAME_SUCCESS		0
#define NETNAME_NOT_YOURS	1000	/* another signature checked it in */
#define NETNAME_NOT_CHECKED_IN	1001	/* no such name */
#define NETNAME_NO_SUCH_HOST	1002
#define NETNAME_HOST_NOT_FOUND	1003	/* no such node */
#define NETNAME_INVALID_PORT	1004	/* null or dead port or signature */

/* The older spellings of two of them. */
#define NAME_NOT_YOURS		NETNAME_NOT_YOURS
#define NAME_NOT_CHECKED_IN	NETNAME_NOT_CHECKED_IN

#endif /* _SERVERS_NETNAME_DEFS_H */
