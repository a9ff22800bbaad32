# harness.sh: what the shell tests share; they source it.  Each sets
# fail=0 first, and exits with $fail.

# expect FILE TEXT: FILE has a line with TEXT, or the test fails.
expect() {
	if ! grep -qF -- "$2" "$1"; then
		echo "FAIL: no \"$2\" in:"
		cat "$1"
		fail=1
	fi
}

# wait_for_sockets PATH...: wait until each PATH is a socket (5 s at most).
wait_for_sockets() {
	for sock in "$@"; do
		i=0
		while [ ! -S "$sock" ] && [ $i -lt 100 ]; do
			sleep 0.05
			i=$((i + 1))
		done
	done
}

# stop_machd PID LOG: stop the machd PID with SIGTERM; the test fails
# unless it exits 0 (nothing leaked), and LOG is shown then.
stop_machd() {
	kill -TERM "$1"
	wait "$1"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "FAIL: machd exited $rc"
		cat "$2"
		fail=1
	fi
}

# wait_for_line FILE TEXT: wait until FILE has a line with TEXT (10 s at
# most), as a program says it is ready.
wait_for_line() {
	i=0
	until grep -qF -- "$2" "$1" 2>/dev/null || [ $i -ge 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
}
