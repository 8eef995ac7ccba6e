"""The application layer the CLI and the window share."""

from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings


async def test_a_session_just_created_runs_from_the_photo_in_hand(isolated_home, product, monkeypatch):
    """Decoding the stored copy again would only delay the first request (about 16 ms for a 1200 px photo)."""
    from PIL import Image

    from listing_genie_desktop.imaging import photo_set
    from listing_genie_desktop.imaging.loading import load_reference

    photo = isolated_home.parent / "photo.png"
    Image.new("RGB", (400, 400), (30, 90, 160)).save(photo)
    reference = load_reference(str(photo))
    services = await Services.open()
    try:
        options = Settings(backend="studio")
        session_id, choice = await services.create_session(product, reference, options)
        decoded = []

        async def decode(path):
            decoded.append(path)
            return reference

        monkeypatch.setattr(photo_set, "load_reference_async", decode)
        outcome = await services.runner(session_id, choice, options, reference=reference).run()
        assert outcome.status is SessionStatus.COMPLETE
        assert decoded == []
        retried = await services.runner(session_id, choice, options, regenerate=True).run()
        assert retried.status is SessionStatus.COMPLETE
        assert len(decoded) == 1, "a later run reads the session's stored photo"
    finally:
        await services.close()


async def test_a_runner_cancelled_before_it_runs_ends_cancelled_without_a_request(isolated_home, product, reference):
    """The CLI's Ctrl-C while the photo is still loading: the run's token holds the cancel until the engine
    runs, which then stops at once (exit 5, every image cancelled), instead of generating five images."""
    services = await Services.open()
    try:
        options = Settings(backend="studio")
        session_id, choice = await services.create_session(product, reference, options)
        runner = services.runner(session_id, choice, options, reference=reference)
        runner.cancel()
        outcome = await runner.run()
        session = session_json(await services.store.load_session(session_id))
        assert outcome.status is SessionStatus.CANCELLED
        assert {i["status"] for i in session["images"]} == {"cancelled"}
        assert all(i["path"] is None for i in session["images"])
    finally:
        await services.close()


def test_names_are_imported_from_the_module_that_defines_them_not_through_services():
    """services.py used to re-export run_choice's and photo_set's names, so a test that patched one of them on
    `services` left the module that looks it up unpatched. Every `from listing_genie_desktop.services import`
    in the package, the tests and the benchmarks must name something services.py itself defines."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    tree = ast.parse((root / "listing_genie_desktop" / "services.py").read_text(encoding="utf-8"))
    own = {node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    own |= {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    borrowed = []
    for folder in ("listing_genie_desktop", "tests", "benchmarks"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module == "listing_genie_desktop.services":
                    borrowed += [f"{path.relative_to(root)}: {a.name}" for a in node.names if a.name not in own]
    assert "Services" in own and "retry_settings" in own
    assert borrowed == []
