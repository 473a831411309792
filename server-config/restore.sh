#!/usr/bin/env bash
# Restores an archive written by backup.sh into an empty data folder (and, for PostgreSQL, an empty
# database), after proving that the personal-data key given opens the archive's sealed data.
#
#   PORTAL_DATA=/var/lib/portal PORTAL_PERSONAL_DATA_KEY_FILE=/secure/personal-data.key \
#       server-config/restore.sh /backups/portal-backup-20261201-020000.tar.gz
#
#   PORTAL_DATA                    the folder to restore into (default ./data); it must be empty or absent
#   PORTAL_PERSONAL_DATA_KEY       the key the backup was made with (Base64), or
#   PORTAL_PERSONAL_DATA_KEY_FILE  a file holding it; it is then installed as $PORTAL_DATA/.runtime/personal-data.key
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD  the (empty) PostgreSQL database, for a PostgreSQL backup
# Nothing is written unless the archive is whole and the key is the right one.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=lib/backup.sh
. "$here/lib/backup.sh"

fail() { echo "restore.sh: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: server-config/restore.sh ARCHIVE"
archive=$1
[ -f "$archive" ] || fail "No archive '$archive'."
command -v java >/dev/null 2>&1 || fail "Java 17 or newer is needed to check the key ('java' is not on the PATH)."

umask 077
work=$(mktemp -d /tmp/portal-restore.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work" || fail "'$archive' is not a backup archive."
[ -f "$work/manifest" ] && [ -f "$work/SHA256SUMS" ] || fail "'$archive' has no manifest; it was not written by backup.sh."
(cd "$work" && sha256sum --quiet -c SHA256SUMS) || fail "'$archive' is damaged (a checksum does not match); nothing restored."
manifest() { sed -n "s/^$1=//p" "$work/manifest"; }
database=$(manifest database)

# The key: never in the archive, so it must come from the operator, and it must be the one that sealed the data.
key=${PORTAL_PERSONAL_DATA_KEY:-}
if [ -z "$key" ] && [ -n "${PORTAL_PERSONAL_DATA_KEY_FILE:-}" ]; then
    [ -r "$PORTAL_PERSONAL_DATA_KEY_FILE" ] || fail "Cannot read the key file '$PORTAL_PERSONAL_DATA_KEY_FILE'."
    key=$(cat "$PORTAL_PERSONAL_DATA_KEY_FILE")
fi
[ -n "$key" ] || fail "Give the personal-data key the backup was made with (PORTAL_PERSONAL_DATA_KEY or PORTAL_PERSONAL_DATA_KEY_FILE); it is never in the backup."
war=$(ls "$root"/portal-web/target/portal-web-*-micro.war 2>/dev/null | head -n 1 || true)
[ -n "$war" ] || fail "The portal is not built yet; run 'mvn -DskipTests package' (or start run.sh once) first."
unzip -p "$war" 'WEB-INF/lib/portal-ejb-*.jar' > "$work/portal-ejb.jar" || fail "Cannot read the portal's classes from $war."
fingerprint=$(printf '%s' "$key" | java -cp "$work/portal-ejb.jar" vn.egov.portal.privacy.control.KeyFingerprint) \
    || fail "The personal-data key is not 32 bytes in Base64."
expected=$(manifest keyFingerprint)
if [ -n "$expected" ] && [ "$fingerprint" != "$expected" ]; then
    fail "This key cannot open the backup's sealed data (it is not the key the backup was made with); nothing restored."
fi

data=${PORTAL_DATA:-./data}
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then fail "The data folder '$data' is not empty; restore into an empty one."; fi
mkdir -p "$data"
data=$(cd "$data" && pwd)
chmod 700 "$data"

case "$database" in
    h2)
        # The archive holds H2's online copy of the store; it is read out as SQL into a fresh database
        # file (EmbeddedDatabaseRebuild says why), with Payara Micro's own H2 and the database user's
        # password from the archive's files, given on standard input.
        micro="$root/server-config/target/runtime/payara-micro.jar"
        [ -f "$micro" ] || fail "Payara Micro is not downloaded yet; run 'mvn -DskipTests package' first."
        unzip -p "$micro" 'MICRO-INF/runtime/h2.jar' > "$work/h2.jar" || fail "Cannot read H2 from $micro."
        mkdir -p "$work/copy"
        unzip -q "$work/database.zip" -d "$work/copy" || fail "Cannot unpack the database copy."
        db_password=$(tar -xOf "$work/files.tar" ./.runtime/db-password) || fail "The archive has no database password."
        mkdir -p "$work/db"
        printf '%s' "$db_password" | java -cp "$work/h2.jar:$work/portal-ejb.jar" vn.egov.portal.backup.control.EmbeddedDatabaseRebuild \
            "$work/copy" "$work/db" "$work/database.sql.gz" || fail "The database copy cannot be restored; nothing restored."
        mkdir -p "$data/db"
        mv "$work/db/portal.mv.db" "$data/db/" || fail "Cannot move the database into $data/db."
        ;;
    postgresql)
        parse_postgres_url "${PORTAL_DB_URL:-}" || fail "A PostgreSQL backup needs PORTAL_DB_URL (jdbc:postgresql://host[:port]/database) of an empty database."
        : "${PORTAL_DB_USER:?PORTAL_DB_USER is needed}" "${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD is needed}"
        tables=$(PGPASSWORD=$PORTAL_DB_PASSWORD psql -h "$pg_host" -p "$pg_port" -U "$PORTAL_DB_USER" -d "$pg_database" -Atc \
            "select count(*) from information_schema.tables where table_schema = 'public'") || fail "Cannot reach the database of PORTAL_DB_URL."
        [ "$tables" = 0 ] || fail "The database of PORTAL_DB_URL is not empty ($tables tables); restore into an empty one."
        PGPASSWORD=$PORTAL_DB_PASSWORD pg_restore --no-owner --no-privileges --exit-on-error \
            -h "$pg_host" -p "$pg_port" -U "$PORTAL_DB_USER" -d "$pg_database" "$work/database.dump" \
            || fail "pg_restore failed."
        ;;
    *) fail "Unknown database '$database' in the manifest." ;;
esac
tar -xf "$work/files.tar" -C "$data" || fail "Cannot unpack the files."
if [ -z "${PORTAL_PERSONAL_DATA_KEY:-}" ]; then
    mkdir -p "$data/.runtime"
    printf '%s' "$key" > "$data/.runtime/personal-data.key"
    chmod 600 "$data/.runtime/personal-data.key"
fi
echo "restore.sh: restored the $database backup of $(manifest created) into $data"
echo "restore.sh: start it with PORTAL_DATA=$data server-config/run.sh"
