#!/usr/bin/env bash
# The time to group 10,000 comments into campaigns (see GroupingBench.java). A plain main, not a
# timed unit test: it runs the portal's own CampaignGrouping from portal-ejb/target/classes.
#   bench/consultation-grouping/bench.sh [comments] [threshold]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
classes="$root/portal-ejb/target/classes"
if [ ! -f "$classes/vn/egov/portal/consultation/control/CampaignGrouping.class" ]; then
    (cd "$root" && mvn -B -q -o -pl portal-ejb compile)
fi
exec java -cp "$classes" "$here/GroupingBench.java" "$@"
