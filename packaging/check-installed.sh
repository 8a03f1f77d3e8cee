#!/bin/sh
# Runs inside a Debian 12 root where only the .deb (with what apt pulled in
# for it) was installed: no build folder, no source tree. Checks that the
# installed waypoint runs, finds its translations and its web assets, and
# renders its window. Called by packaging/test-installed-deb.sh.
set -eu
fail() { echo "check-installed: $*" >&2; exit 1; }

version=$1
[ ! -e /work ] || fail "the build machine's /work is visible here"
export HOME=/tmp/waypoint-home LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX=1 # as root, in a chroot
mkdir -p "$HOME"
journal=/tmp/installed.waypoint

said=$(waypoint --version)
[ "$said" = "waypoint $version" ] || fail "--version said '$said', not 'waypoint $version'"
echo "ok: $said"

id=$(waypoint --journal "$journal" add --date 2026-12-03 --tag 读书 \
  "今天读《编译原理》- 进度 120/500，语法分析一章读完了")
waypoint --journal "$journal" search 语法分析 --json > /tmp/found.json
grep -q "\"id\": \"$id\"" /tmp/found.json || fail "search for 语法分析 did not find $id: $(cat /tmp/found.json)"
echo "ok: add and search in Chinese ($id)"

# The messages in Chinese come from the translations compiled into the binary.
if waypoint --lang zh_CN --journal "$journal" show zzzz 2>/tmp/zh.txt; then
  fail "show of a wrong id succeeded"
fi
grep -q "请给出完整 ID" /tmp/zh.txt || fail "no Chinese message: $(cat /tmp/zh.txt)"
echo "ok: $(cat /tmp/zh.txt)"

# Recommended, and needed for the Chinese in the window and the PDFs.
fc-list :lang=zh family | grep -q . || fail "no Chinese font was installed"
echo "ok: a Chinese font: $(fc-list :lang=zh family | head -1)"

# The window, offscreen, with the preview of the entry: the preview page and
# its scripts come from the binary's resources, or the screenshot times out.
waypoint --journal "$journal" --entry "$id" --screenshot /tmp/installed.png
size=$(wc -c < /tmp/installed.png)
[ "$size" -gt 20000 ] || fail "the screenshot is $size bytes"
echo "ok: screenshot of $size bytes"

# Desktop integration, where the desktop looks for it.
for file in /usr/share/applications/io.github.waypointjournal.Waypoint.desktop \
            /usr/share/metainfo/io.github.waypointjournal.Waypoint.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.waypointjournal.Waypoint.svg \
            /usr/share/icons/hicolor/48x48/apps/io.github.waypointjournal.Waypoint.png \
            /usr/share/icons/hicolor/256x256/apps/io.github.waypointjournal.Waypoint.png \
            /usr/share/mime/packages/io.github.waypointjournal.Waypoint.xml \
            /usr/share/man/man1/waypoint.1.gz /usr/share/doc/waypoint/copyright; do
  [ -s "$file" ] || fail "$file is missing"
done
grep -q "<release version=\"$version\"" /usr/share/metainfo/io.github.waypointjournal.Waypoint.metainfo.xml \
  || fail "the metainfo's newest release is not $version"
echo "ok: desktop entry, metainfo ($version), icon, MIME type, manual page, copyright"
