#!/bin/sh
# check_conformance_report: conformance_report.sh sorts each page into
# passed, failed, untested or not implemented, from a TAP log written
# here and the machd and libmachemu of this build.
set -eu

top=${TEST_BINDIR:?}/..
src=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Columns as in manpages.tsv: name group tier defs_file subsystem msg_id
# is_trap.  vm_protect is served by machd but gets no test line here;
# semaphore_create is served by nobody; mach_reply_port is a trap
# libmachemu exports; task_create has a failing test; vm_region is T3 in
# this table and must not appear.
printf 'name\tgroup\ttier\tdefs_file\tsubsystem\tmsg_id\tis_trap\n' > "$tmp/tsv"
for row in "vm_copy VM T1 mach/mach.defs mach 2020 no" \
    "task_create task T1 mach/mach.defs mach 2008 no" \
    "vm_protect VM T1 mach/mach.defs mach 2015 no" \
    "semaphore_create semaphores T2 - - - no" \
    "mach_reply_port ports T1 - - - yes" \
    "vm_region VM T3 mach/mach.defs mach 2029 no"; do
	echo "$row" | tr ' ' '\t' >> "$tmp/tsv"
done
cat > "$tmp/tap" <<TAP
ok 1 - /src/tests/conformance/vm_copy.c:vm_copy:a: Passed
ok 2 - /src/tests/conformance/vm_copy.c:vm_copy:b: Passed
ok 3 - /src/tests/conformance/task_create.c:task_create:a: Passed
not ok 4 - /src/tests/conformance/common.c:task_create:b: failed in a helper
ok 5 - /src/tests/conformance/vm_region.c:vm_region:a: Passed
1..5
TAP
# Man pages: vm_copy is named where deviations are, task_create only
# under SEE ALSO.
mkdir "$tmp/man"
printf '.SH DEVIATIONS FROM THE MACH MAN PAGES\n\\fBvm_copy\\fR differs.\n.SH SEE ALSO\ntask_create\n' \
    > "$tmp/man/machemu-vm.7"
printf '.SH WHERE MACHEMU FOLLOWS THE PAGES, NOT GNU MACH\n.B vm_copy\n' \
    > "$tmp/man/other.3"

sh "$src/conformance_report.sh" "$tmp/tsv" "$tmp/tap" "$top/machd" \
    "$top/.libs/libmachemu.so" "$tmp/man" > "$tmp/report"

fail=0
expect() {
	if ! grep -qF -- "$1" "$tmp/report"; then
		echo "FAIL: no line with: $1"
		fail=1
	fi
}
expect '| vm_copy | VM | T1 | passed | 2/2 | tests/conformance/vm_copy.c, machemu-vm(7), other(3) |'
expect '| task_create | task | T1 | failed | 1/2 | tests/conformance/task_create.c |'
expect '| vm_protect | VM | T1 | untested | - | - |'
expect '| semaphore_create | semaphores | T2 | not implemented | - | - |'
expect '| mach_reply_port | ports | T1 | untested | - | - |'
expect '| T1 | 1 | 1 | 2 | 0 |'
expect '| T2 | 0 | 0 | 0 | 1 |'
if grep -q '| vm_region |' "$tmp/report"; then
	echo "FAIL: a T3 page is in the report"
	fail=1
fi
# Bad arguments: a usage message and a non-zero exit.
if sh "$src/conformance_report.sh" "$tmp/tsv" 2>/dev/null; then
	echo "FAIL: too few arguments accepted"
	fail=1
fi
if sh "$src/conformance_report.sh" "$tmp/tsv" "$tmp/none" "$top/machd" \
    "$top/.libs/libmachemu.so" "$tmp/man" 2>/dev/null; then
	echo "FAIL: a missing TAP log accepted"
	fail=1
fi
[ $fail -eq 0 ] || cat "$tmp/report"
exit $fail
