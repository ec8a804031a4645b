/*
 * dialect.c: AMC SQL to PostgreSQL-parseable text, first stage of the
 * pipeline (see dialect.h). Works on the token stream of lex.c so nothing
 * inside strings, quoted identifiers or comments is ever touched.
 */
#include "dialect.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The rewritten text and its segments. Copied source text is not appended
** token by token: a run of it waits in iPend/nPend and goes into `out` in
** one piece when something else is written (most queries are one run). */
typedef struct Builder {
  Arena *pArena;
  StrBuf out;
  DialectSeg *aSeg;
  size_t nSeg, capSeg;
  const char *zSrc;
  uint32_t iPend, nPend; /* zSrc[iPend..iPend+nPend) follows `out` */
} Builder;

static void out_flush(Builder *b) {
  if (b->nPend) sb_append(&b->out, b->zSrc + b->iPend, b->nPend);
  b->nPend = 0;
}

/* Length of the rewritten text so far. */
static size_t out_len(const Builder *b) { return b->out.n + b->nPend; }

/* Append z[0..nz), standing for source bytes [iIn, iIn+nIn); bCopy when it
** is those very bytes (z == zSrc + iIn). */
static void out_seg(Builder *b, const char *z, size_t nz, uint32_t iIn,
                    uint32_t nIn, int bCopy) {
  DialectSeg *s;
  if (bCopy) {
    if (b->nPend && b->iPend + b->nPend == iIn) {
      b->nPend += nIn;
    } else {
      out_flush(b);
      b->iPend = iIn;
      b->nPend = nIn;
    }
    if (b->nSeg > 0) {
      s = &b->aSeg[b->nSeg - 1];
      if (s->bCopy && s->iIn + s->nIn == iIn) {
        s->nIn += nIn;
        s->nOut += (uint32_t)nz;
        return;
      }
    }
  } else {
    out_flush(b);
  }
  util_grow((void **)&b->aSeg, &b->capSeg, b->nSeg + 1, sizeof(DialectSeg));
  s = &b->aSeg[b->nSeg++];
  s->iOut = (uint32_t)(out_len(b) - (bCopy ? nz : 0));
  s->nOut = (uint32_t)nz;
  s->iIn = iIn;
  s->nIn = nIn;
  s->bCopy = bCopy;
  if (!bCopy) sb_append(&b->out, z, nz);
}

static void out_copy(Builder *b, const Source *pSrc, uint32_t iIn, uint32_t n) {
  if (n) out_seg(b, pSrc->z + iIn, n, iIn, n, 1);
}

/* A list of lower-case keywords, with a filter built once: bit k of aLen[c - 'a'] is
** set if a keyword of k letters starts with c. Most words of a query are
** names, which the filter turns away without a look at the list. */
typedef struct WordSet {
  const char *const *az;
  size_t n;
  uint32_t aLen[26];
} WordSet;

// clang-format off
#define WORD_SET(az) {az, sizeof az / sizeof az[0], {0}}
// clang-format on

