# Helpers shared by the benchmark scripts (sourced, not run): scripts/benchmark-import.sh, scripts/benchmark-arrears.sh,
# scripts/benchmark-income-class.sh, scripts/benchmark-monthly-report.sh, scripts/benchmark-annual-report.sh,
# scripts/benchmark-cycle.sh; scripts/check-monitoring.sh (build_jar, start_hub, run_job).
# A script calls `bench_settings NAME DEFAULT_DB` first (the settings they all share, from BENCH_* variables), then
# sets TIMEOUT_S if it wants another, and installs `trap stop_hub EXIT`. BENCH_PG=embedded: the hub starts its
# embedded PostgreSQL on PGPORT (DB=postgres).
# shellcheck shell=bash

# bench_settings NAME DEFAULT_DB -> the settings every benchmark shares, overridden by the environment:
# BENCH_XMX (512m), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_DB (DEFAULT_DB),
# BENCH_TIMEOUT_S (3600), BENCH_SEED (42), BENCH_JAR (the jar to run, target/'s by default: a copy lets the worktree
# build meanwhile); the run's files under bench-out/ (git-ignored): DATA (the hub's data dir data-NAME), HUB_LOG,
# JSTAT_LOG, GC_LOG, SUMMARY (NAME and a time stamp in their names)
bench_settings() {
    local name=$1
    INSURER=139998
    BASE_DATE=20261031
    SEED=${BENCH_SEED:-42}
    XMX=${BENCH_XMX:-512m}
    PGHOST=${BENCH_PGHOST:-127.0.0.1}
    PGPORT=${BENCH_PGPORT:-5432}
    PGUSER=${BENCH_PGUSER:-postgres}
    DB=${BENCH_DB:-$2}
    TIMEOUT_S=${BENCH_TIMEOUT_S:-3600}
    JAR=${BENCH_JAR:-target/kokuho-hub-0.1.0-SNAPSHOT.jar}
    OUT=bench-out
    STAMP=$(date +%Y%m%d-%H%M%S)
    DATA=$PWD/$OUT/data-$name
    HUB_LOG=$OUT/hub-$name-$STAMP.log
    JSTAT_LOG=$OUT/jstat-$name-$STAMP.txt
    GC_LOG=$OUT/gc-$name-$STAMP.log
    SUMMARY=$OUT/benchmark-$name-$STAMP.txt
    PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
    export PGHOST PGPORT PGUSER PGOPTIONS
    mkdir -p "$OUT"
}

# build_jar -> mvn package unless BENCH_SKIP_BUILD=1 (package runs test-compile too, tests skipped, so the data
# generator lands in target/test-classes; sed: Maven's -q still prints bare colour resets; a failing mvn still fails
# the pipe)
build_jar() {
    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
        mvn -q -B -Dstyle.color=never ${MVN_ARGS:-} -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'
    fi
    [[ -f "$JAR" ]] || { echo "missing $JAR" >&2; exit 1; }
    [[ -f target/test-classes/jp/kokuho/hub/testdata/KokuhoDataGenerator.class ]] \
        || { echo "missing target/test-classes (the data generator)" >&2; exit 1; }
}

# import_or_build PERSONS -> the database of scripts/benchmark-import.sh PERSONS (run now), or with
# BENCH_SKIP_IMPORT=1 the database as it is (then only the jar is built, unless BENCH_SKIP_BUILD=1)
import_or_build() {
    if [[ "${BENCH_SKIP_IMPORT:-0}" != 1 ]]; then
        step "0. import $1 persons with scripts/benchmark-import.sh"
        BENCH_DB=$DB scripts/benchmark-import.sh "$1"
    else
        step "0. build"
        build_jar
    fi
}

