/*
 * pgnode.c: PostgreSQL's raw parse tree to the JNode tree of pgnode.h.
 *
 * Each node becomes what libpg_query's JSON writer makes of it (see
 * pg_query_outfuncs_json.c in libpg_query): {"Kind": {fields}}, fields in
 * struct order under their C names, integers, Oids and booleans left out
 * when zero or false, strings left out when NULL, enums always written by
 * name, a NULL list element as {}, a List inside a node as
 * {"List": {"items": [...]}}, and a field typed as one specific node
 * (Alias *, TypeName *, a set operation's SelectStmt *) as its body alone.
 * tests/unit/test_pgnode.c compares the two trees over every query of the
 * test suite.
 */
#include "pgnode.h"

#include <stdlib.h>
#include <string.h>

/* libpg_query's version, before PostgreSQL's own headers redefine it. */
enum { PGNODE_LIBPG_QUERY_VERSION = PG_VERSION_NUM };

#ifdef AMCQ_PG_NODES

/* postgres.h first, as PostgreSQL requires */
#include <postgres.h>

#include <nodes/parsenodes.h>
#include <nodes/pg_list.h>
#include <nodes/primnodes.h>
#include <nodes/value.h>
#include <pg_query/pg_query_internal.h>

/* Node tags and layouts are stable within a major version only. */
_Static_assert(PGNODE_LIBPG_QUERY_VERSION / 10000 == PG_VERSION_NUM / 10000,
               "postgresql-server-dev must match libpg_query's major version");

typedef struct Conv {
  Arena *pArena;
  int maxDepth;
  PgNodeResult rc; /* PGNODE_OK until something stops the conversion */
} Conv;

/* An object being filled at depth `depth`: members are appended at ppTail. */
typedef struct Obj {
  JNode *p;
  JNode **ppTail;
  int depth;
} Obj;

static JNode *jnode(Conv *c, JType t) {
  JNode *p = arena_alloc_raw(c->pArena, sizeof(JNode));
  p->type = t;
  p->nChild = 0;
  p->zKey = NULL;
  p->zValue = NULL;
  p->rValue = 0;
  p->pChild = NULL;
  p->pNext = NULL;
  return p;
}

/* Depth check as json_parse() makes it: a value at depth d > maxDepth. */
static int too_deep(Conv *c, int depth) {
  if (depth <= c->maxDepth) return 0;
  if (c->rc == PGNODE_OK) c->rc = PGNODE_TOO_DEEP;
  return 1;
}

static Obj obj_new(Conv *c, int depth) {
  Obj o;
  o.p = jnode(c, JT_OBJECT);
  o.ppTail = &o.p->pChild;
  o.depth = depth;
  too_deep(c, depth);
  return o;
}

/* Containers were checked where they were made; a scalar member is checked
** here, one level below its object. */
static void obj_add(Conv *c, Obj *o, const char *zKey, JNode *v) {
  if (!v) return;
  if (v->type != JT_OBJECT && v->type != JT_ARRAY) too_deep(c, o->depth + 1);
  v->zKey = zKey;
  *o->ppTail = v;
  o->ppTail = &v->pNext;
  o->p->nChild++;
}

static JNode *jnum(Conv *c, double r) {
  JNode *p = jnode(c, JT_NUMBER);
  p->rValue = r;
  return p;
}

static JNode *jstr(Conv *c, const char *z) {
  JNode *p = jnode(c, JT_STRING);
  p->zValue = arena_strdup(c->pArena, z);
  return p;
}

static void unknown(Conv *c) {
  if (c->rc == PGNODE_OK) c->rc = PGNODE_UNKNOWN;
}

static JNode *conv_node(Conv *c, const void *pNode, int depth);

