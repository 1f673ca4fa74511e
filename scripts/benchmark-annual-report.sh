#!/usr/bin/env bash
# 事業年報 benchmark (flow 6.1, reports/annual-report.md): the annual report of fiscal year BENCH_FY for PERSONS people
# on the data that scripts/benchmark-import.sh imports (it is run first: build, generate, import IF-QUA and IF-TAX
# through the hub; BENCH_SKIP_IMPORT=1 reuses that database as it is). Starts the jar on that database and runs
# POST /api/jobs/annual-report?fiscalYear=BENCH_FY twice:
#   run 1 "cold": the months of the year never judged are judged by the job (所得区分 of every 被保険者, month by month);
#   run 2 "warm": every month is judged now and is reused: only the monthly figures are computed again.
# Prints each run's time, the months it covered and judged, and the peak used heap. See docs/benchmark.md.
# The months covered are those of BENCH_FY that have ended by the machine's date (Japan time): for 2026 on
# 2026-11-30, April–October (7 months); run later, more.
#
#   scripts/benchmark-annual-report.sh [PERSONS]     (default 1000000)
#
# Environment: everything benchmark-import.sh takes (BENCH_XMX 512m, BENCH_PG*, BENCH_DB, BENCH_PORT,
# BENCH_TIMEOUT_S, BENCH_SKIP_BUILD=1, MVN_ARGS), plus BENCH_FY (the current fiscal year), BENCH_SKIP_IMPORT=1.
# Output under bench-out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
TODAY=$(TZ=Asia/Tokyo date +%Y-%m-%d)
FY=${BENCH_FY:-$(TZ=Asia/Tokyo date +%Y%m | awk '{ y = substr($0, 1, 4); m = substr($0, 5, 2) + 0; print (m >= 4 ? y : y - 1) }')}
[[ "$FY" =~ ^[0-9]{4}$ ]] || { echo "BENCH_FY must be four digits" >&2; exit 2; }
# shared settings and helpers: bench_settings, import_or_build, step, psql_db, start_hub, stop_hub, run_job, peak_heap
source scripts/lib/bench-common.sh
bench_settings annual-report kokuho_bench
trap stop_hub EXIT
trap 'exit 130' INT TERM

import_or_build "$PERSONS"
INSURED_ROWS=$(psql_db "$DB" -Atc "select count(*) from qualification where member_type = 1")
COL_ROWS=$(psql_db "$DB" -Atc "select count(*) from collection")
JUDGED=$(psql_db "$DB" -Atc "select coalesce(string_agg(target_month, ' ' order by target_month), 'none')
    from income_class_month where target_month between '${FY}04' and '$((FY + 1))03'")
echo "database $DB: $INSURED_ROWS 被保険者 rows, $COL_ROWS IF-COL rows; months of $FY judged before: $JUDGED"
echo "today (Japan time) $TODAY: the report covers the months of $FY ended by then"

step "1. start the hub (-Xmx$XMX) on $DB"
rm -rf "$DATA"
mkdir -p "$DATA"
start_hub --hub.jobs.monthly-report.cron=- --hub.jobs.income-class.cron=- --hub.jobs.arrears.cron=- \
    --hub.jobs.annual-report.cron=-

summary_of() {
    python3 -c '
import json, sys
r = json.load(sys.stdin); c = r["counts"]
print("%s months (%s judged by the job), H01 %s, P01 %s: %s" % (c.get("months"), c.get("monthsJudgedNow"),
      c.get("households"), c.get("insured"), r.get("message")))' <<<"$JOB_RUN"
}

step "2. run 1 (cold): POST /api/jobs/annual-report?fiscalYear=$FY"
run_job "/api/jobs/annual-report?fiscalYear=$FY"
echo "$JOB_RUN" | python3 -m json.tool
[[ "$JOB_STATUS" == SUCCEEDED ]] || { echo "RESULT: job $JOB_STATUS" >&2; exit 1; }
COLD_S=$JOB_S; COLD_E2E=$JOB_E2E; COLD_PEAK=$JOB_PEAK_MB; COLD=$(summary_of)
grep -a "事業年報 $FY: " "$HUB_LOG" | sed -e 's/^.*事業年報/事業年報/' || true

step "3. run 2 (warm, every month judged): POST /api/jobs/annual-report?fiscalYear=$FY"
run_job "/api/jobs/annual-report?fiscalYear=$FY"
[[ "$JOB_STATUS" == SUCCEEDED ]] || { echo "RESULT: job $JOB_STATUS" >&2; exit 1; }
WARM_S=$JOB_S; WARM_E2E=$JOB_E2E; WARM_PEAK=$JOB_PEAK_MB; WARM=$(summary_of)
MONTHS=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["counts"]["months"])' <<<"$JOB_RUN")
grep -a "事業年報 $FY: .* counted" "$HUB_LOG" | tail -n "$MONTHS" | sed -e 's/^.*事業年報/事業年報/' || true
ls -l "$DATA/outbox/annual-report/"
iconv -f WINDOWS-31J -t UTF-8 "$DATA/outbox/annual-report/事業年報_$FY.csv" | tr -d '\r'

step "4. stop the hub"
stop_hub
peak_heap
{
    echo "kokuho-hub annual-report benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $(psql_db postgres -Atc 'show server_version'))"
    echo "$INSURED_ROWS 被保険者 rows; fiscal year $FY on $TODAY; months judged before run 1: $JUDGED"
    echo "run 1 (cold): job $COLD_S s ($COLD_E2E s by polling), peak used heap while it ran $COLD_PEAK MB; $COLD"
    echo "run 2 (warm): job $WARM_S s ($WARM_E2E s by polling), peak used heap while it ran $WARM_PEAK MB; $WARM"
    echo "peak used heap of the whole hub run $PEAK_MB MB of -Xmx$XMX"
} | tee "$SUMMARY"
