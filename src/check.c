/*
 * check.c: the rules (see check.h and docs/rules.md). Every Select and
 * every expression of the query is visited once; query-level rules look at
 * the root's output.
 */
#include "check.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "parse.h"

#define NO_POS UINT32_MAX

typedef struct Checker {
  Binder *b;
  const Policy *pPol;
  Select *pRoot;
  int depth;
} Checker;

static Diag *report(Checker *c, const char *zCode, Span s, const char *zFmt,
                    ...) __attribute__((format(printf, 4, 5)));

static Diag *report(Checker *c, const char *zCode, Span s, const char *zFmt,
                    ...) {
  va_list ap;
  Diag *d;
  va_start(ap, zFmt);
  d = diag_vadd(c->b->pDiag, zCode, s.iStart, s.iEnd, zFmt, ap);
  va_end(ap);
  return d;
}

/* The literal rule (docs/security.md, "The calculus"): a value revealing
** a HIGH, VERY_HIGH or INTERNAL column may not meet a literal- or
** parameter-derived value in anything that tells values apart. zHow names
** the construct; the diagnostic goes to e. */
static void literal_violation(Checker *c, const Expr *e, const Meet *m, const char *zHow) {
  int bPair = meet_pair(m);
  const Expr *pHigh = bPair ? m->pHigh : m->pMixed;
  const char *zCols =
      pHigh ? lineage_describe(c->b, pHigh->info.pVal, CLS_HIGH) : "a HIGH or stricter column";
  Diag *d;
  if (!*zCols) zCols = "a HIGH or stricter column";
  if (!bPair) {
    d = report(c, "AMC105", e->span,
               "%s, combined with a literal or parameter value, is compared or tested (%s)",
               zCols, zHow);
  } else {
    d = report(c, "AMC105", e->span, "%s is compared with a literal or parameter value (%s)",
               zCols, zHow);
  }
  diag_hint(c->b->pDiag, d,
            "AMC rejects literal filters on HIGH, VERY_HIGH and INTERNAL "
            "columns; compare with another column, test IS [NOT] NULL, or "
            "group by the column and let thresholds apply");
}

/* Operands compared with each other: a group. */
static void check_group(Checker *c, const Expr *e, Meet *m, const char *zHow) {
  if (meet_holds(m)) literal_violation(c, e, m, zHow);
}

/* Is zOp an equality, which tells ids apart only by being one? */
static int is_equality(const char *zOp) {
  return zOp && (strcmp(zOp, "=") == 0 || strcmp(zOp, "<=>") == 0 ||
                 strcmp(zOp, "IS NOT DISTINCT FROM") == 0);
}

/* A user id meeting a user id, both plain: the join of a first-party
** table on its user column (ON i.user_id = c.user_id). The only way a
** first-party id may meet another; anything else (<, LIKE, SUBSTRING of
** either) falls under the literal rule. */
static int ids_equal(const Checker *c, const Expr *x, const Expr *y) {
  return bind_is_user_column(c->b, x) && bind_is_user_column(c->b, y);
}

/* A pair of operands compared with each other. */
static void check_pair(Checker *c, const Expr *e, const Expr *x, const Expr *y,
                       const char *zHow) {
  Meet m;
  if (is_equality(zHow) && ids_equal(c, x, y)) return;
  memset(&m, 0, sizeof m);
  meet_add(c->pPol, &m, x, 1);
  meet_add(c->pPol, &m, y, 1);
  check_group(c, e, &m, zHow);
}

/* One operand tested on its own (IS NULL, a condition, a divisor, an
** aggregate's argument, a grouping key): only a value that mixes a HIGH
** column with a literal can fail. bFusedOk: the test only counts values
** or tells NULLs apart (COUNT, IS NULL), which a fused value passes
** (ExprInfo.bFused). */
static void check_alone_as(Checker *c, const Expr *e, const Expr *x, const char *zHow,
                           int bFusedOk) {
  Meet m;
  if (!x || !(x->info.bMixed || (x->info.bFused && !bFusedOk))) return;
  memset(&m, 0, sizeof m);
  meet_add(c->pPol, &m, x, 1);
  check_group(c, e, &m, zHow);
}

static void check_alone(Checker *c, const Expr *e, const Expr *x, const char *zHow) {
  check_alone_as(c, e, x, zHow, 0);
}

static const char *upper_name(Checker *c, const char *z) {
  char *r = arena_strdup(c->b->pArena, z ? z : "?");
  char *q;
  for (q = r; *q; q++) {
    if (*q >= 'a' && *q <= 'z') *q = (char)(*q - 32);
  }
  return r;
}

