/* Module machemu */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#define EXPORT_BOOLEAN
#include <mach/boolean.h>
#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/mig_errors.h>
#include <mach/mig_support.h>
#include <stdint.h>

#ifndef	mig_internal
#define	mig_internal	static
#endif

#ifndef	mig_external
#define mig_external
#endif

#ifndef	mig_unlikely
#define	mig_unlikely(X)	__builtin_expect (!! (X), 0)
#endif

#ifndef	TypeCheck
#define	TypeCheck 1
#endif

#ifndef	UseExternRCSId
#define	UseExternRCSId		1
#endif

#define BAD_TYPECHECK(type, check) mig_unlikely (({\
  union { mach_msg_type_t t; uint32_t w; } _t, _c;\
  _t.t = *(type); _c.t = *(check);_t.w != _c.w; }))
#define msgh_request_port	msgh_local_port
#define MACH_MSGH_BITS_REQUEST(bits)	MACH_MSGH_BITS_LOCAL(bits)
#define msgh_reply_port		msgh_remote_port
#define MACH_MSGH_BITS_REPLY(bits)	MACH_MSGH_BITS_REMOTE(bits)

#include <mach/std_types.h>
#include <mach/mach_types.h>
#include <mach/machemu_node.h>

/* Routine task_attach_token */
mig_internal void _Xtask_attach_token
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t tokenType;
		uint64_t token;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_task_attach_token
		(mach_port_t target_task, uint64_t *token);

	const mach_msg_type_t tokenType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_task_attach_token(In0P->Head.msgh_request_port, &OutP->token);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 52;

	OutP->tokenType = tokenType;
}

/* Default implementation of S_task_attach_token */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_task_attach_token
(
	mach_port_t target_task,
	uint64_t *token
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine task_get_ids */
mig_internal void _Xtask_get_ids
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t task_idType;
		uint64_t task_id;
		mach_msg_type_t pidType;
		int pid;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_task_get_ids
		(mach_port_t target_task, uint64_t *task_id, int *pid);

	const mach_msg_type_t task_idType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t pidType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_task_get_ids(In0P->Head.msgh_request_port, &OutP->task_id, &OutP->pid);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 60;

	OutP->task_idType = task_idType;

	OutP->pidType = pidType;
}

/* Default implementation of S_task_get_ids */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_task_get_ids
(
	mach_port_t target_task,
	uint64_t *task_id,
	int *pid
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine node_statistics */
mig_internal void _Xnode_statistics
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t tasksType;
		uint64_t tasks;
		mach_msg_type_t portsType;
		uint64_t ports;
		mach_msg_type_t port_setsType;
		uint64_t port_sets;
		mach_msg_type_t messages_queuedType;
		uint64_t messages_queued;
		mach_msg_type_t memory_objectsType;
		uint64_t memory_objects;
		mach_msg_type_t messages_sentType;
		uint64_t messages_sent;
		mach_msg_type_t proxiesType;
		uint64_t proxies;
		mach_msg_type_t ports_exportedType;
		uint64_t ports_exported;
		mach_msg_type_t messages_forwardedType;
		uint64_t messages_forwarded;
		mach_msg_type_t messages_deliveredType;
		uint64_t messages_delivered;
		mach_msg_type_t bytes_moved_outType;
		uint64_t bytes_moved_out;
		mach_msg_type_t bytes_moved_inType;
		uint64_t bytes_moved_in;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_node_statistics
		(mach_port_t host, uint64_t *tasks, uint64_t *ports, uint64_t *port_sets, uint64_t *messages_queued, uint64_t *memory_objects, uint64_t *messages_sent, uint64_t *proxies, uint64_t *ports_exported, uint64_t *messages_forwarded, uint64_t *messages_delivered, uint64_t *bytes_moved_out, uint64_t *bytes_moved_in);

	const mach_msg_type_t tasksType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t portsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t port_setsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t messages_queuedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t memory_objectsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t messages_sentType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t proxiesType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t ports_exportedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t messages_forwardedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t messages_deliveredType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t bytes_moved_outType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

	const mach_msg_type_t bytes_moved_inType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(uint64_t) == 8 * 1, "expected uint64_t to be size 8 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_node_statistics(In0P->Head.msgh_request_port, &OutP->tasks, &OutP->ports, &OutP->port_sets, &OutP->messages_queued, &OutP->memory_objects, &OutP->messages_sent, &OutP->proxies, &OutP->ports_exported, &OutP->messages_forwarded, &OutP->messages_delivered, &OutP->bytes_moved_out, &OutP->bytes_moved_in);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 184;

	OutP->tasksType = tasksType;

	OutP->portsType = portsType;

	OutP->port_setsType = port_setsType;

	OutP->messages_queuedType = messages_queuedType;

	OutP->memory_objectsType = memory_objectsType;

	OutP->messages_sentType = messages_sentType;

	OutP->proxiesType = proxiesType;

	OutP->ports_exportedType = ports_exportedType;

	OutP->messages_forwardedType = messages_forwardedType;

	OutP->messages_deliveredType = messages_deliveredType;

	OutP->bytes_moved_outType = bytes_moved_outType;

	OutP->bytes_moved_inType = bytes_moved_inType;
}

