/*
 * pseudo.h: pseudonymization of identities in fixtures. An identity (a
 * synthetic person, or an identifier in a first-party CSV) becomes the hex
 * of its keyed XXH3-128 hash; the key lives in the fixture's metadata and is
 * never printed. This protects fixtures from casual reading; it is not
 * anonymization.
 */
#ifndef AMCQ_PSEUDO_H
#define AMCQ_PSEUDO_H

#include <stddef.h>
#include <stdint.h>

#define PSEUDO_KEY_BYTES 32
#define PSEUDO_SECRET_BYTES 192

typedef struct Pseudo {
  unsigned char aSecret[PSEUDO_SECRET_BYTES];
} Pseudo;

/* Derive the hashing secret from a key. Returns 0, or -1 if xxHash refuses. */
int pseudo_init(Pseudo *p, const unsigned char aKey[PSEUDO_KEY_BYTES]);

/* Write the 32 lower-case hex digits (and a NUL) of identity z[0..n) to
** zOut, which has room for 33 bytes. */
void pseudo_hex(const Pseudo *p, const char *z, size_t n, char zOut[33]);

/* Key <-> 64 hex digits, for the metadata table. pseudo_key_parse returns
** 0, or -1 if zHex is not 64 hex digits. */
void pseudo_key_hex(const unsigned char aKey[PSEUDO_KEY_BYTES], char zOut[65]);
int pseudo_key_parse(const char *zHex, unsigned char aKey[PSEUDO_KEY_BYTES]);

#endif
