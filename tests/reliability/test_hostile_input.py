"""Hostile input: mutated photos, garbled server answers, hostile product text. Every outcome is a
clear `invalid_input` / `no_image` GenerationError (or success), never another exception or a hang."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import struct
import subprocess
import sys
import textwrap
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from listing_genie_desktop.backends.gemini import GeminiBackend, first_image_data
from listing_genie_desktop.backends.gemini_errors import classify_exception, classify_response
from listing_genie_desktop.core.errors import ErrorKind, GenerationError, InvalidInput
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.answers import decode_answer as decode_image
from listing_genie_desktop.imaging.loading import load_reference_bytes
from tests.fakes.gemini_server import Reply

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _encoded(fmt: str) -> bytes:
    image = Image.new("RGB", (320, 320), (200, 60, 20))
    image.paste((20, 60, 200), (80, 80, 240, 240))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


SAMPLES = {fmt: _encoded(fmt) for fmt in ("PNG", "JPEG", "WEBP", "GIF", "TIFF")}


def assert_loads_or_refuses(data: bytes) -> None:
    try:
        photo = load_reference_bytes(data)
    except InvalidInput as exc:
        assert exc.kind is ErrorKind.INVALID_INPUT and exc.field == "image" and exc.message
    else:
        assert isinstance(photo, ReferencePhoto) and photo.image.mode == "RGB"


@st.composite
def mutated_photos(draw) -> bytes:
    data = bytearray(SAMPLES[draw(st.sampled_from(sorted(SAMPLES)))])
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif data:
            del data[at : at + draw(st.integers(1, 256))]
    return bytes(data)


@FUZZ
@given(mutated_photos())
def test_mutated_photos_load_or_are_refused_clearly(data):
    assert_loads_or_refuses(data)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_clearly(data):
    assert_loads_or_refuses(data)


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_every_truncation_point_of_a_real_file_is_handled(fmt):
    data = SAMPLES[fmt]
    for end in range(0, len(data), max(1, len(data) // 60)):
        assert_loads_or_refuses(data[:end])


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@pytest.mark.parametrize("size", [(100_000, 100_000), (2**31 - 1, 1), (70_000, 1_000), (0, 5)])
def test_huge_declared_dimensions_are_refused_before_decoding(size):
    header = struct.pack(">IIBBBBB", *size, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
    with pytest.raises(InvalidInput):
        load_reference_bytes(data + _png_chunk(b"IEND", b""))


@FUZZ
@given(st.one_of(mutated_photos(), st.binary(max_size=2048)))
def test_decoding_a_garbled_answer_image_is_no_image(data):
    try:
        image = decode_image(data)
    except GenerationError as exc:
        assert exc.kind is ErrorKind.NO_IMAGE
    else:
        assert image.mode == "RGB"


_leaf = st.one_of(
    st.none(), st.text(max_size=20), st.integers(), st.booleans(), st.sampled_from(["IMAGE_SAFETY", "STOP", "SAFETY"])
)
_KEYS = st.sampled_from(
    ["candidates", "content", "parts", "inlineData", "data", "mimeType", "text", "thought", "finishReason",
     "promptFeedback", "blockReason", "blockReasonMessage", "role"]
)  # fmt: skip


@FUZZ
@given(
    st.recursive(
        _leaf, lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(_KEYS, c, max_size=4)), max_leaves=30
    )
)
def test_any_answer_json_classifies_as_a_clear_error(payload):
    """Any JSON the server may send, parsed by the SDK's own model as the client does."""
    from google.genai import types

    try:
        response = types.GenerateContentResponse.model_validate(payload)
    except Exception as exc:
        assert classify_exception(exc).kind is ErrorKind.NO_IMAGE
        return
    data = first_image_data(response)
    if data is None:
        assert classify_response(response).kind in (ErrorKind.NO_IMAGE, ErrorKind.SAFETY)
    else:
        try:
            decode_image(data)
        except GenerationError as exc:
            assert exc.kind is ErrorKind.NO_IMAGE


def test_deeply_nested_json_is_no_image_not_internal():
    try:
        json.loads("[" * 100_000)
    except RecursionError as exc:
        assert classify_exception(exc).kind is ErrorKind.NO_IMAGE


@pytest.fixture
def photo_request():
    from listing_genie_desktop.core.ports import ImageRequest
    from listing_genie_desktop.imaging.loading import encode_for_model

    image = Image.new("RGB", (320, 320))
    reference = ReferencePhoto(image, None, b"x", "png", (), encode_for_model(image), "image/png")
    product = ProductContext.create("Bottle", ["Cold"], "", [])
    return ImageRequest(ImageType.MAIN, "Listing image: MAIN", product, reference, "base", 1)


