#!/bin/bash
# Not a step of `npm run bench`: whether two builds of the command line write the same outputs, for a change
# meant to keep them (a speed change, a refactor). Runs each build on every workbook under test/fixtures and
# samples (and bench/out/ledger-100k.xlsx when the bench has made it) and compares the JSON, standard output,
# standard error and the output .xlsx byte for byte. Build each side first, e.g.
#
#   git stash; npx tsc -p tsconfig.build.json --outDir bench/out/ab/before; git stash pop
#   npx tsc -p tsconfig.build.json --outDir bench/out/ab/after
#   bash bench/compare-outputs.sh bench/out/ab/before bench/out/ab/after
set -u
A=$(realpath "$1"); B=$(realpath "$2")
cd "$(dirname "$0")/.."
out=$(mktemp -d)
mkdir -p "$out/a" "$out/b"
files=$(find test/fixtures samples -name '*.xlsx' | sort)
[ -f bench/out/ledger-100k.xlsx ] && files="$files bench/out/ledger-100k.xlsx"
n=0; differ=0
for f in $files; do
  k=$(echo "$f" | tr '/' '_')
  for side in a b; do
    build=$([ $side = a ] && echo "$A" || echo "$B")
    node "$build/cli/main.js" "$f" --out "$out/$side/$k.out.xlsx" --json "$out/$side/$k.json" > "$out/$side/$k.raw" 2> "$out/$side/$k.stderr"
    echo "exit $?" >> "$out/$side/$k.raw"
    # The output paths differ between the sides; nothing else may.
    sed "s#$out/$side/#OUT/#g" "$out/$side/$k.raw" > "$out/$side/$k.stdout"
    sed -i "s#$out/$side/#OUT/#g" "$out/$side/$k.stderr"
  done
  n=$((n + 1))
  for e in json stdout stderr out.xlsx; do
    if [ -e "$out/a/$k.$e" ] || [ -e "$out/b/$k.$e" ]; then
      cmp -s "$out/a/$k.$e" "$out/b/$k.$e" || { echo "differs: $f ($e)"; differ=$((differ + 1)); }
    fi
  done
done
echo "$n workbooks, $differ outputs differ (both sides' outputs are in $out)"
[ $differ -eq 0 ]
