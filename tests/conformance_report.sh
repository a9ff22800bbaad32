#!/bin/sh
# conformance_report.sh: the conformance table `make conformance` writes.
#
# usage: conformance_report.sh TSV TAP MACHD LIBMACHEMU_SO MANDIR
#
# One row per man page of tiers T1 and T2 in TSV (the catalogue of the
# Mach Kernel Interface Reference Manual, tests/conformance/manpages.tsv),
# with the result of its conformance tests as check_conformance logged
# them in TAP (the tests of page PAGE, in tests/conformance/PAGE.c, form
# the test case PAGE):
#   passed           every test of the page passed;
#   failed           some test of the page failed;
#   untested         no test yet, but machemu serves the call: machd
#                    defines the server routine S_PAGE (MIG's weak
#                    default, which answers MIG_BAD_ID, does not count) or
#                    libmachemu exports PAGE itself (traps, library
#                    calls, OSF calls GNU Mach has no message for; not
#                    routines of a .defs, whose user stubs it holds
#                    whether or not machd serves them);
#   not implemented  neither.
# The notes column points to where the deviations are written down: the
# test file's header names what it checks and why it differs from the
# page; the machemu man pages (in MANDIR) whose DEVIATIONS section, or
# section on where machemu follows the pages, names the call.
set -eu

if [ $# -ne 5 ]; then
	echo "usage: $0 TSV TAP MACHD LIBMACHEMU_SO MANDIR" >&2
	exit 2
fi
tsv=$1 tap=$2 machd=$3 lib=$4 mandir=$5
for f in "$tsv" "$tap" "$machd" "$lib" "$mandir"; do
	if [ ! -r "$f" ]; then
		echo "$0: cannot read $f" >&2
		exit 2
	fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# What machd serves (strong S_ routines) and what libmachemu exports.
nm "$machd" | awk '$2 == "T" && $3 ~ /^S_/ { print substr($3, 3) }' \
    > "$tmp/served"
nm -D --defined-only "$lib" | awk '$2 == "T" { print $3 }' > "$tmp/exported"
# "PAGE(SECTION) line" for each line of those sections of each page.
for man in "$mandir"/*.[0-9]; do
	name=$(basename "$man")
	ref="${name%.*}(${name##*.})"
	awk -v ref="$ref" '/^\.SH / {
		keep = $0 ~ /^\.SH (DEVIATIONS|WHERE MACHEMU FOLLOWS)/
		next
	} keep { print ref, $0 }' "$man"
done > "$tmp/deviations"

awk -F'\t' -v tap="$tap" -v served="$tmp/served" \
    -v exported="$tmp/exported" -v deviations="$tmp/deviations" '
BEGIN {
	while ((getline line < served) > 0) is_served[line] = 1
	while ((getline line < exported) > 0) is_exported[line] = 1
	while ((getline line < deviations) > 0) {
		ref = substr(line, 1, index(line, " ") - 1)
		line = substr(line, index(line, " ") + 1)
		gsub(/\\f[BIRP]/, " ", line)	# troff font changes
		n = split(line, word, /[^A-Za-z0-9_]+/)
		for (i = 1; i <= n; i++) {
			had = word[i] in noted ? noted[word[i]] : ""
			if (index(", " had ", ", ", " ref ", ") == 0)
				noted[word[i]] = had (had == "" ? "" : ", ") ref
		}
	}
	# TAP lines: "ok N - FILE:PAGE:test: message", PAGE being the
	# test case (FILE is where the test stopped, a file of helpers if
	# it failed in one).
	while ((getline line < tap) > 0) {
		if (line !~ /^(not )?ok /)
			continue
		test = line
		sub(/^[^-]*- /, "", test)
		split(test, field, ":")
		page = field[2]
		total[page]++
		if (line ~ /^ok /)
			ok[page]++
	}
}
NR == 1 { next }
$3 != "T1" && $3 != "T2" { next }
{
	name = $1
	if (name in total) {
		result = ok[name] == total[name] ? "passed" : "failed"
		tests = ok[name] + 0 "/" total[name]
		notes = "tests/conformance/" name ".c"
	} else {
		# libmachemu holds the MIG user stub of every routine of
		# the .defs it uses: for those only machd serving it counts.
		rpc = $7 == "no" && $4 != "-"
		result = (name in is_served || \
		    (!rpc && name in is_exported)) ? \
		    "untested" : "not implemented"
		tests = "-"
		notes = ""
	}
	if (name in noted)
		notes = notes (notes == "" ? "" : ", ") noted[name]
	if (notes == "")
		notes = "-"
	count[$3, result]++
	count["all", result]++
	rows[NR] = sprintf("| %s | %s | %s | %s | %s | %s |", name, $2, $3,
	    result, tests, notes)
	last = NR
}
END {
	print "# machemu conformance report"
	print ""
	print "One row per man page of tiers T1 and T2 of the Mach Kernel"
	print "Interface Reference Manual; written by `make conformance`."
	print ""
	print "| tier | passed | failed | untested | not implemented |"
	print "|---|---:|---:|---:|---:|"
	split("T1 T2 all", tiers, " ")
	for (i = 1; i <= 3; i++) {
		t = tiers[i]
		printf "| %s | %d | %d | %d | %d |\n", t, count[t, "passed"],
		    count[t, "failed"], count[t, "untested"],
		    count[t, "not implemented"]
	}
	print ""
	print "| page | group | tier | result | tests passed | deviation notes |"
	print "|---|---|---|---|---:|---|"
	for (i = 2; i <= last; i++)
		if (i in rows)
			print rows[i]
}' "$tsv"
