/*
 * mach_init.h: the per-process Mach values a GNU Hurd program finds set
 * at startup, declared as glibc declares them.  __mach_task_self_ caches
 * the send right to the process's own task port; libmachemu sets it once
 * the process has reached machd (it is MACH_PORT_NULL before that), and
 * __mach_task_self() returns it, connecting first if needed.
 * mach_task_self() is a macro over that function, as on the Hurd.  The
 * page size, and the page rounding macros over it, come from the same
 * startup.  mach_host_self() is a trap: see <mach/mach_traps.h>.
 */
#ifndef _MACH_INIT_H
#define _MACH_INIT_H 1

#include <mach/mach_types.h>
#include <mach/mach_traps.h>

/* This process's task port, cached; MACH_PORT_NULL until machd is reached. */
extern mach_port_t __mach_task_self_;

/* This process's task port (a send right the caller must not release). */
extern mach_port_t __mach_task_self(void);

#define mach_task_self()	(__mach_task_self())

/*
 * A send right to the name server (<servers/netname.h>), as CMU Mach 3.0
 * set it up at start: the task's first registered port.  Set when the
 * process reaches machd, at load time if a machd answers.
 */
extern mach_port_t name_server_port;

/* The page size of the emulated kernel (the host's page size). */
extern vm_size_t __vm_page_size;
extern vm_size_t vm_page_size;

/*
 * Round X down or up to a multiple of the page size.  GNU Mach's
 * <mach/vm_param.h> has its own versions over PAGE_SIZE, with the same
 * results; whichever header comes first defines them.
 */
#ifndef trunc_page
#define trunc_page(x)	\
	((((vm_offset_t) (x)) / vm_page_size) * vm_page_size)
#endif
#ifndef round_page
#define round_page(x)	\
	((((vm_offset_t) (x) + vm_page_size - 1) / vm_page_size) * \
	    vm_page_size)
#endif

#endif /* _MACH_INIT_H */
