#!/usr/bin/env bash
# Import benchmark: IF-QUA and IF-TAX for PERSONS people through the hub (drop -> 取込結果リスト), against
# psql \copy of the same rows into plain tables (no indexes, no checks); then two IF-TAX corrections (about 2.5 rows
# per person held; 10 % of them changed and 1 % new, and a file whose only held key is its last row) against their
# floor (\copy into a staging table + INSERT ... ON CONFLICT DO UPDATE into a typed table of the same rows and key).
# See docs/benchmark.md.
#
#   scripts/benchmark-import.sh [PERSONS]        (default 1000000)
#
# Overrides (environment): BENCH_PORT (hub HTTP port; default a free one), BENCH_XMX (512m),
# BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_DB (kokuho_bench),
# BENCH_SEED (42), BENCH_TIMEOUT_S (per import, 3600), BENCH_SKIP_BUILD=1, MVN_ARGS (extra mvn options, e.g. -o),
# BENCH_PICKUP (marker: the files come with <name>.done, the hub's done-marker mode, the default; stable: no marker,
# the hub takes a file once unchanged for stable-ms=500), BENCH_WARMUP (persons of a warm-up IF-QUA and IF-TAX the
# hub imports before the measured files, 100000 by default; 0 = measure a cold JVM).
# BENCH_PG (server, the default: the PostgreSQL server above; embedded: the hub's own embedded PostgreSQL on a free
# port, database postgres, with BENCH_EMBEDDED_DURABLE=true (the default: fsync and synchronous commit on) or false).
# Everything is written under bench-out/ (git-ignored): gen/ (generated files), data/ (the hub's data dir,
# recreated each run), hub-import-<ts>.log, jstat-import-<ts>.txt, benchmark-import-<ts>.txt (the summary).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
# shared with the other benchmarks: bench_settings, build_jar, generate, gen_field, step, now, secs, psql_db,
# start_hub, stop_hub, import_feed, peak_heap
source scripts/lib/bench-common.sh
bench_settings import kokuho_bench
BENCH_PG=${BENCH_PG:-server}
case $BENCH_PG in
    server) ;;
    embedded) PGHOST=127.0.0.1; PGUSER=postgres; DB=postgres
              PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') ;;
    *) echo "BENCH_PG must be server or embedded" >&2; exit 2 ;;
esac
GEN=$OUT/gen
DATA=$PWD/$OUT/data
PICKUP=${BENCH_PICKUP:-marker}
WARMUP=${BENCH_WARMUP:-100000}
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "BENCH_WARMUP must be a number of persons" >&2; exit 2; }
case $PICKUP in
    marker) DONE_MARKER_FEEDS=qualification,tax ;;
    stable) DONE_MARKER_FEEDS= ;;
    *) echo "BENCH_PICKUP must be marker or stable" >&2; exit 2 ;;
esac
trap stop_hub EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
step "1. build"
build_jar
echo "jar: $JAR ($(du -h "$JAR" | cut -f1))"

# ---------------------------------------------------------------------------------------------------------
step "2. generate $PERSONS persons (IF-QUA, IF-TAX, \\copy CSV) into $GEN"
rm -rf "$GEN"
mkdir -p "$GEN"
GEN_OUT=$(java -Xmx256m -cp target/test-classes jp.kokuho.hub.testdata.KokuhoDataGenerator --out "$GEN" \
    --persons "$PERSONS" --insurer "$INSURER" --base-date "$BASE_DATE" --seed "$SEED" --feeds qua,tax --csv-copy)
echo "$GEN_OUT"
QUA_FILE=$(gen_field qua 2);   QUA_RECORDS=$(gen_field qua 3)
COPY_FILE=$(gen_field copy 2); COPY_RECORDS=$(gen_field copy 3)
TAX_FILE=$(gen_field tax 2);   TAX_RECORDS=$(gen_field tax 3)
for f in "$QUA_FILE" "$COPY_FILE" "$TAX_FILE"; do [[ -f "$f" ]] || { echo "generator did not write $f" >&2; exit 1; }; done
[[ "$QUA_RECORDS" == "$COPY_RECORDS" ]] || { echo "IF-QUA $QUA_RECORDS records but \\copy CSV $COPY_RECORDS" >&2; exit 1; }
printf '%-44s %14s %12s\n' file bytes records
for row in "$QUA_FILE:$QUA_RECORDS" "$COPY_FILE:$COPY_RECORDS" "$TAX_FILE:$TAX_RECORDS"; do
    f=${row%%:*}
    printf '%-44s %14s %12s\n' "$f" "$(stat -c %s "$f")" "${row##*:}"
