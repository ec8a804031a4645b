/*
 * test_main.c: unit tests for the front end's data structures: the arena,
 * line/column mapping, UTF-8 validation, the lexer, the dialect rewrite and
 * its offset map, and the library API's positions.
 */
#include <stdlib.h>

#include "amcq.h"
#include "arena.h"
#include "diag.h"
#include "dialect.h"
#include "json.h"
#include "lex.h"
#include "policy.h"
#include "source.h"
#include "test.h"
#include "util.h"

int test_nFail;
const char *test_zName;

static void test_arena(void) {
  Arena a = {0};
  int i;
  char *z;
  for (i = 0; i < 10000; i++) {
    int *p = arena_alloc(&a, sizeof(int) * (size_t)(i % 7 + 1));
    CHECK(((size_t)p % sizeof(void *)) == 0);
    CHECK(p[0] == 0);
    p[0] = i;
  }
  z = arena_alloc(&a, 1 << 20); /* a dedicated block */
  CHECK(z[0] == 0 && z[(1 << 20) - 1] == 0);
  CHECK_STR(arena_strndup(&a, "hello world", 5), "hello");
  arena_free(&a);
  CHECK(a.pHead == NULL && a.nUsed == 0);
}

static void test_strbuf(void) {
  StrBuf b = {0};
  char *z;
  sb_printf(&b, "%d-%s", 42, "x");
  sb_json_escape(&b, "a\"b\\\n\x01", 6);
  z = sb_finish(&b);
  CHECK_STR(z, "42-xa\\\"b\\\\\\n\\u0001");
  free(z);
}

static void test_linecol(void) {
  Arena a = {0};
  Source s;
  int l, c;
  /* "é" is 2 bytes, "€" 3 bytes; columns count code points. */
  const char *z = "ab\né€x\r\nlast";
  source_init(&s, &a, "t.sql", z, strlen(z));
  source_linecol(&s, 0, &l, &c);
  CHECK(l == 1 && c == 1);
  source_linecol(&s, 2, &l, &c); /* the newline itself */
  CHECK(l == 1 && c == 3);
  source_linecol(&s, 3, &l, &c); /* é */
  CHECK(l == 2 && c == 1);
  source_linecol(&s, 5, &l, &c); /* € */
  CHECK(l == 2 && c == 2);
  source_linecol(&s, 8, &l, &c); /* x */
  CHECK(l == 2 && c == 3);
  source_linecol(&s, 11, &l, &c); /* l of last */
  CHECK(l == 3 && c == 1);
  source_linecol(&s, 1000, &l, &c); /* clamped to the end */
  CHECK(l == 3 && c == 5);
  {
    size_t ls, le;
    source_line_range(&s, 8, &ls, &le);
    CHECK(ls == 3 && le == 9); /* \r is not part of the line */
  }
  arena_free(&a);
}

static void test_utf8(void) {
  int bNul;
  CHECK(source_check_utf8("abc", 3, &bNul) == 3);
  CHECK(source_check_utf8("a\xc3\xa9z", 4, &bNul) == 4);
  CHECK(source_check_utf8("a\xc3", 2, &bNul) == 1);            /* truncated */
  CHECK(source_check_utf8("ab\xff", 3, &bNul) == 2);           /* stray byte */
  CHECK(source_check_utf8("\xc0\xaf", 2, &bNul) == 0);         /* overlong */
  CHECK(source_check_utf8("\xed\xa0\x80", 3, &bNul) == 0);     /* surrogate */
  CHECK(source_check_utf8("\xf4\x90\x80\x80", 4, &bNul) == 0); /* > U+10FFFF */
  CHECK(source_check_utf8("\xf0\x9f\x98\x80", 4, &bNul) == 4); /* emoji */
  CHECK(source_check_utf8("ab\0c", 4, &bNul) == 2 && bNul);
  /* past the eight-bytes-at-a-time stretch of ASCII */
  CHECK(source_check_utf8("abcdefghijklmnop", 16, &bNul) == 16 && !bNul);
  CHECK(source_check_utf8("abcdefghij\0lmnop", 16, &bNul) == 10 && bNul);
  CHECK(source_check_utf8("abcdefgh\x80ijklmnop", 17, &bNul) == 8 && !bNul);
  CHECK(source_check_utf8("abcdefghijklm\xc3\xa9nopqrstuvw\xff", 26, &bNul) ==
        25);
  CHECK(source_check_utf8("\x01\x7f\x01\x7f\x01\x7f\x01\x7f\x01", 9, &bNul) ==
        9);
}

