#!/usr/bin/env bash
# Smoke test of the Linux installers, run by .ci/run after `make test`:
#   builds them (`make package`; SMOKE_SKIP_BUILD=1 reuses dist/), then checks
#   - sizes, in 10^6 bytes: reported against the targets (folder 200, .tar.gz 90), and failing above the
#     regression ceilings LG_MAX_FOLDER_MB (215) and LG_MAX_TARBALL_MB (90): a dependency that
#     brings its own libraries (OpenCV brought 160 MB) fails the build.
#   - the bundle's contents: every resource file, keyring's entry points, the SDK stack, nothing unwanted
#   - the frozen program: --version, `gui --smoke` offscreen, `generate --backend studio` on the bundled
#     sample photo (exit 0, five images), `generate --backend gemini` against the fake Gemini server
#     (when the source tree has the backend and the fake), all with a temporary LISTING_GENIE_HOME
#   - without LISTING_GENIE_HOME the data goes to the user's folders under HOME, never next to the executable
#   - the .tar.gz unpacked elsewhere runs; the .deb's metadata and files, and its /usr/bin launcher run from a
#     scratch root (`dpkg -x`)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
TARGET_FOLDER_MB=200
TARGET_TARBALL_MB=90
MAX_FOLDER_MB=${LG_MAX_FOLDER_MB:-215}
MAX_TARBALL_MB=${LG_MAX_TARBALL_MB:-90}
STEP_TIMEOUT=${LG_SMOKE_TIMEOUT:-300}

