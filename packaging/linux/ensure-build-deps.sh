#!/usr/bin/env bash
# System tools `make package` needs on Linux, installed with apt-get when missing (CI runs as root on Debian):
#   binutils  objdump (PyInstaller's and the spec's dependency analysis) and strip
#   dpkg      dpkg-deb (builds the .deb; also used by the smoke test to unpack it)
#   libxcb-*  X11 helper libraries that Qt's xcb platform plugin loads: present at build time,
#             PyInstaller bundles them, so the .tar.gz runs on desktops that lack them
set -euo pipefail

missing=()
command -v objdump >/dev/null || missing+=(binutils)
command -v strip >/dev/null || missing+=(binutils)
command -v dpkg-deb >/dev/null || missing+=(dpkg)
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-cursor.so.0:libxcb-cursor0 \
  libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
  libxkbcommon-x11.so.0:libxkbcommon-x11-0; do
  ldconfig -p | grep -q "${lib%%:*}" || missing+=("${lib##*:}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-build-deps: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "ensure-build-deps: please install: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})" >&2
  case " ${missing[*]} " in *" binutils "*|*" dpkg "*) exit 1 ;; esac  # the libraries are only nice to have
fi