/* A call: its compared arguments as a group, and every argument tested
** on its own (positions, keywords given by a column, conditions, NULL
** tests, and every argument of an aggregate) alone. */
static void check_call(Checker *c, const Expr *e) {
  const PFunc *f = e->info.pFunc;
  const char *zHow;
  Meet cmp;
  int i, n = e->bStar ? 0 : e->args.n;
  if (!f) return; /* unknown: already an error */
  zHow = upper_name(c, f->zName);
  if (f->bPicks) {
    /* MIN(user_id) is one user's id, with every user of the group behind
    ** the row that carries it: a way to single a user out. */
    for (i = 0; i < n; i++) {
      unsigned bit = i < 32 ? 1u << i : 0;
      if ((f->posMask & bit) || !lineage_has(c->pPol, e->args.a[i]->info.pVal, CLS_VERY_HIGH)) {
        continue;
      }
      {
        Diag *d = report(c, "AMC107", e->span, "%s picks one value of %s out of the rows it "
                         "aggregates: one user's identifier, detached from the users it "
                         "belongs to", zHow,
                         lineage_describe(c->b, e->args.a[i]->info.pVal, CLS_VERY_HIGH));
        diag_hint(c->b->pDiag, d, "AMC lets VERY_HIGH and INTERNAL values into intermediate "
                                  "steps as they are (to join, group or filter by) or counted "
                                  "(COUNT(DISTINCT ...))");
      }
      break;
    }
  }
  memset(&cmp, 0, sizeof cmp);
  for (i = 0; i < n; i++) {
    const Expr *a = e->args.a[i];
    unsigned bit = i < 32 ? 1u << i : 0;
    int bLast = i == n - 1;
    if ((f->posMask & bit) || ((f->kwMask & bit) && a->kind == EK_LITERAL) ||
        (f->condMask & bit)) {
      check_alone(c, e, a, zHow);
      continue;
    }
    if (f->nullMask & bit) {
      check_alone_as(c, e, a, zHow, 1);
      continue;
    }
    if ((f->testMask & bit) || (f->bTestAllButLast && !bLast)) check_alone_as(c, e, a, zHow, 1);
    if (!f->bReveals && f->kind == FN_AGGREGATE) {
      /* COUNT: tells NULLs and, with DISTINCT, equal values apart only */
      check_alone_as(c, e, a, zHow, 1);
    } else if (f->bCompares && (!f->cmpMask || (f->cmpMask & bit))) {
      meet_add(c->pPol, &cmp, a, 1);
    } else if (f->kind == FN_AGGREGATE) {
      check_alone(c, e, a, zHow);
    }
  }
  check_group(c, e, &cmp, zHow);
  if (e->pFilter) check_alone(c, e->pFilter, e->pFilter, "FILTER");
  /* an aggregate's ORDER BY sorts rows on each key */
  for (i = 0; i < e->aggOrder.n; i++) {
    check_alone(c, e->aggOrder.a[i].pExpr, e->aggOrder.a[i].pExpr, "aggregate ORDER BY key");
  }
}

/* Operators of AMC SQL; anything else libpg_query accepts (~, @>, &&,
** ...) is PostgreSQL's own. */
static int is_amc_operator(const char *z) {
  static const char *const az[] = {"=",  "<>", "!=", "<", ">",  "<=",
                                   ">=", "+",  "-",  "*", "/",  "%",
                                   "||", "IS DISTINCT FROM",
                                   "IS NOT DISTINCT FROM"};
  size_t i;
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strcmp(z, az[i]) == 0) return 1;
  }
  return 0;
}

static void check_select(Checker *c, Select *p, int bRoot);

static void check_expr(Checker *c, Expr *e);

static void check_list(Checker *c, ExprList *l) {
  int i;
  for (i = 0; i < l->n; i++) check_expr(c, l->a[i]);
}

/* A window's keys: rows are compared on each (PARTITION BY, ORDER BY). */
static void check_window(Checker *c, WindowSpec *w) {
  int i;
  if (!w) return;
  for (i = 0; i < w->partition.n; i++) {
    check_alone(c, w->partition.a[i], w->partition.a[i], "PARTITION BY key");
  }
  for (i = 0; i < w->order.n; i++) {
    check_alone(c, w->order.a[i].pExpr, w->order.a[i].pExpr, "window ORDER BY key");
  }
  check_list(c, &w->partition);
  for (i = 0; i < w->order.n; i++) check_expr(c, w->order.a[i].pExpr);
}

