/* Module mach_port */

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

/* Routine mach_port_names */
mig_internal void _Xmach_port_names
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
		mach_msg_type_long_t namesType;
		mach_port_name_array_t names;
		mach_msg_type_long_t typesType;
		mach_port_type_array_t types;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_names
		(mach_port_t task, mach_port_name_array_t *names, mach_msg_type_number_t *namesCnt, mach_port_type_array_t *types, mach_msg_type_number_t *typesCnt);

	const mach_msg_type_long_t namesType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		FALSE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_PORT_NAME,
		/* msgtl_size = */	32,
		/* msgtl_number = */	0,
	};

	const mach_msg_type_long_t typesType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		FALSE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_INTEGER_32,
		/* msgtl_size = */	32,
		/* msgtl_number = */	0,
	};

	mach_msg_type_number_t namesCnt;
	mach_msg_type_number_t typesCnt;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_names(In0P->Head.msgh_request_port, &OutP->names, &namesCnt, &OutP->types, &typesCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 80;

	OutP->namesType = namesType;

	OutP->namesType.msgtl_number = namesCnt;

	OutP->typesType = typesType;

	OutP->typesType.msgtl_number = typesCnt;
}

/* Default implementation of S_mach_port_names */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_names
(
	mach_port_t task,
	mach_port_name_array_t *names,
	mach_msg_type_number_t *namesCnt,
	mach_port_type_array_t *types,
	mach_msg_type_number_t *typesCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_type */
mig_internal void _Xmach_port_type
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t ptypeType;
		mach_port_type_t ptype;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_type
		(mach_port_t task, mach_port_name_t name, mach_port_type_t *ptype);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t ptypeType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_type_t) == 4 * 1, "expected mach_port_type_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_type(In0P->Head.msgh_request_port, In0P->name, &OutP->ptype);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->ptypeType = ptypeType;
}

/* Default implementation of S_mach_port_type */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_type
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_type_t *ptype
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_rename */
mig_internal void _Xmach_port_rename
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t old_nameType;
		mach_port_name_t old_name;
		mach_msg_type_t new_nameType;
		mach_port_name_t new_name;
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
	mig_external kern_return_t S_mach_port_rename
		(mach_port_t task, mach_port_name_t old_name, mach_port_name_t new_name);

	const mach_msg_type_t old_nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t new_nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->old_nameType, &old_nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->new_nameType, &new_nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_rename(In0P->Head.msgh_request_port, In0P->old_name, In0P->new_name);
}

/* Default implementation of S_mach_port_rename */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_rename
(
	mach_port_t task,
	mach_port_name_t old_name,
	mach_port_name_t new_name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_allocate_name */
mig_internal void _Xmach_port_allocate_name
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t rightType;
		mach_port_right_t right;
		mach_msg_type_t nameType;
		mach_port_name_t name;
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
	mig_external kern_return_t S_mach_port_allocate_name
		(mach_port_t task, mach_port_right_t right, mach_port_name_t name);

	const mach_msg_type_t rightCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->rightType, &rightCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_allocate_name(In0P->Head.msgh_request_port, In0P->right, In0P->name);
}

/* Default implementation of S_mach_port_allocate_name */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_allocate_name
(
	mach_port_t task,
	mach_port_right_t right,
	mach_port_name_t name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_allocate */
mig_internal void _Xmach_port_allocate
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t rightType;
		mach_port_right_t right;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t nameType;
		mach_port_name_t name;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_allocate
		(mach_port_t task, mach_port_right_t right, mach_port_name_t *name);

	const mach_msg_type_t rightCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t nameType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_name_t) == 4 * 1, "expected mach_port_name_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->rightType, &rightCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_allocate(In0P->Head.msgh_request_port, In0P->right, &OutP->name);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->nameType = nameType;
}

