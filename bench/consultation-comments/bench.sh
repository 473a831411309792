#!/usr/bin/env bash
# Comment submission throughput (POST /api/v1/consultations/{id}/comments) with wrk, the anti-abuse
# gate included: every request carries its own solved single-use challenge, which the portal verifies
# and spends, and passes the per-address and per-e-mail rate windows, before the comment is stored
# with its particulars sealed (AES-GCM) and its audit line. The target is the demo's open draft.
#
#   bench/consultation-comments/bench.sh         (needs wrk, curl, java; builds the portal if needed)
#   DURATION=20s CONNECTIONS=16 BODIES=8000 bench/consultation-comments/bench.sh
#
# Two settings differ from production, and why (as bench/qa-submit):
#   PORTAL_GUARD_CHALLENGE_BITS=8: the difficulty only sets the client's work; the server checks any
#     solution with one SHA-256, so its cost does not change.
#   PORTAL_CONSULTATION_LIMIT_PER_ADDRESS=1000000: all traffic comes from 127.0.0.1, so the
#     per-address window would refuse everything after 20. The window is still consulted on every
#     request; a second run keeps the production limit to measure refusals (429).
#   PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000: the API's own limit of 600 calls a minute from
#     one address would answer the bench's challenge fetches (one per body) with 429.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
smoke_dir="$root/server-config/smoke"
smoke_name=bench
# shellcheck source=../../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
count=${BODIES:-6000}
port=${PORTAL_BENCH_PORT:-18581}

for tool in wrk curl java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install wrk curl openjdk-17-jdk)" >&2; exit 1; }
done
[ -d "$root/portal-ejb/target/classes/vn/egov/portal/consultation" ] || (cd "$root" && mvn -B -q -DskipTests package)

work=$(mktemp -d /tmp/consultation-bench.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT

# start_with_limit <per-address limit>: the portal on a fresh data folder, ready to answer.
start_with_limit() {
    local limit=$1
    echo "bench: starting the portal (per-address limit $limit) on port $port"
    start_portal "$work/portal-$limit.log" "$port" PORTAL_DATA="$work/data-$limit" PORTAL_DEMO=true \
        PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only" PORTAL_GUARD_CHALLENGE_BITS=8 PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000 \
        PORTAL_CONSULTATION_LIMIT_PER_ADDRESS="$limit" PORTAL_CONSULTATION_LIMIT_PER_EMAIL=1000000
}

# The demo's open consultation: the first of the list whose phase is OPEN (keys come sorted).
open_consultation() {
    curl -fsS "http://127.0.0.1:$port/api/v1/consultations" \
        | grep -o '"id":[0-9]*,"leadAgency":{[^}]*},"opensAt":"[^"]*","phase":"OPEN"' \
        | head -1 | sed 's/^"id":\([0-9]*\),.*/\1/'
}

report() {
    local name=$1 out=$2
    printf '%-52s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$(sed -n 's/^Requests\/sec: *//p' <<< "$out")" \
        "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="99%" {print $2}' <<< "$out")"
    grep '^status' <<< "$out" | sed 's/^/    /' || true
}

run() {
    local label=$1 bodies=$2 id=$3
    report "$label" "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/submit.lua" \
        "http://127.0.0.1:$port" -- "$bodies" "$threads" "$id")"
}

start_with_limit 1000000
id=$(open_consultation)
[ -n "$id" ] || { echo "bench: no open consultation in the demo" >&2; exit 1; }
java -cp "$root/portal-ejb/target/classes" "$here/Bodies.java" "http://127.0.0.1:$port" 400 "$work/warmup.txt"
java -cp "$root/portal-ejb/target/classes" "$here/Bodies.java" "http://127.0.0.1:$port" "$count" "$work/bodies.txt"
wrk -t"$threads" -c"$connections" -d5s -s "$here/submit.lua" "http://127.0.0.1:$port" -- "$work/warmup.txt" "$threads" "$id" > /dev/null
report "GET /api/v1/consultations/challenge" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/api/v1/consultations/challenge")"
run "POST /api/v1/consultations/$id/comments (stored)" "$work/bodies.txt" "$id"
echo "bench: $(grep -c . "$work/bodies.txt") bodies were prepared; 400s above are bodies used twice once they ran out"
stop_portal

start_with_limit 20
id=$(open_consultation)
java -cp "$root/portal-ejb/target/classes" "$here/Bodies.java" "http://127.0.0.1:$port" "$count" "$work/limited.txt"
run "POST .../comments (limit 20/h/address)" "$work/limited.txt" "$id"
