/*
 * proc_stat: what Linux tells of a process in /proc/PID/stat, for the
 * task that process runs.
 */
#ifndef MACHEMU_PROC_STAT_H
#define MACHEMU_PROC_STAT_H

#include <stdbool.h>
#include <sys/types.h>

/* PID's state letter (R, S, T, Z...) and parent; false if PID is gone or
 * its line cannot be read. */
bool proc_stat(pid_t pid, char *state, pid_t *ppid);

#endif