/* Default implementation of S_mach_port_allocate */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_allocate
(
	mach_port_t task,
	mach_port_right_t right,
	mach_port_name_t *name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_destroy */
mig_internal void _Xmach_port_destroy
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
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
	mig_external kern_return_t S_mach_port_destroy
		(mach_port_t task, mach_port_name_t name);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
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
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_destroy(In0P->Head.msgh_request_port, In0P->name);
}

/* Default implementation of S_mach_port_destroy */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_destroy
(
	mach_port_t task,
	mach_port_name_t name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_deallocate */
mig_internal void _Xmach_port_deallocate
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
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
	mig_external kern_return_t S_mach_port_deallocate
		(mach_port_t task, mach_port_name_t name);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
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
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_deallocate(In0P->Head.msgh_request_port, In0P->name);
}

/* Default implementation of S_mach_port_deallocate */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_deallocate
(
	mach_port_t task,
	mach_port_name_t name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_get_refs */
mig_internal void _Xmach_port_get_refs
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t rightType;
		mach_port_right_t right;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t refsType;
		mach_port_urefs_t refs;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_get_refs
		(mach_port_t task, mach_port_name_t name, mach_port_right_t right, mach_port_urefs_t *refs);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t rightCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t refsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_urefs_t) == 4 * 1, "expected mach_port_urefs_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->rightType, &rightCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_get_refs(In0P->Head.msgh_request_port, In0P->name, In0P->right, &OutP->refs);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->refsType = refsType;
}

/* Default implementation of S_mach_port_get_refs */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_get_refs
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_right_t right,
	mach_port_urefs_t *refs
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_mod_refs */
mig_internal void _Xmach_port_mod_refs
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t rightType;
		mach_port_right_t right;
		mach_msg_type_t deltaType;
		mach_port_delta_t delta;
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
	mig_external kern_return_t S_mach_port_mod_refs
		(mach_port_t task, mach_port_name_t name, mach_port_right_t right, mach_port_delta_t delta);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t rightCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t deltaCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 56) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->rightType, &rightCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->deltaType, &deltaCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_mod_refs(In0P->Head.msgh_request_port, In0P->name, In0P->right, In0P->delta);
}

/* Default implementation of S_mach_port_mod_refs */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_mod_refs
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_right_t right,
	mach_port_delta_t delta
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_set_qlimit */
mig_internal void _Xmach_port_set_qlimit
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t qlimitType;
		mach_port_msgcount_t qlimit;
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
	mig_external kern_return_t S_mach_port_set_qlimit
		(mach_port_t task, mach_port_name_t name, mach_port_msgcount_t qlimit);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t qlimitCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->qlimitType, &qlimitCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_set_qlimit(In0P->Head.msgh_request_port, In0P->name, In0P->qlimit);
}

/* Default implementation of S_mach_port_set_qlimit */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_set_qlimit
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_msgcount_t qlimit
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_set_mscount */
mig_internal void _Xmach_port_set_mscount
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t mscountType;
		mach_port_mscount_t mscount;
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
	mig_external kern_return_t S_mach_port_set_mscount
		(mach_port_t task, mach_port_name_t name, mach_port_mscount_t mscount);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t mscountCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->mscountType, &mscountCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_set_mscount(In0P->Head.msgh_request_port, In0P->name, In0P->mscount);
}

/* Default implementation of S_mach_port_set_mscount */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_set_mscount
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_mscount_t mscount
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_get_set_status */
mig_internal void _Xmach_port_get_set_status
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t membersType;
		mach_port_name_array_t members;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_get_set_status
		(mach_port_t task, mach_port_name_t name, mach_port_name_array_t *members, mach_msg_type_number_t *membersCnt);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_long_t membersType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		FALSE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_PORT_NAME,
		/* msgtl_size = */	32,
		/* msgtl_number = */	0,
	};

	mach_msg_type_number_t membersCnt;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_get_set_status(In0P->Head.msgh_request_port, In0P->name, &OutP->members, &membersCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 60;

	OutP->membersType = membersType;

	OutP->membersType.msgtl_number = membersCnt;
}

