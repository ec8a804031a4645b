/*
 * guard.h: the identifier guard, amcq run's last line of defence. Before
 * any row leaves amcq (any format, the shell, the library), every text
 * cell is checked against the fixture's identifiers: the values of every
 * VERY_HIGH and INTERNAL column of every table, compared ignoring case.
 * The checker and the thresholds must stop every leak on their own; the
 * guard only makes a mistake in them fail closed (docs/security.md).
 *
 * The identifiers are kept in the fixture as one Bloom filter of keyed
 * hashes per table (table amcq_idents), made when amcq gen writes the
 * fixture and when amcq load writes a table; a hit is confirmed against
 * the table itself before the run is stopped, so a false positive of the
 * filter costs a lookup, never a refused result.
 */
#ifndef AMCQ_GUARD_H
#define AMCQ_GUARD_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "policy.h"

typedef struct Guard Guard;

/* The guard's hash key from the fixture's pseudonymization key: another
** key, so a filter never holds the pseudonymization hashes. */
uint64_t guard_key(const unsigned char *aKey, size_t nKey);

/* (Re)make the filter of table t (all of pPol's tables present in db when
** t is NULL) inside the caller's transaction. Returns 0, or -1 with
** *pzErr (heap). */
int guard_build(sqlite3 *db, const Policy *pPol, const PTable *t, uint64_t key, char **pzErr);

/* Read the filters of db. A fixture made before filters existed gets them
** built in memory from its tables (slower, the same answer). Returns NULL
** with *pzErr (heap) on error. */
Guard *guard_open(sqlite3 *db, const Policy *pPol, uint64_t key, char **pzErr);

/* Does text z[0..n) hold an identifier of the fixture, as a whole or as a
** word of it? 1 yes, 0 no, -1 when it cannot tell (SQLite failed): the
** caller then stops too. */
int guard_text(Guard *g, const char *z, size_t n);

void guard_close(Guard *g);

#endif
