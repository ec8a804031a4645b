/*
 * gen.c: the synthetic AMC dataset (see gen.h). Events are generated per
 * synthetic person in one pass, into narrow fact tables (amcq_f_*) keyed to
 * dimension tables (amcq_d_*); each AMC table is a view over them that
 * computes every catalog column (docs/fixtures.md lists how). Narrow facts
 * keep generation fast; views keep the AMC names and types exact.
 */
/* libpg_query.so exports an older xxHash under the same symbol names; the
** inline build of the header keeps ours from resolving to it. */
#define XXH_INLINE_ALL
#include "gen.h"

#include "fixture.h"
#include "guard.h"

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "amcq.h"
#include "pseudo.h"
#include "util.h"

/* ---------------------------------------------------------------------- */
/* Randomness: xoshiro256** seeded by splitmix64, so a seed fixes every row. */

typedef struct Rng {
  uint64_t s[4];
} Rng;

static uint64_t splitmix(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static void rng_seed(Rng *r, uint64_t seed) {
  int i;
  for (i = 0; i < 4; i++) r->s[i] = splitmix(&seed);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(Rng *r) {
  uint64_t *s = r->s;
  uint64_t res = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return res;
}

/* Uniform in [0, 1). */
static double rng_unit(Rng *r) { return (double)(rng_next(r) >> 11) * 0x1.0p-53; }

/* Uniform integer in [0, n). */
static int rng_below(Rng *r, int n) { return (int)(rng_unit(r) * n); }

static double rng_normal(Rng *r) {
  double u = rng_unit(r), v = rng_unit(r);
  if (u < 1e-300) u = 1e-300;
  return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

static double rng_exp(Rng *r, double mean) {
  double u = rng_unit(r);
  return -mean * log(1.0 - u);
}

/* A discrete distribution: cumulative weights and a binary search. */
typedef struct Dist {
  double *aCum;
  int n;
} Dist;

/* Zipf-like weights 1/(i+1)^s over n items. */
static void dist_zipf(Dist *d, int n, double s) {
  int i;
  double t = 0;
  d->aCum = xmalloc(sizeof(double) * (size_t)n);
  d->n = n;
  for (i = 0; i < n; i++) {
    t += 1.0 / pow(i + 1, s);
    d->aCum[i] = t;
  }
  for (i = 0; i < n; i++) d->aCum[i] /= t;
}

static int dist_draw(const Dist *d, Rng *r) {
  double u = rng_unit(r);
  int lo = 0, hi = d->n - 1;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (d->aCum[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static void dist_free(Dist *d) { free(d->aCum); }

/* ---------------------------------------------------------------------- */
/* The storage: dimension and fact tables.                                 */

static const char *const zSchema =
    "CREATE TABLE amcq_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE amcq_tables(name TEXT PRIMARY KEY, kind TEXT NOT NULL, "
    "  schema TEXT);\n"
    "CREATE TABLE amcq_d_user(u INTEGER PRIMARY KEY, user_id TEXT, "
    "  device_id TEXT, postal_code TEXT, city_name TEXT, dma_code TEXT, "
    "  state TEXT, device_type TEXT, os TEXT, os_version TEXT, browser TEXT, "
    "  make TEXT, model TEXT);\n"
    "CREATE TABLE amcq_d_li(li INTEGER PRIMARY KEY, line_item TEXT, "
    "  line_item_id INTEGER, campaign TEXT, campaign_id INTEGER, "
    "  advertiser TEXT, advertiser_id INTEGER, cstart INTEGER, cend INTEGER, "
    "  budget INTEGER, goal TEXT, li_type TEXT);\n"
    "CREATE TABLE amcq_d_cr(cr INTEGER PRIMARY KEY, creative TEXT, "
    "  creative_id INTEGER, creative_type TEXT, creative_size TEXT, "
    "  duration INTEGER);\n"
    "CREATE TABLE amcq_d_site(sx INTEGER PRIMARY KEY, site TEXT, "
    "  supply_source TEXT, env TEXT, page_type TEXT, app_bundle TEXT);\n"
    "CREATE TABLE amcq_d_asin(asin INTEGER PRIMARY KEY, tracked_asin TEXT, "
    "  item TEXT, price INTEGER, brand TEXT);\n"
    "CREATE TABLE amcq_d_term(term INTEGER PRIMARY KEY, text TEXT);\n"
    /* Amazon audience segments: in-market (0-8) and lifestyle (9-15). A
    ** user belongs to one of each (seg = u % 9, 9 + u % 7); a line item
    ** targets one in-market segment (li % 9). */
    "CREATE TABLE amcq_d_seg(seg INTEGER PRIMARY KEY, segment_id INTEGER, "
    "  name TEXT, kind TEXT, cat1 TEXT, cat2 TEXT);\n"
    "INSERT INTO amcq_d_seg VALUES"
    "(0, 412001, 'IM - Coffee & Espresso', 'inmarket', 'Grocery', 'Coffee'),"
    "(1, 412002, 'IM - Running Shoes', 'inmarket', 'Sports', 'Running'),"
    "(2, 412003, 'IM - Home Decor', 'inmarket', 'Home', 'Decor'),"
    "(3, 412004, 'IM - Toys & Games', 'inmarket', 'Toys', 'Games'),"
    "(4, 412005, 'IM - Smart Home Devices', 'inmarket', 'Electronics', 'Smart Home'),"
    "(5, 412006, 'IM - Pet Food', 'inmarket', 'Pets', 'Food'),"
    "(6, 412007, 'IM - Outdoor Gear', 'inmarket', 'Sports', 'Outdoor'),"
    "(7, 412008, 'IM - Baby Products', 'inmarket', 'Baby', 'Essentials'),"
    "(8, 412009, 'IM - Kitchen Appliances', 'inmarket', 'Home', 'Kitchen'),"
    "(9, 513001, 'LS - Fitness Enthusiasts', 'lifestyle', 'Lifestyle', 'Fitness'),"
    "(10, 513002, 'LS - Coffee Lovers', 'lifestyle', 'Lifestyle', 'Food & Drink'),"
    "(11, 513003, 'LS - Pet Owners', 'lifestyle', 'Lifestyle', 'Pets'),"
    "(12, 513004, 'LS - New Parents', 'lifestyle', 'Life Events', 'Parenting'),"
    "(13, 513005, 'LS - Home Improvers', 'lifestyle', 'Lifestyle', 'Home'),"
    "(14, 513006, 'LS - Gamers', 'lifestyle', 'Interests', 'Gaming'),"
    "(15, 513007, 'LS - Streamers', 'lifestyle', 'Interests', 'Video');\n"
    "CREATE TABLE amcq_d_sac(sac INTEGER PRIMARY KEY, campaign TEXT, "
    "  campaign_id INTEGER, ad_group TEXT, ad_product_type TEXT, "
    "  targeting TEXT, match_type TEXT, portfolio TEXT, advertiser TEXT);\n"
    /* Facts: u user (NULL: not signed in), ts event time (epoch seconds),
    ** li line item, cr creative, site, cost in microcents, rt the event's
    ** 64-bit id (request tag). */
    "CREATE TABLE amcq_f_imp(u INTEGER, ts INTEGER, li INTEGER, cr INTEGER, "
    "  site INTEGER, cost INTEGER, rt INTEGER);\n"
    "CREATE TABLE amcq_f_click(u INTEGER, ts INTEGER, its INTEGER, "
    "  li INTEGER, cr INTEGER, site INTEGER, cost INTEGER, rt INTEGER);\n"
    "CREATE TABLE amcq_f_view(u INTEGER, ts INTEGER, li INTEGER, cr INTEGER, "
    "  site INTEGER, rt INTEGER);\n"
    "CREATE TABLE amcq_f_sa(u INTEGER, ts INTEGER, sac INTEGER, term INTEGER, "
    "  clicked INTEGER, spend INTEGER, rt INTEGER);\n"
    /* kind 0: a purchase; 1: an add to cart; 2: a detail page view */
    "CREATE TABLE amcq_f_conv(u INTEGER, ts INTEGER, asin INTEGER, "
    "  units INTEGER, sales INTEGER, ntb INTEGER, rt INTEGER, kind INTEGER);\n"
    /* Attributed events: a traffic event (kind 0 impression, 1 click) at
    ** tts and the conversion it led to at cts. */
    "CREATE TABLE amcq_f_attr(u INTEGER, tts INTEGER, cts INTEGER, "
    "  kind INTEGER, li INTEGER, cr INTEGER, site INTEGER, asin INTEGER, "
    "  units INTEGER, sales INTEGER, ntb INTEGER, rt INTEGER, crt INTEGER);\n";

/* Fact tables in generation order; GenStats.aRows follows it. */
enum { F_IMP, F_CLICK, F_VIEW, F_SA, F_CONV, F_ATTR, F_COUNT };

static const char *const azFact[F_COUNT] = {"amcq_f_imp",  "amcq_f_click",
                                            "amcq_f_view", "amcq_f_sa",
                                            "amcq_f_conv", "amcq_f_attr"};
static const int anFactCol[F_COUNT] = {7, 8, 6, 7, 8, 13};

/* Rows are inserted BATCH at a time with one multi-row INSERT: the per
** statement cost of SQLite, not the per value cost, dominates narrow rows. */
#define BATCH 64
#define MAX_FACT_COL 13

typedef struct Batch {
  sqlite3_stmt *pMany; /* BATCH rows */
  sqlite3_stmt *pOne;  /* one row, for the remainder */
  int64_t aVal[BATCH * MAX_FACT_COL];
  unsigned char aNullUser[BATCH];
  int n;
} Batch;

/* ---------------------------------------------------------------------- */
/* The world: places, people, campaigns.                                   */

#define N_POSTAL 3000
#define N_CITY 400
#define N_DMA 120
#define N_CAMPAIGN 40
#define N_ADVERTISER 6
#define N_SITE 60
#define N_ASIN 250
#define N_TERM 6000
#define N_SAC 24
#define LOCAL_OFFSET (5 * 3600) /* advertiser time zone: UTC-5 */

typedef struct Gen {
  sqlite3 *db;
  Batch aBatch[F_COUNT];
  Rng r;
  Pseudo pseudo;
  const GenOptions *o;
  GenStats *st;
  int64_t t0;   /* first second of the time span */
  int64_t span; /* seconds */
  int nLi;      /* line items */
  int *aLiCampaign; /* campaign of each line item */
  int *aLiFirstCr;  /* first creative of each line item */
  int *aLiNCr;      /* its number of creatives */
  int nCr;
  Dist campaign, postal, site, asin, term, sac, hour;
  int aCampaignFirstLi[N_CAMPAIGN], aCampaignNLi[N_CAMPAIGN];
  uint64_t nEvent; /* event ids */
  uint64_t nConsider; /* ids of page views and adds to cart */
  long long nImp;  /* impressions so far */
  long long nRows; /* fact rows so far */
  long long nTarget, nDone; /* progress */
  int lastPct;
  char *zErr;
} Gen;

static int exec(Gen *g, const char *zSql) {
  char *zMsg = NULL;
  if (sqlite3_exec(g->db, zSql, NULL, NULL, &zMsg) != SQLITE_OK) {
    if (!g->zErr) g->zErr = util_mprintf("SQLite: %s", zMsg ? zMsg : "error");
    sqlite3_free(zMsg);
    return -1;
  }
  return 0;
}

static int64_t event_id(Gen *g) {
  uint64_t n = ++g->nEvent;
  return (int64_t)XXH3_64bits_withSeed(&n, sizeof n, g->o->seed);
}

static void progress(Gen *g, long long nMore) {
  int pct;
  g->nDone += nMore;
  if (!g->o->pProgress || g->nTarget <= 0) return;
  pct = (int)(g->nDone * 100 / g->nTarget);
  if (pct > 100) pct = 100;
  if (pct != g->lastPct) {
    int k;
    fprintf(g->o->pProgress, "\r%s [", g->o->zLabel ? g->o->zLabel : "amcq gen");
    for (k = 0; k < 40; k++) fputc(k < pct * 40 / 100 ? '#' : ' ', g->o->pProgress);
    fprintf(g->o->pProgress, "] %3d%%", pct);
    fflush(g->o->pProgress);
    g->lastPct = pct;
  }
}

static int step(Gen *g, sqlite3_stmt *s) {
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) {
    if (!g->zErr) g->zErr = util_mprintf("SQLite: %s", sqlite3_errmsg(g->db));
    return -1;
  }
  return 0;
}

static int batch_prepare(Gen *g, int t) {
  StrBuf b = {0};
  int k, c, rc;
  Batch *pb = &g->aBatch[t];
  for (k = 0; k < 2; k++) {
    int nRow = k ? 1 : BATCH, r;
    sb_printf(&b, "INSERT INTO %s VALUES", azFact[t]);
    for (r = 0; r < nRow; r++) {
      sb_puts(&b, r ? ",(" : "(");
      for (c = 0; c < anFactCol[t]; c++) sb_puts(&b, c ? ",?" : "?");
      sb_putc(&b, ')');
    }
    rc = sqlite3_prepare_v2(g->db, b.z, -1, k ? &pb->pOne : &pb->pMany, NULL);
    sb_free(&b);
    if (rc != SQLITE_OK) {
      g->zErr = util_mprintf("SQLite: %s", sqlite3_errmsg(g->db));
      return -1;
    }
  }
  return 0;
}

/* Bind row r of batch pb to s starting at parameter iFirst. */
static void bind_row(sqlite3_stmt *s, int iFirst, const Batch *pb, int t, int r) {
  int c, n = anFactCol[t];
  for (c = 0; c < n; c++) {
    if (c == 0 && pb->aNullUser[r]) sqlite3_bind_null(s, iFirst + c);
    else sqlite3_bind_int64(s, iFirst + c, pb->aVal[r * n + c]);
  }
}

static int batch_flush(Gen *g, int t) {
  Batch *pb = &g->aBatch[t];
  int r;
  if (pb->n == BATCH) {
    for (r = 0; r < BATCH; r++) bind_row(pb->pMany, 1 + r * anFactCol[t], pb, t, r);
    if (step(g, pb->pMany)) return -1;
  } else {
    for (r = 0; r < pb->n; r++) {
      bind_row(pb->pOne, 1, pb, t, r);
      if (step(g, pb->pOne)) return -1;
    }
  }
  pb->n = 0;
  return 0;
}

/* Queue one row of fact table t: values a[], user column NULL if bNullUser. */
static int put(Gen *g, int t, const int64_t *a, int bNullUser) {
  Batch *pb = &g->aBatch[t];
  memcpy(&pb->aVal[pb->n * anFactCol[t]], a, sizeof(int64_t) * (size_t)anFactCol[t]);
  pb->aNullUser[pb->n] = (unsigned char)bNullUser;
  pb->n++;
  g->nRows++;
  return pb->n == BATCH ? batch_flush(g, t) : 0;
}

static const char *const azBrand[N_ADVERTISER] = {
    "BRAND_A", "BRAND_B", "Northwind Coffee", "Fabrikam Home", "Contoso Sports",
    "Tailspin Toys"};
static const char *const azTactic[] = {
    "Prime Day Awareness", "Always-On Retargeting", "Holiday Prospecting",
    "New Launch Video", "Streaming TV Reach", "Lookalike Prospecting",
    "Cart Abandoners", "Category Conquest"};
static const char *const azGoal[] = {"AWARENESS", "CONSIDERATION", "CONVERSIONS"};
static const char *const azDevice[] = {"Phone", "PC", "TV", "Tablet", "Other"};
static const char *const azOs[][2] = {{"iOS", "17.5"},   {"Android", "14"},
                                     {"Windows", "11"}, {"macOS", "14.4"},
                                     {"Fire OS", "8"},  {"Roku OS", "13"},
                                     {"iPadOS", "17.5"}, {"Linux", "6.1"}};
static const char *const azBrowser[] = {"Chrome", "Safari", "Edge", "Firefox",
                                        "Silk", "Other"};
static const char *const azState[] = {
    "US-CA", "US-TX", "US-FL", "US-NY", "US-PA", "US-IL", "US-OH", "US-GA",
    "US-NC", "US-MI", "US-NJ", "US-VA", "US-WA", "US-AZ", "US-MA", "US-TN"};
static const char *const azCityStem[] = {
    "Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton",
    "Fairview", "Salem", "Madison", "Georgetown", "Arlington", "Ashland",
    "Dover", "Oxford", "Jackson", "Burlington", "Manchester", "Milton",
    "Newport", "Auburn"};
static const char *const azTermWord[] = {
    "coffee", "beans", "organic", "espresso", "grinder", "running", "shoes",
    "women", "men", "kids", "toy", "blocks", "puzzle", "blanket", "sofa",
    "lamp", "led", "wireless", "earbuds", "charger", "usb", "c", "fast",
    "best", "cheap", "gift", "for", "dad", "mom", "set", "large", "small"};

/* Each user's fixed attributes. */
typedef struct Person {
  int postal, device, os, browser;
  int aCampaign[3];
  int nCampaign;
} Person;

static int make_dimensions(Gen *g) {
  sqlite3_stmt *s = NULL;
  int i, k, li = 0, cr = 0;
  char aBuf[256];
  /* Line items and creatives, per campaign. */
  g->aLiCampaign = xmalloc(sizeof(int) * N_CAMPAIGN * 4);
  g->aLiFirstCr = xmalloc(sizeof(int) * N_CAMPAIGN * 4);
  g->aLiNCr = xmalloc(sizeof(int) * N_CAMPAIGN * 4);
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_li VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &s, NULL) != SQLITE_OK) {
    return exec(g, "SELECT RAISE(FAIL, 'prepare')");
  }
  for (i = 0; i < N_CAMPAIGN; i++) {
    int adv = i % N_ADVERTISER;
    int nLi = 1 + rng_below(&g->r, 4);
    int64_t cstart = g->t0 - 86400 * (int64_t)(5 + rng_below(&g->r, 40));
    int64_t cend = g->t0 + g->span + 86400 * (int64_t)rng_below(&g->r, 60);
    int64_t campaignId = 581000000000LL + 1000 * i + 17;
    g->aCampaignFirstLi[i] = li;
    g->aCampaignNLi[i] = nLi;
    for (k = 0; k < nLi; k++, li++) {
      g->aLiCampaign[li] = i;
      g->aLiFirstCr[li] = cr;
      g->aLiNCr[li] = 2 + rng_below(&g->r, 4);
      cr += g->aLiNCr[li];
      sqlite3_bind_int(s, 1, li);
      snprintf(aBuf, sizeof aBuf, "%s | %s | LI %d", azBrand[adv],
               azTactic[i % 8], k + 1);
      sqlite3_bind_text(s, 2, aBuf, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(s, 3, 591000000000LL + 100 * li + 3);
      snprintf(aBuf, sizeof aBuf, "%s %s %d", azBrand[adv], azTactic[i % 8],
               2025 + i / 20);
      sqlite3_bind_text(s, 4, aBuf, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(s, 5, campaignId);
      sqlite3_bind_text(s, 6, azBrand[adv], -1, SQLITE_STATIC);
      sqlite3_bind_int64(s, 7, 4100000 + adv);
      sqlite3_bind_int64(s, 8, cstart);
      sqlite3_bind_int64(s, 9, cend);
      sqlite3_bind_int64(s, 10, (int64_t)(5000 + rng_below(&g->r, 95000)) * 100000);
      sqlite3_bind_text(s, 11, azGoal[i % 3], -1, SQLITE_STATIC);
      sqlite3_bind_text(s, 12, k % 2 ? "VIDEO" : "DISPLAY", -1, SQLITE_STATIC);
      if (step(g, s)) break;
    }
  }
  sqlite3_finalize(s);
  g->nLi = li;
  g->nCr = cr;
  if (g->zErr) return -1;
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_cr VALUES(?,?,?,?,?,?)", -1,
                         &s, NULL) != SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < cr; i++) {
    static const char *const azSize[] = {"300x250", "728x90", "160x600",
                                         "320x50", "1920x1080"};
    int bVideo = i % 5 == 4;
    snprintf(aBuf, sizeof aBuf, "Creative %d %s", i + 1, azSize[i % 5]);
    sqlite3_bind_int(s, 1, i);
    sqlite3_bind_text(s, 2, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 3, 602000000000LL + 10 * i + 1);
    sqlite3_bind_text(s, 4, bVideo ? "VIDEO" : "DISPLAY", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, azSize[i % 5], -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 6, bVideo ? 15 + 15 * (i % 2) : 0);
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  if (g->zErr) return -1;
  /* Sites. */
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_site VALUES(?,?,?,?,?,?)", -1,
                         &s, NULL) != SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < N_SITE; i++) {
    static const char *const azEnv[] = {"Web", "App", "Streaming TV"};
    static const char *const azSupply[] = {"Amazon O&O", "Google Ad Manager",
                                           "Magnite", "PubMatic", "Index Exchange"};
    int env = i % 3;
    snprintf(aBuf, sizeof aBuf, env == 1 ? "app%d.example" : "www.site%d.example", i + 1);
    sqlite3_bind_int(s, 1, i);
    sqlite3_bind_text(s, 2, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 3, azSupply[i % 5], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, azEnv[env], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, i % 4 ? "Detail" : "Search", -1, SQLITE_STATIC);
    if (env == 1) {
      snprintf(aBuf, sizeof aBuf, "com.example.app%d", i + 1);
      sqlite3_bind_text(s, 6, aBuf, -1, SQLITE_TRANSIENT);
    } else {
      sqlite3_bind_null(s, 6);
    }
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  if (g->zErr) return -1;
  /* Products. */
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_asin VALUES(?,?,?,?,?)", -1,
                         &s, NULL) != SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < N_ASIN; i++) {
    snprintf(aBuf, sizeof aBuf, "B0%08X", (unsigned)(0x1A2B3C + i * 7919));
    sqlite3_bind_int(s, 1, i);
    sqlite3_bind_text(s, 2, aBuf, -1, SQLITE_TRANSIENT);
    snprintf(aBuf, sizeof aBuf, "%s %s %s", azBrand[i % N_ADVERTISER],
             azTermWord[(i * 3) % 32], azTermWord[(i * 7 + 1) % 32]);
    sqlite3_bind_text(s, 3, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(s, 4, 499 + rng_below(&g->r, 15000));
    sqlite3_bind_text(s, 5, azBrand[i % N_ADVERTISER], -1, SQLITE_STATIC);
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  if (g->zErr) return -1;
  /* Search terms: two or three words; a long tail. */
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_term VALUES(?,?)", -1, &s,
                         NULL) != SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < N_TERM; i++) {
    /* Distinct texts: two words for the first 1024, then three. */
    StrBuf t = {0};
    sb_puts(&t, azTermWord[(i / 32) % 32]);
    sb_putc(&t, ' ');
    sb_puts(&t, azTermWord[i % 32]);
    if (i >= 1024) {
      sb_putc(&t, ' ');
      sb_puts(&t, azTermWord[(i / 1024 + 5) % 32]);
    }
    sqlite3_bind_int(s, 1, i);
    sqlite3_bind_text(s, 2, t.z, (int)t.n, SQLITE_TRANSIENT);
    sb_free(&t);
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  if (g->zErr) return -1;
  /* Sponsored ads campaigns and ad groups. */
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_d_sac VALUES(?,?,?,?,?,?,?,?,?)",
                         -1, &s, NULL) != SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < N_SAC; i++) {
    static const char *const azProduct[] = {"sponsored_products",
                                            "sponsored_brands",
                                            "sponsored_display"};
    static const char *const azMatch[] = {"EXACT", "PHRASE", "BROAD"};
    int adv = i % N_ADVERTISER;
    sqlite3_bind_int(s, 1, i);
    snprintf(aBuf, sizeof aBuf, "%s SP %s", azBrand[adv], azTermWord[i % 32]);
    sqlite3_bind_text(s, 2, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 3, 771000000000LL + 100 * i + 9);
    snprintf(aBuf, sizeof aBuf, "Ad group %d", i + 1);
    sqlite3_bind_text(s, 4, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 5, azProduct[i % 3], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, i % 2 ? "keyword" : "product", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, azMatch[i % 3], -1, SQLITE_STATIC);
    snprintf(aBuf, sizeof aBuf, "%s portfolio", azBrand[adv]);
    sqlite3_bind_text(s, 8, aBuf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 9, azBrand[adv], -1, SQLITE_STATIC);
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  return g->zErr ? -1 : 0;
}

/* Postal code i: five digits; its city and DMA follow from it, so places
** nest like real ones (postal in city in DMA in state). */
static void place(int postal, char zPostal[8], char *zCity, size_t nCity,
                  char zDma[8], const char **pzState) {
  int city = postal % N_CITY, dma = city % N_DMA;
  snprintf(zPostal, 8, "%05d", 10001 + (postal * 37) % 89000);
  snprintf(zCity, nCity, "%s %d", azCityStem[city % 20], city / 20 + 1);
  snprintf(zDma, 8, "%d", 500 + dma);
  *pzState = azState[dma % 16];
}

static int make_user(Gen *g, sqlite3_stmt *s, int u, Person *pp) {
  char aId[64], aUid[33], aDev[33], zPostal[8], zCity[64], zDma[8];
  const char *zState;
  int n, k;
  pp->postal = dist_draw(&g->postal, &g->r);
  pp->device = rng_unit(&g->r) < 0.45 ? 0 : rng_below(&g->r, 5);
  pp->os = pp->device == 0 ? rng_below(&g->r, 2)
           : pp->device == 1 ? 2 + rng_below(&g->r, 2)
           : pp->device == 2 ? 4 + rng_below(&g->r, 2)
           : pp->device == 3 ? 6 : rng_below(&g->r, 8);
  pp->browser = rng_below(&g->r, 6);
  pp->nCampaign = 1 + rng_below(&g->r, 3);
  for (k = 0; k < pp->nCampaign; k++) pp->aCampaign[k] = dist_draw(&g->campaign, &g->r);
  place(pp->postal, zPostal, zCity, sizeof zCity, zDma, &zState);
  n = snprintf(aId, sizeof aId, "person-%d", u);
  pseudo_hex(&g->pseudo, aId, (size_t)n, aUid);
  n = snprintf(aId, sizeof aId, "device-%d", u);
  pseudo_hex(&g->pseudo, aId, (size_t)n, aDev);
  sqlite3_bind_int(s, 1, u);
  sqlite3_bind_text(s, 2, aUid, 32, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 3, aDev, 32, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 4, zPostal, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 5, zCity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 6, zDma, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 7, zState, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 8, azDevice[pp->device], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 9, azOs[pp->os][0], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 10, azOs[pp->os][1], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 11, azBrowser[pp->browser], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 12, pp->device == 0 ? (pp->os == 0 ? "Apple" : "Samsung")
                          : pp->device == 2 ? "Amazon" : "Other",
                    -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 13, pp->device == 0 ? (pp->os == 0 ? "iPhone" : "Galaxy")
                          : azDevice[pp->device],
                    -1, SQLITE_STATIC);
  return step(g, s);
}

/* A moment in the span, busier in the day than at night. */
static int64_t event_time(Gen *g) {
  int64_t day = rng_below(&g->r, g->o->nDays);
  int hour = dist_draw(&g->hour, &g->r);
  return g->t0 + day * 86400 + hour * 3600 + rng_below(&g->r, 3600);
}

static int64_t clamp_time(Gen *g, int64_t t) {
  int64_t end = g->t0 + g->span - 1;
  return t > end ? end : t;
}

/* One person's events: DSP impressions with the clicks and views that
** follow them, sponsored-ads traffic, conversions after traffic, and the
** attributed pairs. u < 0: an impression without a signed-in user. */
typedef struct Touch {
  int64_t ts;
  int kind, li, cr, site;
  int64_t rt;
} Touch;

/* Shopping that is not (yet) buying, after traffic: detail page views and
** adds to cart, some of them never followed by a purchase (the people a
** cart-abandoner audience finds). Drawn from a stream of their own, per
** person, so the rest of the data is what it was without them. */
static int consideration(Gen *g, int u, const Touch *aTouch, int nTouch) {
  Rng r;
  int64_t v[8];
  uint64_t x = g->o->seed ^ 0x636F6E73696465ull ^ ((uint64_t)(u + 1) * 0x9E3779B97F4A7C15ull);
  int k, n;
  rng_seed(&r, splitmix(&x));
  for (k = 1; k <= 2; k++) {
    double p = k == 1 ? 0.18 : 0.35; /* carts are rarer than page views */
    if (rng_unit(&r) >= p) continue;
    n = 1 + (rng_unit(&r) < 0.4) + (rng_unit(&r) < 0.15);
    while (n-- > 0) {
      const Touch *t = &aTouch[rng_below(&r, nTouch)];
      int64_t ts = t->ts + 30 + (int64_t)rng_exp(&r, 1.5 * 86400), id;
      uint64_t e = ++g->nConsider;
      if (ts >= g->t0 + g->span) continue;
      id = (int64_t)XXH3_64bits_withSeed(&e, sizeof e, g->o->seed ^ 0x63617274ull);
      v[0] = u, v[1] = ts, v[2] = dist_draw(&g->asin, &r), v[3] = 0, v[4] = 0, v[5] = 0;
      v[6] = id, v[7] = k;
      if (put(g, F_CONV, v, 0)) return -1;
    }
  }
  return 0;
}

static int person_events(Gen *g, int u, const Person *pp, Touch **paTouch,
                         size_t *pnCap) {
  int nImp, nSa, i, nTouch = 0, bAnon = u < 0;
  double mean = 1.1 * g->o->nDays;
  /* Lognormal with sigma 1.2 and this mean: 1 to hundreds of events. */
  double mu = log(mean) - 0.72;
  long long nBefore = g->nRows;
  int64_t v[MAX_FACT_COL];
  nImp = (int)exp(mu + 1.2 * rng_normal(&g->r));
  if (nImp < 1) nImp = 1;
  if (nImp > 25 * g->o->nDays) nImp = 25 * g->o->nDays;
  for (i = 0; i < nImp; i++) {
    int camp = pp->aCampaign[rng_below(&g->r, pp->nCampaign)];
    int li = g->aCampaignFirstLi[camp] + rng_below(&g->r, g->aCampaignNLi[camp]);
    int cr = g->aLiFirstCr[li] + rng_below(&g->r, g->aLiNCr[li]);
    int site = dist_draw(&g->site, &g->r);
    int64_t ts = event_time(g), rt = event_id(g);
    int cost = 150 + rng_below(&g->r, 900) * 10; /* microcents */
    v[0] = u, v[1] = ts, v[2] = li, v[3] = cr, v[4] = site, v[5] = cost, v[6] = rt;
    if (put(g, F_IMP, v, bAnon)) return -1;
    g->nImp++;
    if (rng_unit(&g->r) < 0.65) { /* viewable: a view event follows */
      v[0] = u, v[1] = clamp_time(g, ts + 1 + rng_below(&g->r, 5));
      v[2] = li, v[3] = cr, v[4] = site, v[5] = rt;
      if (put(g, F_VIEW, v, bAnon)) return -1;
    }
    if (rng_unit(&g->r) < 0.006) { /* a click follows the impression */
      int64_t cts = clamp_time(g, ts + 2 + (int64_t)rng_exp(&g->r, 40));
      int64_t crt = event_id(g);
      v[0] = u, v[1] = cts, v[2] = ts, v[3] = li, v[4] = cr, v[5] = site;
      v[6] = 40000 + rng_below(&g->r, 200000), v[7] = crt;
      if (put(g, F_CLICK, v, bAnon)) return -1;
      if (!bAnon) {
        util_grow((void **)paTouch, pnCap, (size_t)nTouch + 1, sizeof(Touch));
        (*paTouch)[nTouch++] = (Touch){cts, 1, li, cr, site, crt};
      }
    } else if (!bAnon && rng_unit(&g->r) < 0.2) {
      util_grow((void **)paTouch, pnCap, (size_t)nTouch + 1, sizeof(Touch));
      (*paTouch)[nTouch++] = (Touch){ts, 0, li, cr, site, rt};
    }
  }
  if (!bAnon) {
    /* Sponsored ads: fewer events, a long tail of search terms. */
    nSa = (int)exp(log(0.25 * g->o->nDays) - 0.5 + rng_normal(&g->r));
    for (i = 0; i < nSa; i++) {
      int clicked = rng_unit(&g->r) < 0.03;
      v[0] = u, v[1] = event_time(g), v[2] = dist_draw(&g->sac, &g->r);
      v[3] = dist_draw(&g->term, &g->r), v[4] = clicked;
      v[5] = clicked ? 300000 + rng_below(&g->r, 900000) : 0, v[6] = event_id(g);
      if (put(g, F_SA, v, 0)) return -1;
    }
  }
  /* Conversions follow traffic: some exposed people buy, a few days later,
  ** and each purchase is attributed to the touch before it. */
  if (nTouch > 0 && rng_unit(&g->r) < 0.12) {
    int nConv = 1 + (rng_unit(&g->r) < 0.3) + (rng_unit(&g->r) < 0.1);
    for (i = 0; i < nConv; i++) {
      const Touch *t = &(*paTouch)[rng_below(&g->r, nTouch)];
      int64_t cts = t->ts + 60 + (int64_t)rng_exp(&g->r, 2.5 * 86400);
      int asin = dist_draw(&g->asin, &g->r);
      int units = 1 + (rng_unit(&g->r) < 0.2) + (rng_unit(&g->r) < 0.05);
      int sales = units * (499 + (asin * 7919) % 15000);
      int ntb = rng_unit(&g->r) < 0.3;
      int64_t crt = event_id(g);
      if (cts >= g->t0 + g->span) continue; /* after the data ends */
      v[0] = u, v[1] = cts, v[2] = asin, v[3] = units, v[4] = sales, v[5] = ntb;
      v[6] = crt, v[7] = 0;
      if (put(g, F_CONV, v, 0)) return -1;
      if (cts - t->ts <= 14 * 86400) { /* inside AMC's attribution window */
        v[0] = u, v[1] = t->ts, v[2] = cts, v[3] = t->kind, v[4] = t->li;
        v[5] = t->cr, v[6] = t->site, v[7] = asin, v[8] = units, v[9] = sales;
        v[10] = ntb, v[11] = t->rt, v[12] = crt;
        if (put(g, F_ATTR, v, 0)) return -1;
      }
    }
  }
  if (nTouch > 0 && consideration(g, u, *paTouch, nTouch)) return -1;
  progress(g, g->nRows - nBefore);
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Views: every catalog column of every AMC table, computed from the facts. */

typedef struct ViewSpec {
  const char *zTable; /* AMC table */
  const char *zFrom;  /* facts and dimensions */
  const char *azTime[4][2]; /* column prefix -> fact time expression */
  const char *const (*azOwn)[2]; /* columns of this view only, {NULL} ends */
} ViewSpec;

#define JOIN_DSP                                                      \
  " LEFT JOIN amcq_d_user u ON u.u = f.u LEFT JOIN amcq_d_li l ON l.li = " \
  "f.li LEFT JOIN amcq_d_cr c ON c.cr = f.cr LEFT JOIN amcq_d_site s ON "  \
  "s.sx = f.site"

/* The segments: one row per impression and segment. */
static const char *const azSegCol[][2] = {
    {"behavior_segment_id", "g.segment_id"},
    {"behavior_segment_name", "g.name"},
    {"behavior_segment_description", "'Amazon ' || g.kind || ' segment: ' || g.cat2"},
    {"behavior_segment_matched", "1"},
    {NULL, NULL}};
static const char *const azVideoCol[][2] = {
    {"video_impression", "1"},
    {"video_creative_view", "1"},
    {"video_start", "1"},
    {"video_first_quartile", "((f.rt & 1048575) % 10 < 8)"},
    {"video_midpoint", "((f.rt & 1048575) % 10 < 6)"},
    {"video_third_quartile", "((f.rt & 1048575) % 10 < 5)"},
    {"video_complete", "((f.rt & 1048575) % 10 < 4)"},
    {"video_click", "((f.rt & 1048575) % 50 = 7)"},
    {"video_mute", "((f.rt & 1048575) % 9 = 1)"},
    {"video_unmute", "((f.rt & 1048575) % 18 = 1)"},
    {"video_pause", "((f.rt & 1048575) % 11 = 2)"},
    {"video_resume", "((f.rt & 1048575) % 22 = 2)"},
    {"video_replay", "0"},
    {"video_skip_backward", "0"},
    {"video_skip_forward", "((f.rt & 1048575) % 13 = 3)"},
    {NULL, NULL}};
static const char *const azRetailCol[][2] = {
    {"asin", "a.tracked_asin"},
    {"asin_name", "a.item"},
    {"asin_brand", "a.brand"},
    {"asin_parent", "'P' || substr(a.tracked_asin, 2)"},
    {"currency_code", "'USD'"},
    {"purchase_units_sold", "f.units"},
    {"unit_price", "a.price / 100.0"},
    {"purchase_month_utc", "CAST(strftime('%m', f.ts, 'unixepoch') AS INTEGER)"},
    {"purchase_id", "printf('%016x', f.rt)"},
    {"purchase_session_id", "printf('%016x', f.rt >> 2)"},
    {"origin_session_id", "printf('%016x', f.rt >> 3)"},
    {"purchase_order_method", "CASE WHEN (f.rt & 1048575) % 4 = 0 THEN 'Subscribe & Save' ELSE 'One-time' END"},
    {"purchase_order_type", "CASE WHEN (f.rt & 1048575) % 6 = 0 THEN 'Pre-order' ELSE 'Standard' END"},
    {"purchase_program_name", "CASE WHEN (f.rt & 1048575) % 5 = 0 THEN 'Amazon Fresh' ELSE 'Amazon Retail' END"},
    {"is_business_flag", "((f.rt & 1048575) % 17 = 0)"},
    {"is_gift_flag", "((f.rt & 1048575) % 11 = 0)"},
    {"marketplace_id", "1"},
    {NULL, NULL}};
static const char *const azCpgCol[][2] = {
    {"week_end_dt", "date(f.ts, 'unixepoch', 'weekday 6')"},
    {"ncs_household_id", "printf('%016x', (f.u * 2654435761) % 4294967291)"},
    {"household_purchase_id", "printf('%016x', f.rt)"},
    {"brand", "a.brand"},
    {"sub_brand", "a.brand || ' ' || (1 + f.asin % 3)"},
    {"department", "'Grocery'"},
    {"super_category", "'Beverages'"},
    {"category", "'Coffee'"},
    {"product_category", "CASE f.asin % 3 WHEN 0 THEN 'Ground' WHEN 1 THEN 'Whole Bean' ELSE 'Pods' END"},
    {"purchase_dollar_amount", "f.sales / 100.0"},
    {"purchase_quantity", "f.units"},
    {NULL, NULL}};
static const char *const azAudSegCol[][2] = {
    {"segment_id", "g.segment_id"},
    {"segment_name", "g.name"},
    {"segment_marketplace_id", "1"},
    {"snapshot_datetime", "(SELECT date(MIN(ts), 'unixepoch') FROM amcq_f_imp)"},
    {NULL, NULL}};
static const char *const azSegMetaCol[][2] = {
    {"segment_id", "f.segment_id"},
    {"segment_name", "f.name"},
    {"segment_description", "'Amazon ' || f.kind || ' segment: ' || f.cat2"},
    {"segment_marketplace_id", "1"},
    {"category_level_1", "f.cat1"},
    {"category_level_2", "f.cat2"},
    {"category_path", "f.cat1 || ' > ' || f.cat2"},
    {"no_3p_trackers", "0"},
    {NULL, NULL}};
static const char *const azStoreCol[][2] = {
    {"store_name", "l.advertiser || ' Brand Store'"},
    {"page_id", "CAST(880000 + f.li % 6 AS TEXT)"},
    {"page_title", "CASE f.li % 6 WHEN 0 THEN 'Home' WHEN 1 THEN 'New Arrivals' WHEN 2 THEN 'Best Sellers' WHEN 3 THEN 'Deals' WHEN 4 THEN 'About' ELSE 'Gifts' END"},
    {"channel", "CASE WHEN (f.rt & 1048575) % 3 = 0 THEN 'mobile app' ELSE 'web' END"},
    {"ingress_type", "CAST((f.rt & 1048575) % 4 * 2 AS TEXT)"},
    {"referrer_domain", "CASE (f.rt & 1048575) % 4 WHEN 0 THEN 'amazon.com' WHEN 1 THEN 'google.com' WHEN 2 THEN 'facebook.com' ELSE '' END"},
    {"reference_id", "CAST(990000 + f.li AS TEXT)"},
    {"dwell_time", "((f.rt & 1048575) % 240) / 2.0"},
    {"session_id", "printf('%016x', f.rt >> 4)"},
    {"visit_id", "printf('%016x', f.rt)"},
    {"marketplace_id", "1"},
    {"asin", "(SELECT tracked_asin FROM amcq_d_asin WHERE asin = (f.rt & 1048575) % 250)"},
    {"event_type", "CASE WHEN (f.rt & 1048575) % 5 = 0 THEN 'click' ELSE 'view' END"},
    {"event_sub_type", "CASE WHEN (f.rt & 1048575) % 5 = 0 THEN 'product_click' ELSE 'widget_view' END"},
    {"widget_type", "CASE (f.rt & 1048575) % 3 WHEN 0 THEN 'ProductGrid' WHEN 1 THEN 'Video' ELSE 'Image' END"},
    {"widget_sub_type", "'default'"},
    {NULL, NULL}};

#define JOIN_USER " LEFT JOIN amcq_d_user u ON u.u = f.u"

static const ViewSpec aView[] = {
    {"dsp_impressions", "amcq_f_imp f" JOIN_DSP, {{"impression", "f.ts"}}, NULL},
    {"dsp_clicks", "amcq_f_click f" JOIN_DSP,
     {{"click", "f.ts"}, {"impression", "f.its"}}, NULL},
    {"dsp_views", "amcq_f_view f" JOIN_DSP, {{"event", "f.ts"}}, NULL},
    {"sponsored_ads_traffic",
     "amcq_f_sa f LEFT JOIN amcq_d_user u ON u.u = f.u LEFT JOIN amcq_d_sac a "
     "ON a.sac = f.sac LEFT JOIN amcq_d_term t ON t.term = f.term",
     {{"event", "f.ts"}}, NULL},
    {"conversions",
     "amcq_f_conv f LEFT JOIN amcq_d_user u ON u.u = f.u LEFT JOIN amcq_d_asin "
     "a ON a.asin = f.asin",
     {{"event", "f.ts"}}, NULL},
    {"amazon_attributed_events_by_conversion_time",
     "amcq_f_attr f" JOIN_DSP " LEFT JOIN amcq_d_asin a ON a.asin = f.asin",
     {{"traffic_event", "f.tts"},
      {"conversion_event", "f.cts"},
      {"impression", "f.tts"},
      {"click", "CASE WHEN f.kind = 1 THEN f.tts END"}}, NULL},
    {"amazon_attributed_events_by_traffic_time",
     "amcq_f_attr f" JOIN_DSP " LEFT JOIN amcq_d_asin a ON a.asin = f.asin",
     {{"traffic_event", "f.tts"},
      {"conversion_event", "f.cts"},
      {"impression", "f.tts"},
      {"click", "CASE WHEN f.kind = 1 THEN f.tts END"}}, NULL},
    {"dsp_impressions_by_user_segments",
     "amcq_f_imp f" JOIN_DSP " JOIN amcq_d_seg g ON g.seg IN (f.u % 9, 9 + f.u % 7)",
     {{"impression", "f.ts"}}, azSegCol},
    {"dsp_impressions_by_matched_segments",
     "amcq_f_imp f" JOIN_DSP " JOIN amcq_d_seg g ON g.seg = f.li % 9 AND f.u % 9 = f.li % 9",
     {{"impression", "f.ts"}}, azSegCol},
    {"dsp_video_events_feed",
     "amcq_f_imp f" JOIN_DSP " WHERE c.creative_type = 'VIDEO'",
     {{"impression", "f.ts"}}, azVideoCol},
    {"amazon_retail_purchases",
     "amcq_f_conv f" JOIN_USER " LEFT JOIN amcq_d_asin a ON a.asin = f.asin WHERE f.kind = 0",
     {{"purchase", "f.ts"}}, azRetailCol},
    {"ncs_cpg_insights_stream",
     "amcq_f_conv f" JOIN_USER " LEFT JOIN amcq_d_asin a ON a.asin = f.asin WHERE f.u IS NOT "
     "NULL AND f.kind = 0",
     {{"week_end", "f.ts"}}, azCpgCol},
    {"audience_segments_amer_inmarket",
     "amcq_d_user f JOIN amcq_d_user u ON u.u = f.u JOIN amcq_d_seg g ON g.seg = f.u % 9 "
     "WHERE u.user_id IS NOT NULL", {{NULL, NULL}}, azAudSegCol},
    {"audience_segments_amer_lifestyle",
     "amcq_d_user f JOIN amcq_d_user u ON u.u = f.u JOIN amcq_d_seg g ON g.seg = 9 + f.u % 7 "
     "WHERE u.user_id IS NOT NULL", {{NULL, NULL}}, azAudSegCol},
    {"audience_segments_amer_inmarket_snapshot",
     "amcq_d_user f JOIN amcq_d_user u ON u.u = f.u JOIN amcq_d_seg g ON g.seg = f.u % 9 "
     "WHERE u.user_id IS NOT NULL", {{NULL, NULL}}, azAudSegCol},
    {"audience_segments_amer_lifestyle_snapshot",
     "amcq_d_user f JOIN amcq_d_user u ON u.u = f.u JOIN amcq_d_seg g ON g.seg = 9 + f.u % 7 "
     "WHERE u.user_id IS NOT NULL", {{NULL, NULL}}, azAudSegCol},
    {"segment_metadata", "amcq_d_seg f", {{NULL, NULL}}, azSegMetaCol},
    {"amazon_brand_store_page_views", "amcq_f_view f" JOIN_DSP,
     {{"event", "f.ts"}}, azStoreCol},
    {"amazon_brand_store_engagement_events", "amcq_f_view f" JOIN_DSP " WHERE (f.rt & 1048575) % 3 <> 0",
     {{"event", "f.ts"}}, azStoreCol},
};

static int ends_with(const char *z, const char *zSuffix) {
  size_t n = strlen(z), m = strlen(zSuffix);
  return n >= m && strcmp(z + n - m, zSuffix) == 0;
}

/* Time columns: PREFIX_dt, _dt_utc, _date, _date_utc, _day, _day_utc,
** _hour, _hour_utc, _dt_hour, _dt_hour_utc. Local time is UTC-5. */
static int time_expr(const ViewSpec *v, const char *zCol, StrBuf *b) {
  static const struct {
    const char *zSuffix, *zFmt;
    int bLocal;
  } aSuffix[] = {
      {"_dt_hour_utc", "strftime('%%Y-%%m-%%d %%H:00:00', %s, 'unixepoch')", 0},
      {"_dt_hour", "strftime('%%Y-%%m-%%d %%H:00:00', %s - 18000, 'unixepoch')", 1},
      {"_dt_utc", "datetime(%s, 'unixepoch')", 0},
      {"_dt", "datetime(%s - 18000, 'unixepoch')", 1},
      {"_date_utc", "date(%s, 'unixepoch')", 0},
      {"_date", "date(%s - 18000, 'unixepoch')", 1},
      {"_day_utc", "CAST(strftime('%%d', %s, 'unixepoch') AS INTEGER)", 0},
      {"_day", "CAST(strftime('%%d', %s - 18000, 'unixepoch') AS INTEGER)", 1},
      {"_hour_utc", "CAST(strftime('%%H', %s, 'unixepoch') AS INTEGER)", 0},
      {"_hour", "CAST(strftime('%%H', %s - 18000, 'unixepoch') AS INTEGER)", 1},
  };
  size_t i, k;
  for (i = 0; i < 4 && v->azTime[i][0]; i++) {
    size_t n = strlen(v->azTime[i][0]);
    if (strncmp(zCol, v->azTime[i][0], n) != 0) continue;
    for (k = 0; k < sizeof aSuffix / sizeof aSuffix[0]; k++) {
      if (strcmp(zCol + n, aSuffix[k].zSuffix) == 0) {
        sb_printf(b, aSuffix[k].zFmt, v->azTime[i][1]);
        return 1;
      }
    }
  }
  return 0;
}

/* Columns every view shares, by exact name. */
static const char *const azShared[][2] = {
    {"user_id", "u.user_id"},
    {"user_id_type", "CASE WHEN u.user_id IS NOT NULL THEN 'adUserId' END"},
    {"device_id", "u.device_id"},
    {"postal_code", "u.postal_code"},
    {"city_name", "u.city_name"},
    {"dma_code", "u.dma_code"},
    {"iso_state_province_code", "u.state"},
    {"iso_country_code", "'US'"},
    {"device_type", "u.device_type"},
    {"device_make", "u.make"},
    {"device_model", "u.model"},
    {"operating_system", "u.os"},
    {"os_version", "u.os_version"},
    {"browser_family", "u.browser"},
    {"marketplace_name", "'AMAZON.COM'"},
    {"currency_iso_code", "'USD'"},
    {"currency_name", "'US Dollar'"},
    {"purchase_currency", "'USD'"},
    {"advertiser_timezone", "'America/New_York'"},
    {"no_3p_trackers", "0"},
    {"is_amazon_owned", "(f.site % 5 = 0)"},
    {"request_tag", "printf('%016x', f.rt)"},
    {"impression_id", "printf('%016x', f.rt)"},
    {"event_id", "printf('%016x', f.rt)"},
    {"traffic_event_id", "printf('%016x', f.rt)"},
    {"conversion_id", "printf('%016x', f.rt)"},
};

/* Columns of the DSP views (line items, creatives, sites, costs). */
static const char *const azDsp[][2] = {
    {"campaign", "l.campaign"},
    {"campaign_id", "l.campaign_id"},
    {"campaign_id_string", "CAST(l.campaign_id AS TEXT)"},
    {"advertiser", "l.advertiser"},
    {"advertiser_id", "l.advertiser_id"},
    {"line_item", "l.line_item"},
    {"line_item_id", "l.line_item_id"},
    {"line_item_type", "l.li_type"},
    {"campaign_primary_goal", "l.goal"},
    {"campaign_budget_amount", "l.budget"},
    {"line_item_budget_amount", "l.budget / 4"},
    {"campaign_status", "'DELIVERING'"},
    {"line_item_status", "'DELIVERING'"},
    {"campaign_country", "'US'"},
    {"creative", "c.creative"},
    {"creative_id", "c.creative_id"},
    {"creative_type", "c.creative_type"},
    {"creative_size", "c.creative_size"},
    {"ad_slot_size", "c.creative_size"},
    {"creative_duration", "c.duration"},
    {"site", "s.site"},
    {"supply_source", "s.supply_source"},
    {"environment_type", "s.env"},
    {"page_type", "s.page_type"},
    {"app_bundle", "s.app_bundle"},
    /* A private-marketplace deal on one site in eight, none elsewhere. */
    {"deal_id", "CASE WHEN f.site % 8 = 3 THEN CAST(770000 + f.site AS TEXT) END"},
    {"deal_name", "CASE WHEN f.site % 8 = 3 THEN 'PMP deal ' || f.site END"},
    {"impressions", "1"},
    {"clicks", "1"},
    {"impression_cost", "f.cost"},
    {"click_cost", "f.cost"},
    {"total_cost", "f.cost / 1000.0"},
    {"supply_cost", "f.cost * 7 / 10"},
    {"bid_price", "f.cost * 12 / 10"},
    {"platform_fee", "f.cost / 20"},
    {"events", "1"},
    {"viewable_impressions", "1"},
    {"measurable_impressions", "1"},
    {"event_type", "'VIEW'"},
    {"view_definition", "'MRC'"},
};

static const char *lookup(const char *const (*a)[2], size_t n, const char *z) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (strcmp(a[i][0], z) == 0) return a[i][1];
  }
  return NULL;
}

