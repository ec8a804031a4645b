/*
 * sqlfunc.h: AMC functions with AMC's semantics, registered on a SQLite
 * connection for amcq run. Dates and times are text in one format:
 * 'YYYY-MM-DD HH:MM:SS' (UTC), 'YYYY-MM-DD'.
 */
#ifndef AMCQ_SQLFUNC_H
#define AMCQ_SQLFUNC_H

#include <sqlite3.h>
#include <stdint.h>

/* Register the functions on db. Returns SQLITE_OK or an error code.
** LEFT and RIGHT are keywords of SQLite's grammar: SQL calling them must
** quote the name ("left"(s, n)), as the emitter quotes every name. */
int sqlfunc_register(sqlite3 *db);

/* The user-sketch functions: amcq_uhash(user_id) (keyed with *pKey, which
** must outlive db), amcq_sketch(hash [, k]) and amcq_sketch_union(sketch
** [, k]) aggregates, amcq_sketch_count(sketch). */
int sqlfunc_register_sketches(sqlite3 *db, const uint64_t *pKey);

/* 'YYYY-MM-DD[ HH:MM:SS[.fff]][Z]' (or with T) to seconds since the epoch;
** 0, or -1 when z is not such a time. */
int sqlfunc_parse_time(const char *z, int64_t *pEpoch);
/* Seconds since the epoch to 'YYYY-MM-DD HH:MM:SS'. */
void sqlfunc_format_time(int64_t t, char zOut[32]);

#endif
