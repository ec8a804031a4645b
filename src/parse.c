/*
 * parse.c: libpg_query's parse tree (JSON, read with JNode) to the IR of
 * ir.h. libpg_query reports only where nodes start, as byte offsets into the
 * rewritten text; ends are found here from the original token stream (names,
 * balanced parentheses, CASE ... END, trailing keywords such as IS NULL).
 * libpg_query's JSON omits fields whose value is zero, false or empty, so
 * every field is read with a default.
 */
#include "parse.h"

#include "json.h"
#include "pgnode.h"

#include <errno.h>
#include <pg_query.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Parser {
  Arena *pArena;
  const Source *pSrc;
  const Dialect *pDia;
  const TokenList *pTok; /* significant tokens of the original text */
  int *aDepth; /* nesting of ( [ CASE before each token; n + 1 entries */
  uint32_t *aTokAt; /* lex_find(pTok, off) for each offset 0..nText */
  size_t nText;
  DiagList *pDiag;
  int depth;
  int bTooDeep; /* too deep or too large: reported once, no IR */
  int nCtes, nTableRefs; /* so far, against PARSE_MAX_CTES and _TABLE_REFS */
} Parser;

#define NO_POS UINT32_MAX

/* ---------------------------------------------------------------------- */
/* JSON access with defaults                                               */

static const JNode *jget(const JNode *o, const char *zKey) {
  return o ? json_get(o, zKey) : NULL;
}

static long long jint(const JNode *o, const char *zKey, long long dflt) {
  const JNode *v = jget(o, zKey);
  return (v && v->type == JT_NUMBER) ? (long long)v->rValue : dflt;
}

static int jbool(const JNode *o, const char *zKey) {
  const JNode *v = jget(o, zKey);
  return v && v->type == JT_TRUE;
}

static const char *jstr(const JNode *o, const char *zKey, const char *dflt) {
  const JNode *v = jget(o, zKey);
  return (v && v->type == JT_STRING) ? v->zValue : dflt;
}

/* A node is {"Kind": {...}}. Returns the kind and sets *ppBody. */
static const char *node_kind(const JNode *n, const JNode **ppBody) {
  *ppBody = NULL;
  if (!n || n->type != JT_OBJECT || !n->pChild) return "";
  *ppBody = n->pChild;
  return n->pChild->zKey ? n->pChild->zKey : "";
}

static int jarray_size(const JNode *a) {
  return (a && a->type == JT_ARRAY) ? a->nChild : 0;
}

/* The sval of a {"String": {"sval": ...}} node; "" when absent. */
static const char *string_node(const JNode *n) {
  const JNode *body;
  const char *k = node_kind(n, &body);
  if (json_str_is(k, "String")) return jstr(body, "sval", "");
  return NULL;
}

/* ---------------------------------------------------------------------- */
/* Positions                                                               */

/* Original offset of a node body's "location" field, or NO_POS. */
static uint32_t loc(Parser *p, const JNode *body) {
  long long l = jint(body, "location", -1);
  if (l < 0) return NO_POS;
  return dialect_map_start(p->pDia, (uint32_t)l);
}

static uint32_t raw_loc(const JNode *body) {
  long long l = jint(body, "location", -1);
  return l < 0 ? NO_POS : (uint32_t)l;
}

/* Index of the significant token starting at (or containing) off. */
static size_t tok_at(Parser *p, uint32_t off) {
  return off <= p->nText ? p->aTokAt[off] : lex_find(p->pTok, off);
}

static const Token *tok(Parser *p, size_t i) {
  return i < p->pTok->n ? &p->pTok->a[i] : NULL;
}

static int tok_is(Parser *p, size_t i, TokKind k) {
  return i < p->pTok->n && p->pTok->a[i].kind == k;
}

static int tok_word(Parser *p, size_t i, const char *zKw) {
  return i < p->pTok->n && lex_is_word(p->pSrc->z, &p->pTok->a[i], zKw);
}

/* End of the ')' (or ']') matching the opener at token index i. */
static uint32_t match_close(Parser *p, size_t i) {
  int depth = 0;
  size_t k;
  for (k = i; k < p->pTok->n; k++) {
    TokKind kk = p->pTok->a[k].kind;
    if (kk == TK_LPAREN || kk == TK_LBRACKET)
      depth++;
    else if (kk == TK_RPAREN || kk == TK_RBRACKET) {
      depth--;
      if (depth == 0) return p->pTok->a[k].iEnd;
    }
  }
  return p->pTok->n ? p->pTok->a[p->pTok->n - 1].iEnd : 0;
}

/*
** Close a span: if the tokens from iStart to iEnd leave a parenthesis,
** bracket or CASE open, extend the end to where it closes. This is how a
** call's ")" or a CASE's END, which no child node covers, join the span.
*/
static Span span_close(Parser *p, uint32_t iStart, uint32_t iEnd) {
  Span s;
  size_t i, k;
  int base;
  s.iStart = iStart;
  s.iEnd = iEnd;
  if (iStart == NO_POS || iEnd == NO_POS || iEnd <= iStart) {
    if (iStart != NO_POS && (iEnd == NO_POS || iEnd < iStart)) s.iEnd = iStart;
    return s;
  }
  /* aDepth[k] is the nesting before token k, so the nesting the span leaves
  ** open is a difference; only an open span needs a walk to its close. */
  i = tok_at(p, iStart);
  k = tok_at(p, iEnd);
  base = p->aDepth[i];
  for (; p->aDepth[k] > base && k < p->pTok->n; k++) {
    s.iEnd = p->pTok->a[k].iEnd;
  }
  return s;
}

/* A node whose position libpg_query did not give still needs a valid
** span: the start of the text, or an empty span at its start. */
static void span_settle(Span *ps) {
  if (ps->iStart == NO_POS) ps->iStart = ps->iEnd = 0;
  if (ps->iEnd == NO_POS) ps->iEnd = ps->iStart;
}

/* Widen *ps to cover q. */
static void span_join(Span *ps, Span q) {
  if (q.iStart == NO_POS) return;
  if (ps->iStart == NO_POS || q.iStart < ps->iStart) ps->iStart = q.iStart;
  if (ps->iEnd == NO_POS || q.iEnd > ps->iEnd) ps->iEnd = q.iEnd;
}

static void span_point(Span *ps, uint32_t off) {
  if (off == NO_POS) return;
  if (ps->iStart == NO_POS || off < ps->iStart) ps->iStart = off;
  if (ps->iEnd == NO_POS || off > ps->iEnd) ps->iEnd = off;
}

/* The span of the single token at off. */
static Span tok_span(Parser *p, uint32_t off) {
  Span s = {NO_POS, NO_POS};
  size_t i;
  if (off == NO_POS) return s;
  i = tok_at(p, off);
  if (i < p->pTok->n && p->pTok->a[i].iStart <= off) {
    s.iStart = p->pTok->a[i].iStart;
    s.iEnd = p->pTok->a[i].iEnd;
  } else {
    s.iStart = s.iEnd = off;
  }
  return s;
}

/* A dotted name of nPart parts starting at off: a.b.c (or a.*). */
static Span name_span(Parser *p, uint32_t off, int nPart) {
  Span s = tok_span(p, off);
  size_t i;
  int k;
  if (off == NO_POS) return s;
  i = tok_at(p, off);
  for (k = 1; k < nPart; k++) {
    if (!tok_is(p, i + 1, TK_DOT) || i + 2 >= p->pTok->n) break;
    i += 2;
    s.iEnd = p->pTok->a[i].iEnd;
  }
  return s;
}

