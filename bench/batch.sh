#!/usr/bin/env bash
# End-to-end batch measurement: writes SIZE MiB of pages into DIR with bench/corpus.sh (unless DIR
# already holds pages), converts them with bin/baozhi -r -j 2 to one JSONL file (or, with
# --per-file, one JSON file per page), and prints the summary line, wall time and peak RSS.
# Put DIR on tmpfs (/dev/shm) to measure the converter rather than the disk.
# Usage: bench/batch.sh DIR [SIZE_MIB] [--per-file]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$1"
mib="${2:-1024}"
mode="${3:-}"
[[ -d "$dir" ]] || "$root/bench/corpus.sh" "$dir" "$mib"
seeds=("$root"/seeds/*.txt)
"$root/bin/baozhi" -q "${seeds[0]}" >/dev/null # build, and record the class-data archive, first
out="$(mktemp -d "$(dirname "$dir")/baozhi-batch.XXXXXX")"
trap 'rm -rf "$out"' EXIT
if [[ "$mode" == "--per-file" ]]; then
  target=(-o "$out/json")
else
  target=(--format jsonl -o "$out/all.jsonl")
fi
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KB" \
  "$root/bin/baozhi" -r -j 2 "${target[@]}" "$dir"
