#!/usr/bin/env bash
# Refresh the web app's vendored front-end files from the npm registry.
#
# Why vendored: the web app must work with nothing fetched at run time, and installing
# casereview must not need node. Developers run this script (node 20 + npm) when a new
# release is wanted, review the diff and commit it. Pinned versions below.
#
# - govuk-frontend: compiled from its Sass with Arial, because the GDS Transport typeface and
#   the crown are reserved for GOV.UK services and a safeguarding partnership is not one; its
#   JavaScript bundle as shipped.
# - htmx.org: htmx 2 (stable API; htmx 4 changes attribute inheritance and events).
# - axe-core: used only by the browser tests (tests/e2e/vendor/).
set -euo pipefail

GOVUK_FRONTEND=6.6.0
HTMX=2.0.11
AXE_CORE=4.14.1
SASS=1.108.2

root="$(cd "$(dirname "$0")/.." && pwd)"
static="$root/src/casereview/web/static/vendor"
axe_dir="$root/tests/e2e/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-save --no-audit --no-fund --ignore-scripts \
  "govuk-frontend@$GOVUK_FRONTEND" "htmx.org@$HTMX" "axe-core@$AXE_CORE" "sass@$SASS" >/dev/null

cat > entry.scss <<'SCSS'
@use "govuk-frontend/dist/govuk" with (
  $govuk-font-family: (arial, sans-serif),
  $govuk-assets-path: "/static/vendor/govuk/assets/"
);
SCSS
rm -rf "$static/govuk" "$static/htmx"
mkdir -p "$static/govuk" "$static/htmx" "$axe_dir"
npx sass --style=compressed --no-source-map --quiet --load-path=node_modules \
  entry.scss "$static/govuk/govuk-frontend.min.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$static/govuk/"
cp node_modules/govuk-frontend/README.md "$static/govuk/README.md"
cp node_modules/htmx.org/dist/htmx.min.js "$static/htmx/"
cp node_modules/htmx.org/LICENSE "$static/htmx/LICENSE.txt"  # .txt: shipped as package data
cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE "$axe_dir/"

cat > "$static/LICENCES.md" <<MD
# Vendored front-end files

Updated by \`scripts/update-web-assets.sh\` from the npm registry. Do not edit by hand.

| package | version | licence | files |
| --- | --- | --- | --- |
| govuk-frontend | $GOVUK_FRONTEND | MIT, Crown copyright (see govuk/README.md, "Licence") | govuk/govuk-frontend.min.css (compiled with Arial, no GDS Transport, no crown), govuk/govuk-frontend.min.js |
| htmx.org | $HTMX | Zero-Clause BSD (htmx/LICENSE.txt) | htmx/htmx.min.js |
| axe-core (tests only) | $AXE_CORE | MPL-2.0 (tests/e2e/vendor/LICENSE) | tests/e2e/vendor/axe.min.js |
MD
echo "Updated govuk-frontend $GOVUK_FRONTEND, htmx.org $HTMX, axe-core $AXE_CORE"
