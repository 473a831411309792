# shellcheck shell=bash
# Helpers shared by the smoke tests: free ports, starting run.sh and waiting for the portal.

free_port() {
    local port
    for port in $(seq "$1" "$2"); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    return 1
}

# start_portal <log> <port> [VAR=value ...]: runs run.sh in the background (PID in $portal_pid)
# and waits until the home page answers.
start_portal() {
    local log=$1 port=$2 began
    shift 2
    began=$(date +%s%N)
    env PORTAL_PORT="$port" "$@" bash "$smoke_dir/../run.sh" > "$log" 2>&1 &
    portal_pid=$!
    for _ in $(seq 1 180); do
        if curl -sf -o /dev/null "http://localhost:$port/"; then
            echo "$smoke_name: ready in $(( ($(date +%s%N) - began) / 1000000 )) ms"
            return
        fi
        kill -0 "$portal_pid" 2>/dev/null || { echo "$smoke_name: run.sh ended early" >&2; tail -n 40 "$log" >&2; return 1; }
        sleep 1
    done
    echo "$smoke_name: the portal did not answer within 180 s" >&2
    return 1
}

stop_portal() {
    if [ -n "${portal_pid:-}" ] && kill -0 "$portal_pid" 2>/dev/null; then
        kill "$portal_pid"
        wait "$portal_pid" 2>/dev/null || true
    fi
    portal_pid=
}

# render_front_conf <portal port> <https port> <http port> <work folder> <out file>: the production
# nginx front (server-config/nginx/portal.conf) pointed at a portal on this machine, on loopback,
# with a throw-away self-signed certificate made in <work folder>/tls (needs openssl). Its cache
# lives in <work folder>/cache.
render_front_conf() {
    local tls="$4/tls"
    mkdir -p "$tls"
    if [ ! -s "$tls/portal.crt" ]; then
        command -v openssl > /dev/null 2>&1 || { echo "openssl is needed to test the nginx front (apt-get install openssl)" >&2; return 1; }
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
            -keyout "$tls/portal.key" -out "$tls/portal.crt" > /dev/null 2>&1
    fi
    sed -e "s|127.0.0.1:8080|127.0.0.1:$1|" -e "s|listen 443 ssl|listen 127.0.0.1:$2 ssl|" \
        -e "s|listen 80;|listen 127.0.0.1:$3;|" -e "s|/etc/nginx/tls/|$tls/|" \
        -e "s|/var/cache/nginx/portal|$4/cache|" "$smoke_dir/../nginx/portal.conf" > "$5"
}

# contains <url> <text> [curl options]: true when the response body holds the text. The body is read
# whole first; piping curl into grep -q would fail under pipefail when grep stops reading early.
contains() {
    local url=$1 text=$2 body
    shift 2
    body=$(curl -sf "$@" "$url") || return 1
    grep -qF -- "$text" <<< "$body"
}
