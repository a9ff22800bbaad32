/*
 * mach_error: text for Mach error codes (<mach_error.h>), in the words
 * CMU's libmach and the GNU Hurd's glibc use, "(os/kern) invalid
 * argument" style.  It owns two tables: the subsystems, each a range of
 * codes with its "(system/subsystem)" prefix, and the codes themselves,
 * each with its full string.  They cover every code of GNU Mach's
 * <mach/kern_return.h> (plus the obsolete 11), the MACH_SEND_* and
 * MACH_RCV_* codes of <mach/message.h> and the MIG_* codes of
 * <mach/mig_errors.h>.
 *
 * Two normalisations happen before a look-up.  mach_msg codes may carry
 * the MACH_MSG_MASK bits that qualify a header or body error (e.g.
 * MACH_RCV_BODY_ERROR | MACH_MSG_VM_SPACE); those are dropped.  MIG
 * codes exist in two spellings: the historical negative values that MIG
 * stubs return (-300 ...) and the system 4, subsystem 2 encoding that CMU
 * intended for them (err_mach_ipc | err_sub(2) | n); the latter is
 * mapped onto the former.
 */
#include <stdio.h>

#include <mach/error.h>
#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/mig_errors.h>
#include <mach_error.h>

/* A range of codes that share a prefix. */
struct mach_error_subsystem {
	mach_error_t first;
	mach_error_t last;
	const char *name;
};

/* One known code. */
struct mach_error_entry {
	mach_error_t code;
	const char *text;
};

#define MACH_ERROR_KERN(s)	"(os/kern) " s
#define MACH_ERROR_SEND(s)	"(ipc/send) " s
#define MACH_ERROR_RCV(s)	"(ipc/rcv) " s
#define MACH_ERROR_MIG(s)	"(ipc/mig) " s

/* The mach_msg error subsystems, as codes are built in <mach/message.h>. */
#define MACH_ERROR_SEND_BASE	((mach_error_t) (err_mach_ipc | err_sub(0)))
#define MACH_ERROR_RCV_BASE	((mach_error_t) (err_mach_ipc | err_sub(1)))

static const struct mach_error_subsystem mach_error_subsystems[] = {
	{ KERN_SUCCESS, err_sub(1) - 1, "(os/kern)" },
	{ MACH_ERROR_SEND_BASE, MACH_ERROR_SEND_BASE + code_emask,
	    "(ipc/send)" },
	{ MACH_ERROR_RCV_BASE, MACH_ERROR_RCV_BASE + code_emask,
	    "(ipc/rcv)" },
	{ MIG_DESTROY_REQUEST, MIG_TYPE_ERROR, "(ipc/mig)" },
};

