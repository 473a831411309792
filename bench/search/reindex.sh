#!/usr/bin/env bash
# The search-reindex job on a database of many public items (issue 13: a full reindex of 100,000 in
# at most 120 s).
#
# 1. Starts the portal (server-config/run.sh, demo province) on a fresh data folder, then stops it.
# 2. Adds COUNT published articles by SQL (seed-articles.sql: copies of the demo's own articles),
#    with the H2 engine bundled in Payara Micro, the way bench/deadline-monitor adds obligations.
# 3. Starts it again, starts search-reindex through the operator REST API as the demo batch operator,
#    polls the execution until it ends, and reports the job's time, items/s and its steps.
#
# Settings: COUNT (100000), CHUNK_SIZE (the job's default unless set), BENCH_PORT (first free from
# 18480), PORTAL_JAVA_OPTS (-Xms256m -Xmx1g). Output: bench/target/search-reindex/.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools curl jq java unzip

count=${COUNT:-100000}
port=${BENCH_PORT:-$(free_port 18480 18489)}
java_opts=${PORTAL_JAVA_OPTS:--Xms256m -Xmx1g}
out="$root/bench/target/search-reindex"
data="$out/data"

rm -rf "$out" && mkdir -p "$out"
trap stop_portal EXIT
portal_env=(
    PORTAL_DATA="$data" PORTAL_DEMO=true PORTAL_JAVA_OPTS="$java_opts"
    PORTAL_ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
)
echo "bench: machine $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $count articles"

start_portal "$out/portal-first.log" "$port" "${portal_env[@]}"
stop_portal

h2="$out/h2.jar"
unzip -p "$root/server-config/target/runtime/payara-micro.jar" MICRO-INF/runtime/h2.jar > "$h2"
{ echo "SET @count = $count;"; cat "$bench_dir/seed-articles.sql"; } > "$out/seed.sql"
began=$(date +%s%N)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/db/portal" -user portal \
    -password "$(cat "$data/.runtime/db-password")" -script "$out/seed.sql"
echo "bench: seeded by SQL in $(( ($(date +%s%N) - began) / 1000000 )) ms"

start_portal "$out/portal.log" "$port" "${portal_env[@]}"
operator=$(awk -F'\t' '$1 == "vanhanh" { print $2 }' "$data/demo-accounts.txt")
parameters='{}'
[ -n "${CHUNK_SIZE:-}" ] && parameters="{\"chunkSize\":\"$CHUNK_SIZE\"}"
curl -sf -o /dev/null -D "$out/start.headers" -u "vanhanh:$operator" -H 'Content-Type: application/json' \
    -d "{\"parameters\":$parameters}" "http://localhost:$port/api/v1/batch/jobs/search-reindex/executions"
location=$(sed -n 's/^location: *//Ip' "$out/start.headers" | tr -d '\r')
[ -n "$location" ] || { echo "bench: the job did not start" >&2; exit 1; }
while :; do
    sleep 1
    curl -sf -u "vanhanh:$operator" "$location" > "$out/run.json"
    case "$(jq -r .batchStatus "$out/run.json")" in STARTING | STARTED | STOPPING) ;; *) break ;; esac
done
job_ms=$(( ($(date -d "$(jq -r .ended "$out/run.json")" +%s%N) - $(date -d "$(jq -r .started "$out/run.json")" +%s%N)) / 1000000 ))
total=$(curl -sf "http://localhost:$port/api/v1/search?q=bench" >/dev/null && jq '[.steps[].written] | add' "$out/run.json")
jq -r --argjson job "$job_ms" --argjson total "$total" '
    "search-reindex: \(.batchStatus), \($total) items written in \($job) ms = \(($total * 1000 / $job) | floor) items/s",
    (.steps[] | "    \(.name): read \(.read) written \(.written) commits \(.commits) \(.durationMillis) ms, exit \(.exitStatus)")' \
    "$out/run.json" | tee "$out/summary.txt"
echo "bench: load $(cut -d' ' -f1-3 /proc/loadavg), peak portal memory $(awk '/^VmHWM/ { print $2 / 1024 " MB" }' "/proc/$portal_pid/status")" \
    | tee -a "$out/summary.txt"
