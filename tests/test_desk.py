"""Library command parsing, the pasted-article heuristic, and `load`/`list`/`use` in the console."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.answers.library_commands import LibraryCommand, looks_like_article, parse_library_command
from bot.article import parse
from bot.config import SEED_ARTICLE
from bot.console import run_console
from bot.store import Library
from tests.pages import ENERGY_STORY, Site, energy_pdf


@pytest.mark.parametrize(
    "text, expected",
    [
        ("load https://x.test/a", LibraryCommand("load", "https://x.test/a")),
        ("LIST", LibraryCommand("list")),
        ("use  energy prices ", LibraryCommand("use", "energy prices")),
        ("forget 3", LibraryCommand("forget", "3")),
        ("/article load https://x.test/a", LibraryCommand("load", "https://x.test/a")),
        ("/Article list", LibraryCommand("list")),
        ("/article quotes", None),
        ("what did Landau say?", None),
        ("", None),
    ],
)
def test_parse_library_command(text: str, expected: LibraryCommand | None) -> None:
    assert parse_library_command(text) == expected


def test_only_long_multi_sentence_text_looks_like_an_article() -> None:
    assert looks_like_article(SEED_ARTICLE.read_text(encoding="utf-8"))
    assert not looks_like_article("what did Landau say? " * 40)  # long, but questions
    assert not looks_like_article(" ".join(ENERGY_STORY))  # several sentences, but short


def test_console_load_list_use(tmp_path: Path) -> None:
    story = tmp_path / "energy.txt"
    story.write_text("\n".join(ENERGY_STORY), encoding="utf-8")
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    opened: list[Library] = []

    def open_library() -> Library:
        opened.append(Library(tmp_path / "library.db", lambda: seed))
        return opened[-1]

    stdin = io.StringIO(f"who is Landau\nload {story}\nquotes\nlist\nuse Misri\nquotes\nload x.docx\n")
    stdout = io.StringIO()
    assert run_console(seed, stdin, stdout, open_library=open_library) == 0
    out = stdout.getvalue()
    after_load, after_use = out.split("Now using article #2", 1)
    assert "Elisabeth Martin" in after_load.split("Article library")[0]
    assert "#1 (current): The French government" in after_load  # titled by its story, not its dateline
    assert "energy.txt" in after_load
    assert "Landau" in after_use and "Elisabeth Martin" not in after_use
    assert "can read" in after_use
    assert len(opened) == 1


def test_console_loads_a_pdf_and_refuses_a_private_link(tmp_path: Path, site: Site) -> None:
    (tmp_path / "energy.pdf").write_bytes(energy_pdf())
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    stdin = io.StringIO(f"load {tmp_path / 'energy.pdf'}\nquotes\nload {site.url('/energy')}\n")
    stdout = io.StringIO()
    assert (
        run_console(seed, stdin, stdout, open_library=lambda: Library(tmp_path / "l.db", lambda: seed)) == 0
    )
    out = stdout.getvalue()
    assert "energy.pdf is now this conversation's article" in out and "Elisabeth Martin" in out
    assert "I don't load links to private or local addresses (127.0.0.1)" in out
    assert site.hits == []
