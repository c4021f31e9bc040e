#!/bin/sh
# Nightly rebuild: builds the site for today into a new release folder and switches the served dist/ to it
# in one atomic step, so a fact that expires today shows its "may have changed" notice today. A failed
# build changes nothing: the last good site stays up, and the script exits non-zero with the reason on
# stderr (cron mails it; systemd keeps it in the journal) and in the run's log file.
#
#   SITE_ROOT  the checkout with node_modules (default /srv/mensenhandel); nginx serves $SITE_ROOT/dist,
#              which this script keeps as a symbolic link to $SITE_ROOT/releases/<time>.
#   SITE_URL   the public address, passed to the build as it is.
#   KEEP       how many releases to keep (default 3), so the previous site can be put back by hand.
# SITE_TODAY is always unset: the build judges the facts on the real day (docs/deploying.md).
set -eu

SITE_ROOT=${SITE_ROOT:-/srv/mensenhandel}
KEEP=${KEEP:-3}
RELEASES="$SITE_ROOT/releases"
LOGS="$SITE_ROOT/logs"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOG="$LOGS/rebuild-$STAMP.log"
mkdir -p "$RELEASES" "$LOGS"

fail() {
  echo "rebuild: FAILED: $1" >&2
  echo "rebuild: the site was not changed; nginx still serves $(readlink "$SITE_ROOT/dist" 2>/dev/null || echo "$SITE_ROOT/dist")" >&2
  echo "rebuild: log: $LOG" >&2
  if [ -f "$LOG" ]; then
    echo "rebuild: last lines of the log:" >&2
    tail -n 20 "$LOG" >&2
  fi
  exit 1
}

# One rebuild at a time (the timer and a person may start one together).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$SITE_ROOT/.rebuild.lock"
  flock -n 9 || fail "another rebuild is running (lock $SITE_ROOT/.rebuild.lock)"
fi

# Build in a fresh copy of the code, never in the served folder.
WORK=$(mktemp -d "$RELEASES/.build-$STAMP-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for entry in site _data _includes scripts eleventy.config.js package.json tsconfig.json; do
  cp -R "$SITE_ROOT/$entry" "$WORK/$entry" || fail "cannot copy $SITE_ROOT/$entry"
done
ln -s "$SITE_ROOT/node_modules" "$WORK/node_modules"

echo "rebuild: building $SITE_ROOT for $(date -u +%Y-%m-%d) in $WORK" >"$LOG"
status=0
(cd "$WORK" && env -u SITE_TODAY npm run build) >>"$LOG" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "npm run build exited with $status"
[ -f "$WORK/dist/index.html" ] || fail "the build wrote no dist/index.html"

# The new release, then the switch: rename(2) of a symbolic link over the old one is atomic.
mv "$WORK/dist" "$RELEASES/$STAMP"
if [ -d "$SITE_ROOT/dist" ] && [ ! -L "$SITE_ROOT/dist" ]; then
  # First run only: dist/ is still a plain folder; keep it as a release and serve through the link from now on.
  mv "$SITE_ROOT/dist" "$RELEASES/first-$STAMP"
fi
ln -s "releases/$STAMP" "$SITE_ROOT/dist.next"
mv -T "$SITE_ROOT/dist.next" "$SITE_ROOT/dist"
echo "rebuild: now serving releases/$STAMP" >>"$LOG"

# nginx's includes are written by the build; if the code changed them, copy them in (reload nginx to apply).
for conf in nginx-security-headers.conf nginx-cache-map.conf; do
  if ! cmp -s "$WORK/scripts/deploy/$conf" "$SITE_ROOT/scripts/deploy/$conf"; then
    cp "$WORK/scripts/deploy/$conf" "$SITE_ROOT/scripts/deploy/$conf"
    echo "rebuild: scripts/deploy/$conf changed: reload nginx to apply it" | tee -a "$LOG" >&2
  fi
done

# Old releases and logs: keep the newest $KEEP releases (by time, never the one being served) and 30 logs.
serving=$(readlink "$SITE_ROOT/dist")
ls -1dt "$RELEASES"/*/ 2>/dev/null | sed 's:/$::' | tail -n +"$((KEEP + 1))" | while read -r old; do
  [ "releases/$(basename "$old")" = "$serving" ] || rm -rf "$old"
done
ls -1 "$LOGS"/rebuild-*.log | sort -r | tail -n +31 | while read -r old; do rm -f "$old"; done
echo "rebuild: ok, serving releases/$STAMP"
