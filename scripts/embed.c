/*
 * embed.c: build tool. Writes a C file defining a byte array with the
 * contents of a file, NUL-terminated, so an installed amcq carries its AMC
 * policy and rules reference without data files.
 *
 * usage: embed SYMBOL INPUT OUTPUT.c
 */
#include <stdio.h>

int main(int argc, char **argv) {
  FILE *in, *out;
  int c;
  unsigned long n = 0;
  if (argc != 4) {
    fprintf(stderr, "usage: embed SYMBOL INPUT OUTPUT.c\n");
    return 2;
  }
  in = fopen(argv[2], "rb");
  if (!in) {
    perror(argv[2]);
    return 2;
  }
  out = fopen(argv[3], "w");
  if (!out) {
    perror(argv[3]);
    return 2;
  }
  fprintf(out, "/* Generated from %s by scripts/embed.c. */\n", argv[2]);
  fprintf(out, "#include <stddef.h>\nconst char %s[] = {\n", argv[1]);
  while ((c = fgetc(in)) != EOF) {
    fprintf(out, "%d,", c);
    if (++n % 24 == 0) fputc('\n', out);
  }
  fprintf(out, "0};\nconst size_t %s_len = %lu;\n", argv[1], n);
  fclose(in);
  if (fclose(out) != 0) {
    perror(argv[3]);
    return 2;
  }
  return 0;
}
