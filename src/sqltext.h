/*
 * sqltext.h: regular expressions, hashes, casts, time zones and arrays as
 * SQLite functions with AMC's semantics (see sqltext.c), for amcq run.
 */
#ifndef AMCQ_SQLTEXT_H
#define AMCQ_SQLTEXT_H

#include <sqlite3.h>
#include <stddef.h>

/* Register the functions on db; SQLITE_OK or an error code. */
int sqltext_register(sqlite3 *db);

/* Is zPattern a valid regular expression? 0 if so; 1 if it may be valid
** for AMC (Java) though amcq cannot run it; else -1 with PCRE2's message in
** zMsg and the byte offset of the error in *pOff. */
int sqltext_regex_check(const char *zPattern, char *zMsg, size_t nMsg, size_t *pOff);

#endif
