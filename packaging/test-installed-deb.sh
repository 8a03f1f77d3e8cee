#!/bin/sh
# Installs the .deb into a clean Debian 12 root made by mmdebstrap from
# Debian's packages alone, and there runs packaging/check-installed.sh:
#
#   packaging/test-installed-deb.sh build/waypoint_<version>_amd64.deb [SCREENSHOT.png]
#
# Needs root (mmdebstrap's root mode mounts /proc and /dev for the checks)
# and the network to deb.debian.org; downloads about 400 MB each time.
# Prints how long each part took. A screenshot path keeps the installed
# window's picture.
set -eu
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 PACKAGE.deb [SCREENSHOT.png]" >&2
  exit 2
fi
deb=$(realpath "$1")
shot=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
version=$(dpkg-deb --field "$deb" Version)
root=$(mktemp -d /tmp/waypoint-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
start=$(date +%s)

# A root with only Debian's essential packages and apt; then apt installs
# the .deb with what it Depends on and Recommends (as apt does for a user;
# mmdebstrap's own default leaves Recommends out), from the same mirror.
mmdebstrap --quiet --mode=root --variant=apt --format=directory \
  --customize-hook="copy-in '$deb' '$here/check-installed.sh' /tmp" \
  --customize-hook='chroot "$1" sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y --install-recommends /tmp/'"$(basename "$deb")"' > /tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }"' \
  --customize-hook='echo "installed in $(($(date +%s) - '"$start"')) s"' \
  --customize-hook='chroot "$1" sh /tmp/check-installed.sh '"$version" \
  ${shot:+--customize-hook="copy-out /tmp/installed.png '$(dirname "$(realpath -m "$shot")")'"} \
  bookworm "$root" http://deb.debian.org/debian
if [ -n "$shot" ]; then
  mv "$(dirname "$(realpath -m "$shot")")/installed.png" "$shot"
fi
echo "test-installed-deb: $(basename "$deb") passed in $(($(date +%s) - start)) s"