/* Is word token t one of pSet's keywords? */
static int word_in(const char *z, const Token *t, const WordSet *pSet) {
  char aBuf[20];
  size_t len = t->iEnd - t->iStart, i;
  unsigned c;
  /* Every keyword listed is shorter than aBuf. */
  if (t->kind != TK_WORD || len >= sizeof aBuf) return 0;
  c = (unsigned char)z[t->iStart] | 0x20u;
  if (c < 'a' || c > 'z' || !((pSet->aLen[c - 'a'] >> len) & 1u)) return 0;
  for (i = 0; i < len; i++) {
    char ch = z[t->iStart + i];
    aBuf[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
  }
  aBuf[len] = 0;
  for (i = 0; i < pSet->n; i++) {
    if (pSet->az[i][0] == aBuf[0] && strcmp(pSet->az[i], aBuf) == 0) return 1;
  }
  return 0;
}

/* Keywords after which a FROM subquery's ")" is not followed by an alias. */
static const char *const azReservedFollow[] = {"all",
                                               "analyse",
                                               "analyze",
                                               "and",
                                               "any",
                                               "array",
                                               "as",
                                               "asc",
                                               "asymmetric",
                                               "both",
                                               "case",
                                               "cast",
                                               "check",
                                               "collate",
                                               "column",
                                               "constraint",
                                               "create",
                                               "current_catalog",
                                               "current_date",
                                               "current_role",
                                               "current_time",
                                               "current_timestamp",
                                               "current_user",
                                               "default",
                                               "deferrable",
                                               "desc",
                                               "distinct",
                                               "do",
                                               "else",
                                               "end",
                                               "except",
                                               "false",
                                               "fetch",
                                               "for",
                                               "foreign",
                                               "from",
                                               "grant",
                                               "group",
                                               "having",
                                               "in",
                                               "initially",
                                               "intersect",
                                               "into",
                                               "lateral",
                                               "leading",
                                               "limit",
                                               "localtime",
                                               "localtimestamp",
                                               "not",
                                               "null",
                                               "offset",
                                               "on",
                                               "only",
                                               "or",
                                               "order",
                                               "placing",
                                               "primary",
                                               "references",
                                               "returning",
                                               "select",
                                               "session_user",
                                               "some",
                                               "symmetric",
                                               "table",
                                               "then",
                                               "to",
                                               "trailing",
                                               "true",
                                               "union",
                                               "unique",
                                               "user",
                                               "using",
                                               "variadic",
                                               "when",
                                               "where",
                                               "window",
                                               "with",
                                               "authorization",
                                               "binary",
                                               "collation",
                                               "concurrently",
                                               "cross",
                                               "current_schema",
                                               "freeze",
                                               "full",
                                               "ilike",
                                               "inner",
                                               "is",
                                               "isnull",
                                               "join",
                                               "left",
                                               "like",
                                               "natural",
                                               "notnull",
                                               "outer",
                                               "overlaps",
                                               "right",
                                               "similar",
                                               "tablesample",
                                               "verbose"};
static WordSet wsReservedFollow = WORD_SET(azReservedFollow);

static int is_reserved_follow(const char *z, const Token *t) {
  return word_in(z, t, &wsReservedFollow);
}

/* Clause keywords that end a FROM list at the current level. */
static const char *const azEndsFrom[] = {
    "where",     "group", "having", "window",    "order",  "limit",
    "offset",    "fetch", "union",  "intersect", "except", "select",
    "returning", "for",   "into",   "qualify"};
static WordSet wsEndsFrom = WORD_SET(azEndsFrom);

static int ends_from(const char *z, const Token *t) {
  return word_in(z, t, &wsEndsFrom);
}

int dialect_parse_duration(const char *z, long long *pSec) {
  long long total = 0;
  int bTime = 0, nPart = 0;
  if (*z != 'P' && *z != 'p') return -1;
  z++;
  while (*z) {
    long long v = 0;
    int nDigit = 0;
    char u;
    if (*z == 'T' || *z == 't') {
      if (bTime) return -1;
      bTime = 1;
      z++;
      continue;
    }
    while (isdigit((unsigned char)*z)) {
      if (v > 100000000LL) return -1;
      v = v * 10 + (*z - '0');
      z++;
      nDigit++;
    }
    if (!nDigit) return -1;
    u = (char)toupper((unsigned char)*z);
    if (!u) return -1;
    z++;
    if (!bTime) {
      if (u == 'Y')
        total += v * 365 * 86400;
      else if (u == 'M')
        total += v * 30 * 86400;
      else if (u == 'W')
        total += v * 7 * 86400;
      else if (u == 'D')
        total += v * 86400;
      else
        return -1;
    } else {
      if (u == 'H')
        total += v * 3600;
      else if (u == 'M')
        total += v * 60;
      else if (u == 'S')
        total += v;
      else
        return -1;
    }
    nPart++;
  }
  if (!nPart) return -1;
  *pSec = total;
  return 0;
}

/* Next significant token at or after index i of pAll; pAll->n if none. */
static size_t next_sig(const TokenList *pAll, size_t i) {
  while (i < pAll->n &&
         (pAll->a[i].kind == TK_SPACE || pAll->a[i].kind == TK_COMMENT)) {
    i++;
  }
  return i;
}

/* The value of a plain '...' string token (quotes removed, '' undoubled);
** NULL if the token is not such a string. */
static const char *string_value(Arena *pArena, const char *z, const Token *t) {
  StrBuf b = {0};
  const char *r;
  uint32_t i;
  if (t->kind != TK_STRING || z[t->iStart] != '\'') return NULL;
  for (i = t->iStart + 1; i + 1 < t->iEnd; i++) {
    sb_putc(&b, z[i]);
    if (z[i] == '\'') i++;
  }
  r = arena_strndup(pArena, b.z ? b.z : "", b.n);
  sb_free(&b);
  return r;
}

/*
** Try to read TABLE ( EXTEND_TIME_WINDOW ( 'a' , 'b' , 'c' ) ) starting at
** token index i (the TABLE word). On success (even with bad arguments, which
** are reported) writes the rewrite and returns the index after the last ')';
** returns i when the tokens are not an EXTEND_TIME_WINDOW call at all.
*/
static size_t rewrite_extend(Builder *b, const Source *pSrc,
                             const TokenList *pAll, size_t i,
                             DialectExtend **paExt, size_t *pnExt,
                             size_t *pcapExt, DiagList *pDiag) {
  const char *z = pSrc->z;
  size_t j = next_sig(pAll, i + 1), k, iClose;
  size_t aArg[3];
  int nArg = 0, depth, bBad = 0, bReported = 0;
  DialectExtend e;
  StrBuf name = {0};
  if (j >= pAll->n || pAll->a[j].kind != TK_LPAREN) return i;
  j = next_sig(pAll, j + 1);
  if (j >= pAll->n || !lex_is_word(z, &pAll->a[j], "extend_time_window")) {
    return i;
  }
  k = next_sig(pAll, j + 1);
  if (k >= pAll->n || pAll->a[k].kind != TK_LPAREN) return i;
  /* Find the ')' closing TABLE( and collect the top-level arguments. */
  depth = 0;
  iClose = pAll->n;
  memset(&e, 0, sizeof e);
  for (k = next_sig(pAll, i + 1); k < pAll->n; k = next_sig(pAll, k + 1)) {
    const Token *t = &pAll->a[k];
    if (t->kind == TK_LPAREN) {
      depth++;
    } else if (t->kind == TK_RPAREN) {
      depth--;
      if (depth == 0) {
        iClose = k;
        break;
      }
    } else if (depth == 2 && t->kind != TK_COMMA) {
      size_t prev = k;
      /* An argument is everything between commas at depth 2; we record
      ** where it starts and require it to be a single string token. */
      if (nArg < 3) aArg[nArg] = k;
      nArg++;
      while (1) {
        size_t nx = next_sig(pAll, prev + 1);
        if (nx >= pAll->n) break;
        if (pAll->a[nx].kind == TK_COMMA || pAll->a[nx].kind == TK_RPAREN) {
          break;
        }
        if (pAll->a[nx].kind == TK_LPAREN) break;
        prev = nx;
      }
      if (prev != k && nArg <= 3) {
        /* More than one token: if the argument starts as a string, what
        ** follows it is the mistake (a missing comma, usually). */
        const Token *t2 = &pAll->a[next_sig(pAll, k + 1)];
        if (string_value(b->pArena, z, t) != NULL) {
          Diag *d = diag_add(pDiag, "AMC008", t2->iStart, t2->iEnd,
                             "expected ',' or ')' after argument %d of "
                             "EXTEND_TIME_WINDOW",
                             nArg);
          diag_hint(pDiag, d,
                    "each argument is a single string literal: "
                    "EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', "
                    "'P1D')");
          bReported = 1;
        }
        bBad = 1;
      }
      k = prev;
    }
  }
  if (iClose >= pAll->n) return i; /* unbalanced: leave it to the parser */
  e.iStart = pAll->a[i].iStart;
  e.iEnd = pAll->a[iClose].iEnd;
  if (nArg != 3 && !bReported) {
    Diag *d = diag_add(pDiag, "AMC008", e.iStart, e.iEnd,
                       "EXTEND_TIME_WINDOW takes 3 arguments, found %d", nArg);
    diag_hint(pDiag, d,
              "write TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', "
              "'P1D')): the table, then how far to read before and after "
              "the time window as ISO 8601 durations");
    bBad = 1;
  }
  for (k = 0; k < 3 && k < (size_t)nArg; k++) {
    const Token *t = &pAll->a[aArg[k]];
    const char *v = string_value(b->pArena, z, t);
    long long sec;
    e.aArgStart[k] = t->iStart;
    e.aArgEnd[k] = t->iEnd;
    if (!v) {
      Diag *d = diag_add(pDiag, "AMC008", t->iStart, t->iEnd,
                         "argument %d of EXTEND_TIME_WINDOW must be a string "
                         "literal",
                         (int)k + 1);
      diag_hint(pDiag, d, "%s",
                k == 0
                    ? "name the table in quotes: 'dsp_impressions'"
                    : "give a duration in quotes, such as 'P14D' or 'PT12H'");
      bBad = 1;
      continue;
    }
    if (k == 0) {
      e.zTable = v;
    } else {
      if (dialect_parse_duration(v, &sec) != 0) {
        Diag *d = diag_add(pDiag, "AMC008", t->iStart, t->iEnd,
                           "'%s' is not an ISO 8601 duration",
                           diag_excerpt(b->pArena, v, strlen(v), 20));
        diag_hint(pDiag, d,
                  "durations look like P14D (14 days), PT6H (6 "
                  "hours) or P1W (1 week)");
        bBad = 1;
      }
      if (k == 1)
        e.zBefore = v;
      else
        e.zAfter = v;
    }
  }
  e.bBad = bBad;
  /* The rewrite: a quoted identifier naming the table. */
  sb_putc(&name, '"');
  if (e.zTable && e.zTable[0]) {
    const char *p;
    for (p = e.zTable; *p; p++) {
      if (*p == '"') sb_putc(&name, '"');
      sb_putc(&name, *p);
    }
  } else {
    sb_puts(&name, "?");
  }
  sb_putc(&name, '"');
  e.iOutName = (uint32_t)out_len(b);
  out_seg(b, name.z, name.n, e.iStart, e.iEnd - e.iStart, 0);
  sb_free(&name);
  util_grow((void **)paExt, pcapExt, *pnExt + 1, sizeof(DialectExtend));
  (*paExt)[(*pnExt)++] = e;
  return iClose + 1;
}

/* Keywords PostgreSQL accepts as a column alias only after AS, while AMC
** also takes them bare: SELECT HOUR(event_dt) hour, ... */
static const char *const azAsLabel[] = {
    "hour", "day",    "month",   "year",    "minute", "second",    "filter",
    "over", "within", "without", "varying", "char",   "character", "precision"};
static WordSet wsAsLabel = WORD_SET(azAsLabel);

static int is_as_label_kw(const char *z, const Token *t) {
  return word_in(z, t, &wsAsLabel);
}

/* Can the token ending an expression be t (with pBefore before it)? Words
** that are parts of type names (DOUBLE PRECISION, INTERVAL '1' DAY) are not
** expression ends. */
static const char *const azTypeWord[] = {
    "double", "character", "interval", "timestamp", "time",    "varying",
    "with",   "without",   "zone",     "national",  "as",      "select",
    "by",     "and",       "or",       "not",       "when",    "then",
    "else",   "distinct",  "all",      "on",        "in",      "is",
    "from",   "where",     "having",   "case",      "between", "like"};
static WordSet wsTypeWord = WORD_SET(azTypeWord);

static int ends_expr(const char *z, const Token *t, const Token *pBefore) {
  switch (t->kind) {
    case TK_RPAREN:
    case TK_RBRACKET:
    case TK_QIDENT:
    case TK_NUMBER: return 1;
    case TK_STRING: return !(pBefore && lex_is_word(z, pBefore, "interval"));
    case TK_WORD: return !word_in(z, t, &wsTypeWord);
    default: return 0;
  }
}

/* Tokens that may follow a column alias. */
static const char *const azFollowsLabel[] = {"from",   "union",  "intersect",
                                             "except", "where",  "group",
                                             "order",  "having", "window"};
static WordSet wsFollowsLabel = WORD_SET(azFollowsLabel);

static int follows_label(const char *z, const Token *t) {
  if (!t) return 1;
  if (t->kind == TK_COMMA || t->kind == TK_RPAREN || t->kind == TK_SEMI) {
    return 1;
  }
  return word_in(z, t, &wsFollowsLabel);
}

static void word_sets_init(void) {
  WordSet *const ap[] = {&wsReservedFollow, &wsEndsFrom, &wsAsLabel,
                         &wsTypeWord, &wsFollowsLabel};
  size_t i, k;
  for (i = 0; i < sizeof ap / sizeof ap[0]; i++) {
    for (k = 0; k < ap[i]->n; k++) {
      const char *w = ap[i]->az[k];
      /* lower-case letters first, shorter than 20 (word_in's buffer) */
      ap[i]->aLen[w[0] - 'a'] |= 1u << strlen(w);
    }
  }
}

static pthread_once_t wordSetsOnce = PTHREAD_ONCE_INIT;

/* Index of the ')' matching the '(' at index i of pAll; pAll->n if none. */
static size_t match_paren(const TokenList *pAll, size_t i) {
  int depth = 0;
  size_t k;
  for (k = i; k < pAll->n; k++) {
    if (pAll->a[k].kind == TK_LPAREN)
      depth++;
    else if (pAll->a[k].kind == TK_RPAREN && --depth == 0)
      return k;
  }
  return pAll->n;
}

/* POSITION(substr, str) with a comma, as AMC writes it; PostgreSQL's
** grammar knows only POSITION(substr IN str). */
static int is_comma_position(const char *z, const TokenList *pAll, size_t i) {
  size_t k = next_sig(pAll, i + 1), m;
  int depth = 0, bComma = 0;
  if (!lex_is_word(z, &pAll->a[i], "position") || k >= pAll->n ||
      pAll->a[k].kind != TK_LPAREN) {
    return 0;
  }
  m = match_paren(pAll, k);
  for (; k < m; k++) {
    const Token *t = &pAll->a[k];
    if (t->kind == TK_LPAREN)
      depth++;
    else if (t->kind == TK_RPAREN)
      depth--;
    else if (depth == 1 && t->kind == TK_COMMA)
      bComma = 1;
    else if (depth == 1 && !bComma && lex_is_word(z, t, "in"))
      return 0; /* POSITION(x IN y); an IN after the comma is the operand's */
  }
  return bComma;
}

/*
** Plan the parentheses PostgreSQL needs where AMC needs none: a subscript
** on a call, f(x)[1] -> (f(x))[1], and a parameter list without its own
** parentheses, IN CUSTOM_PARAMETER('x') -> IN (CUSTOM_PARAMETER('x')).
** aOpen[i] / aClose[i] count the '(' to write before token i and the ')'
** to write after it.
*/
static void plan_parens(const char *z, const TokenList *pAll,
                        unsigned char *aOpen, unsigned char *aClose) {
  size_t i, prev = pAll->n, prev2 = pAll->n;
  for (i = 0; i < pAll->n; i++) {
    const Token *t = &pAll->a[i];
    if (t->kind == TK_SPACE || t->kind == TK_COMMENT) continue;
    if (t->kind == TK_LPAREN && prev < pAll->n &&
        pAll->a[prev].kind == TK_WORD) {
      size_t m = match_paren(pAll, i);
      size_t nx = m < pAll->n ? next_sig(pAll, m + 1) : pAll->n;
      if (nx < pAll->n && pAll->a[nx].kind == TK_LBRACKET) {
        size_t iName = prev;
        /* A qualified name a.b(x) starts at a. */
        while (iName > 0) {
          size_t d = iName - 1;
          while (d > 0 &&
                 (pAll->a[d].kind == TK_SPACE || pAll->a[d].kind == TK_COMMENT))
            d--;
          if (pAll->a[d].kind != TK_DOT || d == 0) break;
          d--;
          while (d > 0 &&
                 (pAll->a[d].kind == TK_SPACE || pAll->a[d].kind == TK_COMMENT))
            d--;
          if (pAll->a[d].kind != TK_WORD) break;
          iName = d;
        }
        if (aOpen[iName] < 8 && aClose[m] < 8) {
          aOpen[iName]++;
          aClose[m]++;
        }
      }
      if (prev2 < pAll->n && lex_is_word(z, &pAll->a[prev2], "in") &&
          lex_is_word(z, &pAll->a[prev], "custom_parameter") && m < pAll->n &&
          aOpen[prev] < 8 && aClose[m] < 8) {
        aOpen[prev]++;
        aClose[m]++;
      }
    }
    prev2 = prev;
    prev = i;
  }
}

/* What a parenthesis level is, for finding FROM subqueries. */
typedef struct Level {
  int bQuery;   /* a query level: FROM here starts a FROM list */
  int bFrom;    /* currently inside this level's FROM list */
  int bSubItem; /* this '(' is a subquery used as a FROM item */
} Level;

/* First significant token inside a '(' at index i, skipping nested '('. */
static int paren_starts_query(const char *z, const TokenList *pAll, size_t i) {
  size_t k = next_sig(pAll, i + 1);
  while (k < pAll->n && pAll->a[k].kind == TK_LPAREN) {
    k = next_sig(pAll, k + 1);
  }
  if (k >= pAll->n) return 0;
  return lex_is_word(z, &pAll->a[k], "select") ||
         lex_is_word(z, &pAll->a[k], "with") ||
         lex_is_word(z, &pAll->a[k], "values");
}

void dialect_rewrite(Arena *pArena, const Source *pSrc, const TokenList *pAll,
                     Dialect *pOut, DiagList *pDiag) {
  const char *z = pSrc->z;
  Builder b;
  Level *aLevel = NULL;
  size_t nLevel = 0, capLevel = 0, capExtend = 0, capAnon = 0;
  size_t i;
  const Token *pPrev = NULL;  /* previous significant token */
  const Token *pPrev2 = NULL; /* and the one before it */
  unsigned char *aOpen, *aClose;
  int nAnon = 0, lastWarnLine = 0, nUspace = 0, nUspaceLines = 0;
  uint32_t iFirstUspace = 0, nFirstUspace = 0;
  unsigned cpFirst = 0;
  uint32_t *aAnon = NULL;
  DialectExtend *aExtendHeap = NULL;

  pthread_once(&wordSetsOnce, word_sets_init);
  memset(&b, 0, sizeof b);
  memset(pOut, 0, sizeof *pOut);
  b.pArena = pArena;
  b.zSrc = z;
  util_grow((void **)&aLevel, &capLevel, 1, sizeof(Level));
  aLevel[0].bQuery = 1;
  aLevel[0].bFrom = 0;
  aLevel[0].bSubItem = 0;
  nLevel = 1;

  aOpen = xcalloc(pAll->n + 1, 1);
  aClose = xcalloc(pAll->n + 1, 1);
  plan_parens(z, pAll, aOpen, aClose);

  for (i = 0; i < pAll->n;) {
    const Token *t = &pAll->a[i];
    Level *L = &aLevel[nLevel - 1];

    if (aOpen[i]) out_seg(&b, "((((((((", aOpen[i], t->iStart, 0, 0);

    if (t->kind == TK_SPACE) {
      if (t->nUspace == 0) {
        out_copy(&b, pSrc, t->iStart, t->iEnd - t->iStart);
      } else {
        uint32_t j = t->iStart, run = t->iStart;
        while (j < t->iEnd) {
          int nU = lex_uspace_len((const unsigned char *)z + j, t->iEnd - j);
          if (!nU) {
            j++;
            continue;
          }
          out_copy(&b, pSrc, run, j - run);
          if (j == 0 && nU == 3 && (unsigned char)z[0] == 0xEF) {
            /* A byte-order mark opening the file is dropped silently. */
            out_seg(&b, "", 0, j, (uint32_t)nU, 0);
          } else {
            int line, col;
            out_seg(&b, " ", 1, j, (uint32_t)nU, 0);
            source_linecol(pSrc, j, &line, &col);
            if (nUspace++ == 0) {
              const unsigned char *u = (const unsigned char *)z + j;
              iFirstUspace = j;
              nFirstUspace = (uint32_t)nU;
              if (nU == 2)
                cpFirst = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
              else
                cpFirst = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) |
                          (u[2] & 0x3Fu);
            }
            if (line != lastWarnLine) nUspaceLines++;
            lastWarnLine = line;
          }
          j += (uint32_t)nU;
          run = j;
        }
        out_copy(&b, pSrc, run, t->iEnd - run);
      }
      i++;
      continue;
    }
    if (t->kind == TK_COMMENT) {
      out_copy(&b, pSrc, t->iStart, t->iEnd - t->iStart);
      i++;
      continue;
    }

    if (lex_is_word(z, t, "table")) {
      size_t nx = rewrite_extend(&b, pSrc, pAll, i, &aExtendHeap,
                                 &pOut->nExtend, &capExtend, pDiag);
      if (nx != i) {
        pPrev2 = pPrev;
        pPrev = &pAll->a[nx - 1];
        i = nx;
        continue;
      }
    }

    if (t->kind == TK_WORD && L->bQuery) {
      if (lex_is_word(z, t, "from")) {
        /* IS [NOT] DISTINCT FROM is an operator, not a clause. */
        if (!(pPrev && lex_is_word(z, pPrev, "distinct"))) L->bFrom = 1;
      } else if (ends_from(z, t)) {
        L->bFrom = 0;
      }
    }

    if (t->kind == TK_LPAREN) {
      Level nl = {0, 0, 0};
      int bItemPos =
          L->bFrom && pPrev &&
          (lex_is_word(z, pPrev, "from") || lex_is_word(z, pPrev, "join") ||
           lex_is_word(z, pPrev, "lateral") || pPrev->kind == TK_COMMA);
      int bQuery = paren_starts_query(z, pAll, i);
      size_t k = next_sig(pAll, i + 1);
      int bDirect = k < pAll->n && pAll->a[k].kind != TK_LPAREN;
      if (bItemPos && bQuery) {
        nl.bSubItem = 1;
        nl.bQuery = bDirect;
      } else if (bItemPos) {
        nl.bQuery = 1; /* a parenthesised join: a FROM list continues */
        nl.bFrom = 1;
      } else {
        nl.bQuery = bQuery && bDirect;
      }
      util_grow((void **)&aLevel, &capLevel, nLevel + 1, sizeof(Level));
      aLevel[nLevel++] = nl;
      out_copy(&b, pSrc, t->iStart, t->iEnd - t->iStart);
      goto next;
    }

    if (t->kind == TK_RPAREN) {
      int bSub = nLevel > 1 && aLevel[nLevel - 1].bSubItem;
      if (nLevel > 1) nLevel--;
      out_copy(&b, pSrc, t->iStart, t->iEnd - t->iStart);
      if (aClose[i]) {
        out_seg(&b, "))))))))", aClose[i], t->iEnd, 0, 0);
        aClose[i] = 0;
      }
      if (bSub) {
        size_t nx = next_sig(pAll, i + 1);
        int bAlias = 0;
        if (nx < pAll->n) {
          const Token *n2 = &pAll->a[nx];
          if (lex_is_word(z, n2, "as") || n2->kind == TK_QIDENT ||
              (n2->kind == TK_WORD && !is_reserved_follow(z, n2))) {
            bAlias = 1;
          }
        }
        if (!bAlias) {
          char aName[64];
          int nName = snprintf(aName, sizeof aName,
                               " AS " DIALECT_ANON_PREFIX "%d", ++nAnon);
          util_grow((void **)&aAnon, &capAnon, pOut->nAnonAlias + 1,
                    sizeof(uint32_t));
          aAnon[pOut->nAnonAlias++] = (uint32_t)out_len(&b) + 4;
          out_seg(&b, aName, (size_t)nName, t->iEnd, 0, 0);
        }
      }
      goto next;
    }

    if (t->kind == TK_WORD) {
      size_t nx = next_sig(pAll, i + 1);
      const Token *pNext = nx < pAll->n ? &pAll->a[nx] : NULL;
      if (is_as_label_kw(z, t) && pPrev && ends_expr(z, pPrev, pPrev2) &&
          follows_label(z, pNext)) {
        /* A bare alias PostgreSQL reads as a keyword: quote it, folded to
        ** lower case as an unquoted name would be. */
        StrBuf q = {0};
        uint32_t k;
        sb_putc(&q, '"');
        for (k = t->iStart; k < t->iEnd; k++)
          sb_putc(&q, (char)tolower((unsigned char)z[k]));
        sb_putc(&q, '"');
        out_seg(&b, q.z, q.n, t->iStart, t->iEnd - t->iStart, 0);
        sb_free(&q);
        goto next;
      }
      if (is_comma_position(z, pAll, i)) {
        out_seg(&b, "\"position\"", 10, t->iStart, t->iEnd - t->iStart, 0);
        goto next;
      }
      if (lex_is_word(z, t, "array") && pNext && pNext->kind == TK_OP &&
          pNext->iEnd - pNext->iStart == 1 && z[pNext->iStart] == '<') {
        /* ARRAY<LONG> (Spark's array type) -> LONG[] */
        size_t iElem = next_sig(pAll, nx + 1);
        size_t iGt = iElem < pAll->n ? next_sig(pAll, iElem + 1) : pAll->n;
        if (iGt < pAll->n && pAll->a[iElem].kind == TK_WORD &&
            pAll->a[iGt].kind == TK_OP &&
            pAll->a[iGt].iEnd - pAll->a[iGt].iStart == 1 &&
            z[pAll->a[iGt].iStart] == '>') {
          StrBuf q = {0};
          sb_append(&q, z + pAll->a[iElem].iStart,
                    pAll->a[iElem].iEnd - pAll->a[iElem].iStart);
          sb_puts(&q, "[]");
          out_seg(&b, q.z, q.n, t->iStart, pAll->a[iGt].iEnd - t->iStart, 0);
          sb_free(&q);
          pPrev2 = pPrev;
          pPrev = &pAll->a[iGt];
          i = iGt + 1;
          continue;
        }
      }
    }

    out_copy(&b, pSrc, t->iStart, t->iEnd - t->iStart);
  next:
    if (aClose[i]) out_seg(&b, "))))))))", aClose[i], t->iEnd, 0, 0);
    pPrev2 = pPrev;
    pPrev = t;
    i++;
  }
  free(aOpen);
  free(aClose);

  /* One warning for all Unicode spaces: a query pasted from a web page has
  ** them on every line, and one message says it all. */
  if (nUspace) {
    Diag *d;
    if (nUspace == 1) {
      d = diag_add(pDiag, "AMC003", iFirstUspace, iFirstUspace + nFirstUspace,
                   "Unicode space character U+%04X outside a string; treated "
                   "as a space",
                   cpFirst);
    } else {
      d = diag_add(pDiag, "AMC003", iFirstUspace, iFirstUspace + nFirstUspace,
                   "%d Unicode space characters (first: U+%04X, here) outside "
                   "strings on %d line%s; treated as spaces",
                   nUspace, cpFirst, nUspaceLines,
                   nUspaceLines == 1 ? "" : "s");
    }
    diag_hint(pDiag, d,
              "replace them with ordinary spaces: they often come "
              "from copying a query out of a web page or document");
  }

  /* Move the heap arrays into the arena so the Dialect needs no free(). */
  if (b.out.n == 0) {
    /* nothing rewritten: the text is the source's */
    pOut->nOut = b.nPend;
    pOut->zOut = arena_strndup(pArena, z + b.iPend, b.nPend);
  } else {
    out_flush(&b);
    pOut->nOut = b.out.n;
    pOut->zOut = arena_strndup(pArena, b.out.z, b.out.n);
  }
  pOut->nSeg = b.nSeg;
  pOut->aSeg = ARENA_ARRAY(pArena, DialectSeg, b.nSeg ? b.nSeg : 1);
  if (b.nSeg) memcpy(pOut->aSeg, b.aSeg, b.nSeg * sizeof(DialectSeg));
  pOut->aExtend =
      ARENA_ARRAY(pArena, DialectExtend, pOut->nExtend ? pOut->nExtend : 1);
  if (pOut->nExtend) {
    memcpy(pOut->aExtend, aExtendHeap, pOut->nExtend * sizeof(DialectExtend));
  }
  pOut->aAnonAlias =
      ARENA_ARRAY(pArena, uint32_t, pOut->nAnonAlias ? pOut->nAnonAlias : 1);
  if (pOut->nAnonAlias) {
    memcpy(pOut->aAnonAlias, aAnon, pOut->nAnonAlias * sizeof(uint32_t));
  }
  free(aExtendHeap);
  free(aAnon);
  free(aLevel);
  free(b.aSeg);
  sb_free(&b.out);
}

