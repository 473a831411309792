#!/usr/bin/env bash
# Upgrades the demo databases of two earlier releases, both made before schema migrations, by
# starting this build on them with run.sh: ea57bc2 (files in the three old layouts, no sub-portal
# links, short texts on PostgreSQL) and 221dc8c (the last release with EclipseLink's own DDL). Each is
# loaded into a fresh embedded database with its personal-data key and media files, as the release
# left them. The portal must record it at version 1, apply the rest, report UP (the key opens its
# sealed data), serve its pages and, where the release's media are kept beside its dump, its leaders'
# photographs (stored in the old layout), find its content by search once the index has rebuilt
# itself, and apply nothing at the next start.
# Run by `mvn verify` (server-config module).
set -euo pipefail
smoke_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
smoke_name=upgrade-test
# shellcheck source=lib.sh
. "$smoke_dir/lib.sh"

root=$(cd "$smoke_dir/../.." && pwd)
releases="$root/portal-ejb/src/test/resources/previous-release"
micro="$root/server-config/target/runtime/payara-micro.jar"
work=$(mktemp -d /tmp/portal-upgrade-test.XXXXXX)
port=$(free_port 18400 18499)
base="http://localhost:$port"
cleanup() {
    stop_portal
    [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "$smoke_name: $*" >&2; tail -n 40 "$work"/*.log >&2 || true; exit 1; }

[ -f "$micro" ] || fail "Payara Micro is not downloaded yet; run 'mvn -DskipTests package' first."
unzip -p "$micro" 'MICRO-INF/runtime/h2.jar' > "$work/h2.jar"

# as_release_left_it <release> <data folder>: the release's database, key and media, in place.
as_release_left_it() {
    local release=$1 data=$2
    mkdir -p "$data/db" "$data/.runtime" "$data/media"
    chmod 700 "$data" "$data/.runtime"
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$data/.runtime/db-password")
    java -cp "$work/h2.jar" org.h2.tools.RunScript -url "jdbc:h2:file:$data/db/portal" -user portal \
        -password "$(cat "$data/.runtime/db-password")" -script "$releases/$release/h2.sql" \
        || fail "$release: the dump does not load"
    (umask 077 && cp "$releases/$release/h2.personal-data.key" "$data/.runtime/personal-data.key")
    if [ -d "$releases/$release/h2-media" ]; then
        cp -r "$releases/$release/h2-media/." "$data/media/"
    fi
}

for release in ea57bc2 221dc8c; do
    data="$work/$release"
    log="$work/$release.log"
    as_release_left_it "$release" "$data"
    start_portal "$log" "$port" PORTAL_DATA="$data" || fail "$release: the upgraded portal does not start"

    grep -q "Database schema (h2) at version .* migration(s) applied .* after recording the previous release's schema as version 1" "$log" \
        || fail "$release: the start did not record the old schema at version 1 and migrate it"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] || fail "$release: /health is not UP"
    contains "$base/" "Cao Bằng" || fail "$release: the home page lost its content"
    contains "$base/hoi-dap/" "hoi-dap" || fail "$release: the Q&A page does not answer"
    if [ -d "$releases/$release/h2-media" ]; then
        leaders=$(curl -sf "$base/lanh-dao/") || fail "$release: the leaders' page does not answer"
        photo=$(grep -o '/media/[a-z0-9]*/anh.png?w=[0-9]*' <<< "$leaders" | head -n 1 || true)
        [ -n "$photo" ] || fail "$release: no leader's photograph on /lanh-dao/"
        type=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$base$photo")
        [ "$type" = "200 image/png" ] || fail "$release: $photo answers $type"
    fi
    if grep -q "CONSULTATION" "$releases/$release/h2.sql"; then
        contains "$base/lay-y-kien/" "lay-y-kien/" || fail "$release: its consultations are not listed"
    fi
    # The release had no search index: it is rebuilt by itself shortly after the start.
    found=0
    for _ in $(seq 1 60); do
        if curl -sf "$base/api/v1/search?q=cao+bang" | grep -q '"totalItems":[1-9]'; then found=1; break; fi
        sleep 1
    done
    [ "$found" = 1 ] || fail "$release: the search finds nothing a minute after the start"
    grep -q "SEVERE" "$log" && fail "$release: the upgraded start logged an error"
    stop_portal

    start_portal "$log.again" "$port" PORTAL_DATA="$data" || fail "$release: the second start fails"
    grep -q "migration(s) applied" "$log.again" || fail "$release: no schema line at the second start"
    grep -q ": 0 migration(s) applied" "$log.again" || fail "$release: the second start applied migrations again"
    stop_portal
    echo "$smoke_name: $release upgraded ($(grep -o 'at version [0-9]*: [0-9]* migration(s)' "$log"))"
done
echo "$smoke_name: passed"