static void check_expr_inner(Checker *c, Expr *e) {
  int i;
  switch (e->kind) {
    case EK_OP:
      if (e->zOp && !is_amc_operator(e->zOp) && !strstr(e->zOp, " ANY") &&
          !strstr(e->zOp, " ALL")) {
        int bRegex = e->zOp[0] == '~' || (e->zOp[0] == '!' && e->zOp[1] == '~');
        Diag *d = report(c, "AMC204", e->span, "AMC has no operator %s", e->zOp);
        diag_hint(c->b->pDiag, d, "%s", bRegex ? "use x SIMILAR TO 'regex'"
                                               : "see amcq rules AMC204");
      }
      if (bind_op_builds(e->zOp)) {
        /* x / 0 and x % 0 are NULL: the divisor is tested */
        if (strcmp(e->zOp, "/") == 0 || strcmp(e->zOp, "%") == 0) {
          check_alone(c, e, e->pRight, e->zOp[0] == '/' ? "a divisor" : "a modulus");
        }
      } else {
        check_pair(c, e, e->pLeft, e->pRight, e->zOp ? e->zOp : "?");
      }
      break;
    case EK_NOT:
      check_alone(c, e, e->pLeft, "NOT");
      break;
    case EK_AND:
    case EK_OR:
      for (i = 0; i < e->args.n; i++) {
        check_alone(c, e->args.a[i], e->args.a[i], e->kind == EK_AND ? "AND" : "OR");
      }
      break;
    case EK_NULLTEST:
      check_alone_as(c, e, e->pLeft, e->bNot ? "IS NOT NULL" : "IS NULL", 1);
      break;
    case EK_BOOLTEST:
      check_alone(c, e, e->pLeft, "IS TRUE, IS FALSE or IS UNKNOWN");
      break;
    case EK_CAST:
      if (!bind_string_type(e->pType)) {
        char aHow[96];
        snprintf(aHow, sizeof aHow, "CAST to %s",
                 e->pType && e->pType->zText ? e->pType->zText : "a type");
        check_alone(c, e, e->pLeft, arena_strdup(c->b->pArena, aHow));
      }
      break;
    case EK_SUBSCRIPT:
      check_pair(c, e, e->pLeft, e->pRight, "a subscript");
      break;
    case EK_IN:
    case EK_BETWEEN:
      for (i = 0; i < e->args.n; i++) {
        Meet m;
        memset(&m, 0, sizeof m);
        meet_add(c->pPol, &m, e->pLeft, 1);
        meet_add(c->pPol, &m, e->args.a[i], 1);
        if (meet_holds(&m)) {
          literal_violation(c, e, &m, e->kind == EK_IN ? "IN" : "BETWEEN");
          break;
        }
      }
      break;
    case EK_LIKE: {
      static const char *const azLike[] = {"LIKE", "ILIKE", "SIMILAR TO"};
      Meet m;
      memset(&m, 0, sizeof m);
      meet_add(c->pPol, &m, e->pLeft, 1);
      meet_add(c->pPol, &m, e->pRight, 1);
      meet_add(c->pPol, &m, e->pEscape, 1);
      check_group(c, e, &m, azLike[e->likeKind]);
      if (e->likeKind == LIKE_ILIKE) {
        Diag *d = report(c, "AMC204", e->span, "AMC has no ILIKE");
        diag_hint(c->b->pDiag, d, "use LOWER(x) LIKE 'pattern'");
      }
      break;
    }
    case EK_SUBQUERY:
      if (e->pLeft && e->pSub && e->pSub->pBind &&
          (e->subKind == SUB_IN || e->subKind == SUB_ANY || e->subKind == SUB_ALL)) {
        const BRel *r = ((SelBind *)e->pSub->pBind)->pOut;
        /* user_id IN (SELECT user_id FROM crm): ids meet by equality */
        int bIds = e->subKind != SUB_ALL && r && r->nCol >= 1 &&
                   bind_is_user_column(c->b, e->pLeft) && bind_bcol_is_user(c->b, &r->aCol[0]) &&
                   (e->subKind == SUB_IN || is_equality(e->zOp));
        if (r && r->nCol >= 1 && !bIds) {
          Meet m;
          memset(&m, 0, sizeof m);
          meet_add(c->pPol, &m, e->pLeft, 1);
          meet_add_raw(&m, lineage_has(c->pPol, r->aCol[0].pVal, CLS_HIGH), r->aCol[0].bConst,
                       r->aCol[0].bMixed, NULL);
          if (meet_holds(&m)) {
            /* name the subquery's column when it is the HIGH side */
            if (!(meet_pair(&m) ? m.pHigh : m.pMixed)) {
              Diag *d = report(c, "AMC105", e->span,
                               "%s is compared with a literal or parameter value (IN subquery)",
                               lineage_describe(c->b, r->aCol[0].pVal, CLS_HIGH));
              diag_hint(c->b->pDiag, d, "AMC rejects literal filters on HIGH, VERY_HIGH and "
                                        "INTERNAL columns");
            } else {
              literal_violation(c, e, &m, "IN subquery");
            }
          }
        }
      }
      break;
    case EK_CASE:
      /* CASE x WHEN v ...: x is compared with each v; searched CASE: each
      ** condition is tested. */
      for (i = 0; i < e->nWhen; i++) {
        if (e->pCaseArg) {
          Meet m;
          memset(&m, 0, sizeof m);
          meet_add(c->pPol, &m, e->pCaseArg, 1);
          meet_add(c->pPol, &m, e->aWhen[i].pWhen, 1);
          if (meet_holds(&m)) {
            literal_violation(c, e, &m, "CASE ... WHEN");
            break;
          }
        } else {
          check_alone(c, e->aWhen[i].pWhen, e->aWhen[i].pWhen, "CASE WHEN");
        }
      }
      break;
    case EK_FUNC:
      check_call(c, e);
      break;
    case EK_PARAM: {
      Diag *d = report(c, "AMC207", e->span, "positional parameter $%d: AMC "
                       "has no positional parameters", e->iParam);
      diag_hint(c->b->pDiag, d, "use CUSTOM_PARAMETER('name')");
      break;
    }
    default:
      break;
  }

  /* Children. */
  check_expr(c, e->pLeft);
  check_expr(c, e->pRight);
  check_expr(c, e->pEscape);
  check_list(c, &e->args);
  check_expr(c, e->pFilter);
  check_expr(c, e->pCaseArg);
  for (i = 0; i < e->nWhen; i++) {
    check_expr(c, e->aWhen[i].pWhen);
    check_expr(c, e->aWhen[i].pThen);
  }
  check_expr(c, e->pElse);
  for (i = 0; i < e->aggOrder.n; i++) check_expr(c, e->aggOrder.a[i].pExpr);
  check_window(c, e->pOver);
  if (e->kind == EK_SUBQUERY && e->pSub) check_select(c, e->pSub, 0);
}