static void test_lex(void) {
  Arena a = {0};
  TokenList all, sig;
  const char *z =
      "SELECT 'it''s', \"Q\"\"x\", 1.5e3, $1, a::int -- c\n"
      "/* x /* nested */ y */ x<>y FROM\xc2\xa0t";
  static const TokKind aExpect[] = {
      TK_WORD,  TK_STRING, TK_COMMA, TK_QIDENT, TK_COMMA, TK_NUMBER,
      TK_COMMA, TK_PARAM,  TK_COMMA, TK_WORD,   TK_OP,    TK_WORD,
      TK_WORD,  TK_OP,     TK_WORD,  TK_WORD,   TK_WORD};
  size_t i;
  lex_all(&a, z, strlen(z), &all);
  lex_significant(&a, &all, &sig);
  CHECK(sig.n == sizeof aExpect / sizeof aExpect[0]);
  for (i = 0; i < sig.n && i < sizeof aExpect / sizeof aExpect[0]; i++) {
    CHECK(sig.a[i].kind == aExpect[i]);
  }
  /* The no-break space separates FROM from t and is counted. */
  CHECK(lex_is_word(z, &sig.a[sig.n - 2], "from"));
  CHECK(sig.a[sig.n - 1].iEnd - sig.a[sig.n - 1].iStart == 1);
  {
    int nU = 0;
    for (i = 0; i < all.n; i++)
      nU += (int)all.a[i].nUspace;
    CHECK(nU == 1);
  }
  /* Unterminated string and comment become TK_BAD, never a crash. */
  lex_all(&a, "'abc", 4, &all);
  CHECK(all.n == 1 && all.a[0].kind == TK_BAD);
  lex_all(&a, "/* abc", 6, &all);
  CHECK(all.n == 1 && all.a[0].kind == TK_BAD);
  CHECK(lex_find(&sig, 0) == 0);
  arena_free(&a);
}

/* Rewrite z and return the dialect; diagnostics go to *pd. */
static void rewrite(Arena *a, const char *z, Dialect *pDia, DiagList *pd,
                    Source *s) {
  TokenList all;
  source_init(s, a, "t.sql", z, strlen(z));
  lex_all(a, z, strlen(z), &all);
  pd->pArena = a;
  dialect_rewrite(a, s, &all, pDia, pd);
}

static void test_dialect_extend(void) {
  Arena a = {0};
  DiagList d = {0};
  Source s;
  Dialect dia;
  const char *z =
      "SELECT 1 FROM table ( Extend_Time_Window( /* c */ 'dsp_impressions',"
      " 'P14D', 'P1D')) i";
  uint32_t iTable = (uint32_t)(strstr(z, "table") - z);
  rewrite(&a, z, &dia, &d, &s);
  CHECK_STR(dia.zOut, "SELECT 1 FROM \"dsp_impressions\" i");
  CHECK(d.n == 0);
  CHECK(dia.nExtend == 1);
  CHECK_STR(dia.aExtend[0].zTable, "dsp_impressions");
  CHECK_STR(dia.aExtend[0].zBefore, "P14D");
  CHECK_STR(dia.aExtend[0].zAfter, "P1D");
  /* Offsets map back: the inserted name to TABLE, the alias to itself. */
  CHECK(dialect_map_start(&dia, 14) == iTable);
  CHECK(dialect_map_end(&dia, 14 + 17) ==
        (uint32_t)(strstr(z, ")) i") - z) + 2);
  CHECK(dialect_map_start(&dia, 32) == (uint32_t)strlen(z) - 1);
  CHECK(dialect_map_start(&dia, 3) == 3);
  diag_list_free(&d);
  arena_free(&a);
}

