#!/bin/sh
# Installs what building, running and testing Waypoint needs on Debian 12
# (bookworm). Used by the README's Quick start and by .ci/run, so the two
# never disagree. Runs apt-get through sudo when not already root.
set -eu

packages="
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-webengine-dev qt6-webchannel-dev qt6-charts-dev libqpdf-dev libcsv-dev libqt6sql6-sqlite libqt6svg6 libgl-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev libsqlite3-dev
  libyaml-cpp-dev libtomlplusplus-dev libuchardet-dev libgit2-dev hugo jekyll
  fonts-noto-cjk fonts-noto-color-emoji poppler-utils
  appstream desktop-file-utils libxml2-utils
  dpkg-dev lintian mmdebstrap
  xvfb xdotool
  clang libclang-rt-14-dev util-linux
"

as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"

missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
done
# The preview's web libraries (KaTeX, highlight.js, mermaid, ...) come from
# npm at configure time. A Node.js installed outside Debian usually brings its
# own npm, which Debian's package would conflict with: only add it when absent.
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -z "$missing" ]; then
  echo "All build and test dependencies are installed."
  exit 0
fi
echo "Installing:$missing"
$as_root apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $missing
