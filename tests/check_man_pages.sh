#!/bin/sh
# check_man_pages: every page in man/ renders with man -l and groff's
# warnings on, without a single warning.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v man >/dev/null; then
	echo "check_man_pages: man is not installed (Debian package man-db)"
	exit 77
fi

fail=0
for page in "$src"/man/*.[0-9]; do
	# --warnings=w: all of groff's warnings; MANWIDTH: the same lines
	# on every terminal.
	err=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=w -E UTF-8 -l "$page" \
	    2>&1 >/dev/null) || { echo "FAIL: man -l $page failed: $err"; fail=1; }
	if [ -n "$err" ]; then
		echo "FAIL: $page:"
		echo "$err"
		fail=1
	fi
done
exit $fail
