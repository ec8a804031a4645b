/*
 * fixture.h: finding fixtures. The default fixture is generated on first
 * use into the user's cache directory with gen.h's defaults and reused
 * until amcq's version changes, so an installed amcq needs no data files.
 * A fixture's first-party tables (amcq load) extend the policy.
 */
#ifndef AMCQ_FIXTURE_H
#define AMCQ_FIXTURE_H

#include <sqlite3.h>
#include <stdio.h>

#include "policy.h"

/* Path of the default fixture, generating it if it is missing or was made
** by another version. $XDG_CACHE_HOME/amcq (else ~/.cache/amcq). Returns a
** heap path, or NULL with *pzErr set. pProgress: progress bar, or NULL.
** pNote: where to say, before making it, what is made and where (or NULL). */
char *fixture_default(FILE *pProgress, FILE *pNote, int *pbGenerated, char **pzErr);

/* The amcq version that made fixture zPath (heap), or NULL when it is not
** an amcq fixture (or cannot be read). */
char *fixture_version(const char *zPath);

/* Is zDb an existing regular file? Returns 0, or -1 with *pzErr set to a
** message saying what it is instead (missing: how to make one). */
int fixture_stat(const char *zDb, char **pzErr);

/* The message for fixture zDb when db's last error says SQLite cannot read
** it: not a database, corrupt, or (any other error) not a fixture. */
char *fixture_unreadable(const char *zDb, sqlite3 *db);

/* Add the first-party tables recorded in fixture zDb to policy p. Returns
** the number added, or -1 with *pzErr set (not a fixture, unreadable). */
int fixture_add_tables(const char *zDb, Policy *p, char **pzErr);

#endif
