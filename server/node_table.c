/*
 * node_table: parsing and checking the node table file.
 */
#include "node_table.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse "HOST:PORT" into E; false with the reason in WHY. */
static bool
parse_address(const char *s, struct node_entry *e, const char **why)
{
	const char *colon = strrchr(s, ':');
	if (colon == NULL) {
		*why = "no ':PORT'";
		return false;
	}
	size_t hostlen = (size_t)(colon - s);
	if (hostlen == 0) {
		*why = "no host";
		return false;
	}
	if (hostlen > NODE_HOST_MAX) {
		*why = "host too long";
		return false;
	}
	if (s[0] == '[' ? s[hostlen - 1] != ']' || hostlen < 3 :
	    memchr(s, ':', hostlen) != NULL) {
		*why = "an IPv6 address must be in brackets";
		return false;
	}
	for (size_t i = 0; i < hostlen; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr(".-_[]:", s[i])) {
			*why = "bad character in host";
			return false;
		}
	char *end;
	errno = 0;
	unsigned long port = strtoul(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || errno != 0 || port == 0 ||
	    port > 65535) {
		*why = "port must be 1 to 65535";
		return false;
	}
	memcpy(e->host, s, hostlen);
	e->host[hostlen] = '\0';
	e->port = (unsigned)port;
	return true;
}

/* Parse one line (comments already cut) into E; returns 0 for a blank
 * line, 1 for an entry, -1 with the reason in WHY. */
static int
parse_line(char *line, struct node_entry *e, const char **why)
{
	char *save, *index = strtok_r(line, " \t\r\n", &save);
	if (index == NULL)
		return 0;
	char *address = strtok_r(NULL, " \t\r\n", &save);
	if (address == NULL) {
		*why = "expected INDEX HOST:PORT";
		return -1;
	}
	if (strtok_r(NULL, " \t\r\n", &save) != NULL) {
		*why = "unexpected text after HOST:PORT";
		return -1;
	}
	char *end;
	errno = 0;
	long n = strtol(index, &end, 10);
	if (*end != '\0' || errno != 0 || n < 0 || n > NODE_INDEX_MAX ||
	    !isdigit((unsigned char)index[0])) {
		*why = "the index must be a number from 0 to 1023";
		return -1;
	}
	e->index = (int)n;
	return parse_address(address, e, why) ? 1 : -1;
}

bool
node_table_load(const char *path, int self, struct node_table *t, char *err,
    size_t errlen)
{
	t->nodes = NULL;
	t->count = 0;
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return false;
	}
	char line[1024];
	unsigned lineno = 0;
	bool ok = true;
	while (ok && fgets(line, sizeof line, f) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			snprintf(err, errlen, "%s:%u: line too long", path, lineno);
			ok = false;
			break;
		}
		char *hash = strchr(line, '#');
		if (hash != NULL)
			*hash = '\0';
		struct node_entry e = { .line = lineno };
		const char *why = NULL;
		int r = parse_line(line, &e, &why);
		if (r == 0)
			continue;
		if (r < 0) {
			snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
			ok = false;
			break;
		}
		const struct node_entry *dup = node_table_find(t, e.index);
		if (dup != NULL) {
			snprintf(err, errlen, "%s:%u: node %d is defined twice "
			    "(first on line %u)", path, lineno, e.index, dup->line);
			ok = false;
			break;
		}
		struct node_entry *grown = realloc(t->nodes,
		    (t->count + 1) * sizeof *grown);
		if (grown == NULL) {
			snprintf(err, errlen, "%s: out of memory", path);
			ok = false;
			break;
		}
		t->nodes = grown;
		t->nodes[t->count++] = e;
	}
	fclose(f);
	if (ok && node_table_find(t, self) == NULL) {
		snprintf(err, errlen, "%s: this node (%d) is not in the table",
		    path, self);
		ok = false;
	}
	if (!ok)
		node_table_free(t);
	return ok;
}

const struct node_entry *
node_table_find(const struct node_table *t, int index)
{
	for (size_t i = 0; i < t->count; i++)
		if (t->nodes[i].index == index)
			return &t->nodes[i];
	return NULL;
}

void
node_table_free(struct node_table *t)
{
	free(t->nodes);
	t->nodes = NULL;
	t->count = 0;
}
