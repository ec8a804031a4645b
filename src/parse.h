/*
 * parse.h: the second stage. Hands the dialect's rewritten text to
 * libpg_query, reads its JSON tree with cJSON and builds the typed IR of
 * ir.h, mapping every position back to the original text.
 */
#ifndef AMCQ_PARSE_H
#define AMCQ_PARSE_H

#include "arena.h"
#include "diag.h"
#include "dialect.h"
#include "ir.h"
#include "lex.h"
#include "source.h"

/* Deepest IR nesting any walker of ours accepts, and the deepest JSON the
** reader of libpg_query's output accepts (each IR level is two to four JSON
** levels). Both keep recursion well inside a default thread stack, also
** under AddressSanitizer. */
#define PARSE_MAX_DEPTH 1000
#define PARSE_MAX_JSON_DEPTH 4000

/* Most CTEs and table references (tables, CTEs and subqueries in FROM and
** JOIN) one query may have. Far above any real workflow; they bound the
** binder's name lookups, which are linear in what is in scope. */
#define PARSE_MAX_CTES 500
#define PARSE_MAX_TABLE_REFS 500

/* Parse the single query of pDia's text. pSig are the significant tokens of
** the ORIGINAL text. Returns the IR, or NULL after reporting why (syntax
** error, not a SELECT, several statements, too deep, ...) to pDiag. */
Select *parse_query(Arena *pArena, const Source *pSrc, const Dialect *pDia,
                    const TokenList *pSig, DiagList *pDiag);

/* Free libpg_query's memory held by the calling thread, if any. */
void parse_thread_cleanup(void);

#endif
