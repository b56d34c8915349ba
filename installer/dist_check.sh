#!/bin/sh
# `make dist-check`: run the frozen Kindred the way a family's computer would.
# 1. --version of both programs; 2. --self-check (a throwaway encrypted diary, an
# entry written and read back, a one-page report); 3. a start of the real window
# (the demo family, under QT_QPA_PLATFORM=offscreen) that quits once it is shown,
# saving a picture of it to dist/smoke-window.png. Nothing touches a real diary:
# KINDRED_HOME points at an empty temporary folder.
set -eu
bundle=${1:-dist/kindred}
expected=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export KINDRED_HOME="$home/diary" QT_QPA_PLATFORM=offscreen

echo "== version"
test "$("$bundle/kindred" --version)" = "Kindred $expected"
test "$("$bundle/kindred-cli" --version)" = "Kindred $expected"
echo "Kindred $expected (app and command line)"

echo "== self-check"
"$bundle/kindred" --self-check

echo "== start: the main window"
KINDRED_SMOKE_SHOT=dist/smoke-window.png timeout 120 "$bundle/kindred" --demo --smoke-exit \
    2>"$home/start.log" || { cat "$home/start.log"; exit 1; }
grep -q "main window shown" "$home/start.log"
test -s dist/smoke-window.png
test ! -e "$KINDRED_HOME/kindred.db"  # the demo never wrote a real diary
echo "main window shown (picture: dist/smoke-window.png)"
echo "== dist-check passed"
