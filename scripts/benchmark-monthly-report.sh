#!/usr/bin/env bash
# 事業月報 benchmark (6.1.2.1 / 6.1.1.1): the monthly report for PERSONS people on the data that
# scripts/benchmark-import.sh imports (it is run first: build, generate, import IF-QUA and IF-TAX through the hub into
# kokuho_bench; BENCH_SKIP_IMPORT=1 reuses that database as it is). Starts the jar on that database, runs
# POST /api/jobs/monthly-report?month=BENCH_MONTH (the month's income classes are judged on demand when the month
# was never judged) and prints the job's time, the CPU seconds of the hub and of PostgreSQL while it ran, the load
# average and the peak used heap. See docs/benchmark.md.
#
#   scripts/benchmark-monthly-report.sh [PERSONS]     (default 1000000)
#
# Environment: everything benchmark-import.sh takes (BENCH_XMX 512m, BENCH_PG*, BENCH_DB, BENCH_PORT,
# BENCH_TIMEOUT_S, BENCH_SKIP_BUILD=1, MVN_ARGS), plus BENCH_MONTH (2026-10), BENCH_SKIP_IMPORT=1.
# Output under bench-out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
MONTH=${BENCH_MONTH:-2026-10}
YM=${MONTH/-/}
# shared settings and helpers: bench_settings, import_or_build, step, psql_db, start_hub, stop_hub, run_job, peak_heap
source scripts/lib/bench-common.sh
bench_settings monthly-report kokuho_bench
trap stop_hub EXIT
trap 'exit 130' INT TERM

import_or_build "$PERSONS"
INSURED_ROWS=$(psql_db "$DB" -Atc "select count(*) from qualification where member_type = 1")
COL_ROWS=$(psql_db "$DB" -Atc "select count(*) from collection")
JUDGED=$(psql_db "$DB" -Atc "select count(*) from income_class_month where target_month = '$YM'")
echo "database $DB: $INSURED_ROWS 被保険者 rows, $COL_ROWS IF-COL rows; $MONTH judged before: $([[ $JUDGED == 1 ]] && echo yes || echo 'no (judged on demand by the job)')"

step "1. start the hub (-Xmx$XMX) on $DB"
rm -rf "$DATA"
mkdir -p "$DATA"
start_hub --hub.jobs.monthly-report.cron=- --hub.jobs.income-class.cron=- --hub.jobs.arrears.cron=-

step "2. POST /api/jobs/monthly-report?month=$MONTH"
# CPU seconds of the hub's process and of the server processes of $DB's connections (the hub's pool) while the job
# ran (with the hub's once-a-second polls): what the load of a shared machine hardly moves, unlike the job's wall
# time. Per process, so that other databases' connections coming and going on a shared server do not enter it.
db_backend_cpu() {
    local pid
    for pid in $(psql_db postgres -Atc "select pid from pg_stat_activity where datname = '$DB'"); do
        awk -v p="$pid" -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%s %.2f\n", p, ($12 + $13) / t }' \
            "/proc/$pid/stat" 2>/dev/null || true
    done
}
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
cpu_sample; CPU0_HUB=$CPU_HUB
PG0=$(db_backend_cpu)
run_job "/api/jobs/monthly-report?month=$MONTH"
RUN=$JOB_RUN; STATUS=$JOB_STATUS; JOB_PEAK_MB=$JOB_PEAK_MB
cpu_sample
JOB_CPU_HUB=$(awk -v a="$CPU0_HUB" -v b="$CPU_HUB" 'BEGIN { printf "%.2f", b - a }')
JOB_CPU_PG=$(awk 'NR == FNR { before[$1] = $2; next } { s += $2 - before[$1] } END { printf "%.2f", s }' \
    <(echo "$PG0") <(db_backend_cpu))
LOAD1=$(cut -d' ' -f1 /proc/loadavg)
echo "$RUN" | python3 -m json.tool
[[ "$STATUS" == SUCCEEDED ]] || { echo "RESULT: job $STATUS" >&2; exit 1; }
BASIS=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["counts"].get("basisRows", "-"))' <<<"$RUN")
ls -l "$DATA/outbox/monthly-report/"
iconv -f WINDOWS-31J -t UTF-8 "$DATA/outbox/monthly-report/事業月報_$YM.csv" | tr -d '\r'
grep -E "judged|事業月報" "$HUB_LOG" | tail -5 || true

step "3. stop the hub"
stop_hub
peak_heap
{
    echo "kokuho-hub monthly-report benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, PostgreSQL $(psql_db postgres -Atc 'show server_version'))"
    echo "month $MONTH ($([[ $JUDGED == 1 ]] && echo 'already judged' || echo 'judged on demand')): $BASIS basis rows; job $JOB_S s ($JOB_E2E s by polling); CPU hub $JOB_CPU_HUB s, PostgreSQL (the hub's connections) $JOB_CPU_PG s; load average $LOAD0 at the start, $LOAD1 at the end; peak used heap $PEAK_MB MB of -Xmx$XMX (during the job: $JOB_PEAK_MB MB)"
} | tee "$SUMMARY"
