#!/usr/bin/env bash
# The monthly-report job on a province's year (issue 16): at least 20,000 articles, 5,000 questions,
# 50,000 applications, 2,000 comments and 10 million page views over the last 365 days, with the
# portal's default heap (run.sh's -Xmx1g).
#
# 1. Starts the portal with server-config/run.sh on a spare port, with its own PORTAL_DATA and the
#    demo province, so the schema and the demo's rows exist; stops it.
# 2. Adds the year with SQL into its H2 file database (seed-year.sql: copies of the demo's own rows,
#    spread over the year), using the H2 engine bundled in Payara Micro.
# 3. Starts it again and, RUNS times, starts monthly-report for last month through the operator
#    REST API as the demo batch operator, polls the execution until it ends, and reports the job's
#    time, the step times, the month's totals read back from the report API, and the peak memory.
#
# Settings (environment): ARTICLES (20000), QUESTIONS (5000), APPLICATIONS (50000), COMMENTS (2000),
# OBLIGATIONS (20000), VIEWS (10000000), RUNS (3), BENCH_PORT (first free port from 18400).
# Output: bench/target/province-year/ (run-N.json, report-N.json, summary.txt, portal.log).
#
# Why SQL while the portal is stopped: as for bench/deadline-monitor, it is the only fast path that
# adds nothing to the product, and the job then reads the year through the real stack.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../lib.sh"
need_tools curl jq java unzip

runs=${RUNS:-3}
port=${BENCH_PORT:-$(free_port 18400 18499)}
out="$root/bench/target/province-year"
data="$out/data"
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
month=$(TZ=Asia/Ho_Chi_Minh date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)

rm -rf "$out" && mkdir -p "$out"
trap stop_portal EXIT
portal_env=(
    PORTAL_DATA="$data" PORTAL_DEMO=true
    PORTAL_ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    PORTAL_JAVA_OPTS="-Xms256m -Xmx1g -Dportal.batch.monthly-report.schedule=off -Dportal.batch.deadline-monitor.schedule=off"
)

echo "bench: machine $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
start_portal "$out/portal-first.log" "$port" "${portal_env[@]}"
stop_portal

h2="$out/h2.jar"
unzip -p "$root/server-config/target/runtime/payara-micro.jar" MICRO-INF/runtime/h2.jar > "$h2"
{
    echo "SET @today = DATE '$today'; SET @days = 365;"
    echo "SET @articles = ${ARTICLES:-20000}; SET @questions = ${QUESTIONS:-5000};"
    echo "SET @applications = ${APPLICATIONS:-50000}; SET @comments = ${COMMENTS:-2000};"
    echo "SET @obligations = ${OBLIGATIONS:-20000}; SET @views = ${VIEWS:-10000000};"
    cat "$here/seed-year.sql"
} > "$out/seed.sql"
began=$(date +%s%N)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/db/portal" -user portal \
    -password "$(cat "$data/.runtime/db-password")" -script "$out/seed.sql"
echo "bench: the year seeded by SQL in $(( ($(date +%s%N) - began) / 1000000 )) ms" | tee "$out/summary.txt"

start_portal "$out/portal.log" "$port" "${portal_env[@]}"
operator=$(awk -F'\t' '$1 == "vanhanh" { print $2 }' "$data/demo-accounts.txt")
api="http://localhost:$port/api/v1"

for run in $(seq 1 "$runs"); do
    curl -sf -o /dev/null -D "$out/start-$run.headers" -u "vanhanh:$operator" -H 'Content-Type: application/json' \
        -d "{\"parameters\":{\"month\":\"$month\"}}" "$api/batch/jobs/monthly-report/executions"
    location=$(sed -n 's/^location: *//Ip' "$out/start-$run.headers" | tr -d '\r')
    [ -n "$location" ] || { echo "bench: the job did not start" >&2; exit 1; }
    while :; do
        sleep 1
        curl -sf -u "vanhanh:$operator" "$location" > "$out/run-$run.json"
        status=$(jq -r .batchStatus "$out/run-$run.json")
        case "$status" in STARTING | STARTED | STOPPING) ;; *) break ;; esac
    done
    job_ms=$(( ($(date -d "$(jq -r .ended "$out/run-$run.json")" +%s%N) - $(date -d "$(jq -r .started "$out/run-$run.json")" +%s%N)) / 1000000 ))
    jq -r --arg run "$run" --arg month "$month" --argjson job "$job_ms" '
        "run \($run): monthly-report \($month) \(.batchStatus) in \($job) ms",
        (.steps[] | "    \(.name): \(.durationMillis) ms, exit \(.exitStatus)")' "$out/run-$run.json" | tee -a "$out/summary.txt"
    [ "$status" = COMPLETED ] || { echo "bench: the job ended $status" >&2; exit 1; }
done

id=$(curl -sf -u "vanhanh:$operator" "$api/reports?kind=MONTHLY&period=$month" | jq -r '.items[0].id')
curl -sf -u "vanhanh:$operator" "$api/reports/$id" > "$out/report.json"
# Sums of the counts over the report's rows (averages are per row and not summed).
jq -r '"month totals: " + ([.sections[] | . as $section
        | [$section.valueColumns[] | select(startswith("average") | not) as $column
           | "\($section.key).\($column)=\([$section.rows[].values[$column]] | add // 0)"] | join(" ")]
        | join(" "))' "$out/report.json" | fold -s -w 110 | tee -a "$out/summary.txt"
echo "bench: peak portal memory $(awk '/^VmHWM/ { print $2 / 1024 " MB" }' "/proc/$portal_pid/status")" \
    | tee -a "$out/summary.txt"
