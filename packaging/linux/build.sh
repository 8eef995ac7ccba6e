#!/usr/bin/env bash
# Linux release build, run by `make package`:
#   dist/listing-genie/                                  the PyInstaller one-folder app
#   dist/listing-genie-<version>-linux-<arch>.tar.gz      that folder, compressed
#   dist/listing-genie_<version>_<debarch>.deb            installs to /opt/listing-genie, with a /usr/bin launcher,
#                                                        a .desktop entry and hicolor icons
# Sizes and timings go to dist/package-report.txt. PYTHON is the venv's interpreter (with PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}

bash packaging/linux/ensure-build-deps.sh

VERSION=$("$PYTHON" -c "import importlib.metadata as m; print(m.version('listing-genie-desktop'))")
ARCH=$(uname -m)
DEB_ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
APP=dist/listing-genie
TARBALL=dist/listing-genie-$VERSION-linux-$ARCH.tar.gz
DEB=dist/listing-genie_${VERSION}_$DEB_ARCH.deb
# Reproducible archives: file dates from the last commit, not from the build.
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
echo "== Listing Genie $VERSION ($ARCH): freezing with PyInstaller"

start=$(date +%s)
rm -rf "$APP" "$TARBALL" "$DEB" build/deb
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/listing-genie.spec
frozen=$(date +%s)

echo "== $TARBALL"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" -C dist -cf - listing-genie \
  | gzip -n -9 >"$TARBALL"
tarred=$(date +%s)

echo "== $DEB"
root=build/deb/root
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN"
cp -a "$APP" "$root/opt/listing-genie"
# Relative, so the launcher also works from a scratch root (`dpkg -x pkg.deb DIR; DIR/usr/bin/listing-genie`);
# the bootloader finds its _internal folder through /proc/self/exe, i.e. the symlink's target.
ln -s ../../opt/listing-genie/listing-genie "$root/usr/bin/listing-genie"
install -m 0644 packaging/linux/listing-genie.desktop "$root/usr/share/applications/listing-genie.desktop"
for png in packaging/icons/hicolor/*/listing-genie.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/$size/apps/listing-genie.png"
done
install -D -m 0644 packaging/icons/listing-genie.svg "$root/usr/share/icons/hicolor/scalable/apps/listing-genie.svg"
install -d "$root/usr/share/doc/listing-genie"
printf 'Listing Genie Desktop %s\nLicense: Proprietary\n' "$VERSION" >"$root/usr/share/doc/listing-genie/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Libraries that PyInstaller never bundles (GL, EGL) or that a desktop always has; the xcb helpers are
# bundled when the build machine has them, so they are only recommended.
cat >"$root/DEBIAN/control" <<CONTROL
Package: listing-genie
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: Listing Genie <support@listinggenie.invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libdbus-1-3
Recommends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, gnome-keyring | kwalletmanager, fonts-noto-cjk
Section: graphics
Priority: optional
Homepage: https://listinggenie.invalid/
Description: Amazon listing images from one product photo
 Listing Genie Desktop makes the five Amazon listing images (main, two
 infographics, lifestyle, comparison) from one product photo, with Google
 Gemini or the offline studio renderer.
CONTROL
find "$root" -exec touch -h -d "@$EPOCH" {} +
SOURCE_DATE_EPOCH=$EPOCH dpkg-deb --root-owner-group -Zxz --build "$root" "$DEB" >/dev/null
debbed=$(date +%s)

mib() { du -s --block-size=1M "$1" | cut -f1; }
mb() { "$PYTHON" -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$1"; }
folder_mb=$(du -s --apparent-size --block-size=1 "$APP" | cut -f1 | awk '{printf "%.1f", $1 / 1e6}')
{
  echo "version=$VERSION"
  echo "folder_mb=$folder_mb"
  echo "folder_disk_mib=$(mib "$APP")"
  echo "tarball=$TARBALL"
  echo "tarball_mb=$(mb "$TARBALL")"
  echo "deb=$DEB"
  echo "deb_mb=$(mb "$DEB")"
  echo "freeze_s=$((frozen - start))"
  echo "tarball_s=$((tarred - frozen))"
  echo "deb_s=$((debbed - tarred))"
  echo "total_s=$((debbed - start))"
} | tee dist/package-report.txt
