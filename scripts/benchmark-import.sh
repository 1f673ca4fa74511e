#!/usr/bin/env bash
# Import benchmark: IF-QUA and IF-TAX for PERSONS people through the hub (drop -> 取込結果リスト), against
# psql \copy of the same rows into plain tables (no indexes, no checks). See docs/benchmark.md.
#
#   scripts/benchmark-import.sh [PERSONS]        (default 1000000)
#
# Overrides (environment): BENCH_PORT (hub HTTP port; default a free one), BENCH_XMX (512m),
# BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_DB (kokuho_bench),
# BENCH_SEED (42), BENCH_TIMEOUT_S (per import, 3600), BENCH_SKIP_BUILD=1, MVN_ARGS (extra mvn options, e.g. -o).
# Everything is written under bench-out/ (git-ignored): gen/ (generated files), data/ (the hub's data dir,
# recreated each run), hub-<ts>.log, jstat-<ts>.txt, benchmark-import-<ts>.txt (the summary).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${1:-1000000}
[[ "$PERSONS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [PERSONS]" >&2; exit 2; }
INSURER=139998
BASE_DATE=20261031
SEED=${BENCH_SEED:-42}
XMX=${BENCH_XMX:-512m}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-kokuho_bench}
TIMEOUT_S=${BENCH_TIMEOUT_S:-3600}
JAR=target/kokuho-hub-0.1.0-SNAPSHOT.jar
OUT=bench-out
GEN=$OUT/gen
DATA=$PWD/$OUT/data
STAMP=$(date +%Y%m%d-%H%M%S)
HUB_LOG=$OUT/hub-$STAMP.log
JSTAT_LOG=$OUT/jstat-$STAMP.txt
SUMMARY=$OUT/benchmark-import-$STAMP.txt
PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
export PGHOST PGPORT PGUSER PGOPTIONS

HUB_PID=
JSTAT_PID=
step() { echo; echo "== $* ($(date +%H:%M:%S))"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }

stop_hub() {
    if [[ -n "$JSTAT_PID" ]] && kill -0 "$JSTAT_PID" 2>/dev/null; then
        kill "$JSTAT_PID" 2>/dev/null || true
        wait "$JSTAT_PID" 2>/dev/null || true
    fi
    JSTAT_PID=
    if [[ -n "$HUB_PID" ]] && kill -0 "$HUB_PID" 2>/dev/null; then
        kill "$HUB_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$HUB_PID" 2>/dev/null; then
            echo "hub (pid $HUB_PID) did not stop in 30 s; killing it"
            kill -9 "$HUB_PID" 2>/dev/null || true
        fi
        wait "$HUB_PID" 2>/dev/null || true
    fi
    HUB_PID=
}
trap stop_hub EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
step "1. build"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    # package runs test-compile too (tests skipped), so the generator lands in target/test-classes
    # (sed: Maven's -q still prints bare colour resets; a failing mvn still fails the pipe)
    mvn -q -B -Dstyle.color=never ${MVN_ARGS:-} -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'
fi
[[ -f "$JAR" ]] || { echo "missing $JAR" >&2; exit 1; }
[[ -f target/test-classes/jp/kokuho/hub/testdata/KokuhoDataGenerator.class ]] \
    || { echo "missing target/test-classes (the data generator)" >&2; exit 1; }
echo "jar: $JAR ($(du -h "$JAR" | cut -f1))"

# ---------------------------------------------------------------------------------------------------------
step "2. generate $PERSONS persons (IF-QUA, IF-TAX, \\copy CSV) into $GEN"
rm -rf "$GEN"
mkdir -p "$GEN"
GEN_OUT=$(java -Xmx256m -cp target/test-classes jp.kokuho.hub.testdata.KokuhoDataGenerator --out "$GEN" \
    --persons "$PERSONS" --insurer "$INSURER" --base-date "$BASE_DATE" --seed "$SEED" --feeds qua,tax --csv-copy)
echo "$GEN_OUT"
# lines: "<feed> <path>  <n> records  <bytes> bytes"
gen_field() { awk -v f="$1" -v c="$2" '$1 == f { gsub(",", "", $c); print $c }' <<<"$GEN_OUT"; }
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

# ---------------------------------------------------------------------------------------------------------
step "3. database $DB on $PGHOST:$PGPORT (dropped and created)"
psql_db postgres -c "drop database if exists $DB with (force)"
psql_db postgres -c "create database $DB"
echo "created $DB"

# ---------------------------------------------------------------------------------------------------------
step "4. start the hub (-Xmx$XMX, data dir $OUT/data)"
rm -rf "$DATA"
mkdir -p "$DATA"
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
java -Xmx"$XMX" -jar "$JAR" \
    --hub.insurer-no="$INSURER" \
    --hub.data-dir="$DATA" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    --spring.datasource.username="$PGUSER" \
    --spring.artemis.embedded.data-directory="$DATA/artemis" \
    --server.port="$PORT" \
    --hub.intake.stable-ms=500 \
    --hub.intake.poll-delay-ms=200 \
    >"$HUB_LOG" 2>&1 &
