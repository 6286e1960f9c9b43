#!/usr/bin/env bash
# What `make package` needs from Debian on the build machine, installed if missing: the tools
# (dpkg-deb, objdump) and the libraries the bundle's Qt plug-ins link against, which the
# .deb declares in Depends (build_deb.py finds them with ldd, so they must be present here),
# and the fonts the self-test checks. Needs root (apt-get), as CI has.
set -euo pipefail
wanted=(dpkg binutils fonts-dejavu-core libegl1 libgl1 libfontconfig1 libdbus-1-3 libcups2
    libglib2.0-0 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-xkb1)
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
