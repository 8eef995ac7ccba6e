"""The application layer the CLI and the window share."""

from listing_genie_desktop import services as services_module
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings


async def test_a_session_just_created_runs_from_the_photo_in_hand(isolated_home, product, monkeypatch):
    """Decoding the stored copy again would only delay the first request (about 16 ms for a 1200 px photo)."""
    from PIL import Image

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

        monkeypatch.setattr(services_module, "load_reference_async", decode)
        outcome = await services.runner(session_id, choice, options, reference=reference).run()
        assert outcome.status is SessionStatus.COMPLETE
        assert decoded == []
        retried = await services.runner(session_id, choice, options, regenerate=True).run()
        assert retried.status is SessionStatus.COMPLETE
        assert len(decoded) == 1, "a later run reads the session's stored photo"
    finally:
        await services.close()
