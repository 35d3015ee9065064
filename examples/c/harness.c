/*
 * harness.c — how a legacy IND/COA system calls migratiepact from C, and the C conformance
 * harness of scripts/test-c.sh.
 *
 * Build (see Makefile):  make -C examples/c      (after `cargo build --release`)
 *   or by hand:          gcc -std=c11 -Wall -Wextra -O2 -Iffi/include examples/c/harness.c \
 *                            -Ltarget/release -lmigratiepact -lpthread -o harness
 *
 * Use:
 *   harness [--params PARAMS.json] CASE.json|- ...   evaluate cases, print status and JSON
 *   harness --regime LODGED [REGISTERED [MADE]]      regime for dates (YYYY-MM-DD, "-" unknown)
 *   harness --deadline FROM PERIOD eu|nl             one time limit (FROM: YYYY-MM-DD or
 *                                                    YYYY-MM-DDTHH:MM:SS+HH:MM)
 *   harness --check DIR        compare every DIR/NNNN.in with DIR/NNNN.out (index.tsv)
 *   harness --threads DIR N [ROUNDS]   the same from N threads at once (ROUNDS times each)
 *   harness --selftest         NULL pointers, invalid UTF-8, empty and oversized input, engine
 *   harness --bench DIR SECS   calls per second over the public vectors
 *
 * Exit status: 0 all good; 1 an input was refused (or a check failed); 2 usage or I/O error.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "migratiepact.h"

/* ---------- small I/O helpers ---------- */

/* Reads a whole file ("-" = stdin). Always returns a non-NULL buffer (even for 0 bytes). */
static char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) goto fail;
    for (;;) {
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) goto fail;
            buf = bigger;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) goto fail;
    if (f != stdin) fclose(f);
    *len = n;
    return buf;
fail:
    free(buf);
    if (f != stdin) fclose(f);
    return NULL;
}

static char *path_in(const char *dir, const char *id, const char *ext) {
    size_t n = strlen(dir) + strlen(id) + strlen(ext) + 3;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s.%s", dir, id, ext);
    return p;
}

/* ---------- evaluating cases: the pattern a legacy system copies ---------- */

static int evaluate_file(const MpEngine *engine, const char *path) {
    size_t len = 0;
    char *input = read_all(path, &len);
    if (!input) {
        fprintf(stderr, "%s: cannot read\n", path);
        return 2;
    }
    char *out = NULL;
    size_t out_len = 0;
    MpStatus st = engine ? mp_engine_evaluate_json(engine, input, len, &out, &out_len)
                         : mp_evaluate_json(input, len, &out, &out_len);
    free(input);
    int rc = 0;
    switch (st) {
    case MP_OK: /* out: the Assessment */
        printf("%s\n", out);
        break;
    case MP_INPUT_ERROR:   /* out: an ErrorReport listing every problem */
    case MP_INVALID_UTF8:  /* out: the ErrorReport (code invalidJson) */
    case MP_TOO_LARGE:     /* out: the ErrorReport (code tooLarge) */
        fprintf(stderr, "%s: refused (%s)\n", path, mp_status_name(st));
        printf("%s\n", out);
        rc = 1;
        break;
    case MP_NULL_POINTER:     /* a programming error in the caller; out is NULL */
    case MP_INVALID_ARGUMENT: /* e.g. len > PTRDIFF_MAX; out is NULL */
    case MP_PANIC:            /* a bug in the library, caught at the boundary; out is NULL */
    default:
        fprintf(stderr, "%s: %s\n", path, mp_status_name(st));
        rc = 2;
        break;
    }
    mp_string_free(out); /* always safe: NULL is a no-op */
    return rc;
}

static MpDate parse_date(const char *s) {
    MpDate d = {0, 0, 0};
    if (s && strcmp(s, "-") != 0 && sscanf(s, "%d-%u-%u", &d.year, &d.month, &d.day) != 3) {
        d.year = -1; /* an impossible date: the library answers MP_INVALID_ARGUMENT */
    }
    return d;
}

