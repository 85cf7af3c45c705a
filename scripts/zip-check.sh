#!/usr/bin/env bash
# The store packages must be rebuildable by a reviewer: addons.mozilla.org asks for the sources of
# a bundled add-on and rebuilds them. This makes both packages and the sources archive
# (`npm run zip`), then, in a fresh folder holding only what the archive holds, installs with
# `npm ci` (the registry npm already uses; the npm cache is reused) and zips again: the Chrome and
# Firefox packages must come out byte for byte the same.
#   ZIP_CHECK_NODE_MODULES=DIR  reuse an installed node_modules instead of `npm ci` (local runs).
set -euo pipefail
cd "$(dirname "$0")/.."

name=$(node -p 'require("./package.json").name')
version=$(node -p 'require("./package.json").version')
sources=".output/$name-$version-sources.zip"
packages=("$name-$version-chrome.zip" "$name-$version-firefox.zip")

npm run zip

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$sources" -d "$work/src"
(
  cd "$work/src"
  if [ -n "${ZIP_CHECK_NODE_MODULES:-}" ]; then
    ln -s "$ZIP_CHECK_NODE_MODULES" node_modules
    npx wxt prepare >/dev/null
  else
    npm ci --no-audit --no-fund --prefer-offline
  fi
  npm run zip >/dev/null
)

status=0
for package in "${packages[@]}"; do
  if cmp -s ".output/$package" "$work/src/.output/$package"; then
    echo "zip-check: $package rebuilds byte for byte from $(basename "$sources") ($(wc -c <".output/$package") bytes)"
  else
    echo "zip-check: $package differs when rebuilt from $(basename "$sources"):" >&2
    diff <(unzip -lv ".output/$package") <(unzip -lv "$work/src/.output/$package") >&2 || true
    status=1
  fi
done
exit $status
