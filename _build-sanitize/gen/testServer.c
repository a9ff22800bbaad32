/* Module machemu_test */

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
#include "test_types.h"

/* Routine test_inline */
mig_internal void _Xtest_inline
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t aType;
		int a;
		mach_msg_type_t bType;
		test_int64_t b;
		mach_msg_type_t fixedType;
		test_fixed_t fixed;
		mach_msg_type_t varType;
		union {
			int var[16];
			int *varP;
		};
		mach_msg_type_t nameType;
		test_name_t name;
		mach_msg_type_t vnameType;
		union {
			char vname[128];
			char *vnameP;
		};
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t sumType;
		test_int64_t sum;
		mach_msg_type_t rfixedType;
		test_fixed_t rfixed;
		mach_msg_type_t rvarType;
		union {
			int rvar[16];
			int *rvarP;
		};
		mach_msg_type_t rnameType;
		union {
			char rname[128];
			char *rnameP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Request *In1P;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_inline
		(mach_port_t port, int a, test_int64_t b, const test_fixed_t fixed, const test_var_t var, mach_msg_type_number_t varCnt, const_test_name_t name, const_test_vstring_t vname, test_int64_t *sum, test_fixed_t rfixed, test_var_t rvar, mach_msg_type_number_t *rvarCnt, test_vstring_t rname);

	unsigned int msgh_size;
	unsigned int msgh_size_delta;

	const mach_msg_type_t aCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t bCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t fixedCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		4,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_STRING_C,
		/* msgt_size = */		8,
		/* msgt_number = */		64,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t sumType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(test_int64_t) == 8 * 1, "expected test_int64_t to be size 8 * 1");

	const mach_msg_type_t rfixedType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		4,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(test_fixed_t) == 4 * 4, "expected test_fixed_t to be size 4 * 4");

	const mach_msg_type_t rvarType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		16,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t rnameType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_STRING_C,
		/* msgt_size = */		8,
		/* msgt_number = */		128,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	mach_msg_type_number_t rvarCnt;
	char rname[128];

