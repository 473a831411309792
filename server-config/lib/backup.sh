# shellcheck shell=bash
# Helpers shared by backup.sh and restore.sh.

# parse_postgres_url <jdbc url>: sets pg_host, pg_port and pg_database; fails on anything else.
parse_postgres_url() {
    local rest=${1#jdbc:postgresql://}
    [ "$rest" != "$1" ] || return 1
    rest=${rest%%\?*}
    pg_database=${rest#*/}
    local authority=${rest%%/*}
    [ -n "$pg_database" ] && [ "$pg_database" != "$rest" ] && [ -n "$authority" ] || return 1
    pg_host=${authority%%:*}
    pg_port=5432
    [ "$authority" = "$pg_host" ] || pg_port=${authority#*:}
}

# curl_config <user> <password>: a curl config line with the credentials, quoted for curl's -K -.
curl_config() {
    local credentials="$1:$2"
    credentials=${credentials//\\/\\\\}
    credentials=${credentials//\"/\\\"}
    printf 'user = "%s"\n' "$credentials"
}

# json_field <name> < json: the string value of a top-level field of a flat JSON answer (empty for null).
json_field() {
    sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1
}
