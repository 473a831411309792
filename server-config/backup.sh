#!/usr/bin/env bash
# Backs up the portal into one archive, without the personal-data key.
#
#   server-config/backup.sh DEST_FOLDER
#
# The database copy is consistent while the portal keeps running:
#   - embedded H2: the running portal writes it with H2's BACKUP TO (POST /api/v1/backups), so the
#     portal must be up on PORTAL_PORT; log in with an account that is a system administrator or a
#     batch operator: PORTAL_BACKUP_USER and PORTAL_BACKUP_PASSWORD (or PORTAL_BACKUP_PASSWORD_FILE);
#   - PostgreSQL (PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD): pg_dump, in one snapshot.
# Then the files of PORTAL_DATA (uploads, signed files, sealed attachments, the database password).
# The archive DEST_FOLDER/portal-backup-YYYYMMDD-HHMMSS.tar.gz (mode 0600) holds a manifest with the
# fingerprint of the personal-data key and SHA256SUMS. It never holds the key: keep the key apart
# (PORTAL_PERSONAL_DATA_KEY, or $PORTAL_DATA/.runtime/personal-data.key); restore.sh needs it.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/backup.sh
. "$here/lib/backup.sh"

fail() { echo "backup.sh: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: server-config/backup.sh DEST_FOLDER"
dest=$1
mkdir -p "$dest" || fail "Cannot create the destination folder '$dest'."
dest=$(cd "$dest" && pwd)
data=${PORTAL_DATA:-./data}
[ -d "$data" ] || fail "No data folder '$data' (set PORTAL_DATA)."
data=$(cd "$data" && pwd)
case "$dest/" in "$data"/*) fail "Write the backup outside the data folder ($data)." ;; esac

umask 077
stage=$(mktemp -d "$dest/.portal-backup.XXXXXX")
trap 'rm -rf "$stage"' EXIT
began=$(date +%s%N)

if [ -n "${PORTAL_DB_URL:-}" ]; then
    parse_postgres_url "$PORTAL_DB_URL" || fail "PORTAL_DB_URL must be jdbc:postgresql://host[:port]/database, not '$PORTAL_DB_URL'."
    : "${PORTAL_DB_USER:?PORTAL_DB_USER is needed with PORTAL_DB_URL}" "${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD is needed with PORTAL_DB_URL}"
    command -v pg_dump >/dev/null 2>&1 || fail "pg_dump is not installed (apt-get install postgresql-client)."
    PGPASSWORD=$PORTAL_DB_PASSWORD pg_dump --format=custom --no-owner --no-privileges \
        -h "$pg_host" -p "$pg_port" -U "$PORTAL_DB_USER" -d "$pg_database" -f "$stage/database.dump" \
        || fail "pg_dump failed; nothing was written."
    fingerprint=$(PGPASSWORD=$PORTAL_DB_PASSWORD psql -h "$pg_host" -p "$pg_port" -U "$PORTAL_DB_USER" -d "$pg_database" \
        -Atc "select fingerprint from sealing_key order by id limit 1" 2>/dev/null || true)
    database=postgresql
    db_file=database.dump
else
    user=${PORTAL_BACKUP_USER:?PORTAL_BACKUP_USER is needed for the embedded database (an administrator or batch operator)}
    password=${PORTAL_BACKUP_PASSWORD:-}
    if [ -z "$password" ] && [ -n "${PORTAL_BACKUP_PASSWORD_FILE:-}" ]; then password=$(cat "$PORTAL_BACKUP_PASSWORD_FILE"); fi
    [ -n "$password" ] || fail "PORTAL_BACKUP_PASSWORD (or PORTAL_BACKUP_PASSWORD_FILE) is needed."
    url="http://127.0.0.1:${PORTAL_PORT:-8080}/api/v1/backups"
    # The credentials go to curl on standard input, never on its command line.
    answer=$(curl_config "$user" "$password" | curl -sS -K - -X POST -w '\n%{http_code}' "$url") \
        || fail "The portal does not answer on $url; the embedded database is backed up by the running portal."
    status=${answer##*$'\n'}
    [ "$status" = 200 ] || fail "The portal refused the backup (HTTP $status): ${answer%$'\n'*}"
    file=$(json_field file <<< "$answer")
    fingerprint=$(json_field keyFingerprint <<< "$answer")
    [ -n "$file" ] && [ -f "$data/$file" ] || fail "The portal wrote no backup file under $data."
    mv "$data/$file" "$stage/database.zip"
    database=h2
    db_file=database.zip
fi

# Every file of the data folder but the live database, the key and what run.sh writes at each start.
tar -C "$data" -cf "$stage/files.tar" \
    --exclude=./db --exclude=./backups --exclude=./.runtime/personal-data.key --exclude=./.runtime/post-boot.asadmin .
{
    echo "format=1"
    echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database=$database"
    echo "keyFingerprint=${fingerprint:-}"
} > "$stage/manifest"
(cd "$stage" && sha256sum manifest "$db_file" files.tar > SHA256SUMS)
archive="$dest/portal-backup-$(date -u +%Y%m%d-%H%M%S).tar.gz"
tar -C "$stage" -czf "$stage/archive.tar.gz" manifest SHA256SUMS "$db_file" files.tar
mv "$stage/archive.tar.gz" "$archive"
echo "backup.sh: $archive ($(du -h "$archive" | cut -f1), $(( ($(date +%s%N) - began) / 1000000 )) ms, database $database)"
echo "backup.sh: the personal-data key is not in the archive; keep it apart (fingerprint ${fingerprint:-none})."
