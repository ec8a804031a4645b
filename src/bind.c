/*
 * bind.c: name resolution and lineage (see bind.h). Scopes follow SQL:
 * CTEs are visible to later CTEs and the query body, FROM items to their
 * query's expressions and to subqueries nested in them (correlation), and
 * select-list aliases to GROUP BY, HAVING and ORDER BY, as AMC allows.
 */
#include "bind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse.h"
#include "sqlfunc.h"
#include "sqltext.h"
#include "util.h"

#define NO_POS UINT32_MAX

/* Expression contexts. */
#define BX_AGG_OK 0x01   /* aggregates allowed (select list, HAVING) */
#define BX_IN_AGG 0x02   /* inside an aggregate's arguments */
#define BX_ALIAS_OK 0x04 /* select-list aliases resolve */
#define BX_WIN_OK 0x08   /* window functions allowed */
#define BX_HAVING 0x10   /* HAVING: an ungrouped name may be an alias */

typedef struct BCte {
  const char *zName;
  int nRef; /* references bound so far */
  int bRecursive; /* defined in WITH RECURSIVE: already reported */
  Cte *pCte;
  BRel *pRel; /* NULL while its own body is being bound */
} BCte;

/* A column of a FROM item that a filter the rows passed equates with
** another value: the column's value then reveals that value too. */
typedef struct Equated {
  const BRel *pRel;
  int iCol;
  const Lineage *pLin; /* what it was compared with reveals */
  int bConst;          /* pinned: a conjunct equates it with a literal */
} Equated;

typedef struct Scope Scope;
struct Scope {
  Scope *pOuter;   /* enclosing query, for correlated references */
  Scope *pCteUp;   /* where to look for CTEs not defined here */
  BCte *aCte;
  int nCte;
  BRel **aRel; /* FROM items */
  int nRel, nRelCap;
  const char **azUsing; /* columns merged by USING */
  int nUsing, nUsingCap;
  Select *pSel;
  BRel *pTargets; /* output so far, for alias lookup */
  Expr **aTargetExpr;
  const char *zClause; /* "WHERE", "GROUP BY", ... for messages */
  int iLevel;          /* 0 for the outermost query, 1 inside it, ... */
  Equated *aEq;        /* equalities of ON and WHERE (note_equalities) */
  int nEq, nEqCap;
  int bPure;           /* from_pure of the FROM clause */
  int bEqOn;           /* 1: references see the pins of aEq (binding the
                          filters again); 2: past the filters, all of it */
};

static void bind_expr(Binder *b, Scope *s, Expr *e, int flags);
static BRel *bind_select(Binder *b, Scope *pCteScope, Scope *pOuter,
                         Select *p);

/* ---------------------------------------------------------------------- */
/* Lineage                                                                 */

ColClass lineage_class(const Policy *p, uint32_t id) {
  uint32_t t = id >> 16, c = id & 0xFFFFu;
  if (c == LIN_UNDOCUMENTED || (int)t >= p->nTable) return CLS_VERY_HIGH;
  if ((int)c >= p->aTable[t].nCol) return CLS_VERY_HIGH;
  return p->aTable[t].aCol[c].cls;
}

ColClass lineage_output_class(const Lineage *pLin, const Lineage *pVal) {
  ColClass v = pVal && pVal->n ? pVal->maxCls : CLS_NONE;
  ColClass s = pLin && pLin->n ? pLin->maxCls : CLS_NONE;
  if (s > CLS_HIGH) s = CLS_HIGH;
  return v > s ? v : s;
}

int lineage_has(const Policy *p, const Lineage *l, ColClass c) {
  (void)p;
  return l && l->maxCls >= c;
}

static const Lineage *lin_one(Binder *b, uint32_t id) {
  Lineage *l = arena_alloc(b->pArena, sizeof(Lineage) + sizeof(uint32_t));
  l->n = 1;
  l->a[0] = id;
  l->maxCls = lineage_class(b->pPol, id);
  return l;
}

static const Lineage *lin_union(Binder *b, const Lineage *x,
                                const Lineage *y) {
  Lineage *l;
  int i = 0, j = 0, n = 0;
  if (!x || x == y) return y ? y : x;
  if (!y) return x;
  l = arena_alloc(b->pArena, sizeof(Lineage) +
                                 sizeof(uint32_t) * (size_t)(x->n + y->n));
  while (i < x->n || j < y->n) {
    uint32_t v;
    if (j >= y->n || (i < x->n && x->a[i] < y->a[j])) v = x->a[i++];
    else if (i >= x->n || y->a[j] < x->a[i]) v = y->a[j++];
    else {
      v = x->a[i++];
      j++;
    }
    l->a[n++] = v;
  }
  l->n = n;
  l->maxCls = x->maxCls > y->maxCls ? x->maxCls : y->maxCls;
  if (n == x->n) return x;
  if (n == y->n) return y;
  return l;
}

/* The part of l at class c or above; NULL when none. */
static const Lineage *lin_at_least(Binder *b, const Lineage *l, ColClass c) {
  Lineage *r;
  int i, n = 0;
  if (!l || l->maxCls < c) return NULL;
  r = arena_alloc(b->pArena, sizeof(Lineage) + sizeof(uint32_t) * (size_t)l->n);
  r->maxCls = CLS_NONE;
  for (i = 0; i < l->n; i++) {
    ColClass k = lineage_class(b->pPol, l->a[i]);
    if (k < c) continue;
    r->a[n++] = l->a[i];
    if (k > r->maxCls) r->maxCls = k;
  }
  r->n = n;
  return n ? r : NULL;
}

const char *lineage_describe(Binder *b, const Lineage *l, ColClass c) {
  int i;
  StrBuf s = {0};
  const char *r;
  int nShown = 0;
  if (!l) return "";
  for (i = 0; i < l->n && nShown < 3; i++) {
    uint32_t t = l->a[i] >> 16, k = l->a[i] & 0xFFFFu;
    ColClass cls = lineage_class(b->pPol, l->a[i]);
    if (cls < c) continue;
    if (nShown) sb_puts(&s, ", ");
    if (k == LIN_UNDOCUMENTED) {
      sb_printf(&s, "an undocumented column (treated as VERY_HIGH) of %s",
                b->pPol->aTable[t].zName);
    } else {
      sb_printf(&s, "%s (%s) of %s", b->pPol->aTable[t].aCol[k].zName,
                policy_class_name(cls), b->pPol->aTable[t].zName);
    }
    nShown++;
  }
  r = arena_strndup(b->pArena, s.z ? s.z : "", s.n);
  sb_free(&s);
  return r;
}

/* ---------------------------------------------------------------------- */
/* Relations                                                               */

const Lineage *bind_col_lineage(Binder *b, BCol *c) {
  /* Base-table columns get their lineage on first use: a table reference
  ** brings a hundred columns and a query reads a few. */
  if (!c->pLin && c->iTable >= 0 && c->iCol >= 0) {
    c->pLin = lin_one(b, ((uint32_t)c->iTable << 16) | (uint32_t)c->iCol);
    c->pVal = c->pLin;
  }
  return c->pLin;
}

static BRel *rel_new(Binder *b, const char *zAlias, const char *zWhat) {
  BRel *r = ARENA_NEW(b->pArena, BRel);
  r->zAlias = zAlias;
  r->zWhat = zWhat;
  r->iTable = -1;
  return r;
}

static BCol *rel_add(Binder *b, BRel *r, const char *zName) {
  BCol *c;
  if (r->nCol == r->nColCap) {
    int cap = r->nColCap ? r->nColCap * 2 : 8;
    BCol *a = ARENA_ARRAY(b->pArena, BCol, cap);
    if (r->nCol) memcpy(a, r->aCol, sizeof(BCol) * (size_t)r->nCol);
    r->aCol = a;
    r->nColCap = cap;
  }
  c = &r->aCol[r->nCol++];
  memset(c, 0, sizeof *c);
  c->zName = zName;
  c->iTable = c->iCol = -1;
  return c;
}

static int rel_find(const BRel *r, const char *zName) {
  int i;
  char c0 = (char)(zName[0] | 0x20);
  for (i = 0; i < r->nCol; i++) {
    if ((char)(r->aCol[i].zName[0] | 0x20) != c0) continue;
    if (strcasecmp(r->aCol[i].zName, zName) == 0) return i;
  }
  return -1;
}

/* A column of an open relation (unknown table, undocumented columns):
** created on first use, VERY_HIGH when the table is a real one. */
static int rel_open_col(Binder *b, BRel *r, const char *zName) {
  BCol *c = rel_add(b, r, arena_strdup(b->pArena, zName));
  if (r->iTable >= 0) {
    c->pLin = lin_one(b, ((uint32_t)r->iTable << 16) | LIN_UNDOCUMENTED);
    c->pVal = c->pLin;
  }
  return r->nCol - 1;
}

static void scope_add_rel(Scope *s, BRel *r) {
  if (s->nRel == s->nRelCap) {
    s->nRelCap = s->nRelCap ? s->nRelCap * 2 : 4;
    s->aRel = xrealloc(s->aRel, sizeof(BRel *) * (size_t)s->nRelCap);
  }
  s->aRel[s->nRel++] = r;
}

static void scope_add_using(Scope *s, const char *z) {
  if (s->nUsing == s->nUsingCap) {
    s->nUsingCap = s->nUsingCap ? s->nUsingCap * 2 : 4;
    s->azUsing = xrealloc((void *)s->azUsing, sizeof(char *) * (size_t)s->nUsingCap);
  }
  s->azUsing[s->nUsing++] = z;
}

static void scope_free(Scope *s) {
  free(s->aRel);
  free((void *)s->azUsing);
  free(s->aEq);
}

/* ---------------------------------------------------------------------- */
/* Suggestions                                                             */

typedef struct Suggest {
  const char *zBest;
  int dBest;
  const char *zWant;
} Suggest;

static void suggest(Suggest *g, const char *zCand) {
  int d, lim;
  if (!zCand) return;
  d = util_edit_distance(g->zWant, zCand);
  lim = (int)strlen(g->zWant) / 3 + 1;
  if (lim > 3) lim = 3;
  if (d <= lim && d < g->dBest) {
    g->dBest = d;
    g->zBest = zCand;
  }
}

/* ---------------------------------------------------------------------- */
/* Diagnostics helpers                                                     */

static Diag *err(Binder *b, const char *zCode, Span s, const char *zFmt, ...)
    __attribute__((format(printf, 4, 5)));

static Diag *err(Binder *b, const char *zCode, Span s, const char *zFmt, ...) {
  va_list ap;
  Diag *d;
  va_start(ap, zFmt);
  d = diag_vadd(b->pDiag, zCode, s.iStart, s.iEnd, zFmt, ap);
  va_end(ap);
  return d;
}

