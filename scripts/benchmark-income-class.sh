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
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if [[ "${BENCH_SKIP_IMPORT:-0}" != 1 ]]; then
    echo "== import $PERSONS persons with scripts/benchmark-import.sh"
    scripts/benchmark-import.sh "$PERSONS"
fi

HUB_PID=
JSTAT_PID=
cleanup() {
    [[ -n "$JSTAT_PID" ]] && kill "$JSTAT_PID" 2>/dev/null || true
    if [[ -n "$HUB_PID" ]] && kill -0 "$HUB_PID" 2>/dev/null; then
        kill "$HUB_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$HUB_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

echo "== start the hub (-Xmx$XMX) on $DB"
mkdir -p "$DATA"
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
java -Xmx"$XMX" -jar "$JAR" --hub.insurer-no=139998 --hub.data-dir="$DATA" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
    --spring.artemis.embedded.data-directory="$DATA/artemis" --server.port="$PORT" >"$HUB_LOG" 2>&1 &
HUB_PID=$!
T0=$(now)
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$HUB_PID" 2>/dev/null || { echo "hub exited; see $HUB_LOG" >&2; tail -20 "$HUB_LOG" >&2; exit 1; }
    (( $(date +%s) - ${T0%.*} > 180 )) && { echo "hub not UP after 180 s" >&2; exit 1; }
    sleep 0.5
done
jstat -gc "$HUB_PID" 250 >"$JSTAT_LOG" 2>&1 &
JSTAT_PID=$!

# run_job JOB -> prints the job's JSON, sets JOB_S
run_job() {
    local id status t0 json
    t0=$(now)
    id=$(curl -fsS -X POST "http://127.0.0.1:$PORT/api/jobs/$1?month=$MONTH" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        json=$(curl -fsS "http://127.0.0.1:$PORT/api/jobs/$id")
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
kill "$JSTAT_PID" 2>/dev/null || true; JSTAT_PID=
PEAK_MB=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u }
    END { printf "%.0f", max / 1024 }' "$JSTAT_LOG")
INSURED=$(psql -X -At -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -c \
    "select count(*) from income_class_result where target_month = '${MONTH/-/}'")
{
    echo "kokuho-hub income-class benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs)"
    echo "month $MONTH: $INSURED insured judged; income-class job $JUDGE_S s (incl. 所得区分変更一覧); household-income-file job $FILE_S s"
    echo "total $(awk -v a="$JUDGE_S" -v b="$FILE_S" 'BEGIN { printf "%.2f", a + b }') s; peak used heap $PEAK_MB MB of -Xmx$XMX (jstat every 250 ms)"
} | tee "$SUMMARY"
