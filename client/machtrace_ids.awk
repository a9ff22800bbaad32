# machtrace_ids.awk: MIG's -list lines ("subsystem base routine index
# request-id reply-id") as machtrace's C table of routines by id.
BEGIN {
	print "/* Made by client/machtrace_ids.awk from MIG -list: do not edit. */"
	print "#include \"machtrace_ids.h\""
	print ""
	print "const struct machtrace_id machtrace_ids[] = {"
}
NF == 6 {
	printf "\t{ %d, \"%s\", \"%s\" },\n", $5, $3, $1
}
END {
	print "};"
	print "const size_t machtrace_nids = sizeof machtrace_ids / sizeof *machtrace_ids;"
}