static int enter(Binder *b, Span s) {
  if (++b->depth <= PARSE_MAX_DEPTH) return 1;
  if (!b->bTooDeep) {
    err(b, "AMC004", s, "query too deeply nested");
    b->bTooDeep = 1;
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Column references                                                       */

/* Past its filters, a column of sc equated with other values reveals them
** as well: v.x after WHERE v.x = (SELECT MIN(device_make) ...) shows a
** device make. */
static void add_equated(Binder *b, const Scope *sc, Expr *e) {
  int i;
  if (!sc->bEqOn) return;
  for (i = 0; i < sc->nEq; i++) {
    if (sc->aEq[i].pRel == e->info.pRel && sc->aEq[i].iCol == e->info.iCol) {
      e->info.bConst |= sc->aEq[i].bConst;
      if (sc->bEqOn < 2) continue;
      /* what the column was compared with is in its value now */
      e->info.pLin = lin_union(b, e->info.pLin, sc->aEq[i].pLin);
      e->info.pVal = lin_union(b, e->info.pVal, sc->aEq[i].pLin);
    }
  }
}

/* A column of scope sc was named: every subquery being bound that sc lies
** outside of is correlated. */
static void note_outer(Binder *b, const Scope *sc, Expr *e) {
  int i;
  for (i = b->nSubq - 1; i >= 0; i--) {
    if (sc->iLevel > b->aSubqLevel[i]) break;
    if (b->apSubq[i]->pBind) ((SelBind *)b->apSubq[i]->pBind)->bCorrelated = 1;
    if (i == b->nSubq - 1) e->info.bOuter = 1;
  }
}

/* Resolve an unqualified column name in s and its outer scopes. */
static int resolve_name(Binder *b, Scope *s, Expr *e, const char *zName,
                        int flags) {
  Scope *sc;
  for (sc = s; sc; sc = sc->pOuter) {
    int i, nHit = 0, iFirstRel = -1, iFirstCol = -1;
    const Lineage *pLin = NULL, *pVal = NULL;
    int bConst = 0, bMixed = 0, bFused = 0;
    for (i = 0; i < sc->nRel; i++) {
      int k = rel_find(sc->aRel[i], zName);
      if (k >= 0) {
        nHit++;
        if (iFirstRel < 0) {
          iFirstRel = i;
          iFirstCol = k;
        }
        pLin = lin_union(b, pLin, bind_col_lineage(b, &sc->aRel[i]->aCol[k]));
        pLin = lin_union(b, pLin, sc->aRel[i]->pMatchLin); /* null_lin_rel */
        pVal = lin_union(b, pVal, sc->aRel[i]->aCol[k].pVal);
        bConst |= sc->aRel[i]->aCol[k].bConst;
        bMixed |= sc->aRel[i]->aCol[k].bMixed;
        bFused |= sc->aRel[i]->aCol[k].bFused;
      }
    }
    if (nHit > 1) {
      int u, bUsing = 0;
      for (u = 0; u < sc->nUsing; u++) {
        if (strcasecmp(sc->azUsing[u], zName) == 0) bUsing = 1;
      }
      if (!bUsing) {
        Diag *d = err(b, "AMC012", e->span, "column \"%s\" is ambiguous: %d "
                      "tables in scope have it", zName, nHit);
        diag_hint(b->pDiag, d, "qualify it with a table alias, such as %s.%s",
                  sc->aRel[iFirstRel]->zAlias ? sc->aRel[iFirstRel]->zAlias : "t",
                  zName);
      }
    }
    /* HAVING impressions > 1000, where impressions is a column of the
    ** FROM that is neither grouped nor aggregated there, and an alias of
    ** the select list: AMC's engine (as Spark SQL) takes the alias. */
    if (nHit >= 1 && (flags & BX_HAVING) && !(flags & BX_IN_AGG) && sc == s &&
        s->pTargets && s->aTargetExpr && s->pSel && s->pSel->pBind) {
      const SelBind *sb = s->pSel->pBind;
      int k = rel_find(s->pTargets, zName), bGrouped = 0;
      for (i = 0; i < sb->nKey; i++) {
        const Expr *g = sb->aKey[i];
        if (g && g->kind == EK_COLUMN && g->info.pRel == sc->aRel[iFirstRel] &&
            g->info.iCol == iFirstCol) {
          bGrouped = 1;
        }
      }
      if (k >= 0 && !bGrouped && s->aTargetExpr[k]) nHit = 0;
    }
    if (nHit >= 1) {
      note_outer(b, sc, e);
      e->info.pRel = sc->aRel[iFirstRel];
      e->info.iCol = iFirstCol;
      e->info.pLin = pLin;
      e->info.pVal = pVal;
      e->info.bConst = bConst;
      e->info.bMixed = bMixed;
      e->info.bFused = bFused;
      add_equated(b, sc, e);
      return 1;
    }
    /* Select-list aliases, where AMC resolves them (after FROM columns). */
    if (sc == s && (flags & BX_ALIAS_OK) && s->pTargets) {
      int k = rel_find(s->pTargets, zName);
      if (k >= 0 && s->aTargetExpr && s->aTargetExpr[k]) {
        Expr *t = s->aTargetExpr[k];
        e->info.pLin = t->info.pLin;
        e->info.pVal = t->info.pVal;
        e->info.bConst = t->info.bConst;
        e->info.bMixed = t->info.bMixed;
        e->info.bFused = t->info.bFused;
        e->info.bAgg = t->info.bAgg;
        e->info.pRel = s->pTargets;
        e->info.iCol = k;
        return 1;
      }
    }
    /* Open relations (unknown tables) take any name, innermost first. */
    for (i = 0; i < sc->nRel; i++) {
      if (sc->aRel[i]->bOpen) {
        int k = rel_open_col(b, sc->aRel[i], zName);
        note_outer(b, sc, e);
        e->info.pRel = sc->aRel[i];
        e->info.iCol = k;
        e->info.pLin = sc->aRel[i]->aCol[k].pLin;
        e->info.pVal = sc->aRel[i]->aCol[k].pVal;
        return 1;
      }
    }
  }
  return 0;
}

static BRel *find_rel(Scope *s, const char *zQual, Scope **ppScope) {
  Scope *sc;
  for (sc = s; sc; sc = sc->pOuter) {
    int i;
    for (i = 0; i < sc->nRel; i++) {
      if (sc->aRel[i]->zAlias && strcasecmp(sc->aRel[i]->zAlias, zQual) == 0) {
        *ppScope = sc;
        return sc->aRel[i];
      }
    }
  }
  return NULL;
}

static void bind_column(Binder *b, Scope *s, Expr *e, int flags) {
  const char *zCol = e->name.a[e->name.n - 1];
  if (e->name.n == 1) {
    if (!resolve_name(b, s, e, zCol, flags)) {
      Suggest g = {NULL, 99, zCol};
      Scope *sc;
      Diag *d;
      for (sc = s; sc; sc = sc->pOuter) {
        int i, k;
        for (i = 0; i < sc->nRel; i++) {
          for (k = 0; k < sc->aRel[i]->nCol; k++) suggest(&g, sc->aRel[i]->aCol[k].zName);
        }
        if (sc == s && s->pTargets && (flags & BX_ALIAS_OK)) {
          for (k = 0; k < s->pTargets->nCol; k++) suggest(&g, s->pTargets->aCol[k].zName);
        }
      }
      d = err(b, "AMC011", e->span, "unknown column \"%s\"", zCol);
      if (g.zBest) {
        diag_hint(b->pDiag, d, "did you mean \"%s\"?", g.zBest);
      } else if (s->nRel == 0) {
        diag_hint(b->pDiag, d, "this query reads no table");
      } else if (b->pSrc->z[e->span.iStart] == '"') {
        diag_hint(b->pDiag, d, "double quotes name a column; write strings "
                               "in single quotes: '%s'", zCol);
      }
    }
    return;
  }
  {
    const char *zQual = e->name.a[e->name.n - 2];
    Scope *sc = NULL;
    BRel *r = find_rel(s, zQual, &sc);
    int k;
    if (e->name.n > 2) {
      err(b, "AMC011", e->span, "AMC has no schemas: \"%s\" cannot be "
          "qualified twice", zCol);
      return;
    }
    if (!r) {
      Suggest g = {NULL, 99, zQual};
      Scope *x;
      Diag *d;
      for (x = s; x; x = x->pOuter) {
        int i;
        for (i = 0; i < x->nRel; i++) suggest(&g, x->aRel[i]->zAlias);
      }
      d = err(b, "AMC011", e->span, "unknown table or alias \"%s\" in %s.%s",
              zQual, zQual, zCol);
      if (g.zBest) diag_hint(b->pDiag, d, "did you mean \"%s\"?", g.zBest);
      else diag_hint(b->pDiag, d, "a table named in FROM with an alias is "
                                  "referred to by the alias only");
      return;
    }
    k = rel_find(r, zCol);
    if (k < 0 && r->bOpen) k = rel_open_col(b, r, zCol);
    if (k < 0) {
      Suggest g = {NULL, 99, zCol};
      int i;
      Diag *d;
      for (i = 0; i < r->nCol; i++) suggest(&g, r->aCol[i].zName);
      d = err(b, "AMC011", e->span, "%s has no column \"%s\"", r->zWhat, zCol);
      if (g.zBest) diag_hint(b->pDiag, d, "did you mean \"%s\"?", g.zBest);
      return;
    }
    note_outer(b, sc, e);
    e->info.pRel = r;
    e->info.iCol = k;
    e->info.pLin = lin_union(b, bind_col_lineage(b, &r->aCol[k]), r->pMatchLin);
    e->info.pVal = r->aCol[k].pVal;
    e->info.bConst = r->aCol[k].bConst;
    e->info.bMixed = r->aCol[k].bMixed;
    e->info.bFused = r->aCol[k].bFused;
    add_equated(b, sc, e);
  }
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                             */

/* ---------------------------------------------------------------------- */
/* The calculus (docs/security.md): what a value reveals, whether a literal
** or parameter reaches it, and where the two meet.                        */

void meet_add_raw(Meet *m, int bHigh, int bConst, int bMixed, const Expr *e) {
  if (bMixed) {
    if (!m->bMixed) m->pMixed = e;
    m->bMixed = 1;
  }
  if (bHigh) {
    if (!m->nHigh) m->pHigh = e;
    m->nHigh++;
  }
  if (bConst) m->nConst++;
  if (bHigh && bConst) m->nBoth++;
}

void meet_add(const Policy *p, Meet *m, const Expr *e, int bConstCounts) {
  if (!e) return;
  /* outside concatenation, a fused value is a mixed one */
  meet_add_raw(m, lineage_has(p, e->info.pVal, CLS_HIGH), bConstCounts && e->info.bConst,
               e->info.bMixed || e->info.bFused, e);
}

int meet_pair(const Meet *m) {
  if (!m->nHigh || !m->nConst) return 0;
  return !(m->nHigh == 1 && m->nConst == 1 && m->nBoth == 1);
}

/* Two different operands brought a HIGH value and a literal, or one
** operand had them mixed already. */
int meet_holds(const Meet *m) { return m->bMixed || meet_pair(m); }

/* A literal or parameter written in place: the same in every row. */
static int is_literal_piece(const Expr *x) {
  if (!x) return 0;
  if (x->kind == EK_LITERAL) return x->litKind != LIT_NULL;
  if (x->kind == EK_FUNC && x->info.pFunc && ((const PFunc *)x->info.pFunc)->kind == FN_PARAM) {
    return 1;
  }
  if (x->kind == EK_CAST) return is_literal_piece(x->pLeft);
  return 0;
}

/* Do the operands of a concatenation, or of + and -, fuse (ExprInfo.bFused):
** none mixed, every literal one written in place, and at least one value
** revealing HIGH or above? A literal that varies by row (a CASE, a VALUES
** column) could make two different values equal, so it mixes instead. */
static int operands_fuse(const Policy *p, Expr *const *a, int n) {
  int i, nHigh = 0, nLit = 0;
  for (i = 0; i < n; i++) {
    const Expr *x = a[i];
    if (!x) continue;
    if (x->info.bMixed) return 0;
    if (x->info.bFused) {
      nHigh++;
      nLit++;
    } else if (x->info.bConst) {
      if (lineage_has(p, x->info.pVal, CLS_HIGH) || !is_literal_piece(x)) return 0;
      nLit++;
    } else if (lineage_has(p, x->info.pVal, CLS_HIGH)) {
      nHigh++;
    }
  }
  return nHigh > 0 && nLit > 0;
}

static int op_fuses(const char *zOp) {
  return zOp && (strcmp(zOp, "||") == 0 || strcmp(zOp, "+") == 0 || strcmp(zOp, "-") == 0);
}

int bind_op_builds(const char *zOp) {
  static const char *const az[] = {"+", "-", "*", "/", "%", "||"};
  size_t i;
  if (!zOp) return 0;
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strcmp(zOp, az[i]) == 0) return 1;
  }
  return 0;
}

int bind_is_collected(const Expr *e) {
  int n;
  for (n = 0; e && n < 64; n++) {
    if (e->kind == EK_FUNC && e->info.pFunc) {
      const PFunc *f = e->info.pFunc;
      if (strcmp(f->zName, "collect") == 0) return 1;
      /* sorting or de-duplicating a collected set keeps it one */
      if ((strcmp(f->zName, "array_sort") == 0 || strcmp(f->zName, "array_distinct") == 0) &&
          e->args.n == 1) {
        e = e->args.a[0];
        continue;
      }
      return 0;
    }
    if (e->kind == EK_COLUMN && e->info.pRel && e->info.iCol >= 0 &&
        e->info.iCol < ((const BRel *)e->info.pRel)->nCol) {
      return ((const BRel *)e->info.pRel)->aCol[e->info.iCol].bCollected;
    }
    return 0;
  }
  return 0;
}

/* c's lineage (and, for a value part, its value lineage and taint) into
** e's. */
static void join_info(Binder *b, Expr *e, const Expr *c, int bValue) {
  if (!c) return;
  e->info.pLin = lin_union(b, e->info.pLin, c->info.pLin);
  e->info.bAgg |= c->info.bAgg;
  e->info.bWin |= c->info.bWin;
  if (bValue) {
    e->info.pVal = lin_union(b, e->info.pVal, c->info.pVal);
    e->info.bConst |= c->info.bConst;
  }
}

/* Bind the list and join every element in as a value part. With pMeet,
** the elements only build e's value: they are added to it. */
static void bind_list(Binder *b, Scope *s, Expr *e, ExprList *l, int flags, Meet *pMeet) {
  int i;
  for (i = 0; i < l->n; i++) {
    bind_expr(b, s, l->a[i], flags);
    join_info(b, e, l->a[i], 1);
    if (pMeet) meet_add(b->pPol, pMeet, l->a[i], 1);
  }
}

static WindowSpec *find_window(Scope *s, const char *zName) {
  int i;
  if (!s->pSel) return NULL;
  for (i = 0; i < s->pSel->nWindow; i++) {
    if (s->pSel->aWindow[i]->zName &&
        strcasecmp(s->pSel->aWindow[i]->zName, zName) == 0) {
      return s->pSel->aWindow[i];
    }
  }
  return NULL;
}

/* A partition key that depends on no column (a literal, a parameter, a
** constant expression or a constant column of a CTE or VALUES list) does
** not partition: the window spans every row. */
static int keys_vary(const ExprList *l) {
  int i;
  for (i = 0; i < l->n; i++) {
    if (l->a[i] && l->a[i]->info.pLin && l->a[i]->info.pLin->n > 0) return 1;
  }
  return 0;
}

static int window_partitioned(Scope *s, WindowSpec *w) {
  const char *zRef = w->zRefName ? w->zRefName : w->zName;
  WindowSpec *base = zRef ? find_window(s, zRef) : NULL;
  return keys_vary(&w->partition) || (base && keys_vary(&base->partition));
}

/* Bind a window's PARTITION BY and ORDER BY. Returns the lineage of its
** ORDER BY (what a ranking function reveals). */
/* What a window's ORDER BY brings into a function computed over it. */
typedef struct WinInfo {
  const Lineage *pOrdLin, *pOrdVal; /* its keys' lineage and value lineage */
  int bLocal; /* its keys and the function's arguments read this query's
                 FROM items only: no subquery, no outer column */
} WinInfo;

/* Does e read only the rows of this query level (no subquery, no column
** of an enclosing query)? */
static int expr_local(const Expr *e, int depth) {
  int i;
  if (!e) return 1;
  if (depth > PARSE_MAX_DEPTH || e->kind == EK_SUBQUERY) return 0;
  if (e->kind == EK_COLUMN && e->info.bOuter) return 0;
  if (!expr_local(e->pLeft, depth + 1) || !expr_local(e->pRight, depth + 1) ||
      !expr_local(e->pEscape, depth + 1) || !expr_local(e->pFilter, depth + 1) ||
      !expr_local(e->pCaseArg, depth + 1) || !expr_local(e->pElse, depth + 1)) {
    return 0;
  }
  for (i = 0; i < e->args.n; i++) {
    if (!expr_local(e->args.a[i], depth + 1)) return 0;
  }
  for (i = 0; i < e->nWhen; i++) {
    if (!expr_local(e->aWhen[i].pWhen, depth + 1) || !expr_local(e->aWhen[i].pThen, depth + 1)) {
      return 0;
    }
  }
  if (e->pOver) {
    for (i = 0; i < e->pOver->partition.n; i++) {
      if (!expr_local(e->pOver->partition.a[i], depth + 1)) return 0;
    }
    for (i = 0; i < e->pOver->order.n; i++) {
      if (!expr_local(e->pOver->order.a[i].pExpr, depth + 1)) return 0;
    }
  }
  return 1;
}

/* A plain reference to a user-owned table's user column, directly or
** passed through CTEs and subqueries. */
static int bcol_is_user(const Binder *b, const BCol *c) {
  return c->bUser || (c->iTable >= 0 && c->iTable < b->pPol->nTable &&
                      c->iCol == b->pPol->aTable[c->iTable].iUserCol);
}

static int is_user_column(const Binder *b, const Expr *e) {
  const BRel *r;
  if (!e || e->kind != EK_COLUMN || !e->info.pRel || e->info.iCol < 0) return 0;
  r = e->info.pRel;
  if (e->info.iCol >= r->nCol) return 0;
  return bcol_is_user(b, &r->aCol[e->info.iCol]);
}

int bind_is_user_column(const Binder *b, const Expr *e) {
  return is_user_column(b, e);
}

int bind_bcol_is_user(const Binder *b, const BCol *c) {
  return bcol_is_user(b, c);
}

/* A plain reference to a column that names one user or one event: a user
** column, or a VERY_HIGH column named as an id (conversion_id,
** request_tag, device_id). Not INTERNAL ones (marketplace_id names a
** country) nor other VERY_HIGH ones (advertiser). */
static int is_entity_column(const Binder *b, const Expr *e) {
  const BRel *r;
  const BCol *c;
  const PColumn *pc;
  size_t n;
  if (is_user_column(b, e)) return 1;
  if (!e || e->kind != EK_COLUMN || !e->info.pRel || e->info.iCol < 0) return 0;
  r = e->info.pRel;
  if (e->info.iCol >= r->nCol) return 0;
  c = &r->aCol[e->info.iCol];
  if (c->iTable < 0 || c->iTable >= b->pPol->nTable || c->iCol < 0 ||
      c->iCol >= b->pPol->aTable[c->iTable].nCol) {
    return 0;
  }
  pc = &b->pPol->aTable[c->iTable].aCol[c->iCol];
  n = strlen(pc->zName);
  return pc->cls == CLS_VERY_HIGH &&
         ((n > 3 && strcmp(pc->zName + n - 3, "_id") == 0) || strcmp(pc->zName, "request_tag") == 0);
}

static int keys_per_entity(const Binder *b, const ExprList *l) {
  int i;
  for (i = 0; i < l->n; i++) {
    if (is_entity_column(b, l->a[i])) return 1;
  }
  return 0;
}

static const Lineage *bind_window(Binder *b, Scope *s, WindowSpec *w,
                                  int flags, Expr *pOwner, WinInfo *pInfo) {
  const Lineage *pOrd = NULL, *pOrdVal = NULL;
  int i;
  int f = (flags & ~BX_WIN_OK) | BX_AGG_OK;
  /* OVER w names a window of the WINDOW clause (libpg_query puts w in the
  ** name); OVER (w ORDER BY ...) refines one. */
  const char *zRef = w->zRefName ? w->zRefName : (pOwner ? w->zName : NULL);
  if (zRef) {
    WindowSpec *base = find_window(s, zRef);
    if (!base) {
      err(b, "AMC011", w->span, "unknown window \"%s\"", zRef);
    } else if (!w->order.n) {
      for (i = 0; i < base->order.n; i++) {
        if (base->order.a[i].pExpr) {
          pOrd = lin_union(b, pOrd, base->order.a[i].pExpr->info.pLin);
          pOrdVal = lin_union(b, pOrdVal, base->order.a[i].pExpr->info.pVal);
        }
      }
    }
  }
  for (i = 0; i < w->partition.n; i++) {
    bind_expr(b, s, w->partition.a[i], f);
    if (pOwner) pOwner->info.bAgg |= w->partition.a[i]->info.bAgg;
  }
  for (i = 0; i < w->order.n; i++) {
    bind_expr(b, s, w->order.a[i].pExpr, f);
    pOrd = lin_union(b, pOrd, w->order.a[i].pExpr->info.pLin);
    pOrdVal = lin_union(b, pOrdVal, w->order.a[i].pExpr->info.pVal);
    if (pOwner) pOwner->info.bAgg |= w->order.a[i].pExpr->info.bAgg;
  }
  if (w->pFrameStart) bind_expr(b, s, w->pFrameStart, f);
  if (w->pFrameEnd) bind_expr(b, s, w->pFrameEnd, f);
  if (pInfo) {
    WindowSpec *base = zRef ? find_window(s, zRef) : NULL;
    pInfo->pOrdLin = pOrd;
    pInfo->pOrdVal = pOrdVal;
    pInfo->bLocal = 1;
    for (i = 0; i < w->partition.n; i++) pInfo->bLocal &= expr_local(w->partition.a[i], 0);
    for (i = 0; i < w->order.n; i++) pInfo->bLocal &= expr_local(w->order.a[i].pExpr, 0);
    for (i = 0; base && i < base->partition.n; i++) pInfo->bLocal &= expr_local(base->partition.a[i], 0);
    for (i = 0; base && i < base->order.n; i++) pInfo->bLocal &= expr_local(base->order.a[i].pExpr, 0);
    if (pOwner) {
      for (i = 0; i < pOwner->args.n; i++) pInfo->bLocal &= expr_local(pOwner->args.a[i], 0);
    }
  }
  return pOrd;
}

/* What a window function gets from its ORDER BY: a position in an order,
** or a running total, is as fine-grained as the order. Over all rows (no
** partition, or a constant one) it is all of the order's, in lineage and
** value; within partitions, its lineage, and in value only its
** identifiers (a rank of user_id per campaign numbers the users). Within
** partitions that are one user or one event each (PARTITION BY user_id,
** conversion_id) a position is a count of that entity's own rows: none. */
static void window_order_flow(Binder *b, Scope *s, WindowSpec *w, const WinInfo *wi,
                              const Lineage **ppLin, const Lineage **ppVal) {
  const char *zRef = w->zRefName ? w->zRefName : w->zName;
  WindowSpec *base = zRef ? find_window(s, zRef) : NULL;
  if (!window_partitioned(s, w)) {
    *ppLin = wi->pOrdLin;
    *ppVal = wi->pOrdVal;
  } else if (s->bPure && wi->bLocal &&
             (keys_per_entity(b, &w->partition) ||
              (base && keys_per_entity(b, &base->partition)))) {
    *ppLin = *ppVal = NULL;
    w->bEntity = 1;
  } else {
    *ppLin = wi->pOrdLin;
    *ppVal = lin_at_least(b, wi->pOrdVal, CLS_VERY_HIGH);
  }
}

/* What decides whether a value is NULL (mode NL_NULL) or, with
** NL_DISTINCT, also which of its values are equal (for a collected set:
** its size), over and above the columns the value is made of. COUNT(x),
** x IS NULL, NVL2's first argument and the size of COLLECT(x) reveal
** that much of x: nothing for a column or arithmetic on columns (a count
** of non-NULL postal codes is a count), but all that steers x (COUNT(CASE
** WHEN c THEN 1 END) counts the rows where c holds) and all of x where x
** is chosen by a comparison (NULLIF(a, b) IS NULL tests a = b; the
** distinct values of GREATEST(a, b) rank a among the b). Anything not
** known to be transparent is opaque: all of its lineage. */
enum { NL_NULL, NL_DISTINCT };

static const Lineage *null_lin(Binder *b, const Expr *e, int mode, int depth);

/* Scalar functions that give NULL exactly where an argument is NULL,
** whatever the values (a list: every other function may make NULL of a
** value it cannot read, and is opaque to null_lin). */
static int null_transparent(const char *zFunc) {
  static const char *const az[] = {
      "concat", "lower", "upper", "length", "char_length", "substring", "substr",
      "left", "right", "md5", "sha1", "hash64", "ltrim", "rtrim", "reverse",
      "coalesce", "nvl", "ifnull", "array_cat", "array_to_string",
      "json_serialize", "named_row"};
  size_t i;
  if (!zFunc) return 0;
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strcasecmp(zFunc, az[i]) == 0) return 1;
  }
  return 0;
}

