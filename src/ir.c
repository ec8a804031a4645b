/*
 * ir.c: dumping the IR (amcq parse) as indented text for golden tests and
 * as JSON for tools. One walker builds a cJSON tree; two printers render it.
 */
#include "ir.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bind.h"
#include "policy.h"
#include "source.h"

typedef struct Dumper {
  const Source *pSrc;
  const Policy *pPol; /* set: show the binder's annotations */
} Dumper;

static cJSON *dump_expr(Dumper *d, const Expr *e);
static cJSON *dump_select(Dumper *d, const Select *s);
static cJSON *dump_from(Dumper *d, const FromItem *f);

const char *ir_expr_kind_name(ExprKind k) {
  static const char *const az[] = {
      "column",    "star", "literal",  "param",    "op",       "and",
      "or",        "not",  "func",     "case",     "cast",     "in",
      "between",   "like", "nulltest", "booltest", "subquery", "array",
      "subscript", "row",  "default"};
  return (unsigned)k < sizeof az / sizeof az[0] ? az[k] : "?";
}

static void add_span(Dumper *d, cJSON *o, const char *zKey, Span s) {
  int l1, c1, l2, c2;
  char aBuf[64];
  source_linecol(d->pSrc, s.iStart, &l1, &c1);
  source_linecol(d->pSrc, s.iEnd, &l2, &c2);
  snprintf(aBuf, sizeof aBuf, "%d:%d-%d:%d", l1, c1, l2, c2);
  cJSON_AddStringToObject(o, zKey, aBuf);
}

static cJSON *node(Dumper *d, const char *zKind, Span s) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "kind", zKind);
  add_span(d, o, "span", s);
  return o;
}

static void add_str(cJSON *o, const char *zKey, const char *z) {
  if (z) cJSON_AddStringToObject(o, zKey, z);
}

static void add_flag(cJSON *o, const char *zKey, int b) {
  if (b) cJSON_AddTrueToObject(o, zKey);
}

static cJSON *names(const NameList *l) {
  cJSON *a = cJSON_CreateArray();
  int i;
  for (i = 0; i < l->n; i++)
    cJSON_AddItemToArray(a, cJSON_CreateString(l->a[i]));
  return a;
}

static void add_list(Dumper *d, cJSON *o, const char *zKey, const ExprList *l) {
  cJSON *a;
  int i;
  if (l->n == 0) return;
  a = cJSON_AddArrayToObject(o, zKey);
  for (i = 0; i < l->n; i++)
    cJSON_AddItemToArray(a, dump_expr(d, l->a[i]));
}

static void add_expr(Dumper *d, cJSON *o, const char *zKey, const Expr *e) {
  if (e) cJSON_AddItemToObject(o, zKey, dump_expr(d, e));
}

static void add_order(Dumper *d, cJSON *o, const char *zKey,
                      const OrderList *l) {
  cJSON *a;
  int i;
  if (l->n == 0) return;
  a = cJSON_AddArrayToObject(o, zKey);
  for (i = 0; i < l->n; i++) {
    const OrderItem *it = &l->a[i];
    cJSON *x = node(d, "sort", it->span);
    if (it->dir != SORT_DEFAULT)
      add_str(x, "dir", it->dir == SORT_ASC ? "asc" : "desc");
    if (it->nulls != NULLS_DEFAULT)
      add_str(x, "nulls", it->nulls == NULLS_FIRST ? "first" : "last");
    add_expr(d, x, "expr", it->pExpr);
    cJSON_AddItemToArray(a, x);
  }
}

static cJSON *dump_window(Dumper *d, const WindowSpec *w) {
  cJSON *o = node(d, "window", w->span);
  add_str(o, "name", w->zName);
  add_str(o, "ref", w->zRefName);
  add_list(d, o, "partition", &w->partition);
  add_order(d, o, "order", &w->order);
  if (w->frameOptions & 0x2 /* FRAMEOPTION_NONDEFAULT */) {
    cJSON_AddNumberToObject(o, "frame", w->frameOptions);
  }
  add_expr(d, o, "frame_start", w->pFrameStart);
  add_expr(d, o, "frame_end", w->pFrameEnd);
  return o;
}

