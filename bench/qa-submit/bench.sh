#!/usr/bin/env bash
# Question submission throughput (POST /api/v1/questions) with wrk, the anti-abuse gate included:
# every request carries its own solved single-use challenge, which the portal verifies (HMAC,
# freshness, SHA-256 proof) and spends, and passes the per-address and per-e-mail rate windows,
# before the question is sealed (AES-GCM) and stored with its history and audit line.
#
#   bench/qa-submit/bench.sh                  (needs wrk, curl, java; builds the portal if needed)
#   DURATION=20s CONNECTIONS=16 BODIES=8000 bench/qa-submit/bench.sh
#
# Two settings differ from production, and why:
#   PORTAL_GUARD_CHALLENGE_BITS=8: the difficulty only sets the client's work (2^bits hashes on
#     average); the server checks any solution with one SHA-256, so its cost does not change. At the
#     production 16 bits, preparing the bodies would take minutes of client CPU on this machine.
#   PORTAL_QA_LIMIT_PER_ADDRESS=1000000: all traffic comes from 127.0.0.1, so the per-address window
#     would refuse everything after 10. The window is still consulted on every request; a second
#     run keeps the production limit to measure refusals (429).
#   PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000: the API's own limit of 600 calls a minute from
#     one address would answer the bench's challenge fetches (one per body) with 429.
set -euo pipefail
# shellcheck source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools wrk curl java
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
count=${BODIES:-6000}
port=${PORTAL_BENCH_PORT:-18580}

work=$(mktemp -d /tmp/qa-bench.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT

# start_with_limit <per-address limit>: the portal on a fresh data folder, ready to answer.
start_with_limit() {
    local limit=$1
    echo "bench: starting the portal (per-address limit $limit) on port $port"
    start_portal "$work/portal-$limit.log" "$port" PORTAL_DATA="$work/data-$limit" PORTAL_DEMO=true \
        PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only" PORTAL_GUARD_CHALLENGE_BITS=8 \
        PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000 PORTAL_QA_LIMIT_PER_ADDRESS="$limit"
}

start_with_limit 1000000
prepare_bodies /api/v1/questions/challenge "$bench_dir/body.json" 400 "$work/warmup.txt"
prepare_bodies /api/v1/questions/challenge "$bench_dir/body.json" "$count" "$work/bodies.txt"
post_bodies warm-up /api/v1/questions "$work/warmup.txt" 5s > /dev/null
report "GET /api/v1/questions/challenge" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/api/v1/questions/challenge")"
post_bodies "POST /api/v1/questions (stored)" /api/v1/questions "$work/bodies.txt"
echo "bench: $(grep -c . "$work/bodies.txt") bodies were prepared; 400s above are bodies used twice once they ran out"
stop_portal

start_with_limit 10
prepare_bodies /api/v1/questions/challenge "$bench_dir/body.json" "$count" "$work/limited.txt"
post_bodies "POST /api/v1/questions (limit 10/h/address)" /api/v1/questions "$work/limited.txt"
