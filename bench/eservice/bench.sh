#!/usr/bin/env bash
# Online applications with wrk: dossiers sent (POST /api/v1/applications, two component files each,
# checked by content, sealed and written to the file store with the dossier, its obligation and the
# applicant's receipt mail queued) and public tracking (GET /api/v1/applications/status/{code}).
# Every submission carries its own solved single-use challenge, verified and spent on the measured
# path, and passes the per-address and per-e-mail windows; every look-up passes the look-up window.
#
#   bench/eservice/bench.sh                  (needs wrk, curl, java; builds the portal if needed)
#   DURATION=20s CONNECTIONS=16 BODIES=4000 bench/eservice/bench.sh
#
# Settings that differ from production, and why (as bench/qa-submit):
#   PORTAL_GUARD_CHALLENGE_BITS=8: the difficulty only sets the client's work; the server checks any
#     solution with one SHA-256, so its cost does not change.
#   PORTAL_ESERVICE_LIMIT_PER_ADDRESS, _PER_EMAIL and _LOOKUPS_PER_ADDRESS raised: all traffic comes
#     from 127.0.0.1; the windows are still consulted on every request.
#   PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000: the API's own per-address limit.
set -euo pipefail
# shellcheck source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools wrk curl java
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
count=${BODIES:-4000}
port=${PORTAL_BENCH_PORT:-18582}
official=traloi-sotp # the demo's official of the Justice department, which takes the bench's procedure

work=$(mktemp -d /tmp/eservice-bench.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT

echo "bench: starting the portal on port $port"
start_portal "$work/portal.log" "$port" PORTAL_DATA="$work/data" PORTAL_DEMO=true \
    PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only" PORTAL_GUARD_CHALLENGE_BITS=8 \
    PORTAL_API_CALLS_PER_MINUTE_PER_ADDRESS=100000000 PORTAL_ESERVICE_LIMIT_PER_ADDRESS=100000000 \
    PORTAL_ESERVICE_LIMIT_PER_EMAIL=100000000 PORTAL_ESERVICE_LIMIT_LOOKUPS_PER_ADDRESS=100000000

prepare_bodies /api/v1/applications/challenge "$bench_dir/application.json" 300 "$work/warmup.txt"
prepare_bodies /api/v1/applications/challenge "$bench_dir/application.json" "$count" "$work/bodies.txt"
post_bodies warm-up /api/v1/applications "$work/warmup.txt" 5s > /dev/null
post_bodies "POST /api/v1/applications (stored, 2 files each)" /api/v1/applications "$work/bodies.txt"
echo "bench: $(grep -c . "$work/bodies.txt") bodies were prepared; 400s above are bodies used twice once they ran out"

# The codes of the dossiers just sent, from the official's desk (100 a page).
password=$(awk -F'\t' -v who="$official" '$1 == who { print $2 }' "$work/data/demo-accounts.txt")
for page in $(seq 1 20); do
    codes=$(curl -sS -u "$official:$password" "http://127.0.0.1:$port/api/v1/eservice-desk/applications?page=$page&size=100" \
        | grep -o '"code":"DV-[0-9A-Z-]*"' | cut -d'"' -f4 || true)
    [ -n "$codes" ] || break
    sed 's|^|/api/v1/applications/status/|' <<< "$codes"
done > "$work/tracked.txt"
echo "bench: tracking $(grep -c . "$work/tracked.txt") dossiers"
wrk -t"$threads" -c"$connections" -d5s -s "$root/bench/shared/requests.lua" "http://127.0.0.1:$port" -- "$work/tracked.txt" "$threads" > /dev/null
report "GET /api/v1/applications/status/{code}" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/bench/shared/requests.lua" \
        "http://127.0.0.1:$port" -- "$work/tracked.txt" "$threads")"