static const char *procedure_name(MpProcedure p) {
    switch (p) {
    case MP_PROCEDURE_PACT: return "pact";
    case MP_PROCEDURE_LEGACY: return "legacy";
    default: return "undetermined";
    }
}

static const char *responsibility_name(MpResponsibility r) {
    switch (r) {
    case MP_RESPONSIBILITY_AMMR: return "ammr";
    case MP_RESPONSIBILITY_DUBLIN3: return "dublin3";
    default: return "undetermined";
    }
}

static int cmd_regime(int argc, char **argv) {
    MpRegimeRequest req;
    req.lodged_at = parse_date(argc > 0 ? argv[0] : NULL);
    req.registered_at = parse_date(argc > 1 ? argv[1] : NULL);
    req.made_at = parse_date(argc > 2 ? argv[2] : NULL);
    MpRegime r;
    MpStatus st = mp_regime(&req, &r);
    if (st != MP_OK) {
        fprintf(stderr, "regime: %s\n", mp_status_name(st));
        return st == MP_INPUT_ERROR ? 1 : 2;
    }
    printf("procedure=%s responsibility=%s workstream=%s\n", procedure_name(r.procedure),
           responsibility_name(r.responsibility), procedure_name(r.workstream));
    return 0;
}

static int cmd_deadline(const char *from, const char *period, const char *law) {
    MpDeadlineRequest req;
    memset(&req, 0, sizeof req);
    int oh = 0, om = 0;
    char sign = '+';
    if (sscanf(from, "%d-%u-%uT%u:%u:%u%c%d:%d", &req.from.year, &req.from.month, &req.from.day,
               &req.hour, &req.minute, &req.second, &sign, &oh, &om) == 9) {
        req.has_time = true;
        req.utc_offset_seconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else if (sscanf(from, "%d-%u-%u", &req.from.year, &req.from.month, &req.from.day) != 3) {
        fprintf(stderr, "deadline: bad date %s\n", from);
        return 2;
    }
    req.period = period;
    req.law = strcmp(law, "nl") == 0 ? MP_LAW_NL : strcmp(law, "eu") == 0 ? MP_LAW_EU : 99;
    MpDeadlineResult res;
    MpStatus st = mp_deadline(&req, &res);
    if (st != MP_OK) {
        fprintf(stderr, "deadline: %s\n", mp_status_name(st));
        return 2;
    }
    printf("due=%04d-%02u-%02u expiresAt=%s unix=%lld offset=%d extended=%s\n", res.due.year,
           res.due.month, res.due.day, res.expires_at, (long long)res.expires_at_unix,
           res.expires_at_utc_offset, res.extended ? "true" : "false");
    return 0;
}

/* ---------- conformance: byte-for-byte against the Rust output ---------- */

typedef struct {
    char id[8];
    char kind[16];
    int ok;
    int status; /* -1: any refusal status */
    char *input, *expected;
    size_t input_len, expected_len;
} Vector;

static void free_vectors(Vector *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(v[i].input);
        free(v[i].expected);
    }
    free(v);
}

static Vector *load_vectors(const char *dir, size_t *count) {
    char *index_path = path_in(dir, "index", "tsv");
    size_t len = 0;
    char *index = index_path ? read_all(index_path, &len) : NULL;
    free(index_path);
    if (!index) {
        fprintf(stderr, "%s/index.tsv: cannot read\n", dir);
        return NULL;
    }
    size_t cap = 64, n = 0;
    Vector *v = calloc(cap, sizeof *v);
    char *save = NULL;
    char *terminated = realloc(index, len + 1);
    if (!terminated) {
        free(index);
        free(v);
        return NULL;
    }
    index = terminated;
    index[len] = '\0';
    for (char *line = strtok_r(index, "\n", &save); v && line; line = strtok_r(NULL, "\n", &save)) {
        if (n == cap) {
            Vector *bigger = realloc(v, (cap *= 2) * sizeof *v);
            if (!bigger) break;
            v = bigger;
        }
        Vector *x = &v[n];
        memset(x, 0, sizeof *x);
        char status[8] = "";
        if (sscanf(line, "%7[^\t]\t%15[^\t]\t%d\t%7[^\t]", x->id, x->kind, &x->ok, status) != 4) continue;
        x->status = strcmp(status, "-") == 0 ? -1 : atoi(status);
        char *in = path_in(dir, x->id, "in"), *out = path_in(dir, x->id, "out");
        x->input = in ? read_all(in, &x->input_len) : NULL;
        x->expected = out ? read_all(out, &x->expected_len) : NULL;
        free(in);
        free(out);
        n++;
        if (!x->input || !x->expected) {
            fprintf(stderr, "%s: missing .in/.out\n", x->id);
            free(index);
            free_vectors(v, n);
            return NULL;
        }
    }
    free(index);
    *count = n;
    return v;
}