#if	TypeCheck
	msgh_size = In0P->Head.msgh_size;
	if (mig_unlikely ((msgh_size < 148) ||
	    (In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->aType, &aCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->bType, &bCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->fixedType, &fixedCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->varType.msgt_inline != TRUE) ||
	    (In0P->varType.msgt_longform != FALSE) ||
	    (In0P->varType.msgt_name != MACH_MSG_TYPE_INTEGER_32) ||
	    (In0P->varType.msgt_size != 32)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	msgh_size_delta = 4 * In0P->varType.msgt_number;
#if	TypeCheck
	if (mig_unlikely (msgh_size < 148 + msgh_size_delta))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
	msgh_size -= msgh_size_delta;
#endif	/* TypeCheck */

	In1P = (Request *) ((char *) In0P + msgh_size_delta - 64);

#if	TypeCheck
	if (BAD_TYPECHECK(&In1P->nameType, &nameCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In1P->vnameType.msgt_inline != TRUE) ||
	    (In1P->vnameType.msgt_longform != FALSE) ||
	    (In1P->vnameType.msgt_name != MACH_MSG_TYPE_STRING_C) ||
	    (In1P->vnameType.msgt_size != 8)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely (msgh_size != 148 + ((In1P->vnameType.msgt_number + 3) & ~3)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	rvarCnt = 16;

	OutP->RetCode = S_test_inline(In0P->Head.msgh_request_port, In0P->a, In0P->b, In0P->fixed, In0P->var, In0P->varType.msgt_number, In1P->name, In1P->vname, &OutP->sum, OutP->rfixed, OutP->rvar, &rvarCnt, rname);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->sumType = sumType;

	OutP->rfixedType = rfixedType;

	OutP->rvarType = rvarType;

	OutP->rvarType.msgt_number = rvarCnt;
	msgh_size_delta = 4 * rvarCnt;
	msgh_size = 80 + msgh_size_delta;
	OutP = (Reply *) ((char *) OutP + msgh_size_delta - 64);

	OutP->rnameType = rnameType;

	OutP->rnameType.msgt_number = mig_strncpy(OutP->rname, rname, 128);
	if (OutP->rnameType.msgt_number < 128) OutP->rnameType.msgt_number += 1;
	msgh_size += (OutP->rnameType.msgt_number + 3) & ~3;

	OutP = (Reply *) OutHeadP;
	OutP->Head.msgh_size = msgh_size;
}

/* Default implementation of S_test_inline */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_inline
(
	mach_port_t port,
	int a,
	test_int64_t b,
	const test_fixed_t fixed,
	const test_var_t var,
	mach_msg_type_number_t varCnt,
	const_test_name_t name,
	const_test_vstring_t vname,
	test_int64_t *sum,
	test_fixed_t rfixed,
	test_var_t rvar,
	mach_msg_type_number_t *rvarCnt,
	test_vstring_t rname
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine test_ool */
mig_internal void _Xtest_ool
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t blobType;
		test_ool_t blob;
		mach_msg_type_long_t movedType;
		test_ool_t moved;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t echoType;
		test_ool_t echo;
		mach_msg_type_t totalType;
		int total;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_ool
		(mach_port_t port, test_ool_t blob, mach_msg_type_number_t blobCnt, test_ool_t moved, mach_msg_type_number_t movedCnt, test_ool_t *echo, mach_msg_type_number_t *echoCnt, int *total);

	const mach_msg_type_long_t echoType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		FALSE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		TRUE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_CHAR,
		/* msgtl_size = */	8,
		/* msgtl_number = */	0,
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
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	mach_msg_type_number_t echoCnt;

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 72) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->blobType.msgtl_header.msgt_inline != FALSE) ||
	    (In0P->blobType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->blobType.msgtl_name != MACH_MSG_TYPE_CHAR) ||
	    (In0P->blobType.msgtl_size != 8)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->movedType.msgtl_header.msgt_inline != FALSE) ||
	    (In0P->movedType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->movedType.msgtl_name != MACH_MSG_TYPE_CHAR) ||
	    (In0P->movedType.msgtl_size != 8)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_test_ool(In0P->Head.msgh_request_port, In0P->blob, In0P->blobType.msgtl_number, In0P->moved, In0P->movedType.msgtl_number, &OutP->echo, &echoCnt, &OutP->total);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 68;

	OutP->echoType = echoType;

	OutP->echoType.msgtl_number = echoCnt;

	OutP->totalType = totalType;
}

