/*
 * mach/mach_traps.h: the Mach traps a GNU Hurd program calls directly,
 * declared with the names and types glibc gives them.  On a real Mach
 * kernel these are system-call traps; in libmachemu they are calls to the
 * local machd (implemented in client/mach_msg.c).  The rights the port
 * traps return belong to the caller: mach_reply_port gives a new receive
 * right, mach_thread_self and mach_host_self a send right.
 */
#ifndef _MACH_MACH_TRAPS_H_
#define _MACH_MACH_TRAPS_H_

#include <mach/boolean.h>
#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>

/* Create a port in the caller's task and return its receive right. */
extern mach_port_t mach_reply_port(void);

/* A send right to the calling thread's thread port. */
extern mach_port_t mach_thread_self(void);

/* A send right to the host (name) port. */
extern mach_port_t mach_host_self(void);

/* Yield the processor; TRUE if other threads were ready to run. */
extern boolean_t swtch(void);

/* Yield the processor, depressing the caller's priority to PRIORITY. */
extern boolean_t swtch_pri(int priority);

/*
 * Hand the processor to THREAD (or any thread if MACH_PORT_NULL), with
 * OPTION (SWITCH_OPTION_* of <mach/thread_switch.h>) for OPTION_TIME
 * milliseconds.
 */
extern kern_return_t thread_switch(mach_port_t thread, int option,
    mach_msg_timeout_t option_time);

#endif /* _MACH_MACH_TRAPS_H_ */