/* Default implementation of S_node_statistics */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_node_statistics
(
	mach_port_t host,
	uint64_t *tasks,
	uint64_t *ports,
	uint64_t *port_sets,
	uint64_t *messages_queued,
	uint64_t *memory_objects,
	uint64_t *messages_sent,
	uint64_t *proxies,
	uint64_t *ports_exported,
	uint64_t *messages_forwarded,
	uint64_t *messages_delivered,
	uint64_t *bytes_moved_out,
	uint64_t *bytes_moved_in
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine node_health */
mig_internal void _Xnode_health
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t nodesType;
		union {
			integer_t nodes[3072];
			integer_t *nodesP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_node_health
		(mach_port_t host, node_health_t nodes, mach_msg_type_number_t *nodesCnt);

	const mach_msg_type_t nodesType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		3072,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	mach_msg_type_number_t nodesCnt;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	nodesCnt = 3072;

	OutP->RetCode = S_node_health(In0P->Head.msgh_request_port, OutP->nodes, &nodesCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->nodesType = nodesType;

	OutP->nodesType.msgt_number = nodesCnt;
	OutP->Head.msgh_size = 44 + (4 * nodesCnt);
}

/* Default implementation of S_node_health */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_node_health
(
	mach_port_t host,
	node_health_t nodes,
	mach_msg_type_number_t *nodesCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t machemu_server_routines[] = {
		_Xtask_attach_token,
		_Xtask_get_ids,
		_Xnode_statistics,
		_Xnode_health,
};

mig_external boolean_t machemu_server
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
	mach_msg_header_t *InP =  InHeadP;
	mig_reply_header_t *OutP = (mig_reply_header_t *) OutHeadP;

	const mach_msg_type_t RetCodeType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(kern_return_t) == 4 * 1, "expected kern_return_t to be size 4 * 1");

	mig_routine_t routine;

	OutP->Head.msgh_bits = MACH_MSGH_BITS(MACH_MSGH_BITS_REPLY(InP->msgh_bits), 0);
	OutP->Head.msgh_size = sizeof *OutP;
	OutP->Head.msgh_remote_port = InP->msgh_reply_port;
	OutP->Head.msgh_local_port = MACH_PORT_NULL;
	OutP->Head.msgh_seqno = 0;
	OutP->Head.msgh_id = InP->msgh_id + 100;

	OutP->RetCodeType = RetCodeType;

	if ((InP->msgh_id > 7803) || (InP->msgh_id < 7800) ||
	    ((routine = machemu_server_routines[InP->msgh_id - 7800]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