/* A List field: an array whose NULL elements are {}. */
static JNode *conv_list(Conv *c, const List *l, int depth) {
  JNode *a;
  JNode **ppTail;
  const ListCell *lc;
  if (too_deep(c, depth)) return NULL;
  if (l->type != T_List) {
    unknown(c); /* integer and Oid lists do not occur in SELECTs */
    return NULL;
  }
  a = jnode(c, JT_ARRAY);
  ppTail = &a->pChild;
  foreach (lc, l) {
    const void *pEl = lfirst(lc);
    JNode *v;
    if (pEl) {
      v = conv_node(c, pEl, depth + 1);
      if (!v) return NULL;
    } else {
      v = obj_new(c, depth + 1).p;
    }
    *ppTail = v;
    ppTail = &v->pNext;
    a->nChild++;
  }
  return a;
}

/* Field writers. `n` is the node and `o` its body, at depth d; a
** conversion that fails leaves c->rc set and the caller stops. */
#define F_INT(f) \
  if (n->f != 0) obj_add(c, &o, #f, jnum(c, (double)n->f))
#define F_BOOL(f) \
  if (n->f) obj_add(c, &o, #f, jnode(c, JT_TRUE))
#define F_STR(f) \
  if (n->f) obj_add(c, &o, #f, jstr(c, n->f))
#define F_CHAR(f)                      \
  if (n->f) {                          \
    char aCh_[2] = {n->f, 0};          \
    obj_add(c, &o, #f, jstr(c, aCh_)); \
  }
#define F_ENUM(f, azNames) \
  obj_add(c, &o, #f,       \
          jenum(c, azNames, sizeof(azNames) / sizeof(azNames[0]), (int)n->f))
#define F_NODE(f) \
  if (n->f) obj_add(c, &o, #f, conv_node(c, n->f, d + 1))
#define F_LIST(f) \
  if (n->f) obj_add(c, &o, #f, conv_list(c, n->f, d + 1))
#define F_SPEC(f, fn) \
  if (n->f) obj_add(c, &o, #f, fn(c, n->f, d + 1))

/* Enum names by value, so the table does not depend on declaration order. */
#define E(x) [x] = #x

static JNode *jenum(Conv *c, const char *const *az, size_t n, int v) {
  if (v < 0 || (size_t)v >= n || !az[v]) {
    unknown(c);
    return NULL;
  }
  return jstr(c, az[v]);
}

static const char *const azSetOp[] = {E(SETOP_NONE), E(SETOP_UNION),
                                      E(SETOP_INTERSECT), E(SETOP_EXCEPT)};
/* libpg_query 15-4.0.0 was cut from PostgreSQL sources whose LimitOption
** starts with DEFAULT; later 15.x headers start with COUNT. The parser's
** values are libpg_query's (tests/unit/test_pgnode.c checks each). */
static const char *const azLimit[] = {
    "LIMIT_OPTION_DEFAULT", "LIMIT_OPTION_COUNT", "LIMIT_OPTION_WITH_TIES"};
static const char *const azAExpr[] = {
    E(AEXPR_OP),          E(AEXPR_OP_ANY),         E(AEXPR_OP_ALL),
    E(AEXPR_DISTINCT),    E(AEXPR_NOT_DISTINCT),   E(AEXPR_NULLIF),
    E(AEXPR_IN),          E(AEXPR_LIKE),           E(AEXPR_ILIKE),
    E(AEXPR_SIMILAR),     E(AEXPR_BETWEEN),        E(AEXPR_NOT_BETWEEN),
    E(AEXPR_BETWEEN_SYM), E(AEXPR_NOT_BETWEEN_SYM)};
static const char *const azBoolOp[] = {E(AND_EXPR), E(OR_EXPR), E(NOT_EXPR)};
static const char *const azCoerce[] = {
    E(COERCE_EXPLICIT_CALL), E(COERCE_EXPLICIT_CAST), E(COERCE_IMPLICIT_CAST),
    E(COERCE_SQL_SYNTAX)};
static const char *const azSubLink[] = {
    E(EXISTS_SUBLINK),     E(ALL_SUBLINK),  E(ANY_SUBLINK),
    E(ROWCOMPARE_SUBLINK), E(EXPR_SUBLINK), E(MULTIEXPR_SUBLINK),
    E(ARRAY_SUBLINK),      E(CTE_SUBLINK)};
static const char *const azNullTest[] = {E(IS_NULL), E(IS_NOT_NULL)};
static const char *const azBoolTest[] = {E(IS_TRUE),    E(IS_NOT_TRUE),
                                         E(IS_FALSE),   E(IS_NOT_FALSE),
                                         E(IS_UNKNOWN), E(IS_NOT_UNKNOWN)};
static const char *const azJoin[] = {
    E(JOIN_INNER), E(JOIN_LEFT), E(JOIN_FULL),         E(JOIN_RIGHT),
    E(JOIN_SEMI),  E(JOIN_ANTI), E(JOIN_UNIQUE_OUTER), E(JOIN_UNIQUE_INNER)};
static const char *const azSortDir[] = {E(SORTBY_DEFAULT), E(SORTBY_ASC),
                                        E(SORTBY_DESC), E(SORTBY_USING)};
static const char *const azSortNulls[] = {
    E(SORTBY_NULLS_DEFAULT), E(SORTBY_NULLS_FIRST), E(SORTBY_NULLS_LAST)};
static const char *const azMaterialize[] = {
    E(CTEMaterializeDefault), E(CTEMaterializeAlways), E(CTEMaterializeNever)};
static const char *const azMinMax[] = {E(IS_GREATEST), E(IS_LEAST)};
static const char *const azSvf[] = {
    E(SVFOP_CURRENT_DATE),        E(SVFOP_CURRENT_TIME),
    E(SVFOP_CURRENT_TIME_N),      E(SVFOP_CURRENT_TIMESTAMP),
    E(SVFOP_CURRENT_TIMESTAMP_N), E(SVFOP_LOCALTIME),
    E(SVFOP_LOCALTIME_N),         E(SVFOP_LOCALTIMESTAMP),
    E(SVFOP_LOCALTIMESTAMP_N),    E(SVFOP_CURRENT_ROLE),
    E(SVFOP_CURRENT_USER),        E(SVFOP_USER),
    E(SVFOP_SESSION_USER),        E(SVFOP_CURRENT_CATALOG),
    E(SVFOP_CURRENT_SCHEMA)};
static const char *const azGroupingSet[] = {
    E(GROUPING_SET_EMPTY), E(GROUPING_SET_SIMPLE), E(GROUPING_SET_ROLLUP),
    E(GROUPING_SET_CUBE), E(GROUPING_SET_SETS)};
static const char *const azOnCommit[] = {
    E(ONCOMMIT_NOOP), E(ONCOMMIT_PRESERVE_ROWS), E(ONCOMMIT_DELETE_ROWS),
    E(ONCOMMIT_DROP)};
static const char *const azLockStrength[] = {
    E(LCS_NONE), E(LCS_FORKEYSHARE), E(LCS_FORSHARE), E(LCS_FORNOKEYUPDATE),
    E(LCS_FORUPDATE)};
static const char *const azLockWait[] = {E(LockWaitBlock), E(LockWaitSkip),
                                         E(LockWaitError)};

/* Bodies of the node types a field can name directly (no wrapper). */

static JNode *body_alias(Conv *c, const Alias *n, int d) {
  Obj o = obj_new(c, d);
  F_STR(aliasname);
  F_LIST(colnames);
  return o.p;
}

static JNode *body_rangevar(Conv *c, const RangeVar *n, int d) {
  Obj o = obj_new(c, d);
  F_STR(catalogname);
  F_STR(schemaname);
  F_STR(relname);
  F_BOOL(inh);
  F_CHAR(relpersistence);
  F_SPEC(alias, body_alias);
  F_INT(location);
  return o.p;
}

static JNode *body_typename(Conv *c, const TypeName *n, int d) {
  Obj o = obj_new(c, d);
  F_LIST(names);
  F_INT(typeOid);
  F_BOOL(setof);
  F_BOOL(pct_type);
  F_LIST(typmods);
  F_INT(typemod);
  F_LIST(arrayBounds);
  F_INT(location);
  return o.p;
}

static JNode *body_windowdef(Conv *c, const WindowDef *n, int d) {
  Obj o = obj_new(c, d);
  F_STR(name);
  F_STR(refname);
  F_LIST(partitionClause);
  F_LIST(orderClause);
  F_INT(frameOptions);
  F_NODE(startOffset);
  F_NODE(endOffset);
  F_INT(location);
  return o.p;
}

static JNode *body_into(Conv *c, const IntoClause *n, int d) {
  Obj o = obj_new(c, d);
  F_SPEC(rel, body_rangevar);
  F_LIST(colNames);
  F_STR(accessMethod);
  F_LIST(options);
  F_ENUM(onCommit, azOnCommit);
  F_STR(tableSpaceName);
  F_NODE(viewQuery);
  F_BOOL(skipData);
  return o.p;
}

static JNode *body_unknown(Conv *c, const void *n, int d) {
  (void)n;
  (void)d;
  unknown(c);
  return NULL;
}

static JNode *body_with(Conv *c, const WithClause *n, int d) {
  Obj o = obj_new(c, d);
  F_LIST(ctes);
  F_BOOL(recursive);
  F_INT(location);
  return o.p;
}

static JNode *body_select(Conv *c, const SelectStmt *n, int d) {
  Obj o = obj_new(c, d);
  F_LIST(distinctClause);
  F_SPEC(intoClause, body_into);
  F_LIST(targetList);
  F_LIST(fromClause);
  F_NODE(whereClause);
  F_LIST(groupClause);
  F_BOOL(groupDistinct);
  F_NODE(havingClause);
  F_LIST(windowClause);
  F_LIST(valuesLists);
  F_LIST(sortClause);
  F_NODE(limitOffset);
  F_NODE(limitCount);
  F_ENUM(limitOption, azLimit);
  F_LIST(lockingClause);
  F_SPEC(withClause, body_with);
  F_ENUM(op, azSetOp);
  F_BOOL(all);
  F_SPEC(larg, body_select);
  F_SPEC(rarg, body_select);
  return o.p;
}

/* A_Const's value: "ival": {"ival": n}, "sval": {"sval": "..."} and so on.
** libpg_query writes an Integer's value only when it is positive. */
static JNode *const_value(Conv *c, const Node *v, int d) {
  Obj o = obj_new(c, d);
  switch (nodeTag(v)) {
    case T_Integer:
      if (intVal(v) > 0) obj_add(c, &o, "ival", jnum(c, (double)intVal(v)));
      break;
    case T_Float:
      if (castNode(Float, v)->fval)
        obj_add(c, &o, "fval", jstr(c, castNode(Float, v)->fval));
      break;
    case T_Boolean:
      if (boolVal(v)) obj_add(c, &o, "boolval", jnode(c, JT_TRUE));
      break;
    case T_String:
      if (strVal(v)) obj_add(c, &o, "sval", jstr(c, strVal(v)));
      break;
    case T_BitString:
      if (castNode(BitString, v)->bsval)
        obj_add(c, &o, "bsval", jstr(c, castNode(BitString, v)->bsval));
      break;
    default: unknown(c); return NULL;
  }
  return o.p;
}

static JNode *body_aconst(Conv *c, const A_Const *n, int d) {
  Obj o = obj_new(c, d);
  if (n->isnull) {
    obj_add(c, &o, "isnull", jnode(c, JT_TRUE));
  } else {
    const char *zKey;
    switch (nodeTag(&n->val)) {
      case T_Integer: zKey = "ival"; break;
      case T_Float: zKey = "fval"; break;
      case T_Boolean: zKey = "boolval"; break;
      case T_String: zKey = "sval"; break;
      case T_BitString: zKey = "bsval"; break;
      default: unknown(c); return NULL;
    }
    obj_add(c, &o, zKey, const_value(c, &n->val.node, d + 1));
  }
  F_INT(location);
  return o.p;
}

/* The body of node pNode, an object at depth d. */
static JNode *node_body(Conv *c, const Node *pNode, int d) {
  switch (nodeTag(pNode)) {
    case T_SelectStmt: return body_select(c, (const SelectStmt *)pNode, d);
    case T_ResTarget: {
      const ResTarget *n = (const ResTarget *)pNode;
      Obj o = obj_new(c, d);
      F_STR(name);
      F_LIST(indirection);
      F_NODE(val);
      F_INT(location);
      return o.p;
    }
    case T_ColumnRef: {
      const ColumnRef *n = (const ColumnRef *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(fields);
      F_INT(location);
      return o.p;
    }
    case T_A_Star: return obj_new(c, d).p;
    case T_A_Const: return body_aconst(c, (const A_Const *)pNode, d);
    case T_String:
    case T_Integer:
    case T_Float:
    case T_Boolean:
    case T_BitString: return const_value(c, pNode, d);
    case T_A_Expr: {
      const A_Expr *n = (const A_Expr *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(kind, azAExpr);
      F_LIST(name);
      F_NODE(lexpr);
      F_NODE(rexpr);
      F_INT(location);
      return o.p;
    }
    case T_BoolExpr: {
      const BoolExpr *n = (const BoolExpr *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(boolop, azBoolOp);
      F_LIST(args);
      F_INT(location);
      return o.p;
    }
    case T_FuncCall: {
      const FuncCall *n = (const FuncCall *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(funcname);
      F_LIST(args);
      F_LIST(agg_order);
      F_NODE(agg_filter);
      F_SPEC(over, body_windowdef);
      F_BOOL(agg_within_group);
      F_BOOL(agg_star);
      F_BOOL(agg_distinct);
      F_BOOL(func_variadic);
      F_ENUM(funcformat, azCoerce);
      F_INT(location);
      return o.p;
    }
    case T_TypeCast: {
      const TypeCast *n = (const TypeCast *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(arg);
      F_SPEC(typeName, body_typename);
      F_INT(location);
      return o.p;
    }
    case T_TypeName: return body_typename(c, (const TypeName *)pNode, d);
    case T_CaseExpr: {
      const CaseExpr *n = (const CaseExpr *)pNode;
      Obj o = obj_new(c, d);
      F_INT(casetype);
      F_INT(casecollid);
      F_NODE(arg);
      F_LIST(args);
      F_NODE(defresult);
      F_INT(location);
      return o.p;
    }
    case T_CaseWhen: {
      const CaseWhen *n = (const CaseWhen *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(expr);
      F_NODE(result);
      F_INT(location);
      return o.p;
    }
    case T_SubLink: {
      const SubLink *n = (const SubLink *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(subLinkType, azSubLink);
      F_INT(subLinkId);
      F_NODE(testexpr);
      F_LIST(operName);
      F_NODE(subselect);
      F_INT(location);
      return o.p;
    }
    case T_NullTest: {
      const NullTest *n = (const NullTest *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(arg);
      F_ENUM(nulltesttype, azNullTest);
      F_BOOL(argisrow);
      F_INT(location);
      return o.p;
    }
    case T_BooleanTest: {
      const BooleanTest *n = (const BooleanTest *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(arg);
      F_ENUM(booltesttype, azBoolTest);
      F_INT(location);
      return o.p;
    }
    case T_RangeVar: return body_rangevar(c, (const RangeVar *)pNode, d);
    case T_RangeSubselect: {
      const RangeSubselect *n = (const RangeSubselect *)pNode;
      Obj o = obj_new(c, d);
      F_BOOL(lateral);
      F_NODE(subquery);
      F_SPEC(alias, body_alias);
      return o.p;
    }
    case T_RangeFunction: {
      const RangeFunction *n = (const RangeFunction *)pNode;
      Obj o = obj_new(c, d);
      F_BOOL(lateral);
      F_BOOL(ordinality);
      F_BOOL(is_rowsfrom);
      F_LIST(functions);
      F_SPEC(alias, body_alias);
      F_LIST(coldeflist);
      return o.p;
    }
    case T_RangeTableSample: {
      const RangeTableSample *n = (const RangeTableSample *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(relation);
      F_LIST(method);
      F_LIST(args);
      F_NODE(repeatable);
      F_INT(location);
      return o.p;
    }
    case T_JoinExpr: {
      const JoinExpr *n = (const JoinExpr *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(jointype, azJoin);
      F_BOOL(isNatural);
      F_NODE(larg);
      F_NODE(rarg);
      F_LIST(usingClause);
      F_SPEC(join_using_alias, body_alias);
      F_NODE(quals);
      F_SPEC(alias, body_alias);
      F_INT(rtindex);
      return o.p;
    }
    case T_Alias: return body_alias(c, (const Alias *)pNode, d);
    case T_SortBy: {
      const SortBy *n = (const SortBy *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(node);
      F_ENUM(sortby_dir, azSortDir);
      F_ENUM(sortby_nulls, azSortNulls);
      F_LIST(useOp);
      F_INT(location);
      return o.p;
    }
    case T_WindowDef: return body_windowdef(c, (const WindowDef *)pNode, d);
    case T_WithClause: return body_with(c, (const WithClause *)pNode, d);
    case T_CommonTableExpr: {
      const CommonTableExpr *n = (const CommonTableExpr *)pNode;
      Obj o = obj_new(c, d);
      F_STR(ctename);
      F_LIST(aliascolnames);
      F_ENUM(ctematerialized, azMaterialize);
      F_NODE(ctequery);
      F_SPEC(search_clause, body_unknown);
      F_SPEC(cycle_clause, body_unknown);
      F_INT(location);
      F_BOOL(cterecursive);
      F_INT(cterefcount);
      F_LIST(ctecolnames);
      F_LIST(ctecoltypes);
      F_LIST(ctecoltypmods);
      F_LIST(ctecolcollations);
      return o.p;
    }
    case T_CoalesceExpr: {
      const CoalesceExpr *n = (const CoalesceExpr *)pNode;
      Obj o = obj_new(c, d);
      F_INT(coalescetype);
      F_INT(coalescecollid);
      F_LIST(args);
      F_INT(location);
      return o.p;
    }
    case T_MinMaxExpr: {
      const MinMaxExpr *n = (const MinMaxExpr *)pNode;
      Obj o = obj_new(c, d);
      F_INT(minmaxtype);
      F_INT(minmaxcollid);
      F_INT(inputcollid);
      F_ENUM(op, azMinMax);
      F_LIST(args);
      F_INT(location);
      return o.p;
    }
    case T_A_ArrayExpr: {
      const A_ArrayExpr *n = (const A_ArrayExpr *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(elements);
      F_INT(location);
      return o.p;
    }
    case T_A_Indirection: {
      const A_Indirection *n = (const A_Indirection *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(arg);
      F_LIST(indirection);
      return o.p;
    }
    case T_A_Indices: {
      const A_Indices *n = (const A_Indices *)pNode;
      Obj o = obj_new(c, d);
      F_BOOL(is_slice);
      F_NODE(lidx);
      F_NODE(uidx);
      return o.p;
    }
    case T_RowExpr: {
      const RowExpr *n = (const RowExpr *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(args);
      F_INT(row_typeid);
      F_ENUM(row_format, azCoerce);
      F_LIST(colnames);
      F_INT(location);
      return o.p;
    }
    case T_SQLValueFunction: {
      const SQLValueFunction *n = (const SQLValueFunction *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(op, azSvf);
      F_INT(type);
      F_INT(typmod);
      F_INT(location);
      return o.p;
    }
    case T_GroupingSet: {
      const GroupingSet *n = (const GroupingSet *)pNode;
      Obj o = obj_new(c, d);
      F_ENUM(kind, azGroupingSet);
      F_LIST(content);
      F_INT(location);
      return o.p;
    }
    case T_GroupingFunc: {
      const GroupingFunc *n = (const GroupingFunc *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(args);
      F_LIST(refs);
      F_LIST(cols);
      F_INT(agglevelsup);
      F_INT(location);
      return o.p;
    }
    case T_ParamRef: {
      const ParamRef *n = (const ParamRef *)pNode;
      Obj o = obj_new(c, d);
      F_INT(number);
      F_INT(location);
      return o.p;
    }
    case T_CollateClause: {
      const CollateClause *n = (const CollateClause *)pNode;
      Obj o = obj_new(c, d);
      F_NODE(arg);
      F_LIST(collname);
      F_INT(location);
      return o.p;
    }
    case T_SetToDefault: {
      const SetToDefault *n = (const SetToDefault *)pNode;
      Obj o = obj_new(c, d);
      F_INT(typeId);
      F_INT(typeMod);
      F_INT(collation);
      F_INT(location);
      return o.p;
    }
    case T_IntoClause: return body_into(c, (const IntoClause *)pNode, d);
    case T_LockingClause: {
      const LockingClause *n = (const LockingClause *)pNode;
      Obj o = obj_new(c, d);
      F_LIST(lockedRels);
      F_ENUM(strength, azLockStrength);
      F_ENUM(waitPolicy, azLockWait);
      return o.p;
    }
    case T_List: {
      /* {"List": {"items": [...]}} */
      Obj o = obj_new(c, d);
      obj_add(c, &o, "items", conv_list(c, (const List *)pNode, d + 1));
      return o.p;
    }
    default: unknown(c); return NULL;
  }
}

static const char *node_name(NodeTag t) {
  switch (t) {
    case T_SelectStmt: return "SelectStmt";
    case T_ResTarget: return "ResTarget";
    case T_ColumnRef: return "ColumnRef";
    case T_A_Star: return "A_Star";
    case T_A_Const: return "A_Const";
    case T_String: return "String";
    case T_Integer: return "Integer";
    case T_Float: return "Float";
    case T_Boolean: return "Boolean";
    case T_BitString: return "BitString";
    case T_A_Expr: return "A_Expr";
    case T_BoolExpr: return "BoolExpr";
    case T_FuncCall: return "FuncCall";
    case T_TypeCast: return "TypeCast";
    case T_TypeName: return "TypeName";
    case T_CaseExpr: return "CaseExpr";
    case T_CaseWhen: return "CaseWhen";
    case T_SubLink: return "SubLink";
    case T_NullTest: return "NullTest";
    case T_BooleanTest: return "BooleanTest";
    case T_RangeVar: return "RangeVar";
    case T_RangeSubselect: return "RangeSubselect";
    case T_RangeFunction: return "RangeFunction";
    case T_RangeTableSample: return "RangeTableSample";
    case T_JoinExpr: return "JoinExpr";
    case T_Alias: return "Alias";
    case T_SortBy: return "SortBy";
    case T_WindowDef: return "WindowDef";
    case T_WithClause: return "WithClause";
    case T_CommonTableExpr: return "CommonTableExpr";
    case T_CoalesceExpr: return "CoalesceExpr";
    case T_MinMaxExpr: return "MinMaxExpr";
    case T_A_ArrayExpr: return "A_ArrayExpr";
    case T_A_Indirection: return "A_Indirection";
    case T_A_Indices: return "A_Indices";
    case T_RowExpr: return "RowExpr";
    case T_SQLValueFunction: return "SQLValueFunction";
    case T_GroupingSet: return "GroupingSet";
    case T_GroupingFunc: return "GroupingFunc";
    case T_ParamRef: return "ParamRef";
    case T_CollateClause: return "CollateClause";
    case T_SetToDefault: return "SetToDefault";
    case T_IntoClause: return "IntoClause";
    case T_LockingClause: return "LockingClause";
    case T_List: return "List";
    default: return NULL;
  }
}

/* {"Kind": body}: the wrapper at depth, the body one level down. */
static JNode *conv_node(Conv *c, const void *pNode, int depth) {
  const char *zName = node_name(nodeTag(pNode));
  Obj o;
  JNode *pBody;
  if (c->rc != PGNODE_OK) return NULL;
  if (!zName) {
    unknown(c);
    return NULL;
  }
  o = obj_new(c, depth);
  if (c->rc != PGNODE_OK) return NULL;
  pBody = node_body(c, pNode, depth + 1);
  if (!pBody || c->rc != PGNODE_OK) return NULL;
  obj_add(c, &o, zName, pBody);
  return o.p;
}

/* {"version": N, "stmts": [{"stmt": ..., "stmt_location": N, "stmt_len": N}]}
 */
static JNode *conv_root(Conv *c, const List *pTree) {
  Obj root = obj_new(c, 0);
  JNode *a = jnode(c, JT_ARRAY);
  JNode **ppTail = &a->pChild;
  const ListCell *lc;
  obj_add(c, &root, "version", jnum(c, PGNODE_LIBPG_QUERY_VERSION));
  foreach (lc, pTree) {
    const RawStmt *n = lfirst(lc);
    int d = 2; /* the root, "stmts", this element */
    Obj o = obj_new(c, d);
    if (!n || nodeTag(n) != T_RawStmt) {
      unknown(c);
      return NULL;
    }
    F_NODE(stmt);
    F_INT(stmt_location);
    F_INT(stmt_len);
    if (c->rc != PGNODE_OK) return NULL;
    *ppTail = o.p;
    ppTail = &o.p->pNext;
    a->nChild++;
  }
  obj_add(c, &root, "stmts", a);
  return root.p;
}

PgNodeResult pgnode_parse(Arena *pArena, const char *zText, int maxDepth,
                          JNode **ppRoot, PgQueryError **ppErr) {
  MemoryContext ctx = pg_query_enter_memory_context();
  PgQueryInternalParsetreeAndError r = pg_query_raw_parse(zText);
  Conv c;
  *ppRoot = NULL;
  *ppErr = NULL;
  c.pArena = pArena;
  c.maxDepth = maxDepth;
  c.rc = PGNODE_OK;
  free(r.stderr_buffer);
  if (r.error) {
    *ppErr = r.error;
    c.rc = PGNODE_ERROR;
  } else {
    /* libpg_query's JSON of an empty statement list is {"version": N} */
    JNode *pRoot = conv_root(&c, r.tree);
    if (c.rc == PGNODE_OK) *ppRoot = pRoot;
  }
  pg_query_exit_memory_context(ctx);
  return c.rc;
}

void pgnode_free_error(PgQueryError *pErr) {
  if (pErr) pg_query_free_error(pErr);
}

int pgnode_available(void) {
  return 1;
}

#else /* no PostgreSQL server headers: the JSON path only */

PgNodeResult pgnode_parse(Arena *pArena, const char *zText, int maxDepth,
                          JNode **ppRoot, PgQueryError **ppErr) {
  (void)pArena;
  (void)zText;
  (void)maxDepth;
  (void)PGNODE_LIBPG_QUERY_VERSION;
  *ppRoot = NULL;
  *ppErr = NULL;
  return PGNODE_UNKNOWN;
}

void pgnode_free_error(PgQueryError *pErr) {
  (void)pErr;
}

int pgnode_available(void) {
  return 0;
}

#endif
