#!/usr/bin/env bash
# Proves backup.sh and restore.sh on the quick start's embedded database, under load: citizens keep
# asking questions (each acknowledged with a tracking code) while backup.sh runs; the archive holds
# no personal-data key; restore.sh refuses a missing or wrong key and restores with the right one;
# every question acknowledged before the backup began is found on the restored portal, its sealed
# data opened; a restored portal started again without its key reports DOWN on /health, answers 503
# and generates no new key; given its key back, it starts a third time with every question. Run by
# `mvn verify` (server-config module).
set -euo pipefail
smoke_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
smoke_name=backup-restore-test
# shellcheck source=lib.sh
. "$smoke_dir/lib.sh"

work=$(mktemp -d /tmp/portal-backup-test.XXXXXX)
port=$(free_port 18300 18399)
password="Backup-Test-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')"
base="http://localhost:$port"
stop="$work/stop-load"
# Cheap challenges and no per-address limits: the load and the lookups after the restore all come
# from one address and must not wait.
load_settings=(PORTAL_GUARD_CHALLENGE_BITS=1 PORTAL_QA_LIMIT_PER_ADDRESS=1000000 PORTAL_QA_LIMIT_PER_EMAIL=1000000
    PORTAL_QA_LIMIT_LOOKUPS_PER_ADDRESS=1000000)
