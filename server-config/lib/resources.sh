# shellcheck shell=bash
# Renders asadmin/portal-resources.asadmin for a database. Sourced by run.sh and the EAR scripts.

# asadmin property values separate on ':' and '='; escape those (and the escape itself).
asadmin_escape() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//:/\\:}
    value=${value//=/\\=}
    printf '%s' "$value"
}

# render_resources <template> <output> <jdbc-url> <user> <password>
render_resources() {
    local template=$1 output=$2 url=$3 user=$4 password=$5 datasource
    case "$url" in
        jdbc:h2:*) datasource=org.h2.jdbcx.JdbcDataSource ;;
        jdbc:postgresql:*) datasource=org.postgresql.ds.PGSimpleDataSource ;;
        *) echo "Unsupported database URL: $url (use jdbc:h2:... or jdbc:postgresql:...)" >&2; return 1 ;;
    esac
    local properties
    properties="url=$(asadmin_escape "$url"):user=$(asadmin_escape "$user"):password=$(asadmin_escape "$password")"
    (umask 077 && sed -e "s|@DB_DATASOURCE@|$datasource|" \
        -e "s|@DB_PROPERTIES@|$(printf '%s' "$properties" | sed 's/[&|\\]/\\&/g')|" \
        "$template" > "$output")
}

# A secret kept in a 0600 file, made on first use.
secret_file() {
    local file=$1
    if [ ! -s "$file" ]; then
        (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file")
    fi
    cat "$file"
}
