/*
 * ir.h: the typed intermediate representation of one AMC query. parse.c
 * builds it from libpg_query's tree; the binder, checker and emitter read it
 * and annotate it. All nodes live in one Arena and own no heap memory.
 * Every node has a Span: byte offsets [iStart, iEnd) in the ORIGINAL text.
 */
#ifndef AMCQ_IR_H
#define AMCQ_IR_H

#include <stdint.h>

#include "arena.h"
#include "util.h"

typedef struct Span {
  uint32_t iStart, iEnd;
} Span;

typedef struct Expr Expr;
typedef struct Select Select;
typedef struct FromItem FromItem;
typedef struct WindowSpec WindowSpec;

/* A list of expressions. */
typedef struct ExprList {
  Expr **a;
  int n;
} ExprList;

/* Names as libpg_query gives them: unquoted identifiers folded to lower
** case, quoted ones verbatim. */
typedef struct NameList {
  const char **a;
  Span *aSpan;
  int n;
} NameList;

typedef enum ExprKind {
  EK_COLUMN,    /* azName: [qualifier...,] column */
  EK_STAR,      /* "*" or "t.*": azName holds the qualifiers */
  EK_LITERAL,   /* see LitKind */
  EK_PARAM,     /* $n: not AMC; kept so the checker can say so */
  EK_OP,        /* zOp with pLeft (NULL for prefix operators) and pRight */
  EK_AND,       /* args */
  EK_OR,        /* args */
  EK_NOT,       /* pLeft */
  EK_FUNC,      /* function call, aggregate or window function */
  EK_CASE,      /* pArg (simple CASE) or NULL, whens, pElse */
  EK_CAST,      /* pLeft AS type */
  EK_IN,        /* pLeft [NOT] IN (args) */
  EK_BETWEEN,   /* pLeft [NOT] BETWEEN args[0] AND args[1] */
  EK_LIKE,      /* pLeft [NOT] LIKE|ILIKE|SIMILAR TO pRight [ESCAPE pEscape] */
  EK_NULLTEST,  /* pLeft IS [NOT] NULL */
  EK_BOOLTEST,  /* pLeft IS [NOT] TRUE|FALSE|UNKNOWN */
  EK_SUBQUERY,  /* see SubKind */
  EK_ARRAY,     /* ARRAY[args] */
  EK_SUBSCRIPT, /* pLeft[pRight] or pLeft[pRight:pEscape] */
  EK_ROW,       /* ROW(args) or (a, b) */
  EK_DEFAULT    /* the SQL keyword DEFAULT; never valid in AMC */
} ExprKind;

typedef enum LitKind {
  LIT_INT,
  LIT_NUMERIC, /* decimal or float text, or an integer too big for int64 */
  LIT_STRING,
  LIT_BOOL,
  LIT_NULL,
  LIT_BITS /* B'0101' or X'ff' */
} LitKind;

typedef enum LikeKind { LIKE_LIKE, LIKE_ILIKE, LIKE_SIMILAR } LikeKind;

typedef enum SubKind {
  SUB_SCALAR, /* (SELECT ...) */
  SUB_EXISTS, /* EXISTS (SELECT ...) */
  SUB_IN,     /* pLeft [NOT] IN (SELECT ...) */
  SUB_ANY,    /* pLeft op ANY (SELECT ...) */
  SUB_ALL,    /* pLeft op ALL (SELECT ...) */
  SUB_ARRAY   /* ARRAY(SELECT ...) */
} SubKind;

typedef enum BoolTestKind {
  BT_TRUE,
  BT_NOT_TRUE,
  BT_FALSE,
  BT_NOT_FALSE,
  BT_UNKNOWN,
  BT_NOT_UNKNOWN
} BoolTestKind;

/* A type name as written in CAST or ::, e.g. DECIMAL(38,4) or BIGINT[]. */
typedef struct TypeName {
  const char *zName; /* last component as libpg_query folds it: "int4",
                        "varchar", "timestamp", "string", "double" ... */
  const char *zText; /* the type as written, from the original text */
  int aMod[2];       /* typmods, e.g. precision and scale */
  int nMod;
  int nArrayDim; /* [] suffixes */
  Span span;
} TypeName;

typedef enum SortDir { SORT_DEFAULT, SORT_ASC, SORT_DESC } SortDir;
typedef enum SortNulls { NULLS_DEFAULT, NULLS_FIRST, NULLS_LAST } SortNulls;