static void check_expr(Checker *c, Expr *e) {
  if (!e || !e->info.bBound) return;
  if (++c->depth > PARSE_MAX_DEPTH) {
    c->depth--;
    return;
  }
  check_expr_inner(c, e);
  c->depth--;
}

/* A relation's column whose rows are compared with each other (DISTINCT,
** UNION): it may not mix a HIGH value with a literal. */
static void check_column_alone(Checker *c, Span at, const BCol *col, const char *zHow) {
  Diag *d;
  if (!col->bMixed) return;
  d = report(c, "AMC105", at,
             "%s, combined with a literal or parameter value, is compared or tested (%s)",
             lineage_describe(c->b, col->pVal, CLS_HIGH), zHow);
  diag_hint(c->b->pDiag, d, "AMC rejects literal filters on HIGH, VERY_HIGH and INTERNAL "
                            "columns; keep the literal out of the column, or compare in a "
                            "later step with another column");
}

/* Every column named zName among the relations under f, into m: after
** a FULL JOIN ... USING (k), the merged k is either side's. */
static void from_columns(Checker *c, const FromItem *f, const char *zName, Meet *m,
                         const BCol **ppHigh, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return;
  if (f->kind == FK_JOIN) {
    from_columns(c, f->pLeft, zName, m, ppHigh, depth + 1);
    from_columns(c, f->pRight, zName, m, ppHigh, depth + 1);
    return;
  }
  if (f->pRel) {
    BRel *rel = f->pRel;
    int i;
    for (i = 0; i < rel->nCol; i++) {
      BCol *k = &rel->aCol[i];
      int bHigh;
      if (strcasecmp(k->zName, zName) != 0) continue;
      bind_col_lineage(c->b, k);
      bHigh = lineage_has(c->pPol, k->pVal, CLS_HIGH);
      if (bHigh && !*ppHigh) *ppHigh = k;
      /* USING (user_id) joins ids by equality: a first-party table's user
      ** column meets the other side's as an id, not as a chosen value */
      meet_add_raw(m, bHigh, k->bConst && !bind_bcol_is_user(c->b, k), k->bMixed, NULL);
    }
  }
}

/* JOIN ... USING (k) compares the two sides' k: the literal rule applies. */
static void check_using(Checker *c, const FromItem *f) {
  int i;
  for (i = 0; i < f->using.n; i++) {
    const BCol *pHigh = NULL;
    Meet l, r, m;
    memset(&l, 0, sizeof l);
    memset(&r, 0, sizeof r);
    from_columns(c, f->pLeft, f->using.a[i], &l, &pHigh, 0);
    from_columns(c, f->pRight, f->using.a[i], &r, &pHigh, 0);
    if (!l.nHigh && !l.nConst && !l.bMixed && !r.nHigh && !r.nConst && !r.bMixed) continue;
    /* each side is one operand: its columns may be one merged value */
    memset(&m, 0, sizeof m);
    meet_add_raw(&m, l.nHigh > 0, l.nConst > 0, l.bMixed || meet_pair(&l), NULL);
    meet_add_raw(&m, r.nHigh > 0, r.nConst > 0, r.bMixed || meet_pair(&r), NULL);
    if (meet_holds(&m) && pHigh) {
      Span at = f->using.aSpan[i].iStart != NO_POS ? f->using.aSpan[i] : f->span;
      Diag *d = report(c, "AMC105", at, "%s is compared with a literal or "
                       "parameter value (USING (%s))",
                       lineage_describe(c->b, pHigh->pVal, CLS_HIGH), f->using.a[i]);
      diag_hint(c->b->pDiag, d, "AMC rejects literal filters on HIGH and "
                                "VERY_HIGH columns, join keys included");
    }
  }
}