/* A lineage as an array of table.column (class). */
static void add_lineage(Dumper *d, cJSON *o, const char *zKey, const Lineage *l) {
  cJSON *a = cJSON_AddArrayToObject(o, zKey);
  int i;
  for (i = 0; l && i < l->n; i++) {
    uint32_t t = l->a[i] >> 16, c = l->a[i] & 0xFFFFu;
    char aBuf[200];
    if ((int)t >= d->pPol->nTable) continue;
    if (c == LIN_UNDOCUMENTED || (int)c >= d->pPol->aTable[t].nCol) {
      snprintf(aBuf, sizeof aBuf, "%s.? (VERY_HIGH)", d->pPol->aTable[t].zName);
    } else {
      snprintf(aBuf, sizeof aBuf, "%s.%s (%s)", d->pPol->aTable[t].zName,
               d->pPol->aTable[t].aCol[c].zName,
               policy_class_name(d->pPol->aTable[t].aCol[c].cls));
    }
    cJSON_AddItemToArray(a, cJSON_CreateString(aBuf));
  }
}

static int lineage_same(const Lineage *a, const Lineage *b) {
  int na = a ? a->n : 0, nb = b ? b->n : 0;
  return na == nb &&
         (na == 0 || memcmp(a->a, b->a, sizeof a->a[0] * (size_t)na) == 0);
}

/* The binder's view of e: "reveals" lists table.column (class) of what e
** depends on; "value_reveals", only where it differs, what flows into e's
** value itself (CASE conditions and ranking orders left out). */
static void add_binding(Dumper *d, cJSON *o, const Expr *e) {
  if (!d->pPol || !e->info.bBound) return;
  if (e->info.pLin && e->info.pLin->n) add_lineage(d, o, "reveals", e->info.pLin);
  if (!lineage_same(e->info.pLin, e->info.pVal)) {
    add_lineage(d, o, "value_reveals", e->info.pVal);
  }
  add_flag(o, "literal_value", e->info.bConst);
  add_flag(o, "mixes_literal", e->info.bMixed);
  add_flag(o, "fuses_literal", e->info.bFused);
  add_flag(o, "aggregates", e->info.bAgg);
}

