/*
 * test_types.h: the C types of defs/test.defs, the test interface that
 * covers every kind of MIG argument.
 */
#ifndef MACHEMU_TEST_TYPES_H
#define MACHEMU_TEST_TYPES_H

#include <stdint.h>
#include <mach/std_types.h>

typedef int64_t test_int64_t;
typedef int test_fixed_t[4];
typedef int *test_var_t;		/* array[*:16] of int */
typedef char test_name_t[64];
typedef char *test_vstring_t;		/* c_string[*:128] */
typedef char *test_ool_t;		/* ^array[] of char */
typedef char *test_data_t;		/* array[] of char */
typedef mach_port_t *test_port_array_t;	/* ^array[] of mach_port_send_t */
typedef const char *const_test_name_t;
typedef const char *const_test_vstring_t;
typedef const char *const_test_data_t;

#endif
