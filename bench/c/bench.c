/* The C surface of the cross-surface benchmark: every manifest case through
 * mp_evaluate_json (target/release/libmigratiepact.so), one call at a time, each call timed.
 *
 *   gcc -O2 -o bench/c/bench bench/c/bench.c -Ltarget/release -lmigratiepact
 *   LD_LIBRARY_PATH=target/release bench/c/bench CASES.jsonl ITERS
 *
 * Prints the JSON line every runner of bench/run.py prints. The timed region is the call and
 * mp_string_free of its output: what a C host pays per case. The prototypes are those of
 * ffi/include/migratiepact.h, declared here so the program builds before the header lands. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>

int mp_evaluate_json(const char *input, size_t len, char **out, size_t *out_len);
void mp_string_free(char *s);

static uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* CPU time (user + system) of this process so far, in seconds. */
static double cpu_seconds(void) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return (double)r.ru_utime.tv_sec + (double)r.ru_utime.tv_usec / 1e6 + (double)r.ru_stime.tv_sec +
         (double)r.ru_stime.tv_usec / 1e6;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 3 || atoi(argv[2]) < 1) {
    fprintf(stderr, "usage: bench CASES.jsonl ITERS (ITERS >= 1)\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  int iters = atoi(argv[2]);
  size_t cap = 1024, n = 0;
  char **lines = malloc(cap * sizeof *lines);
  size_t *lens = malloc(cap * sizeof *lens);
  char *line = NULL;
  size_t lcap = 0;
  ssize_t got;
  while ((got = getline(&line, &lcap, f)) > 0) {
    while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) got--;
    if (got == 0) continue;
    if (n == cap) {
      cap *= 2;
      lines = realloc(lines, cap * sizeof *lines);
      lens = realloc(lens, cap * sizeof *lens);
    }
    lines[n] = malloc((size_t)got);
    memcpy(lines[n], line, (size_t)got);
    lens[n++] = (size_t)got;
  }
  free(line);
  fclose(f);

  int failed = 0;
  for (size_t i = 0; i < n; i++) { /* warm-up pass; every case must give an assessment */
    char *out = NULL;
    size_t out_len = 0;
    if (mp_evaluate_json(lines[i], lens[i], &out, &out_len) != 0) failed++;
    mp_string_free(out);
  }
  if (failed) { fprintf(stderr, "%d cases did not give an assessment\n", failed); return 1; }

  uint64_t *lat = malloc(n * (size_t)iters * sizeof *lat);
  size_t k = 0;
  double c0 = cpu_seconds();
  uint64_t t0 = now_ns();
  for (int it = 0; it < iters; it++) {
    for (size_t i = 0; i < n; i++) {
      char *out = NULL;
      size_t out_len = 0;
      uint64_t t = now_ns();
      mp_evaluate_json(lines[i], lens[i], &out, &out_len);
      mp_string_free(out);
      lat[k++] = now_ns() - t;
    }
  }
  double wall = (double)(now_ns() - t0) / 1e9;
  double cpu = cpu_seconds() - c0;
  double busy = 0;
  for (size_t i = 0; i < k; i++) busy += (double)lat[i];
  busy /= 1e9;
  qsort(lat, k, sizeof *lat, cmp_u64);
  size_t p50 = (size_t)((double)(k - 1) * 0.50 + 0.5), p99 = (size_t)((double)(k - 1) * 0.99 + 0.5);
  printf("{\"mode\":\"mp_evaluate_json\",\"threads\":1,\"cases\":%zu,\"iters\":%d,\"wall_s\":%.6f,"
         "\"busy_s\":%.6f,\"cpu_s\":%.3f,\"cases_per_s\":%.1f,\"p50_ns\":%llu,\"p99_ns\":%llu}\n",
         n, iters, wall, busy, cpu, (double)k / busy, (unsigned long long)lat[p50], (unsigned long long)lat[p99]);
  for (size_t i = 0; i < n; i++) free(lines[i]);
  free(lines); free(lens); free(lat);
  return 0;
}
