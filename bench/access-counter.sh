#!/usr/bin/env bash
# What counting page views costs the cached home page (issue 16: at most 5 % of its throughput).
# Two portals from the same build, one counting (portal.statistics.access-counter=true, the default)
# and one not, take turns under wrk (A B A B ...), so the machine's noise falls on both alike.
#
#   bench/access-counter.sh            (needs wrk and curl; builds the portal if needed)
#   PAIRS=5 DURATION=10s WARMUP=30s CONNECTIONS=64 bench/access-counter.sh
# (the throughput of both still climbs for a minute or so as the JIT warms up: read the median ratio)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
smoke_dir="$root/server-config/smoke"
smoke_name=access-counter
# shellcheck source=../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"
pairs=${PAIRS:-3}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
on_port=${ON_BENCH_PORT:-18490}
off_port=${OFF_BENCH_PORT:-18491}
command -v wrk >/dev/null 2>&1 || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/portal-access-bench.XXXXXX)
off_pid=
cleanup() {
    [ -n "$off_pid" ] && kill "$off_pid" 2>/dev/null || true
    stop_portal
    rm -rf "$work"
}
trap cleanup EXIT

# The portal that does not count starts first; lib.sh tracks one portal, so its pid is kept here.
start_portal "$work/off.log" "$off_port" PORTAL_DATA="$work/off" PORTAL_DEMO=true \
    PORTAL_STATISTICS_ACCESS_COUNTER=false PORTAL_PUBLIC_URL="http://127.0.0.1:$off_port"
off_pid=$portal_pid
portal_pid=
start_portal "$work/on.log" "$on_port" PORTAL_DATA="$work/on" PORTAL_DEMO=true \
    PORTAL_PUBLIC_URL="http://127.0.0.1:$on_port"

rps() {
    wrk -t"$threads" -c"$connections" -d"$duration" "http://127.0.0.1:$1/" | sed -n 's/^Requests\/sec: *//p'
}
for port in "$on_port" "$off_port"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ] \
        || { echo "bench: the home page on $port is not 200" >&2; exit 1; }
    wrk -t"$threads" -c"$connections" -d"${WARMUP:-30s}" "http://127.0.0.1:$port/" > /dev/null
done

echo "machine: $(nproc) cores; cached home page, wrk -t$threads -c$connections -d$duration, $pairs pairs"
printf '%-6s %14s %14s %8s\n' pair "counting/s" "not counting/s" ratio
ratios=()
for pair in $(seq "$pairs"); do
    on=$(rps "$on_port")
    off=$(rps "$off_port")
    ratio=$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.3f", a / b}')
    ratios+=("$ratio")
    printf '%-6s %14s %14s %8s\n' "$pair" "$on" "$off" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{r[NR] = $1} END {print r[int((NR + 1) / 2)]}')
echo "median ratio counting / not counting: $median (cost $(awk -v m="$median" 'BEGIN {printf "%.1f", (1 - m) * 100}') %)"
