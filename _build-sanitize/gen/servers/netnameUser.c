#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "netname.h"
#define EXPORT_BOOLEAN
#include <mach/boolean.h>
#include <mach/kern_return.h>
#include <mach/message.h>
#include <mach/notify.h>
#include <mach/mach_types.h>
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
#define msgh_request_port	msgh_remote_port
#define msgh_reply_port		msgh_local_port

#include <mach/std_types.h>
#include <servers/netname_defs.h>

/* Routine netname_check_in */
mig_external kern_return_t netname_check_in
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature,
	mach_port_t port_id
)
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

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

	const mach_msg_type_long_t port_nameType = {
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

	const mach_msg_type_t signatureType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->port_nameType = port_nameType;

	(void) mig_strncpy(InP->port_name, port_name, 80);

	InP->signatureType = signatureType;

	InP->signature = signature;

	InP->port_idType = port_idType;

	InP->port_id = port_id;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = server_port;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 1040;

	_Static_assert(sizeof(Request) == 140, "Request expected to be 140 bytes");
	InP->Head.msgh_size = 140;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 140, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 1140)) {
		if (OutP->Head.msgh_id == MACH_NOTIFY_SEND_ONCE)
			return MIG_SERVER_DIED;
		else {
			mig_dealloc_reply_port(InP->Head.msgh_reply_port);
			return MIG_REPLY_MISMATCH;
		}
	}

#if	TypeCheck
	if (mig_unlikely ((OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) ||
	    (OutP->Head.msgh_size != 40)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->RetCodeType, &RetCodeCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	return OutP->RetCode;
}

/* Routine netname_look_up */
mig_external kern_return_t netname_look_up
(
	mach_port_t server_port,
	const_netname_name_t host_name,
	const_netname_name_t port_name,
	mach_port_t *port_id
)
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

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;
#if	TypeCheck
	boolean_t msgh_simple;
#endif	/* TypeCheck */
#if	TypeCheck
	unsigned int msgh_size;
#endif	/* TypeCheck */

	const mach_msg_type_long_t host_nameType = {
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

	const mach_msg_type_long_t port_nameType = {
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
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

	InP->host_nameType = host_nameType;

	(void) mig_strncpy(InP->host_name, host_name, 80);

	InP->port_nameType = port_nameType;

	(void) mig_strncpy(InP->port_name, port_name, 80);

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = server_port;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 1041;

	_Static_assert(sizeof(Request) == 216, "Request expected to be 216 bytes");
	InP->Head.msgh_size = 216;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 216, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 1141)) {
		if (OutP->Head.msgh_id == MACH_NOTIFY_SEND_ONCE)
			return MIG_SERVER_DIED;
		else {
			mig_dealloc_reply_port(InP->Head.msgh_reply_port);
			return MIG_REPLY_MISMATCH;
		}
	}

#if	TypeCheck
	msgh_size = OutP->Head.msgh_size;
	msgh_simple = !(OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX);

	if (mig_unlikely (((msgh_size != 48) || msgh_simple) &&
	    ((msgh_size != sizeof(mig_reply_header_t)) ||
	     !msgh_simple ||
	     (OutP->RetCode == KERN_SUCCESS))))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->RetCodeType, &RetCodeCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	if (OutP->RetCode != KERN_SUCCESS)
		return OutP->RetCode;

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->port_idType, &port_idCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*port_id = OutP->port_id;

	return KERN_SUCCESS;
}

/* Routine netname_check_out */
mig_external kern_return_t netname_check_out
(
	mach_port_t server_port,
	const_netname_name_t port_name,
	mach_port_t signature
)
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

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

	const mach_msg_type_long_t port_nameType = {
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

	const mach_msg_type_t signatureType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->port_nameType = port_nameType;

	(void) mig_strncpy(InP->port_name, port_name, 80);

	InP->signatureType = signatureType;

	InP->signature = signature;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = server_port;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 1042;

	_Static_assert(sizeof(Request) == 132, "Request expected to be 132 bytes");
	InP->Head.msgh_size = 132;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 132, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 1142)) {
		if (OutP->Head.msgh_id == MACH_NOTIFY_SEND_ONCE)
			return MIG_SERVER_DIED;
		else {
			mig_dealloc_reply_port(InP->Head.msgh_reply_port);
			return MIG_REPLY_MISMATCH;
		}
	}

#if	TypeCheck
	if (mig_unlikely ((OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) ||
	    (OutP->Head.msgh_size != 40)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->RetCodeType, &RetCodeCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	return OutP->RetCode;
}

/* Routine netname_version */
mig_external kern_return_t netname_version
(
	mach_port_t server_port,
	netname_name_t version
)
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

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;
#if	TypeCheck
	unsigned int msgh_size;
#endif	/* TypeCheck */

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = server_port;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 1043;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 1143)) {
		if (OutP->Head.msgh_id == MACH_NOTIFY_SEND_ONCE)
			return MIG_SERVER_DIED;
		else {
			mig_dealloc_reply_port(InP->Head.msgh_reply_port);
			return MIG_REPLY_MISMATCH;
		}
	}

#if	TypeCheck
	msgh_size = OutP->Head.msgh_size;

	if (mig_unlikely ((OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) ||
	    ((msgh_size != 132) &&
	     ((msgh_size != sizeof(mig_reply_header_t)) ||
	      (OutP->RetCode == KERN_SUCCESS)))))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->RetCodeType, &RetCodeCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	if (OutP->RetCode != KERN_SUCCESS)
		return OutP->RetCode;

#if	TypeCheck
	if (mig_unlikely ((OutP->versionType.msgtl_header.msgt_inline != TRUE) ||
	    (OutP->versionType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->versionType.msgtl_name != MACH_MSG_TYPE_STRING_C) ||
	    (OutP->versionType.msgtl_number != 1) ||
	    (OutP->versionType.msgtl_size != 640)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	(void) mig_strncpy(version, OutP->version, 80);

	return KERN_SUCCESS;
}
