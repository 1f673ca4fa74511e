#!/usr/bin/env bash
# The monitoring profile's queries against a real Prometheus (docs/operations.md "What to watch"): builds and starts
# the hub on embedded defaults with the shipped samples (plus one rejected file, two jobs and an SFTP binding whose
# server does not answer), starts Debian's Prometheus (/usr/bin/prometheus; installed with apt-get when missing,
# never downloaded) with a configuration derived from docker/prometheus/prometheus.yml (only the target and the
# password file replaced), waits until the target is up, and evaluates every expression of every panel of
# docker/grafana/dashboards/kokuho-hub.json through Prometheus' /api/v1/query. Prints one table; exits non-zero when
# an expression fails or returns no series (or fewer than MIN_SERIES says). Takes a few minutes (build, hub start, two scrapes after the workload).
#   scripts/check-monitoring.sh             (BENCH_SKIP_BUILD=1: use target/'s jar as it is)
# Grafana template variables: the dashboard has none today; should one appear, TEMPLATE_VALUES below replaces it
# with a fixed value ($__rate_interval -> 1m, $__interval -> 15s, $__range -> 1h, $instance / $job -> the scrape's).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/bench-common.sh
source scripts/lib/bench-common.sh

bench_settings monitoring postgres
TIMEOUT_S=${BENCH_TIMEOUT_S:-600}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PROM=/usr/bin/prometheus
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-monitoring.XXXXXX")
PROM_PID=
cleanup() {
    if [[ -n "$PROM_PID" ]] && kill -0 "$PROM_PID" 2>/dev/null; then
        kill "$PROM_PID" 2>/dev/null || true
        wait "$PROM_PID" 2>/dev/null || true
    fi
    stop_hub
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ ! -x "$PROM" ]]; then
    step "installing Debian's prometheus (apt-get)"
    SUDO=""; [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get install -y --no-install-recommends prometheus \
        || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends prometheus; }
fi
PROM_VERSION=$("$PROM" --version 2>&1 | head -1)
echo "$PROM_VERSION"

step "1. build"
build_jar

step "2. start the hub (embedded PostgreSQL, the samples)"
rm -rf "$DATA"
# embedded PostgreSQL on a free port, not durable (a throw-away check); the samples are copied into the inbox
export BENCH_PG=embedded BENCH_EMBEDDED_DURABLE=false
PGPORT=$(free_port)
# an SFTP binding whose server does not answer (a closed port), so that the SFTP panel has a series; Camel's
# consumer health checks off for this run only, else that binding keeps /actuator/health DOWN and start_hub waits
SFTP_PORT=$(free_port)
: >"$WORK/sftp-key"; : >"$WORK/sftp-known-hosts"
start_hub --spring.profiles.active=sample --hub.samples.dir="$PWD/samples" \
    --hub.sftp.inbound.collection.host=127.0.0.1 --hub.sftp.inbound.collection.port="$SFTP_PORT" \
    --hub.sftp.inbound.collection.user=hub --hub.sftp.inbound.collection.private-key-file="$WORK/sftp-key" \
    --hub.sftp.inbound.collection.known-hosts-file="$WORK/sftp-known-hosts" \
    --hub.sftp.inbound.collection.poll-ms=2000 --camel.health.consumers-enabled=false

step "3. the workload: the samples, a rejected file, two jobs"
await_taken() {  # FEED NAME -> waits until NAME is archived or in error/
    local deadline=$(( $(date +%s) + TIMEOUT_S ))
    until compgen -G "$DATA/archive/$1/*/${2%.*}*" >/dev/null || [[ -e "$DATA/error/$1/$2" ]]; do
        (( $(date +%s) < deadline )) || { echo "$2 not taken after $TIMEOUT_S s" >&2; return 1; }
        kill -0 "$HUB_PID" 2>/dev/null || { echo "the hub died; see $HUB_LOG" >&2; return 1; }
        sleep 0.5
    done
}
for f in samples/*/*; do
    [[ "$f" == */README* ]] && continue
    feed=$(basename "$(dirname "$f")")
    await_taken "$feed" "$(basename "$f")"
    echo "taken: $f"
done
BAD=QUA_${INSURER}_20260230.dat
printf 'not a qualification file\r\n' >"$DATA/inbox/qualification/.$BAD.part"
mv "$DATA/inbox/qualification/.$BAD.part" "$DATA/inbox/qualification/$BAD"
await_taken qualification "$BAD"
[[ -e "$DATA/error/qualification/$BAD" ]] || { echo "$BAD was not rejected" >&2; exit 1; }
echo "rejected: $BAD"
for job in "arrears?date=2026-11-05" "monthly-report?month=2026-10"; do
    run_job "/api/jobs/$job"
    echo "job $job: $JOB_STATUS in $JOB_S s"
done

