#!/usr/bin/env bash
# How close can any application on Payara Micro come to nginx? (issue 15 item 5)
# Serves one page's bytes four ways, side by side on this machine, in alternating rounds:
#   nginx                 the file, as bench/public-pages.sh's "nginx, home page bytes" row;
#   payara, bare servlet  the same bytes written from memory by a one-class WAR (src/PageBytesServlet):
#                         Grizzly, the web container and Payara's per-request work, nothing else;
#   payara + security     the same WAR with a Jakarta Security mechanism that lets everything through
#                         (src/PassingMechanism): Soteria's bridge now runs on every request, as it
#                         does for the portal, whose log-in is such a mechanism;
#   payara + own module   the same WAR with a Jakarta Authentication module the application registers
#                         itself (src/PassingModule), letting everything through: Payara's
#                         authentication pipeline without Soteria's bridge.
# The portal's cached home page (bench/public-pages.sh) can only be slower than the "payara +
# security" row: it is that pipeline plus the portal's own filters. So that row's ratio bounds the
# portal's origin ratio, and the gap to the "own module" row is what Soteria's bridge costs.
# Each JVM needs its warm-up: rounds before the JIT is done measure the compiler, not the server.
#
#   bench/origin-floor/bench.sh                     (needs wrk, nginx, curl, javac, a built server-config)
#   PAGE=/tmp/home.html ROUNDS=3 DURATION=10s bench/origin-floor/bench.sh
set -euo pipefail
PATH="$PATH:/usr/sbin"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${ROUNDS:-3}
duration=${DURATION:-10s}
warmup=${WARMUP:-20s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
nginx_port=${NGINX_BENCH_PORT:-18681}
bare_port=${BARE_BENCH_PORT:-18682}
secured_port=${SECURED_BENCH_PORT:-18683}
module_port=${MODULE_BENCH_PORT:-18684}
for tool in wrk nginx curl javac jar; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing" >&2; exit 1; }
done
micro="$root/server-config/target/runtime/payara-micro.jar"
[ -f "$micro" ] || (cd "$root" && mvn -B -q -DskipTests -pl server-config -am package)
api=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar 2>/dev/null || true)
[ -f "$api" ] || (cd "$root" && mvn -B -q dependency:get -Dartifact=jakarta.platform:jakarta.jakartaee-api:10.0.0 \
    && api=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar))

work=$(mktemp -d /tmp/origin-floor.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The page: the one given, or one of the portal home page's size (27 KB) made of ordinary markup.
mkdir -p "$work/www"
if [ -n "${PAGE:-}" ]; then
    cp "$PAGE" "$work/www/page.html"
else
    { echo '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Cổng thông tin</title></head><body>'
      for i in $(seq 1 170); do echo "<article><h2><a href=\"/tin/$i\">Tin số $i của tỉnh</a></h2><p>Ủy ban nhân dân tỉnh thông báo về việc $i.</p></article>"; done
      echo '</body></html>'; } > "$work/www/page.html"
fi
bytes=$(stat -c %s "$work/www/page.html")

# war <name> <classes...>: a WAR of the given classes of src/.
war() {
    local name=$1
    shift
    mkdir -p "$work/$name/WEB-INF/classes"
    javac -nowarn -d "$work/$name/WEB-INF/classes" -cp "$api" "$@"
    (cd "$work/$name" && jar cf "$work/$name.war" .)
}
war bare "$here/src/PageBytesServlet.java"
war secured "$here/src/PageBytesServlet.java" "$here/src/PassingMechanism.java"
war module "$here/src/PageBytesServlet.java" "$here/src/PassingModule.java"

# POSTBOOT: asadmin commands (one per line) run in every Payara Micro after its start, to try a setting.
printf '%s\n' "${POSTBOOT:-}" > "$work/post-boot.asadmin"
start_micro() {
    local name=$1 port=$2
    java -Xms256m -Xmx1g -Dfloor.page="$work/www/page.html" -jar "$micro" --deploy "$work/$name.war" \
        --contextroot / --port "$port" --nocluster --name "floor-$name" \
        --postbootcommandfile "$work/post-boot.asadmin" > "$work/$name.log" 2>&1 &
    pids+=($!)
}
start_micro bare "$bare_port"
start_micro secured "$secured_port"
start_micro module "$module_port"

cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = /page { default_type "text/html; charset=UTF-8"; try_files /page.html =404; }
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"

wait_for() {
    local url=$1
    for _ in $(seq 1 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code} %{size_download}' "$url")" = "200 $bytes" ] && return
        sleep 1
    done
    echo "bench: $url did not answer 200 with $bytes bytes within 180 s" >&2
    exit 1
}
targets=("nginx|http://127.0.0.1:$nginx_port/page" "payara, bare servlet|http://127.0.0.1:$bare_port/page"
    "payara + security (Soteria)|http://127.0.0.1:$secured_port/page"
    "payara + own auth module|http://127.0.0.1:$module_port/page")
for target in "${targets[@]}"; do wait_for "${target#*|}"; done

# The JIT of a freshly started Payara takes well over a minute of load on 2 cores; until then a
# round measures the compiler (the first tries here read 3,600/s for what later served 28,000/s).
for target in "${targets[@]}"; do
    wrk -t"$threads" -c"$connections" -d"$warmup" "${target#*|}" > /dev/null
    wrk -t"$threads" -c"$connections" -d"$warmup" "${target#*|}" > /dev/null
done
rps() {
    wrk -t"$threads" -c"$connections" -d3s "$1" > /dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" "$1" | sed -n 's/^Requests\/sec: *//p'
}

echo "machine: $(nproc) cores; page $bytes bytes; wrk -t$threads -c$connections -d$duration after 2 x $warmup each, $rounds rounds in turn"
# Each round measures every target in turn; a target's ratio is taken against nginx in the same
# round (the machine's load moves between rounds), and the median of the rounds is printed.
declare -A rates ratios
for round in $(seq "$rounds"); do
    line="round $round:"
    nginx_rps=
    for target in "${targets[@]}"; do
        name=${target%%|*}
        r=$(rps "${target#*|}")
        nginx_rps=${nginx_rps:-$r}
        rates[$name]="${rates[$name]:-} $r"
        ratios[$name]="${ratios[$name]:-} $(awk -v a="$r" -v b="$nginx_rps" 'BEGIN {printf "%.3f", a / b}')"
        line="$line  $name $r"
    done
    echo "$line"
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf '%-32s %12s %18s\n' "target (median of $rounds rounds)" "req/s" "ratio to nginx"
for target in "${targets[@]}"; do
    name=${target%%|*}
    printf '%-32s %12.0f %18.2f\n' "$name" "$(median <<< "${rates[$name]}")" "$(median <<< "${ratios[$name]}")"
done
