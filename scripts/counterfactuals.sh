#!/usr/bin/env bash
# Re-measures the counterfactual and frontier campaigns (docs/counterfactuals.md) and rewrites the
# tables between the "measured" markers of that file. Run it from anywhere; it builds Steppe if the
# sources changed. The RUNS (default 10) seeds derived from base seed 1 (steppe compare lists them) are
# matched across campaigns; results do not depend on the number of threads (STEPPE_THREADS, default: all
# cores).
#
#   scripts/counterfactuals.sh            # 10 runs
#   RUNS=20 scripts/counterfactuals.sh    # 20 runs
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-10}"
THREADS=()
if [[ -n "${STEPPE_THREADS:-}" ]]; then
  THREADS=(--threads "$STEPPE_THREADS")
fi
DOC="$ROOT/docs/counterfactuals.md"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$ROOT/steppe" compare kazakhstan-2017 kz-no-china-ban kz-hub-loophole-closed-2018 kz-legal-exchanges-2019 \
    interruptible-miners --runs "$RUNS" --seed 1 ${THREADS[@]+"${THREADS[@]}"} --markdown "$TMP/kazakhstan.md" >/dev/null
"$ROOT/steppe" compare ru-irkutsk-frontier "$ROOT/scripts/scenarios/irkutsk-without-china-ban.yaml" \
    "$ROOT/scripts/scenarios/irkutsk-without-kazakh-exodus.yaml" --runs "$RUNS" --seed 1 ${THREADS[@]+"${THREADS[@]}"} \
    --markdown "$TMP/frontier.md" >/dev/null

COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
{
  echo "Measured on commit $COMMIT with \`scripts/counterfactuals.sh\` (RUNS=$RUNS)."
  echo
  echo "**Kazakhstan: history and counterfactuals**"
  echo
  cat "$TMP/kazakhstan.md"
  echo
  echo "**Frontier: Irkutsk, and Irkutsk without each push**"
  echo
  cat "$TMP/frontier.md"
} > "$TMP/measured.md"

awk -v file="$TMP/measured.md" '
  /<!-- measured:begin -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
  /<!-- measured:end -->/ { skip = 0 }
  !skip { print }
' "$DOC" > "$TMP/doc.md"
grep -q '<!-- measured:end -->' "$TMP/doc.md" || { echo "counterfactuals.sh: markers missing in $DOC" >&2; exit 1; }
mv "$TMP/doc.md" "$DOC"
echo "counterfactuals.sh: updated $DOC" >&2
