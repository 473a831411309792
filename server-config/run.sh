#!/usr/bin/env bash
# Starts the portal on Payara Micro in the foreground, building it first when needed.
#
#   PORTAL_PORT            HTTP port (default 8080)
#   PORTAL_DATA            folder for the database, uploads and search index (default ./data)
#   PORTAL_ADMIN_PASSWORD  password of the first administrator, read at the first start only
#   PORTAL_DEMO=true       load the demo province
#   PORTAL_DB_URL          jdbc:postgresql://... to use PostgreSQL instead of the embedded H2
#   PORTAL_DB_USER, PORTAL_DB_PASSWORD  credentials for PORTAL_DB_URL
#   PORTAL_JAVA_OPTS       extra JVM options (default -Xms256m -Xmx1g)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=lib/resources.sh
. "$here/lib/resources.sh"

fail() { echo "run.sh: $*" >&2; exit 1; }

command -v java >/dev/null 2>&1 || fail "Java 17 or newer is needed, but 'java' is not on the PATH. Install a JDK 17 (e.g. apt-get install openjdk-17-jdk)."
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
[ "${java_major:-0}" -ge 17 ] || fail "Java 17 or newer is needed; 'java' is version ${java_major:-unknown}."

port=${PORTAL_PORT:-8080}
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || fail "PORTAL_PORT must be a port number (1-65535), not '$port'."
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "Port $port is already in use. Stop what listens there or choose another, e.g. PORTAL_PORT=18080."
fi

data=${PORTAL_DATA:-./data}
mkdir -p "$data" || fail "Cannot create the data folder '$data'."
data=$(cd "$data" && pwd)
chmod 700 "$data"
mkdir -p "$data/.runtime"

war=$(ls "$root"/portal-web/target/portal-web-*-micro.war 2>/dev/null | head -n 1 || true)
micro="$here/target/runtime/payara-micro.jar"
needs_build=false
if [ -z "$war" ] || [ ! -f "$micro" ]; then
    needs_build=true
elif [ -n "$(find "$root" -path '*/src/main/*' -newer "$war" -type f -print -quit)" ] || [ "$root/pom.xml" -nt "$war" ]; then
    needs_build=true
fi
if $needs_build; then
    command -v mvn >/dev/null 2>&1 || fail "The portal is not built yet and Maven ('mvn') is not on the PATH. Install Maven 3.8+ (e.g. apt-get install maven)."
    echo "run.sh: building the portal (mvn package, tests skipped)..."
    (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package) || fail "The build failed; see the Maven output above."
    war=$(ls "$root"/portal-web/target/portal-web-*-micro.war | head -n 1)
fi

# The portal's own password policy, run before the start: a refused password stops here with its
# reason, not in a deployment that fails and leaves Payara Micro answering 404 to every page.
if [ -n "${PORTAL_ADMIN_PASSWORD:-}" ]; then
    ejb_jar=$(ls "$root"/portal-ejb/target/portal-ejb-*.jar 2>/dev/null | head -n 1 || true)
    [ -n "$ejb_jar" ] || fail "The portal's EJB module is not built (portal-ejb/target); run mvn package."
    refusal=$(java -cp "$ejb_jar" vn.egov.portal.setup.control.InitialAdministratorPassword 2>&1) || fail "$refusal"
fi

extra_libs=()
if [ -n "${PORTAL_DB_URL:-}" ]; then
    db_url=$PORTAL_DB_URL
    db_user=${PORTAL_DB_USER:?PORTAL_DB_USER is needed with PORTAL_DB_URL}
    db_password=${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD is needed with PORTAL_DB_URL}
    case "$db_url" in jdbc:postgresql:*) extra_libs=(--addlibs "$here/target/runtime/postgresql.jar") ;; esac
else
    # LOCK_TIMEOUT: a busy machine's start once timed out (H2's default is 1 s) on H2's catalogue lock
    # while a migration altered tables; waiting 10 s costs nothing when nothing else holds it.
    db_url="jdbc:h2:file:$data/db/portal;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
    db_user=portal
    db_password=$(secret_file "$data/.runtime/db-password")
fi
post_boot="$data/.runtime/post-boot.asadmin"
render_resources "$here/asadmin/portal-resources.asadmin" "$post_boot" "$db_url" "$db_user" "$db_password"

export PORTAL_DATA="$data"
echo "run.sh: starting the portal on http://localhost:$port/ (data in $data)"
# shellcheck disable=SC2086
exec java ${PORTAL_JAVA_OPTS:--Xms256m -Xmx1g} -Duser.timezone="${PORTAL_TIMEZONE:-Asia/Ho_Chi_Minh}" -Dfile.encoding=UTF-8 \
    -jar "$micro" \
    --deploy "$war" --contextroot / \
    --port "$port" --nocluster --name portal \
    --postbootcommandfile "$post_boot" \
    "${extra_libs[@]}"
