#!/bin/sh
# setup.sh: install what machemu needs, build it, and either run the demo
# or the whole test suite.  Run as root on Debian 12 from the top of a
# checkout:
#   ./setup.sh demo   build, start machd, run the demo program, stop machd
#   ./setup.sh test   build and run the whole suite: plain, under ASan and
#                     UBSan, and make distcheck
set -eu

usage() {
	echo "usage: ./setup.sh demo|test" >&2
	exit 2
}

[ $# -eq 1 ] || usage
case $1 in demo|test) ;; *) usage ;; esac

top=$(cd "$(dirname "$0")" && pwd)
cd "$top"
jobs=$(nproc 2>/dev/null || echo 2)

# Debian packages only; nothing is downloaded at build or run time.
# man-db is for the test that renders the man pages; binutils (nm) for
# the conformance report; bsdutils (script) gives machctl's test a
# terminal.
packages="mig-x86-64-gnu gnumach-dev libgrpc-dev libprotobuf-c-dev
	protobuf-c-compiler check autoconf automake libtool pkg-config make gcc
	man-db binutils bsdutils"
install_packages() {
	missing=
	for p in $packages; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
			grep -q "install ok installed" || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "setup.sh: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing
}

# build DIR [configure flags]: an out-of-tree build.
build() {
	dir=$1
	shift
	[ -x configure ] || autoreconf -fi
	mkdir -p "$dir"
	(cd "$dir" && { [ -f Makefile ] || ../configure --quiet "$@"; } &&
		make -j"$jobs")
}

# Print the suite's totals as "N passed, N failed": each check of the
# Check programs (from their logs), and each shell test (from the
# .trs automake writes beside its log).
totals() {
	for log in "$@"; do
		case $log in
		*.sh.log) sed -n 's/^:test-result: \(.*\)/sh \1/p' \
		    "${log%.log}.trs" ;;
		*) cat "$log" ;;
		esac
	done | awk '/Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+/ {
		for (i = 1; i <= NF; i++) {
			if ($i == "Checks:") c += $(i + 1)
			if ($i == "Failures:") f += $(i + 1)
			if ($i == "Errors:") e += $(i + 1)
		}
	}
	$1 == "sh" && $2 != "SKIP" { c++; if ($2 != "PASS") f++ }
	END { printf "%d passed, %d failed\n", c - f - e, f + e }'
}

# run_suite DIR: make check there; show the logs of failures.
run_suite() {
	if ! (cd "$1" && make -j"$jobs" check); then
		for log in "$1"/tests/*.log; do
			grep -q "^FAIL\|^ERROR" "${log%.log}.trs" 2>/dev/null &&
				cat "$log"
		done
		return 1
	fi
}

install_packages

if [ "$1" = demo ]; then
	build _build
	sock="$top/_build/demo.sock"
	_build/machd --socket "$sock" --log-level warn &
	machd=$!
	trap 'kill $machd 2>/dev/null; wait $machd 2>/dev/null' EXIT
	i=0
	while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	(cd _build && make -s demo >/dev/null)
	MACHEMU_SOCKET=$sock _build/tests/demo
	exit 0
fi

status=0
build _build
run_suite _build || status=1
echo "== plain build: $(totals _build/tests/*.log)"
build _build-sanitize --enable-sanitizers
run_suite _build-sanitize || status=1
echo "== ASan+UBSan build: $(totals _build-sanitize/tests/*.log)"
(cd _build && make -j"$jobs" distcheck) || status=1
totals _build/tests/*.log _build-sanitize/tests/*.log
exit $status
