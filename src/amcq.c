/*
 * amcq.c: the library's front door (include/amcq.h). Runs the pipeline over
 * one query text: validation, lexing, dialect rewrite, parse; later stages
 * (bind, check) plug in here.
 */
#include "amcq.h"
#include "amcq_int.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "bind.h"
#include "check.h"
#include "diag.h"
#include "dialect.h"
#include "exec.h"
#include "fixture.h"
#include "ir.h"
#include "lex.h"
#include "parse.h"
#include "policy.h"
#include "render.h"
#include "rules.h"
#include "source.h"
#include "util.h"

struct amcq_query {
  Arena arena;
  char *zText; /* copy of the input, NUL-terminated */
  Source src;
  TokenList all, sig;
  Dialect dia;
  DiagList diags;
  Select *pRoot;
  const Policy *pPol; /* set when the query was bound and checked */
  int bAudience;      /* an audience query */
  int bSandbox;       /* checked in sandbox mode */
};

const char *amcq_version(void) {
  return AMCQ_VERSION;
}

struct amcq_policy {
  Policy *p;
};

amcq_policy *amcq_policy_builtin(void) {
  char *zErr = NULL;
  amcq_policy *r = xcalloc(1, sizeof *r);
  r->p = policy_builtin(&zErr);
  if (!r->p) {
    /* The embedded policy is checked by the tests; this cannot happen in a
    ** released build. */
    fprintf(stderr, "amcq: internal error: %s\n", zErr ? zErr : "?");
    abort();
  }
  return r;
}

amcq_policy *amcq_policy_load(const char *path, char **err) {
  Policy *p = policy_load(path, err);
  amcq_policy *r;
  if (!p) return NULL;
  r = xcalloc(1, sizeof *r);
  r->p = p;
  return r;
}

int amcq_policy_add_fixture(amcq_policy *p, const char *path, char **err) {
  return fixture_add_tables(path, p->p, err);
}

void amcq_policy_free(amcq_policy *p) {
  if (!p) return;
  policy_free(p->p);
  free(p);
}

static amcq_query *analyse(const char *text, size_t len, const char *path,
                           const Policy *pPol, const amcq_check_options *o);

amcq_query *amcq_query_parse(const char *text, size_t len, const char *path) {
  return analyse(text, len, path, NULL, NULL);
}

amcq_query *amcq_query_check(const char *text, size_t len, const char *path,
                             const amcq_policy *policy) {
  return analyse(text, len, path, policy->p, NULL);
}

amcq_query *amcq_query_check_with(const char *text, size_t len, const char *path,
                                  const amcq_policy *policy, const amcq_check_options *o) {
  return analyse(text, len, path, policy->p, o);
}

int amcq_query_is_audience(const amcq_query *q) {
  return q->bAudience;
}

/* The rules AMC's aggregation controls enforce, which a sandbox's
** disableAggregationControls turns off: identifiers and rows in the
** output, the aggregation requirement, literal filters on sensitive
** values, a picked identifier. The dialect, names and audiences remain. */
static int sandbox_lifts(const char *zCode) {
  static const char *const az[] = {"AMC101", "AMC102", "AMC104", "AMC105", "AMC107"};
  size_t i;
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strcmp(zCode, az[i]) == 0) return 1;
  }
  return 0;
}

