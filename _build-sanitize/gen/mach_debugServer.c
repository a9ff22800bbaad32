/* Module mach_debug */

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
#include <mach_debug/mach_debug_types.h>

/* Routine mach_port_get_srights */
mig_internal void _Xmach_port_get_srights
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
		mach_msg_type_t srightsType;
		mach_port_rights_t srights;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_get_srights
		(mach_port_t task, mach_port_name_t name, mach_port_rights_t *srights);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t srightsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_rights_t) == 4 * 1, "expected mach_port_rights_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_get_srights(In0P->Head.msgh_request_port, In0P->name, &OutP->srights);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->srightsType = srightsType;
}

/* Default implementation of S_mach_port_get_srights */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_get_srights
(
	mach_port_t task,
	mach_port_name_t name,
	mach_port_rights_t *srights
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine host_ipc_marequest_info */
mig_internal void _Xhost_ipc_marequest_info
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t infoCntType;
		mach_msg_type_number_t infoCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t max_requestsType;
		unsigned max_requests;
		mach_msg_type_long_t infoType;
		union {
			hash_info_bucket_t info[512];
			hash_info_bucket_t *infoP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_host_ipc_marequest_info
		(mach_port_t host, unsigned *max_requests, hash_info_bucket_array_t *info, mach_msg_type_number_t *infoCnt);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t infoCntCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t max_requestsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

	const mach_msg_type_long_t infoType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_INTEGER_32,
		/* msgtl_size = */	32,
		/* msgtl_number = */	512,
	};

	mach_msg_type_number_t infoCnt;

	hash_info_bucket_t *infoP;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->infoCntType, &infoCntCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	infoP = OutP->info;
	infoCnt = 512;
	if (In0P->infoCnt < infoCnt)
		infoCnt = In0P->infoCnt;

	OutP->RetCode = S_host_ipc_marequest_info(In0P->Head.msgh_request_port, &OutP->max_requests, &infoP, &infoCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;

	OutP->max_requestsType = max_requestsType;

	OutP->infoType = infoType;
	if (infoP != OutP->info) {
		OutP->infoType.msgtl_header.msgt_inline = FALSE;
		OutP->infoType.msgtl_header.msgt_deallocate = TRUE;
		OutP->infoP = infoP;
		msgh_simple = FALSE;
	}

	OutP->infoType.msgtl_number = infoCnt;
	OutP->Head.msgh_size = 60 + ((OutP->infoType.msgtl_header.msgt_inline) ? 4 * infoCnt : sizeof(hash_info_bucket_t *));

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_host_ipc_marequest_info */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_host_ipc_marequest_info
(
	mach_port_t host,
	unsigned *max_requests,
	hash_info_bucket_array_t *info,
	mach_msg_type_number_t *infoCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_dnrequest_info */
mig_internal void _Xmach_port_dnrequest_info
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
		mach_msg_type_t totalType;
		unsigned total;
		mach_msg_type_t usedType;
		unsigned used;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_dnrequest_info
		(mach_port_t task, mach_port_name_t name, unsigned *total, unsigned *used);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t totalType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

	const mach_msg_type_t usedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_dnrequest_info(In0P->Head.msgh_request_port, In0P->name, &OutP->total, &OutP->used);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 56;

	OutP->totalType = totalType;

	OutP->usedType = usedType;
}

/* Default implementation of S_mach_port_dnrequest_info */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_dnrequest_info
(
	mach_port_t task,
	mach_port_name_t name,
	unsigned *total,
	unsigned *used
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine host_stack_usage */
mig_internal void _Xhost_stack_usage
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
		mach_msg_type_t reservedType;
		vm_size_t reserved;
		mach_msg_type_t totalType;
		unsigned total;
		mach_msg_type_t spaceType;
		vm_size_t space;
		mach_msg_type_t residentType;
		vm_size_t resident;
		mach_msg_type_t maxusageType;
		vm_size_t maxusage;
		mach_msg_type_t maxstackType;
		vm_offset_t maxstack;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_host_stack_usage
		(mach_port_t host, vm_size_t *reserved, unsigned *total, vm_size_t *space, vm_size_t *resident, vm_size_t *maxusage, vm_offset_t *maxstack);

	const mach_msg_type_t reservedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t totalType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

	const mach_msg_type_t spaceType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t residentType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t maxusageType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t maxstackType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_offset_t) == 8 * 1, "expected vm_offset_t to be size 8 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_host_stack_usage(In0P->Head.msgh_request_port, &OutP->reserved, &OutP->total, &OutP->space, &OutP->resident, &OutP->maxusage, &OutP->maxstack);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 108;

	OutP->reservedType = reservedType;

	OutP->totalType = totalType;

	OutP->spaceType = spaceType;

	OutP->residentType = residentType;

	OutP->maxusageType = maxusageType;

	OutP->maxstackType = maxstackType;
}

/* Default implementation of S_host_stack_usage */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_host_stack_usage
(
	mach_port_t host,
	vm_size_t *reserved,
	unsigned *total,
	vm_size_t *space,
	vm_size_t *resident,
	vm_size_t *maxusage,
	vm_offset_t *maxstack
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine processor_set_stack_usage */
mig_internal void _Xprocessor_set_stack_usage
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
		mach_msg_type_t totalType;
		unsigned total;
		mach_msg_type_t spaceType;
		vm_size_t space;
		mach_msg_type_t residentType;
		vm_size_t resident;
		mach_msg_type_t maxusageType;
		vm_size_t maxusage;
		mach_msg_type_t maxstackType;
		vm_offset_t maxstack;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_processor_set_stack_usage
		(mach_port_t pset, unsigned *total, vm_size_t *space, vm_size_t *resident, vm_size_t *maxusage, vm_offset_t *maxstack);

	const mach_msg_type_t totalType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

	const mach_msg_type_t spaceType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t residentType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t maxusageType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t maxstackType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_offset_t) == 8 * 1, "expected vm_offset_t to be size 8 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_processor_set_stack_usage(In0P->Head.msgh_request_port, &OutP->total, &OutP->space, &OutP->resident, &OutP->maxusage, &OutP->maxstack);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 96;

	OutP->totalType = totalType;

	OutP->spaceType = spaceType;

	OutP->residentType = residentType;

	OutP->maxusageType = maxusageType;

	OutP->maxstackType = maxstackType;
}

