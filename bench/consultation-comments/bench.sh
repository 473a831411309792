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
# shellcheck source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools wrk curl java
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
count=${BODIES:-6000}
port=${PORTAL_BENCH_PORT:-18581}

work=$(mktemp -d /tmp/consultation-bench.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT

# start_with_limit <per-address limit>: the portal on a fresh data folder, ready to answer.
start_with_limit() {
    local limit=$1
    echo "bench: starting the portal (per-address limit $limit) on port $port"
    start_portal "$work/portal-$limit.log" "$port" PORTAL_DATA="$work/data-$limit" PORTAL_DEMO=true \
        PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only" PORTAL_GUARD_CHALLENGE_BITS=8 \
        PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000 \
        PORTAL_CONSULTATION_LIMIT_PER_ADDRESS="$limit" PORTAL_CONSULTATION_LIMIT_PER_EMAIL=1000000
}

# The demo's open consultation: the first of the list whose phase is OPEN (keys come sorted).
open_consultation() {
    curl -fsS "http://127.0.0.1:$port/api/v1/consultations" \
        | grep -o '"id":[0-9]*,"leadAgency":{[^}]*},"opensAt":"[^"]*","phase":"OPEN"' \
        | head -1 | sed 's/^"id":\([0-9]*\),.*/\1/'
}

start_with_limit 1000000
id=$(open_consultation)
[ -n "$id" ] || { echo "bench: no open consultation in the demo" >&2; exit 1; }
prepare_bodies /api/v1/consultations/challenge "$bench_dir/body.json" 400 "$work/warmup.txt"
prepare_bodies /api/v1/consultations/challenge "$bench_dir/body.json" "$count" "$work/bodies.txt"
post_bodies warm-up "/api/v1/consultations/$id/comments" "$work/warmup.txt" 5s > /dev/null
report "GET /api/v1/consultations/challenge" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/api/v1/consultations/challenge")"
post_bodies "POST /api/v1/consultations/$id/comments (stored)" "/api/v1/consultations/$id/comments" "$work/bodies.txt"
echo "bench: $(grep -c . "$work/bodies.txt") bodies were prepared; 400s above are bodies used twice once they ran out"
stop_portal

start_with_limit 20
id=$(open_consultation)
prepare_bodies /api/v1/consultations/challenge "$bench_dir/body.json" "$count" "$work/limited.txt"
post_bodies "POST .../comments (limit 20/h/address)" "/api/v1/consultations/$id/comments" "$work/limited.txt"
