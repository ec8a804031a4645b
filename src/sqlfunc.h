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

/* An error of amcq's own SQL function zFunc (as the query writes it,
** "DATE_TRUNC"): zMsg says what kind of argument was wrong and never
** quotes a value, which may be data. The text is marked so that amcq run
** can tell it from SQLite's own messages, which it never prints
** (sqlfunc_error_parse). */
void sqlfunc_error(sqlite3_context *ctx, const char *zFunc, const char *zMsg);

/* If zErr came from sqlfunc_error, point *pzFunc and *pzMsg into it
** (*pnFunc bytes of function name) and return 1; else 0. */
int sqlfunc_error_parse(const char *zErr, const char **pzFunc, int *pnFunc,
                        const char **pzMsg);

/* The user-sketch functions. A sketch value is NULL (no record of the
** path), an INTEGER (one user's hash), an empty BLOB (records, no user) or
** a BLOB holding an encoded sketch (sketch.h).
**   amcq_uhash(user_id)        keyed with *pKey, which must outlive db
**   amcq_sketch_union(s [, k]) aggregate and window function
**   amcq_sketch_merge(s, ..., k)  scalar union
**   amcq_sketch_count(s)       users, NULL for NULL */
int sqlfunc_register_sketches(sqlite3 *db, const uint64_t *pKey);

/* Add sketch value v (see above) to s: 0, or -1 if v is not a sketch. */
struct Sketch;
int sqlfunc_sketch_add_value(struct Sketch *s, sqlite3_value *v);

/* 'YYYY-MM-DD[ HH:MM:SS[.fff]][Z]' (or with T) to seconds since the epoch;
** 0, or -1 when z is not such a time. */
int sqlfunc_parse_time(const char *z, int64_t *pEpoch);

/* DATE_TRUNC's unit zUnit as 0 (SECOND) to 7 (YEAR), or -1 if it has none. */
int sqlfunc_trunc_unit(const char *zUnit);
/* Does EXTRACT know the field zPart? */
int sqlfunc_known_time_part(const char *zPart);
/* Seconds since the epoch to 'YYYY-MM-DD HH:MM:SS'. */
void sqlfunc_format_time(int64_t t, char zOut[32]);

#endif