cleanup() {
    touch "$stop"
    stop_portal
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "$smoke_name: $*" >&2; tail -n 30 "$work"/*.log >&2 || true; exit 1; }

# solve <challenge>: a nonce whose SHA-256(challenge:nonce) starts with one zero bit.
solve() {
    local nonce=0
    until [[ $(printf '%s:%s' "$1" "$nonce" | sha256sum) == [0-7]* ]]; do nonce=$((nonce + 1)); done
    echo "$nonce"
}

# ask_until_stopped <worker>: asks questions until $stop exists; each acknowledged one is appended
# to $work/acks as "<acknowledged at, ns> <tracking code>".
ask_until_stopped() {
    local worker=$1 n=0 form challenge consent answer
    while [ ! -e "$stop" ]; do
        n=$((n + 1))
        form=$(curl -sf "$base/api/v1/questions/form") || continue
        challenge=$(json_string challenge <<< "$form")
        consent=$(json_string consentVersion <<< "$form")
        answer=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' -d "$(cat <<JSON
{"particulars":{"kind":"INDIVIDUAL","name":"Nông Thị Thử","nationality":"Việt Nam","occupation":"Nông dân",
 "idNumber":"004196012345","address":"Xóm Nà Rị, xã Đàm Thủy","phone":"0915246810",
 "email":"thu.$worker.$n.$$@example.vn"},"title":"Câu hỏi thử $worker-$n khi sao lưu",
 "body":"Xin hỏi thủ tục đăng ký khai sinh cho con, lần $n.","field":"tu-phap-ho-tich",
 "consent":true,"consentVersion":"$consent","challenge":"$challenge","nonce":"$(solve "$challenge")"}
JSON
)" "$base/api/v1/questions") || continue
        if [ "${answer##*$'\n'}" = 201 ]; then
            echo "$(date +%s%N) $(json_string trackingCode <<< "$answer")" >> "$work/acks"
        fi
    done
}

json_string() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1; }

# 1. A portal with questions arriving, backed up while they arrive.
mkdir -p "$work/original"
start_portal "$work/original.log" "$port" PORTAL_DATA="$work/original" PORTAL_ADMIN_PASSWORD="$password" "${load_settings[@]}" \
    || fail "the portal (original) did not start"
touch "$work/acks"
workers=()
for worker in 1 2; do
    ask_until_stopped "$worker" &
    workers+=($!)
done
sleep 6
backup_began=$(date +%s%N)
PORTAL_DATA="$work/original" PORTAL_PORT="$port" PORTAL_BACKUP_USER=admin PORTAL_BACKUP_PASSWORD="$password" \
    bash "$smoke_dir/../backup.sh" "$work/backups" > "$work/backup.log" 2>&1 || fail "backup.sh failed: $(cat "$work/backup.log")"
sleep 3
touch "$stop"
wait "${workers[@]}"
before=$(awk -v t="$backup_began" '$1 < t' "$work/acks" | wc -l)
total=$(wc -l < "$work/acks")
[ "$before" -ge 10 ] || fail "too little load before the backup ($before questions acknowledged)"
[ "$total" -gt "$before" ] || fail "no question was acknowledged while and after the backup ran"
echo "$smoke_name: $(tail -n 2 "$work/backup.log" | head -n 1 | sed 's/^backup.sh: //')"
echo "$smoke_name: $total questions acknowledged, $before of them before the backup began"
stop_portal
cp "$work/original/.runtime/personal-data.key" "$work/kept-apart.key"

# 2. The archive holds no key; restore.sh refuses without it and with another one.
archive=$(ls "$work"/backups/portal-backup-*.tar.gz)
[ "$(stat -c %a "$archive")" = 600 ] || fail "the archive is not mode 0600"
if tar -xOzf "$archive" files.tar | tar -t | grep -q 'personal-data.key'; then fail "the archive holds the personal-data key"; fi
if PORTAL_DATA="$work/restored" bash "$smoke_dir/../restore.sh" "$archive" > "$work/refused.log" 2>&1; then
    fail "restore.sh restored without a key"
fi
grep -q "never in the backup" "$work/refused.log" || fail "restore.sh without a key said: $(cat "$work/refused.log")"
head -c 32 /dev/urandom | base64 > "$work/other.key"
if PORTAL_DATA="$work/restored" PORTAL_PERSONAL_DATA_KEY_FILE="$work/other.key" \
    bash "$smoke_dir/../restore.sh" "$archive" > "$work/refused.log" 2>&1; then
    fail "restore.sh restored with a key that did not seal the data"
fi
grep -q "cannot open the backup's sealed data" "$work/refused.log" || fail "restore.sh with another key said: $(cat "$work/refused.log")"
[ ! -e "$work/restored" ] || [ -z "$(ls -A "$work/restored")" ] || fail "a refused restore wrote files"

# 3. Restored with the right key: every question acknowledged before the backup is there, sealed data opened.
PORTAL_DATA="$work/restored" PORTAL_PERSONAL_DATA_KEY_FILE="$work/kept-apart.key" \
    bash "$smoke_dir/../restore.sh" "$archive" > "$work/restore.log" 2>&1 || fail "restore.sh failed: $(cat "$work/restore.log")"
start_portal "$work/restored.log" "$port" PORTAL_DATA="$work/restored" "${load_settings[@]}" \
    || fail "the portal (restored) did not start"
contains "$base/health" '"status":"UP"' || fail "/health is not UP after the restore"
missing=0
found_after=0
while read -r at code; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/questions/status/$code")
    if [ "$at" -lt "$backup_began" ]; then
        [ "$status" = 200 ] || { missing=$((missing + 1)); echo "$smoke_name: $code (acknowledged before the backup) answers $status" >&2; }
    elif [ "$status" = 200 ]; then
        found_after=$((found_after + 1))
    fi
done < "$work/acks"
[ "$missing" = 0 ] || fail "$missing questions acknowledged before the backup are missing after the restore"
echo "$smoke_name: all $before questions acknowledged before the backup found after the restore (and $found_after of the $((total - before)) acknowledged later)"
stop_portal

# 4. The restored portal started again, now without its key: DOWN and 503, and no new key generated.
# This is the restored database's second start, the one at which H2 once refused a restored copy of
# its online backup as corrupt; restore.sh now rebuilds the copy into a fresh file.
rm "$work/restored/.runtime/personal-data.key"
start_portal "$work/keyless.log" "$port" PORTAL_DATA="$work/restored" \
    || fail "the portal (keyless) did not start"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 503 ] || fail "/health is not 503 without the key"
grep -qF '"name":"personal-data key","status":"DOWN"' <<< "$(curl -s "$base/health")" || fail "/health does not name the missing key"
code=$(head -n 1 "$work/acks" | cut -d' ' -f2)
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/questions/status/$code")" = 503 ] \
    || fail "a status look-up without the key did not answer 503"
[ ! -e "$work/restored/.runtime/personal-data.key" ] || fail "a new personal-data key was generated over sealed data"
stop_portal
if grep -qi 'corrupt' "$work/restored.log" "$work/keyless.log"; then fail "H2 reported a corrupt database after the restore"; fi

# 5. Its key given back, the restored portal starts a third time and still answers every question
# acknowledged before the backup.
cp "$work/kept-apart.key" "$work/restored/.runtime/personal-data.key"
start_portal "$work/third.log" "$port" PORTAL_DATA="$work/restored" "${load_settings[@]}" \
    || fail "the portal (restored, third start) did not start"
contains "$base/health" '"status":"UP"' || fail "/health is not UP at the restored portal's third start"
awk -v t="$backup_began" '$1 < t {print $2}' "$work/acks" | while read -r code; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/questions/status/$code")" = 200 ] \
        || { echo "$smoke_name: $code is missing at the third start" >&2; exit 1; }
done || fail "questions acknowledged before the backup are missing at the restored portal's third start"
stop_portal
if grep -qi 'corrupt' "$work/third.log"; then fail "H2 reported a corrupt database at the restored portal's third start"; fi
echo "$smoke_name: backup.sh and restore.sh OK (online backup under load, key kept apart and checked, DOWN without it, three starts of the restored database)"