static void check_from(Checker *c, FromItem *f) {
  if (!f) return;
  if (++c->depth > PARSE_MAX_DEPTH) {
    c->depth--;
    return;
  }
  switch (f->kind) {
    case FK_SUBQUERY:
      check_select(c, f->pSelect, 0);
      break;
    case FK_JOIN:
      check_from(c, f->pLeft);
      check_from(c, f->pRight);
      if (f->joinKind == JK_RIGHT && !c->pPol->bRightJoin) {
        Diag *d = report(c, "AMC203", f->kwSpan, "AMC does not support RIGHT JOIN");
        diag_hint(c->b->pDiag, d, "swap the two sides and use LEFT JOIN");
      }
      if (f->bNatural && !c->pPol->bNaturalJoin) {
        Diag *d = report(c, "AMC205", f->kwSpan, "AMC does not support NATURAL JOIN");
        diag_hint(c->b->pDiag, d, "name the join columns with USING (...) or ON");
      }
      check_alone(c, f->pOn, f->pOn, "JOIN ... ON");
      check_expr(c, f->pOn);
      check_using(c, f);
      break;
    case FK_FUNCTION:
      check_list(c, &f->funcs);
      break;
    case FK_TABLE:
      break;
  }
  c->depth--;
}

static Span kw_span(const Select *p) {
  if (p->kind == SK_SELECT && p->kwSpan.iStart != NO_POS) return p->kwSpan;
  return p->span;
}

static void check_select(Checker *c, Select *p, int bRoot) {
  int i;
  SelBind *sb;
  if (!p) return;
  if (++c->depth > PARSE_MAX_DEPTH) {
    c->depth--;
    return;
  }
  sb = p->pBind;
  for (i = 0; i < p->nCte; i++) check_select(c, p->aCte[i].pSelect, 0);

  if ((p->pLimit || p->bLimitAll) && !c->pPol->bLimit) {
    Diag *d = report(c, "AMC201", p->limitSpan, "AMC does not support LIMIT");
    diag_hint(c->b->pDiag, d, "rank rows with ROW_NUMBER() or RANK() OVER "
                              "(ORDER BY ...) and filter on the rank");
  }
  if (p->pOffset && !c->pPol->bLimit) {
    report(c, "AMC201", p->pOffset->span, "AMC does not support OFFSET");
  }
  if (p->orderBy.n) {
    if (bRoot && !c->pPol->bOrderByFinal) {
      Diag *d = report(c, "AMC202", p->orderSpan.iStart != NO_POS ? p->orderSpan : p->orderBy.a[0].span,
                       "AMC does not support ORDER BY in the final SELECT");
      diag_hint(c->b->pDiag, d, "sort the downloaded result instead; ORDER BY "
                                "is allowed inside OVER (...)");
    } else if (!bRoot && !(p->pLimit || p->bLimitAll)) {
      Diag *d = report(c, "AMC303", p->orderSpan.iStart != NO_POS ? p->orderSpan : p->orderBy.a[0].span,
                       "ORDER BY in a subquery or CTE has no effect on the result");
      diag_hint(c->b->pDiag, d, "remove it, or use ROW_NUMBER() OVER (ORDER BY ...)");
    }
  }

  switch (p->kind) {
    case SK_SETOP:
      if (p->op == SO_INTERSECT && !c->pPol->bIntersect) {
        Diag *d = report(c, "AMC206", p->pRight ? kw_span(p->pRight) : p->span,
                         "AMC does not support INTERSECT");
        diag_hint(c->b->pDiag, d, "join the two queries on their columns");
      } else if (p->op == SO_EXCEPT && !c->pPol->bExcept) {
        Diag *d = report(c, "AMC206", p->pRight ? kw_span(p->pRight) : p->span,
                         "AMC does not support EXCEPT");
        diag_hint(c->b->pDiag, d, "LEFT JOIN the second query and keep rows "
                                  "where its columns are NULL");
      }
      check_select(c, p->pLeft, 0);
      check_select(c, p->pRight, 0);
      if (!p->bAll && sb && sb->pOut) {
        /* UNION (DISTINCT) compares the rows of both queries. */
        for (i = 0; i < sb->pOut->nCol; i++) {
          check_column_alone(c, p->pRight ? kw_span(p->pRight) : p->span, &sb->pOut->aCol[i],
                             "UNION");
        }
      }
      break;
    case SK_VALUES:
      for (i = 0; i < p->nRow; i++) check_list(c, &p->aRow[i].cells);
      break;
    case SK_SELECT:
      for (i = 0; i < p->nFrom; i++) check_from(c, p->aFrom[i]);
      for (i = 0; i < p->nTarget; i++) {
        Expr *e = p->aTarget[i].pExpr;
        if (e->kind == EK_STAR && e->info.pRel && !c->pPol->bSelectStarTable) {
          Diag *d = report(c, "AMC103", p->aTarget[i].span,
                           "SELECT %s reads every column of %s",
                           e->name.n ? "t.*" : "*", e->info.zTables);
          diag_hint(c->b->pDiag, d, "AMC does not allow SELECT * from a table: "
                                    "name the columns you need");
        } else {
          check_expr(c, e);
        }
      }
      check_alone(c, p->pWhere, p->pWhere, "WHERE");
      check_expr(c, p->pWhere);
      if (sb) {
        for (i = 0; i < sb->nKey; i++) {
          Expr *k = p->groupBy.a[i];
          check_expr(c, k);
          /* Rows are compared on every key; an ordinal or alias names the
          ** select-list expression. */
          /* AMC names group-by keys influenced by literals: a fused
          ** key (CONCAT(city_name, ', ', state)) is one */
          check_alone(c, k, sb->aKey[i], "GROUP BY key");
        }
        /* DISTINCT compares rows on every column. */
        if (p->bDistinct && sb->pOut) {
          for (i = 0; i < sb->pOut->nCol; i++) {
            const BCol *col = &sb->pOut->aCol[i];
            check_column_alone(c, sb->aOutSpan ? sb->aOutSpan[i] : p->span, col,
                               "SELECT DISTINCT");
          }
        }
      }
      check_alone(c, p->pHaving, p->pHaving, "HAVING");
      check_expr(c, p->pHaving);
      for (i = 0; i < p->nWindow; i++) check_window(c, p->aWindow[i]);
      break;
  }
  for (i = 0; i < p->orderBy.n; i++) check_expr(c, p->orderBy.a[i].pExpr);
  c->depth--;
}

