#!/usr/bin/env bash
# 所得区分判定 benchmark: judge one month for PERSONS people and write IF-AGG-INC, on the data that
# scripts/benchmark-import.sh imports (it is run first: build, generate, import through the hub; its database
# kokuho_bench is then reused). Prints the time of each job and the peak used heap. See docs/benchmark.md.
#
#   scripts/benchmark-income-class.sh [PERSONS]      (default 1000000)
#
# Environment: everything benchmark-import.sh takes (BENCH_XMX 512m, BENCH_PG*, BENCH_DB, ...), plus
# BENCH_MONTH (2026-10), BENCH_SKIP_IMPORT=1 (reuse the database of an earlier run as it is).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
MONTH=${BENCH_MONTH:-2026-10}
# shared settings and helpers: bench_settings, import_or_build, step, now, secs, psql_db, start_hub (login users of
# this run), stop_hub, run_job, peak_heap
source scripts/lib/bench-common.sh
bench_settings income-class kokuho_bench
trap stop_hub EXIT
trap 'exit 130' INT TERM

import_or_build "$PERSONS"

step "start the hub (-Xmx$XMX) on $DB"
rm -rf "$DATA"
mkdir -p "$DATA"
start_hub --hub.jobs.income-class.cron=- --hub.jobs.arrears.cron=- --hub.jobs.monthly-report.cron=-

# job JOB -> runs it for MONTH, prints its JSON, sets JOB_S (POST -> no longer RUNNING, by polling)
job() {
    run_job "/api/jobs/$1?month=$MONTH"
    JOB_S=$JOB_E2E
    echo "$1 $MONTH: $JOB_STATUS in $JOB_S s: $JOB_RUN"
    [[ "$JOB_STATUS" == SUCCEEDED ]]
}

echo "== judge $MONTH"
job income-class; JUDGE_S=$JOB_S
echo "== IF-AGG-INC $MONTH"
job household-income-file; FILE_S=$JOB_S
FILE=$DATA/outbox/to-aggregation/AGGINC_${INSURER}_${MONTH/-/}.dat
python3 src/test/resources/contract/tools/check-layout.py "$FILE" | tail -1
sleep 0.5
stop_hub
peak_heap
INSURED=$(psql_db "$DB" -Atc "select count(*) from income_class_result where target_month = '${MONTH/-/}'")
{
    echo "kokuho-hub income-class benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg))"
    echo "month $MONTH: $INSURED insured judged; income-class job $JUDGE_S s (incl. 所得区分変更一覧); household-income-file job $FILE_S s"
    echo "total $(awk -v a="$JUDGE_S" -v b="$FILE_S" 'BEGIN { printf "%.2f", a + b }') s; peak used heap $PEAK_MB MB of -Xmx$XMX (jstat every 250 ms)"
} | tee "$SUMMARY"
