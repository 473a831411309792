#!/usr/bin/env bash
# Throughput and latency of the public home page and an article page, cold (page cache bypassed, as
# for a logged-in official) and cached, against nginx serving the very same bytes on this machine;
# and through the production front of server-config/nginx/portal.conf (TLS and its cache).
#
#   bench/public-pages.sh            (needs wrk, nginx, curl; builds the portal if needed)
#   DURATION=30s CONNECTIONS=64 THREADS=2 bench/public-pages.sh
#
# Traffic goes to 127.0.0.1 only; every run is bounded by DURATION. At the end, the p50 of single
# uncached requests one after another on one connection, and the origin ratio (the portal's cached
# home page against nginx serving the same bytes). "Uncached" requests carry the session cookie of
# a real log-in (the bench's administrator; under wrk, one session per connection): only a live
# session keeps the page cache aside; a made-up cookie is served from the cache, as the "made-up
# JSESSIONID" rows show.
set -euo pipefail
PATH="$PATH:/usr/sbin" # nginx lives here on Debian
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
smoke_dir="$root/server-config/smoke"
smoke_name=bench
# shellcheck source=../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"
duration=${DURATION:-15s}
warmup=${WARMUP:-20s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
portal_port=${PORTAL_BENCH_PORT:-18480}
admin_password="Bench-$(date +%s)-only"
nginx_port=${NGINX_BENCH_PORT:-18481}
front_port=${FRONT_BENCH_PORT:-18482}
front_plain_port=${FRONT_PLAIN_BENCH_PORT:-18483}

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install wrk nginx curl)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/portal-bench.XXXXXX)
# nginx's workers run as an unprivileged user: they must be able to read the pages and write the cache.
chmod 755 "$work"
nginx_conf="$work/nginx.conf"
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    stop_portal
    rm -rf "$work"
}
trap cleanup EXIT

echo "bench: starting the portal with the demo province on port $portal_port"
start_portal "$work/portal.log" "$portal_port" PORTAL_PUBLIC_URL="http://127.0.0.1:$portal_port" \
    PORTAL_DATA="$work/data" PORTAL_DEMO=true PORTAL_ADMIN_PASSWORD="$admin_password"

# login_cookie <base url> <user> <password>: the session cookie (NAME=value) of a log-in through the form.
login_cookie() {
    local url=$1 jar="$work/cookies.txt" state
    state=$(curl -s -c "$jar" "$url/login.xhtml" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -s -b "$jar" -c "$jar" -o /dev/null "$url/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:username=$2" --data-urlencode "login:password=$3" \
        --data-urlencode "login:submit=login" --data-urlencode "jakarta.faces.ViewState=$state"
    awk '$6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -n 1
}
official=$(login_cookie "http://127.0.0.1:$portal_port" admin "$admin_password")
[ -n "$official" ] || { echo "bench: the log-in as admin gave no session cookie" >&2; exit 1; }
# The uncached wrk rows spread their requests over as many live sessions as connections
# (live-sessions.lua), as many officials would: one session shared by 64 connections measures
# something no portal sees.
sessions="$work/sessions.txt"
for _ in $(seq "$connections"); do login_cookie "http://127.0.0.1:$portal_port" admin "$admin_password"; done > "$sessions"
[ "$(sort -u "$sessions" | grep -c JSESSIONID)" = "$connections" ] \
    || { echo "bench: $connections log-ins did not give $connections sessions" >&2; exit 1; }
# The official's requests must be rendered, and a made-up cookie's must not.
[ -z "$(curl -s -o /dev/null -D - -H "Cookie: $official" "http://127.0.0.1:$portal_port/" | grep -i '^X-Portal-Cache')" ] \
    || { echo "bench: a logged-in request was served from the page cache" >&2; exit 1; }

home_path=/
article_path=$(curl -s "http://127.0.0.1:$portal_port/api/v1/articles?site=tinh&category=tin-tuc-su-kien&lang=vi&size=1" \
    | sed -n 's/.*"path":"\([^"]*\)".*/\1/p')
mkdir -p "$work/www/tin"
curl -s "http://127.0.0.1:$portal_port$home_path" -o "$work/www/index.html"
curl -s "http://127.0.0.1:$portal_port$article_path" -o "$work/www/article.html"
echo "bench: home page $(stat -c %s "$work/www/index.html") bytes, article $article_path $(stat -c %s "$work/www/article.html") bytes"

# The production front cache (server-config/nginx/portal.conf), pointed at this portal.
render_front_conf "$portal_port" "$front_port" "$front_plain_port" "$work/front" "$work/front.conf"

cat > "$nginx_conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    include $work/front.conf;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = / { default_type "text/html; charset=UTF-8"; try_files /index.html =404; }
        location = /article { default_type "text/html; charset=UTF-8"; try_files /article.html =404; }
    }
}
CONF
nginx -c "$nginx_conf" -p "$work"

# Every target must answer 200 with the page's bytes, or the figures below measure an error page.
expect() {
    local url=$1 bytes=$2 got
    got=$(curl -sk -o /dev/null -w '%{http_code} %{size_download}' "$url")
    [ "$got" = "200 $bytes" ] || { echo "bench: $url answered '$got', expected '200 $bytes'" >&2; exit 1; }
}
home_bytes=$(stat -c %s "$work/www/index.html")
article_bytes=$(stat -c %s "$work/www/article.html")
expect "http://127.0.0.1:$nginx_port/" "$home_bytes"
expect "http://127.0.0.1:$nginx_port/article" "$article_bytes"
expect "https://127.0.0.1:$front_port$home_path" "$home_bytes"
expect "https://127.0.0.1:$front_port$article_path" "$article_bytes"
# A parameter no page reads reaches the same cached bytes (issue 15), directly and through the front.
expect "http://127.0.0.1:$portal_port$home_path?x=made-up" "$home_bytes"
expect "https://127.0.0.1:$front_port$home_path?x=made-up" "$home_bytes"

