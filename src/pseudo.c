/*
 * pseudo.c: keyed XXH3-128 pseudonyms (see pseudo.h).
 */
/* libpg_query.so exports an older xxHash under the same symbol names; the
** inline build of the header keeps ours from resolving to it. */
#define XXH_INLINE_ALL
#include "pseudo.h"

#include <string.h>
#include <xxhash.h>

int pseudo_init(Pseudo *p, const unsigned char aKey[PSEUDO_KEY_BYTES]) {
  return XXH3_generateSecret(p->aSecret, sizeof p->aSecret, aKey,
                             PSEUDO_KEY_BYTES) == XXH_OK
             ? 0
             : -1;
}

static const char azHex[] = "0123456789abcdef";

void pseudo_hex(const Pseudo *p, const char *z, size_t n, char zOut[33]) {
  XXH128_hash_t h = XXH3_128bits_withSecret(z, n, p->aSecret, sizeof p->aSecret);
  int i;
  for (i = 0; i < 16; i++) {
    uint64_t w = i < 8 ? h.high64 : h.low64;
    unsigned b = (unsigned)(w >> (8 * (7 - (i & 7)))) & 0xFFu;
    zOut[2 * i] = azHex[b >> 4];
    zOut[2 * i + 1] = azHex[b & 15];
  }
  zOut[32] = 0;
}

void pseudo_key_hex(const unsigned char aKey[PSEUDO_KEY_BYTES], char zOut[65]) {
  int i;
  for (i = 0; i < PSEUDO_KEY_BYTES; i++) {
    zOut[2 * i] = azHex[aKey[i] >> 4];
    zOut[2 * i + 1] = azHex[aKey[i] & 15];
  }
  zOut[64] = 0;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int pseudo_key_parse(const char *zHex, unsigned char aKey[PSEUDO_KEY_BYTES]) {
  int i;
  if (strlen(zHex) != 2 * PSEUDO_KEY_BYTES) return -1;
  for (i = 0; i < PSEUDO_KEY_BYTES; i++) {
    int hi = hexval(zHex[2 * i]), lo = hexval(zHex[2 * i + 1]);
    if (hi < 0 || lo < 0) return -1;
    aKey[i] = (unsigned char)(hi * 16 + lo);
  }
  return 0;
}