/* Default implementation of S_mach_port_get_set_status */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_get_set_status
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_name_array_t *members,
	mach_msg_type_number_t *membersCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_move_member */
mig_internal void _Xmach_port_move_member
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t memberType;
		mach_port_name_t member;
		mach_msg_type_t afterType;
		mach_port_name_t after;
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
	mig_external kern_return_t S_mach_port_move_member
		(mach_port_t task, mach_port_name_t member, mach_port_name_t after);

	const mach_msg_type_t memberCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t afterCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->memberType, &memberCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->afterType, &afterCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_move_member(In0P->Head.msgh_request_port, In0P->member, In0P->after);
}

/* Default implementation of S_mach_port_move_member */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_move_member
(
	mach_port_t task,
	mach_port_name_t member,
	mach_port_name_t after
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_request_notification */
mig_internal void _Xmach_port_request_notification
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t idType;
		mach_msg_id_t id;
		mach_msg_type_t syncType;
		mach_port_mscount_t sync;
		mach_msg_type_t notifyType;
		mach_port_t notify;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t previousType;
		mach_port_t previous;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_request_notification
		(mach_port_t task, mach_port_name_t name, mach_msg_id_t id, mach_port_mscount_t sync, mach_port_t notify, mach_port_t *previous, mach_msg_type_name_t *previousPoly);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t idCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t syncCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t notifyCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND_ONCE,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t previousType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_POLYMORPHIC,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	mach_msg_type_name_t previousPoly;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 64) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->idType, &idCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->syncType, &syncCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->notifyType, &notifyCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_request_notification(In0P->Head.msgh_request_port, In0P->name, In0P->id, In0P->sync, In0P->notify, &OutP->previous, &previousPoly);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;
	OutP->Head.msgh_size = 48;

	OutP->previousType = previousType;

	if (MACH_MSG_TYPE_PORT_ANY(previousPoly))
		msgh_simple = FALSE;

	OutP->previousType.msgt_name = previousPoly;

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_mach_port_request_notification */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_request_notification
(
	mach_port_t task,
	mach_port_name_t name,
	mach_msg_id_t id,
	mach_port_mscount_t sync,
	mach_port_t notify,
	mach_port_t *previous,
	mach_msg_type_name_t *previousPoly
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_insert_right */
mig_internal void _Xmach_port_insert_right
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t polyType;
		mach_port_t poly;
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
	mig_external kern_return_t S_mach_port_insert_right
		(mach_port_t task, mach_port_name_t name, mach_port_t poly, mach_msg_type_name_t polyPoly);

#if	TypeCheck
	boolean_t msgh_simple = msgh_simple;
#endif	/* TypeCheck */

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	msgh_simple = !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	if (mig_unlikely ((In0P->Head.msgh_size != 48)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->polyType.msgt_inline != TRUE) ||
	    (In0P->polyType.msgt_longform != FALSE) ||
	    (MACH_MSG_TYPE_PORT_ANY(In0P->polyType.msgt_name) && msgh_simple) ||
	    (In0P->polyType.msgt_number != 1) ||
	    (In0P->polyType.msgt_size != 32)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_insert_right(In0P->Head.msgh_request_port, In0P->name, In0P->poly, In0P->polyType.msgt_name);
}

/* Default implementation of S_mach_port_insert_right */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_insert_right
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_t poly,
	mach_msg_type_name_t polyPoly
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_extract_right */
mig_internal void _Xmach_port_extract_right
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t msgt_nameType;
		mach_msg_type_name_t msgt_name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t polyType;
		mach_port_t poly;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_extract_right
		(mach_port_t task, mach_port_name_t name, mach_msg_type_name_t msgt_name, mach_port_t *poly, mach_msg_type_name_t *polyPoly);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t msgt_nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t polyType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_POLYMORPHIC,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	mach_msg_type_name_t polyPoly;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->msgt_nameType, &msgt_nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_extract_right(In0P->Head.msgh_request_port, In0P->name, In0P->msgt_name, &OutP->poly, &polyPoly);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;
	OutP->Head.msgh_size = 48;

	OutP->polyType = polyType;

	if (MACH_MSG_TYPE_PORT_ANY(polyPoly))
		msgh_simple = FALSE;

	OutP->polyType.msgt_name = polyPoly;

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_mach_port_extract_right */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_extract_right
(
	mach_port_t task,
	mach_port_name_t name,
	mach_msg_type_name_t msgt_name,
	mach_port_t *poly,
	mach_msg_type_name_t *polyPoly
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_get_receive_status */
mig_internal void _Xmach_port_get_receive_status
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t statusType;
		mach_port_status_t status;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_get_receive_status
		(mach_port_t task, mach_port_name_t name, mach_port_status_t *status);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t statusType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		9,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_status_t) == 4 * 9, "expected mach_port_status_t to be size 4 * 9");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_get_receive_status(In0P->Head.msgh_request_port, In0P->name, &OutP->status);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 80;

	OutP->statusType = statusType;
}

