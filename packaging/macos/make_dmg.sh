#!/usr/bin/env bash
# macOS disk image of the PyInstaller .app, run on a macOS runner after
#   pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/listing-genie.spec
# Output: dist/ListingGenie-<version>-macos-<arch>.dmg holding "Listing Genie.app" and an /Applications link.
# Uses only hdiutil (part of macOS). Signing and notarisation are not done here: without a Developer ID the
# app opens after right-click > Open (Gatekeeper).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c "import importlib.metadata as m; print(m.version('listing-genie-desktop'))")
ARCH=$(uname -m)
APP="dist/Listing Genie.app"
DMG="dist/ListingGenie-$VERSION-macos-$ARCH.dmg"

[ -d "$APP" ] || {
  echo "make_dmg: $APP not found: build it with PyInstaller first" >&2
  exit 1
}
plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$plist_version" = "$VERSION" ] || {
  echo "make_dmg: Info.plist says $plist_version, the package metadata $VERSION" >&2
  exit 1
}
"$APP/Contents/MacOS/listing-genie" --version

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "Listing Genie $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG: $(du -h "$DMG" | cut -f1)"
