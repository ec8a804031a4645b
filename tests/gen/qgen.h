/*
 * qgen.h: a seeded, deterministic generator of random AMC SQL queries, the
 * input of the checker and runner tests (tests/gen/qgen_main.c, make fuzz).
 * It reads table columns and functions from a Policy and mixes CTE chains,
 * joins, unions, windows, subqueries and AMC's functions over columns of
 * every class; about one query in eight breaks an AMC rule on purpose.
 */
#ifndef AMCQ_QGEN_H
#define AMCQ_QGEN_H

#include <stdint.h>

#include "policy.h"

/* The CUSTOM_PARAMETER names the queries use, and values for amcq run:
** p1 STRING, p2 LONG, p3 ARRAY of LONG. */
#define QGEN_RUN_PARAMS "--param p1=BRAND_A --param p2=5 --param p3=[1,2,3]"

typedef struct QGen QGen;

/* A generator over the tables azTables[0..nTables) of pPol. Names the policy
** does not know, tables without documented columns and *_for_audiences
** tables are skipped; if none is left, every analytics table of the policy
** with a user column is used. pPol and azTables must outlive the generator
** (columns and names are read from them). The same seed gives the same
** queries on every machine: query k depends only on the seed, k and the
** tables. Never NULL (aborts on out-of-memory). */
QGen *qgen_new(const Policy *pPol, const char *const *azTables, int nTables,
               uint64_t seed);

/* The next query: heap, NUL-terminated, shorter than 8 KiB, one statement
** without a terminating semicolon; the caller free()s it. Never NULL. */
char *qgen_next(QGen *g);

/* What the last query of qgen_next breaks on purpose: NULL when it was
** generated to be accepted (by AMC's rules as qgen models them, not a
** guarantee), else the rule code and a few words ("AMC105 literal filter
** ..."), or a text starting "none" when the violation could not be placed.
** Static text. */
const char *qgen_last_intent(const QGen *g);

/* Frees g and everything it owns. g may be NULL. */
void qgen_free(QGen *g);

#endif
