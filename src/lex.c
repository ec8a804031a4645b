/*
 * lex.c: tokenizer for PostgreSQL-flavoured AMC SQL, faithful enough to know
 * where strings, quoted identifiers, comments and words begin and end. It
 * never fails: anything it cannot read becomes a TK_BAD token and the parser
 * reports the real error.
 */
#include "lex.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

int lex_uspace_len(const unsigned char *z, size_t n) {
  if (n >= 2 && z[0] == 0xC2 && z[1] == 0xA0) return 2; /* U+00A0 */
  if (n < 3) return 0;
  if (z[0] == 0xE1 && z[1] == 0x9A && z[2] == 0x80) return 3; /* U+1680 */
  if (z[0] == 0xE2 && z[1] == 0x80 && z[2] >= 0x80 && z[2] <= 0x8B)
    return 3; /* U+2000..U+200B */
  if (z[0] == 0xE2 && z[1] == 0x80 && z[2] == 0xAF) return 3; /* U+202F */
  if (z[0] == 0xE2 && z[1] == 0x81 && z[2] == 0x9F) return 3; /* U+205F */
  if (z[0] == 0xE3 && z[1] == 0x80 && z[2] == 0x80) return 3; /* U+3000 */
  if (z[0] == 0xEF && z[1] == 0xBB && z[2] == 0xBF) return 3; /* U+FEFF */
  return 0;
}

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

static int is_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c >= 0x80;
}

