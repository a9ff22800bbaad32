/*
 * check_conformance: runs the conformance suites of tests/conformance/,
 * one per man page, each registered at load time (conformance.h).
 * With a page name as argument, runs only that page's suite.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance/conformance.h"

#define MAX_PAGES 256

static struct {
	const char *page;
	conformance_suite_fn fn;
} pages[MAX_PAGES];
static int npages;

void
conformance_register(const char *page, conformance_suite_fn fn)
{
	if (npages == MAX_PAGES) {
		fprintf(stderr, "check_conformance: too many pages\n");
		exit(99);
	}
	pages[npages].page = page;
	pages[npages].fn = fn;
	npages++;
}

static void
machd_setup(void)
{
	harness_machd_start(NULL);
}

static void
machd_teardown(void)
{
	ck_assert_int_eq(harness_machd_stop(), 0);
}

TCase *
conformance_tcase(const char *name)
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, machd_setup, machd_teardown);
	tcase_set_timeout(tc, 30);
	return tc;
}

static void
cluster_setup(void)
{
	harness_cluster_start(3, NULL);
}

static void
cluster_teardown(void)
{
	ck_assert_int_eq(harness_cluster_stop(), 0);
}

TCase *
conformance_cluster_tcase(const char *name)
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, cluster_setup, cluster_teardown);
	tcase_set_timeout(tc, 60);
	return tc;
}

int
main(int argc, char **argv)
{
	SRunner *sr = NULL;
	for (int i = 0; i < npages; i++) {
		if (argc > 1 && strcmp(argv[1], pages[i].page) != 0)
			continue;
		if (sr == NULL)
			sr = srunner_create(pages[i].fn());
		else
			srunner_add_suite(sr, pages[i].fn());
	}
	if (sr == NULL) {
		fprintf(stderr, "check_conformance: no page %s\n",
		    argc > 1 ? argv[1] : "registered");
		return EXIT_FAILURE;
	}
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
