#!/usr/bin/env bash
# Rebuild the vendored Swagger UI assets from the npm package pinned in package.json.
# Run by hand when upgrading; the copied files are committed, so serving needs no npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts >/dev/null)
dist="$work/node_modules/swagger-ui-dist"
cp "$dist/swagger-ui-bundle.js" "$dist/swagger-ui.css" "$here/"
cp "$dist/LICENSE" "$here/swagger-ui.LICENSE"
echo "swagger-ui-dist $(node -p "require('$dist/package.json').version") copied to $here"