@pytest.mark.parametrize(
    "body",
    [
        b'{"candidates":' + b"[" * 200_000,
        b'{"candidates":[{"content":{"parts":[' + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"]}}]}",
        b'{"candidates":[{"content":{"parts":[{"text":"' + b"a" * (20 * 1024 * 1024) + b'"}]}}]}',
        b'{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"%%%%"}}]}}]}',
        b'{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"'
        + base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 1000)
        + b'"}}]}}]}',
    ],
    ids=["deep-arrays", "deep-objects", "20MB-text", "invalid-base64", "png-header-then-zeros"],
)
async def test_hostile_answers_through_the_real_client_are_no_image(gemini_server, photo_request, body):
    gemini_server.default = Reply.raw(body)
    backend = GeminiBackend("AIzaSy" + "x" * 33, attempt_timeout_s=30, base_url=gemini_server.base_url)
    try:
        with pytest.raises(GenerationError) as info:
            await backend.generate(photo_request)
    finally:
        await backend.aclose()
    assert info.value.kind is ErrorKind.NO_IMAGE, info.value.message


CLIENT = textwrap.dedent(
    """
    import asyncio, json, resource, sys
    from PIL import Image
    from listing_genie_desktop.core.ports import ImageRequest
    from listing_genie_desktop.backends.gemini import GeminiBackend
    from listing_genie_desktop.core.product import ImageType, ProductContext
    from listing_genie_desktop.core.ports import ReferencePhoto
    from listing_genie_desktop.imaging.loading import encode_for_model

    def hwm_kb():
        # VmHWM is this process's own peak; ru_maxrss would also count the parent's memory at fork time.
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    async def main():
        image = Image.new("RGB", (320, 320))
        reference = ReferencePhoto(image, None, b"x", "png", (), encode_for_model(image), "image/png")
        request = ImageRequest(ImageType.MAIN, "Listing image: MAIN", ProductContext.create("B", ["C"], "", []),
                               reference, "base", 1)
        backend = GeminiBackend("AIzaSy" + "x" * 33, attempt_timeout_s=120, base_url=sys.argv[1])
        await backend.prepare()
        before = hwm_kb()
        try:
            await backend.generate(request)
            kind = None
        except Exception as exc:
            kind = getattr(getattr(exc, "kind", None), "value", type(exc).__name__)
        await backend.aclose()
        peak = hwm_kb()
        print(json.dumps({"kind": kind, "before_kb": before, "peak_kb": peak}))

    asyncio.run(main())
    """
)


def test_a_200_mb_image_part_is_no_image_within_1_gb(gemini_server):
    """Measured in a child process (the server's copy of the body lives in this one)."""
    payload = b"\x89PNG\r\n\x1a\n" + b"\0" * (200 * 1024 * 1024)
    body = b"".join(
        [b'{"candidates":[{"content":{"parts":[{"inlineData":{"mimeType":"image/png","data":"',
         base64.b64encode(payload), b'"}}]}}]}']
    )  # fmt: skip
    del payload
    gemini_server.default = Reply.raw(body)
    del body
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, gemini_server.base_url], capture_output=True, text=True, timeout=180
    )
    gemini_server.default = None
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"200 MB part: peak RSS {result['peak_kb'] / 1024:.0f} MB (before the call {result['before_kb'] / 1024:.0f})")
    assert result["kind"] == "no_image"
    assert result["peak_kb"] < 1024 * 1024, f"peak RSS {result['peak_kb'] / 1024:.0f} MB"


@pytest.mark.parametrize(
    "title",
    [
        "Bottle\u202eelttob\u202c with RTL override",
        "زجاجة ماء معزولة",
        "Z\u0351\u0364\u036b\u0313a\u0306\u0357l\u0350\u0357g\u0310o bottle",
        "Bottle 🧊🥤👨‍👩‍👧 🏳️‍🌈",
        "Bell\x07 and\x1b[31m escape",
    ],
    ids=["rtl-override", "arabic", "combining", "emoji", "control"],
)
def test_hostile_product_text_is_refused_clearly_or_renders(title):
    from listing_genie_desktop.backends.studio import StudioBackend
    from listing_genie_desktop.core.ports import ImageRequest
    from listing_genie_desktop.imaging.loading import encode_for_model

    try:
        product = ProductContext.create(title, [title[:100], "Leak-proof"], title[:80], [])
    except InvalidInput as exc:
        assert exc.field and exc.message
        return
    image = Image.new("RGB", (400, 400), (255, 255, 255))
    image.paste((30, 90, 160), (100, 60, 300, 340))
    reference = ReferencePhoto(image, None, b"x" + title.encode(), "png", (), encode_for_model(image), "image/png")
    backend = StudioBackend()
    request = ImageRequest(ImageType.INFOGRAPHIC_1, "", product, reference, "base", 1)
    generated = asyncio.run(backend.generate(request))
    assert generated.image.size == (2000, 2000) and generated.image.mode == "RGB"
