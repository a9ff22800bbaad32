/*
 * mach/error.h: the layout of a Mach error code, as CMU and GNU Mach
 * define it.  A mach_error_t is a kern_return_t split into three fields:
 * a 6-bit system (bits 26-31), a 12-bit subsystem (bits 14-25) and a
 * 14-bit code (bits 0-13).  Kernel codes are system 0, the mach_msg
 * codes system 4 (sends subsystem 0, receives subsystem 1), and the MIG
 * codes are the historical negative values of <mach/mig_errors.h>.  The
 * strings for these codes are in <mach_error.h> (client/mach_error.c).
 */
#ifndef _MACH_ERROR_H_
#define _MACH_ERROR_H_

#include <mach/kern_return.h>

/* A Mach error code: any kern_return_t or mach_msg_return_t. */
typedef kern_return_t mach_error_t;

/* A function that returns one; historically declared without a prototype. */
typedef mach_error_t (*mach_error_fn_t)();

#define err_none		((mach_error_t) 0)
#define ERR_SUCCESS		((mach_error_t) 0)
#define ERR_ROUTINE_NIL		((mach_error_fn_t) 0)

/* Build the system and subsystem fields of a code. */
#define err_system(x)		((((unsigned) (x)) & 0x3f) << 26)
#define err_sub(x)		((((unsigned) (x)) & 0xfff) << 14)

/* Take a code apart. */
#define err_get_system(err)	((((unsigned) (err)) >> 26) & 0x3f)
#define err_get_sub(err)	((((unsigned) (err)) >> 14) & 0xfff)
#define err_get_code(err)	(((unsigned) (err)) & 0x3fff)

#define system_emask		(err_system(0x3f))
#define sub_emask		(err_sub(0xfff))
#define code_emask		(0x3fff)

/* The error systems. */
#define err_kern	err_system(0x0)		/* the kernel */
#define err_us		err_system(0x1)		/* user-space libraries */
#define err_server	err_system(0x2)		/* user-space servers */
#define err_ipc		err_system(0x3)		/* old (Mach 2.5) IPC */
#define err_mach_ipc	err_system(0x4)		/* mach_msg and MIG */
#define err_bootstrap	err_system(0x5)		/* bootstrap server */
#define err_hurd	err_system(0x10)	/* GNU Hurd servers */
#define err_local	err_system(0x3e)	/* user-defined */
#define err_ipc_compat	err_system(0x3f)	/* old IPC, compatible */

#define err_max_system		0x3f

/* Subsystems of the old IPC system, kept for compatibility. */
#define ERR_OLD_IPC_SUB		0
#define ERR_OLD_IPC_SEND	0
#define ERR_OLD_IPC_RCV		1
#define ERR_OLD_MIG		2

#endif /* _MACH_ERROR_H_ */