/* 1 numbers, 2 dates and timestamps, 3 Booleans, 0 anything else. */
static int type_family(const char *z) {
  static const char *const azNum[] = {"int", "integer", "bigint", "smallint", "tinyint",
                                      "long", "double", "float", "real", "decimal",
                                      "numeric", "int2", "int4", "int8", "float4",
                                      "float8"};
  size_t i, n;
  if (!z) return 0;
  for (i = 0; i < sizeof azNum / sizeof azNum[0]; i++) {
    n = strlen(azNum[i]);
    if (strncasecmp(z, azNum[i], n) == 0 && (z[n] == 0 || z[n] == '(')) return 1;
  }
  if (strncasecmp(z, "timestamp", 9) == 0 || strcasecmp(z, "date") == 0) return 2;
  if (strcasecmp(z, "boolean") == 0 || strcasecmp(z, "bool") == 0) return 3;
  return 0;
}

/* CAST(c AS T) of a typed column of a table (directly or passed through
** CTEs) into its own family: no value of it fails. */
static int cast_keeps_values(Binder *b, const Expr *e) {
  const Expr *a = e->pLeft;
  const BRel *r;
  const BCol *c;
  const PTable *t;
  int fam;
  if (!a || a->kind != EK_COLUMN || !(r = a->info.pRel) || a->info.iCol < 0 ||
      a->info.iCol >= r->nCol || !e->pType) {
    return 0;
  }
  c = &r->aCol[a->info.iCol];
  if (c->iTable < 0 || c->iTable >= b->pPol->nTable) return 0;
  t = &b->pPol->aTable[c->iTable];
  if (c->iCol < 0 || c->iCol >= t->nCol) return 0;
  fam = type_family(t->aCol[c->iCol].zType);
  return fam && fam == type_family(e->pType->zName);
}

static const Lineage *all_lin(Binder *b, const Expr *e) {
  if (!e) return NULL;
  return lin_union(b, e->info.pLin, e->info.pVal);
}

/* Over the children, each in the same mode. */
static const Lineage *null_lin_args(Binder *b, const Expr *e, int mode, int depth) {
  const Lineage *l = NULL;
  int i;
  l = lin_union(b, l, null_lin(b, e->pLeft, mode, depth + 1));
  l = lin_union(b, l, null_lin(b, e->pRight, mode, depth + 1));
  for (i = 0; i < e->args.n; i++) l = lin_union(b, l, null_lin(b, e->args.a[i], mode, depth + 1));
  return l;
}

/* Column k of r, as named in a query: with what decides whether r's row
** is there at all (an outer join's ON). */
static const Lineage *null_lin_rel(Binder *b, const BRel *r, int k, int mode, int depth) {
  const BCol *c;
  const Lineage *l;
  if (!r || k < 0 || k >= r->nCol) return NULL;
  c = &r->aCol[k];
  if (c->bNullSet) l = mode == NL_DISTINCT ? c->pDist : c->pNull;
  else if (c->pDef) l = null_lin(b, c->pDef, mode, depth + 1);
  else if (c->iTable >= 0 && !r->bOpen) l = NULL; /* a table's own column */
  else l = lin_union(b, c->pLin, c->pVal);
  return lin_union(b, l, r->pMatchLin);
}

static const Lineage *null_lin_col(Binder *b, const Expr *e, int mode, int depth) {
  const BRel *r = e->info.pRel;
  if (!r || e->info.iCol < 0 || e->info.iCol >= r->nCol) return all_lin(b, e);
  return null_lin_rel(b, r, e->info.iCol, mode, depth);
}

static const Lineage *null_lin(Binder *b, const Expr *e, int mode, int depth) {
  const PFunc *f;
  int i;
  if (!e) return NULL;
  if (depth > PARSE_MAX_DEPTH || ++b->nNullSteps > 200000) return all_lin(b, e);
  switch (e->kind) {
    case EK_LITERAL:
    case EK_PARAM:
    case EK_DEFAULT:
      return NULL;
    case EK_COLUMN:
      return null_lin_col(b, e, mode, depth);
    case EK_NULLTEST:
      /* never NULL; TRUE exactly where the operand is NULL */
      return null_lin(b, e->pLeft, NL_NULL, depth + 1);
    case EK_OP:
      if (!e->zOp) return all_lin(b, e);
      if (strcmp(e->zOp, "+") == 0 || strcmp(e->zOp, "-") == 0 ||
          strcmp(e->zOp, "*") == 0 || strcmp(e->zOp, "||") == 0) {
        return null_lin_args(b, e, mode, depth);
      }
      if (mode == NL_NULL && (strcmp(e->zOp, "=") == 0 || strcmp(e->zOp, "<>") == 0 ||
                              strcmp(e->zOp, "!=") == 0 || strcmp(e->zOp, "<") == 0 ||
                              strcmp(e->zOp, "<=") == 0 || strcmp(e->zOp, ">") == 0 ||
                              strcmp(e->zOp, ">=") == 0)) {
        /* NULL exactly where an operand is; which value it is, is the
        ** comparison (NL_DISTINCT) */
        return null_lin_args(b, e, mode, depth);
      }
      return all_lin(b, e); /* a division is NULL where the divisor is 0 */
    case EK_CAST:
      /* a cast to a string fails on no value, nor one of a table's typed
      ** column within its family (a timestamp to a date, a count to a
      ** decimal); any other can give NULL for some values (CAST('a' AS
      ** BOOLEAN), CAST of a CTE's text AS DATE) */
      if (bind_string_type(e->pType) || cast_keeps_values(b, e)) {
        return null_lin(b, e->pLeft, mode, depth + 1);
      }
      return all_lin(b, e);
    case EK_FUNC:
      f = e->info.pFunc;
      if (!f || e->pOver) return all_lin(b, e);
      if (f->kind == FN_AGGREGATE) {
        const Lineage *l = e->pFilter ? all_lin(b, e->pFilter) : NULL;
        if (!f->bReveals) {
          /* COUNT: never NULL, its value a count steered as it is */
          return mode == NL_NULL ? NULL : e->info.pLin;
        }
        if (mode == NL_DISTINCT && !bind_is_collected(e)) return all_lin(b, e);
        /* NULL only over no value (MIN, SUM, ...); a collected set's size
        ** is the number of its values, at most its distinct ones */
        for (i = 0; i < e->args.n; i++) {
          l = lin_union(b, l, null_lin(b, e->args.a[i], mode, depth + 1));
        }
        return l;
      }
      if (mode == NL_DISTINCT && e->args.n == 1 && bind_is_collected(e)) {
        /* ARRAY_SORT or ARRAY_DISTINCT of a collected set */
        return null_lin(b, e->args.a[0], mode, depth + 1);
      }
      /* Only functions that are NULL exactly where an argument is (a
      ** builder may still fail on a value: SECONDS_BETWEEN of text that
      ** is no timestamp is NULL) */
      if (f->kind != FN_SCALAR || f->bCompares || f->bPicks || f->bCounts ||
          !null_transparent(e->zFunc)) {
        return all_lin(b, e);
      }
      {
        const Lineage *l = NULL;
        for (i = 0; i < e->args.n; i++) {
          unsigned bit = i < 32 ? 1u << i : 0;
          if (f->condMask & bit) l = lin_union(b, l, all_lin(b, e->args.a[i]));
          else l = lin_union(b, l, null_lin(b, e->args.a[i], mode, depth + 1));
        }
        return l;
      }
    case EK_CASE: {
      /* the operand and the conditions choose the branch; the branches
      ** are as transparent as they are */
      const Lineage *l = e->pCaseArg ? all_lin(b, e->pCaseArg) : NULL;
      for (i = 0; i < e->nWhen; i++) {
        l = lin_union(b, l, all_lin(b, e->aWhen[i].pWhen));
        l = lin_union(b, l, null_lin(b, e->aWhen[i].pThen, mode, depth + 1));
      }
      return lin_union(b, l, null_lin(b, e->pElse, mode, depth + 1));
    }
    default:
      /* IN, LIKE, AND, OR, subqueries, subscripts, rows: opaque */
      return all_lin(b, e);
  }
}

/* The function's name as the user wrote it, for messages. */
static const char *written_name(Binder *b, const Expr *e) {
  Span n = e->funcNameSpan;
  if (n.iStart == NO_POS || n.iEnd <= n.iStart || n.iEnd > b->pSrc->n ||
      e->bSqlSyntax) {
    char *z = arena_strdup(b->pArena, e->zFunc);
    char *q;
    for (q = z; *q; q++) {
      if (*q >= 'a' && *q <= 'z') *q = (char)(*q - 32);
    }
    return z;
  }
  return diag_excerpt(b->pArena, b->pSrc->z + n.iStart, n.iEnd - n.iStart, 40);
}

static void check_literal_args(Binder *b, const Expr *e, const char *zFunc);
static void check_regex_literal(Binder *b, const Expr *a);
static const Expr *string_literal(const Expr *a);

/* What a call of f (NULL: an unknown function, failing closed) reveals,
** whether a literal reaches its value, and whether a HIGH value and a
** literal meet in it without being compared (bMixed), from its bound
** arguments. The comparisons themselves are check.c's. */
static void func_flow(Binder *b, Expr *e, const PFunc *f) {
  int i, n = e->bStar ? 0 : e->args.n;
  Meet res, cmp;
  int bAnyCmp = 0;
  int bReveals = !f || f->bReveals;
  if (f && f->bCounts && n == 1 && bind_is_collected(e->args.a[0])) {
    bReveals = 0; /* the size of a collected set: a count */
  }
  memset(&res, 0, sizeof res);
  memset(&cmp, 0, sizeof cmp);
  for (i = 0; i < n; i++) {
    const Expr *a = e->args.a[i];
    unsigned bit = i < 32 ? 1u << i : 0;
    int bExempt = f && ((f->posMask & bit) || ((f->kwMask & bit) && string_literal(a)));
    if (f && (f->nullMask & bit)) {
      /* only tested for NULL */
      e->info.pLin = lin_union(b, e->info.pLin, null_lin(b, a, NL_NULL, 0));
      continue;
    }
    if (!bReveals) {
      /* a count of a's values, or of a collected set's elements: what
      ** decides which are NULL and, counted distinct, which are equal */
      int bDist = e->bDistinct || (f && f->bCounts);
      e->info.pLin = lin_union(b, e->info.pLin, null_lin(b, a, bDist ? NL_DISTINCT : NL_NULL, 0));
      continue;
    }
    e->info.pLin = lin_union(b, e->info.pLin, a->info.pLin);
    if (f && (f->condMask & bit)) continue; /* steers only */
    e->info.pVal = lin_union(b, e->info.pVal, a->info.pVal);
    if (bExempt) {
      /* a position or a keyword: its own columns flow, its literal does not */
      meet_add_raw(&res, lineage_has(b->pPol, a->info.pVal, CLS_HIGH), 0, 0, a);
      continue;
    }
    e->info.bConst |= a->info.bConst;
    if ((!f || f->bCompares) && (!f || !f->cmpMask || (f->cmpMask & bit))) {
      meet_add(b->pPol, &cmp, a, 1);
      bAnyCmp = 1;
    } else {
      meet_add(b->pPol, &res, a, 1);
    }
  }
  /* What is compared counts as one operand of the result: where it meets
  ** itself, check.c reports it. */
  if (bAnyCmp) meet_add_raw(&res, cmp.nHigh > 0, cmp.nConst > 0, 0, cmp.pHigh);
  e->info.bMixed = meet_holds(&res);
  if (f && f->bFuses && e->info.bMixed && operands_fuse(b->pPol, e->args.a, n)) {
    e->info.bMixed = 0;
    e->info.bFused = 1;
  }
  /* A function of nothing (E(), CURRENT_DATE, RANDOM(), UUID()) is a
  ** constant the analyst knows or chooses, like a literal. */
  if (f && f->kind == FN_SCALAR && n == 0) e->info.bConst = 1;
}

static void bind_func(Binder *b, Scope *s, Expr *e, int flags) {
  const PFunc *f = NULL;
  int i, nArg = e->args.n;
  const char *zWhere = s->zClause ? s->zClause : "here";
  const char *zName = written_name(b, e);
  if (e->zSchema) {
    err(b, "AMC013", e->funcNameSpan, "unknown function %s.%s: AMC functions "
        "have no schema", e->zSchema, e->zFunc);
  } else {
    f = policy_func(b->pPol, e->zFunc);
    if (!f) {
      const char *zAlt = policy_not_amc(b->pPol, e->zFunc);
      if (zAlt) {
        Diag *d = err(b, "AMC204", e->funcNameSpan,
                      "AMC has no function %s", zName);
        diag_hint(b->pDiag, d, "use %s", zAlt);
      } else {
        Suggest g = {NULL, 99, e->zFunc};
        int k;
        Diag *d;
        for (k = 0; k < b->pPol->nFunc; k++) {
          if (!b->pPol->aFunc[k].bInternal) suggest(&g, b->pPol->aFunc[k].zName);
        }
        d = err(b, "AMC013", e->funcNameSpan, "unknown function %s", zName);
        if (g.zBest) diag_hint(b->pDiag, d, "did you mean %s?", g.zBest);
        else diag_hint(b->pDiag, d, "amcq rules AMC013 lists AMC's functions");
      }
    }
  }
  e->info.pFunc = f;
  if (!f) b->nNameErrors++;

  if (f && f->kind == FN_AGGREGATE && !e->pOver) {
    if (!(flags & BX_AGG_OK) || (flags & BX_IN_AGG)) {
      Diag *d;
      if (flags & BX_IN_AGG) {
        d = err(b, "AMC017", e->span, "an aggregate cannot be nested in "
                "another aggregate");
        diag_hint(b->pDiag, d, "compute the inner aggregate in a CTE");
      } else {
        d = err(b, "AMC017", e->span, "an aggregate is not allowed in %s",
                zWhere);
        diag_hint(b->pDiag, d, "filter groups with HAVING, or aggregate in a "
                               "CTE first");
      }
    }
    e->info.bAgg = 1;
    b->nAggregate++;
    for (i = 0; i < nArg; i++) {
      bind_expr(b, s, e->args.a[i], (flags | BX_IN_AGG) & ~BX_WIN_OK);
    }
    func_flow(b, e, f);
    if (e->pFilter) {
      bind_expr(b, s, e->pFilter, (flags | BX_IN_AGG) & ~BX_WIN_OK);
      /* FILTER steers the aggregate, COUNT's too: lineage, not value */
      e->info.pLin = lin_union(b, e->info.pLin, all_lin(b, e->pFilter));
    }
    for (i = 0; i < e->aggOrder.n; i++) {
      bind_expr(b, s, e->aggOrder.a[i].pExpr, (flags | BX_IN_AGG) & ~BX_WIN_OK);
    }
  } else if (e->pOver) {
    const Lineage *pOrd;
    if (!(flags & BX_WIN_OK)) {
      Diag *d = err(b, "AMC017", e->span, "a window function is not allowed in %s",
                    zWhere);
      diag_hint(b->pDiag, d, "compute it in a CTE and filter on its result");
    }
    if (f && f->kind == FN_SCALAR) {
      err(b, "AMC017", e->span, "%s is not an aggregate or ranking function; "
          "it cannot have OVER", zName);
    }
    e->info.bWin = 1;
    for (i = 0; i < nArg; i++) {
      bind_expr(b, s, e->args.a[i], (flags & ~BX_WIN_OK) | BX_AGG_OK);
      e->info.bAgg |= e->args.a[i]->info.bAgg;
    }
    if (!f || f->kind != FN_RANK) func_flow(b, e, f);
    if (e->pFilter) bind_expr(b, s, e->pFilter, flags & ~BX_WIN_OK);
    {
      WinInfo wi;
      const Lineage *pOrdLin, *pOrdVal;
      pOrd = bind_window(b, s, e->pOver, flags, e, &wi);
      (void)pOrd;
      window_order_flow(b, s, e->pOver, &wi, &pOrdLin, &pOrdVal);
      if (f && f->kind == FN_RANK) {
        /* A rank reveals its order only (window_order_flow). */
        e->info.pLin = pOrdLin;
        e->info.pVal = pOrdVal;
      } else {
        e->info.pLin = lin_union(b, e->info.pLin, pOrdLin);
        e->info.pVal = lin_union(b, e->info.pVal, pOrdVal);
      }
    }
  } else {
    if (f && f->kind == FN_RANK) {
      err(b, "AMC017", e->span, "%s needs an OVER (...) clause", zName);
    }
    for (i = 0; i < nArg; i++) {
      Expr *a = e->args.a[i];
      bind_expr(b, s, a, flags);
      e->info.bAgg |= a->info.bAgg;
      e->info.bWin |= a->info.bWin;
    }
    func_flow(b, e, f);
    if (f && f->kind == FN_PARAM) {
      e->info.bConst = 1;
      e->info.bMixed = 0;
      e->info.pLin = e->info.pVal = NULL;
      if (nArg != 1 || e->args.a[0]->kind != EK_LITERAL ||
          e->args.a[0]->litKind != LIT_STRING) {
        err(b, "AMC014", e->span, "%s takes one string literal: the "
            "parameter's name", zName);
      } else if (strcasecmp(f->zName, "built_in_parameter") == 0 &&
                 strcasecmp(e->args.a[0]->zLit, "TIME_WINDOW_START") != 0 &&
                 strcasecmp(e->args.a[0]->zLit, "TIME_WINDOW_END") != 0) {
        Diag *d = err(b, "AMC014", e->args.a[0]->span,
                      "unknown built-in parameter '%s'", e->args.a[0]->zLit);
        diag_hint(b->pDiag, d, "AMC has TIME_WINDOW_START and TIME_WINDOW_END");
      }
    }
    if (e->pFilter) {
      err(b, "AMC017", e->pFilter->span, "FILTER applies to aggregates only");
    }
  }
  if (e->bStar) nArg = 1; /* COUNT(*) */
  if (f && f->kind != FN_PARAM && !(e->bStar && strcasecmp(f->zName, "count") != 0) &&
      (nArg < f->nMin || (f->nMax >= 0 && nArg > f->nMax))) {
    if (f->nMin == f->nMax) {
      err(b, "AMC014", e->span, "%s takes %d argument%s, found %d", zName,
          f->nMin, f->nMin == 1 ? "" : "s", nArg);
    } else if (f->nMax < 0) {
      err(b, "AMC014", e->span, "%s takes at least %d argument%s, found %d",
          zName, f->nMin, f->nMin == 1 ? "" : "s", nArg);
    } else {
      err(b, "AMC014", e->span, "%s takes %d to %d arguments, found %d",
          zName, f->nMin, f->nMax, nArg);
    }
  }
  if (e->bStar && f && strcasecmp(f->zName, "count") != 0) {
    err(b, "AMC014", e->span, "%s(*): only COUNT takes *", zName);
  }
  if (e->bDistinct && f && f->kind != FN_AGGREGATE) {
    err(b, "AMC014", e->span, "DISTINCT applies to aggregates only");
  }
  if (f) check_literal_args(b, e, f->zName);
}