done

if (( WARMUP > 0 )); then
    # warm-up files that do not touch the measured ones: an older IF-QUA snapshot (the measured one replaces it)
    # and IF-TAX rows of 課税年度 2019 (keys the measured IF-TAX does not have)
    WARM=$OUT/gen-warmup
    rm -rf "$WARM"
    mkdir -p "$WARM"
    WARM_OUT=$(java -Xmx256m -cp target/test-classes jp.kokuho.hub.testdata.KokuhoDataGenerator --out "$WARM" \
        --persons "$WARMUP" --insurer "$INSURER" --base-date 20261030 --seed "$((SEED + 1))" --feeds qua,tax \
        --tax-years 2019)
    WARM_QUA=$(awk '$1 == "qua" { print $2 }' <<<"$WARM_OUT"); WARM_QUA_N=$(awk '$1 == "qua" { gsub(",", "", $3); print $3 }' <<<"$WARM_OUT")
    WARM_TAX=$(awk '$1 == "tax" { print $2 }' <<<"$WARM_OUT"); WARM_TAX_N=$(awk '$1 == "tax" { gsub(",", "", $3); print $3 }' <<<"$WARM_OUT")
    echo "warm-up: $WARM_QUA ($WARM_QUA_N records), $WARM_TAX ($WARM_TAX_N records)"
fi

# the IF-TAX corrections: more held rows first (課税年度 2024 and 2025 of 72 % as many persons, so that about 2.5 rows
# per person are held with the measured file and the warm-up), then the two corrections drawn from all held rows
HELD=$OUT/gen-held
rm -rf "$HELD"
mkdir -p "$HELD/corrections"
HELD_OUT=$(java -Xmx256m -cp target/test-classes jp.kokuho.hub.testdata.KokuhoDataGenerator --out "$HELD" \
    --persons "$(( PERSONS * 72 / 100 > 0 ? PERSONS * 72 / 100 : 1 ))" --insurer "$INSURER" --base-date "$BASE_DATE" \
    --created 20261105 --seed "$((SEED + 2))" --feeds tax --tax-years 2024,2025)
HELD_TAX=$(awk '$1 == "tax" { print $2 }' <<<"$HELD_OUT"); HELD_TAX_N=$(awk '$1 == "tax" { gsub(",", "", $3); print $3 }' <<<"$HELD_OUT")
HELD_FILES=()
(( WARMUP > 0 )) && HELD_FILES+=("$WARM_TAX")
HELD_FILES+=("$TAX_FILE" "$HELD_TAX")
CORR_OUT=$(python3 scripts/lib/tax-correction.py "$HELD/corrections" "$SEED" "${HELD_FILES[@]}")
CORR_FILE=$(sed -n 1p <<<"$CORR_OUT" | cut -d' ' -f1);  CORR_RECORDS=$(sed -n 1p <<<"$CORR_OUT" | cut -d' ' -f2)
LAST_FILE=$(sed -n 2p <<<"$CORR_OUT" | cut -d' ' -f1);  LAST_RECORDS=$(sed -n 2p <<<"$CORR_OUT" | cut -d' ' -f2)
HELD_ROWS=$(cat "${HELD_FILES[@]}" | wc -l)
echo "IF-TAX held before the corrections: $HELD_ROWS rows ($HELD_TAX: $HELD_TAX_N more, 課税年度 2024-2025)"
echo "IF-TAX corrections: $CORR_FILE ($CORR_RECORDS rows: 10 % of the held changed, 1 % new), $LAST_FILE ($LAST_RECORDS rows, all new but the last)"

# ---------------------------------------------------------------------------------------------------------
if [[ $BENCH_PG == embedded ]]; then
    step "3. database: the hub's embedded PostgreSQL on port $PGPORT, durable=${BENCH_EMBEDDED_DURABLE:-true} (created fresh in $OUT/data/postgres)"
else
    step "3. database $DB on $PGHOST:$PGPORT (dropped and created)"
    psql_db postgres -c "drop database if exists $DB with (force)"
    psql_db postgres -c "create database $DB"
    echo "created $DB"
fi

# ---------------------------------------------------------------------------------------------------------
step "4. start the hub (-Xmx$XMX, data dir $OUT/data)"
rm -rf "$DATA"
mkdir -p "$DATA"
start_hub
DB_DESCRIPTION="$( [[ $BENCH_PG == embedded ]] && echo "embedded PostgreSQL" || echo "PostgreSQL server $PGHOST:$PGPORT") $(psql_db postgres -Atc 'show server_version') (fsync $(psql_db postgres -Atc 'show fsync'), synchronous_commit $(psql_db postgres -Atc 'show synchronous_commit'))"
echo "database: $DB_DESCRIPTION"