/* Default implementation of S_processor_set_stack_usage */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_processor_set_stack_usage
(
	mach_port_t pset,
	unsigned *total,
	vm_size_t *space,
	vm_size_t *resident,
	vm_size_t *maxusage,
	vm_offset_t *maxstack
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine host_virtual_physical_table_info */
mig_internal void _Xhost_virtual_physical_table_info
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t infoCntType;
		mach_msg_type_number_t infoCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t infoType;
		union {
			hash_info_bucket_t info[512];
			hash_info_bucket_t *infoP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_host_virtual_physical_table_info
		(mach_port_t host, hash_info_bucket_array_t *info, mach_msg_type_number_t *infoCnt);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t infoCntCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_long_t infoType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_INTEGER_32,
		/* msgtl_size = */	32,
		/* msgtl_number = */	512,
	};

	mach_msg_type_number_t infoCnt;

	hash_info_bucket_t *infoP;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->infoCntType, &infoCntCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	infoP = OutP->info;
	infoCnt = 512;
	if (In0P->infoCnt < infoCnt)
		infoCnt = In0P->infoCnt;

	OutP->RetCode = S_host_virtual_physical_table_info(In0P->Head.msgh_request_port, &infoP, &infoCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;

	OutP->infoType = infoType;
	if (infoP != OutP->info) {
		OutP->infoType.msgtl_header.msgt_inline = FALSE;
		OutP->infoType.msgtl_header.msgt_deallocate = TRUE;
		OutP->infoP = infoP;
		msgh_simple = FALSE;
	}

	OutP->infoType.msgtl_number = infoCnt;
	OutP->Head.msgh_size = 52 + ((OutP->infoType.msgtl_header.msgt_inline) ? 4 * infoCnt : sizeof(hash_info_bucket_t *));

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_host_virtual_physical_table_info */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_host_virtual_physical_table_info
(
	mach_port_t host,
	hash_info_bucket_array_t *info,
	mach_msg_type_number_t *infoCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine host_load_symbol_table */
mig_internal void _Xhost_load_symbol_table
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t taskType;
		mach_port_t task;
		mach_msg_type_long_t nameType;
		symtab_name_t name;
		mach_msg_type_long_t symtabType;
		vm_offset_t symtab;
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
	mig_external kern_return_t S_host_load_symbol_table
		(mach_port_t host, mach_port_t task, const_symtab_name_t name, vm_offset_t symtab, mach_msg_type_number_t symtabCnt);

	const mach_msg_type_t taskCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 104) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->taskType, &taskCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->nameType.msgtl_header.msgt_inline != TRUE) ||
	    (In0P->nameType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->nameType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (In0P->nameType.msgtl_number != 1) ||
	    (In0P->nameType.msgtl_size != 256)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->symtabType.msgtl_header.msgt_inline != FALSE) ||
	    (In0P->symtabType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->symtabType.msgtl_name != MACH_MSG_TYPE_BYTE) ||
	    (In0P->symtabType.msgtl_size != 8)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_host_load_symbol_table(In0P->Head.msgh_request_port, In0P->task, In0P->name, In0P->symtab, In0P->symtabType.msgtl_number);
}

