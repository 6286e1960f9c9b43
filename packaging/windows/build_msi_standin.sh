#!/usr/bin/env bash
# Check the installer definition here, without Windows: build the MSI with wixl (msitools)
# from packaging/windows/trygstart.wxs around a STAND-IN payload (a few placeholder files
# where the frozen Windows bundle would be: a Windows bundle cannot be frozen on Linux, as no
# Windows Python can be had here), then read its tables back with msiinfo and check them.
#   packaging/windows/build_msi_standin.sh OUTDIR
set -euo pipefail
out="$(realpath -m "${1:-dist}")"
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$here/../../src/screening_app/__init__.py")"
scratch="$(mktemp -d /tmp/trygstart-msi.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package-windows FAILED: $*" >&2; exit 1; }

payload="$scratch/trygstart"
mkdir -p "$payload/_internal/screening_app"
printf 'stand-in for the PyInstaller GUI program\n' >"$payload/TrygStart.exe"
printf 'stand-in for the PyInstaller console program\n' >"$payload/screening-app.exe"
printf 'stand-in for the bundle\n' >"$payload/_internal/screening_app/README.txt"

find "$payload" -type f | sort \
    | wixl-heat --var var.SourceDir -p "$payload/" --component-group Bundle \
        --directory-ref INSTALLDIR --win64 >"$scratch/bundle.wxs"
mkdir -p "$out"
msi="$out/trygstart-$version-standin.msi"
cp "$here/trygstart.ico" "$here/trygstart.wxs" "$scratch/"
sed -i "s|\$(var.SourceDir)/|trygstart/|" "$scratch/bundle.wxs"  # wixl wants relative sources
(cd "$scratch" && wixl -a x64 -D Version="$version" -D Win64=yes -D IconFile=trygstart.ico \
    -o "$msi" trygstart.wxs bundle.wxs)

# ------------------------------------------------------------------- checks
tables="$(msiinfo tables "$msi")"
for table in Property Registry Shortcut Upgrade Component Directory AppSearch RegLocator File; do
    grep -qx "$table" <<<"$tables" || fail "no $table table"
done
msiinfo export "$msi" Property >"$scratch/Property"
msiinfo export "$msi" Registry >"$scratch/Registry"
msiinfo export "$msi" Directory >"$scratch/Directory"
msiinfo export "$msi" Upgrade >"$scratch/Upgrade"
msiinfo export "$msi" Component >"$scratch/Component"
grep -q '^UpgradeCode	{6B7E2A3C-5D1F-4E8A-9C2B-7F3D1A6E4B90}' "$scratch/Property" || fail "upgrade code"
grep -q 'ProgramFiles64Folder' "$scratch/Directory" || fail "not under Program Files"
grep -q '^ALLUSERS	1' "$scratch/Property" || fail "not per machine (ALLUSERS=1)"
for pair in DATADIR:data_folder LANG:language IDLEMAX:idle_lock_max_minutes \
    SERVICESFILE:services_file BACKUPDIR:backup_folder ALLOWSELFCOMPLETE:allow_self_complete \
    ALLOWSAVEPDF:allow_save_pdf ALLOWTRAINING:allow_training SERVERHOST:server_host \
    SERVERPORT:server_port SERVERDATABASE:server_database SERVERROLE:server_role \
    SERVERCAFILE:server_ca_file SERVERCLIENTCERT:server_client_cert \
    SERVERCLIENTKEY:server_client_key; do
    property="${pair%%:*}"; key="${pair#*:}"
    grep -Pq "	SOFTWARE\\\\TrygStart	$key	\\[$property\\]	" "$scratch/Registry" \
        || fail "$property is not written to HKLM\\SOFTWARE\\TrygStart\\$key"
done
echo "$msi ($(du -k "$msi" | cut -f1) KB, stand-in payload): tables $(tr '\n' ' ' <<<"$tables")"
echo "package-windows: upgrade code, per-machine under Program Files, Start-menu shortcut and the"
echo "machine-settings properties are in the MSI (checked with msiinfo)."
