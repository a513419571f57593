#!/usr/bin/env bash
# Release notes for TAG from the Conventional Commits since the previous v*.*.* tag (or the
# first commit), grouped by type; breaking changes (`type!:` or a `BREAKING CHANGE:` footer)
# listed again on their own. Used by .github/workflows/release.yml; tested by
# test/release-notes.test.ts against a real repository.
# Usage: scripts/release-notes.sh v1.2.3 > notes.md
set -euo pipefail
TAG="${1:?usage: release-notes.sh <tag>}"
git rev-parse --verify --quiet "refs/tags/${TAG}" >/dev/null || {
  echo "release-notes.sh: no tag '${TAG}' in this repository" >&2
  exit 1
}
previous="$(git describe --tags --abbrev=0 --match 'v*.*.*' "${TAG}^" 2>/dev/null || true)"
range="${previous:+${previous}..}${TAG}"
echo "## ${TAG}"
for kind in feat fix perf refactor docs build test chore; do
  lines="$(git log --no-merges --format='%s (%h)' "$range" | grep -E "^${kind}(\([^)]*\))?!?: " || true)"
  if [ -n "$lines" ]; then
    echo
    echo "### ${kind}"
    echo "$lines" | sed 's/^/- /'
  fi
done
breaking="$(
  {
    git log --no-merges --format='%s (%h)' "$range" | grep -E '^[a-z]+(\([^)]*\))?!: ' || true
    git log --no-merges --format='%s (%h)' -E --grep='^BREAKING[ -]CHANGE: ' "$range"
  } | awk '!seen[$0]++'
)"
if [ -n "$breaking" ]; then
  echo
  echo "### BREAKING CHANGES"
  echo "$breaking" | sed 's/^/- /'
fi
echo
echo "Since ${previous:-the first commit}."