/* a if it is a string literal, else NULL. */
static const Expr *string_literal(const Expr *a) {
  return a && a->kind == EK_LITERAL && a->litKind == LIT_STRING && a->zLit ? a : NULL;
}

/* The string literal argument i of e, or NULL. */
static const Expr *literal_arg(const Expr *e, int i) {
  return string_literal(i < e->args.n ? e->args.a[i] : NULL);
}

/* A literal regex pattern that does not compile: at check time, with its
** position, rather than a run that stops. */
static void check_regex_literal(Binder *b, const Expr *a) {
  char aMsg[160];
  size_t off;
  if (a && sqltext_regex_check(a->zLit, aMsg, sizeof aMsg, &off) < 0) {
    err(b, "AMC014", a->span, "invalid regular expression: %s (at character %zu of the pattern)",
        aMsg, off + 1);
  }
}

/* Arguments AMC needs from a fixed set, given as literals: a DATE_TRUNC
** unit, an EXTRACT field (AMC's documented lists), a regular expression.
** Not time zones: AMC takes any IANA zone and amcq knows only some, so an
** unknown zone stops the run instead (amcq's limit, not AMC's rule). */
static void check_literal_args(Binder *b, const Expr *e, const char *zFunc) {
  const Expr *a;
  if (!strcasecmp(zFunc, "date_trunc") && (a = literal_arg(e, 0)) != NULL &&
      sqlfunc_trunc_unit(a->zLit) < 0) {
    Diag *d = err(b, "AMC014", a->span, "DATE_TRUNC has no unit '%s'", a->zLit);
    diag_hint(b->pDiag, d, "units: SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR");
  } else if (!strcasecmp(zFunc, "extract") && (a = literal_arg(e, 0)) != NULL &&
             !sqlfunc_known_time_part(a->zLit)) {
    Diag *d = err(b, "AMC014", a->span, "EXTRACT has no field '%s'", a->zLit);
    diag_hint(b->pDiag, d,
              "fields: SECOND, MINUTE, HOUR, DAY, DAYOFMONTH, DOW, DAYOFWEEK, WEEK, MONTH, "
              "QUARTER, YEAR");
  } else if (!strncasecmp(zFunc, "regexp_", 7)) {
    check_regex_literal(b, literal_arg(e, 1));
  }
}

/* Does a conjunct of w equate two plain user columns (with bAcross, one
** found outside the subquery being bound and one inside)? */
static int has_user_equality(Binder *b, const Expr *w, int bAcross) {
  const Expr *const *a;
  int n, i;
  if (!w) return 0;
  if (w->kind == EK_AND) {
    a = (const Expr *const *)w->args.a;
    n = w->args.n;
  } else {
    a = &w;
    n = 1;
  }
  for (i = 0; i < n; i++) {
    const Expr *x = a[i];
    if (x->kind != EK_OP || !x->zOp || strcmp(x->zOp, "=") != 0) continue;
    if (bAcross && (!x->pLeft || !x->pRight || x->pLeft->info.bOuter == x->pRight->info.bOuter)) {
      continue;
    }
    /* plain user columns on both sides: MIN(user_id) is one user's id,
    ** not the rows' users */
    if (is_user_column(b, x->pLeft) && is_user_column(b, x->pRight)) return 1;
  }
  return 0;
}

/* Is the relation pRel one of the FROM items of f? */
static int from_has_rel(const FromItem *f, const void *pRel, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return 0;
  if (f->kind == FK_JOIN) {
    return from_has_rel(f->pLeft, pRel, depth + 1) || from_has_rel(f->pRight, pRel, depth + 1);
  }
  return f->pRel == pRel;
}

/* Does x equate a plain user column of f's left side with one of its
** right side? (m.user_id = m.user_id keys a join on nothing.) */
static int user_eq_across(const Binder *b, const Expr *x, const FromItem *f) {
  const void *l, *r;
  if (!x || x->kind != EK_OP || !x->zOp || strcmp(x->zOp, "=") != 0) return 0;
  if (!is_user_column(b, x->pLeft) || !is_user_column(b, x->pRight)) return 0;
  l = x->pLeft->info.pRel;
  r = x->pRight->info.pRel;
  return (from_has_rel(f->pLeft, l, 0) && from_has_rel(f->pRight, r, 0)) ||
         (from_has_rel(f->pLeft, r, 0) && from_has_rel(f->pRight, l, 0));
}

/* The user column zName of f's items, on the side f: 1 when an item
** there has the column and it is a user column (not a column that is
** only named like one). */
static int side_user_col(const Binder *b, const FromItem *f, const char *zName, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return 0;
  if (f->kind == FK_JOIN) {
    return side_user_col(b, f->pLeft, zName, depth + 1) ||
           side_user_col(b, f->pRight, zName, depth + 1);
  }
  if (f->pRel) {
    int k = rel_find(f->pRel, zName);
    if (k >= 0) return bcol_is_user(b, &((const BRel *)f->pRel)->aCol[k]);
  }
  return 0;
}

static int using_user_col(const Binder *b, const FromItem *f, const char *zName) {
  return side_user_col(b, f->pLeft, zName, 0) && side_user_col(b, f->pRight, zName, 0);
}

/* The conjuncts of w (w itself when it is no AND). */
static int conjuncts(const Expr *w, const Expr *const **pa, const Expr **pOne) {
  if (!w) return 0;
  if (w->kind == EK_AND) {
    *pa = (const Expr *const *)w->args.a;
    return w->args.n;
  }
  *pOne = w;
  *pa = pOne;
  return 1;
}

/* Does the join f match its sides on user ids (a conjunct of ON, plain
** user columns, one from each side, or USING a user column of both)? */
static int join_user_keyed(const Binder *b, const FromItem *f) {
  const Expr *const *a, *one;
  int i, n;
  for (i = 0; i < f->using.n; i++) {
    if (using_user_col(b, f, f->using.a[i])) return 1;
  }
  n = conjuncts(f->pOn, &a, &one);
  for (i = 0; i < n; i++) {
    if (user_eq_across(b, a[i], f)) return 1;
  }
  return 0;
}

/* The lineage of the USING column zName on the side f. */
static const Lineage *using_side_lin(Binder *b, const FromItem *f, const char *zName, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return NULL;
  if (f->kind == FK_JOIN) {
    return lin_union(b, using_side_lin(b, f->pLeft, zName, depth + 1),
                     using_side_lin(b, f->pRight, zName, depth + 1));
  }
  if (f->pRel) {
    BRel *r = f->pRel;
    int k = rel_find(r, zName);
    if (k >= 0) return lin_union(b, bind_col_lineage(b, &r->aCol[k]), r->aCol[k].pVal);
  }
  return NULL;
}

static void set_match_leaves(Binder *b, FromItem *f, const Lineage *l, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return;
  if (f->kind == FK_JOIN) {
    set_match_leaves(b, f->pLeft, l, depth + 1);
    set_match_leaves(b, f->pRight, l, depth + 1);
    return;
  }
  if (f->pRel) {
    BRel *r = f->pRel;
    r->pMatchLin = lin_union(b, r->pMatchLin, l);
  }
}

/* An outer join's ON decides whether the side that can go missing is
** there: its columns are steered by what the ON compares (but the user
** ids it matches, which only say the rows are the same person's). */
static const Lineage *outer_join_lin(Binder *b, const FromItem *f) {
  const Expr *const *a, *one;
  const Lineage *l = NULL;
  int i, n;
  n = conjuncts(f->pOn, &a, &one);
  for (i = 0; i < n; i++) {
    if (!user_eq_across(b, a[i], f)) l = lin_union(b, l, all_lin(b, a[i]));
  }
  for (i = 0; i < f->using.n; i++) {
    const Lineage *u = NULL;
    if (using_user_col(b, f, f->using.a[i])) continue;
    u = lin_union(b, using_side_lin(b, f->pLeft, f->using.a[i], 0),
                  using_side_lin(b, f->pRight, f->using.a[i], 0));
    l = lin_union(b, l, u);
  }
  return l;
}

static int side_pure(const FromItem *f, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return 0;
  if (f->kind == FK_JOIN) return side_pure(f->pLeft, depth + 1) && side_pure(f->pRight, depth + 1);
  return f->pRel && ((const BRel *)f->pRel)->bPure;
}

static void note_outer_join(Binder *b, FromItem *f) {
  const Lineage *l;
  if (f->joinKind != JK_LEFT && f->joinKind != JK_RIGHT && f->joinKind != JK_FULL) return;
  /* Matched on user ids, with rows that are each one user's own on both
  ** sides, what else the ON compares is that user's records with each
  ** other (a conversion after the same person's click): as a WHERE
  ** between them would be, it steers nothing. */
  if (join_user_keyed(b, f) && side_pure(f->pLeft, 0) && side_pure(f->pRight, 0)) return;
  l = outer_join_lin(b, f);
  if (!l || !l->n) return;
  if (f->joinKind != JK_RIGHT) set_match_leaves(b, f->pRight, l, 0);
  if (f->joinKind != JK_LEFT) set_match_leaves(b, f->pLeft, l, 0);
}

/* Union-find over a query's FROM items, for from_pure. */
static int uf_find(int *a, int i) {
  while (a[i] != i) i = a[i] = a[a[i]];
  return i;
}

static int rel_index(const Scope *s, const void *pRel) {
  int i;
  for (i = 0; i < s->nRel; i++) {
    if (s->aRel[i] == pRel) return i;
  }
  return -1;
}

static void uf_user_eqs(const Binder *b, const Scope *s, int *uf, const Expr *w) {
  const Expr *const *a;
  const Expr *one;
  int i, n = conjuncts(w, &a, &one);
  for (i = 0; i < n; i++) {
    const Expr *x = a[i];
    int l, r;
    if (!x || x->kind != EK_OP || !x->zOp || strcmp(x->zOp, "=") != 0) continue;
    if (!is_user_column(b, x->pLeft) || !is_user_column(b, x->pRight)) continue;
    l = rel_index(s, x->pLeft->info.pRel);
    r = rel_index(s, x->pRight->info.pRel);
    if (l >= 0 && r >= 0) uf[uf_find(uf, l)] = uf_find(uf, r);
  }
}

static void uf_joins(const Binder *b, const Scope *s, int *uf, const FromItem *f, int depth) {
  int i;
  if (!f || f->kind != FK_JOIN || depth > PARSE_MAX_DEPTH) return;
  uf_joins(b, s, uf, f->pLeft, depth + 1);
  uf_joins(b, s, uf, f->pRight, depth + 1);
  uf_user_eqs(b, s, uf, f->pOn);
  for (i = 0; i < f->using.n; i++) {
    int k, first = -1;
    if (!using_user_col(b, f, f->using.a[i])) continue;
    for (k = 0; k < s->nRel; k++) {
      if (rel_find(s->aRel[k], f->using.a[i]) < 0 ||
          (!from_has_rel(f->pLeft, s->aRel[k], 0) && !from_has_rel(f->pRight, s->aRel[k], 0))) {
        continue;
      }
      if (first < 0) first = k;
      else uf[uf_find(uf, k)] = uf_find(uf, first);
    }
  }
}

/* Are the rows of p's FROM clause each about one user, with no value from
** elsewhere than literals (BRel.bPure)? Every item pure, every item of a
** join with user data, and the items equated on user ids (ON, USING or
** WHERE). */
static int from_pure(const Binder *b, const Scope *s, const Select *p) {
  int *uf, i, root = -1, bPure = 1;
  if (s->nRel == 0) return 1;
  uf = ARENA_ARRAY(b->pArena, int, s->nRel);
  for (i = 0; i < s->nRel; i++) {
    uf[i] = i;
    if (!s->aRel[i]->bPure) bPure = 0;
  }
  if (!bPure) return 0;
  for (i = 0; i < p->nFrom; i++) uf_joins(b, s, uf, p->aFrom[i], 0);
  uf_user_eqs(b, s, uf, p->pWhere);
  /* Beside another item, one without users (VALUES, a lookup table) can
  ** put any row, an alphabet or a list of probes, next to a user's rows. */
  for (i = 0; i < s->nRel; i++) {
    if (!s->aRel[i]->nPath) {
      if (s->nRel > 1) return 0;
      continue;
    }
    if (root < 0) root = uf_find(uf, i);
    else if (uf_find(uf, i) != root) return 0;
  }
  return 1;
}

/* A correlated subquery whose WHERE requires an inner user id to equal an
** outer one asks about the outer row's own users. */
static void note_user_keyed(Binder *b, Select *q) {
  SelBind *sb = q->pBind;
  if (sb->bCorrelated && q->kind == SK_SELECT && has_user_equality(b, q->pWhere, 1)) {
    sb->bUserKeyed = 1;
  }
}

static int cls_capped(const Lineage *l) {
  int c = l && l->n ? (int)l->maxCls : (int)CLS_NONE;
  return c > (int)CLS_HIGH ? (int)CLS_HIGH : c;
}

/* Does e name a column of an enclosing query? */
static int has_outer_col(const Expr *e, int depth) {
  int i;
  if (!e) return 0;
  if (depth > PARSE_MAX_DEPTH) return 1;
  if (e->kind == EK_COLUMN && e->info.bOuter) return 1;
  if (has_outer_col(e->pLeft, depth + 1) || has_outer_col(e->pRight, depth + 1) ||
      has_outer_col(e->pEscape, depth + 1) || has_outer_col(e->pFilter, depth + 1) ||
      has_outer_col(e->pCaseArg, depth + 1) || has_outer_col(e->pElse, depth + 1)) {
    return 1;
  }
  for (i = 0; i < e->args.n; i++) {
    if (has_outer_col(e->args.a[i], depth + 1)) return 1;
  }
  for (i = 0; i < e->nWhen; i++) {
    if (has_outer_col(e->aWhen[i].pWhen, depth + 1) || has_outer_col(e->aWhen[i].pThen, depth + 1)) {
      return 1;
    }
  }
  return 0;
}

/* What a subquery compares with the outer row: the value it gives (IN,
** ANY, a scalar) and the conditions of its WHERE that name outer
** columns. The subquery as a contribution needs the users that class
** needs (BPath.cls), whatever the outer columns reveal: rows kept by a
** test against one person's dma_code are about that dma_code. */
static void note_decides(Binder *b, Expr *e, const BRel *r) {
  SelBind *sb = e->pSub->pBind;
  const Lineage *l = NULL;
  const Expr *const *a, *one;
  int i, n;
  if (sb->bUserKeyed) return;
  if (e->subKind != SUB_EXISTS && r && r->nCol >= 1) {
    l = lin_union(b, r->aCol[0].pLin, r->aCol[0].pVal);
  }
  if (e->pSub->kind == SK_SELECT) {
    n = conjuncts(e->pSub->pWhere, &a, &one);
    for (i = 0; i < n; i++) {
      if (has_outer_col(a[i], 0)) l = lin_union(b, l, all_lin(b, a[i]));
    }
  }
  /* Whether it finds anything is decided by its filters too: an EXISTS
  ** whose WHERE tests a character of user_id decides on user_id. */
  if (r) l = lin_union(b, l, r->pRowLin);
  sb->clsDecides = cls_capped(l);
}

