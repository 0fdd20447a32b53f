#!/usr/bin/env bash
# Benchmark: linkedin-exposure against the inflate floor (`unzip -p`), on synthetic exports.
#
#   bench/run.sh                      # 10 MiB, 100 MiB and 1 GiB archives, 5 runs each
#   BENCH_RUNS=3 BENCH_SIZES="10MiB 100MiB" bench/run.sh
#
# Uses only public tools: /usr/bin/time -v, unzip, cargo, and the release binary. The
# archives come from `cargo run --release --example synth` (deterministic from the seed) and
# are kept in target/bench/ (never committed); they are made once and reused until
# examples/synth.rs changes.
#
# In one run, the three commands (unzip, the tool, the tool on one rayon thread) are
# interleaved over all archives, round after round, after one untimed warm-up round so every
# command reads from the page cache. Printed per command: median wall time, uncompressed MB/s
# (10^6 bytes), the ratio of its median to unzip's, and the peak RSS (largest of the runs).
# Then the targets.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-5}
SIZES=${BENCH_SIZES:-"10MiB 100MiB 1GiB"}
SEED=${BENCH_SEED:-42}
TARGET=${CARGO_TARGET_DIR:-target}
DIR=${BENCH_DIR:-$TARGET/bench}
TOOL=$TARGET/release/linkedin-exposure
SYNTH=$TARGET/release/examples/synth
SAMPLE=fixtures/sample-export.zip

for tool in /usr/bin/time unzip cargo; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done

mkdir -p "$DIR"
cargo build --release --quiet --bin linkedin-exposure --example synth

echo "== machine"
echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores)"
echo "memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "kernel:  $(uname -sr)"
echo "unzip:   $(unzip -v | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at start"
echo "runs:    $RUNS per command, interleaved, after one warm-up round"

ARCHIVES=()
for size in $SIZES; do
    archive=$DIR/synth-$size-seed$SEED.zip
    if [[ ! -f $archive || examples/synth.rs -nt $archive ]]; then
        echo "generating $archive"
        "$SYNTH" --uncompressed "$size" --seed "$SEED" "$archive.tmp" >/dev/null
        mv "$archive.tmp" "$archive"
    fi
    ARCHIVES+=("$archive")
done

TIMEFILE=$(mktemp)
trap 'rm -f "$TIMEFILE"' EXIT

# run LABEL ARCHIVE: one timed run; prints "wall_seconds peak_rss_kib".
run() {
    local label=$1 archive=$2 start end status=0
    start=$EPOCHREALTIME
    case $label in
        unzip) /usr/bin/time -v -o "$TIMEFILE" unzip -p "$archive" >/dev/null 2>&1 || status=$? ;;
        tool) /usr/bin/time -v -o "$TIMEFILE" "$TOOL" "$archive" --json /dev/null --no-html --quiet \
            >/dev/null 2>&1 || status=$? ;;
        tool-1t) RAYON_NUM_THREADS=1 /usr/bin/time -v -o "$TIMEFILE" "$TOOL" "$archive" \
            --json /dev/null --no-html --quiet >/dev/null 2>&1 || status=$? ;;
    esac
    end=$EPOCHREALTIME
    # unzip: 0 = fine; the tool: 0 = analysed, 1 = analysed with unreadable entries.
    if ((status > 1)) || { [[ $label == unzip ]] && ((status != 0)); }; then
        echo "bench: $label on $archive failed (exit $status)" >&2
        cat "$TIMEFILE" >&2
        exit 1
    fi
    awk -v s="$start" -v e="$end" '/Maximum resident set size/ { printf "%.6f %d\n", e - s, $NF }' "$TIMEFILE"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g | tail -1; }

declare -A WALLS RSS MEDIAN PEAK BYTES
COMMANDS=(unzip tool tool-1t)