# ---------------------------------------------------------------------------------------------------------
FAILED=0
if (( WARMUP > 0 )); then
    step "5. warm-up: the hub imports $WARMUP persons first (a running hub, not a cold JVM, takes the measured files)"
    import_feed qualification IF-QUA "$WARM_QUA" "$WARM_QUA_N" || { echo "warm-up IF-QUA failed" >&2; exit 1; }
    await_followup "$RECEIPT_ID"
    import_feed tax IF-TAX "$WARM_TAX" "$WARM_TAX_N" || { echo "warm-up IF-TAX failed" >&2; exit 1; }
    await_followup "$RECEIPT_ID"
fi
# timed_import NAME FEED INTERFACE FILE RECORDS -> NAME_OK (正常 or FAILED), NAME_E2E, NAME_HUB_MS, NAME_CPU; then waits
# for the hub's work after the import (claim check -> re-judgement), so that the next file has the machine alone
timed_import() {
    local name=$1 ok=正常
    import_feed "$2" "$3" "$4" "$5" || { ok=FAILED; FAILED=1; }
    printf -v "${name}_OK" %s "$ok"
    printf -v "${name}_E2E" %s "$E2E_S"
    printf -v "${name}_HUB_MS" %s "$HUB_MS"
    printf -v "${name}_CPU" %s "$CPU_HUB_S / $CPU_PG_S"
    [[ $ok == 正常 ]] && await_followup "$RECEIPT_ID"
    return 0
}
step "5a. IF-QUA: drop $(basename "$QUA_FILE") ($QUA_RECORDS records) into inbox/qualification"
timed_import QUA qualification IF-QUA "$QUA_FILE" "$QUA_RECORDS"
step "5b. IF-TAX: drop $(basename "$TAX_FILE") ($TAX_RECORDS records) into inbox/tax"
timed_import TAX tax IF-TAX "$TAX_FILE" "$TAX_RECORDS"
step "5c. IF-TAX: more held rows, $(basename "$HELD_TAX") ($HELD_TAX_N records, 課税年度 2024-2025; not compared)"
timed_import HELD tax IF-TAX "$HELD_TAX" "$HELD_TAX_N"
step "5d. IF-TAX correction: $(basename "$CORR_FILE") ($CORR_RECORDS records over $HELD_ROWS held)"
timed_import CORR tax IF-TAX "$CORR_FILE" "$CORR_RECORDS"
step "5e. IF-TAX whose only held key is its last row: $(basename "$LAST_FILE") ($LAST_RECORDS records)"
timed_import LAST tax IF-TAX "$LAST_FILE" "$LAST_RECORDS"

echo
echo "GET /api/files:"
api_curl /api/files | python3 -c '
import json, sys
for r in json.load(sys.stdin):
    print("  ", {k: r.get(k) for k in ("fileName", "status", "recordCount", "receivedAt", "finishedAt")})
' || echo "  (not available)"

# ---------------------------------------------------------------------------------------------------------
stop_and_report() {
    step "6. stop the hub${1:-}"
    stop_hub
    echo "hub stopped"
    peak_heap
    echo "peak used heap (jstat -gc every 250 ms, S0U+S1U+EU+OU): $PEAK_MB MB of -Xmx$XMX ($(( $(wc -l <"$JSTAT_LOG") - 1 )) samples, $JSTAT_LOG)"
}
if [[ $BENCH_PG == server ]]; then
    stop_and_report " (the \\copy baseline runs with the hub stopped, so both have the machine alone)"
fi

# ---------------------------------------------------------------------------------------------------------
if [[ $BENCH_PG == embedded ]]; then
    # the hub stays up (its PostgreSQL is the one measured) but idle: the follow-up of its last import is done
    step "7. baseline: psql \\copy of the same rows into plain tables (no indexes, no checks), on the embedded PostgreSQL"
else
    step "7. baseline: psql \\copy of the same rows into plain tables (no indexes, no checks)"
fi
psql_db "$DB" <<'SQL'
drop table if exists bench_qua;
create table bench_qua (
    household_no text, person_no text, insured_no text, branch_no text, my_number text,
    name_kana text, name text, birth_date date, sex smallint, member_type smallint, head_flag smallint,
    acquired_on date, acquire_reason text, lost_on date, loss_reason text, previous_insurer_no text);
drop table if exists bench_tax;
create table bench_tax (
    person_no text, tax_year smallint, source smallint, tax_status smallint,
    total_income bigint, taxable_base bigint, salary_revenue bigint, salary_income bigint,
    pension_revenue bigint, pension_income bigint, other_revenue bigint, updated_on date);
