#!/usr/bin/env bash
# End-to-end check of the Linux installer, as a user would meet it:
#   build the .deb (unless one is already in target/installer, or --rebuild), apt-get install it,
#   start the installed command on a virtual display, wait for its window, screenshot it
#   (assets/screenshots/installed-linux.png), close it, apt-get remove the package and check that
#   nothing is left behind (/opt/aleph-monitor, /usr/bin link, desktop entry, icons).
# Needs root (apt-get) and: xvfb, xdotool, imagemagick (import), x11-utils (xprop).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

for tool in Xvfb xdotool import xprop; do
  command -v "$tool" >/dev/null || { echo "error: $tool missing: apt-get install -y xvfb xdotool imagemagick x11-utils" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "error: run as root (apt-get install/remove)" >&2; exit 1; }

deb=$(ls -t target/installer/aleph-monitor_*.deb 2>/dev/null | head -1 || true)
if [ "${1:-}" = "--rebuild" ] || [ -z "$deb" ]; then
  echo "== building the .deb"
  ./mvnw -B -q -Ppackage package -DskipTests
  deb=$(ls -t target/installer/aleph-monitor_*.deb | head -1)
fi
echo "== installing $deb ($(du -h "$deb" | cut -f1))"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/tmp/verify-deb-apt.log 2>&1 || { cat /tmp/verify-deb-apt.log; exit 1; }

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in /opt/aleph-monitor/bin/aleph-monitor /usr/bin/aleph-monitor /usr/share/applications/aleph-monitor.desktop \
         /usr/share/icons/hicolor/48x48/apps/aleph-monitor.png /usr/share/icons/hicolor/256x256/apps/aleph-monitor.png; do
  [ -e "$f" ] || fail "$f not installed"
done
grep -q '^Categories=AudioVideo;Video;' /usr/share/applications/aleph-monitor.desktop || fail "desktop entry category"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/aleph-monitor.desktop; fi
echo "ok: command, desktop entry and icons installed"

# A private virtual display: -displayfd writes the free display number it picked.
display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -f "$display_file"
}
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$display_file")"

log=/tmp/verify-deb-app.log
start=$(date +%s%N)
# The demo, in a throw-away data folder: the main window with tasks, and the user's own data untouched.
demo_data=$(mktemp -d)
aleph-monitor --demo --data-dir "$demo_data" >"$log" 2>&1 &
app_pid=$!
window=$(timeout 60 xdotool search --sync --name "^Aleph Monitor" | head -1) || fail "no window within 60 s (log: $log)"
shown_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "ok: window $window shown after ${shown_ms} ms (xdotool polls every 0.5 s)"
echo "   WM_CLASS: $(xprop -id "$window" WM_CLASS | cut -d= -f2)"
sleep 6   # let the first poll fill the table before the screenshot
mkdir -p assets/screenshots
import -window root assets/screenshots/installed-linux.png
echo "ok: screenshot assets/screenshots/installed-linux.png"

kill -TERM "$app_pid"
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
kill -0 "$app_pid" 2>/dev/null && fail "app still running 10 s after SIGTERM"
app_pid=""
rm -rf "$demo_data"
if [ -s "$log" ]; then echo "note: the app printed at start:"; sed 's/^/   /' "$log"; else echo "ok: nothing printed on start or exit"; fi

echo "== removing the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q aleph-monitor >/tmp/verify-deb-apt.log 2>&1 || { cat /tmp/verify-deb-apt.log; exit 1; }
for f in /opt/aleph-monitor /usr/bin/aleph-monitor /usr/share/applications/aleph-monitor.desktop; do
  [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f left behind after remove"
done
left=$(find /usr/share/icons -name 'aleph-monitor*' 2>/dev/null)
[ -z "$left" ] || fail "icons left behind: $left"
dpkg-query -W -f='${Status}' aleph-monitor 2>/dev/null | grep -q "ok installed" && fail "package still installed"
echo "ok: removed cleanly (no /opt/aleph-monitor, no command, no desktop entry, no icons)"
echo "PASS"
