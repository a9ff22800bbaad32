/*
 * log: machd's log, one line per event on standard error (or syslog when
 * detached), filtered by the level chosen with --log-level.
 */
#ifndef MACHEMU_LOG_H
#define MACHEMU_LOG_H

#include <stdbool.h>

enum log_level { LOG_LEVEL_ERROR, LOG_LEVEL_WARN, LOG_LEVEL_INFO, LOG_LEVEL_DEBUG };

extern enum log_level log_threshold;

/* Parse "error", "warn", "info" or "debug"; false if NAME is none. */
bool log_level_parse(const char *name, enum log_level *levelp);

/* Send further lines to syslog instead of standard error. */
void log_use_syslog(void);

void mlog(enum log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
