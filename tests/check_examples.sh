#!/bin/sh
# check_examples: the tutorial's example programs (examples/, see
# doc/TUTORIAL.md) run against two real machd, nodes 0 and 1, and print
# what the tutorial says they print; both stop clean afterwards (exit 0:
# nothing leaked).
set -u
. "$(dirname "$0")/harness.sh"

bin=${TEST_BINDIR:?}/../examples
tmp=$(mktemp -d)
# Two nodes, for the teleport; the examples are tasks of node 0.  Their
# gRPC ports: two neighbours that this run's pid picks.
port=$((20000 + $$ % 6000 * 2))
printf '0 127.0.0.1:%d\n1 127.0.0.1:%d\n' $port $((port + 1)) > "$tmp/nodes"
export MACHEMU_SOCKET=$tmp/machd.sock
"${MACHD:?}" --socket "$MACHEMU_SOCKET" --node 0 --nodes "$tmp/nodes" \
	2> "$tmp/machd.log" &
machd=$!
"$MACHD" --socket "$tmp/node1.sock" --node 1 --nodes "$tmp/nodes" \
	2> "$tmp/node1.log" &
node1=$!
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	kill "$machd" "$node1" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
wait_for_sockets "$MACHEMU_SOCKET" "$tmp/node1.sock"

fail=0
# The calculator: a MIG server found through the name server.
"$bin/calc_server" > "$tmp/server.out" &
server=$!
wait_for_line "$tmp/server.out" serving
"$bin/calc_client" 7 2 > "$tmp/calc1" 2>&1
expect "$tmp/calc1" "7 + 2 = 9"
expect "$tmp/calc1" "7 / 2 = 3"
"$bin/calc_client" 7 0 > "$tmp/calc2" 2>&1
expect "$tmp/calc2" "7 / 0: (os/kern) invalid argument"
if "$bin/calc_client" seven 2 > "$tmp/calc3" 2>&1; then
	echo "FAIL: calc_client accepted a bad argument"
	fail=1
fi
expect "$tmp/calc3" "usage: calc_client A B"
kill "$server"
wait "$server" 2>/dev/null
server=

# A port right passed between tasks, and its dead-name notification.
"$bin/dead_name" > "$tmp/dead" 2>&1 || fail=1
expect "$tmp/dead" "received a send right from task"
expect "$tmp/dead" "now a dead name"

# Shared against copied memory after task_create.
"$bin/memory" > "$tmp/memory" 2>&1 || fail=1
expect "$tmp/memory" "\"written by the parent after task_create\""
expect "$tmp/memory" "\"written before task_create\""
expect "$tmp/memory" "shared page: \"written into the child with vm_write\""
expect "$tmp/memory" "copied page: \"written by the parent after task_create\""

# A task teleported to node 1, its list read there through child_task.
"$bin/teleport" 1 > "$tmp/teleport" 2>&1 || fail=1
expect "$tmp/teleport" "on node 0: a task with a list at 0x"
expect "$tmp/teleport" "teleported: the parent's name is now a dead name"
expect "$tmp/teleport" "the child lives on node 1; its list, read from node 0:"
expect "$tmp/teleport" ": \"pointers\""
expect "$tmp/teleport" ": \"valid\""
if "$bin/teleport" 7 > "$tmp/teleport2" 2>&1; then
	echo "FAIL: teleport to a node not in the table succeeded"
	fail=1
fi
expect "$tmp/teleport2" "norma_task_teleport: (os/kern) invalid argument"

stop_machd "$machd" "$tmp/machd.log"
stop_machd "$node1" "$tmp/node1.log"
exit $fail