last_rps=
run() {
    local name=$1 url=$2
    shift 2
    # The address before the options: a script's own arguments follow "--" at the end.
    wrk -t"$threads" -c"$connections" -d"$warmup" "$url" "$@" > /dev/null
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" "$@")
    local rps p50 p99 bad
    rps=$(sed -n 's/^Requests\/sec: *//p' <<< "$out")
    p50=$(awk '$1=="50%" {print $2}' <<< "$out")
    p99=$(awk '$1=="99%" {print $2}' <<< "$out")
    # Responses that were not 2xx, and broken connections: a run with any is not a measurement.
    bad=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$out")
    printf '%-36s %12s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "$bad"
    last_rps=$rps
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# A freshly started Payara needs well over a minute of load before its JIT is done; rows measured
# before that read the compiler (bench/origin-floor: 3,600/s for what later served 28,000/s).
echo "bench: warming the portal up (cached and rendered pages, 2 x $warmup each)"
for _ in 1 2; do
    wrk -t"$threads" -c"$connections" -d"$warmup" "http://127.0.0.1:$portal_port$home_path" > /dev/null
    wrk -t"$threads" -c"$connections" -d"$warmup" "http://127.0.0.1:$portal_port$home_path" \
        -s "$here/live-sessions.lua" -- "$sessions" "$threads" > /dev/null
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); wrk -t$threads -c$connections -d$duration (each after a $warmup warm-up)"
printf '%-36s %12s %10s %10s %8s\n' "target" "req/s" "p50" "p99" "errors"
run "nginx, home page bytes" "http://127.0.0.1:$nginx_port/"
nginx_home_rps=$last_rps
run "nginx, article page bytes" "http://127.0.0.1:$nginx_port/article"
run "payara floor: static 337 B svg" "http://127.0.0.1:$portal_port/resources/portal/img/logo.svg"
run "portal home, cached" "http://127.0.0.1:$portal_port$home_path"
portal_home_rps=$last_rps
run "  same, random ?x= on every request" "http://127.0.0.1:$portal_port$home_path" -s "$here/random-parameter.lua"
random_parameter_rps=$last_rps
run "  same, made-up JSESSIONID each time" "http://127.0.0.1:$portal_port$home_path" -s "$here/random-session.lua"
run "portal article, cached" "http://127.0.0.1:$portal_port$article_path"
run "portal home via nginx front (TLS)" "https://127.0.0.1:$front_port$home_path"
front_home_rps=$last_rps
run "  same, random ?x= on every request" "https://127.0.0.1:$front_port$home_path" -s "$here/random-parameter.lua"
front_random_rps=$last_rps
run "  same, made-up JSESSIONID each time" "https://127.0.0.1:$front_port$home_path" -s "$here/random-session.lua"
run "portal article via front (TLS)" "https://127.0.0.1:$front_port$article_path"
run "portal home, cold (logged in)" "http://127.0.0.1:$portal_port$home_path" -s "$here/live-sessions.lua" -- "$sessions" "$threads"
run "portal article, cold (logged in)" "http://127.0.0.1:$portal_port$article_path" -s "$here/live-sessions.lua" -- "$sessions" "$threads"

# sequential <name> <url>: the median time of single uncached requests, one after another on one
# connection (wrk -t1 -c1), after as long again to warm up (issue 15: home page p50 <= 10 ms,
# article <= 5 ms). curl timed the same requests 2-3 ms slower: its own cost, not the portal's.
sequential() {
    local name=$1 url=$2
    wrk -t1 -c1 -d"$warmup" -H "Cookie: $official" "$url" > /dev/null
    local p50
    p50=$(wrk -t1 -c1 -d"$duration" --latency -H "Cookie: $official" "$url" | awk '$1=="50%" {print $2}')
    printf '%-36s %12s\n' "$name" "$p50"
}

echo
echo "uncached, single-threaded: p50 of sequential requests on one connection for $duration (logged in)"
sequential "portal home, cold (logged in)" "http://127.0.0.1:$portal_port$home_path"
sequential "portal article, cold (logged in)" "http://127.0.0.1:$portal_port$article_path"

# The origin ratio from pairs run back to back (nginx, then the portal), the median of three: nginx's
# own figure moved between 31,000/s and 45,000/s from one run of this bench to the next, which moved
# a ratio taken from the rows above far more than anything the portal did.
pair_ratios=()
for _ in 1 2 3; do
    nginx_rps=$(wrk -t"$threads" -c"$connections" -d"$duration" "http://127.0.0.1:$nginx_port/" | sed -n 's/^Requests\/sec: *//p')
    portal_rps=$(wrk -t"$threads" -c"$connections" -d"$duration" "http://127.0.0.1:$portal_port$home_path" | sed -n 's/^Requests\/sec: *//p')
    pair_ratios+=("$(ratio "$portal_rps" "$nginx_rps")")
done
echo
echo "origin ratio (portal home cached / nginx, same bytes): $(ratio "$portal_home_rps" "$nginx_home_rps") from the rows above;" \
    "$(printf '%s\n' "${pair_ratios[@]}" | sort -g | sed -n 2p) median of 3 back-to-back pairs (${pair_ratios[*]})"
echo "cache-busting (random ?x= / plain cached home): direct $(ratio "$random_parameter_rps" "$portal_home_rps"), through the front $(ratio "$front_random_rps" "$front_home_rps")"
