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
