"""What the run's backend and model choice says (run_choice.py: an unknown backend, a retired or unserved model
refused or replaced, a model list that could not be fetched, no network), made by its real code, is shown whole
in German and in Japanese; the CLI keeps the English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from listing_genie_desktop.backends.model_catalogue import capability_table
from listing_genie_desktop.backends.registry import AUTO, backend_names
from listing_genie_desktop.core.errors import ErrorKind, GenerationError, InvalidInput
from listing_genie_desktop.run_choice import LIST_FAILED, choose_backend, offline_choice, pick_model
from listing_genie_desktop.settings import Settings
from tests.fakes.gemini_server import TODAYS_IMAGE_MODELS
from tests.ui.test_translated_checks import language, shown_in_every_language

__all__ = ["language"]
RETIRED, MISTYPED = "gemini-2.5-flash-image", "gemini-3-pro-imagee"


@pytest.fixture
def table():
    return capability_table("gemini")


@pytest.fixture
def listed(table):
    return table.merge(TODAYS_IMAGE_MODELS, "2026-12-03T10:00:00+00:00")


def refusal(table, listed, model: str) -> str:
    with pytest.raises(InvalidInput) as refused:
        pick_model("gemini", table, listed, replace(Settings(), model=model))
    return str(refused.value)


def test_an_unknown_backend(language):
    with pytest.raises(InvalidInput) as refused:
        choose_backend("gemni", None)

    shown_in_every_language(str(refused.value), "gemni", ", ".join((AUTO, *backend_names())))  # names to type


@pytest.mark.parametrize("model", [RETIRED, MISTYPED])
def test_a_model_the_key_s_list_lacks_is_refused(language, table, listed, model):
    english = refusal(table, listed, model)

    assert ("retired by Google" if model == RETIRED else "is not served to this key") in english
    shown_in_every_language(english, model, listed.instead())


@pytest.mark.parametrize("model", [RETIRED, MISTYPED])
def test_a_retried_session_s_model_is_replaced_with_a_notice(language, table, listed, model):
    choice = pick_model("gemini", table, listed, replace(Settings(), model=model), replace_unlisted=True)

    assert choice.model == listed.recommended.name and "the recommended one" in choice.notice
    shown_in_every_language(choice.notice, model, choice.model)


def test_a_retired_model_replaced_without_a_list(language, table):
    choice = pick_model("gemini", table, None, replace(Settings(), model=RETIRED), replace_unlisted=True)

    assert "its replacement" in choice.notice
    shown_in_every_language(choice.notice, RETIRED, choice.model)


@pytest.mark.parametrize("kept", [True, False])
def test_a_list_that_could_not_be_fetched(language, kept):
    problem = GenerationError(ErrorKind.SERVER, "The model is overloaded. Please try again later.")
    english = LIST_FAILED[kept].format(problem=problem.message, model="gemini-3-pro-image")

    shown_in_every_language(english, "The model is overloaded. Please try again later.", "gemini-3-pro-image")


def test_no_network_turns_to_the_studio(language):
    problem = GenerationError(ErrorKind.NETWORK, "The name generativelanguage.googleapis.com could not be resolved.")
    choice = offline_choice("Gemini (Google image model)", problem)

    assert choice.name == "studio"
    shown_in_every_language(choice.notice, problem.message)