static void bind_subquery(Binder *b, Scope *s, Expr *e, int flags) {
  BRel *r;
  if (e->pLeft) {
    bind_expr(b, s, e->pLeft, flags);
    join_info(b, e, e->pLeft, 1);
  }
  if (b->nSubq < (int)(sizeof b->apSubq / sizeof b->apSubq[0])) {
    b->apSubq[b->nSubq] = e->pSub;
    b->aSubqLevel[b->nSubq] = s->iLevel;
    b->nSubq++;
    r = bind_select(b, s, s, e->pSub);
    b->nSubq--;
  } else {
    /* deeper than any real query: take it as correlated */
    r = bind_select(b, s, s, e->pSub);
    if (e->pSub && e->pSub->pBind) ((SelBind *)e->pSub->pBind)->bCorrelated = 1;
  }
  if (e->pSub && e->pSub->pBind) {
    note_user_keyed(b, e->pSub);
    /* user_id IN (SELECT user_id ...) asks about the row's own user */
    if (e->subKind == SUB_IN && r && r->nCol >= 1 && is_user_column(b, e->pLeft) &&
        bcol_is_user(b, &r->aCol[0])) {
      ((SelBind *)e->pSub->pBind)->bUserKeyed = 1;
    }
    note_decides(b, e, r);
  }
  if (!r) return;
  if (e->subKind != SUB_EXISTS && r->nCol != 1) {
    err(b, "AMC015", e->pSub->span, "a subquery used as a value must return "
        "one column; this one returns %d", r->nCol);
  }
  if (e->subKind == SUB_EXISTS || r->nCol < 1) return;
  e->info.pLin = lin_union(b, e->info.pLin, r->aCol[0].pLin);
  e->info.pVal = lin_union(b, e->info.pVal, r->aCol[0].pVal);
  e->info.bConst |= r->aCol[0].bConst;
  /* a scalar subquery is its column; IN, ANY and ALL compare (check.c) */
  if (e->subKind == SUB_SCALAR || e->subKind == SUB_ARRAY) {
    e->info.bMixed = r->aCol[0].bMixed;
    e->info.bFused = r->aCol[0].bFused;
  }
}

int bind_string_type(const TypeName *t) {
  static const char *const az[] = {"varchar", "text", "string", "bpchar", "char"};
  size_t i;
  if (!t || !t->zName || t->nArrayDim) return 0;
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strcmp(t->zName, az[i]) == 0) return 1;
  }
  return 0;
}

static void bind_expr_inner(Binder *b, Scope *s, Expr *e, int flags) {
  int i;
  Meet m;
  memset(&m, 0, sizeof m);
  switch (e->kind) {
    case EK_COLUMN:
      bind_column(b, s, e, flags);
      break;
    case EK_STAR:
      /* Outside a select list (ROW(t.*) and the like): every column, a
      ** value built from all of them. */
      for (i = 0; i < s->nRel; i++) {
        int k;
        if (e->name.n && (!s->aRel[i]->zAlias ||
                          strcasecmp(s->aRel[i]->zAlias, e->name.a[e->name.n - 1]) != 0)) {
          continue;
        }
        for (k = 0; k < s->aRel[i]->nCol; k++) {
          BCol *c = &s->aRel[i]->aCol[k];
          e->info.pLin = lin_union(b, e->info.pLin, bind_col_lineage(b, c));
          e->info.pVal = lin_union(b, e->info.pVal, c->pVal);
          e->info.bConst |= c->bConst;
          meet_add_raw(&m, lineage_has(b->pPol, c->pVal, CLS_HIGH), c->bConst,
                       c->bMixed || c->bFused, e);
        }
      }
      e->info.bMixed = meet_holds(&m);
      break;
    case EK_LITERAL:
      /* NULL is no value to compare with (x = NULL is never true). */
      e->info.bConst = e->litKind != LIT_NULL;
      break;
    case EK_PARAM:
      e->info.bConst = 1;
      break;
    case EK_DEFAULT:
      break;
    case EK_NULLTEST:
      /* x IS [NOT] NULL reveals nothing of x's value, only what decides
      ** whether x is NULL (null_lin), as steering. */
      bind_expr(b, s, e->pLeft, flags);
      e->info.bAgg = e->pLeft->info.bAgg;
      e->info.bWin = e->pLeft->info.bWin;
      e->info.pLin = null_lin(b, e->pLeft, NL_NULL, 0);
      break;
    case EK_OP:
    case EK_NOT:
    case EK_BOOLTEST:
    case EK_CAST:
    case EK_LIKE:
    case EK_SUBSCRIPT:
      if (e->pLeft) {
        bind_expr(b, s, e->pLeft, flags);
        join_info(b, e, e->pLeft, 1);
        meet_add(b->pPol, &m, e->pLeft, 1);
      }
      if (e->pRight) {
        bind_expr(b, s, e->pRight, flags);
        join_info(b, e, e->pRight, 1);
        meet_add(b->pPol, &m, e->pRight, 1);
      }
      if (e->pEscape) {
        bind_expr(b, s, e->pEscape, flags);
        join_info(b, e, e->pEscape, 0);
      }
      if (e->kind == EK_LIKE && e->likeKind == LIKE_SIMILAR) {
        check_regex_literal(b, string_literal(e->pRight));
      }
      /* Arithmetic and || build their value; a CAST to a string rewrites
      ** it. Comparisons, tests, lookups and other casts tell values apart
      ** (check.c): their result is a fresh value. */
      if ((e->kind == EK_OP && bind_op_builds(e->zOp)) ||
          (e->kind == EK_CAST && bind_string_type(e->pType))) {
        Expr *aOp[2];
        aOp[0] = e->pLeft;
        aOp[1] = e->pRight;
        e->info.bMixed = meet_holds(&m);
        if (e->info.bMixed && (e->kind == EK_CAST || op_fuses(e->zOp)) &&
            operands_fuse(b->pPol, aOp, 2)) {
          e->info.bMixed = 0;
          e->info.bFused = 1;
        }
      }
      break;
    case EK_AND:
    case EK_OR:
      bind_list(b, s, e, &e->args, flags, NULL);
      break;
    case EK_ARRAY:
    case EK_ROW:
      bind_list(b, s, e, &e->args, flags, &m);
      e->info.bMixed = meet_holds(&m);
      break;
    case EK_IN:
    case EK_BETWEEN:
      bind_expr(b, s, e->pLeft, flags);
      join_info(b, e, e->pLeft, 1);
      bind_list(b, s, e, &e->args, flags, NULL);
      break;
    case EK_CASE:
      /* The operand and the conditions steer; the branches build. */
      if (e->pCaseArg) {
        bind_expr(b, s, e->pCaseArg, flags);
        join_info(b, e, e->pCaseArg, 0);
      }
      for (i = 0; i < e->nWhen; i++) {
        bind_expr(b, s, e->aWhen[i].pWhen, flags);
        join_info(b, e, e->aWhen[i].pWhen, 0); /* conditions: lineage only */
        bind_expr(b, s, e->aWhen[i].pThen, flags);
        join_info(b, e, e->aWhen[i].pThen, 1);
        meet_add(b->pPol, &m, e->aWhen[i].pThen, 1);
      }
      if (e->pElse) {
        bind_expr(b, s, e->pElse, flags);
        join_info(b, e, e->pElse, 1);
        meet_add(b->pPol, &m, e->pElse, 1);
      }
      e->info.bMixed = meet_holds(&m);
      break;
    case EK_FUNC:
      bind_func(b, s, e, flags);
      break;
    case EK_SUBQUERY:
      bind_subquery(b, s, e, flags);
      break;
  }
}

static void bind_expr(Binder *b, Scope *s, Expr *e, int flags) {
  if (!e) return;
  if (!enter(b, e->span)) {
    b->depth--;
    return;
  }
  memset(&e->info, 0, sizeof e->info);
  e->info.iCol = -1;
  bind_expr_inner(b, s, e, flags);
  e->info.bBound = 1;
  b->depth--;
}

/* ---------------------------------------------------------------------- */
/* FROM                                                                    */

static BCte *find_cte(Scope *s, const char *zName) {
  for (; s; s = s->pCteUp) {
    int i;
    for (i = s->nCte - 1; i >= 0; i--) {
      if (strcasecmp(s->aCte[i].zName, zName) == 0) return &s->aCte[i];
    }
  }
  return NULL;
}

/* Append the paths of x to r's. */
static void paths_add(Binder *b, BRel *r, const BRel *x) {
  BPath *a;
  if (!x || !x->nPath) return;
  a = ARENA_ARRAY(b->pArena, BPath, r->nPath + x->nPath);
  if (r->nPath) memcpy(a, r->aPath, sizeof(BPath) * (size_t)r->nPath);
  memcpy(a + r->nPath, x->aPath, sizeof(BPath) * (size_t)x->nPath);
  r->aPath = a;
  r->nPath += x->nPath;
}

/* Give r fresh path ids: a second reference to a CTE reads its tables
** again, and each reading is a path of its own. */
static void paths_renumber(Binder *b, BRel *r) {
  BPath *a;
  int i;
  if (!r->nPath) return;
  a = ARENA_ARRAY(b->pArena, BPath, r->nPath);
  for (i = 0; i < r->nPath; i++) {
    a[i] = r->aPath[i];
    a[i].id = ++b->nPath;
  }
  r->aPath = a;
}

/* A copy of r under another name (each FROM occurrence is its own). */
static BRel *rel_copy(Binder *b, const BRel *r, const char *zAlias,
                      const char *zWhat) {
  BRel *c = rel_new(b, zAlias, zWhat);
  int i;
  c->gran = r->gran;
  c->iTable = r->iTable;
  c->bOpen = r->bOpen;
  c->bAudience = r->bAudience;
  c->bUserData = r->bUserData;
  c->bPure = r->bPure;
  c->pRowLin = r->pRowLin;
  c->aPath = r->aPath;
  c->nPath = r->nPath;
  for (i = 0; i < r->nCol; i++) {
    BCol *k = rel_add(b, c, r->aCol[i].zName);
    *k = r->aCol[i];
  }
  return c;
}

/* Rename the columns of r after an alias column list; reports a count
** mismatch. */
static void apply_col_aliases(Binder *b, BRel *r, const NameList *l,
                              Span at, const char *zWhat) {
  int i;
  if (!l->n) return;
  if (l->n > r->nCol && !r->bOpen) {
    err(b, "AMC015", at, "%s has %d column%s but %d names are given", zWhat,
        r->nCol, r->nCol == 1 ? "" : "s", l->n);
  }
  for (i = 0; i < l->n && i < r->nCol; i++) r->aCol[i].zName = l->a[i];
}

static BRel *bind_table(Binder *b, Scope *s, FromItem *f) {
  const char *zAlias = f->zAlias ? f->zAlias : f->zName;
  BCte *c = f->zSchema ? NULL : find_cte(s, f->zName);
  const PTable *t;
  BRel *r;
  int i;
  if (c) {
    if (!c->pRel) {
      if (c->bRecursive) {
        r = rel_new(b, zAlias, f->zName);
        r->bOpen = 1;
        return r;
      }
      err(b, "AMC009", f->nameSpan, "CTE \"%s\" refers to itself: recursive "
          "queries are not supported in AMC SQL", f->zName);
      r = rel_new(b, zAlias, f->zName);
      r->bOpen = 1;
      return r;
    }
    r = rel_copy(b, c->pRel, zAlias,
                 arena_strdup(b->pArena, util_strieq(zAlias, f->zName) ? f->zName : zAlias));
    {
      char *z = util_mprintf("CTE %s", f->zName);
      r->zWhat = arena_strdup(b->pArena, z);
      free(z);
    }
    apply_col_aliases(b, r, &f->colAlias, f->span, r->zWhat);
    if (c->nRef++ > 0) paths_renumber(b, r);
    return r;
  }
  t = f->zSchema ? NULL : policy_table(b->pPol, f->zName);
  if (!t && f->pExtend && f->pExtend->bBad) {
    r = rel_new(b, zAlias, f->zName); /* reported by the dialect */
    r->bOpen = 1;
    r->gran = GRAN_USER;
    return r;
  }
  if (!t) {
    Suggest g = {NULL, 99, f->zName};
    Scope *x;
    Diag *d;
    for (i = 0; i < b->pPol->nTable; i++) suggest(&g, b->pPol->aTable[i].zName);
    for (x = s; x; x = x->pCteUp) {
      int k;
      for (k = 0; k < x->nCte; k++) suggest(&g, x->aCte[k].zName);
    }
    if (f->zSchema) {
      d = err(b, "AMC010", f->nameSpan, "unknown table %s.%s: AMC tables have "
              "no schema", f->zSchema, f->zName);
    } else if (f->pExtend) {
      d = err(b, "AMC010", f->nameSpan, "unknown table '%s' in "
              "EXTEND_TIME_WINDOW", f->zName);
    } else {
      d = err(b, "AMC010", f->nameSpan, "unknown table %s", f->zName);
    }
    if (g.zBest) diag_hint(b->pDiag, d, "did you mean %s?", g.zBest);
    else diag_hint(b->pDiag, d, "amcq knows AMC's documented tables, the "
                                "tables of --policy files and the first-party "
                                "tables of a --db fixture");
    r = rel_new(b, zAlias, f->zName);
    r->bOpen = 1;
    r->gran = GRAN_USER; /* conservative: could be anything */
    b->nNameErrors++;
    return r;
  }
  r = rel_new(b, zAlias, t->zName);
  r->iTable = (int)(t - b->pPol->aTable);
  r->bOpen = !t->bColumnsKnown;
  r->bAudience = t->bAudience;
  r->bUserData = !t->bAudience && t->iUserCol >= 0;
  r->gran = t->iUserCol >= 0 ? GRAN_USER : GRAN_AGG;
  r->bPure = t->iUserCol >= 0; /* a table without users holds any values */
  if (t->bAudience) b->bAudience = 1;
  if (r->bUserData) b->bUserData = 1;
  /* an audience query reads audience and first-party tables only */
  if (!t->bAudience && !t->bFirstParty && !b->zAnalytics) b->zAnalytics = t->zName;
  if (t->iUserCol >= 0) {
    BPath *pp = ARENA_NEW(b->pArena, BPath);
    pp->iTable = r->iTable;
    pp->id = ++b->nPath;
    r->aPath = pp;
    r->nPath = 1;
  }
  r->aCol = ARENA_ARRAY(b->pArena, BCol, t->nCol ? t->nCol : 1);
  r->nColCap = t->nCol ? t->nCol : 1;
  for (i = 0; i < t->nCol; i++) {
    BCol *k = rel_add(b, r, t->aCol[i].zName);
    k->iTable = r->iTable;
    k->iCol = i;
    /* The advertiser wrote a first-party table: its values are chosen
    ** like literals, and meet AMC's sensitive values under the literal
    ** rule (a table of hex prefixes compared with user_id would spell
    ** ids out). Its user column meets a user id by equality only
    ** (check.c, ids_equal). */
    k->bConst = t->bFirstParty;
  }
  if (f->colAlias.n) apply_col_aliases(b, r, &f->colAlias, f->span, t->zName);
  if (f->pExtend && t->iEventTime < 0) {
    Diag *d = err(b, "AMC008", f->pExtend->span, "%s has no event time: "
                  "EXTEND_TIME_WINDOW does not apply to it", t->zName);
    diag_hint(b->pDiag, d, "read the table directly");
  }
  return r;
}

static void bind_from(Binder *b, Scope *s, Scope *pCteScope, FromItem *f,
                      Scope *pOuter);

static void bind_from_item(Binder *b, Scope *s, Scope *pCteScope, FromItem *f,
                           Scope *pOuter) {
  BRel *r = NULL;
  if (!f) return;
  if (!enter(b, f->span)) {
    b->depth--;
    return;
  }
  switch (f->kind) {
    case FK_TABLE:
      r = bind_table(b, pCteScope, f);
      break;
    case FK_SUBQUERY: {
      BRel *q = bind_select(b, pCteScope, f->bLateral ? s : pOuter, f->pSelect);
      if (q) {
        r = rel_copy(b, q, f->zAlias, f->zAlias ? f->zAlias : "a subquery");
        if (f->zAlias) {
          char *z = util_mprintf("subquery %s", f->zAlias);
          r->zWhat = arena_strdup(b->pArena, z);
          free(z);
        }
        apply_col_aliases(b, r, &f->colAlias, f->span, r->zWhat);
      }
      break;
    }
    case FK_JOIN: {
      int i;
      bind_from(b, s, pCteScope, f->pLeft, pOuter);
      bind_from(b, s, pCteScope, f->pRight, pOuter);
      for (i = 0; i < f->using.n; i++) {
        /* Both sides must have the column. */
        int nHave = 0, k;
        for (k = 0; k < s->nRel; k++) {
          if (rel_find(s->aRel[k], f->using.a[i]) >= 0 || s->aRel[k]->bOpen) nHave++;
        }
        if (nHave < 2) {
          Span at = f->using.aSpan[i].iStart != NO_POS ? f->using.aSpan[i] : f->span;
          err(b, "AMC011", at, "USING column \"%s\" is not in both joined "
              "relations", f->using.a[i]);
        }
        scope_add_using(s, f->using.a[i]);
      }
      if (f->pOn) {
        const char *zSave = s->zClause;
        s->zClause = "JOIN ... ON";
        bind_expr(b, s, f->pOn, 0);
        s->zClause = zSave;
      }
      note_outer_join(b, f);
      break;
    }
    case FK_FUNCTION: {
      int i;
      const char *zSave = s->zClause;
      r = rel_new(b, f->zAlias, "a table function");
      s->zClause = "FROM";
      for (i = 0; i < f->funcs.n; i++) {
        BCol *c;
        bind_expr(b, s, f->funcs.a[i], 0);
        c = rel_add(b, r, f->colAlias.n > i ? f->colAlias.a[i]
                          : (f->zAlias ? f->zAlias : f->funcs.a[i]->zFunc));
        c->pLin = f->funcs.a[i]->info.pLin;
        c->pVal = f->funcs.a[i]->info.pVal;
        c->bConst = f->funcs.a[i]->info.bConst;
        c->bMixed = f->funcs.a[i]->info.bMixed;
        c->bFused = f->funcs.a[i]->info.bFused;
      }
      s->zClause = zSave;
      r->gran = GRAN_USER; /* EXPLODE multiplies rows */
      break;
    }
  }
  if (r) {
    int k;
    for (k = 0; r->zAlias && k < s->nRel; k++) {
      if (s->aRel[k]->zAlias && strcasecmp(s->aRel[k]->zAlias, r->zAlias) == 0) {
        Diag *d = err(b, "AMC016", f->aliasSpan.iStart != NO_POS ? f->aliasSpan : f->span,
                      "the name \"%s\" is used twice in one FROM clause", r->zAlias);
        diag_hint(b->pDiag, d, "give each table a distinct alias");
        break;
      }
    }
    f->pRel = r;
    scope_add_rel(s, r);
  }
  b->depth--;
}