static void test_dialect_bad_extend(void) {
  Arena a = {0};
  DiagList d = {0};
  Source s;
  Dialect dia;
  rewrite(&a, "SELECT 1 FROM TABLE(EXTEND_TIME_WINDOW(dsp_clicks, 'P1D'))",
          &dia, &d, &s);
  CHECK(d.n >= 2);
  CHECK(d.n && strcmp(d.a[0].zCode, "AMC008") == 0);
  rewrite(
      &a,
      "SELECT 1 FROM TABLE(EXTEND_TIME_WINDOW('dsp_clicks', '14 days', 'P1D'))",
      &dia, &d, &s);
  CHECK(d.n >= 3);
  diag_list_free(&d);
  arena_free(&a);
}

static void test_dialect_anon_subquery(void) {
  Arena a = {0};
  DiagList d = {0};
  Source s;
  Dialect dia;
  rewrite(&a, "SELECT count(*) FROM (SELECT 1 x) WHERE x > 0", &dia, &d, &s);
  CHECK(strstr(dia.zOut, "(SELECT 1 x) AS " DIALECT_ANON_PREFIX "1 WHERE") !=
        NULL);
  CHECK(dia.nAnonAlias == 1);
  /* An existing alias, a join, a scalar subquery and EXTRACT are left alone. */
  rewrite(&a,
          "SELECT (SELECT 1), extract(dow FROM t) FROM (SELECT 1) s JOIN "
          "(SELECT 2) AS u ON true",
          &dia, &d, &s);
  CHECK(dia.nAnonAlias == 0);
  /* Nested: both levels need a name; a join partner too. */
  rewrite(&a,
          "SELECT 1 FROM (SELECT 1 FROM (SELECT 2)) JOIN (SELECT 3) ON true, "
          "(VALUES (1))",
          &dia, &d, &s);
  CHECK(dia.nAnonAlias == 4);
  /* IS DISTINCT FROM does not start a FROM list. */
  rewrite(&a, "SELECT a IS DISTINCT FROM (SELECT 1) FROM t", &dia, &d, &s);
  CHECK(dia.nAnonAlias == 0);
  diag_list_free(&d);
  arena_free(&a);
}

static void test_dialect_uspace(void) {
  Arena a = {0};
  DiagList d = {0};
  Source s;
  Dialect dia;
  /* U+00A0 twice on line 1 (one warning), U+3000 on line 2, none inside the
  ** string. */
  const char *z =
      "SELECT\xc2\xa0"
      "a,\xc2\xa0"
      "b\n\xe3\x80\x80"
      "FROM t WHERE c = 'x\xc2\xa0y'";
  rewrite(&a, z, &dia, &d, &s);
  CHECK_STR(dia.zOut, "SELECT a, b\n FROM t WHERE c = 'x\xc2\xa0y'");
  CHECK(d.n == 1); /* one warning, at the first */
  CHECK(d.n == 1 && d.a[0].iStart == 6);
  CHECK(d.n == 1 && strstr(d.a[0].zMessage, "3 Unicode space") != NULL);
  /* "a" in the output (offset 7) maps to offset 8 in the original. */
  CHECK(dialect_map_start(&dia, 7) == 8);
  CHECK(dialect_map_end(&dia, 7) == 8); /* end of the space = after U+00A0 */
  /* A byte-order mark at the start is dropped silently. */
  rewrite(&a, "\xef\xbb\xbfSELECT 1", &dia, &d, &s);
  CHECK_STR(dia.zOut, "SELECT 1");
  CHECK(d.n == 1);
  CHECK(dialect_map_start(&dia, 0) == 3);
  diag_list_free(&d);
  arena_free(&a);
}

