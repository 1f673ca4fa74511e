#!/usr/bin/env bash
# The monthly cycle on one database (issue 19), one command:
#   pass 1 (cold: a freshly started hub, a fresh database, the month never judged): IF-QUA, IF-TAX (new), an IF-TAX
#     correction (10 % of the rows changed, 1 % new), an IF-QUA re-send (1 % of the households changed), IF-COL, then
#     the jobs income-class (所得区分判定 + 所得区分変更一覧), household-income-file (IF-AGG-INC), arrears and
#     monthly-report (事業月報: CSV + 集計根拠データ + xlsx);
#   pass 2 (warm: the same hub, the month judged): the next IF-TAX correction and IF-QUA re-send (about as many changes
#     again; their re-judgements run after each import), then the same four jobs ("little changed").
# Prints one table: each step's time, its floor where one applies (measured in the same run, the hub idle: psql
# `\copy` of the same rows into a bare table; for the correction `\copy` into a staging table + one INSERT … ON
# CONFLICT DO UPDATE into a typed table holding the same rows as tax_income, with its key), the follow-up of an import
# (the claim check's 所得区分 re-judgement, before the next step starts) and the heap: from the hub's own GC log
# (-Xlog:gc), the most used heap at the start of a collection (the peak) and after one (what stayed live), per step.
# The load average (1 min) is printed with each step: the machine may be shared. See docs/benchmark.md.
#
#   scripts/benchmark-cycle.sh [PERSONS]        (default 1000000)
#
# Environment: BENCH_XMX (256m here: the memory goal), BENCH_PGHOST, BENCH_PGPORT, BENCH_PGUSER, BENCH_DB
# (kokuho_bench_cycle, dropped and created), BENCH_SEED (42), BENCH_MONTH (2026-10), BENCH_TIMEOUT_S (per step, 3600),
# BENCH_SKIP_BUILD=1, MVN_ARGS, BENCH_JAVA_OPTS (extra JVM options of the hub, e.g. a JFR recording).
# Output under bench-out/ (git-ignored): gen-cycle-PERSONS/, data-cycle-PERSONS/, hub-cycle-<ts>.log, gc-cycle-<ts>.log,
# benchmark-cycle-<ts>.txt (the table).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
# shared with the other benchmarks: bench_settings, build_jar, generate, gen_field, step, now, secs, psql_db, quiesce,
# start_hub, stop_hub, import_feed, await_followup, run_job, floor_copy, floor_tax_upsert
source scripts/lib/bench-common.sh
bench_settings cycle kokuho_bench_cycle
XMX=${BENCH_XMX:-256m}
MONTH=${BENCH_MONTH:-2026-10}
JOB_DATE=2026-10-31
# per size, so that a quick trial and a full run can run side by side
GEN=$OUT/gen-cycle-$PERSONS
DATA=$PWD/$OUT/data-cycle-$PERSONS
DONE_MARKER_FEEDS=qualification,tax,collection
trap stop_hub EXIT
trap 'exit 130' INT TERM

step "1. build"
build_jar

step "2. generate $PERSONS persons and the changed files into $GEN"
rm -rf "$GEN"
generate "$GEN/base" --persons "$PERSONS" --base-date "$BASE_DATE" --feeds qua,tax,col --csv-copy
QUA_FILE=$(gen_field qua 2); QUA_N=$(gen_field qua 3); QUA_COPY=$(gen_field copy 2)
TAX_FILE=$(gen_field tax 2); TAX_N=$(gen_field tax 3)
COL_FILE=$(gen_field col 2); COL_N=$(gen_field col 3)
declare -A CORR CORR_N RESEND RESEND_N RESEND_COPY
for pass in 1 2; do
    # the correction of pass N: another 作成年月日 (another file name), changes drawn by round N
    generate "$GEN/corr$pass" --persons "$PERSONS" --base-date "$BASE_DATE" --created "2026111$pass" --feeds tax \
        --tax-correction 10,1 --change-round "$pass"
    CORR[$pass]=$(gen_field tax 2); CORR_N[$pass]=$(gen_field tax 3)
    # the re-send of pass N: the same snapshot (name and 基準年月日) with the households of rounds 1…N changed
    generate "$GEN/resend$pass" --persons "$PERSONS" --base-date "$BASE_DATE" --feeds qua --csv-copy \
        --qua-changed 1 --change-round "$pass"
    RESEND[$pass]=$(gen_field qua 2); RESEND_N[$pass]=$(gen_field qua 3); RESEND_COPY[$pass]=$(gen_field copy 2)
done

step "3. database $DB on $PGHOST:$PGPORT (dropped and created)"
psql_db postgres -c "drop database if exists $DB with (force)"
psql_db postgres -c "create database $DB"

