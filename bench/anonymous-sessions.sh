#!/usr/bin/env bash
# What anonymous traffic costs the portal's memory: wrk on the log-in page, failed log-ins, console
# pages asked for without a log-in (directly and through /en/), then the heap after a full GC and the
# live HTTP sessions, before and after; and the cached home page's rate before and after the flood.
#
#   bench/anonymous-sessions.sh             (needs wrk, curl and the JDK's jcmd; builds the portal if needed)
#   DURATION=120s CONNECTIONS=64 THREADS=2 bench/anonymous-sessions.sh
#
# Traffic goes to 127.0.0.1 only; every run is bounded by DURATION.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
smoke_dir="$root/server-config/smoke" smoke_name=bench
# shellcheck source=../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"
: "${DURATION:=30s}" "${CONNECTIONS:=64}" "${THREADS:=2}" "${PORTAL_BENCH_PORT:=18490}"
duration=$DURATION connections=$CONNECTIONS threads=$THREADS port=$PORTAL_BENCH_PORT
command -v wrk > /dev/null && command -v curl > /dev/null && command -v jcmd > /dev/null \
    || { echo "bench: needs wrk, curl and jcmd (apt-get install wrk curl openjdk-17-jdk-headless)" >&2; exit 1; }

work=$(mktemp -d /tmp/portal-bench-sessions.XXXXXX)
cleanup() {
    stop_portal
    rm -rf "$work"
}
trap cleanup EXIT

echo "bench: starting the portal with the demo province on port $port"
start_portal "$work/portal.log" "$port" PORTAL_DATA="$work/data" PORTAL_DEMO=true \
    PORTAL_ADMIN_PASSWORD="Bench-$(date +%s)-only" PORTAL_JAVA_OPTS="-Xms256m -Xmx1g"
pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -n 1)
url="http://127.0.0.1:$port"

# Heap in use after a full collection (MB), and the live HTTP sessions (the container's session objects).
heap_mb() {
    jcmd "$pid" GC.run > /dev/null
    jcmd "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1 | awk '{printf "%d", $1 / 1024}'
}
sessions() {
    jcmd "$pid" GC.class_histogram | awk '$4 ~ /\.StandardSession$/ {n += $2} END {print n + 0}'
}
cookies() { curl -s -o /dev/null -D - "$@" | grep -ci '^Set-Cookie: JSESSIONID' || true; }
rate() {
    wrk -t"$threads" -c"$connections" -d10s "$@" | sed -n 's/^Requests\/sec: *//p'
}

# A failed log-in as a browser posts it: the log-in view is stateless, so no view state to fetch first.
cat > "$work/failed-login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "login=login&login%3Ausername=admin&login%3Apassword=not-the-password-1&login%3Asubmit=x&jakarta.faces.ViewState=stateless"
LUA

curl -s -o /dev/null "$url/"
rate "$url/" > /dev/null
home_before=$(rate "$url/")
heap_before=$(heap_mb)
sessions_before=$(sessions)
echo "bench: Set-Cookie on GET /login.xhtml: $(cookies "$url/login.xhtml"), on GET /admin/: $(cookies "$url/admin/"), on GET /en/admin/cong-bao/issues.xhtml: $(cookies "$url/en/admin/cong-bao/issues.xhtml")"

total=0
for target in /login.xhtml /admin/ /en/admin/lanh-dao/leaders.xhtml; do
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" "$url$target")
    count=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<< "$out")
    total=$((total + count))
    echo "bench: GET $target: $count requests, $(sed -n 's/^Requests\/sec: *//p' <<< "$out") req/s"
done
# Failed log-ins are throttled by place and account after five; each still costs a PBKDF2 round or
# nothing at all, and never a session. A short run: the point is the memory, not the rate.
out=$(wrk -t1 -c4 -d10s -s "$work/failed-login.lua" "$url/login.xhtml")
count=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<< "$out")
total=$((total + count))
echo "bench: POST /login.xhtml (wrong password): $count requests"

heap_after=$(heap_mb)
sessions_after=$(sessions)
home_after=$(rate "$url/")

echo
echo "machine: $(nproc) cores; wrk -t$threads -c$connections -d$duration per page; portal -Xmx1g"
printf '%-34s %12s %12s\n' "" "before" "after"
printf '%-34s %12s %12s\n' "anonymous requests sent" 0 "$total"
printf '%-34s %12s %12s\n' "live HTTP sessions" "$sessions_before" "$sessions_after"
printf '%-34s %12s %12s\n' "heap in use after full GC (MB)" "$heap_before" "$heap_after"
printf '%-34s %12s %12s\n' "cached home page (req/s, 10 s)" "$home_before" "$home_after"