static const struct mach_error_entry mach_error_entries[] = {
	{ KERN_SUCCESS, MACH_ERROR_KERN("successful") },
	{ KERN_INVALID_ADDRESS, MACH_ERROR_KERN("invalid address") },
	{ KERN_PROTECTION_FAILURE, MACH_ERROR_KERN("protection failure") },
	{ KERN_NO_SPACE, MACH_ERROR_KERN("no space available") },
	{ KERN_INVALID_ARGUMENT, MACH_ERROR_KERN("invalid argument") },
	{ KERN_FAILURE, MACH_ERROR_KERN("failure") },
	{ KERN_RESOURCE_SHORTAGE, MACH_ERROR_KERN("resource shortage") },
	{ KERN_NOT_RECEIVER, MACH_ERROR_KERN("not receiver") },
	{ KERN_NO_ACCESS, MACH_ERROR_KERN("no access") },
	{ KERN_MEMORY_FAILURE, MACH_ERROR_KERN("memory failure") },
	{ KERN_MEMORY_ERROR, MACH_ERROR_KERN("memory error") },
	{ 11, MACH_ERROR_KERN("already in set") },	/* obsolete */
	{ KERN_NOT_IN_SET, MACH_ERROR_KERN("not in set") },
	{ KERN_NAME_EXISTS, MACH_ERROR_KERN("name exists") },
	{ KERN_ABORTED, MACH_ERROR_KERN("aborted") },
	{ KERN_INVALID_NAME, MACH_ERROR_KERN("invalid name") },
	{ KERN_INVALID_TASK, MACH_ERROR_KERN("invalid task") },
	{ KERN_INVALID_RIGHT, MACH_ERROR_KERN("invalid right") },
	{ KERN_INVALID_VALUE, MACH_ERROR_KERN("invalid value") },
	{ KERN_UREFS_OVERFLOW, MACH_ERROR_KERN("urefs overflow") },
	{ KERN_INVALID_CAPABILITY, MACH_ERROR_KERN("invalid capability") },
	{ KERN_RIGHT_EXISTS, MACH_ERROR_KERN("right exists") },
	{ KERN_INVALID_HOST, MACH_ERROR_KERN("invalid host") },
	{ KERN_MEMORY_PRESENT, MACH_ERROR_KERN("memory present") },
	{ KERN_WRITE_PROTECTION_FAILURE,
	    MACH_ERROR_KERN("write protection failure") },
	{ KERN_TERMINATED, MACH_ERROR_KERN("terminated") },
	{ KERN_TIMEDOUT, MACH_ERROR_KERN("timed out") },
	{ KERN_INTERRUPTED, MACH_ERROR_KERN("interrupted") },

	{ MACH_SEND_IN_PROGRESS, MACH_ERROR_SEND("send in progress") },
	{ MACH_SEND_INVALID_DATA, MACH_ERROR_SEND("invalid data") },
	{ MACH_SEND_INVALID_DEST,
	    MACH_ERROR_SEND("invalid destination port") },
	{ MACH_SEND_TIMED_OUT, MACH_ERROR_SEND("timed out") },
	{ MACH_SEND_WILL_NOTIFY, MACH_ERROR_SEND("will notify") },
	{ MACH_SEND_NOTIFY_IN_PROGRESS,
	    MACH_ERROR_SEND("notify in progress") },
	{ MACH_SEND_INTERRUPTED, MACH_ERROR_SEND("interrupted") },
	{ MACH_SEND_MSG_TOO_SMALL, MACH_ERROR_SEND("msg too small") },
	{ MACH_SEND_INVALID_REPLY, MACH_ERROR_SEND("invalid reply port") },
	{ MACH_SEND_INVALID_RIGHT, MACH_ERROR_SEND("invalid port right") },
	{ MACH_SEND_INVALID_NOTIFY, MACH_ERROR_SEND("invalid notify port") },
	{ MACH_SEND_INVALID_MEMORY, MACH_ERROR_SEND("invalid memory") },
	{ MACH_SEND_NO_BUFFER, MACH_ERROR_SEND("no msg buffer") },
	{ MACH_SEND_NO_NOTIFY, MACH_ERROR_SEND("no notify possible") },
	{ MACH_SEND_INVALID_TYPE, MACH_ERROR_SEND("invalid msg-type") },
	{ MACH_SEND_INVALID_HEADER, MACH_ERROR_SEND("invalid msg-header") },

	{ MACH_RCV_IN_PROGRESS, MACH_ERROR_RCV("receive in progress") },
	{ MACH_RCV_INVALID_NAME, MACH_ERROR_RCV("invalid name") },
	{ MACH_RCV_TIMED_OUT, MACH_ERROR_RCV("timed out") },
	{ MACH_RCV_TOO_LARGE, MACH_ERROR_RCV("msg too large") },
	{ MACH_RCV_INTERRUPTED, MACH_ERROR_RCV("interrupted") },
	{ MACH_RCV_PORT_CHANGED, MACH_ERROR_RCV("port changed") },
	{ MACH_RCV_INVALID_NOTIFY, MACH_ERROR_RCV("invalid notify port") },
	{ MACH_RCV_INVALID_DATA, MACH_ERROR_RCV("invalid data") },
	{ MACH_RCV_PORT_DIED, MACH_ERROR_RCV("port died") },
	{ MACH_RCV_IN_SET, MACH_ERROR_RCV("port in set") },
	{ MACH_RCV_HEADER_ERROR, MACH_ERROR_RCV("header error") },
	{ MACH_RCV_BODY_ERROR, MACH_ERROR_RCV("body error") },

	{ 1000, "(servers/netname) not yours" },
	{ 1001, "(servers/netname) not checked in" },
	{ 1002, "(servers/netname) no such host" },
	{ 1003, "(servers/netname) host not found" },
	{ 1004, "(servers/netname) invalid port" },

	{ MIG_TYPE_ERROR, MACH_ERROR_MIG("client type check failure") },
	{ MIG_REPLY_MISMATCH, MACH_ERROR_MIG("wrong reply message ID") },
	{ MIG_REMOTE_ERROR, MACH_ERROR_MIG("server detected error") },
	{ MIG_BAD_ID, MACH_ERROR_MIG("bad request message ID") },
	{ MIG_BAD_ARGUMENTS, MACH_ERROR_MIG("server type check failure") },
	{ MIG_NO_REPLY, MACH_ERROR_MIG("no reply should be sent") },
	{ MIG_EXCEPTION, MACH_ERROR_MIG("server raised exception") },
	{ MIG_ARRAY_TOO_LARGE, MACH_ERROR_MIG("array not large enough") },
	{ MIG_SERVER_DIED, MACH_ERROR_MIG("server died") },
	{ MIG_DESTROY_REQUEST,
	    MACH_ERROR_MIG("destroy request with no reply") },
};