static cJSON *dump_expr(Dumper *d, const Expr *e) {
  cJSON *o = node(d, ir_expr_kind_name(e->kind), e->span);
  int i;
  add_binding(d, o, e);
  switch (e->kind) {
    case EK_COLUMN:
    case EK_STAR: cJSON_AddItemToObject(o, "name", names(&e->name)); break;
    case EK_LITERAL: {
      static const char *const azLit[] = {"int",  "numeric", "string",
                                          "bool", "null",    "bits"};
      add_str(o, "type", azLit[e->litKind]);
      if (e->litKind != LIT_NULL) add_str(o, "value", e->zLit);
      break;
    }
    case EK_PARAM: cJSON_AddNumberToObject(o, "number", e->iParam); break;
    case EK_OP:
      add_str(o, "op", e->zOp);
      add_expr(d, o, "left", e->pLeft);
      add_expr(d, o, "right", e->pRight);
      break;
    case EK_AND:
    case EK_OR: add_list(d, o, "args", &e->args); break;
    case EK_NOT: add_expr(d, o, "arg", e->pLeft); break;
    case EK_FUNC:
      add_str(o, "schema", e->zSchema);
      add_str(o, "name", e->zFunc);
      add_flag(o, "star", e->bStar);
      add_flag(o, "distinct", e->bDistinct);
      add_flag(o, "sql_syntax", e->bSqlSyntax);
      add_flag(o, "within_group", e->bWithinGroup);
      add_list(d, o, "args", &e->args);
      add_order(d, o, "agg_order", &e->aggOrder);
      add_expr(d, o, "filter", e->pFilter);
      if (e->pOver) cJSON_AddItemToObject(o, "over", dump_window(d, e->pOver));
      break;
    case EK_CASE: {
      cJSON *a;
      add_expr(d, o, "arg", e->pCaseArg);
      a = cJSON_AddArrayToObject(o, "whens");
      for (i = 0; i < e->nWhen; i++) {
        cJSON *w = node(d, "when", e->aWhen[i].span);
        add_expr(d, w, "when", e->aWhen[i].pWhen);
        add_expr(d, w, "then", e->aWhen[i].pThen);
        cJSON_AddItemToArray(a, w);
      }
      add_expr(d, o, "else", e->pElse);
      break;
    }
    case EK_CAST: {
      cJSON *t = node(d, "type", e->pType->span);
      add_str(t, "name", e->pType->zName);
      add_str(t, "text", e->pType->zText);
      if (e->pType->nMod) {
        cJSON *m = cJSON_AddArrayToObject(t, "mods");
        for (i = 0; i < e->pType->nMod; i++)
          cJSON_AddItemToArray(m, cJSON_CreateNumber(e->pType->aMod[i]));
      }
      if (e->pType->nArrayDim)
        cJSON_AddNumberToObject(t, "array_dims", e->pType->nArrayDim);
      add_str(o, "syntax", e->bCastSyntax ? "cast" : "::");
      add_expr(d, o, "arg", e->pLeft);
      cJSON_AddItemToObject(o, "type", t);
      break;
    }
    case EK_IN:
    case EK_BETWEEN:
      add_flag(o, "not", e->bNot);
      add_flag(o, "symmetric", e->bSymmetric);
      add_expr(d, o, "arg", e->pLeft);
      add_list(d, o, "list", &e->args);
      break;
    case EK_LIKE: {
      static const char *const azLike[] = {"like", "ilike", "similar"};
      add_str(o, "op", azLike[e->likeKind]);
      add_flag(o, "not", e->bNot);
      add_expr(d, o, "arg", e->pLeft);
      add_expr(d, o, "pattern", e->pRight);
      add_expr(d, o, "escape", e->pEscape);
      break;
    }
    case EK_NULLTEST:
      add_flag(o, "not", e->bNot);
      add_expr(d, o, "arg", e->pLeft);
      break;
    case EK_BOOLTEST: {
      static const char *const azBt[] = {
          "true", "not true", "false", "not false", "unknown", "not unknown"};
      add_str(o, "test", azBt[e->boolTest]);
      add_expr(d, o, "arg", e->pLeft);
      break;
    }
    case EK_SUBQUERY: {
      static const char *const azSub[] = {"scalar", "exists", "in",
                                          "any",    "all",    "array"};
      add_str(o, "type", azSub[e->subKind]);
      add_str(o, "op", e->zOp);
      add_expr(d, o, "arg", e->pLeft);
      if (e->pSub) cJSON_AddItemToObject(o, "query", dump_select(d, e->pSub));
      break;
    }
    case EK_ARRAY:
    case EK_ROW: add_list(d, o, "elements", &e->args); break;
    case EK_SUBSCRIPT:
      add_flag(o, "slice", e->bSymmetric);
      add_expr(d, o, "arg", e->pLeft);
      add_expr(d, o, "index", e->pRight);
      add_expr(d, o, "upper", e->pEscape);
      break;
    case EK_DEFAULT: break;
  }
  return o;
}

static cJSON *dump_from(Dumper *d, const FromItem *f) {
  static const char *const azKind[] = {"table", "subquery", "join", "function"};
  cJSON *o = node(d, azKind[f->kind], f->span);
  switch (f->kind) {
    case FK_TABLE:
      add_str(o, "schema", f->zSchema);
      add_str(o, "name", f->zName);
      add_span(d, o, "name_span", f->nameSpan);
      if (f->pExtend) {
        cJSON *x = node(d, "extend_time_window", f->pExtend->span);
        add_str(x, "before", f->pExtend->zBefore);
        add_str(x, "after", f->pExtend->zAfter);
        cJSON_AddNumberToObject(x, "before_seconds",
                                (double)f->pExtend->nBeforeSec);
        cJSON_AddNumberToObject(x, "after_seconds",
                                (double)f->pExtend->nAfterSec);
        cJSON_AddItemToObject(o, "extend", x);
      }
      break;
    case FK_SUBQUERY:
      add_flag(o, "lateral", f->bLateral);
      if (!f->zAlias) add_flag(o, "anonymous", 1);
      if (f->pSelect)
        cJSON_AddItemToObject(o, "query", dump_select(d, f->pSelect));
      break;
    case FK_JOIN: {
      static const char *const azJoin[] = {"inner", "left", "full", "right",
                                           "cross"};
      add_str(o, "type", azJoin[f->joinKind]);
      add_flag(o, "natural", f->bNatural);
      if (f->pLeft) cJSON_AddItemToObject(o, "left", dump_from(d, f->pLeft));
      if (f->pRight) cJSON_AddItemToObject(o, "right", dump_from(d, f->pRight));
      add_expr(d, o, "on", f->pOn);
      if (f->using.n) cJSON_AddItemToObject(o, "using", names(&f->using));
      break;
    }
    case FK_FUNCTION: add_list(d, o, "functions", &f->funcs); break;
  }
  add_str(o, "alias", f->zAlias);
  if (f->colAlias.n) cJSON_AddItemToObject(o, "columns", names(&f->colAlias));
  return o;
}

