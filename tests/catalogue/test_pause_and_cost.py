"""A catalogue against the fake Gemini server: Pause sends nothing more once the requests on their way are answered
and Resume makes exactly the images it held (issue #16 item 6); the catalogue's cost so far is what its products'
sessions cost, from the usage the API reported (item 7). The real google-genai client, the run on a fast clock."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

from listing_genie_desktop.catalogues import CatalogueRun, import_catalogue
from listing_genie_desktop.cli import main
from listing_genie_desktop.cli_catalogue import catalogue_json
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.services import Services
from tests.fakes.gemini_server import Reply

KEY = "AIzaSyCATALOGUE-pause-key-00000000000000"
HEADER = "sku,title,feature_1,photo"
NANO = "gemini-nano-banana-2.1"


@pytest.fixture
def product_file(tmp_path, write_file, make_photo, gemini_server, monkeypatch, fast_clock):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        make_photo(tmp_path / name)
    rows = ["A-1,Cup,Holds 90 ml,a.jpg", "B-1,Lamp,Warm light,b.jpg", "C-1,Apron,Two pockets,c.jpg"]
    return write_file("products.csv", [HEADER, *rows])


class HeldAnswers:
    """Answers image requests only when the test says so, counting those that arrived."""

    def __init__(self, server) -> None:  # type: ignore[no-untyped-def]
        self.server = server
        self.arrived = 0
        self.release = threading.Event()
        self._lock = threading.Condition()

    def __call__(self, request):  # type: ignore[no-untyped-def]
        if request.rpc != "generateContent":
            return self.server.answer_normally(request)
        with self._lock:
            self.arrived += 1
            self._lock.notify_all()
        self.release.wait(30)
        return self.server.answer_normally(request)

    def wait_for(self, count: int) -> None:
        with self._lock:
            assert self._lock.wait_for(lambda: self.arrived >= count, timeout=30), f"{self.arrived} requests"


async def test_pause_lets_the_requests_on_their_way_finish_sends_no_other_and_resume_makes_the_rest(
    product_file, gemini_server
) -> None:
    services = await Services.open()
    try:
        catalogue_id, _ = await import_catalogue(services, product_file)
        answers = HeldAnswers(gemini_server)
        gemini_server.handler = answers
        run = CatalogueRun(services, catalogue_id, {"backend": "gemini", "concurrency": 2})
        running = asyncio.ensure_future(run.run())
        await asyncio.to_thread(answers.wait_for, 2)  # both slots busy: two requests on their way

        run.pause()
        answers.release.set()
        record = await running

        assert answers.arrived == 2 and len(gemini_server.generate_requests) == 2, "nothing sent after Pause"
        paused = catalogue_json(record)
        assert paused["status"] == "paused" and paused["resume_at"] is None
        products = [p for p in paused["products"] if p["session_id"]]
        assert sum(p["images_complete"] for p in products) == 2  # the two answers that were on their way
        for product in products:  # the products in flight: their other images wait, nothing failed
            assert product["status"] == "interrupted"
            session = session_json(await services.store.load_session(product["session_id"]))
            waiting = [i for i in session["images"] if i["status"] != "complete"]
            assert {i["status"] for i in waiting} == {"pending"}
            assert all(i["attempts"] == 0 and i["error_kind"] is None for i in waiting)
            assert session["summary"].startswith("Paused with its catalogue:")
        assert {p["status"] for p in paused["products"] if not p["session_id"]} <= {"pending"}

        gemini_server.handler = None
        resumed = await CatalogueRun(services, catalogue_id, {"backend": "gemini", "concurrency": 2}).run()
        assert catalogue_json(resumed)["status"] == "complete"
        assert len(gemini_server.generate_requests) == 15, "each image asked once in all, the held ones after Resume"
    finally:
        await services.close()


def run_cli(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


CATALOGUE_KEYS = {"catalogue_id", "name", "source", "status", "resume_at", "created_at", "counts", "estimated_cost_usd"}
"""The catalogue JSON's fields in contract section 7, beside `products`."""