static void test_dialect_amc_forms(void) {
  Arena a = {0};
  DiagList d = {0};
  Source s;
  Dialect dia;
  /* Bare keyword aliases are quoted, type names are not. */
  rewrite(&a,
          "SELECT HOUR(x) Hour, count(*) day, CAST(y AS DOUBLE PRECISION), "
          "INTERVAL '1' DAY FROM t",
          &dia, &d, &s);
  CHECK_STR(dia.zOut,
            "SELECT HOUR(x) \"hour\", count(*) \"day\", CAST(y AS DOUBLE "
            "PRECISION), INTERVAL '1' DAY FROM t");
  /* POSITION with a comma becomes an ordinary call; with IN it stays. */
  rewrite(&a, "SELECT POSITION('a', s), POSITION('a' IN s) FROM t", &dia, &d,
          &s);
  CHECK_STR(dia.zOut, "SELECT \"position\"('a', s), POSITION('a' IN s) FROM t");
  /* Subscript on a call, IN CUSTOM_PARAMETER, ARRAY<T>. */
  rewrite(&a,
          "SELECT REGEXP_SPLIT(c, '_')[1] FROM t WHERE x IN "
          "CUSTOM_PARAMETER('ids') "
          "AND CAST(y AS ARRAY<LONG>) IS NULL",
          &dia, &d, &s);
  CHECK_STR(dia.zOut,
            "SELECT (REGEXP_SPLIT(c, '_'))[1] FROM t WHERE x IN "
            "(CUSTOM_PARAMETER('ids')) AND CAST(y AS LONG[]) IS NULL");
  /* Inserted parentheses map to the token they stand beside. */
  CHECK(dialect_map_start(&dia, 7) == 7);
  CHECK(dialect_map_start(&dia, 8) == 7);
  CHECK(d.n == 0);
  diag_list_free(&d);
  arena_free(&a);
}

static void test_duration(void) {
  long long sec;
  CHECK(dialect_parse_duration("P14D", &sec) == 0 && sec == 14 * 86400);
  CHECK(dialect_parse_duration("PT6H", &sec) == 0 && sec == 6 * 3600);
  CHECK(dialect_parse_duration("P1DT30M", &sec) == 0 && sec == 86400 + 1800);
  CHECK(dialect_parse_duration("P1W", &sec) == 0 && sec == 7 * 86400);
  CHECK(dialect_parse_duration("P", &sec) != 0);
  CHECK(dialect_parse_duration("14D", &sec) != 0);
  CHECK(dialect_parse_duration("P1X", &sec) != 0);
  CHECK(dialect_parse_duration("PT", &sec) != 0);
  CHECK(dialect_parse_duration("P99999999999D", &sec) != 0);
}

static void test_json(void) {
  Arena a = {0};
  const char *zErr = NULL;
  char aText[] =
      "{\"a\": [1, -2.5e1, true, false, null], \"s\": "
      "\"x\\\"y\\\\\\u00e9\\ud83d\\ude00\\n\", "
      "\"o\": {}}";
  char aBad[] = "{\"a\": [1, 2}";
  char aDeep[64];
  JNode *r = json_parse(&a, aText, strlen(aText), 10, &zErr);
  const JNode *v;
  CHECK(r != NULL);
  v = json_get(r, "a");
  CHECK(v && v->type == JT_ARRAY && v->nChild == 5);
  CHECK(json_item(v, 0)->rValue == 1);
  CHECK(json_item(v, 1)->rValue == -25);
  CHECK(json_item(v, 2)->type == JT_TRUE && json_item(v, 3)->type == JT_FALSE);
  CHECK(json_item(v, 4)->type == JT_NULL && json_item(v, 5) == NULL);
  v = json_get(r, "s");
  /* Escapes, a BMP character and a surrogate pair, unescaped in place. */
  CHECK(v && strcmp(v->zValue, "x\"y\\\xc3\xa9\xf0\x9f\x98\x80\n") == 0);
  CHECK(json_get(r, "o") && json_get(r, "o")->nChild == 0);
  CHECK(json_get(r, "missing") == NULL);
  CHECK(json_parse(&a, aBad, strlen(aBad), 10, &zErr) == NULL);
  CHECK_STR(zErr, "malformed JSON");
  memset(aDeep, '[', 20);
  memset(aDeep + 20, ']', 20);
  aDeep[40] = 0;
  CHECK(json_parse(&a, aDeep, 40, 10, &zErr) == NULL);
  CHECK_STR(zErr, "nested too deeply");
  memset(aDeep, '[', 20);
  memset(aDeep + 20, ']', 20);
  CHECK(json_parse(&a, aDeep, 40, 30, &zErr) != NULL);
  arena_free(&a);
}

