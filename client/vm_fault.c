/*
 * vm_fault: late address-space changes.  Another task can change this
 * task's map (vm_allocate or vm_protect through our task port) while the
 * process is not in a Mach call; machd queues the change, and the process
 * applies it with its next reply.  A fault in the task window before
 * then is the sign: the handler asks machd for the pending changes and,
 * if that changed anything, lets the access run again; otherwise the
 * fault is the program's, and gets the action it had before.
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "machemu_client.h"

static struct sigaction previous;

static void
vm_fault_handler(int sig, siginfo_t *info, void *context)
{
	static __thread int in_handler;
	uintptr_t addr = (uintptr_t)info->si_addr;
	if (!in_handler && machemu_in_window(addr, 1)) {
		in_handler = 1;
		int changed = machemu_sync_in_fault();
		in_handler = 0;
		if (changed)
			return;		/* the access runs again */
	}
	/* Not ours: what the program had before, or the default. */
	if (previous.sa_flags & SA_SIGINFO) {
		previous.sa_sigaction(sig, info, context);
		return;
	}
	if (previous.sa_handler != SIG_IGN && previous.sa_handler != SIG_DFL) {
		previous.sa_handler(sig);
		return;
	}
	signal(sig, SIG_DFL);	/* the access faults again, for real */
}

__attribute__((constructor)) static void
vm_fault_init(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = vm_fault_handler;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, &previous);
}
