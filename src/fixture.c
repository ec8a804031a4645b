/*
 * fixture.c: the default fixture in the cache directory, and a fixture's
 * first-party tables (see fixture.h).
 */
#include "fixture.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "amcq.h"
#include "gen.h"
#include "util.h"

/* mkdir -p for the directories of the cache path. */
static int make_dirs(char *zPath) {
  char *p;
  for (p = zPath + 1; *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    if (mkdir(zPath, 0755) != 0 && errno != EEXIST) {
      *p = '/';
      return -1;
    }
    *p = '/';
  }
  return 0;
}

char *fixture_version(const char *zPath) {
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  char *r = NULL;
  if (sqlite3_open_v2(zPath, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2(db, "SELECT value FROM amcq_meta WHERE key = 'amcq_version'",
                         -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    r = xstrdup((const char *)sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return r;
}

char *fixture_default(FILE *pProgress, FILE *pNote, int *pbGenerated, char **pzErr) {
  const char *zXdg = getenv("XDG_CACHE_HOME"), *zHome = getenv("HOME");
  char *zPath, *zVersion;
  struct stat st;
  GenOptions o;
  GenStats gs;
  Policy *pPol;
  int rc;
  *pzErr = NULL;
  *pbGenerated = 0;
  if (zXdg && zXdg[0] == '/') {
    zPath = util_mprintf("%s/amcq/default-%s.db", zXdg, AMCQ_VERSION);
  } else if (zHome && zHome[0]) {
    zPath = util_mprintf("%s/.cache/amcq/default-%s.db", zHome, AMCQ_VERSION);
  } else {
    *pzErr = util_mprintf("no cache directory: set XDG_CACHE_HOME or HOME, or "
                          "name a fixture with --db");
    return NULL;
  }
  if (stat(zPath, &st) == 0) {
    zVersion = fixture_version(zPath);
    if (zVersion && strcmp(zVersion, AMCQ_VERSION) == 0) {
      free(zVersion);
      return zPath;
    }
    free(zVersion);
  }
  if (make_dirs(zPath) != 0) {
    *pzErr = util_mprintf("%s: cannot create its directory: %s", zPath, strerror(errno));
    free(zPath);
    return NULL;
  }
  memset(&o, 0, sizeof o);
  o.nUsers = GEN_DEFAULT_USERS;
  o.nDays = GEN_DEFAULT_DAYS;
  o.zStart = GEN_DEFAULT_START;
  o.seed = GEN_DEFAULT_SEED;
  o.pProgress = pProgress;
  o.zLabel = "default fixture";
  o.bForce = 1; /* one of another version */
  if (pNote) {
    fprintf(pNote, "amcq: making the default fixture (%d synthetic people, %d days from %s), "
                   "once per amcq version: %s\n",
            o.nUsers, o.nDays, o.zStart, zPath);
  }
  pPol = policy_builtin(pzErr);
  rc = gen_write(zPath, &o, pPol, &gs, pzErr);
  policy_free(pPol);
  if (rc != 0) {
    free(zPath);
    return NULL;
  }
  *pbGenerated = 1;
  return zPath;
}

int fixture_stat(const char *zDb, char **pzErr) {
  struct stat st;
  if (stat(zDb, &st) != 0) {
    *pzErr = errno == ENOENT
                 ? util_mprintf("%s: no such fixture (make one with amcq gen --out %s)", zDb, zDb)
                 : util_mprintf("%s: %s", zDb, strerror(errno));
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    *pzErr = util_mprintf("%s: not a fixture: %s", zDb,
                          S_ISDIR(st.st_mode) ? "a directory" : "not a regular file");
    return -1;
  }
  return 0;
}

char *fixture_unreadable(const char *zDb, sqlite3 *db) {
  int e = sqlite3_errcode(db);
  if (e == SQLITE_NOTADB) return util_mprintf("%s: not a SQLite database", zDb);
  if (e == SQLITE_CORRUPT) {
    return util_mprintf("%s: the fixture is corrupt (%s); make it again with amcq gen", zDb,
                        sqlite3_errmsg(db));
  }
  return util_mprintf("%s: not an amcq fixture (%s)", zDb, sqlite3_errmsg(db));
}

int fixture_add_tables(const char *zDb, Policy *p, char **pzErr) {
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  int n = 0, rc;
  *pzErr = NULL;
  if (fixture_stat(zDb, pzErr) != 0) return -1;
  if (sqlite3_open_v2(zDb, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    *pzErr = util_mprintf("%s: cannot open: %s", zDb, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return -1;
  }
  rc = sqlite3_prepare_v2(db, "SELECT name, schema FROM amcq_tables WHERE kind = "
                              "'first_party' ORDER BY name",
                          -1, &s, NULL);
  if (rc != SQLITE_OK) {
    *pzErr = fixture_unreadable(zDb, db);
    sqlite3_close(db);
    return -1;
  }
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *zName = (const char *)sqlite3_column_text(s, 0);
    const char *zJson = (const char *)sqlite3_column_text(s, 1);
    char *zWhere = util_mprintf("%s: table %s", zDb, zName ? zName : "?");
    if (!zName || !zJson ||
        policy_table_from_json(p, zWhere, zJson, strlen(zJson), zName, pzErr) != 0) {
      if (!*pzErr) *pzErr = util_mprintf("%s: no schema", zWhere);
      free(zWhere);
      n = -1;
      break;
    }
    free(zWhere);
    n++;
  }
  if (n >= 0 && rc != SQLITE_DONE) {
    *pzErr = fixture_unreadable(zDb, db);
    n = -1;
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}
