#!/bin/sh
# Runs every fuzz target for SECONDS (default 600), two at a time, and prints each
# target's executions and outcome. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a
# nightly compiler, or RUSTC_BOOTSTRAP=1 on a stable one.
set -u
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O || exit 1
mkdir -p logs
run() {
    mkdir -p "corpus/$1"
    cargo fuzz run "$1" -O -- -max_total_time="$SECONDS_EACH" -print_final_stats=1 >"logs/$1.log" 2>&1
    status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$1.log" | grep -o '[0-9]*$')
    echo "$1: exit $status, ${execs:-?} executions, corpus $(ls "corpus/$1" | wc -l) inputs"
}
set -- csv_records import_practices import_people import_skills import_attendance parse_dates parse_periods parse_money parse_rules
while [ $# -gt 0 ]; do
    run "$1" &
    [ $# -gt 1 ] && run "$2" &
    wait
    shift; [ $# -gt 0 ] && shift
done
