/* Module netname */

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
#include <servers/netname_defs.h>

/* Routine netname_check_in */
mig_internal void _Xnetname_check_in
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t port_nameType;
		netname_name_t port_name;
		mach_msg_type_t signatureType;
		mach_port_t signature;
		mach_msg_type_t port_idType;
		mach_port_t port_id;
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
	mig_external kern_return_t S_netname_check_in
		(mach_port_t server_port, const_netname_name_t port_name, mach_port_t signature, mach_port_t port_id);

	const mach_msg_type_t signatureCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t port_idCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 140) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->port_nameType.msgtl_header.msgt_inline != TRUE) ||
	    (In0P->port_nameType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->port_nameType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (In0P->port_nameType.msgtl_number != 1) ||
	    (In0P->port_nameType.msgtl_size != 640)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->signatureType, &signatureCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->port_idType, &port_idCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_netname_check_in(In0P->Head.msgh_request_port, In0P->port_name, In0P->signature, In0P->port_id);
}

/* Default implementation of S_netname_check_in */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_netname_check_in
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature,
	mach_port_t port_id
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine netname_look_up */
mig_internal void _Xnetname_look_up
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t host_nameType;
		netname_name_t host_name;
		mach_msg_type_long_t port_nameType;
		netname_name_t port_name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t port_idType;
		mach_port_t port_id;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_netname_look_up
		(mach_port_t server_port, const_netname_name_t host_name, const_netname_name_t port_name, mach_port_t *port_id);

	const mach_msg_type_t port_idType = {
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
	if (mig_unlikely ((In0P->Head.msgh_size != 216) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->host_nameType.msgtl_header.msgt_inline != TRUE) ||
	    (In0P->host_nameType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->host_nameType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (In0P->host_nameType.msgtl_number != 1) ||
	    (In0P->host_nameType.msgtl_size != 640)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->port_nameType.msgtl_header.msgt_inline != TRUE) ||
	    (In0P->port_nameType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->port_nameType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (In0P->port_nameType.msgtl_number != 1) ||
	    (In0P->port_nameType.msgtl_size != 640)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_netname_look_up(In0P->Head.msgh_request_port, In0P->host_name, In0P->port_name, &OutP->port_id);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->port_idType = port_idType;
}

/* Default implementation of S_netname_look_up */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_netname_look_up
(
	mach_port_t server_port,
	const_netname_name_t host_name,
	const_netname_name_t port_name,
	mach_port_t *port_id
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine netname_check_out */
mig_internal void _Xnetname_check_out
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t port_nameType;
		netname_name_t port_name;
		mach_msg_type_t signatureType;
		mach_port_t signature;
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
	mig_external kern_return_t S_netname_check_out
		(mach_port_t server_port, const_netname_name_t port_name, mach_port_t signature);

	const mach_msg_type_t signatureCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 132) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->port_nameType.msgtl_header.msgt_inline != TRUE) ||
	    (In0P->port_nameType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->port_nameType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (In0P->port_nameType.msgtl_number != 1) ||
	    (In0P->port_nameType.msgtl_size != 640)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->signatureType, &signatureCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_netname_check_out(In0P->Head.msgh_request_port, In0P->port_name, In0P->signature);
}

/* Default implementation of S_netname_check_out */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_netname_check_out
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine netname_version */
mig_internal void _Xnetname_version
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
		mach_msg_type_long_t versionType;
		netname_name_t version;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_netname_version
		(mach_port_t server_port, netname_name_t version);

	const mach_msg_type_long_t versionType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_STRING_C,
		/* msgtl_size = */	640,
		/* msgtl_number = */	1,
	};

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 32) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_netname_version(In0P->Head.msgh_request_port, OutP->version);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 132;

	OutP->versionType = versionType;
}

/* Default implementation of S_netname_version */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_netname_version
(
	mach_port_t server_port,
	netname_name_t version
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t netname_server_routines[] = {
		_Xnetname_check_in,
		_Xnetname_look_up,
		_Xnetname_check_out,
		_Xnetname_version,
};

mig_external boolean_t netname_server
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

	if ((InP->msgh_id > 1043) || (InP->msgh_id < 1040) ||
	    ((routine = netname_server_routines[InP->msgh_id - 1040]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

