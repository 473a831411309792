#!/usr/bin/env bash
# Proves the EAR on the full Payara Server: a throw-away domain, the portal's resources, deploy,
# then /health, the home page and search in the demo data must answer. Run by `mvn verify` (server-config module).
#
#   ear-smoke-test.sh <payara6-folder> <portal.ear>
set -euo pipefail
payara=${1:?payara6 folder}
ear=${2:?portal.ear}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d /tmp/portal-ear-smoke.XXXXXX)
domain=portal-smoke
asadmin="$payara/bin/asadmin"

free_base() {
    local base
    for base in $(seq 20000 100 40000); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$((base + 48))") 2>/dev/null && ! (exec 3<>"/dev/tcp/127.0.0.1/$((base + 80))") 2>/dev/null; then
            echo "$base"; return
        fi
    done
    return 1
}
base=$(free_base)
admin_port=$((base + 48))
http_port=$((base + 80))
# A random admin password for this throw-away domain; nothing here has a default password.
(umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" > "$work/admin-password")
connection=(--port "$admin_port" --user admin --passwordfile "$work/admin-password")

cleanup() {
    "$asadmin" stop-domain --domaindir "$work/domains" "$domain" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
[ -n "${KEEP_DOMAIN:-}" ] && trap - EXIT

echo "ear-smoke-test: domain on ports $admin_port (admin) and $http_port (http)"
"$asadmin" --user admin --passwordfile "$work/admin-password" create-domain --domaindir "$work/domains" --portbase "$base" "$domain"
started=$(date +%s)
"$asadmin" start-domain --domaindir "$work/domains" "$domain" >/dev/null
ASADMIN="$asadmin" ASADMIN_ARGS="${connection[*]}" PORTAL_DATA="$work/data" PORTAL_DEMO=true \
    bash "$here/prepare-domain.sh" >/dev/null
"$asadmin" "${connection[@]}" deploy --name portal "$ear" >/dev/null
echo "ear-smoke-test: started and deployed in $(( $(date +%s) - started )) s"

health=$(curl -sf "http://localhost:$http_port/health")
echo "ear-smoke-test: /health -> $health"
grep -q '"status":"UP"' <<< "$health" || { echo "ear-smoke-test: /health is not UP" >&2; exit 1; }
home=$(curl -sf "http://localhost:$http_port/")
grep -q 'lang="vi"' <<< "$home" && grep -q 'Cổng Thông tin điện tử tỉnh Cao Bằng' <<< "$home" \
    || { echo "ear-smoke-test: the home page is not the Vietnamese portal" >&2; exit 1; }
sites=$(curl -sf "http://localhost:$http_port/api/v1/sites")
grep -q '"slug":"so-tu-phap"' <<< "$sites" || { echo "ear-smoke-test: demo sub-portals missing" >&2; exit 1; }
# The batch module's start-up repair fills the empty index of this fresh data folder in the EAR too.
found=$(curl -sf "http://localhost:$http_port/api/v1/search?q=cao+bang")
grep -q '"totalItems":[1-9]' <<< "$found" || { echo "ear-smoke-test: search finds nothing in the demo data" >&2; exit 1; }
[ "$(stat -c %a "$work/data/initial-admin-password")" = 600 ] \
    || { echo "ear-smoke-test: the generated admin password file is not mode 0600" >&2; exit 1; }
echo "ear-smoke-test: EAR on Payara Server OK (health UP, home page, API, search index filled, admin password file 0600)"
