/*
 * floor.c: the floor for amcq check's speed. Reads every file named on the
 * command line and parses it with libpg_query alone (pg_query_parse, which
 * amcq also calls), doing nothing else. amcq check over the same files
 * cannot be faster than this.
 *
 * usage: floor FILE...
 */
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int i, nErr = 0;
  for (i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    char *z;
    long n;
    PgQueryParseResult r;
    if (!f) {
      perror(argv[i]);
      return 2;
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    z = malloc((size_t)n + 1);
    if (!z || fread(z, 1, (size_t)n, f) != (size_t)n) return 2;
    z[n] = 0;
    fclose(f);
    r = pg_query_parse(z);
    if (r.error) nErr++;
    pg_query_free_parse_result(r);
    free(z);
  }
  pg_query_exit();
  printf("%d files, %d with parse errors\n", argc - 1, nErr);
  return 0;
}
