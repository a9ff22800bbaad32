/*
 * node_table: the cluster's node table, a file that maps node indices to
 * the gRPC addresses of their machd, one node a line:
 *
 *	# comment
 *	0 127.0.0.1:7100
 *	1 127.0.0.1:7101	# a comment may end a line
 *
 * A bad table is refused with the line and the problem.
 */
#ifndef MACHEMU_NODE_TABLE_H
#define MACHEMU_NODE_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#define NODE_INDEX_MAX	1023		/* indices are 0..NODE_INDEX_MAX */
#define NODE_HOST_MAX	255

struct node_entry {
	int index;
	char host[NODE_HOST_MAX + 1];	/* a name, an IPv4 or [IPv6] address */
	unsigned port;
	unsigned line;			/* where the file defines it */
};

struct node_table {
	struct node_entry *nodes;
	size_t count;
};

/*
 * Read the table at PATH for the node SELF, which must be in it.  On
 * failure returns false with "PATH:LINE: problem" (or "PATH: problem")
 * in ERR and T empty.
 */
bool node_table_load(const char *path, int self, struct node_table *t,
    char *err, size_t errlen);

/* The entry of node INDEX, or NULL. */
const struct node_entry *node_table_find(const struct node_table *t, int index);

void node_table_free(struct node_table *t);

#endif