/* Suggest the table's own coarser columns for a timestamp: impression_dt
** has impression_dt_hour and impression_date, classed LOW. */
static void coarser_hint(Checker *c, Diag *d, const PTable *pt,
                         const PColumn *pc) {
  static const char *const azSuffix[] = {"_hour", "_hour_utc"};
  char aCand[3][128];
  const char *azFound[4];
  int nFound = 0;
  size_t k, n = strlen(pc->zName);
  snprintf(aCand[0], sizeof aCand[0], "%s%s", pc->zName, azSuffix[0]);
  snprintf(aCand[1], sizeof aCand[1], "%s%s", pc->zName, azSuffix[1]);
  /* event_dt -> event_date, event_dt_utc -> event_date_utc */
  if (n > 3 && strstr(pc->zName, "_dt")) {
    const char *zDt = strstr(pc->zName, "_dt");
    snprintf(aCand[2], sizeof aCand[2], "%.*s_date%s", (int)(zDt - pc->zName),
             pc->zName, zDt + 3);
  } else {
    aCand[2][0] = 0;
  }
  for (k = 0; k < 3; k++) {
    int ic = aCand[k][0] ? policy_column(pt, aCand[k]) : -1;
    if (ic >= 0 && pt->aCol[ic].cls < CLS_MEDIUM) azFound[nFound++] = pt->aCol[ic].zName;
  }
  if (nFound == 0) {
    diag_hint(c->b->pDiag, d, "group by a coarser unit, such as "
                              "DATE_TRUNC('DAY', %s); it keeps the column's "
                              "class, so rows still need %d users",
              pc->zName, c->pPol->aThreshold[CLS_MEDIUM]);
  } else if (nFound == 1) {
    diag_hint(c->b->pDiag, d, "group by %s, a coarser column of %s with a "
                              "lower class", azFound[0], pt->zName);
  } else {
    diag_hint(c->b->pDiag, d, "group by %s or %s, coarser columns of %s with "
                              "a lower class", azFound[0], azFound[1], pt->zName);
  }
}

