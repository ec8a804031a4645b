#!/usr/bin/env python3
"""Generate rules/amc.json, amcq's built-in AMC policy, from AMC's column
catalog (reference/amc-catalog.json, summarised from the AMC documentation)
and the function and dialect facts of AMC-FACTS.md written out below.

usage: scripts/gen_policy.py CATALOG.json > rules/amc.json

The output is committed; the build embeds it in the binary. Re-run this
script when the catalog changes and review the diff.
"""
import json
import sys

CLASSES = {"NONE": 1, "LOW": 2, "MEDIUM": 100, "HIGH": 100,
           "VERY_HIGH": None, "INTERNAL": None}

# The event-time column each table is limited by for the time window.
EVENT_TIME = {
    "dsp_clicks": "click_dt_utc",
    "amazon_attributed_events_by_conversion_time": "conversion_event_dt_utc",
    "amazon_attributed_events_by_traffic_time": "traffic_event_dt_utc",
}
EVENT_TIME_CANDIDATES = [
    "impression_dt_utc", "click_dt_utc", "event_dt_utc", "pv_playback_dt_utc",
    "purchase_dt_utc", "purchase_date", "snapshot_datetime", "update_date",
    "event_date_utc", "week_end_dt",
]
# AMC's documented look-back and look-forward of the attributed tables.
WINDOWS = {
    "amazon_attributed_events_by_conversion_time": {"traffic_lookback_days": 14},
    "amazon_attributed_events_by_traffic_time": {"conversion_lookforward_days": 30},
}

# name: (kind, min_args, max_args (-1: any), returns, options)
# kind: scalar | aggregate | rank | param
# Every function fails closed: its result reveals the columns of all its
# arguments and carries the literal taint of all of them, and it compares
# its arguments with each other (the literal rule applies), unless an
# option below says otherwise. Each exception is justified in
# docs/security.md ("The calculus").
# options: compares=False  only builds its value, never tells values apart
#                          (CONCAT, COALESCE with a default, arithmetic)
#          picks=True      an aggregate whose value is one of its inputs
#                          (MIN, MAX, MEDIAN): over identifiers it picks one
#                          out, detached from its users (AMC107)
#          fuses=True      concatenates its arguments (CONCAT): a literal
#                          piece fused to a value keeps values apart
#                          exactly when they differ
#          compared=[i]    the arguments compared with each other, when not
#                          all of them are (REPLACE's replacement is not)
#          reveals=False   the result reveals nothing of its arguments,
#                          neither columns nor literals (COUNT)
#          counts=True     the number of elements of an array: nothing of a
#                          collected set (COLLECT), everything otherwise
#          positions=[i]   integer positions or lengths (SUBSTRING's): no
#                          literal taint; each is tested on its own
#          keywords=[i]    a keyword from a closed list (DATE_TRUNC's unit):
#                          a string literal there carries no taint
#          conditions=[i]  steer the value without being part of it (IF's)
#          null_tests=[i]  only tested for NULL (NVL2's first): reveal nothing
#          tested=[i] | "all_but_last"  flow into the value and are tested
#                          for NULL on their own (COALESCE, IFNULL, NVL)
F = {}
def fn(name, kind, lo, hi, returns, **opt):
    F[name] = dict(kind=kind, min_args=lo, max_args=hi, returns=returns, **opt)

