#!/usr/bin/env bash
# Writes .cargo/engage.order: the functions that the demo commands run, which the
# linker then lays side by side at the front of the program (see README, Performance).
# Rerun it after large changes; a stale list only places fewer functions. Needs valgrind.
# Only the demo commands the benchmark times are listed: adding the imports and other
# reports to the list made those commands 1% slower and the import no faster. The names
# are the release build's; `cargo bench` builds engage with the dev-dependencies'
# features on too, which renames some of clap's and comfy-table's functions, and
# listing those names as well measured the same.
set -euo pipefail
cd "$(dirname "$0")/.."
target=target/order
CARGO_PROFILE_RELEASE_STRIP=none cargo build --release --bin engage --target-dir "$target"
bin=$(ls "$target"/*/release/engage)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ENGAGE_TODAY=2027-01-15 NO_COLOR=1
"$bin" demo --db "$work/demo.db" >/dev/null 2>&1
n=0
while read -r args; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # each line is a command's words
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/cg.$n" "$bin" $args >/dev/null 2>&1
done <<EOF
--db $work/demo.db report engagement
--db $work/demo.db practice show Z90101
--db $work/demo.db meeting show 59
--db $work/demo.db practice list
--db $work/demo.db session export --month 2026-12
--db $work/demo.db report localities
--db $work/demo.db person list
--db $work/demo.db meeting list
--version
EOF
# Every named function, once, in the order the runs above first list them.
for n in $(seq 1 "$n"); do
    sed -nE "s/^c?fn=\([0-9]+\) //p" "$work/cg.$n" | sed -E "s/'[0-9]+$//"
done | grep -v -e '^0x' -e '^$' | awk '!seen[$0]++' >.cargo/engage.order
# Cargo does not see the list as an input: make the next build link again.
touch src/main.rs
echo "$(wc -l <.cargo/engage.order) functions in .cargo/engage.order"
