#!/usr/bin/env bash
# The upgrade of stored files, end to end: the previous release (commit ea57bc2, or PREVIOUS=<rev>)
# starts on a fresh data folder with the demo province, and a signed legal file and a question
# attachment are stored through its console and API next to the demo's media; the SHA-256 of every
# download is noted. That portal stops, this tree starts on the same folder (migration V2 moves the rows)
# and every file must come back with the same bytes and types; new uploads must still work.
#
#   bench/files-upgrade/upgrade.sh          (needs git, mvn, java, curl; a few minutes)
#
# Traffic goes to localhost only. Builds both trees with `mvn package` (never install).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_tools git mvn java javac curl sha256sum
smoke_name=files-upgrade
previous=${PREVIOUS:-ea57bc2}
work=$(mktemp -d /tmp/portal-files-upgrade.XXXXXX)
this_smoke_dir=$smoke_dir
cleanup() {
    stop_portal
    rm -rf "$work"
}
trap cleanup EXIT

git -C "$root" archive "$previous" | (mkdir -p "$work/previous" && tar -x -C "$work/previous")
# -DskipTests still compiles the tests: the helpers use the tests' HTTP client.
(cd "$root" && mvn -B -q -DskipTests package)
(cd "$work/previous" && mvn -B -q -DskipTests -Dspotless.check.skip=true package)
javac -d "$work/classes" -cp "$root/portal-web/target/test-classes:$root/portal-ejb/target/classes" \
    "$bench_dir/Seed.java" "$bench_dir/Fetch.java"
helpers="$work/classes:$root/portal-web/target/test-classes:$root/portal-ejb/target/classes"
data="$work/data"
port=$(free_port $((18000 + RANDOM % 900)) 18999)
base="http://localhost:$port"

# Every file the previous release keeps, as one line each: its address and what comes back.
downloads() {
    local photo legal_page
    photo=$(curl -sf "$base/lanh-dao/" | grep -o '/media/[0-9a-f]\{32\}/[^"?&]*' | head -n 1)
    legal_page=$(curl -sf "$base/api/v1/legal-documents?size=1" | grep -o '"url":"[^"]*"' | head -n 1 | cut -d'"' -f4)
    for path in "$photo" "$photo?w=320" $(curl -sf "$base$legal_page" | grep -o '/van-ban/tep/[0-9]*' | sort -u); do
        echo "$path $(curl -sf -o - -w '' "$base$path" | sha256sum | cut -c1-64) \
$(curl -sf -o /dev/null -w '%{content_type}' "$base$path")"
    done
    local secretary question
    secretary=$(grep '^thuky' "$data/demo-accounts.txt" | cut -f2)
    for question in $(curl -sf -u "thuky:$secretary" "$base/api/v1/qa-desk/questions?size=100" \
        | grep -o '"attachments":\[{[^]]*"id":[0-9]*' | grep -o '"id":[0-9]*$' | cut -d: -f2); do
        echo "/admin/hoi-dap/tep/$question $(java -cp "$helpers" Fetch "$base/" "$data" "/admin/hoi-dap/tep/$question" | tr '\n' ' ')"
    done
}

smoke_dir="$work/previous/server-config/smoke"
start_portal "$work/previous.log" "$port" PORTAL_DATA="$data" PORTAL_DEMO=true PORTAL_ADMIN_PASSWORD="Nang-Cap-$RANDOM-Tep-Luu"
document=$(curl -sf "$base/api/v1/legal-documents?size=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
java -cp "$helpers:$work/previous/portal-ejb/target/classes" Seed "$base/" "$data" "$document"
downloads | sort > "$work/before.txt"
stop_portal

smoke_dir=$this_smoke_dir
start_portal "$work/this.log" "$port" PORTAL_DATA="$data" PORTAL_DEMO=true
grep -o 'Files of the previous release moved to the file store: .*' "$work/this.log" || true
downloads | sort > "$work/after.txt"
java -cp "$helpers" Seed "$base/" "$data" "$document"
echo "files-upgrade: before the upgrade"; cat "$work/before.txt"
if ! diff "$work/before.txt" <(grep -F -f <(cut -d' ' -f1 "$work/before.txt") "$work/after.txt"); then
    echo "files-upgrade: FAILED, files of the previous release do not come back the same" >&2
    exit 1
fi
[ "$(wc -l < "$work/before.txt")" -ge 4 ] || { echo "files-upgrade: FAILED, too few files seen" >&2; exit 1; }
echo "files-upgrade: OK, $(wc -l < "$work/before.txt") files of $previous open unchanged; new uploads stored"