/* If the token after end is an alias for zAlias (AS name, or name), the end
** of that alias; also sets *pAlias to its span. Otherwise end. */
static uint32_t alias_end(Parser *p, uint32_t end, const char *zAlias,
                          Span *pAlias) {
  size_t i;
  if (end == NO_POS || !zAlias) return end;
  i = tok_at(p, end);
  if (tok_word(p, i, "as")) i++;
  if (i < p->pTok->n &&
      (p->pTok->a[i].kind == TK_WORD || p->pTok->a[i].kind == TK_QIDENT)) {
    if (pAlias) {
      pAlias->iStart = p->pTok->a[i].iStart;
      pAlias->iEnd = p->pTok->a[i].iEnd;
    }
    end = p->pTok->a[i].iEnd;
    if (tok_is(p, i + 1, TK_LPAREN)) end = match_close(p, i + 1);
  }
  return end;
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */

/* Count one more of something the query may have at most nMax of; report
** the first one over the limit, at span. Returns 1 while within it. */
static int count_within(Parser *p, int *pn, int nMax, Span span, const char *zWhat) {
  if (++*pn <= nMax) return 1;
  if (*pn == nMax + 1 && !p->bTooDeep) {
    Diag *d = diag_add(p->pDiag, "AMC004", span.iStart == NO_POS ? 0 : span.iStart,
                       span.iEnd == NO_POS ? 0 : span.iEnd,
                       "query too large: more than %d %s", nMax, zWhat);
    diag_hint(p->pDiag, d, "a limit of amcq's, far above real workflows; split the query");
  }
  p->bTooDeep = 1;
  return 0;
}

static int enter(Parser *p, uint32_t off) {
  if (++p->depth <= PARSE_MAX_DEPTH) return 1;
  if (!p->bTooDeep) {
    Diag *d = diag_add(p->pDiag, "AMC004", off == NO_POS ? 0 : off,
                       off == NO_POS ? 0 : off, "query too deeply nested");
    diag_hint(p->pDiag, d, "split the expression into CTEs");
    p->bTooDeep = 1;
  }
  return 0;
}

static void leave(Parser *p) {
  p->depth--;
}

static void unsupported(Parser *p, Span s, const char *zWhat,
                        const char *zHint) {
  Diag *d = diag_add(p->pDiag, "AMC009", s.iStart == NO_POS ? 0 : s.iStart,
                     s.iEnd == NO_POS ? 0 : s.iEnd,
                     "%s is not supported in AMC SQL", zWhat);
  if (zHint) diag_hint(p->pDiag, d, "%s", zHint);
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                             */

static Expr *conv_expr(Parser *p, const JNode *n);
static Select *conv_select(Parser *p, const JNode *n, uint32_t hint);
static WindowSpec *conv_window(Parser *p, const JNode *body);
static TypeName *conv_type(Parser *p, const JNode *body);

static Expr *new_expr(Parser *p, ExprKind k) {
  Expr *e = ARENA_NEW(p->pArena, Expr);
  e->kind = k;
  e->span.iStart = e->span.iEnd = NO_POS;
  return e;
}

static void expr_cover(Expr *e, const Expr *c) {
  if (c) span_join(&e->span, c->span);
}

static ExprList conv_list(Parser *p, const JNode *a) {
  ExprList l;
  const JNode *it;
  int n = jarray_size(a), i = 0;
  l.n = 0;
  l.a = ARENA_ARRAY(p->pArena, Expr *, n ? n : 1);
  JSON_FOREACH(it, a) {
    Expr *e = conv_expr(p, it);
    if (e) l.a[i++] = e;
  }
  l.n = i;
  return l;
}

static void cover_list(Expr *e, const ExprList *l) {
  int i;
  for (i = 0; i < l->n; i++)
    expr_cover(e, l->a[i]);
}

static NameList conv_names(Parser *p, const JNode *a) {
  NameList l;
  const JNode *it;
  int n = jarray_size(a), i = 0;
  l.a = ARENA_ARRAY(p->pArena, const char *, n ? n : 1);
  l.aSpan = ARENA_ARRAY(p->pArena, Span, n ? n : 1);
  JSON_FOREACH(it, a) {
    const char *z = string_node(it);
    l.a[i] = arena_strdup(p->pArena, z ? z : "*");
    l.aSpan[i].iStart = l.aSpan[i].iEnd = NO_POS;
    i++;
  }
  l.n = i;
  return l;
}

/* Spans for a parenthesised name list such as USING (a, b) or t (a, b),
** when the '(' is the first token at or after off. */
static void names_locate(Parser *p, NameList *l, uint32_t off) {
  size_t i;
  int k = 0;
  if (off == NO_POS || l->n == 0) return;
  i = tok_at(p, off);
  while (i < p->pTok->n && p->pTok->a[i].kind != TK_LPAREN)
    i++;
  for (i = i + 1; i < p->pTok->n && k < l->n; i++) {
    const Token *t = &p->pTok->a[i];
    if (t->kind == TK_WORD || t->kind == TK_QIDENT) {
      l->aSpan[k].iStart = t->iStart;
      l->aSpan[k].iEnd = t->iEnd;
      k++;
    } else if (t->kind == TK_RPAREN) {
      break;
    }
  }
}

/* The literal value of an integer constant, read from the original text:
** libpg_query's JSON drops negative integer values. */
static int64_t int_from_text(Parser *p, uint32_t off, int64_t dflt,
                             uint32_t *pEnd) {
  size_t i = tok_at(p, off);
  int neg = 0;
  const Token *t = tok(p, i);
  char aBuf[32];
  size_t n;
  if (!t) return dflt;
  if (t->kind == TK_OP && t->iEnd - t->iStart == 1 &&
      p->pSrc->z[t->iStart] == '-') {
    neg = 1;
    t = tok(p, i + 1);
    if (!t) return dflt;
  }
  if (t->kind != TK_NUMBER) return dflt;
  n = t->iEnd - t->iStart;
  if (n >= sizeof aBuf) return dflt;
  memcpy(aBuf, p->pSrc->z + t->iStart, n);
  aBuf[n] = 0;
  errno = 0;
  {
    char *zEnd;
    long long v = strtoll(aBuf, &zEnd, 10);
    if (errno || *zEnd) return dflt;
    *pEnd = t->iEnd;
    return neg ? -v : v;
  }
}

static Expr *conv_const(Parser *p, const JNode *body) {
  Expr *e = new_expr(p, EK_LITERAL);
  uint32_t off = loc(p, body);
  const JNode *v;
  e->span = tok_span(p, off);
  if (jbool(body, "isnull")) {
    e->litKind = LIT_NULL;
  } else if ((v = jget(body, "ival")) != NULL) {
    uint32_t end = NO_POS;
    e->litKind = LIT_INT;
    e->iLit = int_from_text(p, off, jint(v, "ival", 0), &end);
    if (end != NO_POS) e->span.iEnd = end;
    e->zLit = arena_strdup(p->pArena, "");
    {
      char aBuf[32];
      snprintf(aBuf, sizeof aBuf, "%lld", (long long)e->iLit);
      e->zLit = arena_strdup(p->pArena, aBuf);
    }
  } else if ((v = jget(body, "fval")) != NULL) {
    const char *zf = jstr(v, "fval", "0");
    char *zEnd;
    long long ll;
    e->litKind = LIT_NUMERIC;
    e->zLit = arena_strdup(p->pArena, zf);
    /* Integers beyond 32 bits arrive as "fval" text; keep those that fit
    ** 64 bits as integers (campaign ids are 13 digits). */
    errno = 0;
    ll = strtoll(zf, &zEnd, 10);
    if (!errno && *zEnd == 0 && zEnd != zf) {
      e->litKind = LIT_INT;
      e->iLit = ll;
    }
    if (e->zLit[0] == '-') {
      /* "-1.5": the span runs from '-' through the number. */
      size_t i = tok_at(p, off);
      if (tok_is(p, i, TK_OP) && tok_is(p, i + 1, TK_NUMBER)) {
        e->span.iEnd = p->pTok->a[i + 1].iEnd;
      }
    }
  } else if ((v = jget(body, "sval")) != NULL) {
    e->litKind = LIT_STRING;
    e->zLit = arena_strdup(p->pArena, jstr(v, "sval", ""));
  } else if ((v = jget(body, "boolval")) != NULL) {
    e->litKind = LIT_BOOL;
    e->iLit = jbool(v, "boolval");
    e->zLit = e->iLit ? "true" : "false";
  } else if ((v = jget(body, "bsval")) != NULL) {
    e->litKind = LIT_BITS;
    e->zLit = arena_strdup(p->pArena, jstr(v, "bsval", ""));
  } else {
    e->litKind = LIT_NULL;
  }
  return e;
}

static const char *op_name(Parser *p, const JNode *names) {
  const JNode *it;
  StrBuf b = {0};
  const char *r;
  JSON_FOREACH(it, names) {
    const char *z = string_node(it);
    if (!z) continue;
    if (b.n) sb_putc(&b, '.');
    sb_puts(&b, z);
  }
  r = arena_strdup(p->pArena, b.z ? b.z : "");
  sb_free(&b);
  return r;
}

static Expr *conv_aexpr(Parser *p, const JNode *body) {
  const char *zKind = jstr(body, "kind", "AEXPR_OP");
  const char *zOp = op_name(p, jget(body, "name"));
  uint32_t off = loc(p, body);
  const JNode *lx = jget(body, "lexpr"), *rx = jget(body, "rexpr");
  Expr *e;

  if (json_str_is(zKind, "AEXPR_IN")) {
    const JNode *rb;
    e = new_expr(p, EK_IN);
    e->pLeft = conv_expr(p, lx);
    e->bNot = json_str_is(zOp, "<>");
    if (json_str_is(node_kind(rx, &rb), "List")) {
      e->args = conv_list(p, jget(rb, "items"));
    } else {
      e->args.a = ARENA_ARRAY(p->pArena, Expr *, 1);
      e->args.a[0] = conv_expr(p, rx);
      e->args.n = e->args.a[0] ? 1 : 0;
    }
    expr_cover(e, e->pLeft);
    cover_list(e, &e->args);
    span_point(&e->span, off);
  } else if (strncmp(zKind, "AEXPR_BETWEEN", 13) == 0 ||
             strncmp(zKind, "AEXPR_NOT_BETWEEN", 17) == 0) {
    const JNode *rb;
    e = new_expr(p, EK_BETWEEN);
    e->bNot = strncmp(zKind, "AEXPR_NOT", 9) == 0;
    e->bSymmetric = strstr(zKind, "SYM") != NULL;
    e->pLeft = conv_expr(p, lx);
    if (json_str_is(node_kind(rx, &rb), "List")) {
      e->args = conv_list(p, jget(rb, "items"));
    }
    expr_cover(e, e->pLeft);
    cover_list(e, &e->args);
  } else if (json_str_is(zKind, "AEXPR_LIKE") ||
             json_str_is(zKind, "AEXPR_ILIKE") ||
             json_str_is(zKind, "AEXPR_SIMILAR")) {
    const JNode *rb;
    const char *rk = node_kind(rx, &rb);
    e = new_expr(p, EK_LIKE);
    e->likeKind = zKind[6] == 'L'   ? LIKE_LIKE
                  : zKind[6] == 'I' ? LIKE_ILIKE
                                    : LIKE_SIMILAR;
    e->bNot = zOp[0] == '!';
    e->pLeft = conv_expr(p, lx);
    /* libpg_query wraps the pattern: like_escape(pat, esc) for ESCAPE and
    ** similar_to_escape(pat[, esc]) for every SIMILAR TO. */
    if (json_str_is(rk, "FuncCall")) {
      const char *zf = op_name(p, jget(rb, "funcname"));
      if (json_str_is(zf, "pg_catalog.like_escape") ||
          json_str_is(zf, "pg_catalog.similar_to_escape")) {
        const JNode *args = jget(rb, "args");
        e->pRight = conv_expr(p, json_item(args, 0));
        if (jarray_size(args) > 1) {
          e->pEscape = conv_expr(p, json_item(args, 1));
        }
      }
    }
    if (!e->pRight) e->pRight = conv_expr(p, rx);
    expr_cover(e, e->pLeft);
    expr_cover(e, e->pRight);
    expr_cover(e, e->pEscape);
  } else if (json_str_is(zKind, "AEXPR_NULLIF")) {
    e = new_expr(p, EK_FUNC);
    e->zFunc = "nullif";
    e->args.a = ARENA_ARRAY(p->pArena, Expr *, 2);
    e->args.a[0] = conv_expr(p, lx);
    e->args.a[1] = conv_expr(p, rx);
    e->args.n = (e->args.a[0] && e->args.a[1]) ? 2 : 0;
    e->funcNameSpan = tok_span(p, off);
    span_point(&e->span, off);
    cover_list(e, &e->args);
  } else {
    e = new_expr(p, EK_OP);
    if (json_str_is(zKind, "AEXPR_DISTINCT")) {
      zOp = "IS DISTINCT FROM";
    } else if (json_str_is(zKind, "AEXPR_NOT_DISTINCT")) {
      zOp = "IS NOT DISTINCT FROM";
    } else if (json_str_is(zKind, "AEXPR_OP_ANY")) {
      zOp = util_mprintf("%s ANY", zOp);
      {
        const char *z = arena_strdup(p->pArena, zOp);
        free((void *)zOp);
        zOp = z;
      }
    } else if (json_str_is(zKind, "AEXPR_OP_ALL")) {
      zOp = util_mprintf("%s ALL", zOp);
      {
        const char *z = arena_strdup(p->pArena, zOp);
        free((void *)zOp);
        zOp = z;
      }
    } else if (!json_str_is(zKind, "AEXPR_OP")) {
      unsupported(p, tok_span(p, off), "this operator form", NULL);
    }
    e->zOp = zOp;
    e->pLeft = lx ? conv_expr(p, lx) : NULL;
    e->pRight = conv_expr(p, rx);
    span_join(&e->span, tok_span(p, off));
    expr_cover(e, e->pLeft);
    expr_cover(e, e->pRight);
  }
  return e;
}

static Expr *conv_func(Parser *p, const JNode *body) {
  Expr *e = new_expr(p, EK_FUNC);
  const JNode *names = jget(body, "funcname");
  int nName = jarray_size(names);
  const char *zFmt = jstr(body, "funcformat", "");
  uint32_t off = loc(p, body);
  size_t iName;
  const JNode *over = jget(body, "over");

  e->zFunc = arena_strdup(
      p->pArena, string_node(json_item(names, nName - 1))
                     ? string_node(json_item(names, nName - 1))
                     : "");
  if (nName > 1) {
    const char *zs = string_node(json_item(names, 0));
    /* libpg_query qualifies SQL-syntax functions (EXTRACT, SUBSTRING ...)
    ** with pg_catalog; the user did not write that. */
    if (json_str_is(zFmt, "COERCE_SQL_SYNTAX") ||
        (zs && json_str_is(zs, "pg_catalog") &&
         !tok_is(p, tok_at(p, off) + 1, TK_DOT))) {
      e->zSchema = NULL;
    } else {
      e->zSchema = arena_strdup(p->pArena, zs ? zs : "");
    }
  }
  e->bSqlSyntax = json_str_is(zFmt, "COERCE_SQL_SYNTAX");
  e->args = conv_list(p, jget(body, "args"));
  if (e->bSqlSyntax && json_str_is(e->zFunc, "position") && e->args.n == 2) {
    /* libpg_query turns POSITION(a IN b) into position(b, a); the IR keeps
    ** AMC's order, POSITION(substring, string), whichever way it was
    ** written. */
    Expr *t = e->args.a[0];
    e->args.a[0] = e->args.a[1];
    e->args.a[1] = t;
  }
  e->bStar = jbool(body, "agg_star");
  e->bDistinct = jbool(body, "agg_distinct");
  e->bVariadic = jbool(body, "func_variadic");
  e->bWithinGroup = jbool(body, "agg_within_group");
  if (jget(body, "agg_filter"))
    e->pFilter = conv_expr(p, jget(body, "agg_filter"));
  {
    const JNode *ord = jget(body, "agg_order");
    int n = jarray_size(ord), i = 0;
    const JNode *it;
    e->aggOrder.a = ARENA_ARRAY(p->pArena, OrderItem, n ? n : 1);
    JSON_FOREACH(it, ord) {
      const JNode *sb;
      node_kind(it, &sb);
      e->aggOrder.a[i].pExpr = conv_expr(p, jget(sb, "node"));
      {
        const char *zd = jstr(sb, "sortby_dir", "");
        const char *zn = jstr(sb, "sortby_nulls", "");
        e->aggOrder.a[i].dir = json_str_is(zd, "SORTBY_DESC")  ? SORT_DESC
                               : json_str_is(zd, "SORTBY_ASC") ? SORT_ASC
                                                               : SORT_DEFAULT;
        e->aggOrder.a[i].nulls =
            json_str_is(zn, "SORTBY_NULLS_FIRST")  ? NULLS_FIRST
            : json_str_is(zn, "SORTBY_NULLS_LAST") ? NULLS_LAST
                                                   : NULLS_DEFAULT;
      }
      if (e->aggOrder.a[i].pExpr) {
        e->aggOrder.a[i].span = e->aggOrder.a[i].pExpr->span;
        i++;
      }
    }
    e->aggOrder.n = i;
  }
  if (over) e->pOver = conv_window(p, over);

  /* Span: name (possibly qualified), its parenthesised arguments, then
  ** FILTER (...) and OVER ... if present. */
  e->funcNameSpan = name_span(p, off, e->zSchema ? 2 : 1);
  e->span = e->funcNameSpan;
  iName = tok_at(p, e->funcNameSpan.iEnd);
  if (off != NO_POS && tok_is(p, iName, TK_LPAREN) &&
      p->pTok->a[iName].iStart == e->funcNameSpan.iEnd + 0) {
    e->span.iEnd = match_close(p, iName);
  } else if (off != NO_POS && tok_is(p, iName, TK_LPAREN)) {
    e->span.iEnd = match_close(p, iName);
  }
  cover_list(e, &e->args);
  expr_cover(e, e->pFilter);
  if (e->pOver) span_join(&e->span, e->pOver->span);
  {
    int i;
    for (i = 0; i < e->aggOrder.n; i++)
      span_join(&e->span, e->aggOrder.a[i].span);
  }
  e->span = span_close(p, e->span.iStart, e->span.iEnd);
  return e;
}

static OrderList conv_order(Parser *p, const JNode *a) {
  OrderList l;
  const JNode *it;
  int n = jarray_size(a), i = 0;
  l.a = ARENA_ARRAY(p->pArena, OrderItem, n ? n : 1);
  JSON_FOREACH(it, a) {
    const JNode *sb;
    const char *zd, *zn;
    OrderItem *o = &l.a[i];
    if (!json_str_is(node_kind(it, &sb), "SortBy")) continue;
    o->pExpr = conv_expr(p, jget(sb, "node"));
    if (!o->pExpr) continue;
    zd = jstr(sb, "sortby_dir", "");
    zn = jstr(sb, "sortby_nulls", "");
    o->dir = json_str_is(zd, "SORTBY_DESC")  ? SORT_DESC
             : json_str_is(zd, "SORTBY_ASC") ? SORT_ASC
                                             : SORT_DEFAULT;
    o->nulls = json_str_is(zn, "SORTBY_NULLS_FIRST")  ? NULLS_FIRST
               : json_str_is(zn, "SORTBY_NULLS_LAST") ? NULLS_LAST
                                                      : NULLS_DEFAULT;
    o->span = o->pExpr->span;
    /* Take in ASC/DESC and NULLS FIRST/LAST. */
    if (o->span.iEnd != NO_POS) {
      size_t k = tok_at(p, o->span.iEnd);
      if (tok_word(p, k, "asc") || tok_word(p, k, "desc")) {
        o->span.iEnd = p->pTok->a[k].iEnd;
        k++;
      }
      if (tok_word(p, k, "nulls") &&
          (tok_word(p, k + 1, "first") || tok_word(p, k + 1, "last"))) {
        o->span.iEnd = p->pTok->a[k + 1].iEnd;
      }
    }
    if (json_str_is(zd, "SORTBY_USING")) {
      unsupported(p, o->span, "ORDER BY ... USING", NULL);
    }
    i++;
  }
  l.n = i;
  return l;
}

static WindowSpec *conv_window(Parser *p, const JNode *n) {
  const JNode *body = n;
  WindowSpec *w = ARENA_NEW(p->pArena, WindowSpec);
  uint32_t off;
  const char *k;
  const JNode *b2;
  int i;
  /* The OVER clause is a bare WindowDef body; WINDOW clause items are
  ** wrapped nodes. */
  k = node_kind(n, &b2);
  if (json_str_is(k, "WindowDef")) body = b2;
  off = loc(p, body);
  w->span.iStart = w->span.iEnd = NO_POS;
  w->zName = jstr(body, "name", NULL);
  if (w->zName) w->zName = arena_strdup(p->pArena, w->zName);
  w->zRefName = jstr(body, "refname", NULL);
  if (w->zRefName) w->zRefName = arena_strdup(p->pArena, w->zRefName);
  w->partition = conv_list(p, jget(body, "partitionClause"));
  w->order = conv_order(p, jget(body, "orderClause"));
  w->frameOptions = (int)jint(body, "frameOptions", 0);
  if (jget(body, "startOffset"))
    w->pFrameStart = conv_expr(p, jget(body, "startOffset"));
  if (jget(body, "endOffset"))
    w->pFrameEnd = conv_expr(p, jget(body, "endOffset"));
  if (off != NO_POS) {
    size_t t = tok_at(p, off);
    w->span = tok_span(p, off);
    /* OVER name, OVER (...), or the name of a WINDOW clause item. */
    if (tok_word(p, t, "over")) t++;
    if (tok_is(p, t, TK_LPAREN)) {
      w->span.iEnd = match_close(p, t);
    } else if (t < p->pTok->n) {
      w->span.iEnd = p->pTok->a[t].iEnd;
      if (w->zName && (tok_word(p, t + 1, "as")) &&
          tok_is(p, t + 2, TK_LPAREN)) {
        w->span.iEnd = match_close(p, t + 2);
      }
    }
  }
  for (i = 0; i < w->partition.n; i++)
    span_join(&w->span, w->partition.a[i]->span);
  for (i = 0; i < w->order.n; i++)
    span_join(&w->span, w->order.a[i].span);
  w->span = span_close(p, w->span.iStart, w->span.iEnd);
  return w;
}

static TypeName *conv_type(Parser *p, const JNode *body) {
  TypeName *t = ARENA_NEW(p->pArena, TypeName);
  const JNode *names = jget(body, "names");
  int n = jarray_size(names);
  const char *z = string_node(json_item(names, n - 1));
  uint32_t off = loc(p, body);
  const JNode *it;
  t->zName = arena_strdup(p->pArena, z ? z : "");
  JSON_FOREACH(it, jget(body, "typmods")) {
    const JNode *cb;
    if (t->nMod < 2 && json_str_is(node_kind(it, &cb), "A_Const")) {
      t->aMod[t->nMod++] = (int)jint(jget(cb, "ival"), "ival", 0);
    }
  }
  t->nArrayDim = jarray_size(jget(body, "arrayBounds"));
  t->span = tok_span(p, off);
  if (off != NO_POS) {
    size_t k = tok_at(p, off);
    static const char *const azMore[] = {"precision", "varying", "with",
                                         "without",   "time",    "zone"};
    int more = 1;
    if (tok_is(p, k + 1, TK_DOT)) { /* pg_catalog.int4 */
      k += 2;
      if (k < p->pTok->n) t->span.iEnd = p->pTok->a[k].iEnd;
    }
    while (more) {
      size_t j;
      more = 0;
      for (j = 0; j < sizeof azMore / sizeof azMore[0]; j++) {
        if (tok_word(p, k + 1, azMore[j])) {
          k++;
          t->span.iEnd = p->pTok->a[k].iEnd;
          more = 1;
          break;
        }
      }
      if (!more && tok_is(p, k + 1, TK_LPAREN)) {
        t->span.iEnd = match_close(p, k + 1);
        k = tok_at(p, t->span.iEnd);
        if (k > 0) k--;
        more = 1;
      } else if (!more && tok_is(p, k + 1, TK_LBRACKET)) {
        t->span.iEnd = match_close(p, k + 1);
        k = tok_at(p, t->span.iEnd);
        if (k > 0) k--;
        more = 1;
      }
    }
    t->zText = arena_strndup(p->pArena, p->pSrc->z + t->span.iStart,
                             t->span.iEnd - t->span.iStart);
  } else {
    t->zText = t->zName;
  }
  return t;
}

static Expr *conv_subquery(Parser *p, const JNode *body) {
  Expr *e = new_expr(p, EK_SUBQUERY);
  const char *zType = jstr(body, "subLinkType", "EXPR_SUBLINK");
  uint32_t off = loc(p, body);
  const JNode *test = jget(body, "testexpr");
  const JNode *oper = jget(body, "operName");
  if (json_str_is(zType, "EXISTS_SUBLINK"))
    e->subKind = SUB_EXISTS;
  else if (json_str_is(zType, "ANY_SUBLINK"))
    e->subKind = oper ? SUB_ANY : SUB_IN;
  else if (json_str_is(zType, "ALL_SUBLINK"))
    e->subKind = SUB_ALL;
  else if (json_str_is(zType, "ARRAY_SUBLINK"))
    e->subKind = SUB_ARRAY;
  else if (json_str_is(zType, "EXPR_SUBLINK"))
    e->subKind = SUB_SCALAR;
  else {
    unsupported(p, tok_span(p, off), "this kind of subquery", NULL);
    e->subKind = SUB_SCALAR;
  }
  if (oper) e->zOp = op_name(p, oper);
  if (test) e->pLeft = conv_expr(p, test);
  e->pSub = conv_select(p, jget(body, "subselect"), off);
  span_point(&e->span, off);
  if (off != NO_POS) span_join(&e->span, tok_span(p, off));
  expr_cover(e, e->pLeft);
  if (e->pSub) span_join(&e->span, e->pSub->span);
  e->span = span_close(p, e->span.iStart, e->span.iEnd);
  return e;
}

static Expr *conv_expr_inner(Parser *p, const JNode *n) {
  const JNode *body;
  const char *k = node_kind(n, &body);
  uint32_t off = loc(p, body);
  Expr *e;

  if (json_str_is(k, "ColumnRef")) {
    const JNode *fields = jget(body, "fields");
    const JNode *last = json_item(fields, jarray_size(fields) - 1);
    const JNode *lb;
    int bStar = json_str_is(node_kind(last, &lb), "A_Star");
    e = new_expr(p, bStar ? EK_STAR : EK_COLUMN);
    e->name = conv_names(p, fields);
    if (bStar) e->name.n--; /* qualifiers only */
    e->span = name_span(p, off, jarray_size(fields));
    return e;
  }
  if (json_str_is(k, "A_Const")) return conv_const(p, body);
  if (json_str_is(k, "ParamRef")) {
    e = new_expr(p, EK_PARAM);
    e->iParam = (int)jint(body, "number", 0);
    e->span = tok_span(p, off);
    return e;
  }
  if (json_str_is(k, "A_Expr")) return conv_aexpr(p, body);
  if (json_str_is(k, "BoolExpr")) {
    const char *zb = jstr(body, "boolop", "AND_EXPR");
    ExprList l = conv_list(p, jget(body, "args"));
    if (json_str_is(zb, "NOT_EXPR")) {
      e = new_expr(p, EK_NOT);
      e->pLeft = l.n ? l.a[0] : NULL;
      span_join(&e->span, tok_span(p, off));
    } else {
      e = new_expr(p, json_str_is(zb, "OR_EXPR") ? EK_OR : EK_AND);
      e->args = l;
    }
    cover_list(e, &l);
    return e;
  }
  if (json_str_is(k, "FuncCall")) return conv_func(p, body);
  if (json_str_is(k, "CaseExpr")) {
    const JNode *it;
    int nw = jarray_size(jget(body, "args")), i = 0;
    e = new_expr(p, EK_CASE);
    e->span = tok_span(p, off);
    if (jget(body, "arg")) e->pCaseArg = conv_expr(p, jget(body, "arg"));
    e->aWhen = ARENA_ARRAY(p->pArena, CaseWhen, nw ? nw : 1);
    JSON_FOREACH(it, jget(body, "args")) {
      const JNode *wb;
      if (!json_str_is(node_kind(it, &wb), "CaseWhen")) continue;
      e->aWhen[i].pWhen = conv_expr(p, jget(wb, "expr"));
      e->aWhen[i].pThen = conv_expr(p, jget(wb, "result"));
      e->aWhen[i].span = tok_span(p, loc(p, wb));
      if (e->aWhen[i].pThen)
        span_join(&e->aWhen[i].span, e->aWhen[i].pThen->span);
      if (e->aWhen[i].pWhen && e->aWhen[i].pThen) i++;
    }
    e->nWhen = i;
    if (jget(body, "defresult"))
      e->pElse = conv_expr(p, jget(body, "defresult"));
    expr_cover(e, e->pCaseArg);
    for (i = 0; i < e->nWhen; i++)
      span_join(&e->span, e->aWhen[i].span);
    expr_cover(e, e->pElse);
    e->span = span_close(p, e->span.iStart, e->span.iEnd);
    return e;
  }
  if (json_str_is(k, "TypeCast")) {
    const JNode *tb = jget(body, "typeName");
    e = new_expr(p, EK_CAST);
    e->pLeft = conv_expr(p, jget(body, "arg"));
    e->pType = conv_type(p, tb);
    e->bCastSyntax = tok_word(p, tok_at(p, off), "cast");
    if (off != NO_POS) span_join(&e->span, tok_span(p, off));
    expr_cover(e, e->pLeft);
    span_join(&e->span, e->pType->span);
    e->span = span_close(p, e->span.iStart, e->span.iEnd);
    return e;
  }
  if (json_str_is(k, "NullTest") || json_str_is(k, "BooleanTest")) {
    int bNull = k[0] == 'N';
    const char *zt = jstr(body, bNull ? "nulltesttype" : "booltesttype", "");
    size_t t;
    e = new_expr(p, bNull ? EK_NULLTEST : EK_BOOLTEST);
    e->pLeft = conv_expr(p, jget(body, "arg"));
    if (bNull) {
      e->bNot = json_str_is(zt, "IS_NOT_NULL");
    } else {
      e->boolTest = json_str_is(zt, "IS_NOT_TRUE")      ? BT_NOT_TRUE
                    : json_str_is(zt, "IS_FALSE")       ? BT_FALSE
                    : json_str_is(zt, "IS_NOT_FALSE")   ? BT_NOT_FALSE
                    : json_str_is(zt, "IS_UNKNOWN")     ? BT_UNKNOWN
                    : json_str_is(zt, "IS_NOT_UNKNOWN") ? BT_NOT_UNKNOWN
                                                        : BT_TRUE;
    }
    expr_cover(e, e->pLeft);
    span_join(&e->span, tok_span(p, off));
    /* Take in IS [NOT] NULL|TRUE|FALSE|UNKNOWN, ISNULL, NOTNULL. */
    t = tok_at(p, e->span.iEnd);
    if (tok_word(p, t, "isnull") || tok_word(p, t, "notnull")) {
      e->span.iEnd = p->pTok->a[t].iEnd;
    } else if (tok_word(p, t, "is")) {
      t++;
      if (tok_word(p, t, "not")) t++;
      if (t < p->pTok->n) e->span.iEnd = p->pTok->a[t].iEnd;
    } else if (t > 0 &&
               (tok_word(p, t - 1, "is") || tok_word(p, t - 1, "not"))) {
      if (tok_word(p, t, "not")) t++;
      if (t < p->pTok->n) e->span.iEnd = p->pTok->a[t].iEnd;
    }
    return e;
  }
  if (json_str_is(k, "SubLink")) return conv_subquery(p, body);
  if (json_str_is(k, "CoalesceExpr") || json_str_is(k, "MinMaxExpr")) {
    e = new_expr(p, EK_FUNC);
    if (k[0] == 'C')
      e->zFunc = "coalesce";
    else
      e->zFunc =
          json_str_is(jstr(body, "op", ""), "IS_LEAST") ? "least" : "greatest";
    e->args = conv_list(p, jget(body, "args"));
    e->funcNameSpan = tok_span(p, off);
    e->span = e->funcNameSpan;
    cover_list(e, &e->args);
    e->span = span_close(p, e->span.iStart, e->span.iEnd);
    return e;
  }
  if (json_str_is(k, "SQLValueFunction")) {
    static const struct {
      const char *zOp, *zName;
    } aSvf[] = {{"SVFOP_CURRENT_DATE", "current_date"},
                {"SVFOP_CURRENT_TIME", "current_time"},
                {"SVFOP_CURRENT_TIME_N", "current_time"},
                {"SVFOP_CURRENT_TIMESTAMP", "current_timestamp"},
                {"SVFOP_CURRENT_TIMESTAMP_N", "current_timestamp"},
                {"SVFOP_LOCALTIME", "localtime"},
                {"SVFOP_LOCALTIME_N", "localtime"},
                {"SVFOP_LOCALTIMESTAMP", "localtimestamp"},
                {"SVFOP_LOCALTIMESTAMP_N", "localtimestamp"},
                {"SVFOP_CURRENT_ROLE", "current_role"},
                {"SVFOP_CURRENT_USER", "current_user"},
                {"SVFOP_USER", "user"},
                {"SVFOP_SESSION_USER", "session_user"},
                {"SVFOP_CURRENT_CATALOG", "current_catalog"},
                {"SVFOP_CURRENT_SCHEMA", "current_schema"}};
    const char *zo = jstr(body, "op", "");
    size_t i;
    e = new_expr(p, EK_FUNC);
    e->zFunc = "current_date";
    for (i = 0; i < sizeof aSvf / sizeof aSvf[0]; i++) {
      if (strcmp(aSvf[i].zOp, zo) == 0) e->zFunc = aSvf[i].zName;
    }
    e->bSqlSyntax = 1;
    e->funcNameSpan = tok_span(p, off);
    e->span = e->funcNameSpan;
    {
      size_t t = tok_at(p, e->span.iEnd);
      if (tok_is(p, t, TK_LPAREN)) e->span.iEnd = match_close(p, t);
    }
    return e;
  }
  if (json_str_is(k, "A_ArrayExpr")) {
    e = new_expr(p, EK_ARRAY);
    e->args = conv_list(p, jget(body, "elements"));
    e->span = tok_span(p, off);
    cover_list(e, &e->args);
    e->span = span_close(p, e->span.iStart, e->span.iEnd);
    if (e->span.iStart != NO_POS) {
      size_t t = tok_at(p, e->span.iStart);
      if (tok_word(p, t, "array") && tok_is(p, t + 1, TK_LBRACKET)) {
        e->span.iEnd = match_close(p, t + 1);
      }
    }
    return e;
  }
  if (json_str_is(k, "A_Indirection")) {
    const JNode *it;
    Expr *base = conv_expr(p, jget(body, "arg"));
    e = base;
    JSON_FOREACH(it, jget(body, "indirection")) {
      const JNode *ib;
      const char *ik = node_kind(it, &ib);
      Expr *s = new_expr(p, EK_SUBSCRIPT);
      s->pLeft = e;
      expr_cover(s, e);
      if (json_str_is(ik, "A_Indices")) {
        if (jbool(ib, "is_slice")) {
          s->pRight = jget(ib, "lidx") ? conv_expr(p, jget(ib, "lidx")) : NULL;
          s->pEscape = jget(ib, "uidx") ? conv_expr(p, jget(ib, "uidx")) : NULL;
          s->bSymmetric = 1; /* marks a slice */
        } else {
          s->pRight = conv_expr(p, jget(ib, "uidx"));
        }
        expr_cover(s, s->pRight);
        expr_cover(s, s->pEscape);
        if (s->span.iEnd != NO_POS) {
          size_t t = tok_at(p, s->span.iEnd);
          if (tok_is(p, t, TK_RBRACKET)) s->span.iEnd = p->pTok->a[t].iEnd;
        }
      } else {
        unsupported(p, s->span, "field selection (x).field", NULL);
      }
      e = s;
    }
    return e;
  }
  if (json_str_is(k, "RowExpr")) {
    e = new_expr(p, EK_ROW);
    e->args = conv_list(p, jget(body, "args"));
    span_point(&e->span, off);
    if (off != NO_POS) span_join(&e->span, tok_span(p, off));
    cover_list(e, &e->args);
    e->span = span_close(p, e->span.iStart, e->span.iEnd);
    return e;
  }
  if (json_str_is(k, "SetToDefault")) {
    e = new_expr(p, EK_DEFAULT);
    e->span = tok_span(p, off);
    return e;
  }
  if (json_str_is(k, "CollateClause")) {
    Expr *a = conv_expr(p, jget(body, "arg"));
    Span s = tok_span(p, off);
    if (a) span_join(&s, a->span);
    unsupported(p, s, "COLLATE",
                "AMC compares strings by their bytes; use LOWER() or UPPER() "
                "to ignore case");
    return a;
  }
  if (json_str_is(k, "GroupingFunc")) {
    unsupported(p, tok_span(p, off), "GROUPING()", NULL);
    return NULL;
  }
  {
    Span s = tok_span(p, off);
    char aWhat[96];
    snprintf(aWhat, sizeof aWhat, "the expression form %s", k);
    unsupported(p, s, aWhat, NULL);
  }
  return NULL;
}

static Expr *conv_expr(Parser *p, const JNode *n) {
  Expr *e;
  const JNode *body;
  if (!n) return NULL;
  node_kind(n, &body);
  if (!enter(p, loc(p, body))) {
    leave(p);
    return NULL;
  }
  e = conv_expr_inner(p, n);
  leave(p);
  if (e) span_settle(&e->span);
  return e;
}

/* ---------------------------------------------------------------------- */
/* FROM items                                                              */

static FromItem *conv_from(Parser *p, const JNode *n);

static FromItem *new_from(Parser *p, FromKind k) {
  FromItem *f = ARENA_NEW(p->pArena, FromItem);
  f->kind = k;
  f->span.iStart = f->span.iEnd = NO_POS;
  f->aliasSpan.iStart = f->aliasSpan.iEnd = NO_POS;
  return f;
}

/* Alias and column aliases from an {"aliasname", "colnames"} object. The
** alias the dialect inserted for an anonymous subquery is dropped. */
static void conv_alias(Parser *p, FromItem *f, const JNode *alias) {
  const char *z = jstr(alias, "aliasname", NULL);
  if (!alias) return;
  if (z && strncmp(z, DIALECT_ANON_PREFIX, strlen(DIALECT_ANON_PREFIX)) != 0) {
    f->zAlias = arena_strdup(p->pArena, z);
  }
  f->colAlias = conv_names(p, jget(alias, "colnames"));
}

/* After the item's own text ends at end, take in "[AS] alias [(cols)]". */
static void from_alias_span(Parser *p, FromItem *f) {
  uint32_t e;
  if (!f->zAlias) return;
  e = alias_end(p, f->span.iEnd, f->zAlias, &f->aliasSpan);
  if (f->colAlias.n && f->aliasSpan.iEnd != NO_POS) {
    names_locate(p, &f->colAlias, f->aliasSpan.iEnd);
  }
  f->span.iEnd = e;
}

static FromItem *conv_from_inner(Parser *p, const JNode *n) {
  const JNode *body;
  const char *k = node_kind(n, &body);
  uint32_t off = loc(p, body);
  FromItem *f;

  if (json_str_is(k, "RangeVar")) {
    uint32_t raw = raw_loc(body);
    size_t i;
    f = new_from(p, FK_TABLE);
    f->zName = arena_strdup(p->pArena, jstr(body, "relname", ""));
    if (jstr(body, "schemaname", NULL)) {
      f->zSchema = arena_strdup(p->pArena, jstr(body, "schemaname", ""));
    }
    if (jstr(body, "catalogname", NULL)) {
      unsupported(p, tok_span(p, off), "a three-part table name", NULL);
    }
    conv_alias(p, f, jget(body, "alias"));
    f->nameSpan = name_span(p, off, f->zSchema ? 2 : 1);
    count_within(p, &p->nTableRefs, PARSE_MAX_TABLE_REFS, f->nameSpan, "table references");
    for (i = 0; i < p->pDia->nExtend; i++) {
      const DialectExtend *x = &p->pDia->aExtend[i];
      if (x->iOutName == raw) {
        ExtendWindow *w = ARENA_NEW(p->pArena, ExtendWindow);
        w->zBefore = x->zBefore;
        w->zAfter = x->zAfter;
        w->span.iStart = x->iStart;
        w->span.iEnd = x->iEnd;
        w->nBeforeSec = w->nAfterSec = -1;
        if (x->zBefore) dialect_parse_duration(x->zBefore, &w->nBeforeSec);
        if (x->zAfter) dialect_parse_duration(x->zAfter, &w->nAfterSec);
        if (x->bBad) w->nBeforeSec = w->nAfterSec = -1;
        w->bBad = x->bBad;
        f->pExtend = w;
        f->nameSpan.iStart = x->aArgStart[0];
        f->nameSpan.iEnd = x->aArgEnd[0];
        f->span = w->span;
        break;
      }
    }
    if (!f->pExtend) f->span = f->nameSpan;
    from_alias_span(p, f);
    return f;
  }
  if (json_str_is(k, "RangeSubselect")) {
    const JNode *sub = jget(body, "subquery");
    const JNode *sb;
    f = new_from(p, FK_SUBQUERY);
    count_within(p, &p->nTableRefs, PARSE_MAX_TABLE_REFS, tok_span(p, off), "table references");
    f->bLateral = jbool(body, "lateral");
    node_kind(sub, &sb);
    f->pSelect = conv_select(p, sub, NO_POS);
    conv_alias(p, f, jget(body, "alias"));
    if (f->pSelect) {
      /* The item runs from its '(' to the matching ')'. */
      Span s = f->pSelect->span;
      size_t i = tok_at(p, s.iStart);
      while (i > 0 && tok_is(p, i - 1, TK_LPAREN)) {
        i--;
        if (match_close(p, i) < s.iEnd) break;
        s.iStart = p->pTok->a[i].iStart;
        s.iEnd = match_close(p, i);
      }
      f->span = s;
    }
    if (f->bLateral) {
      size_t i = tok_at(p, f->span.iStart);
      if (i > 0 && tok_word(p, i - 1, "lateral"))
        f->span.iStart = p->pTok->a[i - 1].iStart;
      unsupported(p, f->span, "LATERAL", "join a CTE instead");
    }
    from_alias_span(p, f);
    return f;
  }
  if (json_str_is(k, "JoinExpr")) {
    const char *zj = jstr(body, "jointype", "JOIN_INNER");
    const JNode *q = jget(body, "quals");
    f = new_from(p, FK_JOIN);
    f->pLeft = conv_from(p, jget(body, "larg"));
    f->pRight = conv_from(p, jget(body, "rarg"));
    f->bNatural = jbool(body, "isNatural");
    f->using = conv_names(p, jget(body, "usingClause"));
    if (q) f->pOn = conv_expr(p, q);
    if (json_str_is(zj, "JOIN_LEFT"))
      f->joinKind = JK_LEFT;
    else if (json_str_is(zj, "JOIN_FULL"))
      f->joinKind = JK_FULL;
    else if (json_str_is(zj, "JOIN_RIGHT"))
      f->joinKind = JK_RIGHT;
    else if (!q && f->using.n == 0 && !f->bNatural)
      f->joinKind = JK_CROSS;
    else
      f->joinKind = JK_INNER;
    if (f->pLeft) span_join(&f->span, f->pLeft->span);
    if (f->pRight) span_join(&f->span, f->pRight->span);
    /* The join keywords: from the token after the left item to JOIN. */
    f->kwSpan = f->span;
    if (f->pLeft && f->pRight) {
      size_t t = tok_at(p, f->pLeft->span.iEnd), kk;
      size_t e = tok_at(p, f->pRight->span.iStart);
      f->kwSpan = tok_span(p, f->pLeft->span.iEnd);
      for (kk = t; kk < e && kk < p->pTok->n; kk++) {
        if (tok_word(p, kk, "join")) {
          if (t < p->pTok->n) f->kwSpan.iStart = p->pTok->a[t].iStart;
          f->kwSpan.iEnd = p->pTok->a[kk].iEnd;
          break;
        }
      }
    }
    if (f->pOn) span_join(&f->span, f->pOn->span);
    if (f->using.n && f->pRight) {
      size_t i = tok_at(p, f->pRight->span.iEnd);
      if (tok_word(p, i, "using")) {
        names_locate(p, &f->using, p->pTok->a[i].iEnd);
        f->span.iEnd = match_close(p, i + 1);
      }
    }
    if (jget(body, "alias")) {
      conv_alias(p, f, jget(body, "alias"));
      unsupported(p, f->span, "an alias on a parenthesised join", NULL);
    }
    if (jget(body, "join_using_alias")) {
      unsupported(p, f->span, "JOIN ... USING (...) AS alias", NULL);
    }
    return f;
  }
  if (json_str_is(k, "RangeFunction")) {
    const JNode *it;
    int nf = jarray_size(jget(body, "functions")), i = 0;
    f = new_from(p, FK_FUNCTION);
    f->bLateral = jbool(body, "lateral");
    f->bOrdinality = jbool(body, "ordinality");
    f->funcs.a = ARENA_ARRAY(p->pArena, Expr *, nf ? nf : 1);
    JSON_FOREACH(it, jget(body, "functions")) {
      /* Each item is a List [FuncCall, column definitions]. */
      const JNode *lb;
      if (json_str_is(node_kind(it, &lb), "List")) {
        Expr *e = conv_expr(p, json_item(jget(lb, "items"), 0));
        if (e) {
          f->funcs.a[i++] = e;
          span_join(&f->span, e->span);
        }
      }
    }
    f->funcs.n = i;
    conv_alias(p, f, jget(body, "alias"));
    if (jbool(body, "is_rowsfrom"))
      unsupported(p, f->span, "ROWS FROM (...)", NULL);
    if (f->bOrdinality) unsupported(p, f->span, "WITH ORDINALITY", NULL);
    if (f->bLateral) {
      Span ls = f->span;
      size_t t = tok_at(p, f->span.iStart);
      if (t > 0 && tok_word(p, t - 1, "lateral")) ls.iStart = p->pTok->a[t - 1].iStart;
      unsupported(p, ls, "LATERAL", "join a CTE instead");
    }
    from_alias_span(p, f);
    return f;
  }
  if (json_str_is(k, "RangeTableSample")) {
    f = conv_from(p, jget(body, "relation"));
    if (f) unsupported(p, f->span, "TABLESAMPLE", NULL);
    return f;
  }
  {
    char aWhat[96];
    snprintf(aWhat, sizeof aWhat, "the FROM item %s", k);
    unsupported(p, tok_span(p, off), aWhat, NULL);
  }
  return NULL;
}

static FromItem *conv_from(Parser *p, const JNode *n) {
  FromItem *f;
  const JNode *body;
  if (!n) return NULL;
  node_kind(n, &body);
  if (!enter(p, loc(p, body))) {
    leave(p);
    return NULL;
  }
  f = conv_from_inner(p, n);
  leave(p);
  if (f) span_settle(&f->span);
  return f;
}

/* ---------------------------------------------------------------------- */
/* Query expressions                                                       */

/* Span of the keyword(s) starting a clause whose first item begins at off:
** walks back over BY / ALL / DISTINCT to GROUP, ORDER, ... */
static Span clause_span(Parser *p, uint32_t off, const char *zKw) {
  Span s = {NO_POS, NO_POS};
  size_t i;
  if (off == NO_POS) return s;
  i = tok_at(p, off);
  while (i > 0) {
    i--;
    if (tok_word(p, i, zKw)) {
      s.iStart = p->pTok->a[i].iStart;
      s.iEnd = p->pTok->a[i].iEnd;
      if (tok_word(p, i + 1, "by")) s.iEnd = p->pTok->a[i + 1].iEnd;
      return s;
    }
    if (!tok_word(p, i, "by") && !tok_word(p, i, "all") &&
        !tok_word(p, i, "distinct") && !tok_is(p, i, TK_LPAREN)) {
      break;
    }
  }
  return s;
}

static void conv_with(Parser *p, Select *s, const JNode *w) {
  const JNode *ctes = jget(w, "ctes");
  const JNode *it;
  int n = jarray_size(ctes), i = 0;
  uint32_t off = loc(p, w);
  s->bRecursive = jbool(w, "recursive");
  s->withSpan = tok_span(p, off);
  s->aCte = ARENA_ARRAY(p->pArena, Cte, n ? n : 1);
  JSON_FOREACH(it, ctes) {
    const JNode *cb;
    Cte *c = &s->aCte[i];
    uint32_t coff;
    size_t t;
    if (!json_str_is(node_kind(it, &cb), "CommonTableExpr")) continue;
    coff = loc(p, cb);
    c->zName = arena_strdup(p->pArena, jstr(cb, "ctename", ""));
    c->nameSpan = tok_span(p, coff);
    if (!count_within(p, &p->nCtes, PARSE_MAX_CTES, c->nameSpan, "CTEs")) break;
    c->cols = conv_names(p, jget(cb, "aliascolnames"));
    if (c->cols.n) names_locate(p, &c->cols, c->nameSpan.iEnd);
    {
      const char *zm = jstr(cb, "ctematerialized", "");
      c->materialized = json_str_is(zm, "CTEMaterializeAlways")  ? 1
                        : json_str_is(zm, "CTEMaterializeNever") ? 2
                                                                 : 0;
    }
    c->pSelect = conv_select(p, jget(cb, "ctequery"), coff);
    c->span = c->nameSpan;
    /* name [(cols)] AS [NOT] [MATERIALIZED] ( query ) */
    t = tok_at(p, c->nameSpan.iEnd);
    if (tok_is(p, t, TK_LPAREN)) t = tok_at(p, match_close(p, t));
    while (t < p->pTok->n && !tok_is(p, t, TK_LPAREN))
      t++;
    if (t < p->pTok->n) c->span.iEnd = match_close(p, t);
    if (c->pSelect) i++;
    if (c->span.iEnd != NO_POS) span_point(&s->withSpan, c->span.iEnd);
  }
  s->nCte = i;
  /* WITH [RECURSIVE] before the first CTE name. */
  if (s->nCte && s->aCte[0].nameSpan.iStart != NO_POS) {
    size_t t = tok_at(p, s->aCte[0].nameSpan.iStart);
    if (t > 0 && tok_word(p, t - 1, "recursive")) t--;
    if (t > 0 && tok_word(p, t - 1, "with")) {
      s->withSpan.iStart = p->pTok->a[t - 1].iStart;
      if (s->withSpan.iEnd == NO_POS) s->withSpan.iEnd = p->pTok->a[t - 1].iEnd;
    }
  }
  if (s->bRecursive) {
    unsupported(p,
                s->withSpan.iStart != NO_POS ? tok_span(p, s->withSpan.iStart)
                                             : s->withSpan,
                "WITH RECURSIVE", NULL);
  }
}

static Select *conv_select_inner(Parser *p, const JNode *body, uint32_t hint) {
  Select *s = ARENA_NEW(p->pArena, Select);
  const char *zOp = jstr(body, "op", "SETOP_NONE");
  const JNode *it;
  int i;
  s->span.iStart = s->span.iEnd = NO_POS;
  s->groupSpan = s->orderSpan = s->limitSpan = s->withSpan = s->span;
  s->kwSpan = s->span;

  if (jget(body, "withClause")) conv_with(p, s, jget(body, "withClause"));

  if (!json_str_is(zOp, "SETOP_NONE")) {
    s->kind = SK_SETOP;
    s->op = json_str_is(zOp, "SETOP_UNION")       ? SO_UNION
            : json_str_is(zOp, "SETOP_INTERSECT") ? SO_INTERSECT
                                                  : SO_EXCEPT;
    s->bAll = jbool(body, "all");
    {
      const JNode *l = jget(body, "larg"), *r = jget(body, "rarg");
      /* larg/rarg are bare SelectStmt bodies. */
      s->pLeft = l ? conv_select(p, l, hint) : NULL;
      s->pRight = r ? conv_select(p, r, hint) : NULL;
    }
    if (s->pLeft) span_join(&s->span, s->pLeft->span);
    if (s->pRight) span_join(&s->span, s->pRight->span);
  } else if (jget(body, "valuesLists")) {
    int nr = jarray_size(jget(body, "valuesLists"));
    s->kind = SK_VALUES;
    s->aRow = ARENA_ARRAY(p->pArena, ValuesRow, nr ? nr : 1);
    i = 0;
    JSON_FOREACH(it, jget(body, "valuesLists")) {
      const JNode *lb;
      ValuesRow *r = &s->aRow[i];
      int k;
      if (!json_str_is(node_kind(it, &lb), "List")) continue;
      r->cells = conv_list(p, jget(lb, "items"));
      r->span.iStart = r->span.iEnd = NO_POS;
      for (k = 0; k < r->cells.n; k++)
        span_join(&r->span, r->cells.a[k]->span);
      r->span = span_close(p, r->span.iStart, r->span.iEnd);
      /* Take in the row's parentheses. */
      if (r->span.iStart != NO_POS) {
        size_t t = tok_at(p, r->span.iStart);
        if (t > 0 && tok_is(p, t - 1, TK_LPAREN)) {
          r->span.iStart = p->pTok->a[t - 1].iStart;
          r->span.iEnd = match_close(p, t - 1);
        }
      }
      span_join(&s->span, r->span);
      i++;
    }
    s->nRow = i;
    if (s->span.iStart != NO_POS) {
      size_t t = tok_at(p, s->span.iStart);
      if (t > 0 && tok_word(p, t - 1, "values"))
        s->span.iStart = p->pTok->a[t - 1].iStart;
    }
  } else {
    const JNode *dc = jget(body, "distinctClause");
    int nt = jarray_size(jget(body, "targetList"));
    s->kind = SK_SELECT;
    if (dc) {
      const JNode *first = json_item(dc, 0);
      s->bDistinct = 1;
      if (!(first && first->type == JT_OBJECT && !first->pChild)) {
        s->distinctOn = conv_list(p, dc);
        if (s->distinctOn.n) {
          unsupported(
              p, s->distinctOn.a[0]->span, "SELECT DISTINCT ON (...)",
              "use ROW_NUMBER() OVER (PARTITION BY ...) and keep row 1");
        }
      }
    }
    s->aTarget = ARENA_ARRAY(p->pArena, Target, nt ? nt : 1);
    i = 0;
    JSON_FOREACH(it, jget(body, "targetList")) {
      const JNode *rb;
      Target *t = &s->aTarget[i];
      if (!json_str_is(node_kind(it, &rb), "ResTarget")) continue;
      t->pExpr = conv_expr(p, jget(rb, "val"));
      if (!t->pExpr) continue;
      if (jstr(rb, "name", NULL))
        t->zAlias = arena_strdup(p->pArena, jstr(rb, "name", ""));
      t->span = t->pExpr->span;
      t->aliasSpan.iStart = t->aliasSpan.iEnd = NO_POS;
      t->span.iEnd = alias_end(p, t->span.iEnd, t->zAlias, &t->aliasSpan);
      span_join(&s->span, t->span);
      i++;
    }
    s->nTarget = i;
    {
      int nf = jarray_size(jget(body, "fromClause"));
      s->aFrom = ARENA_ARRAY(p->pArena, FromItem *, nf ? nf : 1);
      i = 0;
      JSON_FOREACH(it, jget(body, "fromClause")) {
        FromItem *f = conv_from(p, it);
        if (f) {
          s->aFrom[i++] = f;
          span_join(&s->span, f->span);
        }
      }
      s->nFrom = i;
    }
    if (jget(body, "whereClause")) {
      s->pWhere = conv_expr(p, jget(body, "whereClause"));
      if (s->pWhere) span_join(&s->span, s->pWhere->span);
    }
    {
      const JNode *gc = jget(body, "groupClause");
      int ng = jarray_size(gc);
      s->groupBy.a = ARENA_ARRAY(p->pArena, Expr *, ng ? ng : 1);
      i = 0;
      JSON_FOREACH(it, gc) {
        const JNode *gb;
        if (json_str_is(node_kind(it, &gb), "GroupingSet")) {
          const char *zk = jstr(gb, "kind", "");
          const char *zw = strstr(zk, "ROLLUP")  ? "GROUP BY ROLLUP"
                           : strstr(zk, "CUBE")  ? "GROUP BY CUBE"
                           : strstr(zk, "EMPTY") ? "GROUP BY ()"
                                                 : "GROUPING SETS";
          unsupported(
              p, tok_span(p, loc(p, gb)), zw,
              "compute each grouping in its own CTE and UNION ALL them");
          s->bBadGroup = 1;
          continue;
        }
        s->groupBy.a[i] = conv_expr(p, it);
        if (s->groupBy.a[i]) {
          span_join(&s->span, s->groupBy.a[i]->span);
          i++;
        }
      }
      s->groupBy.n = i;
      if (i)
        s->groupSpan = clause_span(p, s->groupBy.a[0]->span.iStart, "group");
      if (jbool(body, "groupDistinct")) {
        unsupported(p, s->groupSpan, "GROUP BY DISTINCT", NULL);
      }
    }
    if (jget(body, "havingClause")) {
      s->pHaving = conv_expr(p, jget(body, "havingClause"));
      if (s->pHaving) span_join(&s->span, s->pHaving->span);
    }
    {
      const JNode *wc = jget(body, "windowClause");
      int nw = jarray_size(wc);
      s->aWindow = ARENA_ARRAY(p->pArena, WindowSpec *, nw ? nw : 1);
      i = 0;
      JSON_FOREACH(it, wc) {
        s->aWindow[i] = conv_window(p, it);
        span_join(&s->span, s->aWindow[i]->span);
        i++;
      }
      s->nWindow = i;
    }
    if (jget(body, "intoClause")) {
      Span si = s->span;
      size_t t = tok_at(p, s->span.iStart);
      for (; t < p->pTok->n && p->pTok->a[t].iStart < s->span.iEnd; t++) {
        if (tok_word(p, t, "into")) {
          si = tok_span(p, p->pTok->a[t].iStart);
          break;
        }
      }
      unsupported(p, si, "SELECT ... INTO",
                  "AMC returns results; it does not create tables");
    }
    /* The SELECT keyword itself. */
    if (s->span.iStart != NO_POS) {
      size_t t = tok_at(p, s->span.iStart);
      while (t > 0 &&
             (tok_word(p, t - 1, "distinct") || tok_word(p, t - 1, "all")))
        t--;
      if (t > 0 && tok_word(p, t - 1, "select")) {
        s->span.iStart = p->pTok->a[t - 1].iStart;
        s->kwSpan = tok_span(p, s->span.iStart);
      }
    } else if (hint != NO_POS) {
      s->span = tok_span(p, hint);
    }
  }

  /* ORDER BY / LIMIT / OFFSET: kept for the checker, which explains AMC's
  ** rules about them. */
  s->orderBy = conv_order(p, jget(body, "sortClause"));
  if (s->orderBy.n) {
    s->orderSpan = clause_span(p, s->orderBy.a[0].span.iStart, "order");
    for (i = 0; i < s->orderBy.n; i++)
      span_join(&s->span, s->orderBy.a[i].span);
  }
  {
    const char *zl = jstr(body, "limitOption", "");
    const JNode *lc = jget(body, "limitCount");
    const JNode *lo = jget(body, "limitOffset");
    if (lc) {
      const JNode *lb;
      const char *lk = node_kind(lc, &lb);
      if (json_str_is(lk, "A_Const") && jbool(lb, "isnull")) {
        s->bLimitAll = 1;
        s->limitSpan = tok_span(p, loc(p, lb));
      } else {
        s->pLimit = conv_expr(p, lc);
        if (s->pLimit) s->limitSpan = s->pLimit->span;
      }
      if (s->limitSpan.iStart != NO_POS) {
        size_t t = tok_at(p, s->limitSpan.iStart);
        if (t > 0 && tok_word(p, t - 1, "limit"))
          s->limitSpan.iStart = p->pTok->a[t - 1].iStart;
        else if (tok_word(p, t, "all") && t > 0 && tok_word(p, t - 1, "limit"))
          s->limitSpan.iStart = p->pTok->a[t - 1].iStart;
        span_join(&s->span, s->limitSpan);
      }
    }
    if (lo) {
      s->pOffset = conv_expr(p, lo);
      if (s->pOffset) span_join(&s->span, s->pOffset->span);
    }
    if (json_str_is(zl, "LIMIT_OPTION_WITH_TIES")) {
      unsupported(p, s->limitSpan, "FETCH ... WITH TIES", NULL);
    }
  }
  if (jget(body, "lockingClause")) {
    unsupported(p, s->span, "a locking clause (FOR UPDATE, FOR SHARE)", NULL);
  }
  if (s->nCte && s->withSpan.iStart != NO_POS) span_join(&s->span, s->withSpan);
  if (s->span.iStart == NO_POS && hint != NO_POS) s->span = tok_span(p, hint);
  if (s->span.iStart == NO_POS) s->span.iStart = s->span.iEnd = 0;
  s->span = span_close(p, s->span.iStart, s->span.iEnd);
  return s;
}

/* n is a {"SelectStmt": {...}} node or a bare SelectStmt body (set
** operation arms are bare). hint: a position to use if the query has none. */
static Select *conv_select(Parser *p, const JNode *n, uint32_t hint) {
  const JNode *body = n;
  const JNode *b2;
  const char *k;
  Select *s;
  if (!n) return NULL;
  k = node_kind(n, &b2);
  if (json_str_is(k, "SelectStmt"))
    body = b2;
  else if (!jget(n, "op") && !jget(n, "targetList") &&
           !jget(n, "valuesLists")) {
    char aWhat[96];
    snprintf(aWhat, sizeof aWhat, "a %s in a query position", k);
    unsupported(p, tok_span(p, hint), aWhat, NULL);
    return NULL;
  }
  if (!enter(p, hint)) {
    leave(p);
    return NULL;
  }
  s = conv_select_inner(p, body, hint);
  leave(p);
  return s;
}

/* ---------------------------------------------------------------------- */
/* libpg_query                                                             */

/* Statements with this many tokens or more are parsed on a thread with a
** large stack: libpg_query's tree walkers recurse once per nesting level and
** a long chain of operators (a + b + c + ...) is nested that deep. */
#define PARSE_BIG_TOKENS 4000
#define PARSE_BIG_STACK ((size_t)512 << 20)

/* One parse: the direct path of pgnode.c, or libpg_query's JSON when that
** path does not know a node of the tree (bJson). */
typedef struct PgCall {
  Arena *pArena;
  const char *zText;
  PgNodeResult rc;
  JNode *pRoot;         /* direct path: the tree */
  PgQueryError *pErr;   /* direct path: the syntax error */
  int bJson;
  PgQueryParseResult r; /* JSON path */
} PgCall;

static void pg_call(PgCall *c) {
  c->rc = pgnode_parse(c->pArena, c->zText, PARSE_MAX_JSON_DEPTH, &c->pRoot,
                       &c->pErr);
  if (c->rc == PGNODE_UNKNOWN) {
    c->bJson = 1;
    c->r = pg_query_parse(c->zText);
  }
}

static void *pg_call_main(void *pArg) {
  pg_call(pArg);
  return NULL;
}

/* Has this thread called libpg_query (and so own its memory context)?
** pg_query_exit() crashes on a thread that never parsed. */
static _Thread_local int tl_bParsed;

void parse_thread_cleanup(void) {
  if (tl_bParsed) pg_query_exit();
  tl_bParsed = 0;
}

/* Parse, on a big-stack thread when the text is large (the thread's
** libpg_query memory dies with it; nothing of it outlives pg_call). Returns
** -1 if the thread could not be started (the caller reports it). */
static int pg_parse(Arena *pArena, const char *zText, size_t nTok, PgCall *c) {
  pthread_t th;
  pthread_attr_t attr;
  int rc;
  memset(c, 0, sizeof *c);
  c->pArena = pArena;
  c->zText = zText;
  if (nTok < PARSE_BIG_TOKENS) {
    tl_bParsed = 1;
    pg_call(c);
    return 0;
  }
  if (pthread_attr_init(&attr) != 0) return -1;
  pthread_attr_setstacksize(&attr, PARSE_BIG_STACK);
  rc = pthread_create(&th, &attr, pg_call_main, c);
  pthread_attr_destroy(&attr);
  if (rc != 0) return -1;
  pthread_join(th, NULL);
  return 0;
}

/* Free what the parse left outside the arena. */
static void pg_call_free(PgCall *c) {
  if (c->bJson) pg_query_free_parse_result(c->r);
  else pgnode_free_error(c->pErr);
}

/* Byte offset in zText of 1-based character position cursorpos. */
static uint32_t cursor_to_offset(const char *zText, size_t n, int cursorpos) {
  size_t i = 0;
  int k;
  for (k = 1; k < cursorpos && i < n; k++) {
    i += (size_t)source_utf8_len((unsigned char)zText[i]);
  }
  return (uint32_t)(i > n ? n : i);
}

static const char *const azClauseKw[] = {"from",  "where", "group", "having",
                                         "order", "limit", "union", "window",
                                         "join",  "on"};

/* Turn a libpg_query error into one diagnostic at the right place. */
static void report_pg_error(Parser *p, const PgQueryError *err) {
  uint32_t outOff, off;
  size_t i;
  const Token *t;
  Diag *d;
  const char *zMsg = err->message ? err->message : "syntax error";
  const char *zNear = strstr(zMsg, " at or near ");
  const char *zEndOfInput = strstr(zMsg, " at end of input");
  int nDepth = 0;

  if (err->cursorpos > 0) {
    outOff = cursor_to_offset(p->pDia->zOut, p->pDia->nOut, err->cursorpos);
    off = dialect_map_start(p->pDia, outOff);
  } else {
    off = 0;
  }
  i = tok_at(p, off);
  t = tok(p, i);

  if (strstr(zMsg, "memory exhausted") || strstr(zMsg, "stack depth limit")) {
    d = diag_add(p->pDiag, "AMC004", t ? t->iStart : off, t ? t->iEnd : off,
                 "query too deeply nested");
    diag_hint(p->pDiag, d, "split it into CTEs");
    return;
  }
  if (zEndOfInput || !t) {
    /* The query ends early: point just after its last token. */
    size_t k;
    for (k = 0; k < p->pTok->n; k++) {
      TokKind kk = p->pTok->a[k].kind;
      if (kk == TK_LPAREN) nDepth++;
      else if (kk == TK_RPAREN) nDepth--;
    }
    off = p->pTok->n ? p->pTok->a[p->pTok->n - 1].iEnd : (uint32_t)p->pSrc->n;
    d = diag_add(p->pDiag, "AMC001", off, off,
                 "syntax error: the query ends unexpectedly");
    /* With a parenthesis left open, hint_unclosed() says where. */
    if (nDepth <= 0) {
      diag_hint(p->pDiag, d, "the query stops in the middle of a clause");
    }
    return;
  }
  if (zNear) {
    /* Quote the token from the ORIGINAL text (the rewritten one may differ),
    ** shortened so a literal value is never echoed in full. */
    const char *zTok = diag_excerpt(p->pArena, p->pSrc->z + t->iStart,
                                    t->iEnd - t->iStart, 24);
    size_t nHead = (size_t)(zNear - zMsg);
    d = diag_add(p->pDiag, "AMC001", t->iStart, t->iEnd,
                 "%.*s at or near \"%s\"", (int)nHead, zMsg, zTok);
    if (i > 0 && p->pTok->a[i - 1].kind == TK_COMMA) {
      size_t k;
      for (k = 0; k < sizeof azClauseKw / sizeof azClauseKw[0]; k++) {
        if (lex_is_word(p->pSrc->z, t, azClauseKw[k])) {
          diag_hint(p->pDiag, d, "remove the comma before %s", zTok);
          break;
        }
      }
    } else if (t->kind == TK_BAD) {
      diag_hint(p->pDiag, d, "a string, quoted name or comment is not closed");
    } else if (lex_is_word(p->pSrc->z, t, "right") ||
               lex_is_word(p->pSrc->z, t, "left") ||
               lex_is_word(p->pSrc->z, t, "full")) {
      /* nothing: the binder explains join rules */
    } else if (t->kind == TK_STRING && i > 0 &&
               p->pTok->a[i - 1].kind == TK_STRING) {
      diag_hint(p->pDiag, d, "two strings in a row: a comma or || missing?");
    }
    return;
  }
  d = diag_add(p->pDiag, "AMC001", t->iStart, t->iEnd, "%s", zMsg);
  (void)d;
}

/* Offset of the last '(' that is never closed, or NO_POS. */
static uint32_t unclosed_paren(Parser *p) {
  size_t k, n = 0, cap = 0;
  uint32_t *aStack = NULL, r = NO_POS;
  for (k = 0; k < p->pTok->n; k++) {
    const Token *t = &p->pTok->a[k];
    if (t->kind == TK_LPAREN) {
      util_grow((void **)&aStack, &cap, n + 1, sizeof(uint32_t));
      aStack[n++] = t->iStart;
    } else if (t->kind == TK_RPAREN && n > 0) {
      n--;
    }
  }
  if (n > 0) r = aStack[n - 1];
  free(aStack);
  return r;
}

/* A syntax error with no hint yet gets one if a parenthesis is left open
** somewhere: the usual cause of an error far from the real mistake. */
static void hint_unclosed(Parser *p, size_t iFirst) {
  size_t i;
  uint32_t off = unclosed_paren(p);
  int line, col;
  if (off == NO_POS) return;
  for (i = iFirst; i < p->pDiag->n; i++) {
    Diag *d = &p->pDiag->a[i];
    if (json_str_is(d->zCode, "AMC001") && !d->zHint) {
      source_linecol(p->pSrc, off, &line, &col);
      diag_hint(p->pDiag, d, "the '(' at line %d, column %d is never closed",
                line, col);
    }
  }
}

static const char *stmt_kind_name(const char *k) {
  static const struct {
    const char *zNode, *zName;
  } a[] = {{"InsertStmt", "INSERT"},
           {"UpdateStmt", "UPDATE"},
           {"DeleteStmt", "DELETE"},
           {"MergeStmt", "MERGE"},
           {"CreateStmt", "CREATE TABLE"},
           {"CreateTableAsStmt", "CREATE TABLE AS"},
           {"ViewStmt", "CREATE VIEW"},
           {"DropStmt", "DROP"},
           {"AlterTableStmt", "ALTER TABLE"},
           {"VariableSetStmt", "SET"},
           {"VariableShowStmt", "SHOW"},
           {"ExplainStmt", "EXPLAIN"},
           {"CopyStmt", "COPY"},
           {"TransactionStmt", "a transaction statement"},
           {"TruncateStmt", "TRUNCATE"},
           {"GrantStmt", "GRANT"},
           {"CreateFunctionStmt", "CREATE FUNCTION"},
           {"IndexStmt", "CREATE INDEX"},
           {"VacuumStmt", "VACUUM"},
           {"CallStmt", "CALL"},
           {"DoStmt", "DO"},
           {"PrepareStmt", "PREPARE"},
           {"ExecuteStmt", "EXECUTE"}};
  size_t i;
  for (i = 0; i < sizeof a / sizeof a[0]; i++) {
    if (strcmp(a[i].zNode, k) == 0) return a[i].zName;
  }
  return NULL;
}

/* SQLite-only statements that PostgreSQL's grammar does not know; named so
** the message says what they are instead of "syntax error". */
static int report_foreign_statement(Parser *p) {
  static const char *const az[] = {"pragma",  "attach",  "detach",
                                   "replace", "reindex", "begin"};
  size_t k;
  const Token *t = tok(p, 0);
  if (!t) return 0;
  for (k = 0; k < sizeof az / sizeof az[0]; k++) {
    if (lex_is_word(p->pSrc->z, t, az[k])) {
      Diag *d = diag_add(p->pDiag, "AMC005", t->iStart, t->iEnd,
                         "%.*s is not a query: AMC runs only SELECT statements",
                         (int)(t->iEnd - t->iStart), p->pSrc->z + t->iStart);
      diag_hint(p->pDiag, d,
                "an AMC workflow is a single SELECT (WITH allowed)");
      return 1;
    }
  }
  return 0;
}

Select *parse_query(Arena *pArena, const Source *pSrc, const Dialect *pDia,
                    const TokenList *pSig, DiagList *pDiag) {
  Parser P;
  Parser *p = &P;
  PgCall call;
  PgQueryError *pErr;
  JNode *root;
  const JNode *stmts, *it;
  Select *pResult = NULL;
  int nStmt, iStmt = 0;
  size_t k;

  memset(p, 0, sizeof *p);
  p->pArena = pArena;
  p->pSrc = pSrc;
  p->pDia = pDia;
  p->pTok = pSig;
  p->aDepth = ARENA_ARRAY(pArena, int, pSig->n + 1);
  for (k = 0; k < pSig->n; k++) {
    const Token *t = &pSig->a[k];
    int d = 0;
    if (t->kind == TK_LPAREN || t->kind == TK_LBRACKET) d = 1;
    else if (t->kind == TK_RPAREN || t->kind == TK_RBRACKET) d = -1;
    else if (lex_is_word(pSrc->z, t, "case")) d = 1;
    else if (lex_is_word(pSrc->z, t, "end")) d = -1;
    p->aDepth[k + 1] = p->aDepth[k] + d;
  }
  /* tok_at is called for nearly every node: a table beats a binary search */
  p->nText = pSrc->n;
  p->aTokAt = arena_alloc_raw(pArena, sizeof(uint32_t) * (pSrc->n + 1)); /* filled below */
  {
    /* offsets before a token's end belong to it (or to the gap before it) */
    size_t b = 0, iTok;
    for (iTok = 0; iTok < pSig->n; iTok++) {
      size_t e = pSig->a[iTok].iEnd;
      if (e > pSrc->n + 1) e = pSrc->n + 1;
      for (; b < e; b++) p->aTokAt[b] = (uint32_t)iTok;
    }
    for (; b <= pSrc->n; b++) p->aTokAt[b] = (uint32_t)pSig->n;
  }
  p->pDiag = pDiag;

  /* Nothing but white space, comments and semicolons. */
  for (k = 0; k < pSig->n && pSig->a[k].kind == TK_SEMI; k++) {
  }
  if (k == pSig->n) {
    Diag *d = diag_add(pDiag, "AMC007", 0, 0, "no query: the input is empty");
    diag_hint(pDiag, d, "an AMC workflow is one SELECT statement");
    return NULL;
  }

  if (pg_parse(pArena, pDia->zOut, pSig->n, &call) != 0) {
    diag_add(pDiag, "AMC004", 0, 0,
             "query too large: could not start the parser thread");
    return NULL;
  }
  pErr = call.bJson ? call.r.error : call.pErr;
  if (pErr) {
    size_t iFirst = pDiag->n;
    if (!report_foreign_statement(p)) {
      report_pg_error(p, pErr);
      hint_unclosed(p, iFirst);
    }
    pg_call_free(&call);
    return NULL;
  }
  if (call.bJson) {
    const char *zJsonErr = NULL;
    root = json_parse(pArena, call.r.parse_tree, strlen(call.r.parse_tree),
                      PARSE_MAX_JSON_DEPTH, &zJsonErr);
  } else {
    root = call.rc == PGNODE_OK ? call.pRoot : NULL;
  }
  if (!root) {
    Diag *d;
    pg_call_free(&call);
    d = diag_add(pDiag, "AMC004", pSig->a[0].iStart, pSig->a[0].iEnd,
                       "query too deeply nested");
    diag_hint(pDiag, d,
              "a chain of several hundred operators, joins or "
              "nested subqueries; split it into CTEs");
    return NULL;
  }
  stmts = jget(root, "stmts");
  nStmt = jarray_size(stmts);
  if (nStmt == 0) {
    diag_add(pDiag, "AMC007", 0, 0, "no query: the input is empty");
  }
  JSON_FOREACH(it, stmts) {
    const JNode *sb, *body;
    const char *sk;
    uint32_t sOff =
        dialect_map_start(pDia, (uint32_t)jint(it, "stmt_location", 0));
    size_t t = tok_at(p, sOff);
    Span stmtSpan = tok_span(p, t < pSig->n ? pSig->a[t].iStart : sOff);
    sb = jget(it, "stmt");
    sk = node_kind(sb, &body);
    iStmt++;
    if (iStmt == 2) {
      Diag *d = diag_add(pDiag, "AMC006", stmtSpan.iStart, stmtSpan.iEnd,
                         "more than one statement: %d statements in one query",
                         nStmt);
      diag_hint(pDiag, d,
                "an AMC workflow holds exactly one query; put each "
                "in its own file");
    }
    if (iStmt > 1) continue;
    if (!json_str_is(sk, "SelectStmt")) {
      const char *zName = stmt_kind_name(sk);
      Diag *d =
          diag_add(pDiag, "AMC005", stmtSpan.iStart, stmtSpan.iEnd,
                   "%s%s is not a query: AMC runs only SELECT statements",
                   zName ? "" : "this statement kind ", zName ? zName : sk);
      diag_hint(pDiag, d, "an AMC workflow is a single SELECT (WITH allowed)");
      continue;
    }
    pResult = conv_select(p, sb, stmtSpan.iStart);
  }
  pg_call_free(&call); /* the IR's strings are copies */
  if (p->bTooDeep) return NULL;
  return pResult;
}
