#!/usr/bin/env bash
# Prepares a running Payara Server domain for the portal EAR: the JDBC pool and resource shared by
# the application and the batch job repository, and the portal's settings as system properties.
#
#   ASADMIN                 path to asadmin (default: asadmin on the PATH)
#   ASADMIN_ARGS            connection options, e.g. "--port 4848 --user admin --passwordfile pw.txt"
#   PORTAL_DATA             data folder on the server host (required)
#   PORTAL_DB_URL           jdbc:postgresql://... (default: H2 file database under PORTAL_DATA)
#   PORTAL_DB_USER, PORTAL_DB_PASSWORD
#   PORTAL_DEMO             true to load the demo province
#   PORTAL_ADMIN_PASSWORD   first administrator's password (default: generated, see README)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib/resources.sh
. "$here/../lib/resources.sh"

asadmin=${ASADMIN:-asadmin}
read -r -a connection <<< "${ASADMIN_ARGS:-}"
data=${PORTAL_DATA:?PORTAL_DATA must name the data folder on the server host}
mkdir -p "$data/.runtime" && chmod 700 "$data"

if [ -n "${PORTAL_DB_URL:-}" ]; then
    db_url=$PORTAL_DB_URL
    db_user=${PORTAL_DB_USER:?PORTAL_DB_USER is needed with PORTAL_DB_URL}
    db_password=${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD is needed with PORTAL_DB_URL}
else
    db_url="jdbc:h2:file:$data/db/portal;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
    db_user=portal
    db_password=$(secret_file "$data/.runtime/db-password")
fi
commands="$data/.runtime/domain-resources.asadmin"
render_resources "$here/../asadmin/portal-resources.asadmin" "$commands" "$db_url" "$db_user" "$db_password"

properties="portal.data=$(asadmin_escape "$data"):portal.demo=${PORTAL_DEMO:-false}"
if [ -n "${PORTAL_ADMIN_PASSWORD:-}" ]; then
    properties="$properties:portal.admin.password=$(asadmin_escape "$PORTAL_ADMIN_PASSWORD")"
fi
echo "create-system-properties $properties" >> "$commands"
# asadmin multimode reads its file like a shell line and eats one level of backslashes, which
# Payara Micro's post-boot reader does not: double them so the property escapes survive.
sed -i 's/\\/\\\\/g' "$commands"

"$asadmin" "${connection[@]}" multimode --file "$commands"
