#!/usr/bin/env bash
# The production build must never register or ship MSW: no worker file, no msw code in its scripts. Nor
# source maps, nor React Router's development build (a warning only that build writes is looked for).
set -euo pipefail
dist=${1:-dist}
[ -f "$dist/index.html" ] || { echo "no build in $dist"; exit 1; }
fail=0
if [ -e "$dist/mockServiceWorker.js" ]; then
  echo "FAIL: $dist/mockServiceWorker.js is shipped"
  fail=1
fi
if grep -rlE 'mockServiceWorker|msw/browser|setupWorker|Mock Service Worker' "$dist" --include='*.js' --include='*.html'; then
  echo "FAIL: the files above hold MSW code"
  fail=1
fi
if find "$dist" -name '*.map' | grep -q .; then
  echo "FAIL: source maps are shipped"
  fail=1
fi
if grep -rlF 'You rendered descendant <Routes>' "$dist" --include='*.js'; then
  echo "FAIL: the files above hold React Router's development build (see scripts/vite/react-router-production.ts)"
  fail=1
fi
[ "$fail" -eq 0 ] && echo "ok: no MSW, no source maps and no development React Router in $dist"
exit "$fail"