SQL
copy_into() {
    local table=$1 file=$2
    floor_copy "$table" "$file"
    COPY_S=$FLOOR_S
    COPY_ROWS=$(psql_db "$DB" -Atc "select count(*) from $table")
    echo "\\copy $table from '$file': $COPY_ROWS rows in $COPY_S s"
}
copy_into bench_qua "$COPY_FILE"; QUA_COPY_S=$COPY_S
[[ "$COPY_ROWS" == "$QUA_RECORDS" ]] || { echo "bench_qua has $COPY_ROWS rows, expected $QUA_RECORDS" >&2; FAILED=1; }
copy_into bench_tax "$TAX_FILE"; TAX_COPY_S=$COPY_S
[[ "$COPY_ROWS" == "$TAX_RECORDS" ]] || { echo "bench_tax has $COPY_ROWS rows, expected $TAX_RECORDS" >&2; FAILED=1; }
# the corrections' floor: a typed table of the same held rows and key (tax_income's definition, filled with the held
# files, not timed), then each correction file as \copy into a staging table + one upsert, in the hub's order
psql_db "$DB" -c "drop table if exists bench_tax_typed" \
    -c "create table bench_tax_typed (like tax_income including all)" \
    -c "alter table bench_tax_typed alter receipt_id set default 0"
# the measured IF-TAX's floor too (held before it: the warm-up's rows), then the rest of what the hub held
(( WARMUP > 0 )) && psql_db "$DB" -c "\\copy bench_tax_typed ($TAX_COLUMNS) from '$WARM_TAX' with (format csv)"
floor_tax_upsert bench_tax_typed "$TAX_FILE"; TAX_FLOOR_S=$FLOOR_S
psql_db "$DB" -c "\\copy bench_tax_typed ($TAX_COLUMNS) from '$HELD_TAX' with (format csv)"
echo "bench_tax_typed: $(psql_db "$DB" -Atc "select count(*) from bench_tax_typed") held rows"
floor_tax_upsert bench_tax_typed "$CORR_FILE"; CORR_FLOOR_S=$FLOOR_S
floor_tax_upsert bench_tax_typed "$LAST_FILE"; LAST_FLOOR_S=$FLOOR_S
TYPED_ROWS=$(psql_db "$DB" -Atc "select count(*) from bench_tax_typed")
HUB_TAX_ROWS=$(psql_db "$DB" -Atc "select count(*) from tax_income")
[[ "$TYPED_ROWS" == "$HUB_TAX_ROWS" ]] || { echo "bench_tax_typed has $TYPED_ROWS rows, tax_income $HUB_TAX_ROWS" >&2; FAILED=1; }
echo "after both corrections: tax_income $HUB_TAX_ROWS rows, bench_tax_typed $TYPED_ROWS rows"
if [[ $BENCH_PG == embedded ]]; then
    # the embedded server stops with the hub: the baseline ran on it first, the hub idle meanwhile
    stop_and_report " (after the \\copy baseline: the embedded PostgreSQL stops with it)"
fi