static amcq_query *analyse(const char *text, size_t len, const char *path,
                           const Policy *pPol, const amcq_check_options *o) {
  amcq_query *q = xcalloc(1, sizeof *q);
  size_t bad;
  int bNul;
  q->diags.pArena = &q->arena;
  q->zText = xmalloc(len + 1);
  if (len) memcpy(q->zText, text, len);
  q->zText[len] = 0;
  source_init(&q->src, &q->arena,
              arena_strdup(&q->arena, path ? path : "<stdin>"), q->zText, len);

  if (len > AMCQ_MAX_QUERY_BYTES) {
    Diag *d = diag_add(&q->diags, "AMC004", 0, 0,
                       "query too large: %zu bytes, the limit is %zu", len,
                       (size_t)AMCQ_MAX_QUERY_BYTES);
    diag_hint(&q->diags, d, "AMC queries are rarely above a few kilobytes");
    return q;
  }
  bad = source_check_utf8(q->zText, len, &bNul);
  if (bad < len) {
    Diag *d;
    const unsigned char *zU = (const unsigned char *)q->zText;
    if (bad == 0 && len >= 2 && (zU[0] == 0xFF || zU[0] == 0xFE) && (zU[0] ^ zU[1]) == 0x01) {
      /* FF FE or FE FF: a UTF-16 byte order mark */
      d = diag_add(&q->diags, "AMC002", 0, 2,
                   "the file is UTF-16: it starts with a UTF-16 byte order mark");
      diag_hint(&q->diags, d, "save it as UTF-8 (AMC reads UTF-8 only)");
    } else if (bNul) {
      d = diag_add(&q->diags, "AMC002", (uint32_t)bad, (uint32_t)bad + 1,
                   "NUL byte in the input");
      diag_hint(&q->diags, d,
                "the file may be binary or UTF-16 encoded; save "
                "it as UTF-8 text");
    } else {
      d = diag_add(&q->diags, "AMC002", (uint32_t)bad, (uint32_t)bad + 1,
                   "invalid UTF-8: byte 0x%02x cannot start or continue a "
                   "character here",
                   (unsigned char)q->zText[bad]);
      diag_hint(&q->diags, d,
                "save the file as UTF-8 (it may be Latin-1 or "
                "Windows-1252)");
    }
    return q;
  }
  lex_all(&q->arena, q->zText, len, &q->all);
  lex_significant(&q->arena, &q->all, &q->sig);
  dialect_rewrite(&q->arena, &q->src, &q->all, &q->dia, &q->diags);
  q->pRoot = parse_query(&q->arena, &q->src, &q->dia, &q->sig, &q->diags);
  if (q->pRoot && pPol) {
    Binder b;
    q->pPol = pPol;
    memset(&b, 0, sizeof b);
    b.pArena = &q->arena;
    b.pPol = pPol;
    b.pSrc = &q->src;
    b.pDiag = &q->diags;
    b.bForceAudience = o && o->audience;
    bind_query(&b, q->pRoot);
    if (!b.bTooDeep) check_query(&b, q->pRoot);
    q->bAudience = b.bAudience || b.bForceAudience;
    if (o && o->sandbox) q->bSandbox = 1;
    /* an audience has no sandbox mode: its rules stay (amcq run refuses) */
    if (o && o->sandbox && !q->bAudience) {
      size_t i, k = 0;
      /* No threshold removes a row: the warnings that say one will go. */
      for (i = 0; i < q->diags.n; i++) {
        const Diag *d = &q->diags.a[i];
        if (strcmp(d->zCode, "AMC301") == 0 || strcmp(d->zCode, "AMC302") == 0) {
          if (d->severity == SEV_WARNING) q->diags.nWarning--;
          continue;
        }
        q->diags.a[k++] = *d;
      }
      q->diags.n = k;
      for (i = 0; i < q->diags.n; i++) {
        Diag *d = &q->diags.a[i];
        if (d->severity != SEV_ERROR || !sandbox_lifts(d->zCode)) continue;
        d->severity = SEV_NOTE;
        q->diags.nError--;
        diag_hint(&q->diags, d, "sandbox mode: AMC lifts this rule only in a sandbox "
                                "instance, on synthetic data; an advertiser instance "
                                "rejects the query");
      }
    }
  }
  diag_sort(&q->diags);
  return q;
}

void amcq_query_free(amcq_query *q) {
  if (!q) return;
  diag_list_free(&q->diags);
  arena_free(&q->arena);
  free(q->zText);
  free(q);
}

size_t amcq_query_diagnostic_count(const amcq_query *q) {
  return q->diags.n;
}

int amcq_query_diagnostic(const amcq_query *q, size_t i, amcq_diagnostic *out) {
  const Diag *d;
  if (i >= q->diags.n) return -1;
  d = &q->diags.a[i];
  out->code = d->zCode;
  out->severity = (amcq_severity)d->severity;
  out->message = d->zMessage;
  out->hint = d->zHint;
  out->start = d->iStart;
  out->end = d->iEnd;
  source_linecol(&q->src, d->iStart, &out->line, &out->column);
  source_linecol(&q->src, d->iEnd, &out->end_line, &out->end_column);
  return 0;
}

int amcq_query_error_count(const amcq_query *q) {
  return q->diags.nError;
}