/* Returns NULL on success or a static reason. */
static const char *check_one(const MpEngine *engine, const Vector *x) {
    char *out = NULL;
    size_t out_len = 0;
    MpStatus st = engine ? mp_engine_evaluate_json(engine, x->input, x->input_len, &out, &out_len)
                         : mp_evaluate_json(x->input, x->input_len, &out, &out_len);
    const char *why = NULL;
    if (!out) why = "no output";
    else if (x->ok && st != MP_OK) why = "status is not MP_OK";
    else if (!x->ok && x->status >= 0 && (int)st != x->status) why = "wrong refusal status";
    else if (!x->ok && st != MP_INPUT_ERROR && st != MP_INVALID_UTF8 && st != MP_TOO_LARGE)
        why = "not a refusal status";
    else if (out_len != x->expected_len || memcmp(out, x->expected, out_len) != 0)
        why = "output differs from the Rust output";
    else if (out[out_len] != '\0') why = "output not NUL-terminated";
    else if (strlen(out) != out_len) why = "out_len wrong";
    mp_string_free(out);
    return why;
}

static int cmd_check(const char *dir, const MpEngine *engine) {
    size_t n = 0;
    Vector *v = load_vectors(dir, &n);
    if (!v) return 2;
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        const char *why = check_one(engine, &v[i]);
        if (why) {
            failed++;
            printf("FAIL %s (%s): %s\n", v[i].id, v[i].kind, why);
        }
    }
    printf("c check: %zu passed, %zu failed\n", n - failed, failed);
    free_vectors(v, n);
    return failed ? 1 : 0;
}

typedef struct {
    const Vector *v;
    size_t n;
    int rounds;
    int index;
    size_t failed;
} Job;

static void *thread_main(void *arg) {
    Job *job = arg;
    for (int r = 0; r < job->rounds; r++)
        for (size_t i = 0; i < job->n; i++) {
            /* a different start per thread so threads hit different inputs at once */
            const Vector *x = &job->v[(i + (size_t)r * 7 + (size_t)job->index * 3) % job->n];
            if (check_one(NULL, x)) job->failed++;
        }
    return NULL;
}

static int cmd_threads(const char *dir, int threads, int rounds) {
    size_t n = 0;
    Vector *v = load_vectors(dir, &n);
    if (!v) return 2;
    pthread_t tid[64];
    Job jobs[64];
    if (threads > 64) threads = 64;
    for (int t = 0; t < threads; t++) {
        jobs[t] = (Job){v, n, rounds, t, 0};
        if (pthread_create(&tid[t], NULL, thread_main, &jobs[t]) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return 2;
        }
    }
    size_t failed = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        failed += jobs[t].failed;
    }
    size_t total = (size_t)threads * (size_t)rounds * n;
    printf("c threads: %d threads x %d rounds x %zu inputs: %zu passed, %zu failed\n", threads,
           rounds, n, total - failed, failed);
    free_vectors(v, n);
    return failed ? 1 : 0;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmd_bench(const char *dir, double secs) {
    size_t n = 0;
    Vector *v = load_vectors(dir, &n);
    if (!v) return 2;
    unsigned long long calls = 0, bytes = 0;
    size_t pub = 0;
    double start = now_s(), el = 0;
    do {
        for (size_t i = 0; i < n; i++) {
            if (strcmp(v[i].kind, "public") != 0) continue;
            char *out = NULL;
            size_t out_len = 0;
            mp_evaluate_json(v[i].input, v[i].input_len, &out, &out_len);
            bytes += out_len;
            mp_string_free(out);
            calls++;
        }
        if (!pub) pub = (size_t)calls;
        el = now_s() - start;
    } while (el < secs && calls > 0);
    printf("c: %llu calls in %.2f s = %.0f calls/s over %zu public vectors (output %llu B)\n", calls,
           el, (double)calls / el, pub, bytes);
    free_vectors(v, n);
    return calls ? 0 : 2;
}

