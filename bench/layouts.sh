#!/usr/bin/env bash
# The parser on the layout generator's pages (issue #11): writes N pages of every layout variant
# (default 20; pages 0 to N-1, the same on every run) with their truth into OUT, parses them with
# the CLI jar, scores each variant with shared/tools/score.py and prints the markdown table of
# README "Layouts the parser is measured on". Builds the CLI and the generator (cli's test
# classes) first unless SKIP_BUILD=1 (add MAVEN_ARGS=-o to build offline).
# Usage: bench/layouts.sh [OUT] [N] [VARIANT...]      (OUT default target/layouts; N may be
# FIRST-LAST for pages FIRST to LAST, pages not measured before)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/layouts}"
n="${2:-20}"
shift $(( $# > 2 ? 2 : $# ))
score="${SCORE:-$root/../shared/tools/score.py}"
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -Dstyle.color=never -pl cli -am -Dinvoker.skip -DskipTests package >&2
fi
rm -rf "$out"
java -cp cli/target/test-classes:cli/target/baozhi.jar io.github.baozhi.layouts.LayoutPages \
  testdata/layouts/articles.json "$out" "$n" "$@"
for dir in "$out"/*/; do
  mkdir -p "$dir/out"
  java -jar cli/target/baozhi.jar -q -o "$dir/out" "$dir"/txt/*.txt
  python3 "$score" "$dir/truth" "$dir/out" "$dir/txt" > "$dir/score.txt"
done
python3 - "$score" "$out" "$n" <<'PY'
# The table's figures are score.py's own (its score_page and f1 on the same files), printed to
# three places where score.py prints two; its quality line is checked against them.
import importlib.util, json, os, re, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
out, n = sys.argv[2], sys.argv[3]
variants = open(os.path.join(out, "variants.txt"), encoding="utf-8").read().split()
print("| Variant | Pages | Quality | art_f1 | body | para_f1 | head | date | by | lost |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for v in variants:
    d = os.path.join(out, v)
    total = score.collections.Counter()
    pages = 0
    for fn in sorted(os.listdir(os.path.join(d, "truth"))):
        truth = json.load(open(os.path.join(d, "truth", fn), encoding="utf-8"))
        pred = json.load(open(os.path.join(d, "out", fn), encoding="utf-8"))
        raw = open(os.path.join(d, "txt", fn[:-5] + ".txt"), encoding="utf-8").read()
        # the hyphen ending a line where a Latin word is split is the typesetter's, not the text's
        raw = re.sub(r"-\n", "\n", raw)
        total.update(score.score_page(truth, pred, raw))
        pages += 1
    t = total["truth"] or 1
    art = score.f1(total["matched"], total["pred"] - total["matched"], total["truth"] - total["matched"])
    para = score.f1(total["para_tp"], total["para_fp"], total["para_fn"])
    parts = [art, total["body_exact"] / t, para, total["headline_ok"] / t,
             total["dateline_ok"] / t, total["byline_ok"] / t]
    q = sum(parts) / 6
    printed = open(os.path.join(d, "score.txt"), encoding="utf-8").read().split("quality=")[1][:5]
    assert printed == f"{q:.3f}", (v, printed, q)
    print(f"| {v} | {pages} | {q:.3f} | " + " | ".join(f"{x:.3f}" for x in parts)
          + f" | {total['chars_lost']} |")
PY
