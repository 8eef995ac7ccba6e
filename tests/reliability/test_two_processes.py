"""Two `listing-genie generate` runs at once on one data folder: neither marks the other's live
session interrupted, neither loses the other's writes, and neither sees `database is locked`."""

import json
import os
import subprocess
import sys

from listing_genie_desktop.resources import resource_path


def test_two_concurrent_runs_share_one_folder(isolated_home, tmp_path):
    photo = next(resource_path("samples").glob("*.jpg"))
    env = dict(os.environ, LISTING_GENIE_HOME=str(isolated_home), QT_QPA_PLATFORM="offscreen")
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "listing_genie_desktop",
                "generate",
                "--backend",
                "studio",
                "--title",
                f"Bottle {n}",
                "--feature",
                "Cold 24 h",
                "--image",
                str(photo),
                "--json",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    results = [run.communicate(timeout=240) for run in runs]
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err and "interrupted" not in err
        assert json.loads(out)["status"] == "complete"
    history = subprocess.run(
        [sys.executable, "-m", "listing_genie_desktop", "history", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    sessions = json.loads(history.stdout)
    assert sorted(s["title"] for s in sessions) == ["Bottle 1", "Bottle 2"]
    assert {s["status"] for s in sessions} == {"complete"}
    assert {s["images_complete"] for s in sessions} == {5}