step "4. start the hub (-Xmx$XMX, data dir ${DATA#"$PWD/"}, GC log $GC_LOG)"
rm -rf "$DATA"
mkdir -p "$DATA"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Xlog:gc:file=$GC_LOG:utctime"
start_hub --hub.jobs.income-class.cron=- --hub.jobs.arrears.cron=- --hub.jobs.monthly-report.cron=- \
    --hub.jobs.annual-report.cron=-
psql_db "$DB" <<'SQL'
create table bench_qua (
    household_no text, person_no text, insured_no text, branch_no text, my_number text,
    name_kana text, name text, birth_date date, sex smallint, member_type smallint, head_flag smallint,
    acquired_on date, acquire_reason text, lost_on date, loss_reason text, previous_insurer_no text);
create table bench_tax (
    person_no text, tax_year smallint, source smallint, tax_status smallint,
    total_income bigint, taxable_base bigint, salary_revenue bigint, salary_income bigint,
    pension_revenue bigint, pension_income bigint, other_revenue bigint, updated_on date);
SQL

# --------------------------------------------------------------------------------------------------------------
ROWS=()
load1() { cut -d' ' -f1 /proc/loadavg; }

# gc_heap FROM TO (epoch seconds) -> GC_PEAK_MB (most heap used when a collection started) and GC_LIVE_MB (most
# heap used after one) over the hub's GC log between the two times ("-" when no collection ran)
gc_heap() {
    read -r GC_PEAK_MB GC_LIVE_MB < <(python3 - "$GC_LOG" "$1" "$2" <<'PY'
import datetime, re, sys
log, a, b = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
peak = live = None
for line in open(log, errors="replace"):
    m = re.match(r"\[(\S+)\].*Pause (\w+).* (\d+)M->(\d+)M\(\d+M\)", line)
    if not m:
        continue
    t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
    if a <= t <= b:
        peak = max(peak or 0, int(m.group(3)))
        if m.group(2) in ("Young", "Full"):  # a Remark or Cleanup pause frees no young regions: not "after"
            live = max(live or 0, int(m.group(4)))
print(peak if peak is not None else "-", live if live is not None else "-")
PY
)
}

# row PASS STEP RECORDS TIME FLOOR FOLLOWUP FROM TO LOAD -> one line of the table
row() {
    local ratio
    ratio=$(awk -v t="$4" -v f="$5" 'BEGIN { if (t == "-" || f == "-" || f <= 0) print "-"; else printf "%.2f", t / f }')
    gc_heap "$7" "$8"
    ROWS+=("$(printf '%-4s %-34s %10s %9s %9s %7s %10s %12s %6s' "$1" "$2" "$3" "$4" "$5" "$ratio" "$6" \
        "$GC_PEAK_MB / $GC_LIVE_MB" "$9")")
    echo "${ROWS[-1]}"
}

# import PASS STEP FEED IF FILE RECORDS -> drops the file, waits for its 取込結果リスト and its follow-up
import() {
    local load t0 t1
    load=$(load1)
    t0=$(now)
    step "pass $1: $2: $(basename "$5") ($6 records)"
    import_feed "$3" "$4" "$5" "$6" || { echo "RESULT: $2 FAILED" >&2; exit 1; }
    IMPORT_S=$E2E_S
    await_followup "$RECEIPT_ID" || { echo "RESULT: no follow-up of $2" >&2; exit 1; }
    T_FROM=$t0; T_TO=$(now); LOAD=$load
}

