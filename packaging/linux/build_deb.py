"""Build the Debian package from the PyInstaller bundle (``make package`` runs it).

    python3 packaging/linux/build_deb.py dist/trygstart dist/ --version 0.1.0

What the package holds:
- ``/opt/trygstart/``: the bundle (nothing else is ever written there);
- ``/usr/bin/screening-app``: a link to the bundle's program (the GUI and every command);
- ``/usr/share/applications/trygstart.desktop`` and the icon (hicolor, scalable);
- ``/etc/trygstart/trygstart.toml``: the machine settings, a conffile (dpkg keeps IT's edits
  over upgrades and asks before replacing them);
- ``/usr/share/doc/trygstart/copyright``.

No maintainer scripts: installing, upgrading and removing never touch a data folder (the
clinic's database lives where the machine settings or the user's profile say, never under
``/opt`` or ``/etc``).

``Depends`` is found, not typed: every library that an ELF file of the bundle names (NEEDED)
and the bundle does not carry is looked up with ``ldd`` and mapped to its Debian package with
``dpkg-query -S``; libc6 gets the newest GLIBC symbol version any file asks for (objdump). A
library that cannot be found on the build machine stops the build.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "trygstart"
# Fonts the screens need for Danish and Arabic (the self-test checks them).
EXTRA_DEPENDS = ("fonts-dejavu-core",)
DESKTOP = """\
[Desktop Entry]
Type=Application
Name=TrygStart
GenericName=Consultation support
GenericName[da]=Konsultationsstøtte
Comment=Support for midwives and health visitors
Comment[da]=Støtte til jordemødre og sundhedsplejersker
Exec=/usr/bin/screening-app
Icon=trygstart
Terminal=false
Categories=Office;MedicalSoftware;
StartupNotify=true
"""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: TrygStart
Comment: The bundle carries CPython, Qt (PySide6, LGPLv3), SQLCipher, reportlab and the other
 Python packages TrygStart depends on, each under its own licence; DejaVu fonts under their
 licence (/opt/trygstart/_internal/screening_app/_data/resources/fonts/LICENSE-DejaVu.txt).
"""
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")
_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.MULTILINE)
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def system_libraries(bundle: Path, files: list[Path]) -> tuple[set[str], list[str]]:
    """(the libraries the bundle's files name directly (NEEDED) and the system provides,
    problems: libraries not found at all). Indirect ones are their packages' business."""
    outside: set[str] = set()
    missing: list[str] = []
    for path in files:
        dynamic = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
        ).stdout
        needed = set(_NEEDED.findall(dynamic))
        if not needed:
            continue
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, check=False, cwd=path.parent
        )
        for line in result.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if match is None:
                continue
            name, target = match.groups()
            if target == "not found":
                missing.append(f"{path.relative_to(bundle)} needs {name}")
            elif name in needed and not Path(target).resolve().is_relative_to(bundle.resolve()):
                outside.add(target)
    return outside, missing


def package_of(library: str) -> str:
    """The Debian package that ships ``library`` (usrmerge: /lib and /usr/lib are one)."""
    resolved = str(Path(library).resolve())
    candidates = {library, resolved}
    candidates |= {p.removeprefix("/usr") for p in candidates if p.startswith("/usr/lib/")}
    candidates |= {"/usr" + p for p in candidates if p.startswith("/lib/")}
    for candidate in sorted(candidates):
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"build_deb: no Debian package ships {library}")


def newest_glibc(files: list[Path]) -> str:
    newest = (2, 17)
    for path in files:
        result = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        )
        for major, minor in _GLIBC.findall(result.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def depends(bundle: Path) -> tuple[list[str], list[str]]:
    """(the Depends list, the libraries it was found from)."""
    files = elf_files(bundle)
    outside, missing = system_libraries(bundle, files)
    if missing:
        raise SystemExit("build_deb: libraries not found:\n  " + "\n  ".join(sorted(missing)))
    packages = {package_of(library) for library in outside}
    packages.discard("libc6")
    packages.update(EXTRA_DEPENDS)
    entries = [f"libc6 (>= {newest_glibc(files)})", *sorted(packages)]
    return entries, sorted(outside)


def installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
    return total


def stage(bundle: Path, root: Path, version: str, depends_list: list[str]) -> None:
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "screening-app").symlink_to(f"/opt/{PACKAGE}/screening-app")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{PACKAGE}.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "trygstart.svg", icons / f"{PACKAGE}.svg")
    etc = root / "etc" / PACKAGE
    etc.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "trygstart.toml", etc / "trygstart.toml")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    debian = root / "DEBIAN"
    debian.mkdir()
    control = (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Installed-Size: {installed_size_kib(root)}\n"
        f"Depends: {', '.join(depends_list)}\n"
        "Maintainer: TrygStart developers <trygstart@invalid>\n"
        "Description: TrygStart: safe, systematic asking about violence in close relationships\n"
        " An offline desktop application for midwives and health visitors: a gate that stops\n"
        " unsafe asking, the questions, the result and what to do now, referral letters and a\n"
        " discreet resource card, stored in an encrypted SQLCipher database.\n"
        " .\n"
        " Machine-wide settings: /etc/trygstart/trygstart.toml. Check an installation with\n"
        " 'screening-app selftest'.\n"
    )
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "conffiles").write_text(f"/etc/{PACKAGE}/trygstart.toml\n", encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK) or path.suffix == ".so" or ".so." in path.name:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller onedir bundle")
    parser.add_argument("out", type=Path, help="the folder the .deb is written to")
    parser.add_argument("--version", required=True)
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / "screening-app").is_file():
        raise SystemExit(f"build_deb: {bundle} holds no screening-app bundle")
    depends_list, libraries = depends(bundle)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{args.version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="trygstart-deb-") as scratch:
        root = Path(scratch) / "root"
        stage(bundle, root, args.version, depends_list)
        subprocess.run(
            # zstd: 76 MB in about 20 s here, where xz -6 gives 63 MB in minutes; every system
            # whose libc the bundle accepts (Debian 12, Ubuntu 22.04 and later) reads it.
            ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z12", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    (out / f"{PACKAGE}.depends.txt").write_text(
        "Depends: "
        + ", ".join(depends_list)
        + "\n\nfrom these libraries (ldd):\n"
        + "\n".join(libraries)
        + "\n",
        encoding="utf-8",
    )
    print(f"{target} ({target.stat().st_size / 1024**2:.1f} MB)")
    print("Depends: " + ", ".join(depends_list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