# String
fn("charindex", "scalar", 2, 3, "LONG", compared=[0, 1], positions=[2])
fn("concat", "scalar", 1, -1, "STRING", compares=False, fuses=True)
fn("format", "scalar", 1, -1, "STRING", compares=False)
fn("instr", "scalar", 2, 2, "LONG")
fn("left", "scalar", 2, 2, "STRING", compares=False, positions=[1])
fn("length", "scalar", 1, 1, "LONG", compares=False)
fn("locate", "scalar", 2, 3, "LONG", compared=[0, 1], positions=[2])
fn("lower", "scalar", 1, 1, "STRING", compares=False)
fn("ltrim", "scalar", 1, 2, "STRING")
fn("position", "scalar", 2, 3, "LONG", compared=[0, 1], positions=[2])
fn("regexp_replace", "scalar", 2, 3, "STRING", compared=[0, 1])
fn("regexp_substr", "scalar", 2, 4, "STRING", compared=[0, 1], positions=[2, 3])
fn("regexp_split", "scalar", 2, 3, "ARRAY", compared=[0, 1], positions=[2])
fn("replace", "scalar", 2, 3, "STRING", compared=[0, 1])
fn("right", "scalar", 2, 2, "STRING", compares=False, positions=[1])
fn("rtrim", "scalar", 1, 2, "STRING")
fn("btrim", "scalar", 1, 2, "STRING", internal=True)
fn("strpos", "scalar", 2, 2, "LONG")
fn("str_to_map", "scalar", 1, 3, "MAP")
fn("substring", "scalar", 2, 3, "STRING", compares=False, positions=[1, 2])
fn("trim", "scalar", 1, 2, "STRING")
fn("upper", "scalar", 1, 1, "STRING", compares=False)
# Math: rounding, signs, logarithms and roots tell values apart (a value
# becomes 0 or NULL on one side of a threshold); exp does not.
fn("abs", "scalar", 1, 1, "arg")
fn("ceil", "scalar", 1, 1, "LONG")
fn("e", "scalar", 0, 0, "DOUBLE")
fn("exp", "scalar", 1, 1, "DOUBLE", compares=False)
fn("floor", "scalar", 1, 1, "LONG")
fn("ln", "scalar", 1, 1, "DOUBLE")
fn("log", "scalar", 1, 2, "DOUBLE")
fn("log10", "scalar", 1, 1, "DOUBLE")
fn("power", "scalar", 2, 2, "DOUBLE")
fn("random", "scalar", 0, 0, "DOUBLE")
fn("round", "scalar", 1, 2, "arg", positions=[1])
fn("sqrt", "scalar", 1, 1, "DOUBLE")
fn("trunc", "scalar", 1, 2, "arg", positions=[1])
# Aggregates: each tells its argument's values apart (sums, counts, orders
# them); COUNT reveals nothing of the values it counts.
fn("avg", "aggregate", 1, 1, "DOUBLE")
fn("count", "aggregate", 1, 1, "LONG", reveals=False)
fn("min", "aggregate", 1, 1, "arg", picks=True)
fn("max", "aggregate", 1, 1, "arg", picks=True)
fn("sum", "aggregate", 1, 1, "arg")
for n in ("stddev", "stddev_pop", "stddev_samp", "var_pop", "var_samp",
          "variance", "skewness"):
    fn(n, "aggregate", 1, 1, "DOUBLE")
fn("percentile", "aggregate", 2, 2, "DOUBLE", compared=[0], positions=[1], picks=True)
fn("approx_percentile", "aggregate", 2, 3, "DOUBLE", compared=[0], positions=[1, 2], picks=True)
fn("median", "aggregate", 1, 1, "DOUBLE", picks=True)
fn("collect", "aggregate", 1, 1, "ARRAY")
# Date and time
fn("convert_time_zone_from_utc", "scalar", 2, 2, "TIMESTAMP", compares=False)
fn("current_date", "scalar", 0, 0, "DATE")
fn("current_timestamp", "scalar", 0, 0, "TIMESTAMP")
fn("date_trunc", "scalar", 2, 2, "TIMESTAMP", compared=[1], keywords=[0])
fn("dayofmonth", "scalar", 1, 1, "INTEGER")
fn("dayofweek", "scalar", 1, 1, "INTEGER")
fn("epoch_to_utc_timestamp", "scalar", 1, 1, "TIMESTAMP")
fn("extract", "scalar", 2, 2, "INTEGER", compared=[1], keywords=[0])
for n in ("hour", "minute", "month", "second", "week", "year"):
    fn(n, "scalar", 1, 1, "INTEGER")