/* The SQL expression for column c of view v. */
static void col_expr(const ViewSpec *v, const PColumn *c, StrBuf *b) {
  const char *z = c->zName, *e;
  int bSa = strcmp(v->zTable, "sponsored_ads_traffic") == 0;
  int bConv = strcmp(v->zTable, "conversions") == 0;
  int bAttr = strncmp(v->zTable, "amazon_attributed", 17) == 0;
  /* A view without event time (segment memberships): the first day. */
  const char *zT = v->azTime[0][1] ? v->azTime[0][1] : "(SELECT MIN(ts) FROM amcq_f_imp)";
  if (v->azOwn) {
    size_t n = 0;
    while (v->azOwn[n][0]) n++;
    if ((e = lookup(v->azOwn, n, z)) != NULL) {
      sb_puts(b, e);
      return;
    }
  }
  if (time_expr(v, z, b)) return;
  if ((e = lookup(azShared, sizeof azShared / sizeof azShared[0], z)) != NULL) {
    sb_puts(b, e);
    return;
  }
  if (bSa) {
    static const char *const azSa[][2] = {
        {"campaign", "a.campaign"},          {"campaign_id", "a.campaign_id"},
        {"ad_group", "a.ad_group"},          {"ad_product_type", "a.ad_product_type"},
        {"targeting", "a.targeting"},        {"match_type", "CASE WHEN a.ad_product_type = 'sponsored_products' THEN CASE "
                        "f.rowid % 5 WHEN 0 THEN 'BROAD' WHEN 1 THEN 'PHRASE' ELSE "
                        "'EXACT' END ELSE a.match_type END"},
        {"portfolio_name", "a.portfolio"},   {"advertiser", "a.advertiser"},
        {"customer_search_term", "t.text"},  {"clicks", "f.clicked"},
        {"impressions", "1 - f.clicked"},    {"spend", "f.spend"},
        {"viewable_impressions", "1 - f.clicked"}};
    if ((e = lookup(azSa, sizeof azSa / sizeof azSa[0], z)) != NULL) {
      sb_puts(b, e);
      return;
    }
  } else if (bConv) {
    static const char *const azConv[][2] = {
        {"tracked_asin", "a.tracked_asin"},
        {"tracked_item", "a.item"},
        {"total_product_sales", "f.sales / 100.0"},
        {"combined_sales", "f.sales / 100.0"},
        {"total_units_sold", "f.units"},
        {"purchase_unit_price", "CASE WHEN f.kind = 0 THEN a.price / 100.0 ELSE 0 END"},
        {"conversions", "1"},
        {"new_to_brand", "f.ntb"},
        {"event_type", "CASE f.kind WHEN 0 THEN 'Purchase' WHEN 1 THEN 'AddToShoppingCart' "
                       "ELSE 'DetailPageView' END"},
        {"event_type_class", "CASE f.kind WHEN 0 THEN 'Conversion' ELSE 'Consideration' END"},
        {"event_subtype", "CASE f.kind WHEN 0 THEN 'order' WHEN 1 THEN 'shoppingCart' "
                          "ELSE 'detailPageView' END"},
        {"event_category", "CASE f.kind WHEN 0 THEN 'purchase' WHEN 1 THEN 'shoppingCart' "
                           "ELSE 'website' END"},
        {"event_type_description", "CASE f.kind WHEN 0 THEN 'Product purchased' WHEN 1 THEN "
                                   "'Product added to cart' ELSE 'Product detail page "
                                   "viewed' END"},
        {"conversion_event_name", "CASE f.kind WHEN 0 THEN 'Purchase' WHEN 1 THEN "
                                  "'Add to cart' ELSE 'Detail page view' END"},
        {"conversion_event_source_name", "'Amazon retail'"},
        {"purchase_retail_program", "'Retail'"}};
    if ((e = lookup(azConv, sizeof azConv / sizeof azConv[0], z)) != NULL) {
      sb_puts(b, e);
      return;
    }
  } else if ((e = lookup(azDsp, sizeof azDsp / sizeof azDsp[0], z)) != NULL) {
    /* The attributed facts carry no cost and count their own touches. */
    if (!(bAttr && (strcmp(z, "impressions") == 0 || strcmp(z, "clicks") == 0 ||
                    strstr(e, "f.cost") != NULL))) {
      sb_puts(b, e);
      return;
    }
  }
  if (bAttr) {
    /* Conversion metrics, split by the kind of touch (_clicks, _views). */
    static const char *const azMetric[][2] = {
        {"purchases", "1"},       {"total_purchases", "1"},
        {"conversions", "1"},     {"units_sold", "f.units"},
        {"total_units_sold", "f.units"},
        {"product_sales", "f.sales / 100.0"},
        {"total_product_sales", "f.sales / 100.0"},
        {"combined_sales", "f.sales / 100.0"},
        {"detail_page_view", "1"}, {"total_detail_page_view", "1"},
        {"add_to_cart", "(f.units > 1)"}, {"total_add_to_cart", "(f.units > 1)"},
        {"impressions", "(f.kind = 0)"}, {"clicks", "(f.kind = 1)"},
        {"tracked_asin", "a.tracked_asin"}, {"tracked_item", "a.item"},
        {"new_to_brand", "f.ntb"},
        {"purchase_unit_price", "CASE WHEN f.kind = 0 THEN a.price / 100.0 ELSE 0 END"},
        {"traffic_event_type", "CASE f.kind WHEN 1 THEN 'CLICK' ELSE 'IMPRESSION' END"},
        {"traffic_event_subtype", "'DSP'"},
        {"ad_product_type", "'DSP'"},
        {"conversion_event_type", "'Purchase'"},
        {"conversion_event_type_class", "'Conversion'"},
        {"conversion_event_subtype", "'order'"},
        {"conversion_event_category", "'purchase'"},
        {"conversion_event_name", "'Purchase'"},
        {"conversion_event_source_name", "'Amazon retail'"},
        {"conversion_event_type_description", "'Product purchased'"},
        {"traffic_event_marketplace_name", "'AMAZON.COM'"},
        {"conversion_event_marketplace_name", "'AMAZON.COM'"},
        {"request_tag", "printf('%016x', f.rt)"}};
    char aBase[128];
    const char *zBase = z, *zSplit = NULL;
    int bNtb = 0;
    if (strncmp(zBase, "new_to_brand_", 13) == 0) {
      zBase += 13;
      bNtb = 1;
    }
    snprintf(aBase, sizeof aBase, "%s", zBase);
    if (ends_with(aBase, "_clicks")) {
      aBase[strlen(aBase) - 7] = 0;
      zSplit = "(f.kind = 1)";
    } else if (ends_with(aBase, "_views")) {
      aBase[strlen(aBase) - 6] = 0;
      zSplit = "(f.kind = 0)";
    }
    if (strncmp(aBase, "brand_halo_", 11) == 0) {
      sb_puts(b, "0");
      return;
    }
    if ((e = lookup(azMetric, sizeof azMetric / sizeof azMetric[0], aBase)) != NULL) {
      sb_printf(b, "(%s)", e);
      if (bNtb) sb_puts(b, " * f.ntb");
      if (zSplit) sb_printf(b, " * %s", zSplit);
      return;
    }
  }
  /* Campaign and line-item dates of the DSP views. */
  if (!bSa && !bConv &&
      (strncmp(z, "campaign_", 9) == 0 || strncmp(z, "line_item_", 10) == 0) &&
      (strstr(z, "_start_") || strstr(z, "_end_"))) {
    const char *zWhen = strstr(z, "_start_") ? "l.cstart" : "l.cend";
    const char *zFn = strcmp(c->zType, "DATE") == 0 ? "date" : "datetime";
    sb_printf(b, "%s(%s%s, 'unixepoch')", zFn, zWhen,
              ends_with(z, "_utc") ? "" : " - 18000");
    return;
  }
  /* Everything else: a plausible value of the column's type, varying a
  ** little from row to row so grouping by it is not trivial. */
  if (strcmp(c->zType, "STRING") == 0) {
    if (ends_with(z, "_id") || ends_with(z, "_ids")) {
      sb_printf(b, "CAST(100000 + (f.rowid %% 7) AS TEXT)");
    } else if (ends_with(z, "_status")) {
      sb_puts(b, "'ACTIVE'");
    } else {
      sb_printf(b, "'%s ' || (1 + f.rowid %% 3)", z);
    }
  } else if (strcmp(c->zType, "LONG") == 0 || strcmp(c->zType, "INTEGER") == 0) {
    if (c->bMetric) sb_puts(b, "0");
    else sb_puts(b, "(1000 + f.rowid % 5)");
  } else if (strcmp(c->zType, "BOOLEAN") == 0) {
    sb_puts(b, "0");
  } else if (strcmp(c->zType, "DATE") == 0) {
    sb_printf(b, "date(%s, 'unixepoch')", zT);
  } else if (strcmp(c->zType, "TIMESTAMP") == 0) {
    sb_printf(b, "datetime(%s, 'unixepoch')", zT);
  } else if (strncmp(c->zType, "ARRAY", 5) == 0) {
    sb_puts(b, "'[]'");
  } else {
    sb_puts(b, "0.0"); /* DECIMAL, DOUBLE */
  }
}



