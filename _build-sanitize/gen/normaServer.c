/* Module mach_norma */

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

/* Routine task_set_child_node */
mig_internal void _Xtask_set_child_node
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t child_nodeType;
		int child_node;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_task_set_child_node
		(mach_port_t target_task, int child_node);

	const mach_msg_type_t child_nodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->child_nodeType, &child_nodeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_task_set_child_node(In0P->Head.msgh_request_port, In0P->child_node);
}

/* Default implementation of S_task_set_child_node */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_task_set_child_node
(
	mach_port_t target_task,
	int child_node
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_node_self */
mig_internal void _Xnorma_node_self
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
		mach_msg_type_t nodeType;
		int node;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_node_self
		(mach_port_t host, int *node);

	const mach_msg_type_t nodeType = {
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

	OutP->RetCode = S_norma_node_self(In0P->Head.msgh_request_port, &OutP->node);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->nodeType = nodeType;
}

/* Default implementation of S_norma_node_self */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_node_self
(
	mach_port_t host,
	int *node
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_task_clone */
mig_internal void _Xnorma_task_clone
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t inherit_memoryType;
		boolean_t inherit_memory;
		mach_msg_type_t child_nodeType;
		int child_node;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t child_taskType;
		mach_port_t child_task;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_task_clone
		(mach_port_t target_task, boolean_t inherit_memory, int child_node, mach_port_t *child_task);

	const mach_msg_type_t inherit_memoryCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_nodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_taskType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->inherit_memoryType, &inherit_memoryCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->child_nodeType, &child_nodeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_task_clone(In0P->Head.msgh_request_port, In0P->inherit_memory, In0P->child_node, &OutP->child_task);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->child_taskType = child_taskType;
}

/* Default implementation of S_norma_task_clone */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_task_clone
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_task_create */
mig_internal void _Xnorma_task_create
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t inherit_memoryType;
		boolean_t inherit_memory;
		mach_msg_type_t child_nodeType;
		int child_node;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t child_taskType;
		mach_port_t child_task;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_task_create
		(mach_port_t target_task, boolean_t inherit_memory, int child_node, mach_port_t *child_task);

	const mach_msg_type_t inherit_memoryCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_nodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_taskType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->inherit_memoryType, &inherit_memoryCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->child_nodeType, &child_nodeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_task_create(In0P->Head.msgh_request_port, In0P->inherit_memory, In0P->child_node, &OutP->child_task);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->child_taskType = child_taskType;
}

/* Default implementation of S_norma_task_create */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_task_create
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_get_special_port */
mig_internal void _Xnorma_get_special_port
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nodeType;
		int node;
		mach_msg_type_t whichType;
		int which;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t portType;
		mach_port_t port;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_get_special_port
		(mach_port_t host_priv, int node, int which, mach_port_t *port);

	const mach_msg_type_t nodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t whichCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t portType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nodeType, &nodeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->whichType, &whichCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_get_special_port(In0P->Head.msgh_request_port, In0P->node, In0P->which, &OutP->port);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->portType = portType;
}

/* Default implementation of S_norma_get_special_port */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_get_special_port
(
	mach_port_t host_priv,
	int node,
	int which,
	mach_port_t *port
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_set_special_port */
mig_internal void _Xnorma_set_special_port
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t whichType;
		int which;
		mach_msg_type_t portType;
		mach_port_t port;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_set_special_port
		(mach_port_t host_priv, int which, mach_port_t port);

	const mach_msg_type_t whichCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t portCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->whichType, &whichCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->portType, &portCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_set_special_port(In0P->Head.msgh_request_port, In0P->which, In0P->port);
}

/* Default implementation of S_norma_set_special_port */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_set_special_port
(
	mach_port_t host_priv,
	int which,
	mach_port_t port
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_task_teleport */
mig_internal void _Xnorma_task_teleport
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t inherit_memoryType;
		boolean_t inherit_memory;
		mach_msg_type_t child_nodeType;
		int child_node;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t child_taskType;
		mach_port_t child_task;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_task_teleport
		(mach_port_t target_task, boolean_t inherit_memory, int child_node, mach_port_t *child_task);

	const mach_msg_type_t inherit_memoryCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_nodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t child_taskType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->inherit_memoryType, &inherit_memoryCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->child_nodeType, &child_nodeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_task_teleport(In0P->Head.msgh_request_port, In0P->inherit_memory, In0P->child_node, &OutP->child_task);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->child_taskType = child_taskType;
}

/* Default implementation of S_norma_task_teleport */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_task_teleport
(
	mach_port_t target_task,
	boolean_t inherit_memory,
	int child_node,
	mach_port_t *child_task
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine norma_port_location_hint */
mig_internal void _Xnorma_port_location_hint
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t portType;
		mach_port_t port;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t nodeType;
		int node;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_norma_port_location_hint
		(mach_port_t task, mach_port_t port, int *node);

	const mach_msg_type_t portCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t nodeType = {
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
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->portType, &portCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_norma_port_location_hint(In0P->Head.msgh_request_port, In0P->port, &OutP->node);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->nodeType = nodeType;
}

/* Default implementation of S_norma_port_location_hint */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_norma_port_location_hint
(
	mach_port_t task,
	mach_port_t port,
	int *node
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t mach_norma_server_routines[] = {
		0,
		_Xtask_set_child_node,
		_Xnorma_node_self,
		0,
		0,
		_Xnorma_task_clone,
		_Xnorma_task_create,
		_Xnorma_get_special_port,
		_Xnorma_set_special_port,
		_Xnorma_task_teleport,
		0,
		0,
		_Xnorma_port_location_hint,
};

mig_external boolean_t mach_norma_server
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

	if ((InP->msgh_id > 555012) || (InP->msgh_id < 555000) ||
	    ((routine = mach_norma_server_routines[InP->msgh_id - 555000]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