static void bind_from(Binder *b, Scope *s, Scope *pCteScope, FromItem *f,
                      Scope *pOuter) {
  bind_from_item(b, s, pCteScope, f, pOuter);
}

/* ---------------------------------------------------------------------- */
/* Grouping                                                                */

static int expr_equal(const Expr *x, const Expr *y);

static int list_equal(const ExprList *x, const ExprList *y) {
  int i;
  if (x->n != y->n) return 0;
  for (i = 0; i < x->n; i++) {
    if (!expr_equal(x->a[i], y->a[i])) return 0;
  }
  return 1;
}

static int str_eq(const char *a, const char *b) {
  if (!a || !b) return a == b;
  return strcasecmp(a, b) == 0;
}

/* Structural equality of bound expressions, spans ignored. */
static int expr_equal(const Expr *x, const Expr *y) {
  int i;
  if (x == y) return 1;
  if (!x || !y || x->kind != y->kind) return 0;
  switch (x->kind) {
    case EK_COLUMN:
      return x->info.pRel == y->info.pRel && x->info.iCol == y->info.iCol &&
             x->info.pRel != NULL;
    case EK_LITERAL:
      return x->litKind == y->litKind && str_eq(x->zLit, y->zLit);
    case EK_FUNC:
      if (!str_eq(x->zFunc, y->zFunc) || x->bStar != y->bStar ||
          x->bDistinct != y->bDistinct || (x->pOver != NULL) != (y->pOver != NULL) ||
          x->pOver || x->pFilter || y->pFilter) {
        return 0;
      }
      return list_equal(&x->args, &y->args);
    case EK_CASE:
      if (x->nWhen != y->nWhen || !expr_equal(x->pCaseArg, y->pCaseArg) ||
          !expr_equal(x->pElse, y->pElse)) {
        return 0;
      }
      for (i = 0; i < x->nWhen; i++) {
        if (!expr_equal(x->aWhen[i].pWhen, y->aWhen[i].pWhen) ||
            !expr_equal(x->aWhen[i].pThen, y->aWhen[i].pThen)) {
          return 0;
        }
      }
      return 1;
    case EK_CAST:
      return expr_equal(x->pLeft, y->pLeft) &&
             str_eq(x->pType->zName, y->pType->zName);
    case EK_SUBQUERY:
      return 0;
    default:
      return str_eq(x->zOp, y->zOp) && x->bNot == y->bNot &&
             x->likeKind == y->likeKind && x->boolTest == y->boolTest &&
             expr_equal(x->pLeft, y->pLeft) && expr_equal(x->pRight, y->pRight) &&
             expr_equal(x->pEscape, y->pEscape) && list_equal(&x->args, &y->args);
  }
}

typedef struct GroupCheck {
  Binder *b;
  Scope *s;
  SelBind *sb;
  int nReported;
} GroupCheck;

/* Report column references of e that are neither grouped nor inside an
** aggregate. */
static void check_grouped(GroupCheck *g, const Expr *e, int depth) {
  int i;
  if (!e || depth > PARSE_MAX_DEPTH || g->nReported > 20) return;
  for (i = 0; i < g->sb->nKey; i++) {
    if (expr_equal(e, g->sb->aKey[i])) return;
  }
  switch (e->kind) {
    case EK_COLUMN: {
      int k;
      int bHere = 0;
      if (e->info.pRel == g->s->pTargets) return; /* alias of a target */
      for (k = 0; k < g->s->nRel; k++) {
        if (g->s->aRel[k] == e->info.pRel) bHere = 1;
      }
      if (!bHere) return; /* outer reference: a constant here */
      {
        Diag *d = err(g->b, "AMC018", e->span, "column \"%s\" must be in GROUP "
                      "BY or inside an aggregate", e->name.a[e->name.n - 1]);
        diag_hint(g->b->pDiag, d, "add it to GROUP BY, or aggregate it "
                                  "(MIN, MAX, SUM, COUNT ...)");
        g->nReported++;
      }
      return;
    }
    case EK_FUNC: {
      const PFunc *f = e->info.pFunc;
      if (!f) return; /* unknown: already reported */
      if (f->kind == FN_AGGREGATE && !e->pOver) return;
      for (i = 0; i < e->args.n; i++) check_grouped(g, e->args.a[i], depth + 1);
      if (e->pOver) {
        for (i = 0; i < e->pOver->partition.n; i++) check_grouped(g, e->pOver->partition.a[i], depth + 1);
        for (i = 0; i < e->pOver->order.n; i++) check_grouped(g, e->pOver->order.a[i].pExpr, depth + 1);
      }
      return;
    }
    case EK_SUBQUERY:
      check_grouped(g, e->pLeft, depth + 1);
      return;
    case EK_CASE:
      check_grouped(g, e->pCaseArg, depth + 1);
      for (i = 0; i < e->nWhen; i++) {
        check_grouped(g, e->aWhen[i].pWhen, depth + 1);
        check_grouped(g, e->aWhen[i].pThen, depth + 1);
      }
      check_grouped(g, e->pElse, depth + 1);
      return;
    default:
      check_grouped(g, e->pLeft, depth + 1);
      check_grouped(g, e->pRight, depth + 1);
      check_grouped(g, e->pEscape, depth + 1);
      for (i = 0; i < e->args.n; i++) check_grouped(g, e->args.a[i], depth + 1);
      return;
  }
}

/* ---------------------------------------------------------------------- */
/* Equalities: what a filter equates a column with                         */

static int scope_has_rel(const Scope *s, const void *pRel) {
  int i;
  for (i = 0; i < s->nRel; i++) {
    if (s->aRel[i] == pRel) return 1;
  }
  return 0;
}

static void add_eq(Scope *s, const Expr *col, const Lineage *pLin, int bConst) {
  int i;
  if (!col || col->kind != EK_COLUMN || !col->info.pRel || col->info.iCol < 0 ||
      (!bConst && (!pLin || !pLin->n)) || !scope_has_rel(s, col->info.pRel)) {
    return;
  }
  /* an identifier compared with something reveals nothing more than
  ** itself, and a literal compared with it is rejected where it meets it */
  if (col->info.pVal && col->info.pVal->maxCls >= CLS_VERY_HIGH) return;
  for (i = 0; i < s->nEq; i++) {
    const Lineage *q = s->aEq[i].pLin;
    if (s->aEq[i].pRel == col->info.pRel && s->aEq[i].iCol == col->info.iCol &&
        s->aEq[i].bConst == bConst &&
        (q == pLin || ((q ? q->n : 0) == (pLin ? pLin->n : 0) &&
                       (!pLin || !pLin->n || memcmp(q->a, pLin->a, sizeof q->a[0] * (size_t)pLin->n) == 0)))) {
      return; /* known (a second pass meets it again) */
    }
  }
  if (s->nEq == s->nEqCap) {
    s->nEqCap = s->nEqCap ? s->nEqCap * 2 : 8;
    s->aEq = xrealloc(s->aEq, sizeof *s->aEq * (size_t)s->nEqCap);
  }
  s->aEq[s->nEq].pRel = col->info.pRel;
  s->aEq[s->nEq].iCol = col->info.iCol;
  s->aEq[s->nEq].pLin = pLin;
  s->aEq[s->nEq].bConst = bConst;
  s->nEq++;
}

/* Every column reference inside operand e (not inside its subqueries)
** gains what the other operands of a comparison bring. A pin (bConst)
** only reaches a column the operand is, perhaps cast: x = 10023 pins x,
** LENGTH(x) = 5 does not. */
static void add_eq_deep(Scope *s, const Expr *e, const Lineage *pLin, int bConst, int depth) {
  int i;
  if (!e || depth > 64) return;
  if (e->kind == EK_COLUMN) {
    add_eq(s, e, pLin, bConst);
    return;
  }
  if (e->kind == EK_CAST) {
    add_eq_deep(s, e->pLeft, pLin, bConst, depth + 1);
    return;
  }
  bConst = 0;
  if (e->kind == EK_SUBQUERY) {
    add_eq_deep(s, e->pLeft, pLin, bConst, depth + 1);
    return;
  }
  add_eq_deep(s, e->pLeft, pLin, bConst, depth + 1);
  add_eq_deep(s, e->pRight, pLin, bConst, depth + 1);
  add_eq_deep(s, e->pEscape, pLin, bConst, depth + 1);
  for (i = 0; i < e->args.n; i++) add_eq_deep(s, e->args.a[i], pLin, bConst, depth + 1);
  add_eq_deep(s, e->pCaseArg, pLin, bConst, depth + 1);
  for (i = 0; i < e->nWhen; i++) {
    add_eq_deep(s, e->aWhen[i].pWhen, pLin, bConst, depth + 1);
    add_eq_deep(s, e->aWhen[i].pThen, pLin, bConst, depth + 1);
  }
  add_eq_deep(s, e->pElse, pLin, bConst, depth + 1);
}

/* Operands a[0..n) compared with each other: each one's columns gain the
** others' lineage, and a literal among the others pins them. */
static void note_group(Binder *b, Scope *s, const Expr *const *a, int n, const Lineage *pExtra,
                       int bExtraConst, int bPins) {
  int i, j;
  for (i = 0; i < n; i++) {
    const Lineage *pLin = pExtra;
    int bConst = bExtraConst;
    if (!a[i]) continue;
    for (j = 0; j < n; j++) {
      if (j == i || !a[j]) continue;
      pLin = lin_union(b, pLin, a[j]->info.pLin);
      bConst |= a[j]->info.bConst;
    }
    add_eq_deep(s, a[i], pLin, bPins && bConst, 0);
  }
}

/* What rows passing cond satisfy: every comparison in it, at any depth
** (x = y, x BETWEEN y AND y, x IN (y), x LIKE y, NOT (x <> y), a search
** function, CASE x WHEN y), makes each side's columns reveal the other
** side, and pins them where the other side is a literal: a filter that
** rows passed ties their values to what they were compared with. A
** subquery's own filter counts where it compares an outer column (EXISTS,
** IN); bInner: cond is such a filter, and only columns of s are noted. */
static void note_equalities(Binder *b, Scope *s, const Expr *cond, int bInner, int depth,
                            int bTop) {
  int i;
  const Expr *aOp[2];
  if (!cond || depth > 64) return;
  switch (cond->kind) {
    case EK_OP:
      if (!bind_op_builds(cond->zOp) && cond->pLeft && cond->pRight) {
        aOp[0] = cond->pLeft;
        aOp[1] = cond->pRight;
        note_group(b, s, aOp, 2, NULL, 0, bTop);
      }
      break;
    case EK_IN:
    case EK_BETWEEN:
      for (i = 0; i < cond->args.n; i++) {
        aOp[0] = cond->pLeft;
        aOp[1] = cond->args.a[i];
        note_group(b, s, aOp, 2, NULL, 0, bTop);
      }
      break;
    case EK_LIKE:
      aOp[0] = cond->pLeft;
      aOp[1] = cond->pRight;
      note_group(b, s, aOp, 2, NULL, 0, bTop);
      break;
    case EK_CASE:
      for (i = 0; cond->pCaseArg && i < cond->nWhen; i++) {
        aOp[0] = cond->pCaseArg;
        aOp[1] = cond->aWhen[i].pWhen;
        note_group(b, s, aOp, 2, NULL, 0, bTop);
      }
      break;
    case EK_FUNC: {
      const PFunc *f = cond->info.pFunc;
      if (f && f->bCompares && f->kind == FN_SCALAR && cond->args.n <= 32) {
        const Expr *aArg[32];
        int n = 0;
        for (i = 0; i < cond->args.n; i++) {
          unsigned bit = 1u << i;
          if ((f->posMask | f->kwMask | f->condMask | f->nullMask) & bit) continue;
          if (f->cmpMask && !(f->cmpMask & bit)) continue;
          aArg[n++] = cond->args.a[i];
        }
        note_group(b, s, aArg, n, NULL, 0, bTop);
      }
      break;
    }
    case EK_SUBQUERY:
      if (!cond->pSub) return;
      if ((cond->subKind == SUB_IN || cond->subKind == SUB_ANY || cond->subKind == SUB_ALL) &&
          cond->pSub->pBind && !bInner) {
        const BRel *r = ((const SelBind *)cond->pSub->pBind)->pOut;
        if (r && r->nCol >= 1) {
          add_eq_deep(s, cond->pLeft, r->aCol[0].pLin, bTop && r->aCol[0].bConst, 0);
        }
      }
      if (cond->pSub->kind == SK_SELECT) {
        /* a positive EXISTS or IN conjunct's own conjuncts hold for it */
        note_equalities(b, s, cond->pSub->pWhere, 1, depth + 1, bTop && !cond->bNot);
      }
      note_equalities(b, s, cond->pLeft, bInner, depth + 1, 0);
      return;
    default:
      break;
  }
  /* comparisons nested anywhere: under AND (still conjuncts: pins), OR,
  ** NOT, CASE, functions (lineage only) */
  {
    int bAnd = bTop && cond->kind == EK_AND;
    note_equalities(b, s, cond->pLeft, bInner, depth + 1, 0);
    note_equalities(b, s, cond->pRight, bInner, depth + 1, 0);
    for (i = 0; i < cond->args.n; i++) {
      note_equalities(b, s, cond->args.a[i], bInner, depth + 1, bAnd);
    }
    note_equalities(b, s, cond->pCaseArg, bInner, depth + 1, 0);
    for (i = 0; i < cond->nWhen; i++) {
      note_equalities(b, s, cond->aWhen[i].pWhen, bInner, depth + 1, 0);
      note_equalities(b, s, cond->aWhen[i].pThen, bInner, depth + 1, 0);
    }
    note_equalities(b, s, cond->pElse, bInner, depth + 1, 0);
  }
}

/* Do the ON and WHERE conditions of p touch a HIGH or stricter column? */
static int from_reveals_high(Binder *b, const FromItem *f, int depth) {
  if (!f || f->kind != FK_JOIN || depth > PARSE_MAX_DEPTH) return 0;
  return (f->pOn && lineage_has(b->pPol, f->pOn->info.pLin, CLS_HIGH)) ||
         from_reveals_high(b, f->pLeft, depth + 1) || from_reveals_high(b, f->pRight, depth + 1);
}

static int filters_reveal_high(Binder *b, Scope *s, const Select *p) {
  int i;
  (void)s;
  if (p->pWhere && lineage_has(b->pPol, p->pWhere->info.pLin, CLS_HIGH)) return 1;
  for (i = 0; i < p->nFrom; i++) {
    if (from_reveals_high(b, p->aFrom[i], 0)) return 1;
  }
  return 0;
}

static void rebind_on(Binder *b, Scope *s, FromItem *f, int depth) {
  if (!f || f->kind != FK_JOIN || depth > PARSE_MAX_DEPTH) return;
  rebind_on(b, s, f->pLeft, depth + 1);
  rebind_on(b, s, f->pRight, depth + 1);
  if (f->pOn) {
    const char *zSave = s->zClause;
    s->zClause = "JOIN ... ON";
    bind_expr(b, s, f->pOn, 0);
    s->zClause = zSave;
  }
}

static void note_from_equalities(Binder *b, Scope *s, const FromItem *f, int depth) {
  if (!f || f->kind != FK_JOIN || depth > PARSE_MAX_DEPTH) return;
  note_from_equalities(b, s, f->pLeft, depth + 1);
  note_from_equalities(b, s, f->pRight, depth + 1);
  note_equalities(b, s, f->pOn, 0, 0, 1);
}

/* ---------------------------------------------------------------------- */
/* Contributions: windows and subqueries (docs/run.md, "Users per row")    */

typedef struct Collect {
  Binder *b;
  SelBind *sb;
  int nWinCap, nSubCap;
  int iRow; /* VALUES row, or -1 */
  int cls;  /* the outer join being collected: SrcNoMatch.cls */
} Collect;

static int rel_of_select_paths(const Select *q) {
  const SelBind *qb = q ? q->pBind : NULL;
  return qb && qb->pOut ? qb->pOut->nPath : 0;
}

