#!/usr/bin/env bash
# Proves the production database: a private PostgreSQL cluster on a free port, the portal started
# on it through run.sh (PORTAL_DB_URL), data kept across a restart. Skipped where PostgreSQL is not
# installed, unless PORTAL_REQUIRE_POSTGRES=true (CI sets it). Then backup.sh with pg_dump while the
# portal runs, and restore.sh into an empty database that the portal starts on with the same data.
# Run by `mvn verify`.
set -euo pipefail
smoke_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
smoke_name=postgres-test
# shellcheck source=lib.sh
. "$smoke_dir/lib.sh"

initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
bin=$(dirname "$(readlink -f "${initdb:-/none/initdb}")")
if [ ! -x "$bin/initdb" ]; then
    if [ "${PORTAL_REQUIRE_POSTGRES:-false}" = true ]; then
        echo "$smoke_name: PostgreSQL (initdb) is required but not installed" >&2; exit 1
    fi
    echo "$smoke_name: PostgreSQL not installed; skipped (apt-get install postgresql)"; exit 0
fi

work=$(mktemp -d /tmp/portal-postgres.XXXXXX)
chmod 755 "$work"
as_postgres=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$work"
    as_postgres=(runuser -u postgres --)
fi
pg_port=$(free_port 25432 25531)
portal_port=$(free_port 18200 18299)
db_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
log="$work/portal.log"

cleanup() {
    stop_portal
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$work/cluster" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "$smoke_name: $*" >&2; tail -n 40 "$log" >&2 || true; exit 1; }

"${as_postgres[@]}" "$bin/initdb" -D "$work/cluster" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_postgres[@]}" "$bin/pg_ctl" -D "$work/cluster" -l "$work/postgres.log" -w \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
"${as_postgres[@]}" "$bin/psql" -h "$work" -p "$pg_port" -U postgres -q \
    -c "create role portal login password '$db_password'" -c "create database portal owner portal encoding 'UTF8'"
echo "$smoke_name: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pg_port"

mkdir -p "$work/data"
settings=(PORTAL_DATA="$work/data" PORTAL_DEMO=true PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/portal"
    PORTAL_DB_USER=portal PORTAL_DB_PASSWORD="$db_password")
start_portal "$log" "$portal_port" "${settings[@]}"
contains "http://localhost:$portal_port/health" '"status":"UP"' || fail "/health is not UP on PostgreSQL"
contains "http://localhost:$portal_port/" 'Cổng Thông tin điện tử tỉnh Cao Bằng' || fail "home page on PostgreSQL"
sites=$(curl -sf "http://localhost:$portal_port/api/v1/sites")
grep -q '"slug":"so-tu-phap"' <<< "$sites" || fail "demo sub-portals missing on PostgreSQL"
stored=$("${as_postgres[@]}" "$bin/psql" -h "$work" -p "$pg_port" -U postgres -d portal -tA -c "select name_vi from site where slug = 'xa-dam-thuy'")
[ "$stored" = "Trang thông tin điện tử xã Đàm Thủy" ] || fail "Vietnamese text did not round-trip: '$stored'"
stop_portal

start_portal "$log" "$portal_port" "${settings[@]}"
[ "$(curl -sf "http://localhost:$portal_port/api/v1/sites")" = "$sites" ] || fail "data changed across the restart"
env "${settings[@]}" PATH="$bin:$PATH" bash "$smoke_dir/../backup.sh" "$work/backups" > "$work/backup.log" 2>&1 \
    || fail "backup.sh (pg_dump) failed: $(cat "$work/backup.log")"
stop_portal

"${as_postgres[@]}" "$bin/psql" -h "$work" -p "$pg_port" -U postgres -q -c "create database restored owner portal encoding 'UTF8'"
restored=(PORTAL_DATA="$work/restored" PORTAL_DEMO=true PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/restored"
    PORTAL_DB_USER=portal PORTAL_DB_PASSWORD="$db_password")
env "${restored[@]}" PORTAL_PERSONAL_DATA_KEY_FILE="$work/data/.runtime/personal-data.key" PATH="$bin:$PATH" \
    bash "$smoke_dir/../restore.sh" "$work"/backups/portal-backup-*.tar.gz > "$work/restore.log" 2>&1 \
    || fail "restore.sh (pg_restore) failed: $(cat "$work/restore.log")"
log="$work/restored.log"
start_portal "$log" "$portal_port" "${restored[@]}"
grep -q "Payara Micro .* ready in" "$log" || fail "something else answered on port $portal_port"
[ "$(curl -sf "http://localhost:$portal_port/api/v1/sites")" = "$sites" ] || fail "the restored database differs"
contains "http://localhost:$portal_port/health" '"status":"UP"' || fail "/health is not UP on the restored database"
stop_portal
echo "$smoke_name: PostgreSQL OK (schema created, demo data, Vietnamese text, restart, pg_dump backup restored)"