static cJSON *dump_select(Dumper *d, const Select *s) {
  static const char *const azKind[] = {"select", "setop", "values"};
  cJSON *o = node(d, azKind[s->kind], s->span);
  int i;
  if (d->pPol && s->pBind && ((const SelBind *)s->pBind)->pOut) {
    const BRel *r = ((const SelBind *)s->pBind)->pOut;
    if (r->nPath) {
      cJSON *a = cJSON_AddArrayToObject(o, "paths");
      for (i = 0; i < r->nPath; i++) {
        char aBuf[160];
        /* a contribution names its window or subquery (bind.h, BPath) */
        static const char *const azSrc[] = {"", " window ", " subquery ", " no-match "};
        const BPath *pp = &r->aPath[i];
        if (pp->kind == SRC_PATH) {
          snprintf(aBuf, sizeof aBuf, "%s#%d", d->pPol->aTable[pp->iTable].zName, pp->id);
        } else {
          snprintf(aBuf, sizeof aBuf, "%s#%d%s%d", d->pPol->aTable[pp->iTable].zName, pp->id,
                   azSrc[pp->kind], pp->iContrib);
        }
        cJSON_AddItemToArray(a, cJSON_CreateString(aBuf));
      }
    }
  }
  if (s->nCte) {
    cJSON *a = cJSON_AddArrayToObject(o, "with");
    for (i = 0; i < s->nCte; i++) {
      const Cte *c = &s->aCte[i];
      cJSON *x = node(d, "cte", c->span);
      add_str(x, "name", c->zName);
      if (c->cols.n) cJSON_AddItemToObject(x, "columns", names(&c->cols));
      if (c->pSelect)
        cJSON_AddItemToObject(x, "query", dump_select(d, c->pSelect));
      cJSON_AddItemToArray(a, x);
    }
  }
  switch (s->kind) {
    case SK_SELECT: {
      add_flag(o, "distinct", s->bDistinct);
      if (s->nTarget) {
        cJSON *a = cJSON_AddArrayToObject(o, "targets");
        for (i = 0; i < s->nTarget; i++) {
          cJSON *t = node(d, "target", s->aTarget[i].span);
          add_str(t, "alias", s->aTarget[i].zAlias);
          add_expr(d, t, "expr", s->aTarget[i].pExpr);
          cJSON_AddItemToArray(a, t);
        }
      }
      if (s->nFrom) {
        cJSON *a = cJSON_AddArrayToObject(o, "from");
        for (i = 0; i < s->nFrom; i++)
          cJSON_AddItemToArray(a, dump_from(d, s->aFrom[i]));
      }
      add_expr(d, o, "where", s->pWhere);
      add_list(d, o, "group_by", &s->groupBy);
      add_expr(d, o, "having", s->pHaving);
      if (s->nWindow) {
        cJSON *a = cJSON_AddArrayToObject(o, "windows");
        for (i = 0; i < s->nWindow; i++)
          cJSON_AddItemToArray(a, dump_window(d, s->aWindow[i]));
      }
      break;
    }
    case SK_SETOP: {
      static const char *const azOp[] = {"union", "intersect", "except"};
      add_str(o, "op", azOp[s->op]);
      add_flag(o, "all", s->bAll);
      if (s->pLeft) cJSON_AddItemToObject(o, "left", dump_select(d, s->pLeft));
      if (s->pRight)
        cJSON_AddItemToObject(o, "right", dump_select(d, s->pRight));
      break;
    }
    case SK_VALUES: {
      cJSON *a = cJSON_AddArrayToObject(o, "rows");
      for (i = 0; i < s->nRow; i++) {
        cJSON *r = node(d, "row", s->aRow[i].span);
        add_list(d, r, "cells", &s->aRow[i].cells);
        cJSON_AddItemToArray(a, r);
      }
      break;
    }
  }
  add_order(d, o, "order_by", &s->orderBy);
  if (s->pLimit || s->bLimitAll) {
    cJSON *l = node(d, "limit", s->limitSpan);
    add_flag(l, "all", s->bLimitAll);
    add_expr(d, l, "count", s->pLimit);
    cJSON_AddItemToObject(o, "limit", l);
  }
  add_expr(d, o, "offset", s->pOffset);
  return o;
}