static void test_policy_builtin(void) {
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  const PTable *t;
  const PFunc *f;
  int i, nAnalytics = 0;
  CHECK(p != NULL && zErr == NULL);
  if (!p) return;
  CHECK(p->aThreshold[CLS_NONE] == 1 && p->aThreshold[CLS_LOW] == 2);
  CHECK(p->aThreshold[CLS_MEDIUM] == 100 && p->aThreshold[CLS_HIGH] == 100);
  CHECK(p->aThreshold[CLS_VERY_HIGH] == -1 &&
        p->aThreshold[CLS_INTERNAL] == -1);
  t = policy_table(p, "DSP_Impressions"); /* case-insensitive */
  CHECK(t != NULL && !t->bAudience);
  if (t) {
    CHECK(t->iUserCol >= 0 &&
          strcmp(t->aCol[t->iUserCol].zName, "user_id") == 0);
    CHECK(t->iEventTime >= 0 &&
          strcmp(t->aCol[t->iEventTime].zName, "impression_dt_utc") == 0);
    CHECK(t->aCol[policy_column(t, "postal_code")].cls == CLS_HIGH);
    CHECK(t->aCol[policy_column(t, "request_tag")].cls == CLS_VERY_HIGH);
    CHECK(t->aCol[policy_column(t, "impression_dt")].cls == CLS_MEDIUM);
  }
  /* Every analytics table has its audience twin, but those the
  ** documentation says have none (ad server, Experian, NCS). */
  for (i = 0; i < p->nTable; i++) {
    char aName[160];
    const char *z = p->aTable[i].zName;
    int bNone = strncmp(z, "adserver_", 9) == 0 ||
                strcmp(z, "experian_vehicle_purchases") == 0 ||
                strcmp(z, "ncs_cpg_insights_stream") == 0;
    if (p->aTable[i].bAudience) continue;
    nAnalytics++;
    snprintf(aName, sizeof aName, "%s_for_audiences", z);
    CHECK((policy_table(p, aName) != NULL) == !bNone);
  }
  CHECK(nAnalytics >= 39);
  /* Both spellings of the Brand Store audience tables. */
  CHECK(policy_table(p, "amazon_brand_store_page_views_non_endemic_for_audiences") != NULL);
  CHECK(policy_table(p, "amazon_brand_store_page_views_for_audiences_non_endemic") != NULL);
  /* The segment tables have dsp_impressions' columns, and their own. */
  t = policy_table(p, "dsp_impressions_by_user_segments");
  CHECK(t && t->iUserCol >= 0 && t->iEventTime >= 0 &&
        t->nCol > policy_table(p, "dsp_impressions")->nCol &&
        policy_column(t, "behavior_segment_id") >= 0);
  /* A class documented in a description: advertiser is LOW. */
  t = policy_table(p, "amazon_attributed_events_by_conversion_time");
  CHECK(t && t->aCol[policy_column(t, "advertiser")].cls == CLS_LOW);
  /* What an audience table lacks: two columns, and the rows of deals. */
  t = policy_table(p, "dsp_impressions_for_audiences");
  CHECK(t && policy_column(t, "user_behavior_segment_ids") < 0 &&
        policy_column(t, "deal_id") >= 0 && t->iRowsWithout == policy_column(t, "deal_id"));
  CHECK(policy_table(p, "dsp_views_for_audiences")->iRowsWithout < 0);
  /* Tables documented together share one column list. */
  CHECK(policy_table(p, "amazon_attributed_events_by_traffic_time")->nCol ==
        policy_table(p, "amazon_attributed_events_by_conversion_time")->nCol);
  f = policy_func(p, "count");
  CHECK(f && f->kind == FN_AGGREGATE && !f->bReveals);
  f = policy_func(p, "substring");
  CHECK(f && f->posMask == 6u && f->bReveals && !f->bCompares);
  f = policy_func(p, "max");
  CHECK(f && f->bCompares);
  /* Failing closed: every function compares unless it is declared not to,
  ** and the declared builders are the ones docs/security.md justifies. */
  {
    static const char *const azBuilds[] = {
        "concat", "format", "left", "length", "lower", "right", "substring", "upper", "exp",
        "convert_time_zone_from_utc", "seconds_between", "coalesce", "if", "ifnull", "nvl",
        "nvl2", "array_cat", "array_to_string", "cardinality", "explode", "flatten",
        "hash64", "md5", "sha1", "json_serialize", "named_row"};
    int k, j;
    for (k = 0; k < p->nFunc; k++) {
      const PFunc *g = &p->aFunc[k];
      int bListed = 0;
      for (j = 0; j < (int)(sizeof azBuilds / sizeof azBuilds[0]); j++) {
        if (strcmp(g->zName, azBuilds[j]) == 0) bListed = 1;
      }
      if (g->kind == FN_SCALAR && !g->bCompares && !bListed) {
        printf("FAIL policy: %s is declared not to compare\n", g->zName);
        CHECK(0);
      }
      if (g->kind == FN_AGGREGATE) CHECK(g->bCompares);
      if (!g->bReveals) CHECK(strcmp(g->zName, "count") == 0);
    }
  }
  f = policy_func(p, "strpos");
  CHECK(f && f->bCompares && f->bReveals);
  f = policy_func(p, "cardinality");
  CHECK(f && f->bCounts && f->bReveals);
  CHECK(policy_func(p, "getdate") == NULL);
  CHECK(policy_not_amc(p, "GETDATE") != NULL);
  policy_free(p);
}