/* Is col, as it is, the user column of first-party tables (and nothing
** else)? */
static int first_party_users(const Checker *c, const BCol *col) {
  const Lineage *l = col->pVal;
  int k;
  if (!l || l->n < 1) return 0;
  for (k = 0; k < l->n; k++) {
    uint32_t t = l->a[k] >> 16, cc = l->a[k] & 0xFFFFu;
    const PTable *pt = (int)t < c->pPol->nTable ? &c->pPol->aTable[t] : NULL;
    if (!pt || !pt->bFirstParty || (int)cc != pt->iUserCol) return 0;
  }
  return 1;
}

/* The final output: identifiers never leave (AMC101); thresholds will
** remove rows (AMC301). For a set operation each arm is checked. */
static void check_output(Checker *c, Select *p, int bAudience) {
  SelBind *sb;
  int i;
  if (!p) return;
  if (p->kind == SK_SETOP) {
    check_output(c, p->pLeft, bAudience);
    check_output(c, p->pRight, bAudience);
    return;
  }
  sb = p->pBind;
  if (!sb || !sb->pOut) return;
  for (i = 0; i < sb->pOut->nCol; i++) {
    const BCol *col = &sb->pOut->aCol[i];
    Span at = sb->aOutSpan ? sb->aOutSpan[i] : p->span;
    if (bAudience) continue; /* check_audience decides */
    if (lineage_has(c->pPol, col->pVal, CLS_VERY_HIGH)) {
      Diag *d = report(c, "AMC101", at, "output column \"%s\" reveals %s",
                       col->zName, lineage_describe(c->b, col->pVal, CLS_VERY_HIGH));
      if (sb->pOut->nCol == 1 && !c->b->zAnalytics && first_party_users(c, col)) {
        /* SELECT user_id FROM a first-party table: an audience, maybe */
        diag_hint(c->b->pDiag, d, "an audience query over first-party tables alone? "
                                  "say so: amcq check --audience, amcq run --audience");
      } else {
        diag_hint(c->b->pDiag, d, "VERY_HIGH and INTERNAL values never leave AMC; "
                                  "count them with COUNT(DISTINCT ...) instead (only "
                                  "AMC's sandbox mode shows them, on synthetic data: "
                                  "amcq run --sandbox)");
      }
    } else if (lineage_output_class(col->pLin, col->pVal) >= CLS_MEDIUM) {
      ColClass k = lineage_output_class(col->pLin, col->pVal);
      Diag *d = report(c, "AMC301", at, "output column \"%s\" reveals %s: rows "
                       "with fewer than %d users will be removed",
                       col->zName, lineage_describe(c->b, col->pLin, CLS_MEDIUM),
                       c->pPol->aThreshold[k]);
      diag_hint(c->b->pDiag, d, "expected: AMC drops such rows (or nulls the "
                                "column with a filtered-metrics column)");
    }
  }
  /* Grouping by a raw second-level timestamp, directly or through CTEs. */
  for (i = 0; i < sb->nKey; i++) {
    const Expr *k = sb->aKey[i];
    const BRel *r = k->info.pRel;
    const BCol *bc;
    const PTable *pt;
    const PColumn *pc;
    if (k->kind != EK_COLUMN || !r || k->info.iCol < 0 || k->info.iCol >= r->nCol) {
      continue;
    }
    bc = &r->aCol[k->info.iCol];
    if (bc->iTable < 0 || bc->iTable >= c->pPol->nTable || bc->iCol < 0) continue;
    pt = &c->pPol->aTable[bc->iTable];
    if (bc->iCol >= pt->nCol) continue;
    pc = &pt->aCol[bc->iCol];
    if (pc->cls == CLS_MEDIUM && strcasecmp(pc->zType, "TIMESTAMP") == 0) {
      Diag *d = report(c, "AMC302", p->groupBy.a[i]->span,
                       "grouping by %s makes one group per second: most "
                       "groups will hold too few users to be returned",
                       pc->zName);
      coarser_hint(c, d, pt, pc);
    }
  }
}

/* Where the final rows are keyed by a VERY_HIGH value, say where. */
static void check_row_level(Checker *c, Select *p) {
  SelBind *sb;
  int i;
  if (!p) return;
  sb = p->pBind;
  if (!sb || !sb->pOut || sb->pOut->gran != GRAN_USER) return;
  if (p->kind == SK_SETOP) {
    /* UNION (not ALL) of per-user arms de-duplicates, like DISTINCT. */
    check_row_level(c, p->pLeft);
    check_row_level(c, p->pRight);
    return;
  }
  if (sb->bGrouped) {
    for (i = 0; i < sb->nKey; i++) {
      if (lineage_has(c->pPol, sb->aKey[i]->info.pVal, CLS_VERY_HIGH)) {
        Diag *d = report(c, "AMC102", p->groupBy.a[i]->span,
                         "the final rows are grouped by %s: one row per user "
                         "or per event",
                         lineage_describe(c->b, sb->aKey[i]->info.pVal, CLS_VERY_HIGH));
        diag_hint(c->b->pDiag, d, "aggregate across users: group by a "
                                  "campaign, date or other dimension instead (only "
                                  "AMC's sandbox mode returns such rows, on synthetic "
                                  "data: amcq run --sandbox)");
        return;
      }
    }
  }
  {
    Diag *d = report(c, "AMC102", kw_span(p),
                     "the final SELECT does not aggregate across users: it "
                     "would return user-level rows");
    diag_hint(c->b->pDiag, d, "aggregate the final SELECT (GROUP BY a "
                              "dimension, with COUNT, SUM ...); only AMC's sandbox "
                              "mode returns such rows, on synthetic data: amcq run "
                              "--sandbox");
  }
}