# ---------------------------------------------------------------------------------------------------------
ratio() { awk -v h="$1" -v c="$2" 'BEGIN { if (h == "-" || c <= 0) print "-"; else printf "%.1f", h / c }'; }
ratio2() { awk -v h="$1" -v c="$2" 'BEGIN { if (h == "-" || c <= 0) print "-"; else printf "%.2f", h / c }'; }
within() { awk -v r="$1" -v l="$2" 'BEGIN { print (r != "-" && r <= l) ? "yes" : "NO" }'; }
QUA_RATIO=$(ratio "$QUA_E2E" "$QUA_COPY_S")
TAX_RATIO=$(ratio "$TAX_E2E" "$TAX_COPY_S")
TAX_FLOOR_RATIO=$(ratio2 "$TAX_E2E" "$TAX_FLOOR_S")
CORR_RATIO=$(ratio2 "$CORR_E2E" "$CORR_FLOOR_S")
LAST_RATIO=$(ratio2 "$LAST_E2E" "$LAST_FLOOR_S")
ms_to_s() { awk -v m="$1" 'BEGIN { if (m == "-") print "-"; else printf "%.2f", m / 1000 }'; }
ok() { awk -v r="$1" 'BEGIN { print (r != "-" && r <= 3) ? "yes" : "NO" }'; }
SUMMARY_LINE="benchmark-import $STAMP: $PERSONS persons, $DB_DESCRIPTION, pick-up $PICKUP, warm-up $WARMUP; IF-QUA $QUA_RECORDS records $QUA_OK ${QUA_E2E} s (\\copy ${QUA_COPY_S} s, ${QUA_RATIO}x); IF-TAX $TAX_RECORDS records $TAX_OK ${TAX_E2E} s (\\copy ${TAX_COPY_S} s, ${TAX_RATIO}x; floor ${TAX_FLOOR_S} s, ${TAX_FLOOR_RATIO}x); IF-TAX correction $CORR_RECORDS over $HELD_ROWS held $CORR_OK ${CORR_E2E} s (floor ${CORR_FLOOR_S} s, ${CORR_RATIO}x); last-row-held $LAST_RECORDS $LAST_OK ${LAST_E2E} s (floor ${LAST_FLOOR_S} s, ${LAST_RATIO}x); load $(cut -d' ' -f1-3 /proc/loadavg); peak heap $PEAK_MB MB of -Xmx$XMX"
{
    echo "kokuho-hub import benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, $DB_DESCRIPTION)"
    echo "hub: end to end = rename into the inbox -> 取込結果リスト written and the file in archive/"
    if [[ $PICKUP == marker ]]; then
        echo "     (pick-up: <name>.done written right after the rename, inbox polled every 200 ms); 'hub tx' = the import transaction as the hub logs it"
    else
        echo "     (pick-up: no marker, the file must be unchanged for 500 ms, inbox polled every 200 ms); 'hub tx' = the import transaction as the hub logs it"
    fi
    echo "     CPU s = CPU seconds used from the rename to the end by the hub's JVM / by PostgreSQL's processes"
    if (( WARMUP > 0 )); then
        echo "     the hub had imported a $WARMUP-person IF-QUA and IF-TAX before (warm JVM); BENCH_WARMUP=0 measures a cold one"
    else
        echo "     cold JVM: the measured files are the hub's first imports"
    fi
    echo
    printf '%-7s %10s %10s %10s %14s %10s %14s %9s\n' feed records "hub e2e s" "hub tx s" "CPU s hub/pg" "\\copy s" "ratio e2e/copy" "<= 3?"
    printf '%-7s %10s %10s %10s %14s %10s %14s %9s\n' IF-QUA "$QUA_RECORDS" "$QUA_E2E" "$(ms_to_s "$QUA_HUB_MS")" "$QUA_CPU" "$QUA_COPY_S" "$QUA_RATIO" "$(ok "$QUA_RATIO")"
    printf '%-7s %10s %10s %10s %14s %10s %14s %9s\n' IF-TAX "$TAX_RECORDS" "$TAX_E2E" "$(ms_to_s "$TAX_HUB_MS")" "$TAX_CPU" "$TAX_COPY_S" "$TAX_RATIO" "$(ok "$TAX_RATIO")"
    echo
    echo "IF-TAX corrections over $HELD_ROWS held rows; floor = \\copy into a staging table + INSERT ... ON CONFLICT DO UPDATE into a typed table of the same rows and key"
    printf '%-22s %10s %10s %10s %14s %10s %15s %9s\n' file records "hub e2e s" "hub tx s" "CPU s hub/pg" "floor s" "ratio e2e/floor" "<= 1.2?"
    printf '%-22s %10s %10s %10s %14s %10s %15s %9s\n' "IF-TAX above (new)" "$TAX_RECORDS" "$TAX_E2E" "$(ms_to_s "$TAX_HUB_MS")" "$TAX_CPU" "$TAX_FLOOR_S" "$TAX_FLOOR_RATIO" "-"
    printf '%-22s %10s %10s %10s %14s %10s %15s %9s\n' "10 % changed, 1 % new" "$CORR_RECORDS" "$CORR_E2E" "$(ms_to_s "$CORR_HUB_MS")" "$CORR_CPU" "$CORR_FLOOR_S" "$CORR_RATIO" "$(within "$CORR_RATIO" 1.2)"
    printf '%-22s %10s %10s %10s %14s %10s %15s %9s\n' "only last row held" "$LAST_RECORDS" "$LAST_E2E" "$(ms_to_s "$LAST_HUB_MS")" "$LAST_CPU" "$LAST_FLOOR_S" "$LAST_RATIO" "$(within "$LAST_RATIO" 1.2)"
    echo
    echo "load average at the end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "peak used heap: $PEAK_MB MB (-Xmx$XMX)"
    echo "$SUMMARY_LINE"
} | tee "$SUMMARY"
echo
echo "written: $SUMMARY (hub log $HUB_LOG)"
if (( FAILED )); then echo "RESULT: an import FAILED" >&2; exit 1; fi
