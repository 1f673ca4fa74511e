#!/usr/bin/env bash
# Arrears benchmark (6.3.1.1): HOUSEHOLDS households with 20 IF-COL installments each (100,000 -> 2,000,000 rows)
# and their IF-QUA, dropped into a running hub as scripts/benchmark-import.sh does, then
# POST /api/jobs/arrears (judgement + IF-SOGO-ARR + 滞納区分一覧 + results table); prints the times and the peak
# heap. See docs/benchmark.md.
#
#   scripts/benchmark-arrears.sh [HOUSEHOLDS]        (default 100000)
#
# Overrides (environment): the same as benchmark-import.sh (BENCH_PORT, BENCH_XMX 512m, BENCH_PGHOST,
# BENCH_PGPORT, BENCH_PGUSER, BENCH_DB (kokuho_bench_arrears), BENCH_SEED, BENCH_TIMEOUT_S, BENCH_SKIP_BUILD=1,
# MVN_ARGS), BENCH_INSTALLMENTS (20 per household). Output under bench-out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

HOUSEHOLDS=${1:-100000}
[[ "$HOUSEHOLDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [HOUSEHOLDS]" >&2; exit 2; }
INSTALLMENTS=${BENCH_INSTALLMENTS:-20}
JOB_DATE=2026-10-31
# shared with the other benchmarks: bench_settings, build_jar, generate, gen_field, step, now, secs, psql_db,
# start_hub, stop_hub, import_feed, heap_mark, heap_peak_since, peak_heap
source scripts/lib/bench-common.sh
bench_settings arrears kokuho_bench_arrears
GEN=$OUT/gen-arrears
trap stop_hub EXIT
trap 'exit 130' INT TERM

step "1. build"
build_jar

step "2. generate $HOUSEHOLDS households, $INSTALLMENTS installments each (IF-QUA, IF-COL) into $GEN"
generate "$GEN" --households "$HOUSEHOLDS" --col-installments-per-household "$INSTALLMENTS" \
    --base-date "$BASE_DATE" --feeds qua,col
QUA_FILE=$(gen_field qua 2); QUA_RECORDS=$(gen_field qua 3)
COL_FILE=$(gen_field col 2); COL_RECORDS=$(gen_field col 3)
for f in "$QUA_FILE" "$COL_FILE"; do [[ -f "$f" ]] || { echo "generator did not write $f" >&2; exit 1; }; done

step "3. database $DB on $PGHOST:$PGPORT (dropped and created)"
psql_db postgres -c "drop database if exists $DB with (force)"
psql_db postgres -c "create database $DB"

step "4. start the hub (-Xmx$XMX, data dir $OUT/data-arrears)"
rm -rf "$DATA"
mkdir -p "$DATA"
start_hub --hub.jobs.arrears.cron=-

FAILED=0
step "5a. IF-QUA: $(basename "$QUA_FILE") ($QUA_RECORDS records)"
import_feed qualification IF-QUA "$QUA_FILE" "$QUA_RECORDS" || FAILED=1
QUA_E2E=$E2E_S
step "5b. IF-COL: $(basename "$COL_FILE") ($COL_RECORDS records)"
import_feed collection IF-COL "$COL_FILE" "$COL_RECORDS" || FAILED=1
COL_E2E=$E2E_S
(( FAILED == 0 )) || { echo "RESULT: an import FAILED" >&2; exit 1; }

step "6. POST /api/jobs/arrears?date=$JOB_DATE"
T0=$(now)
heap_mark; JSTAT_FROM=$HEAP_MARK
ID=$(api_curl "/api/jobs/arrears?date=$JOB_DATE" -X POST \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
while :; do
    RUN=$(api_curl "/api/jobs/$ID")
    STATUS=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$RUN")
    [[ "$STATUS" == RUNNING ]] || break
    if (( $(date +%s) > ${T0%.*} + TIMEOUT_S )); then echo "job still RUNNING after $TIMEOUT_S s" >&2; exit 1; fi
    sleep 0.2
done
JOB_E2E=$(secs "$T0" "$(now)")
heap_peak_since "$JSTAT_FROM"; JOB_PEAK_MB=$HEAP_PEAK_MB; JSTAT_TO=$(wc -l <"$JSTAT_LOG")
echo "$RUN" | python3 -m json.tool
JOB_MS=$(python3 -c '
import json, sys, datetime
r = json.load(sys.stdin)
p = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
print(int((p(r["endedAt"]) - p(r["startedAt"])).total_seconds() * 1000))' <<<"$RUN")
RECORDS=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["counts"].get("records", "-"))' <<<"$RUN")
[[ "$STATUS" == SUCCEEDED ]] || { echo "RESULT: job $STATUS" >&2; exit 1; }
SOGO=$DATA/outbox/to-sogo/SOGOARR_${INSURER}_${BASE_DATE}.dat
python3 ../shared/tools/check-layout.py "$SOGO" 2>/dev/null || python3 src/test/resources/contract/tools/check-layout.py "$SOGO"
ls -l "$SOGO" "$DATA/outbox/arrears/"

step "7. stop the hub"
stop_hub
peak_heap
SUMMARY_LINE="benchmark-arrears $STAMP: $HOUSEHOLDS households, IF-QUA $QUA_RECORDS records ${QUA_E2E} s, IF-COL $COL_RECORDS records ${COL_E2E} s; arrears job $(awk -v m="$JOB_MS" 'BEGIN { printf "%.2f", m / 1000 }') s ($JOB_E2E s by polling), $RECORDS IF-SOGO-ARR records; peak heap $PEAK_MB MB of -Xmx$XMX (during the job: $JOB_PEAK_MB MB, $((JSTAT_TO - JSTAT_FROM)) jstat samples)"
{
    echo "kokuho-hub arrears benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, PostgreSQL $(psql_db postgres -Atc 'show server_version'))"
    echo "$SUMMARY_LINE"
} | tee "$SUMMARY"