static void add_win(Collect *c, const WindowSpec *w, int bRank) {
  SelBind *sb = c->sb;
  int i;
  for (i = 0; i < sb->nWin; i++) {
    if (sb->aWin[i].pWin == w && sb->aWin[i].bRank == bRank) return;
  }
  if (sb->nWin == c->nWinCap) {
    SrcWin *a;
    c->nWinCap = c->nWinCap ? c->nWinCap * 2 : 4;
    a = ARENA_ARRAY(c->b->pArena, SrcWin, c->nWinCap);
    if (sb->nWin) memcpy(a, sb->aWin, sizeof *a * (size_t)sb->nWin);
    sb->aWin = a;
  }
  sb->aWin[sb->nWin].pWin = w;
  sb->aWin[sb->nWin].bRank = bRank;
  sb->aWin[sb->nWin].iContrib = ++c->b->nContrib;
  sb->nWin++;
}

static void add_sub(Collect *c, Expr *e, int bPerGroup) {
  SelBind *sb = c->sb;
  if (sb->nSub == c->nSubCap) {
    SrcSub *a;
    c->nSubCap = c->nSubCap ? c->nSubCap * 2 : 4;
    a = ARENA_ARRAY(c->b->pArena, SrcSub, c->nSubCap);
    if (sb->nSub) memcpy(a, sb->aSub, sizeof *a * (size_t)sb->nSub);
    sb->aSub = a;
  }
  sb->aSub[sb->nSub].pExpr = e;
  sb->aSub[sb->nSub].bPerGroup = bPerGroup;
  sb->aSub[sb->nSub].iRow = c->iRow;
  sb->aSub[sb->nSub].iContrib = ++c->b->nContrib;
  sb->nSub++;
}

/* The windows (bWindows: in the select list) and the subqueries over user
** data of e, this query level only. bPerGroup: e is evaluated once per
** group; the arguments of an aggregate are read per row. */
static void collect_expr(Collect *c, Expr *e, int bPerGroup, int bWindows, int depth) {
  int i;
  if (!e || depth > PARSE_MAX_DEPTH) return;
  if (e->kind == EK_SUBQUERY) {
    collect_expr(c, e->pLeft, bPerGroup, bWindows, depth + 1);
    if (rel_of_select_paths(e->pSub) > 0) add_sub(c, e, bPerGroup);
    return;
  }
  if (e->kind == EK_FUNC) {
    const PFunc *f = e->info.pFunc;
    if (e->pOver) {
      if (bWindows && c->sb->nIn > 0) add_win(c, e->pOver, f && f->kind == FN_RANK);
      for (i = 0; i < e->pOver->partition.n; i++) {
        collect_expr(c, e->pOver->partition.a[i], bPerGroup, bWindows, depth + 1);
      }
      for (i = 0; i < e->pOver->order.n; i++) {
        collect_expr(c, e->pOver->order.a[i].pExpr, bPerGroup, bWindows, depth + 1);
      }
    } else if (f && f->kind == FN_AGGREGATE) {
      bPerGroup = 0;
    }
  }
  collect_expr(c, e->pLeft, bPerGroup, bWindows, depth + 1);
  collect_expr(c, e->pRight, bPerGroup, bWindows, depth + 1);
  collect_expr(c, e->pEscape, bPerGroup, bWindows, depth + 1);
  for (i = 0; i < e->args.n; i++) collect_expr(c, e->args.a[i], bPerGroup, bWindows, depth + 1);
  collect_expr(c, e->pFilter, 0, bWindows, depth + 1);
  collect_expr(c, e->pCaseArg, bPerGroup, bWindows, depth + 1);
  for (i = 0; i < e->nWhen; i++) {
    collect_expr(c, e->aWhen[i].pWhen, bPerGroup, bWindows, depth + 1);
    collect_expr(c, e->aWhen[i].pThen, bPerGroup, bWindows, depth + 1);
  }
  collect_expr(c, e->pElse, bPerGroup, bWindows, depth + 1);
}

static void collect_from(Collect *c, FromItem *f, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH || f->kind != FK_JOIN) return;
  collect_from(c, f->pLeft, depth + 1);
  collect_from(c, f->pRight, depth + 1);
  collect_expr(c, f->pOn, 0, 0, depth + 1);
}

static void add_no_match_leaves(Collect *c, const FromItem *f, int depth) {
  SelBind *sb = c->sb;
  if (!f || depth > PARSE_MAX_DEPTH) return;
  if (f->kind == FK_JOIN) {
    add_no_match_leaves(c, f->pLeft, depth + 1);
    add_no_match_leaves(c, f->pRight, depth + 1);
    return;
  }
  if (!f->pRel || !((const BRel *)f->pRel)->nPath) return;
  {
    SrcNoMatch *a = ARENA_ARRAY(c->b->pArena, SrcNoMatch, sb->nNoMatch + 1);
    if (sb->nNoMatch) memcpy(a, sb->aNoMatch, sizeof *a * (size_t)sb->nNoMatch);
    sb->aNoMatch = a;
  }
  sb->aNoMatch[sb->nNoMatch].pLeaf = f;
  sb->aNoMatch[sb->nNoMatch].cls = c->cls;
  sb->aNoMatch[sb->nNoMatch].iContrib = ++c->b->nContrib;
  sb->nNoMatch++;
}


/* The ON conditions of FROM subtree f and what decided its leaves' rows. */
static const Lineage *from_filter_lin(Binder *b, const FromItem *f, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH) return NULL;
  if (f->kind == FK_JOIN) {
    const Lineage *l = lin_union(b, all_lin(b, f->pOn),
                                 lin_union(b, from_filter_lin(b, f->pLeft, depth + 1),
                                           from_filter_lin(b, f->pRight, depth + 1)));
    int i;
    for (i = 0; i < f->using.n; i++) {
      l = lin_union(b, l, using_side_lin(b, f->pLeft, f->using.a[i], 0));
      l = lin_union(b, l, using_side_lin(b, f->pRight, f->using.a[i], 0));
    }
    return l;
  }
  return f->pRel ? ((const BRel *)f->pRel)->pRowLin : NULL;
}

/* The FROM items that outer joins can leave out of a row. */
static void collect_no_match(Collect *c, const FromItem *f, int depth) {
  if (!f || depth > PARSE_MAX_DEPTH || f->kind != FK_JOIN) return;
  collect_no_match(c, f->pLeft, depth + 1);
  collect_no_match(c, f->pRight, depth + 1);
  if ((f->joinKind == JK_LEFT || f->joinKind == JK_FULL || f->joinKind == JK_RIGHT) &&
      !join_user_keyed(c->b, f)) {
    /* the ON, and what chose the rows of the sides (the missing one's) */
    c->cls = cls_capped(lin_union(c->b, outer_join_lin(c->b, f),
                                  lin_union(c->b, from_filter_lin(c->b, f->pLeft, 0),
                                            from_filter_lin(c->b, f->pRight, 0))));
    if (f->joinKind != JK_RIGHT) add_no_match_leaves(c, f->pRight, depth + 1);
    if (f->joinKind != JK_LEFT) add_no_match_leaves(c, f->pLeft, depth + 1);
  }
}

/* Append the contributions' entries to out's paths. */
static void add_contributions(Binder *b, BRel *out, SelBind *sb) {
  int i, j, n = out->nPath;
  BPath *a;
  for (i = 0; i < sb->nWin; i++) n += sb->nIn;
  for (i = 0; i < sb->nSub; i++) n += rel_of_select_paths(sb->aSub[i].pExpr->pSub);
  for (i = 0; i < sb->nNoMatch; i++) n += ((const BRel *)sb->aNoMatch[i].pLeaf->pRel)->nPath;
  if (n == out->nPath) return;
  a = ARENA_ARRAY(b->pArena, BPath, n);
  if (out->nPath) memcpy(a, out->aPath, sizeof *a * (size_t)out->nPath);
  n = out->nPath;
  for (i = 0; i < sb->nWin; i++) {
    for (j = 0; j < sb->nIn; j++) {
      a[n] = out->aPath[j];
      a[n].kind = SRC_WINDOW;
      a[n++].iContrib = sb->aWin[i].iContrib;
    }
  }
  for (i = 0; i < sb->nSub; i++) {
    const BRel *q = ((const SelBind *)sb->aSub[i].pExpr->pSub->pBind)->pOut;
    for (j = 0; j < q->nPath; j++) {
      a[n] = q->aPath[j];
      a[n].kind = SRC_SUBQUERY;
      {
        int c = ((const SelBind *)sb->aSub[i].pExpr->pSub->pBind)->clsDecides;
        if (c > a[n].cls) a[n].cls = c;
      }
      a[n++].iContrib = sb->aSub[i].iContrib;
    }
  }
  for (i = 0; i < sb->nNoMatch; i++) {
    const BRel *q = sb->aNoMatch[i].pLeaf->pRel;
    for (j = 0; j < q->nPath; j++) {
      a[n] = q->aPath[j];
      a[n].kind = SRC_NO_MATCH;
      if (sb->aNoMatch[i].cls > a[n].cls) a[n].cls = sb->aNoMatch[i].cls;
      a[n++].iContrib = sb->aNoMatch[i].iContrib;
    }
  }
  out->aPath = a;
  out->nPath = n;
}

/* ---------------------------------------------------------------------- */
/* Queries                                                                 */

static const char *output_name(const Target *t) {
  const Expr *e = t->pExpr;
  if (t->zAlias) return t->zAlias;
  if (e->kind == EK_COLUMN) return e->name.a[e->name.n - 1];
  if (e->kind == EK_FUNC) return e->zFunc;
  if (e->kind == EK_CAST && e->pLeft && e->pLeft->kind == EK_COLUMN) {
    return e->pLeft->name.a[e->pLeft->name.n - 1];
  }
  return "?column?";
}

static void add_output(Binder *b, BRel *out, SelBind *sb, int *pnCap,
                       const char *zName, const Lineage *pLin,
                       const Lineage *pVal, int bConst,
                       Expr *pDef, Span at, const BCol *pFrom) {
  BCol *c = rel_add(b, out, zName);
  if (pFrom) *c = *pFrom;
  c->zName = zName;
  c->pLin = pLin;
  c->pVal = pVal;
  c->bConst = bConst;
  if (pDef) {
    c->pDef = pDef; /* a star keeps what pFrom's column had */
    c->bMixed = pDef->info.bMixed;
    c->bFused = pDef->info.bFused;
    c->bCollected = bind_is_collected(pDef);
    c->pNull = null_lin(b, pDef, NL_NULL, 0);
    c->pDist = null_lin(b, pDef, NL_DISTINCT, 0);
    c->bNullSet = 1;
    /* COALESCE(d.user_id, s.user_id) over a FULL JOIN: always one of
    ** the users' ids */
    if (pDef->kind == EK_FUNC && pDef->zFunc && pDef->args.n >= 1 && !pDef->pOver &&
        (strcasecmp(pDef->zFunc, "coalesce") == 0 || strcasecmp(pDef->zFunc, "nvl") == 0 ||
         strcasecmp(pDef->zFunc, "ifnull") == 0)) {
      int i, bAll = 1;
      for (i = 0; i < pDef->args.n; i++) bAll &= is_user_column(b, pDef->args.a[i]);
      if (bAll) c->bUser = 1;
    }
  }
  if (out->nCol > *pnCap) {
    int cap = *pnCap ? *pnCap * 2 : 16;
    Expr **a;
    Span *s;
    while (cap < out->nCol) cap *= 2;
    a = ARENA_ARRAY(b->pArena, Expr *, cap);
    s = ARENA_ARRAY(b->pArena, Span, cap);
    if (sb->aOutExpr) {
      memcpy(a, sb->aOutExpr, sizeof(Expr *) * (size_t)(out->nCol - 1));
      memcpy(s, sb->aOutSpan, sizeof(Span) * (size_t)(out->nCol - 1));
    }
    sb->aOutExpr = a;
    sb->aOutSpan = s;
    *pnCap = cap;
  }
  sb->aOutExpr[out->nCol - 1] = pDef;
  sb->aOutSpan[out->nCol - 1] = at;
}