/* Default implementation of S_test_ool */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_ool
(
	mach_port_t port,
	test_ool_t blob,
	mach_msg_type_number_t blobCnt,
	test_ool_t moved,
	mach_msg_type_number_t movedCnt,
	test_ool_t *echo,
	mach_msg_type_number_t *echoCnt,
	int *total
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine test_ports */
mig_internal void _Xtest_ports
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t recvType;
		mach_port_t recv;
		mach_msg_type_t sendType;
		mach_port_t send;
		mach_msg_type_t sonceType;
		mach_port_t sonce;
		mach_msg_type_t copyType;
		mach_port_t copy;
		mach_msg_type_t makeType;
		mach_port_t make;
		mach_msg_type_t makeonceType;
		mach_port_t makeonce;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t backType;
		mach_port_t back;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_ports
		(mach_port_t port, mach_port_t recv, mach_port_t send, mach_port_t sonce, mach_port_t copy, mach_port_t make, mach_port_t makeonce, mach_port_t *back);

	const mach_msg_type_t recvCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_RECEIVE,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t sendCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t sonceCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND_ONCE,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t copyCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t makeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t makeonceCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND_ONCE,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t backType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_MAKE_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

#if	TypeCheck
	if (mig_unlikely ((In0P->Head.msgh_size != 80) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->recvType, &recvCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->sendType, &sendCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->sonceType, &sonceCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->copyType, &copyCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->makeType, &makeCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK(&In0P->makeonceType, &makeonceCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_test_ports(In0P->Head.msgh_request_port, In0P->recv, In0P->send, In0P->sonce, In0P->copy, In0P->make, In0P->makeonce, &OutP->back);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
	OutP->Head.msgh_size = 48;

	OutP->backType = backType;
}

/* Default implementation of S_test_ports */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_ports
(
	mach_port_t port,
	mach_port_t recv,
	mach_port_t send,
	mach_port_t sonce,
	mach_port_t copy,
	mach_port_t make,
	mach_port_t makeonce,
	mach_port_t *back
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine test_poly */
mig_internal void _Xtest_poly
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t rightType;
		mach_port_t right;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t rrightType;
		mach_port_t rright;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_poly
		(mach_port_t port, mach_port_t right, mach_msg_type_name_t rightPoly, mach_port_t *rright, mach_msg_type_name_t *rrightPoly);

	boolean_t msgh_simple = msgh_simple;
	const mach_msg_type_t rrightType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_POLYMORPHIC,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	mach_msg_type_name_t rrightPoly;

#if	TypeCheck
	msgh_simple = !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	if (mig_unlikely ((In0P->Head.msgh_size != 40)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->rightType.msgt_inline != TRUE) ||
	    (In0P->rightType.msgt_longform != FALSE) ||
	    (MACH_MSG_TYPE_PORT_ANY(In0P->rightType.msgt_name) && msgh_simple) ||
	    (In0P->rightType.msgt_number != 1) ||
	    (In0P->rightType.msgt_size != 32)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_test_poly(In0P->Head.msgh_request_port, In0P->right, In0P->rightType.msgt_name, &OutP->rright, &rrightPoly);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;
	OutP->Head.msgh_size = 48;

	OutP->rrightType = rrightType;

	if (MACH_MSG_TYPE_PORT_ANY(rrightPoly))
		msgh_simple = FALSE;

	OutP->rrightType.msgt_name = rrightPoly;

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_test_poly */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_poly
(
	mach_port_t port,
	mach_port_t right,
	mach_msg_type_name_t rightPoly,
	mach_port_t *rright,
	mach_msg_type_name_t *rrightPoly
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine test_data */
mig_internal void _Xtest_data
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t dataType;
		union {
			char data[2048];
			char *dataP;
		};
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_long_t rdataType;
		union {
			char rdata[2048];
			char *rdataP;
		};
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_data
		(mach_port_t port, const_test_data_t data, mach_msg_type_number_t dataCnt, test_data_t *rdata, mach_msg_type_number_t *rdataCnt);

	boolean_t msgh_simple = msgh_simple;
	unsigned int msgh_size;

	const mach_msg_type_long_t rdataType = {
	{
		/* msgt_name = */		0,
		/* msgt_size = */		0,
		/* msgt_number = */		0,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		TRUE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	},
		/* msgtl_name = */	(unsigned short) MACH_MSG_TYPE_CHAR,
		/* msgtl_size = */	8,
		/* msgtl_number = */	2048,
	};

	mach_msg_type_number_t rdataCnt;

	char *rdataP;

#if	TypeCheck
	msgh_size = In0P->Head.msgh_size;
	msgh_simple = !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX);
	if (mig_unlikely ((msgh_size < 44)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->dataType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->dataType.msgtl_name != MACH_MSG_TYPE_CHAR) ||
	    (In0P->dataType.msgtl_size != 8)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely (msgh_size != 44 + ((In0P->dataType.msgtl_header.msgt_inline) ? (In0P->dataType.msgtl_number + 3) & ~3 : sizeof(char *))))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	rdataP = OutP->rdata;
	rdataCnt = 2048;

	OutP->RetCode = S_test_data(In0P->Head.msgh_request_port, (In0P->dataType.msgtl_header.msgt_inline) ? In0P->data : In0P->dataP, In0P->dataType.msgtl_number, &rdataP, &rdataCnt);
	if (OutP->RetCode == KERN_SUCCESS)
		if (!In0P->dataType.msgtl_header.msgt_inline)
			mig_deallocate((vm_offset_t) In0P->dataP,  In0P->dataType.msgtl_number);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	msgh_simple = TRUE;

	OutP->rdataType = rdataType;
	if (rdataP != OutP->rdata) {
		OutP->rdataType.msgtl_header.msgt_inline = FALSE;
		OutP->rdataP = rdataP;
		msgh_simple = FALSE;
	}

	OutP->rdataType.msgtl_number = rdataCnt;
	OutP->Head.msgh_size = 52 + ((OutP->rdataType.msgtl_header.msgt_inline) ? (rdataCnt + 3) & ~3 : sizeof(char *));

	if (!msgh_simple)
		OutP->Head.msgh_bits |= MACH_MSGH_BITS_COMPLEX;
}

/* Default implementation of S_test_data */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_data
(
	mach_port_t port,
	const_test_data_t data,
	mach_msg_type_number_t dataCnt,
	test_data_t *rdata,
	mach_msg_type_number_t *rdataCnt
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* Routine test_port_array */
mig_internal void _Xtest_port_array
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_long_t portsType;
		test_port_array_t ports;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t countType;
		int count;
	} Reply;
#pragma pack(pop)

	Request *In0P = (Request *) InHeadP;
	Reply *OutP = (Reply *) OutHeadP;
	mig_external kern_return_t S_test_port_array
		(mach_port_t port, test_port_array_t ports, mach_msg_type_number_t portsCnt, int *count);

	const mach_msg_type_t countType = {
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
	if (mig_unlikely ((In0P->Head.msgh_size != 52) ||
	    !(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely ((In0P->portsType.msgtl_header.msgt_inline != FALSE) ||
	    (In0P->portsType.msgtl_header.msgt_longform != TRUE) ||
	    (In0P->portsType.msgtl_name != MACH_MSG_TYPE_PORT_SEND) ||
	    (In0P->portsType.msgtl_size != 32)))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_test_port_array(In0P->Head.msgh_request_port, In0P->ports, In0P->portsType.msgtl_number, &OutP->count);
	if (OutP->RetCode != KERN_SUCCESS)
		return;

	OutP->Head.msgh_size = 48;

	OutP->countType = countType;
}

/* Default implementation of S_test_port_array */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_port_array
(
	mach_port_t port,
	test_port_array_t ports,
	mach_msg_type_number_t portsCnt,
	int *count
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

/* SimpleRoutine test_oneway */
mig_internal void _Xtest_oneway
	(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t valueType;
		int value;
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
	mig_external kern_return_t S_test_oneway
		(mach_port_t port, int value);

	const mach_msg_type_t valueCheck = {
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
	if (BAD_TYPECHECK(&In0P->valueType, &valueCheck))
		{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }
#endif	/* TypeCheck */

	OutP->RetCode = S_test_oneway(In0P->Head.msgh_request_port, In0P->value);
}

/* Default implementation of S_test_oneway */
#ifdef	MIG_EOPNOTSUPP
kern_return_t __attribute__ ((weak))
S_test_oneway
(
	mach_port_t port,
	int value
) { return MIG_EOPNOTSUPP; }
#endif	/* MIG_EOPNOTSUPP */

mig_routine_t machemu_test_server_routines[] = {
		_Xtest_inline,
		_Xtest_ool,
		_Xtest_ports,
		_Xtest_poly,
		_Xtest_data,
		_Xtest_port_array,
		_Xtest_oneway,
};

mig_external boolean_t machemu_test_server
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

	if ((InP->msgh_id > 7706) || (InP->msgh_id < 7700) ||
	    ((routine = machemu_test_server_routines[InP->msgh_id - 7700]) == 0)) {
		OutP->RetCode = MIG_BAD_ID;
		return FALSE;
	}
	(*routine) (InP, &OutP->Head);
	return TRUE;
}

