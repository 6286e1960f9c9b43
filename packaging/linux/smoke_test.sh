#!/usr/bin/env bash
# The .deb as a clinic machine would get it, without installing it on this machine:
# unpack it into a temporary root (dpkg-deb -x), check what it holds, then run the bundled
# `screening-app selftest` from there with a clean environment (no source tree on any path,
# no virtualenv, HOME/XDG/TMPDIR pointed at empty temporary folders, the shipped machine
# settings file) and check that it passed and wrote nothing anywhere. Then the figures:
# sizes, the self-test's time, and the time to a login that accepts input, bundle against
# the virtualenv in the same run.
#   packaging/linux/smoke_test.sh dist/trygstart_<version>_amd64.deb
set -euo pipefail
deb="$(realpath "$1")"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(mktemp -d /tmp/trygstart-smoke.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$root"
dpkg-deb -I "$deb" control >"$scratch/control"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles >"$scratch/conffiles"

# ---------------------------------------------------------------- what it holds
app="$root/opt/trygstart/screening-app"
[ -x "$app" ] || fail "no /opt/trygstart/screening-app"
[ "$(readlink "$root/usr/bin/screening-app")" = /opt/trygstart/screening-app ] || fail "no screening-app on PATH"
[ -f "$root/usr/share/applications/trygstart.desktop" ] || fail "no desktop entry"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/trygstart.svg" ] || fail "no icon"
[ -f "$root/etc/trygstart/trygstart.toml" ] || fail "no machine settings file"
grep -qx /etc/trygstart/trygstart.toml "$scratch/conffiles" || fail "the settings file is not a conffile"
grep -q '^Depends: .*libxcb-cursor0' "$scratch/control" || fail "Depends lacks the xcb libraries"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/trygstart.desktop"
fi
if dpkg-deb -I "$deb" | grep -Eq ' (preinst|postinst|prerm|postrm)$'; then
    fail "maintainer scripts: installing or removing must never touch a data folder"
fi
allowed='^\./($|opt/$|opt/trygstart/|usr/$|usr/bin/$|usr/bin/screening-app$|usr/share/$|usr/share/(applications|icons|doc)/|etc/$|etc/trygstart/)'
outside="$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -Ev "$allowed" || true)"
[ -z "$outside" ] || fail "files outside /opt/trygstart, /usr/bin, /usr/share and /etc/trygstart: $outside"

# ------------------------------------------------------------- the self-test
home="$scratch/home"; temp="$scratch/tmp"; work="$scratch/work"
mkdir -p "$home" "$temp" "$work"
clean_env=(env -i PATH=/usr/bin:/bin HOME="$home" TMPDIR="$temp" LANG=C.UTF-8
    XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share"
    XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$temp/runtime"
    TRYGSTART_MACHINE_CONFIG="$root/etc/trygstart/trygstart.toml")
mkdir -m 700 "$temp/runtime"
cd "$work"
"${clean_env[@]}" "$app" --version | tee "$scratch/version"
grep -Eq '^TrygStart [0-9.]+ \(database schema [0-9]+\)$' "$scratch/version" || fail "--version"
start=$(date +%s%N)
set +e
"${clean_env[@]}" "$app" selftest | tee "$scratch/selftest"
code=${PIPESTATUS[0]}
set -e
selftest_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$code" = 0 ] || fail "the bundled selftest exited $code"
grep -q 'installed bundle' "$scratch/selftest" || fail "the selftest did not run from the bundle"
grep -q "instruments: .*$root/opt/trygstart" "$scratch/selftest" || fail "instruments not read from the bundle"
rmdir "$temp/runtime"
written="$(find "$home" "$temp" "$work" -mindepth 1)"
[ -z "$written" ] || fail "the selftest wrote: $written"
echo "smoke test: the bundled selftest passed from the unpacked .deb and wrote nothing."

# ------------------------------------------------------------------- figures
bundle_mb=$(du -sm "$root/opt/trygstart" | cut -f1)
deb_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "figures: bundle ${bundle_mb} MB unpacked, .deb ${deb_mb} MB (zstd), selftest ${selftest_ms} ms"
if [ -x "$repo/.venv/bin/python" ]; then
    "$repo/.venv/bin/python" "$repo/packaging/startup_compare.py" --bundle "$app" \
        --venv "$repo/.venv/bin/screening-app" --scratch "$scratch/startup"
fi