#define MACH_ERROR_COUNT(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The spelling of ERR that the tables use: mach_msg codes without their
 * MACH_MSG_MASK qualifier bits, MIG codes as their negative values.
 */
static mach_error_t
mach_error_normalise(mach_error_t err)
{
	unsigned code = err_get_code(err);

	if (err_get_system(err) != err_get_system(err_mach_ipc))
		return err;
	switch (err_get_sub(err)) {
	case 0:
	case 1:
		return (mach_error_t) ((unsigned) err & ~MACH_MSG_MASK);
	case 2:
		if (code <= (unsigned) (MIG_TYPE_ERROR - MIG_DESTROY_REQUEST))
			return MIG_TYPE_ERROR - (mach_error_t) code;
		return err;
	default:
		return err;
	}
}

/* The table entry for ERR (already normalised), or NULL. */
static const struct mach_error_entry *
mach_error_lookup(mach_error_t err)
{
	size_t i;

	for (i = 0; i < MACH_ERROR_COUNT(mach_error_entries); i++)
		if (mach_error_entries[i].code == err)
			return &mach_error_entries[i];
	return NULL;
}

/*
 * The meaning of ERROR_VALUE, e.g. "(os/kern) invalid argument", or
 * "(unknown) error code 0x..." for a code not in the tables (formatted
 * into a per-thread buffer that the thread's next call reuses).
 */
const char *
mach_error_string(mach_error_t error_value)
{
	static __thread char unknown[sizeof("(unknown) error code 0x") + 8];
	const struct mach_error_entry *e;

	e = mach_error_lookup(mach_error_normalise(error_value));
	if (e != NULL)
		return e->text;
	snprintf(unknown, sizeof unknown, "(unknown) error code 0x%x",
	    (unsigned) error_value);
	return unknown;
}

/*
 * The subsystem ERROR_VALUE belongs to, e.g. "(os/kern)" or "(ipc/rcv)",
 * known code or not; "(unknown)" outside the subsystems in the table.
 */
const char *
mach_error_type(mach_error_t error_value)
{
	mach_error_t err = mach_error_normalise(error_value);
	size_t i;

	for (i = 0; i < MACH_ERROR_COUNT(mach_error_subsystems); i++)
		if (err >= mach_error_subsystems[i].first &&
		    err <= mach_error_subsystems[i].last)
			return mach_error_subsystems[i].name;
	return "(unknown)";
}

/* Print "STR meaning (0x...)" and a newline to stderr. */
void
mach_error(const char *str, mach_error_t error_value)
{
	fprintf(stderr, "%s %s (0x%x)\n", str != NULL ? str : "",
	    mach_error_string(error_value), (unsigned) error_value);
}