/* Default implementation of S_mach_port_get_receive_status */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_get_receive_status
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_status_t *status
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_set_seqno */
mig_internal void _Xmach_port_set_seqno
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t seqnoType;
		mach_port_seqno_t seqno;
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
	mig_external kern_return_t S_mach_port_set_seqno
		(mach_port_t task, mach_port_name_t name, mach_port_seqno_t seqno);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t seqnoCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->seqnoType, &seqnoCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_set_seqno(In0P->Head.msgh_request_port, In0P->name, In0P->seqno);
}

/* Default implementation of S_mach_port_set_seqno */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_set_seqno
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_seqno_t seqno
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_set_protected_payload */
mig_internal void _Xmach_port_set_protected_payload
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
		mach_msg_type_t payloadType;
		natural_t payload;
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
	mig_external kern_return_t S_mach_port_set_protected_payload
		(mach_port_t task, mach_port_name_t name, natural_t payload);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t payloadCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 48) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->payloadType, &payloadCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_set_protected_payload(In0P->Head.msgh_request_port, In0P->name, In0P->payload);
}

/* Default implementation of S_mach_port_set_protected_payload */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_set_protected_payload
(
	mach_port_t task,
	mach_port_name_t name,
	natural_t payload
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_clear_protected_payload */
mig_internal void _Xmach_port_clear_protected_payload
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t nameType;
		mach_port_name_t name;
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
	mig_external kern_return_t S_mach_port_clear_protected_payload
		(mach_port_t task, mach_port_name_t name);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
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
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_clear_protected_payload(In0P->Head.msgh_request_port, In0P->name);
}

/* Default implementation of S_mach_port_clear_protected_payload */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_clear_protected_payload
(
	mach_port_t task,
	mach_port_name_t name
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t mach_port_server_routines[] = {
		_Xmach_port_names,
		_Xmach_port_type,
		_Xmach_port_rename,
		_Xmach_port_allocate_name,
		_Xmach_port_allocate,
		_Xmach_port_destroy,
		_Xmach_port_deallocate,
		_Xmach_port_get_refs,
		_Xmach_port_mod_refs,
		0,
		_Xmach_port_set_qlimit,
		_Xmach_port_set_mscount,
		_Xmach_port_get_set_status,
		_Xmach_port_move_member,
		_Xmach_port_request_notification,
		_Xmach_port_insert_right,
		_Xmach_port_extract_right,
		_Xmach_port_get_receive_status,
		_Xmach_port_set_seqno,
		0,
		0,
		_Xmach_port_set_protected_payload,
		_Xmach_port_clear_protected_payload,
};

mig_external boolean_t mach_port_server
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

	if ((InP->msgh_id > 3222) || (InP->msgh_id < 3200) ||
	    ((routine = mach_port_server_routines[InP->msgh_id - 3200]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

