/*
 * bind.h: the third stage. Resolves every name of the IR (tables, CTEs,
 * aliases, columns, functions) against the policy and computes, for every
 * expression, its lineage (the source columns it reveals), whether it
 * aggregates, and whether its value can come from a literal or parameter,
 * and for every query the user-owned paths its rows can come from.
 * check.c reads these annotations; nothing here decides what AMC rejects
 * beyond names, arities and SQL's grouping rules.
 */
#ifndef AMCQ_BIND_H
#define AMCQ_BIND_H

#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "policy.h"

/* A set of source columns: ids (table << 16 | column), sorted. Column
** 0xFFFF stands for an undocumented column of that table (VERY_HIGH). */
typedef struct Lineage {
  int n;
  ColClass maxCls;
  uint32_t a[];
} Lineage;

#define LIN_UNDOCUMENTED 0xFFFFu

/* Granularity of a relation's rows. */
typedef enum Gran {
  GRAN_NONE, /* no user data (VALUES, literals) */
  GRAN_AGG,  /* aggregated across users */
  GRAN_USER  /* one row per user or per user event */
} Gran;

typedef struct BCol {
  const char *zName;
  const Lineage *pLin;
  const Lineage *pVal; /* value lineage; see ExprInfo.pVal */
  int bConst;
  int bMixed; /* see ExprInfo.bMixed */
  int bFused; /* see ExprInfo.bFused */
  int bCollected; /* a set collected by COLLECT (bind_is_collected) */
  /* What decides whether the value is NULL, and which values are equal
  ** (for a collected set: its size), beyond the value itself (bind.c,
  ** null_lin); bNullSet: computed, else taken from pDef. */
  const Lineage *pNull, *pDist;
  int bNullSet;
  int bUser;        /* a user column: a table's, or every branch's of a
                       UNION (is_user_column) */
  int iTable, iCol; /* base table column, or -1 */
  const Expr *pDef; /* a query's output: the expression defining it */
} BCol;

/* Where a row's users come from (docs/run.md, "Users per row"). A path is
** one occurrence of a user-owned table, counting every reference to a CTE
** as its own occurrence (AMC counts users per path). A contribution is an
** aggregate or ranking window's frame, or a subquery, counted separately
** from the row's own paths: the users of the frame or of the subquery's
** rows, one entry per path those have. Each entry is one hidden sketch
** column of amcq run. */
typedef enum SrcKind { SRC_PATH, SRC_WINDOW, SRC_SUBQUERY, SRC_NO_MATCH } SrcKind;

typedef struct BPath {
  int iTable;   /* policy table index: whose users are counted */
  int id;       /* the path's number, 1, 2, ... in the order met */
  int kind;     /* SrcKind */
  int iContrib; /* contributions: the window's or subquery's number */
  int cls;      /* contributions: the class of what decided (a subquery's
                   tested column, an outer join's ON), at most HIGH: the
                   entry needs that many users whatever the columns */
} BPath;

/* A window whose frame contributes, and a subquery that does. */
typedef struct SrcWin {
  const WindowSpec *pWin;
  int bRank; /* a ranking function: its frame is the partition so far */
  int iContrib;
} SrcWin;
/* pWin->bEntity: partitions of one user or event each; a frame with no
** record is then about that entity only, and counts no user (not zero). */

typedef struct SrcSub {
  Expr *pExpr;   /* the EK_SUBQUERY */
  int bPerGroup; /* in a grouped query, evaluated per group (HAVING, the
                    select list outside aggregates), else per input row */
  int iRow;      /* in a VALUES list: its row, else -1 */
  int iContrib;
} SrcSub;

/* A FROM item on the side of an outer join that can go missing. A row it
** gave no record says something of all its rows (none matched): the
** users of all of them stand behind that (docs/run.md). Not when the join
** is keyed on user ids, where the missing rows are the row's own user's. */
typedef struct SrcNoMatch {
  const FromItem *pLeaf;
  int iContrib;
  int cls; /* what the join's ON compares (BPath.cls) */
} SrcNoMatch;

/* A relation in scope: a table occurrence, a CTE reference, a subquery or
** VALUES list, or the output of a query. */
typedef struct BRel {
  const char *zAlias; /* the name it is referred to by; NULL: anonymous */
  const char *zWhat;  /* for messages: "dsp_impressions", "CTE reach" */
  BCol *aCol;
  int nCol, nColCap;
  Gran gran;
  int iTable;    /* policy table index of a base table, else -1 */
  int bOpen;     /* unknown table or undocumented columns: any name */
  int bAudience; /* reads *_for_audiences data */
  int bUserData; /* reads non-audience user-owned data */
  /* On the side of an outer join that can go missing: what the join's ON
  ** compares, which decides whether its columns are NULL (steering). */
  const Lineage *pMatchLin;
  /* Every row's user-owned records are one user's, and it holds no value
  ** from elsewhere but literals: a user table, a query over pure items
  ** joined on user ids, grouped (if at all) by a user column. A window
  ** partitioned by user or event within it sees that entity's rows only
  ** (bind.c, from_pure). */
  int bPure;
  /* What decided which rows it holds: the filters (WHERE, ON, HAVING) of
  ** the query that made it and of everything it read. A subquery's or an
  ** outer join's side's emptiness is decided by it. */
  const Lineage *pRowLin;
  const BPath *aPath; /* user-owned paths its rows can come from */
  int nPath;
  /* emit.c's: the alias number it is emitted under (0: not yet), and for
  ** base tables which columns the query reads. */
  int iEmit;
  unsigned char *aUsed;
} BRel;

