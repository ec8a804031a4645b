/*
 * json.c: the in-place JSON reader of json.h. Recursive descent with an
 * explicit depth limit; numbers are read by hand for the common integer
 * case (libpg_query writes "location" on every node).
 */
#include "json.h"

#include <stdlib.h>
#include <string.h>

typedef struct JReader {
  Arena *pArena;
  char *z;
  size_t n, i;
  int maxDepth;
  const char *zErr;
} JReader;

static inline void skip_ws(JReader *r) {
  while (r->i < r->n) {
    char c = r->z[r->i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
    r->i++;
  }
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Write code point cp as UTF-8 at z; returns bytes written. */
static int put_utf8(char *z, unsigned cp) {
  if (cp < 0x80) {
    z[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    z[0] = (char)(0xC0 | (cp >> 6));
    z[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    z[0] = (char)(0xE0 | (cp >> 12));
    z[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    z[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  z[0] = (char)(0xF0 | (cp >> 18));
  z[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  z[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  z[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static unsigned read_hex4(JReader *r, size_t at, int *pOk) {
  unsigned v = 0;
  int k;
  if (at + 4 > r->n) {
    *pOk = 0;
    return 0;
  }
  for (k = 0; k < 4; k++) {
    int h = hexval(r->z[at + (size_t)k]);
    if (h < 0) {
      *pOk = 0;
      return 0;
    }
    v = v * 16 + (unsigned)h;
  }
  return v;
}

/* A string starting at the opening quote; unescaped in place, returned
** NUL-terminated. The unescaped form is never longer than the escaped. */
static const char *read_string(JReader *r) {
  char *zOut;
  size_t w;
  if (r->i >= r->n || r->z[r->i] != '"') return NULL;
  r->i++;
  zOut = r->z + r->i;
  w = 0;
  /* Fast path: up to the first escape, the text is already in place. */
  {
    const char *q = memchr(r->z + r->i, '"', r->n - r->i);
    if (q && !memchr(r->z + r->i, '\\', (size_t)(q - (r->z + r->i)))) {
      w = (size_t)(q - zOut);
      zOut[w] = 0;
      r->i = (size_t)(q - r->z) + 1;
      return zOut;
    }
  }
  while (r->i < r->n) {
    char c = r->z[r->i];
    if (c == '"') {
      zOut[w] = 0;
      r->i++;
      return zOut;
    }
    if (c == '\\') {
      char e;
      if (r->i + 1 >= r->n) return NULL;
      e = r->z[r->i + 1];
      r->i += 2;
      switch (e) {
        case '"': zOut[w++] = '"'; break;
        case '\\': zOut[w++] = '\\'; break;
        case '/': zOut[w++] = '/'; break;
        case 'b': zOut[w++] = '\b'; break;
        case 'f': zOut[w++] = '\f'; break;
        case 'n': zOut[w++] = '\n'; break;
        case 'r': zOut[w++] = '\r'; break;
        case 't': zOut[w++] = '\t'; break;
        case 'u': {
          int ok = 1;
          unsigned cp = read_hex4(r, r->i, &ok);
          if (!ok) return NULL;
          r->i += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && r->i + 6 <= r->n &&
              r->z[r->i] == '\\' && r->z[r->i + 1] == 'u') {
            unsigned lo = read_hex4(r, r->i + 2, &ok);
            if (ok && lo >= 0xDC00 && lo < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              r->i += 6;
            }
          }
          w += (size_t)put_utf8(zOut + w, cp);
          break;
        }
        default:
          return NULL;
      }
      continue;
    }
    zOut[w++] = c;
    r->i++;
  }
  return NULL;
}

static JNode *read_value(JReader *r, int depth);

static JNode *new_node(JReader *r, JType t) {
  return json_node_new(r->pArena, t);
}

static JNode *read_container(JReader *r, int depth, int bObject) {
  JNode *p = new_node(r, bObject ? JT_OBJECT : JT_ARRAY);
  JNode **ppTail = &p->pChild;
  char close = bObject ? '}' : ']';
  r->i++; /* { or [ */
  skip_ws(r);
  if (r->i < r->n && r->z[r->i] == close) {
    r->i++;
    return p;
  }
  while (r->i < r->n) {
    const char *zKey = NULL;
    JNode *v;
    skip_ws(r);
    if (bObject) {
      zKey = read_string(r);
      if (!zKey) return NULL;
      skip_ws(r);
      if (r->i >= r->n || r->z[r->i] != ':') return NULL;
      r->i++;
    }
    v = read_value(r, depth + 1);
    if (!v) return NULL;
    v->zKey = zKey;
    *ppTail = v;
    ppTail = &v->pNext;
    p->nChild++;
    skip_ws(r);
    if (r->i < r->n && r->z[r->i] == ',') {
      r->i++;
      continue;
    }
    if (r->i < r->n && r->z[r->i] == close) {
      r->i++;
      return p;
    }
    return NULL;
  }
  return NULL;
}

static JNode *read_value(JReader *r, int depth) {
  char c;
  if (depth > r->maxDepth) {
    r->zErr = "nested too deeply";
    return NULL;
  }
  skip_ws(r);
  if (r->i >= r->n) return NULL;
  c = r->z[r->i];
  if (c == '{') return read_container(r, depth, 1);
  if (c == '[') return read_container(r, depth, 0);
  if (c == '"') {
    JNode *p = new_node(r, JT_STRING);
    p->zValue = read_string(r);
    return p->zValue ? p : NULL;
  }
  if (c == 't' && r->i + 4 <= r->n && memcmp(r->z + r->i, "true", 4) == 0) {
    r->i += 4;
    return new_node(r, JT_TRUE);
  }
  if (c == 'f' && r->i + 5 <= r->n && memcmp(r->z + r->i, "false", 5) == 0) {
    r->i += 5;
    return new_node(r, JT_FALSE);
  }
  if (c == 'n' && r->i + 4 <= r->n && memcmp(r->z + r->i, "null", 4) == 0) {
    r->i += 4;
    return new_node(r, JT_NULL);
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    JNode *p = new_node(r, JT_NUMBER);
    size_t s = r->i;
    int neg = c == '-', bInt = 1;
    double v = 0;
    if (neg) r->i++;
    while (r->i < r->n && r->z[r->i] >= '0' && r->z[r->i] <= '9') {
      v = v * 10 + (r->z[r->i] - '0');
      r->i++;
    }
    while (r->i < r->n && strchr(".eE+-", r->z[r->i]) && r->z[r->i]) {
      bInt = 0;
      r->i++;
      while (r->i < r->n && r->z[r->i] >= '0' && r->z[r->i] <= '9') r->i++;
    }
    if (!bInt) {
      char aBuf[64];
      size_t len = r->i - s;
      if (len >= sizeof aBuf) return NULL;
      memcpy(aBuf, r->z + s, len);
      aBuf[len] = 0;
      v = strtod(aBuf, NULL);
      neg = 0;
    }
    p->rValue = neg ? -v : v;
    return p;
  }
  return NULL;
}

JNode *json_parse(Arena *pArena, char *z, size_t n, int maxDepth,
                  const char **pzErr) {
  JReader r;
  JNode *p;
  r.pArena = pArena;
  r.z = z;
  r.n = n;
  r.i = 0;
  r.maxDepth = maxDepth;
  r.zErr = NULL;
  p = read_value(&r, 0);
  if (p) {
    skip_ws(&r);
    if (r.i != r.n) p = NULL;
  }
  if (!p) *pzErr = r.zErr ? r.zErr : "malformed JSON";
  return p;
}

const JNode *json_get(const JNode *o, const char *zKey) {
  const JNode *p;
  if (!o || o->type != JT_OBJECT) return NULL;
  for (p = o->pChild; p; p = p->pNext) {
    if (json_str_is(p->zKey, zKey)) return p;
  }
  return NULL;
}

const JNode *json_item(const JNode *a, int i) {
  const JNode *p;
  if (!a || a->type != JT_ARRAY || i < 0) return NULL;
  for (p = a->pChild; p && i > 0; p = p->pNext) i--;
  return p;
}
