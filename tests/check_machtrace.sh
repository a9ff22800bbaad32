#!/bin/sh
# check_machtrace: machtrace(1) against a real machd.  A program run under
# it (the tutorial's examples): its own output unchanged, a line for each
# message with the routine named and the reply's code by name, its exit
# status passed on; a running task traced with -p; bad command lines.
set -u
. "$(dirname "$0")/harness.sh"

top=${TEST_BINDIR:?}/..
machtrace=$top/machtrace
bin=$top/examples
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
wait_for_sockets "$MACHEMU_SOCKET"

fail=0
# A program under machtrace: its output as without it, the trace apart.
"$machtrace" -o "$tmp/trace" "$bin/memory" > "$tmp/out" || fail=1
expect "$tmp/out" "copied page: \"written by the parent after task_create\""
expect "$tmp/trace" " send task_create (2007) to 0x"
expect "$tmp/trace" " recv task_create reply (2107) on 0x"
expect "$tmp/trace" ", 1 send = KERN_SUCCESS"
expect "$tmp/trace" " send vm_write (2027) to 0x"
expect "$tmp/trace" " = MACH_MSG_SUCCESS"
# A reply's code by name, and the program's exit status passed on
# (this machd is alone: node 7 is no node).
"$machtrace" -o "$tmp/trace2" "$bin/teleport" 7 > /dev/null 2>&1
rc=$?
[ $rc -eq 1 ] || { echo "FAIL: machtrace exited $rc, not 1"; fail=1; }
expect "$tmp/trace2" " recv norma_task_teleport reply (555109) on 0x"
expect "$tmp/trace2" "= KERN_INVALID_ARGUMENT"
expect "$tmp/trace2" " recv norma_node_self reply (555102) on 0x"

# A running task: the calculator server, traced while a client calls it,
# until it is killed.
"$bin/calc_server" > "$tmp/server.out" &
server=$!
wait_for_line "$tmp/server.out" serving
task=$("${MACHCTL:?}" tasks | awk -v pid=$server '$2 == pid { print $1 }')
[ -n "$task" ] || { echo "FAIL: no task for calc_server"; fail=1; }
"$machtrace" -o "$tmp/trace3" -p "$task" &
tracer=$!
wait_for_line "$tmp/trace3" "tracing task"
"$bin/calc_client" 7 2 > /dev/null 2>&1 || fail=1
kill "$server"
wait "$server" 2>/dev/null
server=
i=0
while kill -0 "$tracer" 2>/dev/null && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
if kill -0 "$tracer" 2>/dev/null; then
	echo "FAIL: machtrace -p did not end with its task"
	kill "$tracer"
	fail=1
fi
wait "$tracer" || { echo "FAIL: machtrace -p exited $?"; fail=1; }
expect "$tmp/trace3" "$task recv message 8000 on 0x"
expect "$tmp/trace3" "$task send message 8100 to 0x"

# Bad command lines: usage and 2; no such task: 1.
for args in "" "-p" "-p x" "-p 1 extra" "--frob"; do
	# shellcheck disable=SC2086
	"$machtrace" $args > "$tmp/usage" 2>&1
	rc=$?
	[ $rc -eq 2 ] || { echo "FAIL: machtrace $args exited $rc"; fail=1; }
done
expect "$tmp/usage" "usage: machtrace"
"$machtrace" -p 999999 > "$tmp/none" 2>&1
[ $? -eq 1 ] || { echo "FAIL: machtrace -p 999999 did not exit 1"; fail=1; }
expect "$tmp/none" "machtrace: no task 999999"

stop_machd "$machd" "$tmp/machd.log"
exit $fail