# generate DIR ARGS... -> KokuhoDataGenerator into DIR (emptied first) with the run's insurer and seed; sets GEN_OUT
# (its lines: "<feed> <path>  <n> records  <bytes> bytes"); read them with gen_field FEED COLUMN (2 path, 3 records)
generate() {
    local dir=$1; shift
    rm -rf "$dir"
    mkdir -p "$dir"
    GEN_OUT=$(java -Xmx256m -cp target/test-classes jp.kokuho.hub.testdata.KokuhoDataGenerator --out "$dir" \
        --insurer "$INSURER" --seed "$SEED" "$@")
    echo "$GEN_OUT"
}
gen_field() { awk -v f="$1" -v c="$2" '$1 == f { gsub(",", "", $c); print $c }' <<<"$GEN_OUT"; }

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
# api_curl PATH [CURL_ARGS...] -> the hub's HTTP API as the run's operator
api_curl() {
    local path=$1; shift
    curl -fsS -u "$HUB_SECURITY_OPERATOR_USERNAME:$HUB_SECURITY_OPERATOR_PASSWORD" "$@" "http://127.0.0.1:$PORT$path"
}
# start_hub [EXTRA_JAVA_ARGS...] -> starts the jar on $DB with data dir $DATA; sets HUB_PID, PORT, JSTAT_PID
start_hub() {
    # the hub requires login: users of this run only, passwords random (environment, never a file)
    export HUB_SECURITY_OPERATOR_USERNAME=bench-operator HUB_SECURITY_ADMIN_USERNAME=bench-admin
    export HUB_SECURITY_OPERATOR_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    export HUB_SECURITY_ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
    PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    # BENCH_PG=embedded: the hub's own embedded PostgreSQL on $PGPORT (database postgres), durable unless
    # BENCH_EMBEDDED_DURABLE=false says otherwise; else the server $PGHOST:$PGPORT, database $DB
    local database_args
    if [[ "${BENCH_PG:-server}" == embedded ]]; then
        database_args=(--hub.embedded-postgres.port="$PGPORT" --hub.embedded-postgres.durable="${BENCH_EMBEDDED_DURABLE:-true}")
    else
        database_args=(--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER")
    fi
    java -Xmx"$XMX" ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
        --hub.insurer-no="$INSURER" \
        --hub.data-dir="$DATA" \
        "${database_args[@]}" \
        --spring.artemis.embedded.data-directory="$DATA/artemis" \
        --server.port="$PORT" \
        --hub.intake.stable-ms=500 \
        --hub.intake.poll-delay-ms=200 \
        ${DONE_MARKER_FEEDS:+--hub.intake.done-marker-feeds=$DONE_MARKER_FEEDS} \
        --logging.level.jp.kokuho.hub.incomeclass.IncomeClassRejudge=DEBUG \
        "$@" \
        >"$HUB_LOG" 2>&1 &
    HUB_PID=$!
    echo "hub pid $HUB_PID, port $PORT, log $HUB_LOG"
    T_START=$(now)
    until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$HUB_PID" 2>/dev/null; then
            echo "the hub exited during start-up; last lines of $HUB_LOG:" >&2
            tail -30 "$HUB_LOG" >&2
            return 1
        fi
        # BENCH_START_TIMEOUT_S: a start on a machine shared with others' builds took more than 180 s
        if (( $(date +%s) - ${T_START%.*} > ${BENCH_START_TIMEOUT_S:-300} )); then
            echo "hub not UP after ${BENCH_START_TIMEOUT_S:-300} s" >&2; tail -30 "$HUB_LOG" >&2; return 1
        fi
        sleep 0.5
    done
    echo "health UP after $(secs "$T_START" "$(now)") s"
    # used heap = S0U+S1U+EU+OU (KB), sampled every 250 ms until the hub stops
    jstat -gc "$HUB_PID" 250 >"$JSTAT_LOG" 2>&1 &
    JSTAT_PID=$!
}

# import_feed FEED INTERFACE FILE EXPECTED_RECORDS -> sets E2E_S, HUB_MS; returns 1 if not 正常 with that count
import_feed() {
    local feed=$1 ifid=$2 src=$3 expected=$4 name list archived t0 deadline
    name=$(basename "$src")
    local inbox=$DATA/inbox/$feed
    mkdir -p "$inbox"
    E2E_S=-; HUB_MS=-; CPU_HUB_S=-; CPU_PG_S=-; RECEIPT_ID=
    # the lists and archived files of an earlier file of the same name (a re-send) are not this one's: the archive
    # gives a second file of a name another name (<name>_<受付番号>.<ext>), the list another time stamp
    local -A earlier=()
    local f
    shopt -s nullglob
    for f in "$DATA"/outbox/import-results/取込結果_"$feed"_*_"$name".csv "$DATA"/archive/"$feed"/*/"${name%.*}"*; do
        earlier[$f]=1
    done
    shopt -u nullglob
    # copy under a name the hub ignores (dot-file, .part), then rename atomically into the inbox
    quiesce
    cp "$src" "$inbox/.$name.part"
    cpu_sample; local cpu0_hub=$CPU_HUB cpu0_pg=$CPU_PG
    t0=$(now)
    mv "$inbox/.$name.part" "$inbox/$name"
    # a feed with done markers: the sender says the file is complete (spec "Folders": <name>.done)
    if [[ ",${DONE_MARKER_FEEDS:-}," == *",$feed,"* ]]; then : >"$inbox/$name.done"; fi
    echo "dropped $name at $(date -u -d "@$t0" +%H:%M:%S.%3NZ) (compare with the hub log)"
    deadline=$(( ${t0%.*} + TIMEOUT_S ))
    shopt -s nullglob
    while :; do
        list=(); archived=()
        for f in "$DATA"/outbox/import-results/取込結果_"$feed"_*_"$name".csv; do [[ -n "${earlier[$f]:-}" ]] || list+=("$f"); done
        for f in "$DATA"/archive/"$feed"/*/"${name%.*}"*; do
            [[ -n "${earlier[$f]:-}" || "$f" == *.done ]] || archived+=("$f")
        done
        if (( ${#list[@]} > 0 && ${#archived[@]} > 0 )); then
            E2E_S=$(secs "$t0" "$(now)")
            cpu_sample
            CPU_HUB_S=$(awk -v a="$cpu0_hub" -v b="$CPU_HUB" 'BEGIN { printf "%.2f", b - a }')
            CPU_PG_S=$(awk -v a="$cpu0_pg" -v b="$CPU_PG" 'BEGIN { printf "%.2f", b - a }')
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
    RECEIPT_ID=$(grep -a "$ifid: $name imported, " "$HUB_LOG" | tail -1 | sed -E 's/.*受付番号 ([0-9]+).*/\1/' || true)
    echo "結果 $result, データ件数 $count (expected $expected); end to end $E2E_S s; hub log: import transaction $HUB_MS ms"
    echo "CPU used meanwhile: hub JVM $CPU_HUB_S s, PostgreSQL server processes $CPU_PG_S s (of $(nproc) CPUs x $E2E_S s)"
    if [[ "$result" != "正常" || "$count" != "$expected" ]]; then
        echo "FAILED: $name: 結果 '$result', データ件数 '$count' (expected 正常, $expected)" >&2
        return 1
    fi
}

# quiesce -> before a timed step, the database's housekeeping after the step before is done now instead of during
# the step: VACUUM (ANALYZE) of $DB (else autovacuum starts on a freshly loaded 1,000,000-row table within a minute)
# and a CHECKPOINT (else one forced by max_wal_size lands in the middle; either moved a 1,000,000-row COPY by 1-2 s)
quiesce() {
    psql_db "$DB" -c "vacuum (analyze)"
    psql_db postgres -c checkpoint 2>/dev/null || echo "(CHECKPOINT not allowed for $PGUSER; timings may include one)"
}

# cpu_sample -> CPU_HUB, CPU_PG: CPU seconds used so far by the hub's JVM and by the PostgreSQL server's processes
# (utime + stime from /proc; a PostgreSQL process that ended in between is not counted)
cpu_sample() {
    local tick
    tick=$(getconf CLK_TCK)
    CPU_HUB=$(awk -v t="$tick" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$HUB_PID/stat" 2>/dev/null || echo 0)
    CPU_PG=$(for p in $(pgrep -x postgres); do cat "/proc/$p/stat" 2>/dev/null; done \
        | awk -v t="$tick" '{ sub(/^.*\) /, ""); s += $12 + $13 } END { printf "%.2f", s / t }')
}

# await_followup RECEIPT_ID -> waits (up to 600 s) until the hub's work after that import (the claim check's
# 所得区分 re-judgement) is done, so that the next import has the machine to itself; sets FOLLOWUP_S
# (the hub logs a re-judgement with nothing to do at DEBUG only: start_hub turns that logger to DEBUG for this wait)
await_followup() {
    local id=$1 t0
    t0=$(now)
    FOLLOWUP_S=-
    for _ in $(seq 1 12000); do
        if grep -aq "re-judgement for batch $id " "$HUB_LOG"; then
            FOLLOWUP_S=$(secs "$t0" "$(now)")
            echo "follow-up of 受付番号 $id (claim check, re-judgement) done $FOLLOWUP_S s after the import"
            return 0
        fi
        sleep 0.05
    done
    echo "follow-up of 受付番号 $id not seen in the hub log after 600 s" >&2
    return 1
}

# heap_mark -> HEAP_MARK: the jstat samples so far; heap_peak_since MARK -> HEAP_PEAK_MB: the peak used heap of the
# samples taken since (S0U+S1U+EU+OU, every 250 ms: used heap including garbage not collected yet)
heap_mark() { HEAP_MARK=$(wc -l <"$JSTAT_LOG"); }
heap_peak_since() {
    local to
    to=$(wc -l <"$JSTAT_LOG")
    HEAP_PEAK_MB=$(awk -v a="$1" -v b="$to" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        NR > a && NR <= b && $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u }
        END { printf "%.0f", max / 1024 }' "$JSTAT_LOG")
}

# peak_heap -> sets PEAK_MB: the peak used heap of the hub from $JSTAT_LOG
peak_heap() {
    local PEAK_KB
    PEAK_KB=$(awk '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > max) max = u }
        END { printf "%d", max }' "$JSTAT_LOG")
    PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN { printf "%.0f", k / 1024 }')
}

# run_job PATH -> POSTs a job (e.g. /api/jobs/monthly-report?month=2026-10) to the started hub, polls it until it is no
# longer RUNNING (at most TIMEOUT_S) and sets JOB_RUN (the run's JSON), JOB_STATUS, JOB_S (startedAt -> endedAt, the
# hub's own figure), JOB_E2E (by polling) and JOB_PEAK_MB (peak used heap sampled while the job ran)
run_job() {
    local path=$1 t0 id mark
    t0=$(now)
    heap_mark; mark=$HEAP_MARK
    id=$(api_curl "$path" -X POST | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    while :; do
        JOB_RUN=$(api_curl "/api/jobs/$id")
        JOB_STATUS=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$JOB_RUN")
        [[ "$JOB_STATUS" == RUNNING ]] || break
        if (( $(date +%s) > ${t0%.*} + TIMEOUT_S )); then echo "job $id still RUNNING after $TIMEOUT_S s" >&2; return 1; fi
        # once a second: each request logs in with HTTP Basic, whose BCrypt check costs the hub about 20 ms of CPU
        # (JFR); JOB_S is the hub's own figure, so the poll's period does not enter it
        sleep 1
    done
    JOB_E2E=$(secs "$t0" "$(now)")
    sleep 0.5
    heap_peak_since "$mark"; JOB_PEAK_MB=$HEAP_PEAK_MB
    JOB_S=$(python3 -c '
import json, sys, datetime
r = json.load(sys.stdin)
p = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.2f" % (p(r["endedAt"]) - p(r["startedAt"])).total_seconds() if r.get("endedAt") else "-")' <<<"$JOB_RUN")
}

# floor_copy TABLE FILE -> FLOOR_S: the floor of an import: psql `\copy` of FILE (CSV) into TABLE, a bare table (no
# indexes, no checks) emptied first, after the same quiesce as the hub's import; timed around psql (includes connecting)
floor_copy() {
    local t0
    psql_db "$DB" -c "truncate $1"
    quiesce
    t0=$(now)
    psql_db "$DB" -c "\\copy $1 from '$2' with (format csv)"
    FLOOR_S=$(secs "$t0" "$(now)")
}

# TAX_COLUMNS: the 12 IF-TAX fields as tax_income's columns, in file order
TAX_COLUMNS="person_no, tax_year, source, tax_status, total_income, taxable_base, salary_revenue, salary_income, pension_revenue, pension_income, other_revenue, updated_on"

# floor_tax_upsert TABLE FILE -> sets FLOOR_S: the floor of an IF-TAX import into TABLE (a typed table with
# tax_income's columns and key, e.g. `like tax_income including all`, receipt_id defaulting): psql `\copy` of the file
# into a temporary staging table, then one INSERT ... ON CONFLICT DO UPDATE into TABLE, one transaction, after the
# same quiesce as the hub's import; timed around psql (includes connecting), as the \copy baseline
floor_tax_upsert() {
    local table=$1 file=$2 t0 set
    set=$(tr -d ' ' <<<"$TAX_COLUMNS" | tr ',' '\n' | grep -vE '^(person_no|tax_year|source)$' \
        | awk '{ printf "%s%s = excluded.%s", (NR > 1 ? ", " : ""), $1, $1 }')
    quiesce
    t0=$(now)
    psql_db "$DB" -1 -f - <<SQL
create temporary table floor_stage (like $table including defaults) on commit drop;
\\copy floor_stage ($TAX_COLUMNS) from '$file' with (format csv)
insert into $table ($TAX_COLUMNS, receipt_id) select $TAX_COLUMNS, receipt_id from floor_stage
    on conflict (person_no, tax_year, source) do update set $set, receipt_id = excluded.receipt_id;
SQL
    FLOOR_S=$(secs "$t0" "$(now)")
    echo "floor of $(basename "$file") into $table (\\copy into a staging table + INSERT ... ON CONFLICT DO UPDATE): $FLOOR_S s"
}