fn("seconds_between", "scalar", 2, 2, "LONG", compares=False)
# Conditional
fn("coalesce", "scalar", 1, -1, "arg", compares=False, tested="all_but_last")
fn("if", "scalar", 3, 3, "arg2", compares=False, conditions=[0])
fn("ifnull", "scalar", 2, 2, "arg", compares=False, tested=[0])
fn("nullif", "scalar", 2, 2, "arg")
fn("nvl", "scalar", 2, 2, "arg", compares=False, tested=[0])
fn("nvl2", "scalar", 3, 3, "arg2", compares=False, null_tests=[0])
# Arrays: set operations, sorting and lookups compare elements.
fn("array_cat", "scalar", 2, 2, "ARRAY", compares=False)
fn("array_contains", "scalar", 2, 2, "BOOLEAN")
fn("array_complement", "scalar", 2, 2, "ARRAY")
fn("array_distinct", "scalar", 1, 1, "ARRAY")
fn("array_intersect", "scalar", 2, 2, "ARRAY")
fn("array_remove", "scalar", 2, 2, "ARRAY")
fn("array_sort", "scalar", 1, 1, "ARRAY")
fn("array_to_string", "scalar", 2, 3, "STRING", compares=False)
fn("array_union", "scalar", 2, 2, "ARRAY")
fn("cardinality", "scalar", 1, 1, "LONG", compares=False, counts=True)
fn("explode", "scalar", 1, 1, "element", compares=False)
fn("flatten", "scalar", 1, 1, "ARRAY", compares=False)
# Ranking windows: their value is a position, revealing only ORDER BY.
fn("rank", "rank", 0, 0, "LONG")
fn("dense_rank", "rank", 0, 0, "LONG")
fn("row_number", "rank", 0, 0, "LONG")
# Other
fn("greatest", "scalar", 1, -1, "arg")
fn("least", "scalar", 1, -1, "arg")
fn("hash64", "scalar", 1, 1, "LONG", compares=False)
fn("md5", "scalar", 1, 1, "STRING", compares=False)
fn("sha1", "scalar", 1, 1, "STRING", compares=False)
fn("json_extract", "scalar", 2, 2, "STRING")
fn("json_serialize", "scalar", 1, 1, "STRING", compares=False)
fn("named_row", "scalar", 2, -1, "STRUCT", compares=False)
fn("contained_in", "scalar", 2, -1, "BOOLEAN")
fn("built_in_parameter", "param", 1, 1, "any")
fn("custom_parameter", "param", 1, 1, "any")
fn("uuid", "scalar", 0, 0, "STRING")

# Functions of other SQL dialects that AMC does not have, with AMC's way.
NOT_AMC = {
    "getdate": "CAST('today' AS DATE) or CAST('now' AS TIMESTAMP)",
    "now": "CAST('now' AS TIMESTAMP)",
    "sysdate": "CAST('now' AS TIMESTAMP)",
    "current_time": "CURRENT_TIMESTAMP",
    "localtime": "CURRENT_TIMESTAMP",
    "localtimestamp": "CURRENT_TIMESTAMP",
    "lag": "ROW_NUMBER() OVER (...) and a self-join on the row number",
    "lead": "ROW_NUMBER() OVER (...) and a self-join on the row number",
    "first_value": "ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) and keep row 1",
    "last_value": "ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ... DESC) and keep row 1",
    "nth_value": "ROW_NUMBER() OVER (...) and keep row n",
    "ntile": "RANK() or ROW_NUMBER()",
    "percent_rank": "RANK()",
    "cume_dist": "RANK()",
    "string_agg": "ARRAY_TO_STRING(COLLECT(x), ',')",
    "listagg": "ARRAY_TO_STRING(COLLECT(x), ',')",
    "group_concat": "ARRAY_TO_STRING(COLLECT(x), ',')",
    "array_agg": "COLLECT(x)",
    "date_part": "EXTRACT(field FROM x)",
    "to_char": "CAST(x AS STRING) or DATE_TRUNC",
    "to_date": "CAST(x AS DATE)",
    "to_timestamp": "CAST(x AS TIMESTAMP) or EPOCH_TO_UTC_TIMESTAMP",
    "datediff": "SECONDS_BETWEEN(a, b)",
    "date_diff": "SECONDS_BETWEEN(a, b)",
    "dateadd": "x + INTERVAL '1' DAY",
    "date_add": "x + INTERVAL '1' DAY",
    "substr": "SUBSTRING(s, start, length)",
    "len": "LENGTH(s)",
    "char_length": "LENGTH(s)",
    "character_length": "LENGTH(s)",
    "count_if": "SUM(CASE WHEN ... THEN 1 ELSE 0 END)",
    "approx_count_distinct": "COUNT(DISTINCT x)",
    "split_part": "REGEXP_SPLIT(s, delimiter)[n]",
    "split": "REGEXP_SPLIT(s, delimiter)",
    "regexp_like": "x SIMILAR TO 'pattern'",
    "rlike": "x SIMILAR TO 'pattern'",
    "regexp_matches": "x SIMILAR TO 'pattern'",
    "isnull": "IFNULL(x, y) or x IS NULL",
    "ceiling": "CEIL(x)",
    "pow": "POWER(x, y)",
    "stdev": "STDDEV(x)",
    "any_value": "MIN(x) or MAX(x)",
    "bool_or": "MAX(CASE WHEN ... THEN 1 ELSE 0 END)",
    "bool_and": "MIN(CASE WHEN ... THEN 1 ELSE 0 END)",
    "string_to_array": "REGEXP_SPLIT(s, delimiter)",
    "unnest": "EXPLODE(array)",
    "to_json": "JSON_SERIALIZE(x)",
    "json_extract_path_text": "JSON_EXTRACT(json, path)",
    "generate_series": "a VALUES list",
}

