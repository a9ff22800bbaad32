#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "mach_host.h"
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
#include <mach/mach_types.h>

/* Routine host_processors */
mig_external kern_return_t host_processors
(
	mach_port_t host_priv,
	processor_array_t *processor_list,
	mach_msg_type_number_t *processor_listCnt
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
		mach_msg_type_long_t processor_listType;
		processor_array_t processor_list;
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
	InP->Head.msgh_request_port = host_priv;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2600;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2700)) {
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

	if (mig_unlikely (((msgh_size != 60) || msgh_simple) &&
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
	if (mig_unlikely ((OutP->processor_listType.msgtl_header.msgt_inline != FALSE) ||
	    (OutP->processor_listType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->processor_listType.msgtl_name != MACH_MSG_TYPE_PORT_SEND) ||
	    (OutP->processor_listType.msgtl_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*processor_list = OutP->processor_list;

	*processor_listCnt = OutP->processor_listType.msgtl_number;

	return KERN_SUCCESS;
}

/* Routine processor_start */
mig_external kern_return_t processor_start
(
	mach_port_t processor
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
	} Reply;
#pragma pack(pop)

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

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
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2603;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2703)) {
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

/* Routine processor_exit */
mig_external kern_return_t processor_exit
(
	mach_port_t processor
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
	} Reply;
#pragma pack(pop)

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

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
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2604;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2704)) {
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

/* Routine processor_set_default */
mig_external kern_return_t processor_set_default
(
	mach_port_t host,
	mach_port_t *default_set
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
		mach_msg_type_t default_setType;
		mach_port_t default_set;
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t default_setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
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
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2606;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2706)) {
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
	if (BAD_TYPECHECK (&OutP->default_setType, &default_setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*default_set = OutP->default_set;

	return KERN_SUCCESS;
}

/* Routine processor_set_create */
mig_external kern_return_t processor_set_create
(
	mach_port_t host,
	mach_port_t *new_set,
	mach_port_t *new_name
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
		mach_msg_type_t new_setType;
		mach_port_t new_set;
		mach_msg_type_t new_nameType;
		mach_port_t new_name;
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t new_setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t new_nameCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
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
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2608;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2708)) {
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

	if (mig_unlikely (((msgh_size != 56) || msgh_simple) &&
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
	if (BAD_TYPECHECK (&OutP->new_setType, &new_setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*new_set = OutP->new_set;

#if	TypeCheck
	if (BAD_TYPECHECK (&OutP->new_nameType, &new_nameCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*new_name = OutP->new_name;

	return KERN_SUCCESS;
}

/* Routine processor_set_destroy */
mig_external kern_return_t processor_set_destroy
(
	mach_port_t set
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
	} Reply;
#pragma pack(pop)

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

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
	InP->Head.msgh_request_port = set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2609;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2709)) {
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

/* Routine processor_assign */
mig_external kern_return_t processor_assign
(
	mach_port_t processor,
	mach_port_t new_set,
	boolean_t wait
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t new_setType;
		mach_port_t new_set;
		mach_msg_type_t waitType;
		boolean_t wait;
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

	const mach_msg_type_t new_setType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t waitType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->new_setType = new_setType;

	InP->new_set = new_set;

	InP->waitType = waitType;

	InP->wait = wait;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2611;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2711)) {
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

/* Routine processor_get_assignment */
mig_external kern_return_t processor_get_assignment
(
	mach_port_t processor,
	mach_port_t *assigned_set
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
		mach_msg_type_t assigned_setType;
		mach_port_t assigned_set;
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t assigned_setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
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
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2612;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2712)) {
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
	if (BAD_TYPECHECK (&OutP->assigned_setType, &assigned_setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*assigned_set = OutP->assigned_set;

	return KERN_SUCCESS;
}

/* Routine thread_assign */
mig_external kern_return_t thread_assign
(
	mach_port_t thread,
	mach_port_t new_set
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t new_setType;
		mach_port_t new_set;
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

	const mach_msg_type_t new_setType = {
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

	InP->new_setType = new_setType;

	InP->new_set = new_set;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2613;

	_Static_assert(sizeof(Request) == 40, "Request expected to be 40 bytes");
	InP->Head.msgh_size = 40;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 40, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2713)) {
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

/* Routine thread_assign_default */
mig_external kern_return_t thread_assign_default
(
	mach_port_t thread
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
	} Reply;
#pragma pack(pop)

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

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
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2614;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2714)) {
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

/* Routine thread_get_assignment */
mig_external kern_return_t thread_get_assignment
(
	mach_port_t thread,
	mach_port_t *assigned_set
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
		mach_msg_type_t assigned_setType;
		mach_port_t assigned_set;
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t assigned_setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
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
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2615;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2715)) {
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
	if (BAD_TYPECHECK (&OutP->assigned_setType, &assigned_setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*assigned_set = OutP->assigned_set;

	return KERN_SUCCESS;
}

/* Routine task_assign */
mig_external kern_return_t task_assign
(
	mach_port_t task,
	mach_port_t new_set,
	boolean_t assign_threads
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t new_setType;
		mach_port_t new_set;
		mach_msg_type_t assign_threadsType;
		boolean_t assign_threads;
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

	const mach_msg_type_t new_setType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t assign_threadsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->new_setType = new_setType;

	InP->new_set = new_set;

	InP->assign_threadsType = assign_threadsType;

	InP->assign_threads = assign_threads;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = task;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2616;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2716)) {
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

/* Routine task_assign_default */
mig_external kern_return_t task_assign_default
(
	mach_port_t task,
	boolean_t assign_threads
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t assign_threadsType;
		boolean_t assign_threads;
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

	const mach_msg_type_t assign_threadsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->assign_threadsType = assign_threadsType;

	InP->assign_threads = assign_threads;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = task;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2617;

	_Static_assert(sizeof(Request) == 40, "Request expected to be 40 bytes");
	InP->Head.msgh_size = 40;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 40, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2717)) {
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

/* Routine task_get_assignment */
mig_external kern_return_t task_get_assignment
(
	mach_port_t task,
	mach_port_t *assigned_set
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
		mach_msg_type_t assigned_setType;
		mach_port_t assigned_set;
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

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t assigned_setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
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
	InP->Head.msgh_request_port = task;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2618;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2718)) {
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
	if (BAD_TYPECHECK (&OutP->assigned_setType, &assigned_setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*assigned_set = OutP->assigned_set;

	return KERN_SUCCESS;
}

/* Routine host_kernel_version */
mig_external kern_return_t host_kernel_version
(
	mach_port_t host,
	kernel_version_t kernel_version
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
		mach_msg_type_long_t kernel_versionType;
		kernel_version_t kernel_version;
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
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2619;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2719)) {
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
	    ((msgh_size != 564) &&
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
	if (mig_unlikely ((OutP->kernel_versionType.msgtl_header.msgt_inline != TRUE) ||
	    (OutP->kernel_versionType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->kernel_versionType.msgtl_name != MACH_MSG_TYPE_STRING) ||
	    (OutP->kernel_versionType.msgtl_number != 1) ||
	    (OutP->kernel_versionType.msgtl_size != 4096)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	(void) mig_strncpy(kernel_version, OutP->kernel_version, 512);

	return KERN_SUCCESS;
}

/* Routine thread_priority */
mig_external kern_return_t thread_priority
(
	mach_port_t thread,
	int priority,
	boolean_t set_max
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t priorityType;
		int priority;
		mach_msg_type_t set_maxType;
		boolean_t set_max;
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

	const mach_msg_type_t priorityType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t set_maxType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->priorityType = priorityType;

	InP->priority = priority;

	InP->set_maxType = set_maxType;

	InP->set_max = set_max;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2620;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2720)) {
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

/* Routine thread_max_priority */
mig_external kern_return_t thread_max_priority
(
	mach_port_t thread,
	mach_port_t processor_set,
	int max_priority
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t processor_setType;
		mach_port_t processor_set;
		mach_msg_type_t max_priorityType;
		int max_priority;
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

	const mach_msg_type_t processor_setType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t max_priorityType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->processor_setType = processor_setType;

	InP->processor_set = processor_set;

	InP->max_priorityType = max_priorityType;

	InP->max_priority = max_priority;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2621;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2721)) {
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

/* Routine task_priority */
mig_external kern_return_t task_priority
(
	mach_port_t task,
	int priority,
	boolean_t change_threads
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t priorityType;
		int priority;
		mach_msg_type_t change_threadsType;
		boolean_t change_threads;
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

	const mach_msg_type_t priorityType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t change_threadsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->priorityType = priorityType;

	InP->priority = priority;

	InP->change_threadsType = change_threadsType;

	InP->change_threads = change_threads;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = task;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2622;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2722)) {
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

/* Routine processor_set_max_priority */
mig_external kern_return_t processor_set_max_priority
(
	mach_port_t processor_set,
	int max_priority,
	boolean_t change_threads
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t max_priorityType;
		int max_priority;
		mach_msg_type_t change_threadsType;
		boolean_t change_threads;
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

	const mach_msg_type_t max_priorityType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t change_threadsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->max_priorityType = max_priorityType;

	InP->max_priority = max_priority;

	InP->change_threadsType = change_threadsType;

	InP->change_threads = change_threads;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor_set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2623;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2723)) {
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

/* Routine thread_policy */
mig_external kern_return_t thread_policy
(
	mach_port_t thread,
	int policy,
	int data
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t policyType;
		int policy;
		mach_msg_type_t dataType;
		int data;
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

	const mach_msg_type_t policyType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t dataType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->policyType = policyType;

	InP->policy = policy;

	InP->dataType = dataType;

	InP->data = data;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2624;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2724)) {
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

/* Routine processor_set_policy_enable */
mig_external kern_return_t processor_set_policy_enable
(
	mach_port_t processor_set,
	int policy
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t policyType;
		int policy;
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

	const mach_msg_type_t policyType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->policyType = policyType;

	InP->policy = policy;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor_set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2625;

	_Static_assert(sizeof(Request) == 40, "Request expected to be 40 bytes");
	InP->Head.msgh_size = 40;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 40, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2725)) {
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

/* Routine processor_set_policy_disable */
mig_external kern_return_t processor_set_policy_disable
(
	mach_port_t processor_set,
	int policy,
	boolean_t change_threads
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t policyType;
		int policy;
		mach_msg_type_t change_threadsType;
		boolean_t change_threads;
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

	const mach_msg_type_t policyType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t change_threadsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->policyType = policyType;

	InP->policy = policy;

	InP->change_threadsType = change_threadsType;

	InP->change_threads = change_threads;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor_set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2626;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2726)) {
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

/* Routine processor_set_tasks */
mig_external kern_return_t processor_set_tasks
(
	mach_port_t processor_set,
	task_array_t *task_list,
	mach_msg_type_number_t *task_listCnt
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
		mach_msg_type_long_t task_listType;
		task_array_t task_list;
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
	InP->Head.msgh_request_port = processor_set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2627;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2727)) {
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

	if (mig_unlikely (((msgh_size != 60) || msgh_simple) &&
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
	if (mig_unlikely ((OutP->task_listType.msgtl_header.msgt_inline != FALSE) ||
	    (OutP->task_listType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->task_listType.msgtl_name != MACH_MSG_TYPE_PORT_SEND) ||
	    (OutP->task_listType.msgtl_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*task_list = OutP->task_list;

	*task_listCnt = OutP->task_listType.msgtl_number;

	return KERN_SUCCESS;
}

/* Routine processor_set_threads */
mig_external kern_return_t processor_set_threads
(
	mach_port_t processor_set,
	thread_array_t *thread_list,
	mach_msg_type_number_t *thread_listCnt
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
		mach_msg_type_long_t thread_listType;
		thread_array_t thread_list;
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
	InP->Head.msgh_request_port = processor_set;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2628;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2728)) {
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

	if (mig_unlikely (((msgh_size != 60) || msgh_simple) &&
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
	if (mig_unlikely ((OutP->thread_listType.msgtl_header.msgt_inline != FALSE) ||
	    (OutP->thread_listType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->thread_listType.msgtl_name != MACH_MSG_TYPE_PORT_SEND) ||
	    (OutP->thread_listType.msgtl_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*thread_list = OutP->thread_list;

	*thread_listCnt = OutP->thread_listType.msgtl_number;

	return KERN_SUCCESS;
}

/* Routine host_processor_sets */
mig_external kern_return_t host_processor_sets
(
	mach_port_t host,
	processor_set_name_array_t *processor_sets,
	mach_msg_type_number_t *processor_setsCnt
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
		mach_msg_type_long_t processor_setsType;
		processor_set_name_array_t processor_sets;
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
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2629;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2729)) {
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

	if (mig_unlikely (((msgh_size != 60) || msgh_simple) &&
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
	if (mig_unlikely ((OutP->processor_setsType.msgtl_header.msgt_inline != FALSE) ||
	    (OutP->processor_setsType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->processor_setsType.msgtl_name != MACH_MSG_TYPE_PORT_SEND) ||
	    (OutP->processor_setsType.msgtl_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*processor_sets = OutP->processor_sets;

	*processor_setsCnt = OutP->processor_setsType.msgtl_number;

	return KERN_SUCCESS;
}

/* Routine host_processor_set_priv */
mig_external kern_return_t host_processor_set_priv
(
	mach_port_t host_priv,
	mach_port_t set_name,
	mach_port_t *set
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t set_nameType;
		mach_port_t set_name;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t setType;
		mach_port_t set;
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

	const mach_msg_type_t set_nameType = {
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

	const mach_msg_type_t setCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->set_nameType = set_nameType;

	InP->set_name = set_name;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = host_priv;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2630;

	_Static_assert(sizeof(Request) == 40, "Request expected to be 40 bytes");
	InP->Head.msgh_size = 40;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 40, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2730)) {
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
	if (BAD_TYPECHECK (&OutP->setType, &setCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*set = OutP->set;

	return KERN_SUCCESS;
}

/* Routine thread_depress_abort */
mig_external kern_return_t thread_depress_abort
(
	mach_port_t thread
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
	} Reply;
#pragma pack(pop)

	union {
		Request In;
		Reply Out;
	} Mess;

	Request *InP = &Mess.In;
	Reply *OutP = &Mess.Out;

	mach_msg_return_t msg_result;

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
	InP->Head.msgh_request_port = thread;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2631;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2731)) {
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

/* Routine host_reboot */
mig_external kern_return_t host_reboot
(
	mach_port_t host_priv,
	int options
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t optionsType;
		int options;
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

	const mach_msg_type_t optionsType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->optionsType = optionsType;

	InP->options = options;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = host_priv;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2635;

	_Static_assert(sizeof(Request) == 40, "Request expected to be 40 bytes");
	InP->Head.msgh_size = 40;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 40, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2735)) {
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

/* Routine vm_wire */
mig_external kern_return_t vm_wire
(
	mach_port_t host,
	mach_port_t task,
	vm_address_t address,
	vm_size_t size,
	vm_prot_t access
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t taskType;
		mach_port_t task;
		mach_msg_type_t addressType;
		vm_address_t address;
		mach_msg_type_t sizeType;
		vm_size_t size;
		mach_msg_type_t accessType;
		vm_prot_t access;
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

	const mach_msg_type_t taskType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t addressType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_address_t) == 8 * 1, "expected vm_address_t to be size 8 * 1");

	const mach_msg_type_t sizeType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_64,
		/* msgt_size = */		64,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_size_t) == 8 * 1, "expected vm_size_t to be size 8 * 1");

	const mach_msg_type_t accessType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(vm_prot_t) == 4 * 1, "expected vm_prot_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->taskType = taskType;

	InP->task = task;

	InP->addressType = addressType;

	InP->address = address;

	InP->sizeType = sizeType;

	InP->size = size;

	InP->accessType = accessType;

	InP->access = access;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2636;

	_Static_assert(sizeof(Request) == 72, "Request expected to be 72 bytes");
	InP->Head.msgh_size = 72;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 72, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2736)) {
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

/* Routine thread_wire */
mig_external kern_return_t thread_wire
(
	mach_port_t host_priv,
	mach_port_t thread,
	boolean_t wired
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t threadType;
		mach_port_t thread;
		mach_msg_type_t wiredType;
		boolean_t wired;
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

	const mach_msg_type_t threadType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_COPY_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_port_t) == 4 * 1, "expected mach_port_t to be size 4 * 1");

	const mach_msg_type_t wiredType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_BOOLEAN,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(boolean_t) == 4 * 1, "expected boolean_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->threadType = threadType;

	InP->thread = thread;

	InP->wiredType = wiredType;

	InP->wired = wired;

	InP->Head.msgh_bits = MACH_MSGH_BITS_COMPLEX|
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = host_priv;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2637;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2737)) {
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

/* Routine host_info */
mig_external kern_return_t host_info
(
	mach_port_t host,
	int flavor,
	host_info_t host_info_out,
	mach_msg_type_number_t *host_info_outCnt
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t flavorType;
		int flavor;
		mach_msg_type_t host_info_outCntType;
		mach_msg_type_number_t host_info_outCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t host_info_outType;
		union {
			integer_t host_info_out[1024];
			integer_t *host_info_outP;
		};
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

	const mach_msg_type_t flavorType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t host_info_outCntType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_msg_type_number_t) == 4 * 1, "expected mach_msg_type_number_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->flavorType = flavorType;

	InP->flavor = flavor;

	InP->host_info_outCntType = host_info_outCntType;

	if (*host_info_outCnt < 1024)
		InP->host_info_outCnt = *host_info_outCnt;
	else
		InP->host_info_outCnt = 1024;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = host;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2638;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2738)) {
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
	    ((msgh_size < 44) &&
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
	if (mig_unlikely ((OutP->host_info_outType.msgt_inline != TRUE) ||
	    (OutP->host_info_outType.msgt_longform != FALSE) ||
	    (OutP->host_info_outType.msgt_name != MACH_MSG_TYPE_INTEGER_32) ||
	    (OutP->host_info_outType.msgt_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely (msgh_size != 44 + (4 * OutP->host_info_outType.msgt_number)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	if (OutP->host_info_outType.msgt_number > *host_info_outCnt) {
		if (*host_info_outCnt)
			memcpy(host_info_out, OutP->host_info_out, 4 * *host_info_outCnt);
		*host_info_outCnt = OutP->host_info_outType.msgt_number;
		return MIG_ARRAY_TOO_LARGE;
	}
	else if (OutP->host_info_outType.msgt_number) {
		memcpy(host_info_out, OutP->host_info_out, 4 * OutP->host_info_outType.msgt_number);
	}

	*host_info_outCnt = OutP->host_info_outType.msgt_number;

	return KERN_SUCCESS;
}

/* Routine processor_info */
mig_external kern_return_t processor_info
(
	mach_port_t processor,
	int flavor,
	mach_port_t *host,
	processor_info_t processor_info_out,
	mach_msg_type_number_t *processor_info_outCnt
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t flavorType;
		int flavor;
		mach_msg_type_t processor_info_outCntType;
		mach_msg_type_number_t processor_info_outCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t hostType;
		mach_port_t host;
		mach_msg_type_t processor_info_outType;
		union {
			integer_t processor_info_out[1024];
			integer_t *processor_info_outP;
		};
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

	const mach_msg_type_t flavorType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t processor_info_outCntType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_msg_type_number_t) == 4 * 1, "expected mach_msg_type_number_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t hostCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->flavorType = flavorType;

	InP->flavor = flavor;

	InP->processor_info_outCntType = processor_info_outCntType;

	if (*processor_info_outCnt < 1024)
		InP->processor_info_outCnt = *processor_info_outCnt;
	else
		InP->processor_info_outCnt = 1024;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2639;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2739)) {
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

	if (mig_unlikely (((msgh_size < 52) || msgh_simple) &&
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
	if (BAD_TYPECHECK (&OutP->hostType, &hostCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*host = OutP->host;

#if	TypeCheck
	if (mig_unlikely ((OutP->processor_info_outType.msgt_inline != TRUE) ||
	    (OutP->processor_info_outType.msgt_longform != FALSE) ||
	    (OutP->processor_info_outType.msgt_name != MACH_MSG_TYPE_INTEGER_32) ||
	    (OutP->processor_info_outType.msgt_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely (msgh_size != 52 + (4 * OutP->processor_info_outType.msgt_number)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	if (OutP->processor_info_outType.msgt_number > *processor_info_outCnt) {
		if (*processor_info_outCnt)
			memcpy(processor_info_out, OutP->processor_info_out, 4 * *processor_info_outCnt);
		*processor_info_outCnt = OutP->processor_info_outType.msgt_number;
		return MIG_ARRAY_TOO_LARGE;
	}
	else if (OutP->processor_info_outType.msgt_number) {
		memcpy(processor_info_out, OutP->processor_info_out, 4 * OutP->processor_info_outType.msgt_number);
	}

	*processor_info_outCnt = OutP->processor_info_outType.msgt_number;

	return KERN_SUCCESS;
}

/* Routine processor_set_info */
mig_external kern_return_t processor_set_info
(
	mach_port_t set_name,
	int flavor,
	mach_port_t *host,
	processor_set_info_t info_out,
	mach_msg_type_number_t *info_outCnt
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t flavorType;
		int flavor;
		mach_msg_type_t info_outCntType;
		mach_msg_type_number_t info_outCnt;
	} Request;
#pragma pack(pop)

#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t RetCodeType;
		kern_return_t RetCode;
		mach_msg_type_t hostType;
		mach_port_t host;
		mach_msg_type_t info_outType;
		union {
			integer_t info_out[1024];
			integer_t *info_outP;
		};
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

	const mach_msg_type_t flavorType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(int) == 4 * 1, "expected int to be size 4 * 1");

	const mach_msg_type_t info_outCntType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};
	_Static_assert(sizeof(mach_msg_type_number_t) == 4 * 1, "expected mach_msg_type_number_t to be size 4 * 1");

	const mach_msg_type_t RetCodeCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	const mach_msg_type_t hostCheck = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_PORT_SEND,
		/* msgt_size = */		32,
		/* msgt_number = */		1,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
	};

	InP->flavorType = flavorType;

	InP->flavor = flavor;

	InP->info_outCntType = info_outCntType;

	if (*info_outCnt < 1024)
		InP->info_outCnt = *info_outCnt;
	else
		InP->info_outCnt = 1024;

	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = set_name;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2640;

	_Static_assert(sizeof(Request) == 48, "Request expected to be 48 bytes");
	InP->Head.msgh_size = 48;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 48, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2740)) {
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

	if (mig_unlikely (((msgh_size < 52) || msgh_simple) &&
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
	if (BAD_TYPECHECK (&OutP->hostType, &hostCheck))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	*host = OutP->host;

#if	TypeCheck
	if (mig_unlikely ((OutP->info_outType.msgt_inline != TRUE) ||
	    (OutP->info_outType.msgt_longform != FALSE) ||
	    (OutP->info_outType.msgt_name != MACH_MSG_TYPE_INTEGER_32) ||
	    (OutP->info_outType.msgt_size != 32)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

#if	TypeCheck
	if (mig_unlikely (msgh_size != 52 + (4 * OutP->info_outType.msgt_number)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	if (OutP->info_outType.msgt_number > *info_outCnt) {
		if (*info_outCnt)
			memcpy(info_out, OutP->info_out, 4 * *info_outCnt);
		*info_outCnt = OutP->info_outType.msgt_number;
		return MIG_ARRAY_TOO_LARGE;
	}
	else if (OutP->info_outType.msgt_number) {
		memcpy(info_out, OutP->info_out, 4 * OutP->info_outType.msgt_number);
	}

	*info_outCnt = OutP->info_outType.msgt_number;

	return KERN_SUCCESS;
}

/* Routine processor_control */
mig_external kern_return_t processor_control
(
	mach_port_t processor,
	const processor_info_t processor_cmd,
	mach_msg_type_number_t processor_cmdCnt
)
{
#pragma pack(push,4)
	typedef struct {
		mach_msg_header_t Head;
		mach_msg_type_t processor_cmdType;
		union {
			integer_t processor_cmd[1024];
			const integer_t *processor_cmdP;
		};
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
	unsigned int msgh_size;

	const mach_msg_type_t processor_cmdType = {
		/* msgt_name = */		(unsigned char) MACH_MSG_TYPE_INTEGER_32,
		/* msgt_size = */		32,
		/* msgt_number = */		1024,
		/* msgt_inline = */		TRUE,
		/* msgt_longform = */		FALSE,
		/* msgt_deallocate = */		FALSE,
		/* msgt_unused = */		0
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

	InP->processor_cmdType = processor_cmdType;

	if (processor_cmdCnt > 1024) {
		return MIG_ARRAY_TOO_LARGE;
	}
	else if (processor_cmdCnt) {
		memcpy(InP->processor_cmd, processor_cmd, 4 * processor_cmdCnt);
	}

	InP->processor_cmdType.msgt_number = processor_cmdCnt;

	msgh_size = 36 + (4 * processor_cmdCnt);
	InP->Head.msgh_bits =
		MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
	/* msgh_size filled below */
	InP->Head.msgh_request_port = processor;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2641;

	InP->Head.msgh_size = msgh_size;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, msgh_size, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2741)) {
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

/* Routine host_get_boot_info */
mig_external kern_return_t host_get_boot_info
(
	mach_port_t host_priv,
	kernel_boot_info_t boot_info
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
		mach_msg_type_long_t boot_infoType;
		kernel_boot_info_t boot_info;
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
	InP->Head.msgh_request_port = host_priv;
	InP->Head.msgh_reply_port = mig_get_reply_port();
	InP->Head.msgh_seqno = 0;
	InP->Head.msgh_id = 2642;

	_Static_assert(sizeof(Request) == 32, "Request expected to be 32 bytes");
	InP->Head.msgh_size = 32;

	msg_result = mach_msg(&InP->Head, MACH_SEND_MSG|MACH_RCV_MSG|MACH_MSG_OPTION_NONE, 32, sizeof(Reply), InP->Head.msgh_reply_port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
	if (msg_result != MACH_MSG_SUCCESS) {
		mig_dealloc_reply_port(InP->Head.msgh_reply_port);
		return msg_result;
	}
	mig_put_reply_port(InP->Head.msgh_reply_port);

	if (mig_unlikely (OutP->Head.msgh_id != 2742)) {
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
	    ((msgh_size != 4148) &&
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
	if (mig_unlikely ((OutP->boot_infoType.msgtl_header.msgt_inline != TRUE) ||
	    (OutP->boot_infoType.msgtl_header.msgt_longform != TRUE) ||
	    (OutP->boot_infoType.msgtl_name != MACH_MSG_TYPE_STRING) ||
	    (OutP->boot_infoType.msgtl_number != 1) ||
	    (OutP->boot_infoType.msgtl_size != 32768)))
		return MIG_TYPE_ERROR;
#endif	/* TypeCheck */

	(void) mig_strncpy(boot_info, OutP->boot_info, 4096);

	return KERN_SUCCESS;
}
