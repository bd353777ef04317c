#!/usr/bin/env bash
# Dumps the acceptance rows of the engine as it stood at an older commit (e.g. the commit that added an examiner
# batch, when the engine met that batch for the first time), using today's analysis code, so that acceptance rules
# can be judged on first-seen errors rather than on batches later tuned against:
#   scripts/acceptance-first-seen.sh <commit> <out.jsonl>
#   npm run eval -- --acceptance-from <out.jsonl>
# The older tree is exported (git archive, no checkout) under a temporary directory and compiled there.
set -euo pipefail
commit=$1; out=$(realpath -m "$2")
root=$(git rev-parse --show-toplevel)
dir=$(mktemp -d "${TMPDIR:-/tmp}/acceptance-$commit-XXXX")
git -C "$root" archive "$commit" | tar -x -C "$dir"
ln -s "$(realpath "$root/node_modules")" "$dir/node_modules"
cp "$root/src/engine/coding/acceptance.ts" "$dir/src/engine/coding/"
cp "$root"/src/eval/codeAcceptance*.ts "$dir/src/eval/"
(cd "$dir" && npx tsc -p tsconfig.build.json)
cat > "$dir/first-seen.js" <<'JS'
const { ClinicalEngine } = require('./dist/src/engine/engine');
const { readTrapSuite } = require('./dist/src/eval/icdTraps');
const acc = require('./dist/src/eval/codeAcceptance');
const engine = new ClinicalEngine();
const dump = { rows: [], notes: [] };
for (const n of acc.readTrapBatches('test/fixtures/icd-traps', readTrapSuite)) {
  const coded = acc.codeTrapNote(engine, n, true);
  dump.rows.push(...coded.rows);
  dump.notes.push({ batch: n.batch, id: n.id, gold: n.gold.length, tp: coded.rows.filter((r) => r.label === 'gold').length });
}
acc.writeDump(process.argv[2], dump);
JS
(cd "$dir" && node first-seen.js "$out")
rm -rf "$dir"
echo "rows of $commit in $out"
