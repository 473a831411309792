#!/usr/bin/env bash
# Throughput of the deadline-monitor job on many open obligations (issue 3: 100,000).
#
# 1. Starts the portal with server-config/run.sh on a spare port, with its own PORTAL_DATA and the
#    demo province, and asks its calendar API for the due date of every rule and trigger date.
# 2. Stops it and adds the obligations with SQL into its H2 file database (seed-obligations.sql),
#    using the H2 engine bundled in Payara Micro.
# 3. Starts it again and, RUNS times, starts the job through the operator REST API as the demo
#    batch operator, polls the execution until it ends, and reports items/s and the step metrics.
#
# Settings (environment): OBLIGATIONS (100000), CHUNK_SIZE (200), RUNS (3), SPREAD_DAYS (30: trigger
# dates over the last N days), BENCH_PORT (first free port from 18400), PORTAL_JAVA_OPTS
# (-Xms256m -Xmx1g). Output: bench/target/deadline-monitor/ (run-N.json, summary.txt, portal.log).
#
# Why SQL while the portal is stopped: it is the only fast path that adds nothing to the product (no
# bulk endpoint that would have to be secured and maintained for a benchmark), writes exactly the
# columns Obligations.open writes, and leaves the job to read, assess, alert and mail through the
# real stack. The due dates are the portal's own answers, not a formula of the script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
smoke_dir="$root/server-config/smoke"
smoke_name=bench
# shellcheck source=../../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"

count=${OBLIGATIONS:-100000}
chunk=${CHUNK_SIZE:-200}
runs=${RUNS:-3}
spread=${SPREAD_DAYS:-30}
port=${BENCH_PORT:-$(free_port 18400 18499)}
java_opts=${PORTAL_JAVA_OPTS:--Xms256m -Xmx1g}
out="$root/bench/target/deadline-monitor"
data="$out/data"
today=$(TZ=Asia/Ho_Chi_Minh date +%F)

rm -rf "$out" && mkdir -p "$out"
python3 "$here/smtp-sink.py" "$out/smtp-port" "$out/mails-delivered" &
sink_pid=$!
sleep 1
[ -s "$out/smtp-port" ] || { echo "bench: the SMTP sink did not start" >&2; exit 1; }
sink_port=$(cat "$out/smtp-port")
cleanup() { stop_portal; kill "$sink_pid" 2>/dev/null || true; }
trap cleanup EXIT

portal_env=(
    PORTAL_DATA="$data" PORTAL_DEMO=true
    PORTAL_ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    PORTAL_JAVA_OPTS="$java_opts -Dportal.mail.host=127.0.0.1 -Dportal.mail.port=$sink_port -Dportal.batch.deadline-monitor.schedule=off"
)

echo "bench: machine $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench: $count obligations, chunk $chunk, $runs runs, trigger dates over $spread days to $today, port $port"

start_portal "$out/portal-first.log" "$port" "${portal_env[@]}"

# The portal's calendar gives the due date of each (trigger date, working days) pair.
due_sql="$out/due-dates.sql"
echo "CREATE LOCAL TEMPORARY TABLE BENCH_DUE (OFFSET_DAYS INT, WORKING_DAYS INT, TRIGGER_DATE DATE, DUE_DATE DATE);" > "$due_sql"
for days in $(jq -r '[.rules[].workingDays] | unique | .[]' "$root/portal-ejb/src/main/resources/seed/deadline-rules.json"); do
    for offset in $(seq 0 $((spread - 1))); do
        trigger=$(date -d "$today - $offset days" +%F)
        due=$(curl -sf "http://localhost:$port/api/v1/calendar/add-working-days?from=$trigger&days=$days" | jq -r .date)
        echo "INSERT INTO BENCH_DUE VALUES ($offset, $days, DATE '$trigger', DATE '$due');" >> "$due_sql"
    done
done
stop_portal

h2="$out/h2.jar"
unzip -p "$root/server-config/target/runtime/payara-micro.jar" MICRO-INF/runtime/h2.jar > "$h2"
{ echo "SET @count = $count;"; echo "SET @spread = $spread;"; cat "$due_sql" "$here/seed-obligations.sql"; } > "$out/seed.sql"
began=$(date +%s%N)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/db/portal" -user portal \
    -password "$(cat "$data/.runtime/db-password")" -script "$out/seed.sql"
echo "bench: seeded by SQL in $(( ($(date +%s%N) - began) / 1000000 )) ms"

start_portal "$out/portal.log" "$port" "${portal_env[@]}"
operator=$(awk -F'\t' '$1 == "vanhanh" { print $2 }' "$data/demo-accounts.txt")
api="http://localhost:$port/api/v1/batch"

for run in $(seq 1 "$runs"); do
    curl -sf -o /dev/null -D "$out/start-$run.headers" -u "vanhanh:$operator" -H 'Content-Type: application/json' \
        -d "{\"parameters\":{\"chunkSize\":\"$chunk\"}}" "$api/jobs/deadline-monitor/executions"
    location=$(sed -n 's/^location: *//Ip' "$out/start-$run.headers" | tr -d '\r')
    [ -n "$location" ] || { echo "bench: the job did not start" >&2; exit 1; }
    while :; do
        sleep 1
        curl -sf -u "vanhanh:$operator" "$location" > "$out/run-$run.json"
        status=$(jq -r .batchStatus "$out/run-$run.json")
        case "$status" in STARTING | STARTED | STOPPING) ;; *) break ;; esac
    done
    job_ms=$(( ($(date -d "$(jq -r .ended "$out/run-$run.json")" +%s%N) - $(date -d "$(jq -r .started "$out/run-$run.json")" +%s%N)) / 1000000 ))
    jq -r --arg run "$run" --argjson job "$job_ms" '
        (.steps[] | select(.name == "assess")) as $assess
        | "run \($run): \(.batchStatus), job \($job) ms (\(($assess.read * 1000 / $job) | floor) obligations/s), assess step \($assess.read) read in \($assess.durationMillis) ms = \(($assess.read * 1000 / $assess.durationMillis) | floor) items/s",
          (.steps[] | "    \(.name): read \(.read) written \(.written) skipped \(.skipped) commits \(.commits) \(.durationMillis) ms, exit \(.exitStatus)")' \
        "$out/run-$run.json" | tee -a "$out/summary.txt"
done
echo "bench: mails delivered $(cat "$out/mails-delivered" 2>/dev/null || echo 0), peak portal memory $(awk '/^VmHWM/ { print $2 / 1024 " MB" }' "/proc/$portal_pid/status")" \
    | tee -a "$out/summary.txt"
