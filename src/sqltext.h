/*
 * sqltext.h: regular expressions, hashes, casts, time zones and arrays as
 * SQLite functions with AMC's semantics (see sqltext.c), for amcq run.
 */
#ifndef AMCQ_SQLTEXT_H
#define AMCQ_SQLTEXT_H

#include <sqlite3.h>

/* Register the functions on db; SQLITE_OK or an error code. */
int sqltext_register(sqlite3 *db);

#endif