/* Audience queries return user_id and nothing else. */
static void check_audience(Checker *c, Select *p) {
  SelBind *sb;
  int i;
  if (!p) return;
  if (p->kind == SK_SETOP) {
    check_audience(c, p->pLeft);
    check_audience(c, p->pRight);
    return;
  }
  sb = p->pBind;
  if (!sb || !sb->pOut) return;
  for (i = 0; i < sb->pOut->nCol; i++) {
    const BCol *col = &sb->pOut->aCol[i];
    /* the value itself: a filter's equalities (ON i.user_id = c.user_id)
    ** say what else it reveals, not what it is */
    const Lineage *l = col->pVal;
    Span at = sb->aOutSpan ? sb->aOutSpan[i] : p->span;
    int bUser = 0;
    const Expr *e = sb->aOutExpr ? sb->aOutExpr[i] : NULL;
    if (l && l->n >= 1) {
      int k;
      bUser = 1;
      for (k = 0; k < l->n; k++) {
        uint32_t t = l->a[k] >> 16, cc = l->a[k] & 0xFFFFu;
        const PTable *pt = (int)t < c->pPol->nTable ? &c->pPol->aTable[t] : NULL;
        /* an audience table's user_id, or a first-party table's user
        ** column (the one uploaded as the main user id) */
        if (!pt || !(pt->bAudience || pt->bFirstParty) || (int)cc != pt->iUserCol) bUser = 0;
      }
    }
    /* A plain reference, possibly through CTEs: not an expression over it
    ** at any step (SUBSTRING(user_id, 1, 1) AS user_id in a CTE). */
    if (bUser && (!e || e->kind != EK_COLUMN || !bind_is_user_column(c->b, e))) bUser = 0;
    if (i > 0 || !bUser) {
      Diag *d = report(c, "AMC106", at, "an audience query returns only "
                       "user_id; output column \"%s\" is %s", col->zName,
                       i > 0 ? "one too many"
                             : "not the user_id of an audience or first-party table");
      diag_hint(c->b->pDiag, d, "the final SELECT of a query over "
                                "*_for_audiences tables is SELECT user_id");
    }
  }
}

void check_query(Binder *b, Select *pRoot) {
  Checker c;
  SelBind *sb;
  memset(&c, 0, sizeof c);
  c.b = b;
  c.pPol = b->pPol;
  c.pRoot = pRoot;
  if (!pRoot) return;
  check_select(&c, pRoot, 1);
  sb = pRoot->pBind;
  if (!sb || !sb->pOut) return;
  if (b->bAudience || b->bForceAudience) {
    if (b->zAnalytics) {
      Diag *d = report(&c, "AMC106", kw_span(pRoot), "an audience query reads "
                       "*_for_audiences and first-party tables only, and this one "
                       "also reads the analytics table %s", b->zAnalytics);
      diag_hint(b->pDiag, d, "use the _for_audiences twin of every AMC table");
    }
    check_audience(&c, pRoot);
    return;
  }
  if (b->nNameErrors) return; /* the query's shape is not known for sure */
  /* An aggregation method: an aggregate function, GROUP BY or SELECT
  ** DISTINCT, anywhere; a query that reads no user-owned table needs none
  ** (AMC returns SELECT ROUND(5.55, 1)). Rows still meet thresholds. */
  if (b->nAggregate == 0 && b->nGrouping == 0 && b->bUserData &&
      c.pPol->bAggregationRequired) {
    Diag *d = report(&c, "AMC104", kw_span(pRoot), "the query aggregates "
                     "nowhere: AMC requires at least one aggregation");
    diag_hint(b->pDiag, d, "AMC never returns row-level data; aggregate with "
                           "COUNT, SUM, ..., GROUP BY or SELECT DISTINCT (only AMC's "
                           "sandbox mode does, on synthetic data: amcq run --sandbox)");
  } else {
    check_row_level(&c, pRoot);
  }
  check_output(&c, pRoot, 0);
}