DIALECT = {
    "limit": False,
    "order_by_in_final_select": False,
    "right_join": False,
    "natural_join": False,
    "intersect": False,
    "except": False,
    "select_star_from_table": False,
    "aggregation_required": True,
    "audience_min_users": 2000,
    "audience_recommended_users": 2500,
    "lookalike_min_users": 500,
    "lookalike_max_users": 500000,
}


def main():
    cat = json.load(open(sys.argv[1]))
    tables = []
    for ds in cat["datasources"]:
        cols, seen = [], set()
        for c in ds["columns"]:
            if c["name"] in seen:
                continue
            seen.add(c["name"])
            cls = c.get("threshold") or "VERY_HIGH"  # undocumented: conservative
            col = {"name": c["name"], "type": c["type"], "kind": c["kind"],
                   "class": cls}
            if not c.get("threshold"):
                col["note"] = "class undocumented; treated as VERY_HIGH"
            elif c.get("class_source"):
                col["note"] = "class from " + c["class_source"]
            cols.append(col)
        names = [c["name"] for c in cols]
        first = ds["tables"][0]
        for t in ds["tables"]:
            et = EVENT_TIME.get(t) or next((n for n in EVENT_TIME_CANDIDATES if n in names), None)
            tab = {"name": t, "source": ds["doc"]}
            if t == first:
                tab["columns"] = cols
            else:
                tab["columns_of"] = first
            if et:
                tab["event_time"] = et
            if "user_id" in names:
                tab["user_column"] = "user_id"
            if not cols:
                tab["columns_documented"] = False
            if t in WINDOWS:
                tab["window"] = WINDOWS[t]
            tables.append(tab)
        for t in ds["audience_tables"]:
            base = ds.get("audience_of", {}).get(t)
            if not base:
                base = ds["tables"][0] if len(ds["tables"]) == 1 else t.replace("_for_audiences", "")
            tab = {"name": t, "source": ds["doc"], "audience": True,
                   "audience_of": base}
            gone = ds.get("audience_excluded_columns", {}).get(t)
            if gone:
                # documented as missing from the audience table
                tab["columns"] = [c for c in cols if c["name"] not in gone]
            else:
                tab["columns_of"] = first
            rows = ds.get("audience_excluded_rows", {}).get(t)
            if rows:
                # "deal_id IS NOT NULL": those rows are not available
                col = rows.split()[0]
                assert rows == col + " IS NOT NULL" and col in names, rows
                tab["rows_without"] = col
            if "user_id" in names:
                tab["user_column"] = "user_id"
            if not cols:
                tab["columns_documented"] = False
            tables.append(tab)
    # Every analytics table has a _for_audiences twin (AMC-FACTS.md); add
    # those the catalog does not list, unless it says there is none.
    have = {t["name"] for t in tables}
    none = set()
    for ds in cat["datasources"]:
        none.update(ds.get("no_audience_table", {}))
    for t in list(tables):
        if t.get("audience") or t["name"] in none:
            continue
        twin = t["name"] + "_for_audiences"
        if twin not in have:
            tab = {"name": twin, "source": t["source"], "audience": True,
                   "audience_of": t["name"],
                   "columns_of": t.get("columns_of", t["name"])}
            if "user_column" in t:
                tab["user_column"] = t["user_column"]
            if t.get("columns_documented") is False:
                tab["columns_documented"] = False
            tables.append(tab)
            have.add(twin)
    # An audience table is its base table's data for audiences: it has the
    # same event time (EXTEND_TIME_WINDOW applies to both).
    by_name = {t["name"]: t for t in tables}
    for t in tables:
        base = by_name.get(t.get("audience_of"), {})
        if t.get("audience") and "event_time" in base:
            t["event_time"] = base["event_time"]
    out = {
        "$schema": "policy.schema.json",
        "name": "amc",
        "description": "Amazon Marketing Cloud: column classes, thresholds, "
                       "functions and dialect, from AMC's documentation.",
        "source": cat.get("source", ""),
        "classes": CLASSES,
        "tables": tables,
        "functions": F,
        "not_amc_functions": NOT_AMC,
        "dialect": DIALECT,
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
