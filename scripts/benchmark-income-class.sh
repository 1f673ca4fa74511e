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
MONTH=${BENCH_MONTH:-2026-10}
XMX=${BENCH_XMX:-512m}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-kokuho_bench}
JAR=target/kokuho-hub-0.1.0-SNAPSHOT.jar
OUT=bench-out
DATA=$PWD/$OUT/data
STAMP=$(date +%Y%m%d-%H%M%S)
HUB_LOG=$OUT/hub-income-class-$STAMP.log
JSTAT_LOG=$OUT/jstat-income-class-$STAMP.txt
SUMMARY=$OUT/benchmark-income-class-$STAMP.txt
TIMEOUT_S=${BENCH_TIMEOUT_S:-3600}
INSURER=139998
export PGHOST PGPORT PGUSER
# shared with the other benchmarks: step, now, secs, psql_db, start_hub (login users of this run), stop_hub,
# api_curl, peak_heap
source scripts/lib/bench-common.sh

if [[ "${BENCH_SKIP_IMPORT:-0}" != 1 ]]; then
    echo "== import $PERSONS persons with scripts/benchmark-import.sh"
    scripts/benchmark-import.sh "$PERSONS"
fi

trap stop_hub EXIT
trap 'exit 130' INT TERM

step "start the hub (-Xmx$XMX) on $DB"
mkdir -p "$DATA"
start_hub --hub.jobs.income-class.cron=- --hub.jobs.arrears.cron=- --hub.jobs.monthly-report.cron=-

# run_job JOB -> prints the job's JSON, sets JOB_S
run_job() {
    local id status t0 json
    t0=$(now)
    id=$(api_curl "/api/jobs/$1?month=$MONTH" -X POST | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        json=$(api_curl "/api/jobs/$id")
        status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$json")
        [[ "$status" != RUNNING ]] && break
        sleep 0.2
    done
    JOB_S=$(secs "$t0" "$(now)")
    echo "$1 $MONTH: $status in $JOB_S s: $json"
    [[ "$status" == SUCCEEDED ]]
}

echo "== judge $MONTH"
run_job income-class; JUDGE_S=$JOB_S
echo "== IF-AGG-INC $MONTH"
run_job household-income-file; FILE_S=$JOB_S
FILE=$DATA/outbox/to-aggregation/AGGINC_139998_${MONTH/-/}.dat
python3 src/test/resources/contract/tools/check-layout.py "$FILE" | tail -1
sleep 0.5
stop_hub
peak_heap
INSURED=$(psql -X -At -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -c \
    "select count(*) from income_class_result where target_month = '${MONTH/-/}'")
{
    echo "kokuho-hub income-class benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs)"
    echo "month $MONTH: $INSURED insured judged; income-class job $JUDGE_S s (incl. 所得区分変更一覧); household-income-file job $FILE_S s"
    echo "total $(awk -v a="$JUDGE_S" -v b="$FILE_S" 'BEGIN { printf "%.2f", a + b }') s; peak used heap $PEAK_MB MB of -Xmx$XMX (jstat every 250 ms)"
} | tee "$SUMMARY"