/* Views for the generated tables, empty tables for the others, audience
** twins as views, and the table list in amcq_tables. */
static int make_views(Gen *g, const Policy *pPol) {
  int i, k;
  for (i = 0; i < pPol->nTable; i++) {
    const PTable *t = &pPol->aTable[i];
    const ViewSpec *v = NULL;
    StrBuf b = {0};
    size_t j;
    if (t->bAudience || t->bFirstParty) continue;
    for (j = 0; j < sizeof aView / sizeof aView[0]; j++) {
      if (strcmp(aView[j].zTable, t->zName) == 0) v = &aView[j];
    }
    if (v) {
      sb_puts(&b, "CREATE VIEW ");
      sb_quote_ident(&b, t->zName);
      sb_puts(&b, " AS SELECT ");
      for (k = 0; k < t->nCol; k++) {
        if (k) sb_puts(&b, ", ");
        col_expr(v, &t->aCol[k], &b);
        sb_puts(&b, " AS ");
        sb_quote_ident(&b, t->aCol[k].zName);
      }
      sb_printf(&b, " FROM %s;", v->zFrom);
    } else {
      /* Not generated: an empty table with the right columns. */
      sb_puts(&b, "CREATE TABLE ");
      sb_quote_ident(&b, t->zName);
      sb_puts(&b, "(");
      for (k = 0; k < t->nCol; k++) {
        if (k) sb_puts(&b, ", ");
        sb_quote_ident(&b, t->aCol[k].zName);
        sb_printf(&b, " %s", policy_type_affinity(t->aCol[k].zType));
      }
      if (t->nCol == 0) sb_puts(&b, "user_id TEXT");
      sb_puts(&b, ");");
    }
    sb_printf(&b, "INSERT INTO amcq_tables VALUES('%s', '%s', NULL);", t->zName,
              v ? "generated" : "empty");
    if (exec(g, b.z)) {
      sb_free(&b);
      return -1;
    }
    sb_free(&b);
  }
  for (i = 0; i < pPol->nTable; i++) {
    const PTable *t = &pPol->aTable[i];
    StrBuf b = {0};
    const char *zBase = t->zAudienceOf;
    if (!t->bAudience || !zBase || !policy_table(pPol, zBase)) continue;
    sb_puts(&b, "CREATE VIEW ");
    sb_quote_ident(&b, t->zName);
    /* Its own columns (a few may be missing), and not the rows AMC
    ** leaves out of it (those of a deal: rows_without). */
    sb_puts(&b, " AS SELECT ");
    for (k = 0; k < t->nCol; k++) {
      if (k) sb_puts(&b, ", ");
      sb_quote_ident(&b, t->aCol[k].zName);
    }
    if (t->nCol == 0) sb_puts(&b, "*");
    sb_puts(&b, " FROM ");
    sb_quote_ident(&b, zBase);
    if (t->iRowsWithout >= 0) {
      sb_puts(&b, " WHERE ");
      sb_quote_ident(&b, t->aCol[t->iRowsWithout].zName);
      sb_puts(&b, " IS NULL");
    }
    sb_printf(&b, ";INSERT INTO amcq_tables VALUES('%s', 'audience', NULL);", t->zName);
    if (exec(g, b.z)) {
      sb_free(&b);
      return -1;
    }
    sb_free(&b);
  }
  return 0;
}