/* Letters, digits, _ and $ (and, below, every byte of a multi-byte
** character). */
// clang-format off
#define L(c) [c] = 1, [c - 32] = 1,
static const unsigned char aIdentChar[128] = {
    ['$'] = 1, ['_'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    L('a') L('b') L('c') L('d') L('e') L('f') L('g') L('h') L('i') L('j')
    L('k') L('l') L('m') L('n') L('o') L('p') L('q') L('r') L('s') L('t')
    L('u') L('v') L('w') L('x') L('y') L('z')
};
#undef L
// clang-format on

static inline int is_ident_char(unsigned char c) {
  return c >= 0x80 || aIdentChar[c];
}

static int is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

static int is_op_char(unsigned char c) {
  return strchr("+-*/<>=~!@#%^&|`?:", c) != NULL && c != 0;
}

/* End of a quoted run starting at i (z[i] == q), doubling q as escape; with
** bBackslash, a backslash escapes the next byte. Returns n if unterminated. */
static size_t scan_quoted(const unsigned char *z, size_t n, size_t i, char q,
                          int bBackslash, int *pbBad) {
  i++;
  while (i < n) {
    if (bBackslash && z[i] == '\\' && i + 1 < n) {
      i += 2;
      continue;
    }
    if (z[i] == (unsigned char)q) {
      if (i + 1 < n && z[i + 1] == (unsigned char)q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  *pbBad = 1;
  return n;
}

/* Read one token at z[i]. */
static size_t scan_token(const unsigned char *z, size_t n, size_t i,
                         TokKind *pKind, uint32_t *pnUspace) {
  unsigned char c = z[i];
  int bBad = 0;
  int nU;
  *pnUspace = 0;
  if (is_space(c) || (c >= 0xC2 && lex_uspace_len(z + i, n - i))) {
    while (i < n) {
      if (is_space(z[i])) {
        i++;
      } else if (z[i] >= 0xC2 && (nU = lex_uspace_len(z + i, n - i)) > 0) {
        i += (size_t)nU;
        (*pnUspace)++;
      } else {
        break;
      }
    }
    *pKind = TK_SPACE;
    return i;
  }
  if (c == '-' && i + 1 < n && z[i + 1] == '-') {
    while (i < n && z[i] != '\n')
      i++;
    *pKind = TK_COMMENT;
    return i;
  }
  if (c == '/' && i + 1 < n && z[i + 1] == '*') {
    int depth = 0;
    while (i < n) {
      if (z[i] == '/' && i + 1 < n && z[i + 1] == '*') {
        depth++;
        i += 2;
      } else if (z[i] == '*' && i + 1 < n && z[i + 1] == '/') {
        depth--;
        i += 2;
        if (depth == 0) break;
      } else {
        i++;
      }
    }
    *pKind = depth == 0 ? TK_COMMENT : TK_BAD;
    return i;
  }
  /* Prefixed strings: E'..', N'..', B'..', X'..', U&'..', U&"..". */
  if ((c == 'e' || c == 'E') && i + 1 < n && z[i + 1] == '\'') {
    i = scan_quoted(z, n, i + 1, '\'', 1, &bBad);
    *pKind = bBad ? TK_BAD : TK_STRING;
    return i;
  }
  if ((c == 'n' || c == 'N' || c == 'b' || c == 'B' || c == 'x' || c == 'X') &&
      i + 1 < n && z[i + 1] == '\'') {
    i = scan_quoted(z, n, i + 1, '\'', 0, &bBad);
    *pKind = bBad ? TK_BAD : TK_STRING;
    return i;
  }
  if ((c == 'u' || c == 'U') && i + 2 < n && z[i + 1] == '&' &&
      (z[i + 2] == '\'' || z[i + 2] == '"')) {
    char q = (char)z[i + 2];
    i = scan_quoted(z, n, i + 2, q, 0, &bBad);
    *pKind = bBad ? TK_BAD : (q == '"' ? TK_QIDENT : TK_STRING);
    return i;
  }
  if (c == '\'') {
    i = scan_quoted(z, n, i, '\'', 0, &bBad);
    *pKind = bBad ? TK_BAD : TK_STRING;
    return i;
  }
  if (c == '"') {
    i = scan_quoted(z, n, i, '"', 0, &bBad);
    *pKind = bBad ? TK_BAD : TK_QIDENT;
    return i;
  }
  if (c == '$') {
    size_t j = i + 1;
    if (j < n && is_digit(z[j])) {
      while (j < n && is_digit(z[j]))
        j++;
      *pKind = TK_PARAM;
      return j;
    }
    /* $tag$ ... $tag$ */
    while (j < n && z[j] != '$' && is_ident_char(z[j]) && z[j] != '$')
      j++;
    if (j < n && z[j] == '$') {
      size_t nTag = j + 1 - i;
      size_t k = j + 1;
      while (k + nTag <= n) {
        if (z[k] == '$' && memcmp(z + k, z + i, nTag) == 0) {
          *pKind = TK_DOLLAR;
          return k + nTag;
        }
        k++;
      }
      *pKind = TK_BAD;
      return n;
    }
    *pKind = TK_BAD;
    return i + 1;
  }
  if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(z[i + 1]))) {
    while (i < n && is_digit(z[i]))
      i++;
    if (i < n && z[i] == '.' && !(i + 1 < n && z[i + 1] == '.')) {
      i++;
      while (i < n && is_digit(z[i]))
        i++;
    }
    if (i < n && (z[i] == 'e' || z[i] == 'E')) {
      size_t j = i + 1;
      if (j < n && (z[j] == '+' || z[j] == '-')) j++;
      if (j < n && is_digit(z[j])) {
        i = j;
        while (i < n && is_digit(z[i]))
          i++;
      }
    }
    *pKind = TK_NUMBER;
    return i;
  }
  if (is_ident_start(c)) {
    while (i < n && is_ident_char(z[i]) &&
           (z[i] < 0x80 || !lex_uspace_len(z + i, n - i))) {
      i++;
    }
    *pKind = TK_WORD;
    return i;
  }
  switch (c) {
    case '(': *pKind = TK_LPAREN; return i + 1;
    case ')': *pKind = TK_RPAREN; return i + 1;
    case '[': *pKind = TK_LBRACKET; return i + 1;
    case ']': *pKind = TK_RBRACKET; return i + 1;
    case ',': *pKind = TK_COMMA; return i + 1;
    case ';': *pKind = TK_SEMI; return i + 1;
    case '.': *pKind = TK_DOT; return i + 1;
    default: break;
  }
  if (is_op_char(c)) {
    i++;
    while (i < n && is_op_char(z[i])) {
      /* A comment start ends the operator, as in PostgreSQL's scanner. */
      if ((z[i] == '-' && i + 1 < n && z[i + 1] == '-') ||
          (z[i] == '/' && i + 1 < n && z[i + 1] == '*')) {
        break;
      }
      i++;
    }
    *pKind = TK_OP;
    return i;
  }
  *pKind = TK_BAD;
  return i + 1;
}

void lex_all(Arena *pArena, const char *zText, size_t n, TokenList *pAll) {
  const unsigned char *z = (const unsigned char *)zText;
  size_t cap = 64, nTok = 0, i = 0;
  Token *a = xmalloc(cap * sizeof(Token));
  while (i < n) {
    TokKind kind;
    uint32_t nU;
    size_t e = scan_token(z, n, i, &kind, &nU);
    if (nTok == cap) {
      cap *= 2;
      a = xrealloc(a, cap * sizeof(Token));
    }
    a[nTok].kind = kind;
    a[nTok].iStart = (uint32_t)i;
    a[nTok].iEnd = (uint32_t)e;
    a[nTok].nUspace = nU;
    nTok++;
    i = e;
  }
  pAll->a = ARENA_ARRAY(pArena, Token, nTok);
  if (nTok) memcpy(pAll->a, a, nTok * sizeof(Token));
  pAll->n = nTok;
  free(a);
}

void lex_significant(Arena *pArena, const TokenList *pAll, TokenList *pOut) {
  size_t i, n = 0;
  for (i = 0; i < pAll->n; i++) {
    if (pAll->a[i].kind != TK_SPACE && pAll->a[i].kind != TK_COMMENT) n++;
  }
  pOut->a = ARENA_ARRAY(pArena, Token, n);
  pOut->n = 0;
  for (i = 0; i < pAll->n; i++) {
    if (pAll->a[i].kind != TK_SPACE && pAll->a[i].kind != TK_COMMENT) {
      pOut->a[pOut->n++] = pAll->a[i];
    }
  }
}

size_t lex_find(const TokenList *p, uint32_t off) {
  size_t lo = 0, hi = p->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->a[mid].iEnd <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

const char *lex_kind_name(TokKind k) {
  static const char *const az[] = {"space",    "comment",
                                   "word",     "quoted identifier",
                                   "string",   "dollar string",
                                   "number",   "parameter",
                                   "operator", "(",
                                   ")",        "[",
                                   "]",        ",",
                                   ";",        ".",
                                   "bad token"};
  return (unsigned)k < sizeof az / sizeof az[0] ? az[k] : "?";
}