/* Text form: "kind @span key=value ..." then nested nodes indented, each
** under the field name that holds it. */
static void text_node(StrBuf *b, const cJSON *o, int indent,
                      const char *zField);

static void text_value(StrBuf *b, const cJSON *v) {
  if (cJSON_IsString(v)) {
    sb_putc(b, '"');
    sb_json_escape(b, v->valuestring, strlen(v->valuestring));
    sb_putc(b, '"');
  } else if (cJSON_IsNumber(v)) {
    sb_printf(b, "%.0f", v->valuedouble);
  } else if (cJSON_IsTrue(v)) {
    sb_puts(b, "true");
  } else if (cJSON_IsArray(v)) {
    const cJSON *it;
    int first = 1;
    sb_putc(b, '[');
    cJSON_ArrayForEach(it, v) {
      if (!first) sb_puts(b, ", ");
      first = 0;
      text_value(b, it);
    }
    sb_putc(b, ']');
  }
}

static int is_scalar(const cJSON *v) {
  if (cJSON_IsObject(v)) return 0;
  if (cJSON_IsArray(v)) {
    const cJSON *it;
    cJSON_ArrayForEach(it, v) {
      if (cJSON_IsObject(it)) return 0;
    }
  }
  return 1;
}

static void text_node(StrBuf *b, const cJSON *o, int indent,
                      const char *zField) {
  const cJSON *it;
  sb_printf(b, "%*s", indent * 2, "");
  if (zField) sb_printf(b, "%s: ", zField);
  sb_puts(b, cJSON_GetObjectItemCaseSensitive(o, "kind")->valuestring);
  sb_printf(b, " @%s",
            cJSON_GetObjectItemCaseSensitive(o, "span")->valuestring);
  cJSON_ArrayForEach(it, o) {
    if (strcmp(it->string, "kind") == 0 || strcmp(it->string, "span") == 0)
      continue;
    if (!is_scalar(it)) continue;
    sb_printf(b, " %s=", it->string);
    text_value(b, it);
  }
  sb_putc(b, '\n');
  cJSON_ArrayForEach(it, o) {
    if (is_scalar(it)) continue;
    if (cJSON_IsObject(it)) {
      text_node(b, it, indent + 1, it->string);
    } else {
      const cJSON *el;
      sb_printf(b, "%*s%s:\n", (indent + 1) * 2, "", it->string);
      cJSON_ArrayForEach(el, it) text_node(b, el, indent + 2, NULL);
    }
  }
}

void ir_dump(StrBuf *pOut, const Source *pSrc, const Select *p, int bJson,
             const Policy *pPol) {
  Dumper d;
  cJSON *o;
  d.pSrc = pSrc;
  d.pPol = pPol;
  o = dump_select(&d, p);
  if (bJson) {
    char *z = cJSON_PrintUnformatted(o);
    sb_puts(pOut, z);
    sb_putc(pOut, '\n');
    cJSON_free(z);
  } else {
    text_node(pOut, o, 0, NULL);
  }
  cJSON_Delete(o);
}