typedef struct OrderItem {
  Expr *pExpr;
  SortDir dir;
  SortNulls nulls;
  Span span;
} OrderItem;

typedef struct OrderList {
  OrderItem *a;
  int n;
} OrderList;

/* Frame options, as libpg_query's FRAMEOPTION_* bits. */
struct WindowSpec {
  const char *zName;    /* WINDOW name AS (...) */
  const char *zRefName; /* OVER w, or OVER (w ORDER BY ...) */
  ExprList partition;
  OrderList order;
  int frameOptions;
  Expr *pFrameStart, *pFrameEnd; /* offsets of ROWS n PRECEDING ... */
  Span span;
  int bEntity; /* binder: partitioned by one user or event each */
};

typedef struct CaseWhen {
  Expr *pWhen, *pThen;
  Span span;
} CaseWhen;

/* Annotations the binder fills in (bind.c). Zero after parsing. */
typedef struct ExprInfo {
  const struct Lineage *pLin; /* source columns the value reveals; NULL: none */
  /* The part of pLin that flows into the value itself, leaving out what
  ** only steers it (CASE and IF conditions, FILTER, the ORDER BY of a
  ** ranking function): the literal rule compares values, not steering. */
  const struct Lineage *pVal;
  int bAgg;      /* contains an aggregate of this query level */
  int bWin;      /* contains a window function */
  int bConst;    /* the value can come from a literal or parameter */
  int bMixed;    /* a value revealing a HIGH or stricter column met a
                    literal- or parameter-derived value in something that
                    only builds values (COALESCE, CASE branches, ...): any
                    comparison or test of it compares the two */
  int bFused;    /* a HIGH value joined to literal pieces by concatenation
                    or adding a literal (CONCAT(user_id, '|', x), pc || 'x'):
                    equal exactly when the parts are, so counting,
                    grouping and NULL tests see only the parts; anything
                    else treats it as mixed */
  int bBound;    /* the binder has visited this node */
  int bOuter;    /* EK_COLUMN: found outside the innermost subquery */
  void *pRel;    /* EK_COLUMN, EK_STAR: the BRel named (bind.h) */
  int iCol;      /* EK_COLUMN: column index in pRel */
  const void *pFunc; /* EK_FUNC: the policy's PFunc, NULL if unknown */
  const char *zTables; /* EK_STAR over base tables: their names, for AMC103 */
} ExprInfo;

struct Expr {
  ExprKind kind;
  Span span;
  /* EK_COLUMN, EK_STAR: qualifiers and column */
  NameList name;
  /* EK_LITERAL */
  LitKind litKind;
  const char *zLit; /* value for strings, text for numbers and bits */
  int64_t iLit;     /* LIT_INT, LIT_BOOL */
  /* EK_OP, EK_SUBQUERY (ANY/ALL) */
  const char *zOp;
  Expr *pLeft, *pRight, *pEscape;
  /* lists: EK_AND/EK_OR/EK_IN/EK_BETWEEN/EK_FUNC/EK_ARRAY/EK_ROW args */
  ExprList args;
  int bNot;       /* NOT IN, NOT BETWEEN, NOT LIKE, IS NOT NULL */
  int bSymmetric; /* BETWEEN SYMMETRIC */
  LikeKind likeKind;
  BoolTestKind boolTest;
  /* EK_FUNC */
  const char *zSchema; /* qualified call, e.g. pg_catalog.now(): rejected */
  const char *zFunc;   /* lower case unless quoted */
  Span funcNameSpan;
  int bStar;      /* COUNT(*) */
  int bDistinct;  /* COUNT(DISTINCT x) */
  int bSqlSyntax; /* EXTRACT(x FROM y), SUBSTRING(s FROM a), CURRENT_DATE */
  int bVariadic;
  Expr *pFilter;      /* FILTER (WHERE ...) */
  OrderList aggOrder; /* ordered-set or aggregate ORDER BY */
  int bWithinGroup;
  WindowSpec *pOver;
  /* EK_CASE */
  Expr *pCaseArg;
  CaseWhen *aWhen;
  int nWhen;
  Expr *pElse;
  /* EK_CAST */
  TypeName *pType;
  int bCastSyntax; /* 1: CAST(x AS t); 0: x::t or a typed literal DATE '..' */
  /* EK_SUBQUERY */
  SubKind subKind;
  Select *pSub;
  /* EK_PARAM */
  int iParam;