int amcq_query_has_ir(const amcq_query *q) {
  return q->pRoot != NULL;
}

char *amcq_query_render(const amcq_query *q, amcq_format fmt, int color) {
  StrBuf b = {0};
  size_t i;
  if (fmt == AMCQ_FORMAT_JSON) {
    sb_puts(&b, "{\"path\":");
    sb_json_str(&b, q->src.zPath);
    sb_puts(&b, ",\"diagnostics\":[");
    for (i = 0; i < q->diags.n; i++) {
      if (i) sb_putc(&b, ',');
      diag_render_json(&b, &q->src, &q->diags.a[i]);
    }
    sb_puts(&b, "]}");
  } else {
    for (i = 0; i < q->diags.n; i++) {
      diag_render_text(&b, &q->src, &q->diags.a[i], color);
    }
  }
  return sb_finish(&b);
}

char *amcq_query_dump_ir(const amcq_query *q, int json) {
  StrBuf b = {0};
  if (!q->pRoot) return NULL;
  ir_dump(&b, &q->src, q->pRoot, json, q->pPol);
  return sb_finish(&b);
}

struct amcq_result {
  RunResult r;
  char aBuf[64];
};

static ParamType param_type(const char *z) {
  static const struct {
    const char *zName;
    ParamType t;
  } a[] = {{"STRING", PT_STRING},   {"BINARY", PT_STRING},   {"INTEGER", PT_INTEGER},
           {"LONG", PT_INTEGER},    {"SHORT", PT_INTEGER},   {"BYTE", PT_INTEGER},
           {"DOUBLE", PT_DOUBLE},   {"FLOAT", PT_DOUBLE},    {"BOOLEAN", PT_BOOLEAN},
           {"DATE", PT_DATE},       {"TIMESTAMP", PT_TIMESTAMP}, {"ARRAY", PT_ARRAY}};
  size_t i;
  if (!z) return PT_AUTO;
  for (i = 0; i < sizeof a / sizeof a[0]; i++) {
    if (util_strieq(z, a[i].zName)) return a[i].t;
  }
  return PT_AUTO;
}

int amcq_query_run(amcq_query *q, const amcq_run_options *o, amcq_result **out,
                   char **err) {
  RunConfig c;
  Param *aParam = NULL;
  amcq_result *res;
  size_t i;
  int rc;
  *out = NULL;
  *err = NULL;
  if (!q->pRoot || !q->pPol) {
    *err = xstrdup("the query was not checked (use amcq_query_check)");
    return 2;
  }
  if (q->diags.nError) {
    *err = xstrdup("the query has errors; AMC would reject it");
    return 1;
  }
  if (!o || !o->db) {
    *err = xstrdup("no fixture given");
    return 2;
  }
  if (!o->sandbox != !q->bSandbox) {
    /* A query checked in sandbox mode may break rules that only the
    ** sandbox lifts: never enforce thresholds on it as if it did not. */
    *err = xstrdup(o->sandbox ? "sandbox mode: check the query in sandbox mode too "
                                "(amcq_check_options.sandbox)"
                              : "the query was checked in sandbox mode: run it in "
                                "sandbox mode (amcq_run_options.sandbox)");
    return 2;
  }
  if (o->lookalike && !q->bAudience) {
    *err = xstrdup("a lookalike seed is an audience query (SELECT user_id FROM "
                   "*_for_audiences tables or first-party tables)");
    return 2;
  }
  memset(&c, 0, sizeof c);
  c.zDb = o->db;
  c.zStart = o->window_start;
  c.zEnd = o->window_end;
  if (o->n_params) {
    aParam = xcalloc(o->n_params, sizeof *aParam);
    for (i = 0; i < o->n_params; i++) {
      size_t n;
      int bNul;
      aParam[i].zName = o->params[i].name;
      aParam[i].zValue = o->params[i].value ? o->params[i].value : "";
      n = strlen(aParam[i].zValue);
      if (source_check_utf8(aParam[i].zValue, n, &bNul) < n) {
        /* AMC's parameters are JSON strings: UTF-8 only. */
        *err = util_mprintf("parameter %s: the value is not valid UTF-8", aParam[i].zName);
        free(aParam);
        return 2;
      }
      aParam[i].type = param_type(o->params[i].type);
    }
  }
  c.aParam = aParam;
  c.nParam = (int)o->n_params;
  c.zFilteredCol = o->filtered_column;
  c.zUserCountCol = o->user_count_column;
  c.zReasonCol = o->reason_column;
  c.timeoutSec = o->timeout_seconds;
  c.maxMemory = o->max_memory;
  c.maxRows = o->max_rows;
  c.bExplain = o->explain;
  c.pInterrupt = o->interrupt;
  c.pSrc = &q->src;
  c.bAudience = q->bAudience;
  c.bLookalike = o->lookalike;
  c.bSandbox = o->sandbox;
  res = xcalloc(1, sizeof *res);
  rc = exec_run(q->pPol, &q->arena, q->pRoot, &c, &res->r, err);
  free(aParam);
  if (rc != 0) {
    run_result_free(&res->r);
    free(res);
    return rc;
  }
  *out = res;
  return 0;
}

