# shellcheck shell=bash
# Shared start of the benchmarks in bench/<name>/: the repository root, the smoke tests' helpers
# (free ports, starting run.sh, waiting for the portal) and a check for the tools a run needs.
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"; need_tools wrk curl
bench_dir=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
smoke_dir="$root/server-config/smoke"
smoke_name=bench
# shellcheck source=../server-config/smoke/lib.sh
. "$smoke_dir/lib.sh"

need_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install $tool)" >&2; exit 1; }
    done
}

# The submission benches (qa-submit, consultation-comments, eservice) post bodies that each carry a
# solved single-use challenge, prepared before the run by shared/SolvedBodies.java from a template.
# They set port, threads, connections and duration first.

# prepare_bodies <challenge path> <template> <count> <out>
prepare_bodies() {
    [ -d "$root/portal-ejb/target/classes/vn/egov/portal/guard" ] || (cd "$root" && mvn -B -q -DskipTests package)
    java -cp "$root/portal-ejb/target/classes" "$root/bench/shared/SolvedBodies.java" \
        "http://127.0.0.1:$port" "$1" "$2" "$3" "$4"
}

# report <label> <wrk output>: one line of rate and latency, then the answers by status.
report() {
    local name=$1 out=$2
    printf '%-52s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$(sed -n 's/^Requests\/sec: *//p' <<< "$out")" \
        "$(awk '$1=="50%" {print $2}' <<< "$out")" "$(awk '$1=="99%" {print $2}' <<< "$out")"
    grep '^status' <<< "$out" | sed 's/^/    /' || true
}

# post_bodies <label> <path> <bodies file> [wrk duration]: wrk posts the prepared bodies to the path.
post_bodies() {
    report "$1" "$(wrk -t"$threads" -c"$connections" -d"${4:-$duration}" --latency -s "$root/bench/shared/requests.lua" \
        "http://127.0.0.1:$port" -- "$3" "$threads" "$2")"
}
