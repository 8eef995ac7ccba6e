"""The cut-out checks' sentences and the rarer Gemini failures, each made by its real code (a cut-out examined, the
fake Gemini server answering over HTTP), are shown whole in German and in Japanese: none of our English words is
left in them, only the words that are not ours (a status line, a quota's id, a page's title, the server's text).

A sentence whose translation is missing comes back as it is, and its three-word runs are then found."""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import AsyncIterator, Iterator

import numpy as np
import pytest
import trustme

from listing_genie_desktop.backends.gemini import GeminiBackend, _ssl_context
from listing_genie_desktop.backends.reachability import unreachable
from listing_genie_desktop.core.errors import GenerationError, InvalidInput
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.editing import edited_texts
from listing_genie_desktop.imaging.cut_check import examine_silhouette
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import stops
from listing_genie_desktop.ui import i18n, messages
from tests.backends.test_gemini import image_request
from tests.fakes.gemini_server import FakeGeminiServer, Reply
from tests.imaging import cut_scenes
from tests.imaging.test_cut_compliance import model_main_compliance, model_main_pixels, studio_main

LANGUAGES = ("de", "ja")


@pytest.fixture
def language() -> Iterator[object]:
    yield i18n.install_language
    i18n.install_language("en")


def english_left(english: str, shown: str, theirs: tuple[str, ...] = ()) -> list[str]:
    """The runs of three words of `english` still in `shown`: our words left in English. `theirs` (words that are
    not ours: a status line, an id, the server's text) are taken out of both first."""
    for words in theirs:
        english, shown = english.replace(words, "\n"), shown.replace(words, "\n")
    runs = []
    for part in english.split("\n"):
        words = part.split()
        runs += [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return [run for run in runs if run in shown]


def shown_in_every_language(english: str, *theirs: str) -> dict[str, str]:
    """`english` as a German and a Japanese window show it, checked to hold none of our English words."""
    shown = {}
    for language in LANGUAGES:
        i18n.install_language(language)
        shown[language] = messages.translated(english)
        assert shown[language] != english, (language, english)
        assert english_left(english, shown[language], theirs) == [], (language, shown[language])
    i18n.install_language("en")
    assert messages.translated(english) == english
    return shown


def square(holes: int = 0, specks: int = 0, sides: tuple[str, ...] = ()) -> np.ndarray:
    """A cut-out mask at the checks' resolution: a square product, `holes` pinholes in it, `specks` loose
    pieces beside it, and an arm reaching each of `sides` of the frame."""
    mask = np.zeros((300, 300), bool)
    mask[60:240, 60:240] = True
    for n in range(holes):
        mask[80 + 20 * n : 84 + 20 * n, 100:104] = False
    for n in range(specks):
        mask[10:14, 20 + 30 * n : 24 + 30 * n] = True
    arms = {"top": np.s_[:60, 100:200], "bottom": np.s_[240:, 100:200], "left": np.s_[100:200, :60]}
    for side in sides:
        mask[arms.get(side, np.s_[100:200, 240:])] = True
    return mask


def test_a_transparent_pngs_holes_loose_specks_and_cut_edge_are_told_in_german_and_japanese(tmp_path, language):
    """The studio's cut of a seller's transparent PNG, finished as the engine does (tests/imaging/cut_scenes.py)."""
    issues = []
    for defect in ({"pinholes": 5}, {"specks": 3}, {"off_frame": True}):
        issues += studio_main(tmp_path, cut_scenes.transparent_product(**defect))["issues"]
    holes = next(issue for issue in issues if "where the background shows through" in issue)
    assert holes.startswith("The cut-out has 5 holes") and "Fill the holes in the transparent PNG" in holes
    assert shown_in_every_language(holes)["de"].startswith("Die Freistellung hat 5 Löcher")
    fragments = next(issue for issue in issues if "loose fragment" in issue)
    assert shown_in_every_language(fragments)["ja"].startswith("切り抜きに、商品から離れたかけらが 3 個あります")
    cut = next(issue for issue in issues if "cut off by the photo's" in issue)
    assert cut.startswith("The product is cut off by the photo's right edge:")
    shown = shown_in_every_language(cut)
    assert shown["de"].startswith("Das Produkt wird am rechten Rand des Fotos abgeschnitten:")
    assert shown["ja"].startswith("商品が写真の右端で切れています。")


def test_one_hole_one_fragment_and_two_cut_edges_of_a_photos_cut_are_told_in_german_and_japanese(language):
    [hole] = examine_silhouette(square(holes=1))
    assert hole.startswith("The cut-out has a hole where") and "Photograph the product alone" in hole
    assert shown_in_every_language(hole)["de"].startswith("Die Freistellung hat ein Loch")
    [fragment] = examine_silhouette(square(specks=1))
    assert shown_in_every_language(fragment)["ja"].startswith("切り抜きに、商品から離れたかけらが 1 つあります")
    [hole_in_png] = examine_silhouette(square(holes=1), transparent_png=True)
    assert "Füllen Sie das Loch im transparenten PNG" in shown_in_every_language(hole_in_png)["de"]
    [cut] = examine_silhouette(square(sides=("top", "left", "right")))
    assert cut.startswith("The product is cut off by the photo's top and left and right edges:")
    shown = shown_in_every_language(cut)
    assert shown["de"].startswith("Das Produkt wird am oberen, linken und rechten Rand des Fotos abgeschnitten:")
    assert shown["ja"].startswith("商品が写真の上端、左端、右端で切れています。")


def test_pieces_beside_a_models_product_and_its_cut_edges_are_told_in_german_and_japanese(language):
    """An image model's MAIN, judged on its finished pixels (imaging/compliance.py)."""
    speck = model_main_pixels()
    speck[300:320, 1300:1320] = (40, 90, 160)
    specks = speck.copy()
    specks[400:420, 1300:1320] = (40, 90, 160)
    cut = model_main_pixels()
    cut[200:1460, 500:1600] = (40, 90, 160)
    cut_twice = cut.copy()
    cut_twice[200:1600, 500:1600] = (40, 90, 160)
    issues = [issue for pixels in (speck, specks, cut, cut_twice) for issue in model_main_compliance(pixels)["issues"]]
    pieces = [issue for issue in issues if "small piece" in issue]
    assert [piece.split(" beside")[0] for piece in pieces] == [
        "The image has a separate small piece",
        "The image has 2 separate small pieces",
    ]
    assert [shown_in_every_language(piece)["de"].split(" neben")[0] for piece in pieces] == [
        "Das Bild hat ein separates kleines Teil",
        "Das Bild hat 2 separate kleine Teile",
    ]
    edges = [issue.split(":")[0] for issue in issues if "cut off by the image's" in issue]
    assert edges == [
        "The product is cut off by the image's right edge",
        "The product is cut off by the image's bottom and right edges",
    ]
    shown = [shown_in_every_language(issue) for issue in issues if "cut off by the image's" in issue]
    assert [s["de"].split(":")[0] for s in shown] == [
        "Das Produkt wird am rechten Rand des Bildes abgeschnitten",
        "Das Produkt wird am unteren und rechten Rand des Bildes abgeschnitten",
    ]
    assert shown[1]["ja"].startswith("商品が画像の下端、右端で切れています。")


@pytest.fixture
async def backend(gemini_server: FakeGeminiServer) -> AsyncIterator[GeminiBackend]:
    made = GeminiBackend("AIzaSy-test-key-of-no-account-at-all", base_url=gemini_server.base_url, attempt_timeout_s=5.0)
    yield made
    await made.aclose()


async def failure_of(backend: GeminiBackend) -> str:
    with pytest.raises(GenerationError) as caught:
        await backend.generate(image_request())
    return caught.value.message


_DISABLED = (
    "Generative Language API has not been used in project 123 before or it is disabled. Enable it by visiting "
    "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=123 then retry."
)
GEMINI_FAILURES = [
    pytest.param(Reply.html(502), ("502 Bad Gateway",), id="proxy-page"),
    pytest.param(Reply.html(200, "Sign in to the Wi-Fi"), ("Sign in to the Wi-Fi",), id="captive-portal"),
    pytest.param(
        Reply(status=502, body=b"<html><body></body></html>", headers=(("Content-Type", "text/html"),)),
        ("502 Bad Gateway",),  # the status line, as the server sent it
        id="untitled-page",
    ),
    pytest.param(Reply.html(429, "Too Many Requests"), ("429", "Too Many Requests"), id="proxy-rate-page"),
    pytest.param(Reply(status=301, headers=(("Location", "https://example.com/"),)), ("301",), id="redirect"),
    pytest.param(
        Reply.rate_limited("2s"), ("429 RESOURCE_EXHAUSTED", "GenerateRequestsPerMinutePerProjectPerModel"), id="rate"
    ),
    pytest.param(
        Reply.error(400, "FAILED_PRECONDITION", "User location is not supported for the API use."),
        ("400 FAILED_PRECONDITION", "Gemini API"),
        id="location",
    ),
    pytest.param(
        Reply.error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."),
        ("400 INVALID_ARGUMENT", "GEMINI_API_KEY"),
        id="key",
    ),
    pytest.param(
        Reply.error(403, "PERMISSION_DENIED", _DISABLED),
        ("403 PERMISSION_DENIED", "Generative Language API", "https://console"),
        id="api-disabled",
    ),
    pytest.param(Reply.blocked_prompt("SAFETY"), ("SAFETY",), id="prompt-blocked"),
    pytest.param(Reply.text_only("I cannot draw that cup."), ("I cannot draw that cup.",), id="text-only"),
    pytest.param(Reply.model_not_found(), ("404 NOT_FOUND",), id="model-not-found"),
    pytest.param(Reply.reset(), (), id="connection-reset"),
]


@pytest.mark.parametrize(("reply", "theirs"), GEMINI_FAILURES)
async def test_a_rarer_gemini_failure_is_told_in_german_and_japanese(gemini_server, backend, language, reply, theirs):
    gemini_server.default = reply
    message = await failure_of(backend)
    name = message.split("the model ")[1].split()[0] if "NOT_FOUND: the model" in message else ""
    shown_in_every_language(message, *theirs, *filter(None, [name]))


async def test_a_used_up_quota_is_told_in_german_and_japanese_with_googles_own_words(gemini_server, backend, language):
    gemini_server.default = Reply.daily_quota()
    message = await failure_of(backend)
    quota = "GenerateRequestsPerDayPerProjectPerModel-FreeTier"
    assert message.startswith(f"429 RESOURCE_EXHAUSTED: Quota used up ({quota}). ")
    google = message.split("). ", 1)[1]
    shown = shown_in_every_language(message, "429 RESOURCE_EXHAUSTED", quota, google)
    assert shown["de"] == f"429 RESOURCE_EXHAUSTED: Kontingent aufgebraucht ({quota}). {google}"


async def test_an_untrusted_certificate_is_told_in_german_and_japanese(monkeypatch, language):
    """An HTTPS-inspecting proxy's certificate (a throwaway CA's, as tests/reliability/test_network_faults.py)."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _ssl_context.cache_clear()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA(organization_name="Inspecting Proxy Ltd").issue_cert("127.0.0.1").configure_cert(context)
    try:
        with FakeGeminiServer(tls=context) as server:
            backend = GeminiBackend("AIzaSy-test-key-of-no-account-at-all", base_url=server.base_url)
            try:
                message = await failure_of(backend)
            finally:
                await backend.aclose()
    finally:
        _ssl_context.cache_clear()
    assert "certificate is not trusted" in message
    openssl = message.split("not trusted (")[1].split(")")[0]
    assert "SSL_CERT_FILE" in shown_in_every_language(message, openssl, "Listing Genie", "SSL_CERT_FILE")["de"]


async def test_a_refused_connection_found_by_the_offline_test_is_told_in_german_and_japanese(language):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    error = await unreachable(f"http://127.0.0.1:{port}/v1beta/models")
    assert error is not None and error.message == f"Network error: 127.0.0.1:{port} refused the connection."
    assert (
        shown_in_every_language(error.message)["de"]
        == f"Netzwerkfehler: 127.0.0.1:{port} hat die Verbindung abgelehnt."
    )


def test_a_run_the_full_disk_stopped_and_an_edit_of_main_are_told_in_german_and_japanese(tmp_path, language):
    paths = AppPaths(data=tmp_path / "data", config=tmp_path, logs=tmp_path / "logs")
    paths.locks.mkdir(parents=True)
    stops.note_unrecorded_end(paths, "s1", OSError(errno.ENOSPC, "No space left on device"))
    stopped = stops.stop_error(paths, "s1")
    assert stopped is not None and stopped.message == f"Not saved: the disk holding {paths.data} was full"
    shown = shown_in_every_language(stopped.message, str(paths.data))
    assert shown["de"] == f"Nicht gespeichert: Der Datenträger mit {paths.data} war voll"
    with pytest.raises(InvalidInput) as caught:
        edited_texts(ImageType.MAIN, {}, {"headline": "Ice cold"})
    assert shown_in_every_language(caught.value.message)["ja"].startswith(
        "メイン 画像には編集できるテキストがありません"
    )


async def test_one_of_several_photos_that_cannot_be_used_is_told_with_its_name(tmp_path, language):
    from PIL import Image

    from listing_genie_desktop.imaging.photo_set import load_references

    good, bad = tmp_path / "front.png", tmp_path / "label.jpg"
    Image.new("RGB", (1200, 1200), (30, 90, 160)).save(good)
    bad.write_bytes(b"not a photo at all")
    with pytest.raises(InvalidInput) as refused:
        await load_references([good, bad])

    assert refused.value.message.startswith("label.jpg: ")
    shown_in_every_language(refused.value.message, "label.jpg")


async def test_too_many_photos_is_told_in_german_and_japanese(tmp_path, language):
    from listing_genie_desktop.imaging.photo_set import load_references

    with pytest.raises(InvalidInput) as refused:
        await load_references([tmp_path / f"{n}.jpg" for n in range(4)])

    shown_in_every_language(refused.value.message)
