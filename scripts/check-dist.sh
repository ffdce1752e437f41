#!/usr/bin/env bash
# The production build must never register or ship MSW: no worker file, no msw code in its scripts.
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
[ "$fail" -eq 0 ] && echo "ok: no MSW and no source maps in $dist"
exit "$fail"
