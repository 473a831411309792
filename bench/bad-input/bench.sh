#!/usr/bin/env bash
# Bad input under load (issue 17.2): the portal's log size and resident memory before and after
# bounded floods of what an outside probe sends. Each run must leave the log as it was and answer
# every request with a 4xx (or the page), never a 500.
#
#   bench/bad-input/bench.sh                 (needs wrk, curl, java; builds the portal if needed)
#   DURATION=10s CONNECTIONS=32 CHUNKED=8 bench/bad-input/bench.sh
#
# Runs, one after the other, against a portal with the demo province on 127.0.0.1:
#   1. GET / with "If-Modified-Since: garbage" (was: a 500 and about 8 KB of log each, shareable);
#   2. POST /api/v1/questions with broken JSON (was: a 500 with the HTML error page and a stack trace);
#   3. POST /api/v1/qa-desk/questions/1/answer with a wrong type, anonymous (was: a 500; the role
#      refusal behind it logged a stack trace);
#   4. CHUNKED concurrent chunked uploads of 45 MB to /api/v1/questions (was: past the size check,
#      a 500, the value logged six times, 1.5 GB resident).
set -euo pipefail
# shellcheck source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools wrk curl
here=$bench_dir
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
chunked=${CHUNKED:-8}
port=${PORTAL_BENCH_PORT:-18680}

work=$(mktemp -d /tmp/bad-input-bench.XXXXXX)
trap 'stop_portal; rm -rf "$work"' EXIT
log="$work/portal.log"

echo "bench: starting the portal on port $port"
start_portal "$log" "$port" PORTAL_DATA="$work/data" PORTAL_DEMO=true PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only"
curl -s -o /dev/null "http://127.0.0.1:$port/"

measure() {
    printf '%-58s log %9d bytes   RSS %5d MB\n' "$1" "$(stat -c %s "$log")" "$(( $(ps -o rss= -p "$portal_pid") / 1024 ))"
}

flood() {
    local name=$1
    shift
    echo "bench: $name"
    wrk -t"$threads" -c"$connections" -d"$duration" -s "$here/send.lua" "http://127.0.0.1:$port" -- "$@" \
        | grep -E 'Requests/sec|status' | sed 's/^/    /'
    measure "after: $name"
}

printf '{"title":' > "$work/broken.json"
printf '{"text":{"no":"text"},"citations":[{"issuedOn":"2026-13-45"}]}' > "$work/wrong-type.json"
measure "before"
flood "GET / with If-Modified-Since: garbage" GET / "If-Modified-Since: garbage" ""
flood "POST /api/v1/questions, broken JSON" POST /api/v1/questions "" "$work/broken.json"
flood "POST .../questions/1/answer, wrong types, anonymous" POST /api/v1/qa-desk/questions/1/answer "" "$work/wrong-type.json"

echo "bench: $chunked concurrent chunked uploads of 45 MB each to /api/v1/questions"
{ printf '{"title":"'; head -c $((45 * 1024 * 1024)) /dev/zero | tr '\0' 'a'; printf '"}'; } > "$work/45mb.json"
uploads=()
for _ in $(seq 1 "$chunked"); do
    curl -s -o /dev/null -w '%{http_code}\n' -m 300 -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' \
        --data-binary @"$work/45mb.json" "http://127.0.0.1:$port/api/v1/questions" >> "$work/chunked.txt" &
    uploads+=($!)
done
wait "${uploads[@]}" # not the portal, which runs in the background too
sort "$work/chunked.txt" | uniq -c | awk '{printf "    status %s: %d\n", $2, $1}'
measure "after: chunked uploads"
echo "bench: log lines written during the floods: $(grep -c '^\[20' "$log" | tr -d ' ') in all (start-up included)"
