/*
 * test.h: a minimal unit-test harness. Each test is a function; CHECK
 * records a failure with file and line and the test goes on. The runner
 * (tests/run.sh) counts the "PASS name" and "FAIL name: why" lines.
 */
#ifndef AMCQ_TEST_H
#define AMCQ_TEST_H

#include <stdio.h>
#include <string.h>

extern int test_nFail; /* failures in the current test */

#define CHECK(cond)                                                        \
  do {                                                                     \
    if (!(cond)) {                                                         \
      if (!test_nFail) printf("FAIL %s: ", test_zName);                    \
      else printf("     ");                                                \
      printf("%s:%d: %s\n", __FILE__, __LINE__, #cond);                    \
      test_nFail++;                                                        \
    }                                                                      \
  } while (0)

#define CHECK_STR(a, b)                                                    \
  do {                                                                     \
    const char *a_ = (a), *b_ = (b);                                       \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) {                               \
      if (!test_nFail) printf("FAIL %s: ", test_zName);                    \
      else printf("     ");                                                \
      printf("%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__,              \
             a_ ? a_ : "(null)", b_ ? b_ : "(null)");                      \
      test_nFail++;                                                        \
    }                                                                      \
  } while (0)

extern const char *test_zName;

#endif