static void bind_simple(Binder *b, Scope *s, Scope *pCteScope, Scope *pOuter,
                        Select *p, SelBind *sb) {
  int i, nCap = 0;
  BRel *out = rel_new(b, NULL, "the query");
  Gran gIn = GRAN_NONE;

  for (i = 0; i < p->nFrom; i++) bind_from(b, s, pCteScope, p->aFrom[i], pOuter);
  for (i = 0; i < s->nRel; i++) {
    if (s->aRel[i]->gran > gIn) gIn = s->aRel[i]->gran;
    out->bAudience |= s->aRel[i]->bAudience;
    out->bUserData |= s->aRel[i]->bUserData;
    paths_add(b, out, s->aRel[i]);
  }
  if (p->pWhere) {
    s->zClause = "WHERE";
    bind_expr(b, s, p->pWhere, 0);
  }
  s->bPure = from_pure(b, s, p);
  /* What the rows left now equal: the rest of the query sees it. */
  for (i = 0; i < p->nFrom; i++) note_from_equalities(b, s, p->aFrom[i], 0);
  note_equalities(b, s, p->pWhere, 0, 0, 1);
  s->bEqOn = 1;
  /* A column a filter pins to a literal (n.k = 10001) is that literal for
  ** the filter's other comparisons too (postal_code = n.k): bind the
  ** filters again while pins appear, keeping the first pass's messages. */
  {
    int nPass, nPins = 0;
    for (i = 0; i < s->nEq; i++) nPins += s->aEq[i].bConst;
    for (nPass = 0; nPins && nPass < 3 && filters_reveal_high(b, s, p); nPass++) {
      size_t nDiag = b->pDiag->n;
      int nErr = b->pDiag->nError, nWarn = b->pDiag->nWarning;
      int nAgg = b->nAggregate, nNames = b->nNameErrors, nBefore = nPins;
      for (i = 0; i < p->nFrom; i++) rebind_on(b, s, p->aFrom[i], 0);
      if (p->pWhere) {
        s->zClause = "WHERE";
        bind_expr(b, s, p->pWhere, 0);
      }
      b->pDiag->n = nDiag;
      b->pDiag->nError = nErr;
      b->pDiag->nWarning = nWarn;
      b->nAggregate = nAgg;
      b->nNameErrors = nNames;
      for (i = 0; i < p->nFrom; i++) note_from_equalities(b, s, p->aFrom[i], 0);
      note_equalities(b, s, p->pWhere, 0, 0, 1);
      nPins = 0;
      for (i = 0; i < s->nEq; i++) nPins += s->aEq[i].bConst;
      if (nPins == nBefore) break;
    }
  }
  s->bEqOn = 2;

  /* WINDOW before the select list: OVER w takes w's ORDER BY lineage. */
  for (i = 0; i < p->nWindow; i++) {
    s->zClause = "WINDOW";
    bind_window(b, s, p->aWindow[i], BX_AGG_OK, NULL, NULL);
  }

  /* The select list first (GROUP BY may name its aliases and ordinals). */
  s->zClause = "the select list";
  s->pTargets = out;
  for (i = 0; i < p->nTarget; i++) {
    Target *t = &p->aTarget[i];
    Expr *e = t->pExpr;
    if (e->kind == EK_STAR) {
      int k, bAny = 0;
      const char *zQual = e->name.n ? e->name.a[e->name.n - 1] : NULL;
      memset(&e->info, 0, sizeof e->info);
      e->info.bBound = 1;
      for (k = 0; k < s->nRel; k++) {
        BRel *r = s->aRel[k];
        int c;
        if (zQual && !(r->zAlias && strcasecmp(r->zAlias, zQual) == 0)) continue;
        bAny = 1;
        if (r->iTable >= 0) {
          /* A base table: AMC103 names every one the star reads. */
          e->info.pRel = r;
          e->info.zTables = e->info.zTables
              ? arena_printf(b->pArena, "%s and %s", e->info.zTables, r->zWhat)
              : arena_printf(b->pArena, "table %s", r->zWhat);
        }
        for (c = 0; c < r->nCol; c++) {
          add_output(b, out, sb, &nCap, r->aCol[c].zName,
                     lin_union(b, bind_col_lineage(b, &r->aCol[c]), r->pMatchLin),
                     r->aCol[c].pVal, r->aCol[c].bConst, NULL, t->span, &r->aCol[c]);
          {
            BCol *oc = &out->aCol[out->nCol - 1];
            oc->pNull = null_lin_rel(b, r, c, NL_NULL, 0);
            oc->pDist = null_lin_rel(b, r, c, NL_DISTINCT, 0);
            oc->bNullSet = 1;
          }
          e->info.pLin = lin_union(b, e->info.pLin, r->aCol[c].pLin);
          e->info.pVal = lin_union(b, e->info.pVal, r->aCol[c].pVal);

        }
      }
      if (!bAny) {
        if (zQual) err(b, "AMC011", e->span, "unknown table or alias \"%s\" in %s.*", zQual, zQual);
        else err(b, "AMC011", e->span, "SELECT * with no FROM clause");
      }
      continue;
    }
    bind_expr(b, s, e, BX_AGG_OK | BX_WIN_OK);
    /* A plain column passes its source column on (its iTable/iCol), so
    ** rules about the column's type see it through CTEs. */
    add_output(b, out, sb, &nCap, output_name(t), e->info.pLin, e->info.pVal,
               e->info.bConst,
               e, t->span,
               (e->kind == EK_COLUMN && e->info.pRel && e->info.iCol >= 0 &&
                e->info.iCol < ((BRel *)e->info.pRel)->nCol)
                   ? &((BRel *)e->info.pRel)->aCol[e->info.iCol]
                   : NULL);
    if (e->info.bAgg) sb->bHasAgg = 1;
  }
  s->aTargetExpr = sb->aOutExpr;

  /* GROUP BY: ordinals and aliases name select-list expressions. */
  sb->nKey = p->groupBy.n;
  sb->aKey = ARENA_ARRAY(b->pArena, Expr *, p->groupBy.n ? p->groupBy.n : 1);
  s->zClause = "GROUP BY";
  for (i = 0; i < p->groupBy.n; i++) {
    Expr *g = p->groupBy.a[i];
    sb->aKey[i] = g;
    if (g->kind == EK_LITERAL && g->litKind == LIT_INT) {
      if (g->iLit < 1 || g->iLit > out->nCol) {
        err(b, "AMC011", g->span, "GROUP BY %lld: the select list has %d "
            "column%s", (long long)g->iLit, out->nCol, out->nCol == 1 ? "" : "s");
      } else if (sb->aOutExpr[g->iLit - 1]) {
        sb->aKey[i] = sb->aOutExpr[g->iLit - 1];
        g->info = sb->aKey[i]->info;
        if (sb->aKey[i]->info.bWin) {
          Diag *d = err(b, "AMC017", g->span, "GROUP BY %lld names a window "
                        "function: a window function is not allowed in GROUP BY",
                        (long long)g->iLit);
          diag_hint(b->pDiag, d, "compute it in a CTE and group by its result");
        } else if (sb->aKey[i]->info.bAgg) {
          err(b, "AMC017", g->span, "GROUP BY %lld names an aggregate",
              (long long)g->iLit);
        }
      }
      continue;
    }
    bind_expr(b, s, g, BX_ALIAS_OK);
    if (g->kind == EK_COLUMN && g->info.pRel == out) {
      sb->aKey[i] = sb->aOutExpr[g->info.iCol];
    }
  }

  if (p->pHaving) {
    s->zClause = "HAVING";
    bind_expr(b, s, p->pHaving, BX_AGG_OK | BX_ALIAS_OK | BX_HAVING);
    if (p->pHaving->info.bAgg) sb->bHasAgg = 1;
  }
  s->zClause = "ORDER BY";
  for (i = 0; i < p->orderBy.n; i++) {
    Expr *o = p->orderBy.a[i].pExpr;
    if (o->kind == EK_LITERAL && o->litKind == LIT_INT) {
      if (o->iLit < 1 || o->iLit > out->nCol) {
        err(b, "AMC011", o->span, "ORDER BY %lld: the select list has %d "
            "column%s", (long long)o->iLit, out->nCol, out->nCol == 1 ? "" : "s");
      }
      continue;
    }
    if (o->kind == EK_COLUMN && o->name.n == 1) {
      /* In ORDER BY an output name comes before an input column. */
      int k = rel_find(out, o->name.a[0]);
      if (k >= 0 && sb->aOutExpr[k]) {
        o->info = sb->aOutExpr[k]->info;
        o->info.pRel = out;
        o->info.iCol = k;
        o->info.bBound = 1;
        continue;
      }
    }
    bind_expr(b, s, o, BX_AGG_OK | BX_WIN_OK | BX_ALIAS_OK);
  }
  s->zClause = NULL;

  sb->bGrouped = p->groupBy.n > 0 || sb->bHasAgg || p->bBadGroup;
  if (sb->bGrouped && !p->bBadGroup) {
    GroupCheck g = {b, s, sb, 0};
    for (i = 0; i < p->nTarget; i++) {
      if (p->aTarget[i].pExpr->kind != EK_STAR) check_grouped(&g, p->aTarget[i].pExpr, 0);
    }
    check_grouped(&g, p->pHaving, 0);
    for (i = 0; i < p->orderBy.n; i++) check_grouped(&g, p->orderBy.a[i].pExpr, 0);
  }

  /* Granularity of the output rows. */
  if (sb->bGrouped || p->bDistinct) b->nGrouping++;
  if (sb->bGrouped) {
    out->gran = gIn == GRAN_NONE ? GRAN_NONE : GRAN_AGG;
    for (i = 0; i < sb->nKey; i++) {
      if (lineage_has(b->pPol, sb->aKey[i]->info.pVal, CLS_VERY_HIGH)) out->gran = GRAN_USER;
    }
  } else if (p->bDistinct) {
    out->gran = gIn == GRAN_NONE ? GRAN_NONE : GRAN_AGG;
    for (i = 0; i < out->nCol; i++) {
      if (lineage_has(b->pPol, out->aCol[i].pVal, CLS_VERY_HIGH)) out->gran = GRAN_USER;
    }
  } else {
    out->gran = gIn;
  }

  /* Rows that read no data hold only what the query text says: every
  ** value computed from them, counts and ranks included, is a literal
  ** value (COUNT(*) over a VALUES list of ten rows is 10). */
  if (gIn == GRAN_NONE && !b->nNameErrors) {
    for (i = 0; i < out->nCol; i++) {
      if (!out->aCol[i].pLin || !out->aCol[i].pLin->n) out->aCol[i].bConst = 1;
    }
  }

  /* Users: the FROM items' paths, then the windows' frames and the
  ** subqueries as contributions of their own. */
  sb->nIn = out->nPath;
  {
    Collect c;
    memset(&c, 0, sizeof c);
    c.b = b;
    c.sb = sb;
    c.iRow = -1;
    for (i = 0; i < p->nTarget; i++) {
      if (p->aTarget[i].pExpr->kind != EK_STAR) {
        collect_expr(&c, p->aTarget[i].pExpr, sb->bGrouped, 1, 0);
      }
    }
    for (i = 0; i < p->nFrom; i++) collect_from(&c, p->aFrom[i], 0);
    for (i = 0; i < p->nFrom; i++) collect_no_match(&c, p->aFrom[i], 0);
    collect_expr(&c, p->pWhere, 0, 0, 0);
    for (i = 0; i < p->groupBy.n; i++) collect_expr(&c, p->groupBy.a[i], 0, 0, 0);
    collect_expr(&c, p->pHaving, 1, 0, 0);
    for (i = 0; i < p->nWindow; i++) {
      int k;
      for (k = 0; k < p->aWindow[i]->partition.n; k++) {
        collect_expr(&c, p->aWindow[i]->partition.a[k], 0, 0, 0);
      }
      for (k = 0; k < p->aWindow[i]->order.n; k++) {
        collect_expr(&c, p->aWindow[i]->order.a[k].pExpr, 0, 0, 0);
      }
    }
    add_contributions(b, out, sb);
  }
  /* Pure (BRel.bPure): a pure FROM, nothing from subqueries or from
  ** windows over many users' rows, and rows that are still one user's. */
  {
    int bPure = s->bPure && sb->nSub == 0 && !sb->bCorrelated;
    for (i = 0; i < sb->nWin; i++) {
      if (!sb->aWin[i].pWin->bEntity) bPure = 0;
    }
    if (bPure && sb->nIn && (sb->bGrouped || p->bDistinct)) {
      int bUserKey = 0;
      if (sb->bGrouped) {
        for (i = 0; i < sb->nKey; i++) bUserKey |= is_user_column(b, sb->aKey[i]);
      } else {
        for (i = 0; i < out->nCol; i++) bUserKey |= bcol_is_user(b, &out->aCol[i]);
      }
      bPure = bUserKey;
    }
    out->bPure = bPure;
  }
  {
    const Lineage *l = lin_union(b, all_lin(b, p->pWhere), all_lin(b, p->pHaving));
    for (i = 0; i < p->nFrom; i++) l = lin_union(b, l, from_filter_lin(b, p->aFrom[i], 0));
    out->pRowLin = l;
  }
  sb->pOut = out;
}

static BRel *bind_select_inner(Binder *b, Scope *pCteScope, Scope *pOuter,
                               Select *p) {
  Scope s;
  SelBind *sb = ARENA_NEW(b->pArena, SelBind);
  BRel *out = NULL;
  int i;
  memset(&s, 0, sizeof s);
  s.pOuter = pOuter;
  s.iLevel = pOuter ? pOuter->iLevel + 1 : 0;
  s.pCteUp = pCteScope;
  s.pSel = p;
  p->pBind = sb;

  /* WITH: each CTE sees the ones before it. */
  if (p->nCte) {
    s.aCte = ARENA_ARRAY(b->pArena, BCte, p->nCte);
    for (i = 0; i < p->nCte; i++) {
      Cte *c = &p->aCte[i];
      BRel *r;
      int k;
      for (k = 0; k < s.nCte; k++) {
        if (strcasecmp(s.aCte[k].zName, c->zName) == 0) {
          err(b, "AMC016", c->nameSpan, "CTE \"%s\" is defined twice", c->zName);
        }
      }
      /* A CTE's own body sees the CTEs before it and the outer ones, not
      ** itself: WITH is not recursive in AMC. WITH RECURSIVE (reported by
      ** the parser) makes the name visible to its body, which then binds
      ** to an open relation without further errors. */
      if (!p->bRecursive) r = bind_select(b, &s, pOuter, c->pSelect);
      s.aCte[s.nCte].zName = c->zName;
      s.aCte[s.nCte].pCte = c;
      s.aCte[s.nCte].pRel = NULL;
      s.aCte[s.nCte].bRecursive = p->bRecursive;
      s.nCte++;
      if (p->bRecursive) r = bind_select(b, &s, pOuter, c->pSelect);
      if (r) {
        r = rel_copy(b, r, c->zName, c->zName);
        apply_col_aliases(b, r, &c->cols, c->nameSpan, c->zName);

      } else {
        r = rel_new(b, c->zName, c->zName);
        r->bOpen = 1;
      }
      s.aCte[s.nCte - 1].pRel = r;
    }
  }

  switch (p->kind) {
    case SK_SELECT:
      bind_simple(b, &s, &s, pOuter, p, sb);
      out = sb->pOut;
      break;
    case SK_VALUES: {
      int nCap = 0;
      out = rel_new(b, NULL, "a VALUES list");
      out->gran = GRAN_NONE;
      s.zClause = "VALUES";
      for (i = 0; i < p->nRow; i++) {
        ValuesRow *r = &p->aRow[i];
        int k;
        if (i > 0 && r->cells.n != p->aRow[0].cells.n) {
          err(b, "AMC015", r->span, "VALUES row %d has %d value%s, the first "
              "row has %d", i + 1, r->cells.n, r->cells.n == 1 ? "" : "s",
              p->aRow[0].cells.n);
        }
        for (k = 0; k < r->cells.n; k++) {
          Expr *e = r->cells.a[k];
          bind_expr(b, &s, e, 0);
          if (i == 0) {
            char aName[32];
            snprintf(aName, sizeof aName, "column%d", k + 1);
            add_output(b, out, sb, &nCap, arena_strdup(b->pArena, aName),
                       e->info.pLin, e->info.pVal, e->info.bConst, e, e->span,
                       NULL);
          } else if (k < out->nCol) {
            /* The rows of a column are one value each: a HIGH value in one
            ** row and a literal in another mix, as in UNION ALL. */
            BCol *c = &out->aCol[k];
            Meet m;
            memset(&m, 0, sizeof m);
            meet_add_raw(&m, lineage_has(b->pPol, c->pVal, CLS_HIGH), c->bConst,
                         c->bMixed || c->bFused, e);
            meet_add(b->pPol, &m, e, 1);
            c->pLin = lin_union(b, c->pLin, e->info.pLin);
            c->pVal = lin_union(b, c->pVal, e->info.pVal);
            c->pNull = lin_union(b, c->pNull, null_lin(b, e, NL_NULL, 0));
            c->pDist = lin_union(b, c->pDist, null_lin(b, e, NL_DISTINCT, 0));
            c->bConst |= e->info.bConst;
            c->bMixed = meet_holds(&m);
            c->bFused = 0;
            c->bCollected = 0;
          }
        }
      }
      {
        /* Literal rows hold no user's records; a subquery's would be
        ** many users' */
        /* Subqueries over user data in a row's cells contribute to it. */
        Collect c;
        memset(&c, 0, sizeof c);
        c.b = b;
        c.sb = sb;
        for (i = 0; i < p->nRow; i++) {
          int k;
          c.iRow = i;
          for (k = 0; k < p->aRow[i].cells.n; k++) collect_expr(&c, p->aRow[i].cells.a[k], 0, 0, 0);
        }
        add_contributions(b, out, sb);
        /* literal rows hold no user's records; a subquery's are many
        ** users' */
        out->bPure = sb->nSub == 0 && !sb->bCorrelated;
      }
      sb->pOut = out;
      break;
    }
    case SK_SETOP: {
      BRel *l = bind_select(b, &s, pOuter, p->pLeft);
      BRel *r = bind_select(b, &s, pOuter, p->pRight);
      int nCap = 0;
      if (!l || !r) break;
      if (l->nCol != r->nCol && !l->bOpen && !r->bOpen) {
        err(b, "AMC015", p->pRight->span, "the queries of a %s return %d and "
            "%d columns", p->op == SO_UNION ? "UNION" : p->op == SO_INTERSECT ? "INTERSECT" : "EXCEPT",
            l->nCol, r->nCol);
      }
      out = rel_new(b, NULL, "the query");
      for (i = 0; i < l->nCol; i++) {
        const Lineage *pLin = l->aCol[i].pLin, *pVal = l->aCol[i].pVal;
        int bConst = l->aCol[i].bConst;
        Meet m;
        memset(&m, 0, sizeof m);
        meet_add_raw(&m, lineage_has(b->pPol, pVal, CLS_HIGH), bConst,
                     l->aCol[i].bMixed || l->aCol[i].bFused, NULL);
        if (i < r->nCol) {
          pLin = lin_union(b, pLin, r->aCol[i].pLin);
          pVal = lin_union(b, pVal, r->aCol[i].pVal);
          bConst |= r->aCol[i].bConst;
          meet_add_raw(&m, lineage_has(b->pPol, r->aCol[i].pVal, CLS_HIGH), r->aCol[i].bConst,
                       r->aCol[i].bMixed || r->aCol[i].bFused, NULL);
        }
        add_output(b, out, sb, &nCap, l->aCol[i].zName, pLin, pVal, bConst, NULL,
                   p->span, NULL);
        /* the branches share a type: the first one's defines it */
        out->aCol[out->nCol - 1].pDef = l->aCol[i].pDef;
        /* rows of both branches in one column: a HIGH value and a literal
        ** from different branches mix */
        out->aCol[out->nCol - 1].bMixed = meet_holds(&m);
        out->aCol[out->nCol - 1].bFused = 0;
        out->aCol[out->nCol - 1].bCollected =
            l->aCol[i].bCollected && i < r->nCol && r->aCol[i].bCollected;
        /* user ids in every branch: a user column */
        out->aCol[out->nCol - 1].bUser =
            bcol_is_user(b, &l->aCol[i]) && i < r->nCol && bcol_is_user(b, &r->aCol[i]);
        {
          BCol *oc = &out->aCol[out->nCol - 1];
          oc->pNull = lin_union(b, null_lin_rel(b, l, i, NL_NULL, 0),
                                null_lin_rel(b, r, i, NL_NULL, 0));
          oc->pDist = lin_union(b, null_lin_rel(b, l, i, NL_DISTINCT, 0),
                                null_lin_rel(b, r, i, NL_DISTINCT, 0));
          oc->bNullSet = 1;
        }
      }
      out->gran = l->gran > r->gran ? l->gran : r->gran;
      if (!p->bAll && out->gran == GRAN_USER) {
        /* UNION DISTINCT de-duplicates like DISTINCT. */
        int bVh = 0;
        for (i = 0; i < out->nCol; i++) bVh |= lineage_has(b->pPol, out->aCol[i].pVal, CLS_VERY_HIGH);
        if (!bVh) out->gran = GRAN_AGG;
      }
      out->bAudience = l->bAudience | r->bAudience;
      out->bUserData = l->bUserData | r->bUserData;
      paths_add(b, out, l);
      paths_add(b, out, r);
      /* UNION ALL of pure rows is pure; a de-duplicating UNION too where
      ** rows keep their user; EXCEPT and INTERSECT keep rows by others' */
      out->bPure = l->bPure && r->bPure && p->op == SO_UNION;
      out->pRowLin = lin_union(b, l->pRowLin, r->pRowLin);
      if (out->bPure && !p->bAll) {
        int bUser = 0;
        for (i = 0; i < out->nCol; i++) bUser |= out->aCol[i].bUser;
        if (!bUser && out->nPath) out->bPure = 0;
      }
      sb->pOut = out;
      /* ORDER BY of a set operation names output columns. */
      for (i = 0; i < p->orderBy.n; i++) {
        Expr *o = p->orderBy.a[i].pExpr;
        Scope os;
        memset(&os, 0, sizeof os);
        scope_add_rel(&os, out);
        os.pOuter = pOuter;
        os.iLevel = s.iLevel;
        if (!(o->kind == EK_LITERAL && o->litKind == LIT_INT)) bind_expr(b, &os, o, 0);
        scope_free(&os);
      }
      break;
    }
  }
  if (p->pLimit) bind_expr(b, &s, p->pLimit, 0);
  if (p->pOffset) bind_expr(b, &s, p->pOffset, 0);
  scope_free(&s);
  return out;
}

static BRel *bind_select(Binder *b, Scope *pCteScope, Scope *pOuter,
                         Select *p) {
  BRel *r;
  if (!p) return NULL;
  if (!enter(b, p->span)) {
    b->depth--;
    return NULL;
  }
  r = bind_select_inner(b, pCteScope, pOuter, p);
  b->depth--;
  return r;
}

void bind_query(Binder *b, Select *pRoot) { bind_select(b, NULL, NULL, pRoot); }
