/*
 * mach_error.h: turning Mach error codes into text, as the GNU Hurd's
 * glibc and CMU's libmach offer it.  mach_error_string gives the whole
 * meaning ("(os/kern) invalid argument"), mach_error_type only the
 * subsystem part ("(os/kern)"), and mach_error prints a message with both
 * the meaning and the number to stderr.  They know every code of GNU
 * Mach's <mach/kern_return.h>, the MACH_SEND_* and MACH_RCV_* codes of
 * <mach/message.h> and the MIG_* codes of <mach/mig_errors.h>.
 * Implemented in client/mach_error.c.
 */
#ifndef _MACH_MACH_ERROR_H
#define _MACH_MACH_ERROR_H

#include <mach/error.h>

/*
 * The meaning of ERROR_VALUE, e.g. "(ipc/send) invalid destination port";
 * "(unknown) error code 0x..." for a code it does not know.  The string
 * is constant, or for unknown codes lives in a per-thread buffer that the
 * next call from the same thread overwrites.
 */
extern const char *mach_error_string(mach_error_t error_value);

/* Print "STR meaning (0x...)" and a newline to stderr. */
extern void mach_error(const char *str, mach_error_t error_value);

/* The subsystem of ERROR_VALUE, e.g. "(os/kern)"; "(unknown)" if none. */
extern const char *mach_error_type(mach_error_t error_value);

#endif /* _MACH_MACH_ERROR_H */
