#!/usr/bin/env bash
# Proves the quick start the README promises: run.sh refuses bad settings with a clear message,
# starts the portal with demo data, and a second start on the same PORTAL_DATA keeps everything
# and seeds nothing twice; and the nginx front cache of server-config/nginx/portal.conf keeps public
# pages but never an official's (skipped without nginx unless PORTAL_REQUIRE_NGINX=true, as in CI).
# Run by `mvn verify` (server-config module).
set -euo pipefail
smoke_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
smoke_name=quickstart-test
# shellcheck source=lib.sh
. "$smoke_dir/lib.sh"

data=$(mktemp -d /tmp/portal-quickstart.XXXXXX)
log="$data.log"
port=$(free_port 18100 18199)
password="Quickstart-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')"
settings=(PORTAL_DATA="$data" PORTAL_ADMIN_PASSWORD="$password" PORTAL_DEMO=true PORTAL_TRUSTED_PROXIES=127.0.0.1)

front=$(mktemp -d /tmp/portal-front.XXXXXX)
cleanup() {
    [ -f "$front/nginx.pid" ] && kill "$(cat "$front/nginx.pid")" 2>/dev/null || true
    stop_portal
    rm -rf "$data" "$log" "$log.2" "$front"
}
trap cleanup EXIT
fail() { echo "$smoke_name: $*" >&2; tail -n 40 "$log" >&2 || true; exit 1; }

expect_refusal() {
    local expected=$1 out
    shift
    if out=$(env "$@" bash "$smoke_dir/../run.sh" 2>&1); then fail "run.sh accepted $*"; fi
    grep -q "$expected" <<< "$out" || fail "run.sh said '$out', expected '$expected'"
}
expect_refusal "at least 12 characters" PORTAL_PORT="$port" PORTAL_DATA="$data" PORTAL_ADMIN_PASSWORD=short
# The password policy's own rules, before Payara Micro starts (no deployment left answering 404).
expect_refusal "PORTAL_ADMIN_PASSWORD is refused: The password must not contain the user name." \
    PORTAL_PORT="$port" PORTAL_DATA="$data" PORTAL_ADMIN_PASSWORD=Cao-Bang-admin-2026
expect_refusal "must be a port number" PORTAL_PORT=http PORTAL_DATA="$data"

# The shipped nginx configuration in front of the running portal: TLS, the front cache, and the
# client's address and TLS passed on to a portal that trusts it (PORTAL_TRUSTED_PROXIES).
check_front_cache() {
    local nginx
    nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
    if [ -z "$nginx" ]; then
        [ "${PORTAL_REQUIRE_NGINX:-false}" = true ] && fail "nginx is required but not installed"
        echo "$smoke_name: nginx not installed; front cache not checked (apt-get install nginx)"
        return 0
    fi
    local front_port plain_port
    front_port=$(free_port 18200 18249)
    plain_port=$(free_port 18250 18299)
    chmod 755 "$front" # nginx's workers may run as an unprivileged user
    render_front_conf "$port" "$front_port" "$plain_port" "$front" "$front/portal.conf"
    printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents { worker_connections 256; }\nhttp { access_log off; include %s/portal.conf; }\n' \
        "$front" "$front" "$front" > "$front/nginx.conf"
    "$nginx" -e "$front/error.log" -c "$front/nginx.conf" -p "$front" 2> "$front/start.log" || fail "nginx refused portal.conf: $(cat "$front/start.log")"
    local url="https://127.0.0.1:$front_port"
    front_state() { curl -sk -o /dev/null -D - "$@" | tr -d '\r' | sed -n 's/^X-Front-Cache: //Ip'; }
    front_state "$url/" > /dev/null
    [ "$(front_state "$url/")" = HIT ] || fail "the front cache does not keep the public home page"
    contains "$url/" 'lang="vi"' -k || fail "the home page through nginx is not the portal's"
    [ "$(front_state -H "Cookie: JSESSIONID=an-official" "$url/")" = BYPASS ] \
        || fail "the front cache served an official from the public copy"
    [ "$(front_state -u "admin:$password" "$url/")" = BYPASS ] || fail "the front cache served credentials from the cache"
    front_state "$url/api/v1/sites" > /dev/null
    [ "$(front_state "$url/api/v1/sites")" = HIT ] || fail "the front cache does not keep a public API read"
    front_state "$url/admin/" > /dev/null
    [ "$(front_state "$url/admin/")" != HIT ] || fail "the front cache kept a console answer"
    check_front_security "$url" "http://127.0.0.1:$plain_port"
    kill "$(cat "$front/nginx.pid")"
    echo "$smoke_name: nginx front OK (TLS and HSTS; public page and API read kept; officials and the console passed through; client address passed on)"
}

