/*
 * conformance: tests of machemu against the Mach Kernel Interface man
 * pages (shared/reference/osfmk-man).  One file per page, named after it;
 * each defines its suite with CONFORMANCE_PAGE(page) and registers itself
 * at load time, so tests/check_conformance.c runs them all without a list
 * to keep.  Every test runs against a real machd (conformance_tcase).
 *
 * The pages describe OSF Mach; machemu follows them for behaviour and
 * return codes and GNU Mach for the message format and the numeric values
 * (DESIGN.md section 2).  Where Linux or GNU Mach cannot give what a page
 * says, the test checks the documented deviation and names it.
 */
#ifndef MACHEMU_CONFORMANCE_H
#define MACHEMU_CONFORMANCE_H

#include <check.h>

#include <mach.h>
#include <mach_error.h>

#include "harness.h"

typedef Suite *(*conformance_suite_fn)(void);

/* Record the suite of the man page PAGE (called at load time). */
void conformance_register(const char *page, conformance_suite_fn fn);

/* Define the suite builder of PAGE and register it. */
#define CONFORMANCE_PAGE(page)						\
	static Suite *conformance_##page(void);				\
	__attribute__((constructor)) static void			\
	conformance_register_##page(void)				\
	{								\
		conformance_register(#page, conformance_##page);	\
	}								\
	static Suite *conformance_##page(void)

/* A test case whose tests each run against a machd of their own. */
TCase *conformance_tcase(const char *name);

/* Assert that CALL returned KERN_SUCCESS, naming the code otherwise. */
#define CK_KR(call) do {						\
		kern_return_t ck_kr_ = (call);				\
		ck_assert_msg(ck_kr_ == KERN_SUCCESS, "%s: %s (0x%x)",	\
		    #call, mach_error_string(ck_kr_), ck_kr_);		\
	} while (0)

/* Assert that CALL returned the code WANT. */
#define CK_KR_EQ(call, want) do {					\
		kern_return_t ck_kr_ = (call);				\
		ck_assert_msg(ck_kr_ == (kern_return_t)(want),		\
		    "%s: %s (0x%x), expected %s", #call,		\
		    mach_error_string(ck_kr_), ck_kr_, #want);		\
	} while (0)

#endif
