import logging

import pytest

from listing_genie_desktop import api_keys
from listing_genie_desktop.logging_setup import REDACTED, configure_logging, redact, register_secret
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.settings import Settings, load_settings, save_settings

KEY = "AIzaSyD-recognisable-test-key-0123456789"


def test_registered_secrets_and_key_shapes_are_redacted():
    register_secret("my-very-secret-value")
    assert redact("key=my-very-secret-value!") == "key=[REDACTED]!"
    assert redact(f"url?key={KEY}") == "url?key=[REDACTED]"


def test_redact_handles_keys_of_any_shape() -> None:
    assert redact("token sk-live-abcdef here", ["sk-live-abcdef"]) == f"token {REDACTED} here"
    assert "AIza" not in redact("leaked AIzaSyB0123456789012345678901234567890 there")
    assert redact("https://x/y?key=secret123&alt=json") == f"https://x/y?key={REDACTED}&alt=json"
    assert redact("{'x-goog-api-key': 'abc123'}") == f"{{'x-goog-api-key': '{REDACTED}'}}"
    assert redact(f"(x-goog-api-key: {KEY}; url ...?key={KEY})") == (
        f"(x-goog-api-key: {REDACTED}; url ...?key={REDACTED})"
    ), "what is already redacted is left alone, with the punctuation after it"


def test_log_file_never_contains_the_key(isolated_home, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", KEY)
    paths = AppPaths.from_environment()
    configure_logging(paths.log_file)
    assert api_keys.resolve_api_key().value == KEY
    log = logging.getLogger("listing_genie.test")
    log.warning("request failed with header x-goog-api-key: %s", KEY)
    try:
        raise RuntimeError(f"boom {KEY}")
    except RuntimeError:
        log.exception("traceback")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = paths.log_file.read_text()
    assert "x-goog-api-key: [REDACTED]" in text
    assert KEY not in text


def test_environment_key_wins_over_the_keyring(monkeypatch, memory_keyring):
    assert api_keys.store_api_key("keyring-key-123456")
    assert api_keys.resolve_api_key().source == "keyring"
    monkeypatch.setenv("GOOGLE_API_KEY", "env-key-1234567890")
    key = api_keys.resolve_api_key()
    assert key.value == "env-key-1234567890" and key.source == "GOOGLE_API_KEY"
    assert "env-key" not in repr(key)


def test_without_a_keyring_the_key_is_kept_for_this_run_only(monkeypatch, isolated_home):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(api_keys, "_session_key", None)
    keyring.set_keyring(fail.Keyring())
    assert api_keys.store_api_key("typed-in-key-123456") is False
    assert api_keys.resolve_api_key().source == "session"
    assert not any("typed-in-key" in p.read_text(errors="ignore") for p in isolated_home.rglob("*") if p.is_file())


def test_settings_persist_and_bad_values_fall_back(tmp_path):
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    save_settings(path, Settings(backend="studio", concurrency=4, text_overlay=False))
    assert load_settings(path) == Settings(backend="studio", concurrency=4, text_overlay=False)
    path.write_text('{"concurrency": 99, "backend": "magic", "unknown": 1}')
    assert load_settings(path) == Settings()
    path.write_text("{not json")
    assert load_settings(path) == Settings()


@pytest.mark.parametrize("level", ["DEBUG", "WARNING"])
def test_log_level_comes_from_the_environment(monkeypatch, isolated_home, level):
    monkeypatch.setenv("LISTING_GENIE_LOG_LEVEL", level)
    configure_logging(AppPaths.from_environment().log_file)
    file_handlers = [h for h in logging.getLogger().handlers if hasattr(h, "baseFilename")]
    assert file_handlers[-1].level == getattr(logging, level)


@pytest.mark.parametrize("bad", ['"3"', "true", "2.5", "1e400", "-1"])
def test_one_unusable_setting_falls_back_alone_and_is_reported_once(tmp_path, bad):
    path = tmp_path / "settings.json"
    path.write_text(f'{{"concurrency": {bad}, "model": "gemini-3-pro-image-preview", "text_overlay": false}}')
    problems: list[str] = []
    settings = load_settings(path, problems.append)
    assert settings == Settings(model="gemini-3-pro-image-preview", text_overlay=False)
    (problem,) = problems
    assert "concurrency" in problem and "model" not in problem
    (kept,) = tmp_path.glob("settings.json.bad-*")
    assert str(kept) in problem and "gemini-3-pro-image-preview" in kept.read_text()