step "4. start Prometheus"
PROM_PORT=$(free_port)
printf '%s' "$HUB_SECURITY_OPERATOR_PASSWORD" >"$WORK/operator-password"
chmod 600 "$WORK/operator-password"
# docker/prometheus/prometheus.yml stays the one definition: only the target (hub:8080 -> this hub) and the
# credentials (the compose secret -> this run's operator and a password file of this run) are replaced
python3 - docker/prometheus/prometheus.yml "$WORK/prometheus.yml" "127.0.0.1:$PORT" \
    "$HUB_SECURITY_OPERATOR_USERNAME" "$WORK/operator-password" <<'PY'
import sys, yaml
src, dst, target, user, password_file = sys.argv[1:]
config = yaml.safe_load(open(src))
jobs = [j for j in config["scrape_configs"] if j["job_name"] == "kokuho-hub"]
assert len(jobs) == 1, "one scrape job kokuho-hub expected in " + src
job = jobs[0]
assert job["static_configs"] == [{"targets": ["hub:8080"]}], job["static_configs"]
job["static_configs"] = [{"targets": [target]}]
assert "password_file" in job["basic_auth"], job["basic_auth"]
job["basic_auth"]["username"] = user
job["basic_auth"]["password_file"] = password_file
yaml.safe_dump(config, open(dst, "w"), sort_keys=False)
PY
sed -n '/scrape_configs/,$p' "$WORK/prometheus.yml" | sed 's/^/  /'
"$PROM" --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
    --web.listen-address="127.0.0.1:$PROM_PORT" >"$OUT/prometheus-$STAMP.log" 2>&1 &
PROM_PID=$!
echo "prometheus pid $PROM_PID, port $PROM_PORT, log $OUT/prometheus-$STAMP.log"
prom_api() { curl -fsS "http://127.0.0.1:$PROM_PORT/api/v1/$1" "${@:2}"; }
# the target up (its last scrape succeeded), then two more scrapes: rate() and increase() need two samples
deadline=$(( $(date +%s) + 120 ))
until prom_api targets 2>/dev/null | python3 -c '
import json, sys
t = json.load(sys.stdin)["data"]["activeTargets"]
sys.exit(0 if t and all(x["health"] == "up" for x in t) else 1)' 2>/dev/null; do
    kill -0 "$PROM_PID" 2>/dev/null || { echo "prometheus exited" >&2; tail -20 "$OUT/prometheus-$STAMP.log" >&2; exit 1; }
    (( $(date +%s) < deadline )) || { echo "target not up after 120 s:" >&2; prom_api targets >&2; exit 1; }
    sleep 1
done
echo "target up: $(prom_api targets | python3 -c 'import json, sys; t = json.load(sys.stdin)["data"]["activeTargets"][0]; print(t["scrapeUrl"], t["lastScrapeDuration"], "s")')"
scrapes() { prom_api query --data-urlencode 'query=count_over_time(up{job="kokuho-hub"}[1h])' \
    | python3 -c 'import json, sys; r = json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)'; }
until (( $(scrapes) >= 3 )); do sleep 2; done
echo "$(scrapes) scrapes so far"

step "5. every panel expression of docker/grafana/dashboards/kokuho-hub.json"
python3 - docker/grafana/dashboards/kokuho-hub.json "http://127.0.0.1:$PROM_PORT" "$PROM_VERSION" <<'PY'
import json, sys, urllib.parse, urllib.request
dashboard, prom, version = sys.argv[1:]
# fixed values for Grafana's template variables (none are used by the dashboard today)
TEMPLATE_VALUES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h",
                   "$instance": ".*", "$job": "kokuho-hub"}
# expressions reading these metrics must return at least this many series: one per job run by step 3 (a label
# lost on the way, e.g. the hub's "job" tag, which Prometheus keeps as "exported_job", collapses them into one)
MIN_SERIES = {"hub_job_duration_seconds": 2}
def panels(items):
    for p in items:
        yield p
        yield from panels(p.get("panels", []))
rows, failed = [], 0
d = json.load(open(dashboard))
for p in panels(d["panels"]):
    for t in p.get("targets", []):
        expr = t.get("expr")
        if not expr:
            continue
        query = expr
        for var, value in TEMPLATE_VALUES.items():
            query = query.replace("${" + var[1:] + "}", value).replace(var, value)
        url = prom + "/api/v1/query?" + urllib.parse.urlencode({"query": query})
        try:
            with urllib.request.urlopen(url) as r:
                body = json.load(r)
            n = len(body["data"]["result"])
            least = max([1] + [m for name, m in MIN_SERIES.items() if name in query])
            status = "OK" if n >= least else "EMPTY" if n == 0 else "TOO FEW (< %d)" % least
        except urllib.error.HTTPError as e:
            n, status = 0, "ERROR " + json.load(e).get("error", str(e))
        if status != "OK":
            failed += 1
        rows.append((p.get("title", ""), expr, n, status))
print(version)
print("| panel | expression | series | result |")
print("| --- | --- | --- | --- |")
for title, expr, n, status in rows:
    print("| %s | `%s` | %d | %s |" % (title, expr.replace("|", "\\|"), n, status))
print("%d expressions, %d not OK" % (len(rows), failed))
sys.exit(1 if failed else 0)
PY
