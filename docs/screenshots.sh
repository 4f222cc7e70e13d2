#!/bin/sh
# Photographs the till's main screens in a real window under Xvfb, for README.
# Needs the Debian packages xvfb, libgtk-3-0, xdotool and imagemagick.
set -e
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/docs/screenshots"
WORK="$(mktemp -d)"
export TILL_DB="$WORK/till.db"
"$ROOT/till" demo >/dev/null
"$ROOT/till" shift open --by 1470 --float 2000 >/dev/null
"$ROOT/till" sell --by 1470 --item SBT-001:2 --pay cash:1000 >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24" sh -c "
  '$ROOT/till' & sleep 9
  import -window root '$OUT/sign-in.png'
  xdotool type 1470; xdotool key Return; sleep 3
  xdotool type SBT-001; xdotool key Return; sleep 1
  xdotool type HONEY-01; xdotool key Return; sleep 2
  import -window root '$OUT/counter.png'
  xdotool key F9; sleep 1; xdotool type 2000; xdotool key Return; sleep 2
  import -window root '$OUT/paid.png'
  kill \$!"
rm -rf "$WORK"
echo "Screenshots in $OUT"
