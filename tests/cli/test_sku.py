"""The SKU `export` makes from a title, as a seller selling in Japan or Germany meets it."""

from __future__ import annotations

import json

from listing_genie_desktop.cli import main
from tests.cli.test_backend_registry import photo
from tests.fakes.canvas_backend import canvas_backend

__all__ = ["canvas_backend", "photo"]


def generated(title: str, photo, capsys) -> str:  # type: ignore[no-untyped-def]
    code = main(["generate", "--title", title, "--feature", "Doppelwandig", "--image", str(photo),
                 "--backend", "canvas", "--json"])  # fmt: skip
    assert code == 0
    return json.loads(capsys.readouterr().out)["session_id"]


def exported_names(session_id: str, out, capsys, *force: str) -> set[str]:  # type: ignore[no-untyped-def]
    before = {p.name for p in out.iterdir()} if out.exists() else set()
    assert main(["export", session_id, "--out", str(out), *force]) == 0
    capsys.readouterr()
    return {p.name for p in out.iterdir()} - before - {"manifest.json"}


def test_two_japanese_products_export_side_by_side_without_a_collision(canvas_backend, photo, capsys, tmp_path):
    out = tmp_path / "upload"
    flask = exported_names(generated("真空断熱ステンレスボトル", photo, capsys), out, capsys)
    # --force only for the folder's manifest.json: the first product's images must stay
    tumbler = exported_names(generated("陶器のエスプレッソカップ", photo, capsys), out, capsys, "--force")
    assert len(flask) == len(tumbler) == 5 and not flask & tumbler
    assert flask <= {p.name for p in out.iterdir()}, "the second product replaced the first"
    for names in (flask, tumbler):
        (sku,) = {name.split(".")[0] for name in names}
        assert sku and sku != "LISTING"


def test_a_long_german_title_is_cut_between_words(canvas_backend, photo, capsys, tmp_path):
    title = "Espressotasse aus Porzellan mit Untertasse, spülmaschinenfest"
    names = exported_names(generated(title, photo, capsys), tmp_path / "out", capsys)
    (sku,) = {name.split(".")[0] for name in names}
    assert sku == "ESPRESSOTASSE-AUS-PORZELLAN-MIT"  # not "...-MIT-UNTERTAS"
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["sku"] == sku