static void test_excerpt(void) {
  Arena a = {0};
  CHECK_STR(diag_excerpt(&a, "abcdef", 6, 3), "abc...");
  CHECK_STR(diag_excerpt(&a, "abc", 3, 3), "abc");
  /* Never splits a UTF-8 sequence. */
  CHECK_STR(diag_excerpt(&a, "\xc3\xa9\xc3\xa9\xc3\xa9", 6, 2),
            "\xc3\xa9\xc3\xa9...");
  arena_free(&a);
}

/* The position of the first diagnostic for text z. */
static void first_diag(const char *z, size_t n, amcq_diagnostic *pd,
                       size_t *pCount) {
  amcq_query *q = amcq_query_parse(z, n, "t.sql");
  *pCount = amcq_query_diagnostic_count(q);
  memset(pd, 0, sizeof *pd);
  if (*pCount) {
    static char aCode[16];
    amcq_query_diagnostic(q, 0, pd);
    snprintf(aCode, sizeof aCode, "%s", pd->code);
    pd->code = aCode;
    pd->message = NULL;
    pd->hint = NULL;
  }
  amcq_query_free(q);
}

static void test_api_positions(void) {
  amcq_diagnostic d;
  size_t n;
  /* Syntax error after a multi-byte character: "é" is one column. */
  first_diag("SELECT 'é' FORM t", strlen("SELECT 'é' FORM t"), &d, &n);
  CHECK(n == 1);
  CHECK_STR(d.code, "AMC001");
  CHECK(d.line == 1 && d.column == 17 && d.end_column == 18);
  /* NUL byte and invalid UTF-8 are reported where they are. */
  first_diag("SELECT\n 1\0", 10, &d, &n);
  CHECK_STR(d.code, "AMC002");
  CHECK(d.line == 2 && d.column == 3);
  first_diag("SELECT \xff", 8, &d, &n);
  CHECK_STR(d.code, "AMC002");
  CHECK(d.line == 1 && d.column == 8);
  first_diag("", 0, &d, &n);
  CHECK_STR(d.code, "AMC007");
  first_diag(" ; -- nothing\n", 14, &d, &n);
  CHECK_STR(d.code, "AMC007");
}