# One round runs every command on every archive, smallest first; rounds repeat RUNS times
# after an untimed warm-up round. Interleaving the sizes too keeps a change of load on the
# shared machine from landing on one size only (it would skew the 1 GiB / 100 MiB ratio).
measure() {
    local runs=$1 archive label result
    shift
    for archive in "$@"; do
        for label in "${COMMANDS[@]}"; do run "$label" "$archive" >/dev/null; done
    done
    for ((i = 0; i < runs; i++)); do
        for archive in "$@"; do
            for label in "${COMMANDS[@]}"; do
                result=$(run "$label" "$archive")
                WALLS[$archive,$label]+="${result% *}"$'\n'
                RSS[$archive,$label]+="${result#* }"$'\n'
            done
        done
    done
    for archive in "$@"; do
        for label in "${COMMANDS[@]}"; do
            MEDIAN[$archive,$label]=$(printf '%s' "${WALLS[$archive,$label]}" | median)
            PEAK[$archive,$label]=$(printf '%s' "${RSS[$archive,$label]}" | maximum)
        done
        BYTES[$archive]=$(unzip -l "$archive" | tail -1 | awk '{ print $1 }')
    done
}

report() {
    local archive=$1 label unzip_median
    unzip_median=${MEDIAN[$archive,unzip]}
    printf '\n== %s: %s bytes uncompressed, %s bytes compressed\n' \
        "$(basename "$archive")" "${BYTES[$archive]}" "$(stat -c %s "$archive")"
    printf '%-28s %12s %10s %12s %12s\n' command "median wall" "MB/s" "vs unzip" "peak RSS"
    for label in "${COMMANDS[@]}"; do
        local name
        case $label in
            unzip) name="unzip -p > /dev/null" ;;
            tool) name="linkedin-exposure" ;;
            tool-1t) name="  RAYON_NUM_THREADS=1" ;;
        esac
        awk -v n="$name" -v w="${MEDIAN[$archive,$label]}" -v u="$unzip_median" \
            -v b="${BYTES[$archive]}" -v r="${PEAK[$archive,$label]}" 'BEGIN {
                printf "%-28s %10.3f s %10.1f %11.2fx %9.1f MB\n", n, w, b / w / 1e6, w / u, r / 1024
            }'
    done
}

measure "$RUNS" "${ARCHIVES[@]}"
measure "$((RUNS * 4))" "$SAMPLE"
for archive in "${ARCHIVES[@]}" "$SAMPLE"; do report "$archive"; done

echo
echo "== targets"
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT MET"; fi; }
all=("${ARCHIVES[@]}" "$SAMPLE")
worst_rss=0
for archive in "${all[@]}"; do
    for label in tool tool-1t; do
        if ((PEAK[$archive,$label] > worst_rss)); then worst_rss=${PEAK[$archive,$label]}; fi
    done
done
printf 'peak RSS < 100 MB at every size:        %6.1f MB   %s\n' \
    "$(awk -v r="$worst_rss" 'BEGIN { print r / 1024 }')" "$(verdict "$worst_rss / 1024 < 100")"
sample_ms=$(awk -v w="${MEDIAN[$SAMPLE,tool]}" 'BEGIN { print w * 1000 }')
printf 'sample fixture < 50 ms:                 %6.1f ms   %s\n' "$sample_ms" "$(verdict "$sample_ms < 50")"
largest=${ARCHIVES[-1]}
if [[ $largest == *1GiB* ]]; then
    ratio=$(awk -v t="${MEDIAN[$largest,tool]}" -v u="${MEDIAN[$largest,unzip]}" 'BEGIN { print t / u }')
    printf '1 GiB wall <= 1.0x unzip (aim 0.8):     %6.2fx     %s\n' "$ratio" "$(verdict "$ratio <= 1.0")"
    for archive in "${ARCHIVES[@]}"; do
        if [[ $archive == *100MiB* ]]; then
            scale=$(awk -v a="${MEDIAN[$largest,tool]}" -v b="${MEDIAN[$archive,tool]}" 'BEGIN { print a / b }')
            printf '1 GiB run <= 11x the 100 MiB run:       %6.2fx     %s\n' "$scale" "$(verdict "$scale <= 11")"
        fi
    done
fi
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at end"