/* Per-SELECT results. */
typedef struct SelBind {
  BRel *pOut;     /* output columns */
  Expr **aKey;    /* GROUP BY keys, ordinals and aliases resolved */
  int nKey;
  int bGrouped;   /* GROUP BY or an aggregate in the select list/HAVING */
  int bHasAgg;    /* an aggregate at this level */
  Expr **aOutExpr; /* defining expression per output column (NULL: star) */
  Span *aOutSpan;  /* where each output column is written */
  /* pOut->aPath is: the FROM items' entries (nIn of them), then for each
  ** window of aWin one entry per input entry, then each subquery's
  ** entries in aSub order. */
  int nIn;
  SrcWin *aWin;
  int nWin;
  SrcSub *aSub;
  int nSub;
  SrcNoMatch *aNoMatch; /* after the subqueries' entries in pOut->aPath */
  int nNoMatch;
  int bCorrelated; /* reads a column of a query outside it */
  int clsDecides;  /* a subquery: the class of what it compares with the
                      outer row (its column, its correlation), capped at
                      HIGH; BPath.cls */
  int bUserKeyed;  /* correlated on user ids (WHERE inner.user_id =
                      outer.user_id): its rows are about the outer row's
                      own users, so finding none reveals nothing more */
} SelBind;

typedef struct Binder {
  Arena *pArena;
  const Policy *pPol;
  const Source *pSrc;
  DiagList *pDiag;
  int depth;
  int bTooDeep;
  int nAggregate; /* aggregates anywhere in the query */
  int nGrouping;  /* GROUP BY or SELECT DISTINCT anywhere in the query */
  int bAudience;  /* the query reads audience tables */
  int bUserData;  /* the query reads non-audience user-owned tables */
  /* The first AMC analytics table (user-owned, neither an audience table
  ** nor a first-party one) the query reads, NULL if none: an audience
  ** query may not. */
  const char *zAnalytics;
  int bForceAudience; /* the caller says it is an audience query */
  int nNameErrors; /* unknown tables and functions: query-level rules wait */
  int nPath;       /* user-owned paths numbered so far */
  int nContrib;    /* windows and subqueries numbered so far */
  long nNullSteps; /* null_lin's work so far: past a bound, it fails closed */
  /* The subqueries being bound, innermost last, with the scope level just
  ** outside each: a column found at or outside it makes it correlated. */
  Select *apSubq[64];
  int aSubqLevel[64];
  int nSubq;
} Binder;

/* Where a value revealing a HIGH, VERY_HIGH or INTERNAL column meets a
** literal- or parameter-derived value (docs/security.md, "The calculus"):
** operands are added one at a time; meet_holds() says whether two
** different operands brought the two, or one operand was mixed already. */
typedef struct Meet {
  int nHigh, nConst, nBoth, bMixed;
  const Expr *pHigh;  /* the first operand revealing HIGH or above */
  const Expr *pMixed; /* the first operand that was mixed already */
} Meet;

void meet_add(const Policy *p, Meet *m, const Expr *e, int bConstCounts);
/* The same from an operand's parts (a relation's column, a group). */
void meet_add_raw(Meet *m, int bHigh, int bConst, int bMixed, const Expr *e);
int meet_holds(const Meet *m);
/* Two different operands brought a HIGH value and a literal. */
int meet_pair(const Meet *m);

/* Is e a plain reference to a table's user column, directly or through
** CTEs and subqueries (or COALESCE of such over an outer join)? */
int bind_is_user_column(const Binder *b, const Expr *e);
/* The same for a relation's column. */
int bind_bcol_is_user(const Binder *b, const BCol *c);

/* Does operator zOp only build its value (+, -, *, /, %, ||), as opposed
** to comparing its operands? / and % also test their divisor for zero. */
int bind_op_builds(const char *zOp);

/* Is t a string type? A CAST to one only rewrites the value; a CAST to
** any other type parses or truncates it, which tells values apart. */
int bind_string_type(const TypeName *t);

/* Is e a set collected by COLLECT (directly, through a CTE or subquery
** column, or sorted or de-duplicated)? CARDINALITY of it is a count. */
int bind_is_collected(const Expr *e);

/* Bind the whole query. Problems with names and arities are reported to
** pDiag; binding goes on so every problem is found in one run. */
void bind_query(Binder *b, Select *pRoot);

/* The lineage of column c (computed on first use for base columns). */
const Lineage *bind_col_lineage(Binder *b, BCol *c);

ColClass lineage_class(const Policy *p, uint32_t id);
/* "user_id (VERY_HIGH) of dsp_impressions" for the worst column of l at or
** above class c; in the arena. */
const char *lineage_describe(Binder *b, const Lineage *l, ColClass c);
/* Does l hold a column of class c or above? */
int lineage_has(const Policy *p, const Lineage *l, ColClass c);

/* The class an output value is held to: that of what flows into it
** (pVal), and at most HIGH's for what only steers it (the rest of pLin): a
** count of rows whose user_id matched, SUM(CASE WHEN user_id IN (...) THEN
** 1 END), needs HIGH's users but shows no user_id. */
ColClass lineage_output_class(const Lineage *pLin, const Lineage *pVal);

#endif
