"""Fixtures for backend tests: the fake Gemini server (shared with other test folders via tests.fakes)."""

from tests.fakes.gemini_server import gemini_server

__all__ = ["gemini_server"]