char *amcq_result_render(const amcq_result *r, amcq_result_format fmt) {
  StrBuf b = {0};
  render_result(&b, &r->r, (RenderFormat)fmt);
  return sb_finish(&b);
}

const char *amcq_result_summary(const amcq_result *r) {
  return r->r.summary.z ? r->r.summary.z : "";
}

int amcq_result_audience(const amcq_result *r, long long *users, int *created) {
  if (!r->r.bAudience) return 0;
  if (users) *users = (long long)r->r.nAudienceUsers;
  if (created) *created = r->r.bAudienceCreated;
  return 1;
}

const char *amcq_result_explain(const amcq_result *r) {
  return r->r.explain.z ? r->r.explain.z : "";
}

size_t amcq_result_rows(const amcq_result *r) {
  return (size_t)r->r.nRow;
}

size_t amcq_result_columns(const amcq_result *r) {
  return (size_t)r->r.nCol;
}

const char *amcq_result_column_name(const amcq_result *r, size_t col) {
  return col < (size_t)r->r.nCol ? r->r.azCol[col] : NULL;
}

const char *amcq_result_value(const amcq_result *r, size_t row, size_t col) {
  const Cell *c;
  amcq_result *w = (amcq_result *)r;
  if (row >= (size_t)r->r.nRow || col >= (size_t)r->r.nCol) return NULL;
  c = &r->r.aCell[row * (size_t)r->r.nCol + col];
  switch (c->type) {
    case SQLITE_INTEGER:
      snprintf(w->aBuf, sizeof w->aBuf, "%lld", (long long)c->i);
      return w->aBuf;
    case SQLITE_FLOAT:
      snprintf(w->aBuf, sizeof w->aBuf, "%.17g", c->r);
      return w->aBuf;
    case CELL_BOOL:
      return c->i ? "true" : "false";
    case SQLITE_TEXT:
      return c->z;
    default:
      return NULL;
  }
}

void amcq_result_free(amcq_result *r) {
  if (!r) return;
  run_result_free(&r->r);
  free(r);
}

size_t amcq_rule_count(void) {
  size_t n;
  rules_all(&n);
  return n;
}

int amcq_rule_info(size_t i, const char **code, const char **name,
                   amcq_severity *severity, const char **summary) {
  size_t n;
  const RuleInfo *a = rules_all(&n);
  if (i >= n) return -1;
  if (code) *code = a[i].zCode;
  if (name) *name = a[i].zName;
  if (severity) *severity = (amcq_severity)a[i].severity;
  if (summary) *summary = a[i].zSummary;
  return 0;
}

void amcq_free(void *p) {
  free(p);
}

void amcq_thread_cleanup(void) {
  parse_thread_cleanup();
}

int amcq_query_exec(amcq_query *q, RunConfig *c, RunResult *r, char **pzErr) {
  *pzErr = NULL;
  memset(r, 0, sizeof *r);
  if (!q->pRoot || !q->pPol) {
    *pzErr = xstrdup("the query was not checked");
    return 2;
  }
  if (q->diags.nError) {
    *pzErr = xstrdup("the query has errors; AMC would reject it");
    return 1;
  }
  c->pSrc = &q->src;
  return exec_run(q->pPol, &q->arena, q->pRoot, c, r, pzErr);
}

const Policy *amcq_query_policy(const amcq_query *q) { return q->pPol; }

const Policy *amcq_policy_data(const amcq_policy *p) { return p->p; }