def test_the_catalogue_costs_what_its_products_sessions_cost_every_one_priced(
    product_file, gemini_server, capsys
) -> None:
    _code, imported = run_cli(capsys, "catalogue", "import", str(product_file), "--json")
    assert imported["estimated_cost_usd"] == 0.0
    assert set(imported) == CATALOGUE_KEYS | {"products"}, "no count of unknown costs: every cost is a number"
    gemini_server.script_for("main", Reply.image(), Reply.image(), Reply.image(output_tokens=None))

    code, ran = run_cli(
        capsys,
        "catalogue",
        "run",
        imported["catalogue_id"],
        "--backend",
        "gemini",
        "--model",
        NANO,
        "--size",
        "4K",
        "--concurrency",
        "1",
        "--json",
    )

    assert code == 0
    costs = {p["sku"]: p["estimated_cost_usd"] for p in ran["products"]}
    # C-1's MAIN reported no usage: its image is priced at the model's price per image, never left out
    assert costs == {"A-1": pytest.approx(0.55), "B-1": pytest.approx(0.55), "C-1": pytest.approx(0.55)}
    assert ran["estimated_cost_usd"] == pytest.approx(1.65)
    _code, listed = run_cli(capsys, "catalogue", "list", "--json")
    assert set(listed[0]) == CATALOGUE_KEYS
    assert listed[0]["estimated_cost_usd"] == pytest.approx(1.65)
    assert listed[0]["counts"]["complete"] == 3, "a list without products still counts them"
    assert main(["catalogue", "status", imported["catalogue_id"]]) == 0
    assert "estimated cost so far: $1.65\n" in capsys.readouterr().out


class AnswersAfterTheCostIsSaid:
    """Answers the first image request at once and holds the next until `catalogue run` has printed a progress
    line with that first image's cost while its product is still at work: a line of the 30-second tick."""

    def __init__(self, server, tick: str, cost: str) -> None:  # type: ignore[no-untyped-def]
        self.server = server
        self.tick = tick
        self.cost = cost
        self.lines: list[str] = []
        self.arrived = 0
        self._printed = threading.Condition()

    def print_line(self, text: str) -> None:
        with self._printed:
            self.lines.append(text)
            self._printed.notify_all()

    def __call__(self, request):  # type: ignore[no-untyped-def]
        if request.rpc == "generateContent":
            self.arrived += 1
            if self.arrived == 2:
                with self._printed:  # 8 s: before the engine's timeout of 180 s on the 20 times faster clock
                    self._printed.wait_for(self._cost_said, timeout=8)
        return self.server.answer_normally(request)

    def _cost_said(self) -> bool:
        return any(line.startswith(self.tick) and line.endswith(self.cost) for line in self.lines)


def test_catalogue_run_says_the_cost_so_far_in_its_progress_lines_as_the_window_does(
    product_file, gemini_server, capsys, monkeypatch
) -> None:
    """Issue #16 item 7: the CLI's 30-second line and its line after each product carry what the catalogue has
    cost so far, priced from the attempts recorded by then, in the words and money format of the window's
    progress line ("; $0.11 so far")."""
    from listing_genie_desktop import cli, cli_catalogue

    answers = AnswersAfterTheCostIsSaid(gemini_server, "0/3 products, 1 images; ", "; $0.11 so far")
    gemini_server.handler = answers

    def progress_line(text: str) -> None:
        answers.print_line(text)
        cli.progress_line(text)

    monkeypatch.setattr(cli_catalogue, "progress_line", progress_line)
    _code, imported = run_cli(capsys, "catalogue", "import", str(product_file), "--json")
    argv = ["catalogue", "run", imported["catalogue_id"], "--backend", "gemini", "--model", NANO, "--size", "4K"]

    assert main([*argv, "--concurrency", "1"]) == 0
    err = capsys.readouterr().err

    ticks = [line for line in answers.lines if line.startswith("0/3 products, 1 images; ")]
    assert ticks and ticks[-1].endswith("; $0.11 so far"), answers.lines  # the first image, its product at work
    lines = err.splitlines()
    after_each_product = [lines[n + 1] for n, line in enumerate(lines) if line.startswith("row ")]
    assert [line.split("; ")[-1] for line in after_each_product] == ["$0.55 so far", "$1.10 so far", "$1.65 so far"]
    assert after_each_product[-1].startswith("3/3 products, 15 images; ")