/* Index of the segment holding rewritten offset iOut (the last one whose
** iOut is <= the offset). */
static size_t seg_find(const Dialect *p, uint32_t iOut) {
  size_t lo = 0, hi = p->nSeg;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->aSeg[mid].iOut <= iOut)
      lo = mid;
    else
      hi = mid;
  }
  /* Skip empty inserted segments at the same offset: prefer the one with
  ** content, which is the one the offset is in. */
  while (lo + 1 < p->nSeg && p->aSeg[lo].nOut == 0 &&
         p->aSeg[lo + 1].iOut == iOut) {
    lo++;
  }
  return lo;
}

uint32_t dialect_map_start(const Dialect *p, uint32_t iOut) {
  const DialectSeg *s;
  if (p->nSeg == 0) return 0;
  if (iOut >= p->nOut) {
    s = &p->aSeg[p->nSeg - 1];
    return s->iIn + s->nIn;
  }
  s = &p->aSeg[seg_find(p, iOut)];
  if (s->bCopy) return s->iIn + (iOut - s->iOut);
  return s->iIn;
}

uint32_t dialect_map_end(const Dialect *p, uint32_t iOut) {
  const DialectSeg *s;
  if (p->nSeg == 0 || iOut == 0) return 0;
  if (iOut > p->nOut) iOut = (uint32_t)p->nOut;
  s = &p->aSeg[seg_find(p, iOut - 1)];
  if (s->bCopy) return s->iIn + (iOut - 1 - s->iOut) + 1;
  return s->iIn + s->nIn;
}
