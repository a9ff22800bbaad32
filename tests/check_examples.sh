#!/bin/sh
# check_examples: the tutorial's example programs (examples/, see
# doc/TUTORIAL.md) run against a real machd and print what the tutorial
# says they print; machd stops clean afterwards (exit 0: nothing leaked).
set -u

bin=${TEST_BINDIR:?}/../examples
tmp=$(mktemp -d)
export MACHEMU_SOCKET=$tmp/machd.sock
"${MACHD:?}" --socket "$MACHEMU_SOCKET" 2> "$tmp/machd.log" &
machd=$!
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	kill "$machd" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
i=0
while [ ! -S "$MACHEMU_SOCKET" ] && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done

fail=0
# expect FILE TEXT: FILE has a line with TEXT.
expect() {
	if ! grep -qF -- "$2" "$1"; then
		echo "FAIL: no \"$2\" in:"
		cat "$1"
		fail=1
	fi
}

# The calculator: a MIG server found through the name server.
"$bin/calc_server" > "$tmp/server.out" &
server=$!
i=0
until grep -q serving "$tmp/server.out" 2>/dev/null || [ $i -ge 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
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

kill -TERM "$machd"
wait "$machd"
rc=$?
if [ $rc -ne 0 ]; then
	echo "FAIL: machd exited $rc"
	cat "$tmp/machd.log"
	fail=1
fi
exit $fail
