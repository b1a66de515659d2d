from pathlib import Path

import pytest

from bot.article import Article, parse

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afde03f68720c260.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> Article:
    return parse(seed_text)
