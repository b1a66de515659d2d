""".env.example is the settings reference users copy: it must name every setting and load as it is."""

from pathlib import Path

import pytest

from bot.config import Settings

ENV_EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


def test_env_example_names_every_setting() -> None:
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    missing = [name.upper() for name in Settings.model_fields if name.upper() not in text]
    assert not missing, f".env.example does not mention {missing}"


def test_env_example_loads_as_valid_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    settings = Settings(_env_file=ENV_EXAMPLE)
    assert not settings.fetch_allow_private
    assert settings.fetch_max_bytes >= 1024