/* ---------- self-test of every documented status ---------- */

static size_t st_pass, st_fail;
#define EXPECT(cond)                                                                       \
    do {                                                                                   \
        if (cond) st_pass++;                                                               \
        else {                                                                             \
            st_fail++;                                                                     \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                         \
        }                                                                                  \
    } while (0)

static int has(const char *s, const char *needle) { return s && strstr(s, needle) != NULL; }

static int cmd_selftest(void) {
    const char *ok_case = "{\"schemaVersion\":1,\"application\":{\"madeAt\":\"2026-06-15\","
                          "\"lodgedAt\":\"2026-06-20\"}}";
    char *out = (char *)1;
    size_t out_len = 99;

    /* MP_OK */
    EXPECT(mp_evaluate_json(ok_case, strlen(ok_case), &out, &out_len) == MP_OK);
    EXPECT(has(out, "\"procedure\":\"pact\"") && out_len == strlen(out));
    mp_string_free(out);

    /* NULL pointers: MP_NULL_POINTER, *out NULL, *out_len 0, nothing allocated */
    out = (char *)1; out_len = 99;
    EXPECT(mp_evaluate_json(NULL, 5, &out, &out_len) == MP_NULL_POINTER);
    EXPECT(out == NULL && out_len == 0);
    EXPECT(mp_evaluate_json(NULL, 0, &out, &out_len) == MP_NULL_POINTER);
    EXPECT(mp_evaluate_json(ok_case, strlen(ok_case), NULL, &out_len) == MP_NULL_POINTER);
    out = (char *)1;
    EXPECT(mp_evaluate_json(ok_case, strlen(ok_case), &out, NULL) == MP_NULL_POINTER);
    EXPECT(out == NULL);
    EXPECT(mp_evaluate_json(NULL, 0, NULL, NULL) == MP_NULL_POINTER);

    /* empty input: MP_INPUT_ERROR, ErrorReport invalidJson */
    EXPECT(mp_evaluate_json("", 0, &out, &out_len) == MP_INPUT_ERROR);
    EXPECT(has(out, "\"code\":\"invalidJson\""));
    mp_string_free(out);

    /* invalid JSON and contract errors: MP_INPUT_ERROR */
    EXPECT(mp_evaluate_json("{not json", 9, &out, &out_len) == MP_INPUT_ERROR);
    EXPECT(has(out, "invalidJson"));
    mp_string_free(out);
    const char *unknown = "{\"schemaVersion\":1,\"bogus\":true}";
    EXPECT(mp_evaluate_json(unknown, strlen(unknown), &out, &out_len) == MP_INPUT_ERROR);
    EXPECT(has(out, "\"errors\""));
    mp_string_free(out);

    /* invalid UTF-8: MP_INVALID_UTF8 with the ErrorReport */
    const char bad[] = "{\"schemaVersion\":1,\"caseId\":\"\xff\xfe\"}";
    EXPECT(mp_evaluate_json(bad, sizeof bad - 1, &out, &out_len) == MP_INVALID_UTF8);
    EXPECT(has(out, "invalidJson") && has(out, "UTF-8"));
    mp_string_free(out);

    /* oversized (> 1 MiB): MP_TOO_LARGE with the ErrorReport */
    size_t big_len = 1024 * 1024 + 1;
    char *big = malloc(big_len);
    memset(big, ' ', big_len);
    memcpy(big, ok_case, strlen(ok_case));
    EXPECT(mp_evaluate_json(big, big_len, &out, &out_len) == MP_TOO_LARGE);
    EXPECT(has(out, "tooLarge"));
    mp_string_free(out);
    /* exactly 1 MiB is accepted */
    EXPECT(mp_evaluate_json(big, big_len - 1, &out, &out_len) == MP_OK);
    mp_string_free(out);
    free(big);

    /* a length that cannot be a real buffer: MP_INVALID_ARGUMENT, nothing read */
    EXPECT(mp_evaluate_json(ok_case, (size_t)-1, &out, &out_len) == MP_INVALID_ARGUMENT);
    EXPECT(out == NULL);

    /* frees of NULL are no-ops */
    mp_string_free(NULL);
    mp_engine_free(NULL);

    /* version */
    char expect_version[32];
    snprintf(expect_version, sizeof expect_version, "%d.%d.%d", MP_VERSION_MAJOR,
             MP_VERSION_MINOR, MP_VERSION_PATCH);
    EXPECT(strcmp(mp_version(), expect_version) == 0);
    EXPECT(strcmp(mp_version(), MP_VERSION) == 0);
    EXPECT(strcmp(mp_status_name(MP_TOO_LARGE), "MP_TOO_LARGE") == 0);
    EXPECT(strcmp(mp_status_name(12345), "MP_UNKNOWN_STATUS") == 0);

    /* engine: bad parameters refused with a message; good ones evaluate */
    MpEngine *engine = (MpEngine *)1;
    char *err = NULL;
    size_t err_len = 0;
    EXPECT(mp_engine_new("{}", 2, &engine, &err, &err_len) == MP_INPUT_ERROR);
    EXPECT(engine == NULL && err != NULL && err_len == strlen(err));
    mp_string_free(err);
    EXPECT(mp_engine_new("{}", 2, &engine, NULL, NULL) == MP_INPUT_ERROR);
    EXPECT(mp_engine_new("\xff", 1, &engine, &err, &err_len) == MP_INVALID_UTF8);
    mp_string_free(err);
    EXPECT(mp_engine_new(NULL, 0, &engine, NULL, NULL) == MP_NULL_POINTER);
    EXPECT(mp_engine_new("{}", 2, NULL, NULL, NULL) == MP_NULL_POINTER);
    EXPECT(mp_engine_evaluate_json(NULL, ok_case, strlen(ok_case), &out, &out_len) == MP_NULL_POINTER);
    EXPECT(out == NULL);

    /* regime */
    MpRegime r;
    MpRegimeRequest rq;
    memset(&rq, 0, sizeof rq);
    rq.lodged_at = (MpDate){2026, 3, 2};
    rq.registered_at = (MpDate){2026, 3, 2};
    EXPECT(mp_regime(&rq, &r) == MP_OK);
    EXPECT(r.procedure == MP_PROCEDURE_LEGACY && r.responsibility == MP_RESPONSIBILITY_DUBLIN3 &&
           r.workstream == MP_PROCEDURE_LEGACY);
    rq.lodged_at = (MpDate){2026, 9, 1};
    rq.registered_at = (MpDate){2026, 9, 1};
    EXPECT(mp_regime(&rq, &r) == MP_OK);
    EXPECT(r.procedure == MP_PROCEDURE_PACT && r.responsibility == MP_RESPONSIBILITY_AMMR);
    memset(&rq, 0, sizeof rq);
    EXPECT(mp_regime(&rq, &r) == MP_OK);
    EXPECT(r.procedure == MP_PROCEDURE_UNDETERMINED);
    rq.lodged_at = (MpDate){2026, 2, 30};
    EXPECT(mp_regime(&rq, &r) == MP_INVALID_ARGUMENT);
    EXPECT(mp_regime(NULL, &r) == MP_NULL_POINTER);
    EXPECT(mp_regime(&rq, NULL) == MP_NULL_POINTER);

    /* deadline: 72 hours (Eurodac), and registration 5 days ending on a Saturday (vector 003) */
    MpDeadlineRequest dq;
    MpDeadlineResult dr;
    memset(&dq, 0, sizeof dq);
    dq.from = (MpDate){2026, 9, 1};
    dq.has_time = true;
    dq.hour = 10; dq.minute = 15; dq.utc_offset_seconds = 7200;
    dq.period = "PT72H";
    dq.law = MP_LAW_EU;
    EXPECT(mp_deadline(&dq, &dr) == MP_OK);
    EXPECT(strcmp(dr.expires_at, "2026-09-04T11:00:00+02:00") == 0 && !dr.extended);
    EXPECT(dr.expires_at_utc_offset == 7200);
    dq.period = "P12W";
    dq.has_time = false;
    EXPECT(mp_deadline(&dq, &dr) == MP_OK);
    EXPECT(dr.due.year == 2026 && dr.due.month == 11 && dr.due.day == 24);
    dq.period = "P3X";
    EXPECT(mp_deadline(&dq, &dr) == MP_INVALID_ARGUMENT);
    dq.period = "\xff";
    EXPECT(mp_deadline(&dq, &dr) == MP_INVALID_UTF8);
    dq.period = NULL;
    EXPECT(mp_deadline(&dq, &dr) == MP_NULL_POINTER);
    dq.period = "P1D";
    dq.law = 7;
    EXPECT(mp_deadline(&dq, &dr) == MP_INVALID_ARGUMENT);
    dq.law = MP_LAW_NL;
    dq.from = (MpDate){1800, 1, 1};
    EXPECT(mp_deadline(&dq, &dr) == MP_INVALID_ARGUMENT);
    EXPECT(mp_deadline(NULL, &dr) == MP_NULL_POINTER);

    printf("c selftest: %zu passed, %zu failed\n", st_pass, st_fail);
    return st_fail ? 1 : 0;
}

