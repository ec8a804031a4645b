/*
 * lex.h: a SQL tokenizer over the ORIGINAL query text. The dialect pass uses
 * it to find AMC-only syntax outside strings and comments; the parser uses
 * its significant tokens to compute where each IR node ends, which
 * libpg_query does not report.
 */
#ifndef AMCQ_LEX_H
#define AMCQ_LEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

typedef enum TokKind {
  TK_SPACE,   /* ASCII white space and Unicode space characters */
  TK_COMMENT, /* -- to end of line, or nested slash-star comment */
  TK_WORD,    /* unquoted identifier or keyword */
  TK_QIDENT,  /* "quoted identifier" (also U&"...") */
  TK_STRING,  /* 'string', E'..', N'..', B'..', X'..', U&'..' */
  TK_DOLLAR,  /* $tag$ string $tag$ */
  TK_NUMBER,
  TK_PARAM, /* $1 */
  TK_OP,    /* run of operator characters, including :: */
  TK_LPAREN,
  TK_RPAREN,
  TK_LBRACKET,
  TK_RBRACKET,
  TK_COMMA,
  TK_SEMI,
  TK_DOT,
  TK_BAD /* unterminated string, identifier or comment; stray byte */
} TokKind;

typedef struct Token {
  TokKind kind;
  uint32_t iStart, iEnd; /* byte offsets, [iStart, iEnd) */
  uint32_t nUspace;      /* TK_SPACE: Unicode space characters inside */
} Token;

typedef struct TokenList {
  Token *a;
  size_t n;
} TokenList;

/* Tokenize z[0..n) into *pAll (every token, white space included). Tokens
** are allocated in pArena and cover the input without gaps. */
void lex_all(Arena *pArena, const char *z, size_t n, TokenList *pAll);

/* Significant tokens only (no TK_SPACE, no TK_COMMENT). */
void lex_significant(Arena *pArena, const TokenList *pAll, TokenList *pOut);

/* Length in bytes of the Unicode space character starting at z (n bytes
** available), or 0 if there is none. U+00A0, U+1680, U+2000..U+200B,
** U+202F, U+205F, U+3000 and U+FEFF are Unicode spaces here. */
int lex_uspace_len(const unsigned char *z, size_t n);

/* Does token t of text z spell keyword zKw (ASCII, case-insensitive)?
** Inline so that the length of a literal keyword folds to a constant and
** most calls end at the length test. */
static inline int lex_is_word(const char *z, const Token *t, const char *zKw) {
  size_t n = strlen(zKw), i;
  if (t->kind != TK_WORD || t->iEnd - t->iStart != n) return 0;
  for (i = 0; i < n; i++) {
    char c = z[t->iStart + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != zKw[i]) return 0;
  }
  return 1;
}

/* Index of the first token whose iEnd > off (binary search); p->n if none. */
size_t lex_find(const TokenList *p, uint32_t off);

const char *lex_kind_name(TokKind k);

#endif