static void test_api_deep(void) {
  /* 2000 chained additions: deeper than cJSON reads; a clean AMC004. */
  StrBuf b = {0};
  amcq_diagnostic d;
  size_t n;
  int i;
  char *z;
  sb_puts(&b, "SELECT 1");
  for (i = 0; i < 2000; i++)
    sb_puts(&b, " + 1");
  z = sb_finish(&b);
  first_diag(z, strlen(z), &d, &n);
  CHECK(n == 1);
  CHECK_STR(d.code, "AMC004");
  free(z);
  /* 100000: needs the big-stack parser thread. */
  sb_puts(&b, "SELECT 1");
  for (i = 0; i < 100000; i++)
    sb_puts(&b, "+1");
  z = sb_finish(&b);
  first_diag(z, strlen(z), &d, &n);
  CHECK(n == 1);
  CHECK_STR(d.code, "AMC004");
  free(z);
  /* 20000 nested parentheses: the grammar's own stack limit. */
  for (i = 0; i < 20000; i++)
    sb_putc(&b, '(');
  z = sb_finish(&b);
  first_diag(z, strlen(z), &d, &n);
  CHECK(n >= 1);
  free(z);
}

void test_sqlfunc_time(void);
void test_sqlfunc_sketch(void);
void test_sketch_counts(void);
void test_sketch_union(void);
void test_sketch_encoding(void);
void test_xxh3_known(void);
void test_gen_schema(void);
void test_gen_deterministic(void);
void test_gen_distributions(void);
void test_gen_consistency(void);
void test_gen_atomic(void);
void test_run_api(void);
void test_guard(void);
void test_sandbox_guard(void);
void test_pgnode_queries(void);
void test_pgnode_depth(void);
void test_pgnode_files(void);

typedef struct TestCase {
  const char *zName;
  void (*x)(void);
} TestCase;

int main(void) {
  static const TestCase aTest[] = {
      {"arena", test_arena},
      {"strbuf", test_strbuf},
      {"linecol", test_linecol},
      {"utf8", test_utf8},
      {"lex", test_lex},
      {"dialect_extend", test_dialect_extend},
      {"dialect_bad_extend", test_dialect_bad_extend},
      {"dialect_anon_subquery", test_dialect_anon_subquery},
      {"dialect_uspace", test_dialect_uspace},
      {"dialect_amc_forms", test_dialect_amc_forms},
      {"duration", test_duration},
      {"json", test_json},
      {"policy_builtin", test_policy_builtin},
      {"excerpt", test_excerpt},
      {"api_positions", test_api_positions},
      {"api_deep", test_api_deep},
      {"sqlfunc_time", test_sqlfunc_time},
      {"sqlfunc_sketch", test_sqlfunc_sketch},
      {"sketch_counts", test_sketch_counts},
      {"sketch_union", test_sketch_union},
      {"sketch_encoding", test_sketch_encoding},
      {"xxh3_known", test_xxh3_known},
      {"gen_schema", test_gen_schema},
      {"gen_deterministic", test_gen_deterministic},
      {"gen_distributions", test_gen_distributions},
      {"gen_consistency", test_gen_consistency},
      {"gen_atomic", test_gen_atomic},
      {"run_api", test_run_api},
      {"guard", test_guard},
      {"sandbox_guard", test_sandbox_guard},
      {"pgnode_queries", test_pgnode_queries},
      {"pgnode_depth", test_pgnode_depth},
      {"pgnode_files", test_pgnode_files},
  };
  size_t i;
  int nFailed = 0;
  for (i = 0; i < sizeof aTest / sizeof aTest[0]; i++) {
    test_zName = aTest[i].zName;
    test_nFail = 0;
    aTest[i].x();
    if (test_nFail == 0)
      printf("PASS %s\n", test_zName);
    else
      nFailed++;
  }
  amcq_thread_cleanup();
  return nFailed ? 1 : 0;
}