HUB_PID=$!
echo "hub pid $HUB_PID, port $PORT, log $HUB_LOG"
T_START=$(now)
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$HUB_PID" 2>/dev/null; then
        echo "the hub exited during start-up; last lines of $HUB_LOG:" >&2
        tail -30 "$HUB_LOG" >&2
        exit 1
    fi
    if (( $(date +%s) - ${T_START%.*} > 180 )); then echo "hub not UP after 180 s" >&2; tail -30 "$HUB_LOG" >&2; exit 1; fi
    sleep 0.5
done
echo "health UP after $(secs "$T_START" "$(now)") s"
# used heap = S0U+S1U+EU+OU (KB), sampled every 250 ms until the hub stops
jstat -gc "$HUB_PID" 250 >"$JSTAT_LOG" 2>&1 &
JSTAT_PID=$!

# ---------------------------------------------------------------------------------------------------------
# import_feed FEED INTERFACE FILE EXPECTED_RECORDS -> sets E2E_S, HUB_MS; returns 1 if not 正常 with that count
import_feed() {
    local feed=$1 ifid=$2 src=$3 expected=$4 name list archived t0 deadline
    name=$(basename "$src")
    local inbox=$DATA/inbox/$feed
    mkdir -p "$inbox"
    E2E_S=-; HUB_MS=-
    # copy under a name the hub ignores (dot-file, .part), then rename atomically into the inbox
    cp "$src" "$inbox/.$name.part"
    t0=$(now)
    mv "$inbox/.$name.part" "$inbox/$name"
    echo "dropped $name at $(date -u -d "@$t0" +%H:%M:%S.%3NZ) (compare with the hub log)"
    deadline=$(( ${t0%.*} + TIMEOUT_S ))
    shopt -s nullglob
    while :; do
        list=("$DATA"/outbox/import-results/取込結果_"$feed"_*_"$name".csv)
        archived=("$DATA"/archive/"$feed"/*/"$name")
        if (( ${#list[@]} > 0 && ${#archived[@]} > 0 )); then
            E2E_S=$(secs "$t0" "$(now)")
            break
        fi
        if [[ -e "$DATA/error/$feed/$name" || -e "$DATA/error/$feed/$name.reason.txt" ]]; then
            sleep 0.5
            E2E_S=$(secs "$t0" "$(now)")
            echo "FAILED: $name went to error/$feed/ after $E2E_S s:" >&2
            cat "$DATA/error/$feed/$name.reason.txt" >&2 2>/dev/null || true
            shopt -u nullglob
            return 1
        fi
        if ! kill -0 "$HUB_PID" 2>/dev/null; then echo "FAILED: the hub died; see $HUB_LOG" >&2; shopt -u nullglob; return 1; fi
        if (( $(date +%s) > deadline )); then echo "FAILED: no 取込結果リスト for $name after $TIMEOUT_S s" >&2; shopt -u nullglob; return 1; fi
        sleep 0.05
    done
    shopt -u nullglob
    echo "取込結果リスト: ${list[0]#"$PWD/"}"
    echo "archived:       ${archived[0]#"$PWD/"}"
    # 受付日時,ファイル名,インタフェース,結果,データ件数,レコード番号,項目名,エラー内容
    local row result count
    row=$(iconv -f CP932 -t UTF-8 "${list[0]}" | sed -n 2p | tr -d '\r')
    result=$(cut -d, -f4 <<<"$row")
    count=$(cut -d, -f5 <<<"$row")
    HUB_MS=$(grep -a "$ifid: $name imported, " "$HUB_LOG" | tail -1 | sed -E 's/.* records in ([0-9]+) ms.*/\1/' || true)
    [[ -n "$HUB_MS" ]] || HUB_MS=-
    echo "結果 $result, データ件数 $count (expected $expected); end to end $E2E_S s; hub log: import transaction $HUB_MS ms"
    if [[ "$result" != "正常" || "$count" != "$expected" ]]; then
        echo "FAILED: $name: 結果 '$result', データ件数 '$count' (expected 正常, $expected)" >&2
        return 1
    fi
}

FAILED=0
step "5a. IF-QUA: drop $(basename "$QUA_FILE") ($QUA_RECORDS records) into inbox/qualification"
if import_feed qualification IF-QUA "$QUA_FILE" "$QUA_RECORDS"; then QUA_OK=正常; else QUA_OK=FAILED; FAILED=1; fi
QUA_E2E=$E2E_S; QUA_HUB_MS=$HUB_MS

step "5b. IF-TAX: drop $(basename "$TAX_FILE") ($TAX_RECORDS records) into inbox/tax"
if import_feed tax IF-TAX "$TAX_FILE" "$TAX_RECORDS"; then TAX_OK=正常; else TAX_OK=FAILED; FAILED=1; fi
TAX_E2E=$E2E_S; TAX_HUB_MS=$HUB_MS

echo
echo "GET /api/files:"
curl -fsS "http://127.0.0.1:$PORT/api/files" | python3 -c '
import json, sys
for r in json.load(sys.stdin):
    print("  ", {k: r.get(k) for k in ("fileName", "status", "recordCount", "receivedAt", "finishedAt")})
' || echo "  (not available)"

# ---------------------------------------------------------------------------------------------------------
step "6. stop the hub (the \\copy baseline runs with the hub stopped, so both have the machine alone)"
stop_hub
echo "hub stopped"
PEAK_KB=$(awk '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u }
    END { printf "%d", max }' "$JSTAT_LOG")
PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN { printf "%.0f", k / 1024 }')
echo "peak used heap (jstat -gc every 250 ms, S0U+S1U+EU+OU): $PEAK_MB MB of -Xmx$XMX ($(( $(wc -l <"$JSTAT_LOG") - 1 )) samples, $JSTAT_LOG)"

# ---------------------------------------------------------------------------------------------------------
step "7. baseline: psql \\copy of the same rows into plain tables (no indexes, no checks)"
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
    local table=$1 file=$2 t0
    t0=$(now)
    psql_db "$DB" -c "\\copy $table from '$file' with (format csv)"
    COPY_S=$(secs "$t0" "$(now)")
    COPY_ROWS=$(psql_db "$DB" -Atc "select count(*) from $table")
    echo "\\copy $table from '$file': $COPY_ROWS rows in $COPY_S s"
}
copy_into bench_qua "$COPY_FILE"; QUA_COPY_S=$COPY_S
[[ "$COPY_ROWS" == "$QUA_RECORDS" ]] || { echo "bench_qua has $COPY_ROWS rows, expected $QUA_RECORDS" >&2; FAILED=1; }
copy_into bench_tax "$TAX_FILE"; TAX_COPY_S=$COPY_S
[[ "$COPY_ROWS" == "$TAX_RECORDS" ]] || { echo "bench_tax has $COPY_ROWS rows, expected $TAX_RECORDS" >&2; FAILED=1; }

# ---------------------------------------------------------------------------------------------------------
ratio() { awk -v h="$1" -v c="$2" 'BEGIN { if (h == "-" || c <= 0) print "-"; else printf "%.1f", h / c }'; }
QUA_RATIO=$(ratio "$QUA_E2E" "$QUA_COPY_S")
TAX_RATIO=$(ratio "$TAX_E2E" "$TAX_COPY_S")
ms_to_s() { awk -v m="$1" 'BEGIN { if (m == "-") print "-"; else printf "%.2f", m / 1000 }'; }
ok() { awk -v r="$1" 'BEGIN { print (r != "-" && r <= 3) ? "yes" : "NO" }'; }
SUMMARY_LINE="benchmark-import $STAMP: $PERSONS persons; IF-QUA $QUA_RECORDS records $QUA_OK ${QUA_E2E} s (\\copy ${QUA_COPY_S} s, ${QUA_RATIO}x); IF-TAX $TAX_RECORDS records $TAX_OK ${TAX_E2E} s (\\copy ${TAX_COPY_S} s, ${TAX_RATIO}x); peak heap $PEAK_MB MB of -Xmx$XMX"
{
    echo "kokuho-hub import benchmark $STAMP ($(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, PostgreSQL $(psql_db postgres -Atc 'show server_version'))"
    echo "hub: end to end = rename into the inbox -> 取込結果リスト written and the file in archive/"
    echo "     (includes the pick-up latency: poll 200 ms, file stable 500 ms); 'hub tx' = the import transaction as the hub logs it"
    echo
    printf '%-7s %10s %10s %10s %10s %14s %9s\n' feed records "hub e2e s" "hub tx s" "\\copy s" "ratio e2e/copy" "<= 3?"
    printf '%-7s %10s %10s %10s %10s %14s %9s\n' IF-QUA "$QUA_RECORDS" "$QUA_E2E" "$(ms_to_s "$QUA_HUB_MS")" "$QUA_COPY_S" "$QUA_RATIO" "$(ok "$QUA_RATIO")"
    printf '%-7s %10s %10s %10s %10s %14s %9s\n' IF-TAX "$TAX_RECORDS" "$TAX_E2E" "$(ms_to_s "$TAX_HUB_MS")" "$TAX_COPY_S" "$TAX_RATIO" "$(ok "$TAX_RATIO")"
    echo
    echo "peak used heap: $PEAK_MB MB (-Xmx$XMX)"
    echo "$SUMMARY_LINE"
} | tee "$SUMMARY"
echo
echo "written: $SUMMARY (hub log $HUB_LOG)"
if (( FAILED )); then echo "RESULT: an import FAILED" >&2; exit 1; fi
