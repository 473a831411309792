#!/usr/bin/env bash
# Proves the quick start the README promises: run.sh refuses bad settings with a clear message,
# starts the portal with demo data, and a second start on the same PORTAL_DATA keeps everything
# and seeds nothing twice. Run by `mvn verify` (server-config module).
set -euo pipefail
smoke_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
smoke_name=quickstart-test
# shellcheck source=lib.sh
. "$smoke_dir/lib.sh"

data=$(mktemp -d /tmp/portal-quickstart.XXXXXX)
log="$data.log"
port=$(free_port 18100 18199)
password="Quickstart-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')"
settings=(PORTAL_DATA="$data" PORTAL_ADMIN_PASSWORD="$password" PORTAL_DEMO=true)

cleanup() { stop_portal; rm -rf "$data" "$log" "$log.2"; }
trap cleanup EXIT
fail() { echo "$smoke_name: $*" >&2; tail -n 40 "$log" >&2 || true; exit 1; }

expect_refusal() {
    local expected=$1 out
    shift
    if out=$(env "$@" bash "$smoke_dir/../run.sh" 2>&1); then fail "run.sh accepted $*"; fi
    grep -q "$expected" <<< "$out" || fail "run.sh said '$out', expected '$expected'"
}
expect_refusal "at least 12 characters" PORTAL_PORT="$port" PORTAL_DATA="$data" PORTAL_ADMIN_PASSWORD=short
expect_refusal "must be a port number" PORTAL_PORT=http PORTAL_DATA="$data"

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
stop_portal
echo "$smoke_name: run.sh OK (refusals, start, restart keeps data, no double seeding)"