/* Default implementation of S_host_load_symbol_table */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_host_load_symbol_table
(
	mach_port_t host,
	mach_port_t task,
	const_symtab_name_t name,
	vm_offset_t symtab,
	mach_msg_type_number_t symtabCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_port_kernel_object */
mig_internal void _Xmach_port_kernel_object
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
		mach_msg_type_t object_typeType;
		unsigned object_type;
		mach_msg_type_t object_addrType;
		vm_offset_t object_addr;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_port_kernel_object
		(mach_port_t task, mach_port_name_t name, unsigned *object_type, vm_offset_t *object_addr);

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_NAME,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t object_typeType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(unsigned) == 4 * 1, "expected unsigned to be size 4 * 1");

	const mach_msg_type_t object_addrType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_offset_t) == 8 * 1, "expected vm_offset_t to be size 8 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_mach_port_kernel_object(In0P->Head.msgh_request_port, In0P->name, &OutP->object_type, &OutP->object_addr);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 60;

	OutP->object_typeType = object_typeType;

	OutP->object_addrType = object_addrType;
}

/* Default implementation of S_mach_port_kernel_object */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_port_kernel_object
(
	mach_port_t task,
	mach_port_name_t name,
	unsigned *object_type,
	vm_offset_t *object_addr
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine mach_vm_object_pages */
mig_internal void _Xmach_vm_object_pages
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t pagesCntType;
		mach_msg_type_number_t pagesCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t pagesType;
		union {
			vm_page_info_t pages[64];
			vm_page_info_t *pagesP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_mach_vm_object_pages
		(mach_port_t object, vm_page_info_array_t *pages, mach_msg_type_number_t *pagesCnt);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t pagesCntCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_long_t pagesType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_INTEGER_32,
		/* msgtl_size = */	32,
		/* msgtl_number = */	512,
	};

	mach_msg_type_number_t pagesCnt;

	vm_page_info_t *pagesP;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->pagesCntType, &pagesCntCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	pagesP = OutP->pages;
	pagesCnt = 64;
	if (In0P->pagesCnt < pagesCnt)
		pagesCnt = In0P->pagesCnt;

	OutP->RetCode = S_mach_vm_object_pages(In0P->Head.msgh_request_port, &pagesP, &pagesCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;

	OutP->pagesType = pagesType;
	if (pagesP != OutP->pages) {
		OutP->pagesType.msgtl_header.msgt_inline = FALSE;
		OutP->pagesType.msgtl_header.msgt_deallocate = TRUE;
		OutP->pagesP = pagesP;
		msgh_simple = FALSE;
	}

	OutP->pagesType.msgtl_number = 8 * pagesCnt;
	OutP->Head.msgh_size = 52 + ((OutP->pagesType.msgtl_header.msgt_inline) ? 32 * pagesCnt : sizeof(vm_page_info_t *));

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_mach_vm_object_pages */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_mach_vm_object_pages
(
	mach_port_t object,
	vm_page_info_array_t *pages,
	mach_msg_type_number_t *pagesCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine host_slab_info */
mig_internal void _Xhost_slab_info
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t infoCntType;
		mach_msg_type_number_t infoCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t infoType;
		union {
			cache_info_t info[17];
			cache_info_t *infoP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_host_slab_info
		(mach_port_t host, cache_info_array_t *info, mach_msg_type_number_t *infoCnt);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t infoCntCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_long_t infoType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_INTEGER_32,
		/* msgtl_size = */	32,
		/* msgtl_number = */	493,
	};

	mach_msg_type_number_t infoCnt;

	cache_info_t *infoP;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 40) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->infoCntType, &infoCntCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	infoP = OutP->info;
	infoCnt = 17;
	if (In0P->infoCnt < infoCnt)
		infoCnt = In0P->infoCnt;

	OutP->RetCode = S_host_slab_info(In0P->Head.msgh_request_port, &infoP, &infoCnt);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;

	OutP->infoType = infoType;
	if (infoP != OutP->info) {
		OutP->infoType.msgtl_header.msgt_inline = FALSE;
		OutP->infoType.msgtl_header.msgt_deallocate = TRUE;
		OutP->infoP = infoP;
		msgh_simple = FALSE;
	}

	OutP->infoType.msgtl_number = 29 * infoCnt;
	OutP->Head.msgh_size = 52 + ((OutP->infoType.msgtl_header.msgt_inline) ? 116 * infoCnt : sizeof(cache_info_t *));

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_host_slab_info */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_host_slab_info
(
	mach_port_t host,
	cache_info_array_t *info,
	mach_msg_type_number_t *infoCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t mach_debug_server_routines[] = {
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		_Xmach_port_get_srights,
		0,
		_Xhost_ipc_marequest_info,
		0,
		_Xmach_port_dnrequest_info,
		0,
		0,
		_Xhost_stack_usage,
		_Xprocessor_set_stack_usage,
		_Xhost_virtual_physical_table_info,
		_Xhost_load_symbol_table,
		_Xmach_port_kernel_object,
		0,
		0,
		_Xmach_vm_object_pages,
		_Xhost_slab_info,
};

mig_external boolean_t mach_debug_server
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

	if ((InP->msgh_id > 3022) || (InP->msgh_id < 3000) ||
	    ((routine = mach_debug_server_routines[InP->msgh_id - 3000]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