/* ---------------------------------------------------------------------- */

static int parse_day(const char *z, int64_t *pT) {
  int y, m, d;
  struct tm tm;
  char c;
  if (sscanf(z, "%4d-%2d-%2d%c", &y, &m, &d, &c) != 3 || y < 1970 || y > 2200 ||
      m < 1 || m > 12 || d < 1 || d > 31) {
    return -1;
  }
  memset(&tm, 0, sizeof tm);
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  *pT = (int64_t)timegm(&tm);
  /* timegm normalizes 2025-02-30 to March 2: refuse what it changed. */
  {
    time_t t = (time_t)*pT;
    struct tm back;
    gmtime_r(&t, &back);
    if (back.tm_year != y - 1900 || back.tm_mon != m - 1 || back.tm_mday != d) {
      return -1;
    }
  }
  return 0;
}

static int write_meta(Gen *g, const unsigned char *aKey) {
  char aHex[65], aBuf[64];
  sqlite3_stmt *s;
  const char *azKv[][2] = {{"amcq_version", AMCQ_VERSION},
                           {"format", "1"},
                           {"key", NULL},
                           {"users", NULL},
                           {"days", NULL},
                           {"start", g->o->zStart},
                           {"seed", NULL},
                           {"time_format", "YYYY-MM-DD HH:MM:SS (UTC for _utc columns, UTC-5 otherwise)"}};
  size_t i;
  pseudo_key_hex(aKey, aHex);
  if (sqlite3_prepare_v2(g->db, "INSERT INTO amcq_meta VALUES(?, ?)", -1, &s, NULL) !=
      SQLITE_OK) {
    return -1;
  }
  for (i = 0; i < sizeof azKv / sizeof azKv[0]; i++) {
    const char *v = azKv[i][1];
    if (strcmp(azKv[i][0], "key") == 0) v = aHex;
    else if (strcmp(azKv[i][0], "users") == 0) {
      snprintf(aBuf, sizeof aBuf, "%d", g->o->nUsers);
      v = aBuf;
    } else if (strcmp(azKv[i][0], "days") == 0) {
      snprintf(aBuf, sizeof aBuf, "%d", g->o->nDays);
      v = aBuf;
    } else if (strcmp(azKv[i][0], "seed") == 0) {
      snprintf(aBuf, sizeof aBuf, "%llu", (unsigned long long)g->o->seed);
      v = aBuf;
    }
    sqlite3_bind_text(s, 1, azKv[i][0], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, v, -1, SQLITE_TRANSIENT);
    if (step(g, s)) break;
  }
  sqlite3_finalize(s);
  return g->zErr ? -1 : 0;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int gen_write(const char *zPath, const GenOptions *o, const Policy *pPol,
              GenStats *pStats, char **pzErr) {
  Gen G;
  Gen *g = &G;
  char *zTmp;
  unsigned char aKey[PSEUDO_KEY_BYTES];
  sqlite3_stmt *sUser = NULL;
  Person *aPerson;
  Touch *aTouch = NULL;
  size_t nTouchCap = 0;
  int i, rc = -1;
  double t0 = now_seconds();
  uint64_t x;

  memset(g, 0, sizeof *g);
  memset(pStats, 0, sizeof *pStats);
  g->o = o;
  g->st = pStats;
  g->lastPct = -1;
  *pzErr = NULL;
  if (o->nUsers < 1 || o->nUsers > 100000000 || o->nDays < 1 || o->nDays > 400) {
    *pzErr = util_mprintf("--users must be 1 to 100000000 and --days 1 to 400");
    return -1;
  }
  if (parse_day(o->zStart, &g->t0) != 0) {
    *pzErr = util_mprintf("--start must be a date YYYY-MM-DD, not '%s'", o->zStart);
    return -1;
  }
  g->span = 86400 * (int64_t)o->nDays;
  rng_seed(&g->r, o->seed);
  /* The pseudonymization key comes from the seed too: same seed, same ids. */
  x = o->seed ^ 0xA5A5A5A5DEADBEEFull;
  for (i = 0; i < PSEUDO_KEY_BYTES; i += 8) {
    uint64_t w = splitmix(&x);
    memcpy(aKey + i, &w, 8);
  }
  if (pseudo_init(&g->pseudo, aKey) != 0) {
    *pzErr = util_mprintf("cannot derive the pseudonymization secret");
    return -1;
  }

  {
    /* Never replace what is not ours; ours only when asked. */
    struct stat sb;
    if (stat(zPath, &sb) == 0 && S_ISREG(sb.st_mode)) {
      char *zVersion = fixture_version(zPath);
      if (!zVersion) {
        *pzErr = util_mprintf("%s exists and is not an amcq fixture; amcq gen does not "
                              "replace it",
                              zPath);
        return -1;
      }
      free(zVersion);
      if (!o->bForce) {
        *pzErr = util_mprintf("%s is an amcq fixture already; replace it with --force", zPath);
        return -1;
      }
    }
  }
  zTmp = util_mprintf("%s.tmp-%ld", zPath, (long)getpid());
  unlink(zTmp);
  if (sqlite3_open_v2(zTmp, &g->db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      NULL) != SQLITE_OK) {
    *pzErr = util_mprintf("%s: cannot create: %s", zPath,
                          g->db ? sqlite3_errmsg(g->db) : "out of memory");
    sqlite3_close(g->db);
    free(zTmp);
    return -1;
  }
  dist_zipf(&g->campaign, N_CAMPAIGN, 1.1);
  dist_zipf(&g->postal, N_POSTAL, 1.05);
  dist_zipf(&g->site, N_SITE, 0.9);
  dist_zipf(&g->asin, N_ASIN, 1.0);
  dist_zipf(&g->term, N_TERM, 1.0);
  dist_zipf(&g->sac, N_SAC, 0.8);
  {
    /* Hours of the day, UTC: quiet at night in the US (06-11 UTC). */
    static const double aW[24] = {6, 5, 4, 3, 2, 1.5, 1, 1, 1, 1.5, 2, 3,
                                  4, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6};
    double t = 0;
    g->hour.n = 24;
    g->hour.aCum = xmalloc(sizeof(double) * 24);
    for (i = 0; i < 24; i++) {
      t += aW[i];
      g->hour.aCum[i] = t;
    }
    for (i = 0; i < 24; i++) g->hour.aCum[i] /= t;
  }
  aPerson = xcalloc((size_t)o->nUsers, sizeof(Person));
  g->nTarget = (long long)o->nUsers * (long long)(1.8 * 1.1 * o->nDays + 1);

  if (exec(g, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
              "PRAGMA locking_mode=EXCLUSIVE; PRAGMA page_size=16384; "
              "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;") ||
      exec(g, zSchema) || exec(g, "BEGIN") || make_dimensions(g)) {
    goto done;
  }
  for (i = 0; i < F_COUNT; i++) {
    if (batch_prepare(g, i)) goto done;
  }
  if (sqlite3_prepare_v2(g->db,
                         "INSERT INTO amcq_d_user VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &sUser, NULL) != SQLITE_OK) {
    g->zErr = util_mprintf("SQLite: %s", sqlite3_errmsg(g->db));
    goto done;
  }
  for (i = 0; i < o->nUsers; i++) {
    if (make_user(g, sUser, i, &aPerson[i])) goto done;
    if (person_events(g, i, &aPerson[i], &aTouch, &nTouchCap)) goto done;
    if (o->pInterrupt && *o->pInterrupt) {
      g->zErr = util_mprintf("interrupted; %s was not written", zPath);
      goto done;
    }
  }
  /* Impressions without a signed-in user: about 5% of all. */
  {
    long long nAnon = 0, nWant = g->nImp / 19;
    Person anon;
    memset(&anon, 0, sizeof anon);
    anon.nCampaign = 3;
    while (nAnon < nWant) {
      long long before = g->nImp;
      anon.aCampaign[0] = dist_draw(&g->campaign, &g->r);
      anon.aCampaign[1] = dist_draw(&g->campaign, &g->r);
      anon.aCampaign[2] = dist_draw(&g->campaign, &g->r);
      if (person_events(g, -1, &anon, &aTouch, &nTouchCap)) goto done;
      nAnon += g->nImp - before;
    }
  }
  for (i = 0; i < F_COUNT; i++) {
    if (batch_flush(g, i)) goto done;
  }
  /* Indexes on who: a join or a correlated subquery on user_id (EXISTS
  ** over dsp_impressions for each viewer of a page) finds a person's
  ** events without a scan of every fact. */
  for (i = 0; i < F_COUNT; i++) {
    char *zIdx = util_mprintf("CREATE INDEX %s_u ON %s(u)", azFact[i], azFact[i]);
    int bad = exec(g, zIdx);
    free(zIdx);
    if (bad) goto done;
  }
  if (exec(g, "CREATE INDEX amcq_d_user_id ON amcq_d_user(user_id)")) goto done;
  pStats->nRows = g->nRows + o->nUsers; /* facts and the people */
  if (make_views(g, pPol) || write_meta(g, aKey)) goto done;
  {
    /* the identifiers, for amcq run's last check (guard.h) */
    char *zErr = NULL;
    if (guard_build(g->db, pPol, NULL, guard_key(aKey, sizeof aKey), &zErr) != 0) {
      if (!g->zErr) g->zErr = zErr;
      else free(zErr);
      goto done;
    }
  }
  if (exec(g, "COMMIT")) goto done;
  for (i = 0; i < F_COUNT; i++) {
    char aSql[64];
    sqlite3_stmt *s;
    static const char *const az[] = {"amcq_f_imp", "amcq_f_click", "amcq_f_view",
                                     "amcq_f_sa", "amcq_f_conv", "amcq_f_attr"};
    snprintf(aSql, sizeof aSql, "SELECT count(*) FROM %s", az[i]);
    if (sqlite3_prepare_v2(g->db, aSql, -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
      pStats->aRows[i] = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
  }
  rc = 0;

done:
  for (i = 0; i < F_COUNT; i++) {
    sqlite3_finalize(g->aBatch[i].pMany);
    sqlite3_finalize(g->aBatch[i].pOne);
  }
  sqlite3_finalize(sUser);
  if (sqlite3_close(g->db) != SQLITE_OK && rc == 0) {
    g->zErr = util_mprintf("SQLite: cannot close the database");
    rc = -1;
  }
  if (rc == 0 && o->pInterrupt && *o->pInterrupt) {
    g->zErr = util_mprintf("interrupted; %s was not written", zPath);
    rc = -1;
  }
  if (rc == 0 && rename(zTmp, zPath) != 0) {
    g->zErr = util_mprintf("%s: cannot write: %s", zPath, strerror(errno));
    rc = -1;
  }
  if (rc != 0) {
    unlink(zTmp);
    *pzErr = g->zErr ? g->zErr : util_mprintf("%s: generation failed", zPath);
  } else {
    free(g->zErr);
  }
  if (o->pProgress && g->lastPct >= 0) fputc('\n', o->pProgress);
  free(zTmp);
  free(aPerson);
  free(aTouch);
  free(g->aLiCampaign);
  free(g->aLiFirstCr);
  free(g->aLiNCr);
  dist_free(&g->campaign);
  dist_free(&g->postal);
  dist_free(&g->site);
  dist_free(&g->asin);
  dist_free(&g->term);
  dist_free(&g->sac);
  dist_free(&g->hour);
  pStats->seconds = now_seconds() - t0;
  return rc;
}