passed=0
failed=0
ok() {
  passed=$((passed + 1))
  echo "  ok    $*"
}
bad() {
  failed=$((failed + 1))
  echo "  FAIL  $*"
}
check() { # check "what" command...: passes when the command succeeds
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

echo "== packaging smoke test"
if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  build_start=$(date +%s)
  make package
  echo "build_wall_s=$(($(date +%s) - build_start)) (make package, including pip and apt steps when needed)"
fi
[ -f dist/package-report.txt ] || {
  echo "smoke: no dist/package-report.txt: run make package first" >&2
  exit 1
}
# shellcheck disable=SC1091
source dist/package-report.txt # version, folder_mb, tarball, tarball_mb, deb, deb_mb, *_s
APP=$ROOT/dist/listing-genie
EXE=$APP/listing-genie
INTERNAL=$APP/_internal

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
touch "$work/before-runs"
sleep 1 # so that anything the runs write into the app folder is strictly newer than the marker

run() { # run NAME command...: stdout to $work/NAME.out, stderr to $work/NAME.err, exit code to $work/NAME.rc
  local name=$1
  shift
  local rc=0
  timeout "$STEP_TIMEOUT" "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null || rc=$?
  echo "$rc" >"$work/$name.rc"
  if [ "$rc" != 0 ]; then
    echo "  ($name exited $rc; stderr follows)"
    tail -n 15 "$work/$name.err" | sed 's/^/    | /'
  fi
  return 0
}
rc_of() { cat "$work/$1.rc"; }

echo "-- sizes: folder ${folder_mb} MB, $(basename "$tarball") ${tarball_mb} MB, $(basename "$deb") ${deb_mb} MB"
for pair in "folder $folder_mb $TARGET_FOLDER_MB" "tar.gz $tarball_mb $TARGET_TARBALL_MB"; do
  read -r what size target <<<"$pair"
  if awk -v a="$size" -v b="$target" 'BEGIN { exit !(a <= b) }'; then
    echo "  note  $what $size MB meets its target of $target MB"
  else
    echo "  note  $what $size MB misses its target of $target MB (see the README, "Installers")"
  fi
done
check "folder ${folder_mb} MB <= ${MAX_FOLDER_MB} MB" awk -v a="$folder_mb" -v b="$MAX_FOLDER_MB" 'BEGIN { exit !(a <= b) }'
check "tar.gz ${tarball_mb} MB <= ${MAX_TARBALL_MB} MB" awk -v a="$tarball_mb" -v b="$MAX_TARBALL_MB" 'BEGIN { exit !(a <= b) }'

echo "-- bundle contents"
missing_resources() {
  local missing=0 rel
  while IFS= read -r rel; do
    [ -f "$INTERNAL/listing_genie_desktop/resources/$rel" ] || {
      echo "    missing resource: $rel"
      missing=1
    }
  # .ts are the translations' sources: the bundle carries the .qm the build compiles from them
  done < <(cd listing_genie_desktop/resources && find . -type f ! -name '*.py' ! -name '*.pyc' ! -name '*.ts' \
    ! -path '*/__pycache__/*' | sed 's|^\./||')
  return $missing
}
check "every file of listing_genie_desktop/resources is in the bundle" missing_resources
check "keyring's metadata (backend entry points) is in the bundle" \
  grep -q "keyring.backends" "$INTERNAL"/keyring-*.dist-info/entry_points.txt
"$(dirname "$PYTHON")/pyi-archive_viewer" -r -b "$EXE" >"$work/pyz.txt"
check "keyring backends are frozen" grep -qx " *keyring.backends.SecretService" "$work/pyz.txt"
if [ -f listing_genie_desktop/backends/gemini.py ]; then
  check "google-genai, httpx2 and pydantic are frozen" \
    bash -c "grep -qx ' *google.genai.client' '$work/pyz.txt' && grep -qx ' *httpx2' '$work/pyz.txt' &&
      grep -qx ' *pydantic' '$work/pyz.txt'"
fi
no_unwanted() {
  local found
  found=$(grep -xE ' *(aiohttp|keyrings\.alt|tkinter|PySide6\.Qt(WebEngine|Quick|Qml|3D|Multimedia|Network)[A-Za-z0-9]*)' \
    "$work/pyz.txt" || true)
  # Qt's own translations only for the interface's languages (German, Japanese), beside the app's
  found+=$(cd "$INTERNAL" && find . \( \( -name '*.qm' ! -name 'listing_genie_*.qm' ! -name 'qtbase_de.qm' \
    ! -name 'qtbase_ja.qm' \) -o -name 'libQt6WebEngine*' -o -name 'libQt6Quick*' \
    -o -name 'libQt6Qml*' -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Network*' \
    -o -path '*/Qt/qml' -o -name 'aiohttp' -o -name 'keyrings' \))
  [ -z "$found" ] || echo "    unwanted: $found"
  [ -z "$found" ]
}
check "no aiohttp, keyrings.alt, Qt translations but German and Japanese, QML, WebEngine, 3D, Multimedia or Network" no_unwanted

echo "-- the frozen program"
export QT_QPA_PLATFORM=offscreen
HOME_DIR=$work/home
run version "$EXE" --version
check "--version prints 'listing-genie $version'" grep -qx "listing-genie $version" "$work/version.out"

run gui env LISTING_GENIE_HOME="$HOME_DIR" "$EXE" gui --smoke
check "gui --smoke exits 0" test "$(rc_of gui)" = 0
check "gui --smoke prints startup_ms=<integer> ($(grep -o 'startup_ms=[0-9]*' "$work/gui.out" || true))" \
  grep -qxE "startup_ms=[0-9]+" "$work/gui.out"

# The sample photo ships inside the bundle: finding it there also proves the resources came along.
sample=$(find "$INTERNAL/listing_genie_desktop/resources/samples" -maxdepth 1 -type f \
  \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' \) 2>/dev/null | sort | head -n 1 || true)
five_images() { # five_images NAME OUT_DIR: exit 0, JSON complete, 5 decodable images in OUT_DIR, paths in HOME_DIR
  "$PYTHON" - "$work/$1.out" "$2" "$HOME_DIR" <<'EOF'
import json, sys
from pathlib import Path
from PIL import Image
session = json.loads(Path(sys.argv[1]).read_text())
out, home = Path(sys.argv[2]), Path(sys.argv[3]).resolve()
files = sorted(p for p in out.iterdir() if p.is_file())
problems = []
if session["status"] != "complete":
    problems.append(f"status {session['status']}")
if [i["status"] for i in session["images"]].count("complete") != 5:
    problems.append("not 5 complete images in the JSON")
if len(files) != 5:
    problems.append(f"{len(files)} files in --out")
for f in files:
    with Image.open(f) as im:
        im.load()
for key in ("db_path", "log_path"):
    if not Path(session[key]).resolve().is_relative_to(home):
        problems.append(f"{key} outside LISTING_GENIE_HOME: {session[key]}")
for image in session["images"]:
    if image["path"] and not Path(image["path"]).resolve().is_relative_to(home):
        problems.append(f"image outside LISTING_GENIE_HOME: {image['path']}")
if problems:
    print("    " + "; ".join(problems))
sys.exit(1 if problems else 0)
EOF
}
if [ -z "$sample" ]; then
  bad "generate --backend studio: no sample photo in listing_genie_desktop/resources/samples/ of the bundle"
else
  run studio env LISTING_GENIE_HOME="$HOME_DIR" "$EXE" generate --backend studio --json \
    --title "Insulated Steel Water Bottle" --feature "Keeps drinks cold for 24 hours" \
    --feature "Leak-proof lid" --audience "hikers" --keyword "insulated water bottle" \
    --image "$sample" --out "$work/studio-images"
  check "generate --backend studio on $(basename "$sample") exits 0" test "$(rc_of studio)" = 0
  if [ "$(rc_of studio)" = 0 ]; then
    check "generate --backend studio gives five images in LISTING_GENIE_HOME and --out" \
      five_images studio "$work/studio-images"
  fi
fi

if [ -f listing_genie_desktop/backends/gemini.py ] && [ -f tests/fakes/gemini_server.py ] && [ -n "$sample" ]; then
  # google-genai, httpx2 and pydantic frozen for real: the SDK talks to the fake server over HTTP.
  "$PYTHON" - "$work/gemini-url" <<'EOF' &
import os, sys, time
sys.path.insert(0, os.getcwd())
from tests.fakes.gemini_server import FakeGeminiServer
server = FakeGeminiServer().start()
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(server.base_url)
os.replace(sys.argv[1] + ".tmp", sys.argv[1])
while True:
    time.sleep(1)
EOF
  server_pid=$!
  for _ in $(seq 100); do [ -s "$work/gemini-url" ] && break || sleep 0.1; done
  run gemini env LISTING_GENIE_HOME="$HOME_DIR" GEMINI_API_KEY=smoke-test-key \
    GOOGLE_GEMINI_BASE_URL="$(cat "$work/gemini-url" 2>/dev/null)" \
    "$EXE" generate --backend gemini --json --max-retries 1 --attempt-timeout 60 \
    --title "Insulated Steel Water Bottle" --feature "Keeps drinks cold for 24 hours" \
    --image "$sample" --out "$work/gemini-images"
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  check "generate --backend gemini against the fake Gemini server exits 0" test "$(rc_of gemini)" = 0
  if [ "$(rc_of gemini)" = 0 ]; then
    check "generate --backend gemini gives five images" five_images gemini "$work/gemini-images"
  fi
fi

echo "-- default data folders (no LISTING_GENIE_HOME; HOME is a scratch folder; run from the app folder)"
USER_HOME=$work/user
mkdir -p "$USER_HOME"
default_env=(env -u LISTING_GENIE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME
  HOME="$USER_HOME" LISTING_GENIE_LOG_LEVEL=DEBUG) # DEBUG: the log file is created lazily, on the first record
(cd "$APP" && run default-history "${default_env[@]}" ./listing-genie history --json)
(cd "$APP" && run default-gui "${default_env[@]}" ./listing-genie gui --smoke)
check "history --json exits 0 and prints []" \
  bash -c "test '$(rc_of default-history)' = 0 && test \"\$(tr -d ' \n' <'$work/default-history.out')\" = '[]'"
check "gui --smoke exits 0" test "$(rc_of default-gui)" = 0
check "the database is in ~/.local/share/ListingGenie" test -f "$USER_HOME/.local/share/ListingGenie/history.sqlite3"
check "the log is in ~/.local/state/ListingGenie/log" test -f "$USER_HOME/.local/state/ListingGenie/log/listing-genie.log"
elsewhere=$(cd "$USER_HOME" && find . -type f | grep -vE '^\./(\.local/share|\.local/state|\.config|\.cache)/ListingGenie/' || true)
[ -z "$elsewhere" ] || echo "    written elsewhere under HOME: $elsewhere"
check "everything under HOME is in the ListingGenie data, state, config or cache folders" test -z "$elsewhere"
written=$(find "$APP" -newer "$work/before-runs" | head -n 20)
[ -z "$written" ] || echo "    written next to the executable: $written"
check "nothing was written into the app folder by any run" test -z "$written"

echo "-- $(basename "$tarball")"
mkdir -p "$work/tar"
tar -xzf "$tarball" -C "$work/tar"
run tar-version "$work/tar/listing-genie/listing-genie" --version
check "the unpacked .tar.gz runs --version" grep -qx "listing-genie $version" "$work/tar-version.out"
rm -rf "$work/tar"

echo "-- $(basename "$deb")"
check "the .deb is named and versioned from the package metadata" \
  test "$(dpkg-deb --field "$deb" Package Version | tr '\n' ' ')" = "Package: listing-genie Version: $version "
dpkg-deb --contents "$deb" >"$work/deb-contents.txt"
for path in ./opt/listing-genie/listing-genie ./opt/listing-genie/_internal/listing_genie_desktop/resources/prompts/main.txt \
  ./usr/share/applications/listing-genie.desktop ./usr/share/icons/hicolor/256x256/apps/listing-genie.png \
  ./usr/share/icons/hicolor/scalable/apps/listing-genie.svg; do
  check "the .deb holds $path" grep -q " $path\$" "$work/deb-contents.txt"
done
check "the .deb's /usr/bin/listing-genie points into /opt/listing-genie" \
  grep -q " ./usr/bin/listing-genie -> ../../opt/listing-genie/listing-genie\$" "$work/deb-contents.txt"
check "the .deb's files belong to root" bash -c "! grep -v ' root/root ' '$work/deb-contents.txt' | grep -q ."
if command -v desktop-file-validate >/dev/null; then
  check "the .desktop entry validates" desktop-file-validate packaging/linux/listing-genie.desktop
fi
mkdir -p "$work/root"
dpkg -x "$deb" "$work/root"
run deb-version "$work/root/usr/bin/listing-genie" --version
check "the installed launcher runs --version" grep -qx "listing-genie $version" "$work/deb-version.out"
run deb-gui env LISTING_GENIE_HOME="$work/deb-home" "$work/root/usr/bin/listing-genie" gui --smoke
check "the installed launcher runs gui --smoke" grep -qxE "startup_ms=[0-9]+" "$work/deb-gui.out"
run deb-history env LISTING_GENIE_HOME="$work/deb-home" "$work/root/usr/bin/listing-genie" history --json
check "the installed launcher keeps its data in LISTING_GENIE_HOME" test -f "$work/deb-home/history.sqlite3"

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
