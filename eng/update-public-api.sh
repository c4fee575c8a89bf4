#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every shipped library from its current public surface, so a change to
# the surface shows up as a diff in review. Run after changing public API; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
# With arguments, only the named projects; without, every project under src/.
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(src/*/*.csproj)
for project in "${projects[@]}"; do
  dir=$(dirname "$project")
  shipped="$dir/PublicAPI.Shipped.txt"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  [ -f "$shipped" ] || echo '#nullable enable' > "$shipped"
  echo '#nullable enable' > "$unshipped"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity warn --verbosity quiet || true
  # Keep a stable order so diffs show only real changes.
  { head -n 1 "$unshipped"; tail -n +2 "$unshipped" | LC_ALL=C sort -u; } > "$unshipped.tmp" && mv "$unshipped.tmp" "$unshipped"
done