/* ---------- main ---------- */

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "--check") == 0) {
        MpEngine *engine = NULL;
        int rc;
        if (argc >= 5 && strcmp(argv[3], "--params") == 0) {
            size_t len = 0;
            char *p = read_all(argv[4], &len);
            char *err = NULL;
            if (!p || mp_engine_new(p, len, &engine, &err, NULL) != MP_OK) {
                fprintf(stderr, "params: %s\n", err ? err : "cannot read");
                free(p);
                mp_string_free(err);
                return 2;
            }
            free(p);
        }
        rc = cmd_check(argv[2], engine);
        mp_engine_free(engine);
        return rc;
    }
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "--threads") == 0)
        return cmd_threads(argv[2], atoi(argv[3]), argc == 5 ? atoi(argv[4]) : 3);
    if (argc == 4 && strcmp(argv[1], "--bench") == 0) return cmd_bench(argv[2], atof(argv[3]));
    if (argc == 2 && strcmp(argv[1], "--selftest") == 0) return cmd_selftest();
    if (argc >= 3 && strcmp(argv[1], "--regime") == 0) return cmd_regime(argc - 2, argv + 2);
    if (argc == 5 && strcmp(argv[1], "--deadline") == 0) return cmd_deadline(argv[2], argv[3], argv[4]);
    if (argc < 2 || (argv[1][0] == '-' && argv[1][1] != '\0' && strcmp(argv[1], "--params") != 0)) {
        fprintf(stderr, "usage: see the comment at the top of harness.c (migratiepact %s)\n",
                mp_version());
        return 2;
    }
    MpEngine *engine = NULL;
    int first = 1;
    if (strcmp(argv[1], "--params") == 0) {
        if (argc < 4) return 2;
        size_t len = 0;
        char *p = read_all(argv[2], &len);
        char *err = NULL;
        size_t err_len = 0;
        MpStatus st = p ? mp_engine_new(p, len, &engine, &err, &err_len) : MP_NULL_POINTER;
        free(p);
        if (st != MP_OK) {
            fprintf(stderr, "%s: %s: %s\n", argv[2], mp_status_name(st), err ? err : "cannot read");
            mp_string_free(err);
            return 2;
        }
        first = 3;
    }
    int rc = 0;
    for (int i = first; i < argc; i++) {
        int r = evaluate_file(engine, argv[i]);
        if (r > rc) rc = r;
    }
    mp_engine_free(engine);
    return rc;
}