# check_front_security <https url> <http url>
check_front_security() {
    local url=$1 plain=$2 headers
    curl -sk -o /dev/null -D - "$url/lien-he/" | tr -d '\r' | grep -qi '^Strict-Transport-Security: max-age=' \
        || fail "no HSTS over TLS behind nginx"
    headers=$(curl -sk -o /dev/null -D - "$url/admin/" | tr -d '\r')
    grep -qi '^Location: https://127.0.0.1:[0-9]*/login.xhtml' <<< "$headers" \
        || fail "the log-in redirect through nginx does not stay on https: $(grep -i '^Location' <<< "$headers")"
    [ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$plain/hoi-dap/")" = "301 https://127.0.0.1/hoi-dap/" ] \
        || fail "plain HTTP is not sent to HTTPS"
    [ "$(curl -sk -o /dev/null -w '%{http_code}' "$url/metrics")" = 404 ] || fail "nginx passes /metrics on"
    # Five wrong passwords from one citizen lock that citizen out, not the next one behind the same nginx.
    local i
    for i in 1 2 3 4 5; do
        curl -sk -o /dev/null -u "admin:wrong-password-$i" -H "X-Forwarded-For: 198.51.100.$i" "$url/api/v1/me"
    done
    [ "$(curl -sk -o /dev/null -w '%{http_code}' -u "admin:$password" "$url/api/v1/me")" = 200 ] \
        || fail "the administrator was locked out by other addresses' failures behind nginx"
}

start_portal "$log" "$port" "${settings[@]}"
expect_refusal "already in use" PORTAL_PORT="$port" PORTAL_DATA="$data"
contains "http://localhost:$port/health" '"status":"UP"' || fail "/health is not UP"
contains "http://localhost:$port/openapi" '/api/v1/sites' || fail "/openapi lacks the API"
contains "http://localhost:$port/" 'lang="vi"' || fail "the home page is not Vietnamese"
[ "$(stat -c %a "$data/demo-accounts.txt")" = 600 ] || fail "demo-accounts.txt is not mode 0600"
sites=$(curl -sf "http://localhost:$port/api/v1/sites")
units=$(curl -sf "http://localhost:$port/api/v1/org-units")
rss=$(ps -o rss= -p "$(pgrep -f "payara-micro.jar.*--port $port" | head -n 1)")
echo "$smoke_name: resident memory after start $((rss / 1024)) MB"
stop_portal

start_portal "$log.2" "$port" "${settings[@]}"
grep -q "Structural seed: 0 units, 0 categories added" "$log.2" || fail "the second start seeded structure again"
if grep -q "Demo data loaded" "$log.2"; then fail "the second start loaded demo data again"; fi
[ "$(curl -sf "http://localhost:$port/api/v1/sites")" = "$sites" ] || fail "sites changed across the restart"
[ "$(curl -sf "http://localhost:$port/api/v1/org-units")" = "$units" ] || fail "org units changed across the restart"
contains "http://localhost:$port/api/v1/me" '"sysadmin"' -u "admin:$password" \
    || fail "the administrator cannot log in after the restart"
check_front_cache
stop_portal
echo "$smoke_name: run.sh OK (refusals, start, restart keeps data, no double seeding)"