  ExprInfo info;
};

typedef struct Target {
  Expr *pExpr;
  const char *zAlias; /* NULL when none was written */
  Span span;          /* expression and alias */
  Span aliasSpan;
} Target;

typedef struct Cte {
  const char *zName;
  Span nameSpan;
  NameList cols; /* WITH c (a, b) AS ... */
  Select *pSelect;
  Span span;        /* name to closing ')' */
  int materialized; /* 0 default, 1 MATERIALIZED, 2 NOT MATERIALIZED */
} Cte;

typedef enum FromKind {
  FK_TABLE,    /* a table or CTE name */
  FK_SUBQUERY, /* (SELECT ...) or (VALUES ...) */
  FK_JOIN,
  FK_FUNCTION /* a function in FROM, e.g. EXPLODE(...) */
} FromKind;

typedef enum JoinKind {
  JK_INNER,
  JK_LEFT,
  JK_FULL,
  JK_RIGHT,
  JK_CROSS
} JoinKind;

/* TABLE(EXTEND_TIME_WINDOW('t', 'before', 'after')) */
typedef struct ExtendWindow {
  const char *zBefore, *zAfter;
  long long nBeforeSec, nAfterSec; /* -1 when malformed (already reported) */
  int bBad;                        /* malformed: already reported */
  Span span;
} ExtendWindow;

struct FromItem {
  FromKind kind;
  Span span;
  const char *zAlias; /* NULL when none was written */
  Span aliasSpan;
  NameList colAlias; /* AS t (a, b) */
  /* FK_TABLE */
  const char *zSchema;
  const char *zName;
  Span nameSpan;
  ExtendWindow *pExtend;
  /* FK_SUBQUERY */
  Select *pSelect;
  int bLateral;
  /* FK_JOIN */
  Span kwSpan; /* "LEFT OUTER JOIN", "NATURAL JOIN", "," ... */
  JoinKind joinKind;
  int bNatural;
  FromItem *pLeft, *pRight;
  Expr *pOn;
  NameList using;
  /* FK_FUNCTION */
  ExprList funcs;
  int bOrdinality;
  void *pRel; /* bind.c's BRel, after binding */
};

typedef enum SelectKind { SK_SELECT, SK_SETOP, SK_VALUES } SelectKind;
typedef enum SetOp { SO_UNION, SO_INTERSECT, SO_EXCEPT } SetOp;

typedef struct ValuesRow {
  ExprList cells;
  Span span;
} ValuesRow;

/* A query expression: a simple SELECT, a set operation or a VALUES list,
** with its own WITH, ORDER BY and LIMIT. */
struct Select {
  SelectKind kind;
  Span span;
  /* WITH */
  Cte *aCte;
  int nCte;
  int bRecursive;
  Span withSpan;
  /* SK_SELECT */
  Span kwSpan; /* the SELECT keyword */
  int bDistinct;
  ExprList distinctOn;
  Target *aTarget;
  int nTarget;
  FromItem **aFrom; /* comma-separated items */
  int nFrom;
  Expr *pWhere;
  ExprList groupBy;
  Span groupSpan;
  int bBadGroup; /* GROUPING SETS and the like: already reported */
  Expr *pHaving;
  WindowSpec **aWindow;
  int nWindow;
  /* SK_SETOP */
  SetOp op;
  int bAll;
  Select *pLeft, *pRight;
  /* SK_VALUES */
  ValuesRow *aRow;
  int nRow;
  /* any kind */
  OrderList orderBy;
  Span orderSpan;
  Expr *pLimit, *pOffset;
  Span limitSpan;
  int bLimitAll; /* LIMIT ALL */
  void *pBind; /* bind.c's SelBind, after binding */
};

/* Render the IR as indented text (bJson = 0) or as JSON (bJson = 1), with
** spans as line:column pairs of pSrc. With pPol (after binding), every
** expression also shows what it reveals (its lineage) and whether its value
** can come from a literal or parameter, and whether it aggregates. */
struct Source;
struct Policy;
void ir_dump(StrBuf *pOut, const struct Source *pSrc, const Select *p,
             int bJson, const struct Policy *pPol);

const char *ir_expr_kind_name(ExprKind k);

#endif