# job PASS JOB PARAMETER -> runs it (schedules are off), one row: the hub's own time (startedAt -> endedAt)
job() {
    local load t0 records
    load=$(load1)
    t0=$(now)
    step "pass $1: $2 $3"
    run_job "/api/jobs/$2?$3"
    echo "$JOB_RUN"
    [[ "$JOB_STATUS" == SUCCEEDED ]] || { echo "RESULT: $2 $JOB_STATUS" >&2; exit 1; }
    records=$(python3 -c '
import json, sys
c = json.load(sys.stdin)["counts"]
print(next((c[k] for k in ("records", "basisRows", "persons") if k in c), "-"))' <<<"$JOB_RUN")
    row "$1" "$2${4:-}" "$records" "$JOB_S" - - "$t0" "$(now)" "$load"
}

cycle() {
    local pass=$1
    if (( pass == 1 )); then
        import 1 "IF-QUA" qualification IF-QUA "$QUA_FILE" "$QUA_N"
        floor_copy bench_qua "$QUA_COPY"
        row 1 "IF-QUA" "$QUA_N" "$IMPORT_S" "$FLOOR_S" "$FOLLOWUP_S" "$T_FROM" "$T_TO" "$LOAD"
        import 1 "IF-TAX new" tax IF-TAX "$TAX_FILE" "$TAX_N"
        floor_copy bench_tax "$TAX_FILE"
        row 1 "IF-TAX new" "$TAX_N" "$IMPORT_S" "$FLOOR_S" "$FOLLOWUP_S" "$T_FROM" "$T_TO" "$LOAD"
    fi
    # the typed table of the correction's floor holds what tax_income holds now (not timed)
    psql_db "$DB" -c "drop table if exists bench_tax_typed" -c "create table bench_tax_typed (like tax_income including all)" \
        -c "alter table bench_tax_typed alter receipt_id set default 0" -c "insert into bench_tax_typed select * from tax_income"
    HELD=$(psql_db "$DB" -Atc "select count(*) from tax_income")
    import "$pass" "IF-TAX correction" tax IF-TAX "${CORR[$pass]}" "${CORR_N[$pass]}"
    floor_tax_upsert bench_tax_typed "${CORR[$pass]}"
    row "$pass" "IF-TAX correction (over $HELD)" "${CORR_N[$pass]}" "$IMPORT_S" "$FLOOR_S" "$FOLLOWUP_S" "$T_FROM" "$T_TO" "$LOAD"
    import "$pass" "IF-QUA re-send" qualification IF-QUA "${RESEND[$pass]}" "${RESEND_N[$pass]}"
    floor_copy bench_qua "${RESEND_COPY[$pass]}"
    row "$pass" "IF-QUA re-send" "${RESEND_N[$pass]}" "$IMPORT_S" "$FLOOR_S" "$FOLLOWUP_S" "$T_FROM" "$T_TO" "$LOAD"
    if (( pass == 1 )); then
        import 1 "IF-COL" collection IF-COL "$COL_FILE" "$COL_N"
        row 1 "IF-COL" "$COL_N" "$IMPORT_S" - "$FOLLOWUP_S" "$T_FROM" "$T_TO" "$LOAD"
    fi
    quiesce
    job "$pass" income-class "month=$MONTH"
    JUDGE_MESSAGE=$(python3 -c 'import json, sys; print(json.load(sys.stdin).get("message") or "")' <<<"$JOB_RUN")
    job "$pass" household-income-file "month=$MONTH" " (IF-AGG-INC)"
    python3 src/test/resources/contract/tools/check-layout.py "$DATA/outbox/to-aggregation/AGGINC_${INSURER}_${MONTH/-/}.dat" | tail -1
    job "$pass" arrears "date=$JOB_DATE"
    job "$pass" monthly-report "month=$MONTH"
    echo "income-class pass $pass: ${JUDGE_MESSAGE:-(no message)}"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
cycle 1
cycle 2
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
stop_hub

# the time column, counted from the end of a row (the step's name has spaces): load, live, /, peak, follow-up,
# ratio, floor, time
total() { awk -v p="$1" '$1 == p { s += $(NF - 7) } END { printf "%.1f", s }' <<<"$(printf '%s\n' "${ROWS[@]}")"; }
# end to end: the steps and the imports' follow-ups, one after the other as the script runs them (each step starts once
# the follow-up before it has ended; a job's follow-up column is "-", counted as 0)
end_to_end() { awk -v p="$1" '$1 == p { s += $(NF - 7) + $(NF - 4) } END { printf "%.1f", s }' <<<"$(printf '%s\n' "${ROWS[@]}")"; }
{
    echo "kokuho-hub monthly cycle benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, PostgreSQL $(psql_db postgres -Atc 'show server_version'), -Xmx$XMX, $PERSONS persons, month $MONTH)"
    echo "load average (1/5/15 min): $LOAD_START at the start, $LOAD_END at the end; uptime: $(uptime)"
    echo "time: imports = drop -> 取込結果リスト and archived; jobs = the run's startedAt -> endedAt (GET /api/jobs/{id})"
    echo "floor: measured right after the step, the hub idle; follow-up: the claim check's re-judgement after an import"
    echo "heap MB: from the hub's GC log (-Xlog:gc), the most used heap at the start of a pause / the most after a young or full collection"
    echo
    printf '%-4s %-34s %10s %9s %9s %7s %10s %12s %6s\n' pass step records "time s" "floor s" ratio "follow-up" "heap MB" load
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "pass 1 (cold) total: $(total 1) s; pass 2 (warm, little changed) total: $(total 2) s (times only, not follow-ups)"
    echo "end to end (times + follow-ups): pass 1 $(end_to_end 1) s; pass 2 $(end_to_end 2) s"
} | tee "$SUMMARY"
