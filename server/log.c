/*
 * log: leveled log lines for machd.
 */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

enum log_level log_threshold = LOG_LEVEL_INFO;
static bool log_syslog;

static const char *const level_names[] = { "error", "warn", "info", "debug" };

bool
log_level_parse(const char *name, enum log_level *levelp)
{
	for (unsigned i = 0; i < sizeof level_names / sizeof *level_names; i++)
		if (strcmp(name, level_names[i]) == 0) {
			*levelp = (enum log_level)i;
			return true;
		}
	return false;
}

void
log_use_syslog(void)
{
	openlog("machd", LOG_PID, LOG_DAEMON);
	log_syslog = true;
}

void
mlog(enum log_level level, const char *fmt, ...)
{
	if (level > log_threshold)
		return;
	va_list ap;
	va_start(ap, fmt);
	if (log_syslog) {
		static const int prio[] = { LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG };
		vsyslog(prio[level], fmt, ap);
	} else {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		struct tm tm;
		localtime_r(&ts.tv_sec, &tm);
		char stamp[32], line[1024];
		strftime(stamp, sizeof stamp, "%H:%M:%S", &tm);
		/* One write a line: the node link logs from its own thread. */
		int n = snprintf(line, sizeof line, "machd %s.%03ld %s: ", stamp,
		    ts.tv_nsec / 1000000, level_names[level]);
		if (n > 0 && (size_t)n < sizeof line - 1)
			n += vsnprintf(line + n, sizeof line - 1 - (size_t)n, fmt, ap);
		if (n < 0 || (size_t)n > sizeof line - 2)
			n = (int)sizeof line - 2;
		line[n++] = '\n';
		(void)!write(STDERR_FILENO, line, (size_t)n);
	}
	va_end(ap);
}
