"""PDF files: text extracted with pypdf, soft-wrapped lines reflowed into the paragraphs parsing expects."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter

from bot import sandbox
from bot.ingest.fetch import LoadError, from_bytes, load, read_file
from bot.ingest.pdf import reflow
from tests.pages import ENERGY_STORY, energy_pdf, pdf_bomb, pdf_bytes


def test_a_pdf_file_loads_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "energy.pdf"
    path.write_bytes(energy_pdf())
    loaded = load(str(path))
    assert loaded.source == "energy.pdf"
    assert len(loaded.article.paragraphs) == len(ENERGY_STORY)
    assert ENERGY_STORY[2] in loaded.article.text  # wrapped over two lines in the PDF, whole again here
    assert [q.speaker for q in loaded.article.quotes] == ["Elisabeth Martin"]


def test_reflow_joins_wrapped_lines_and_mends_hyphens() -> None:
    page = (
        "The government announced a plan to cut household energy\n"
        "prices on Friday after weeks of talks with the big sup-\n"
        "pliers.\n"
        "Consumer groups welcomed it.\n"
    )
    assert reflow(page) == (
        "The government announced a plan to cut household energy prices on Friday after weeks of talks "
        "with the big suppliers.\n\nConsumer groups welcomed it."
    )


def test_unreadable_pdfs_say_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf at all")
    with pytest.raises(LoadError, match="doesn't open as a PDF"):
        read_file(broken)

    blank = tmp_path / "scan.pdf"
    blank.write_bytes(pdf_bytes([]))
    with pytest.raises(LoadError, match="no text I can read"):
        read_file(blank)

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(out.getvalue())
    with pytest.raises(LoadError, match="password-protected"):
        read_file(locked)


def test_a_pdf_of_a_million_operators_is_stopped_at_the_time_limit_in_its_own_process() -> None:
    """A few KB that take pypdf ~10 s of CPU: killed at the limit, a clear message, none of our CPU."""
    bomb = pdf_bomb()
    assert len(bomb) < 8 * 1024
    sandbox.configure(1.5, 1024)
    try:
        started, cpu = time.monotonic(), time.process_time()
        with pytest.raises(LoadError, match="took too long"):
            from_bytes(bomb, "bomb.pdf", "pdf")
        assert time.monotonic() - started < 4
        assert time.process_time() - cpu < 0.5, "the parsing ran in another process"
        assert "Elisabeth Martin" in " ".join(
            q.speaker or "" for q in from_bytes(energy_pdf(), "e.pdf", "pdf").article.quotes
        )
    finally:
        sandbox.configure(sandbox.SECONDS, sandbox.MEMORY_MB)


def hungry(megabytes: int) -> int:
    """In the sandbox's worker: needs `megabytes` of memory at once."""
    return len(bytearray(megabytes * 1024 * 1024))


def test_work_past_the_memory_limit_fails_cleanly_and_the_next_task_runs() -> None:
    sandbox.configure(sandbox.SECONDS, 256)
    try:
        with pytest.raises(sandbox.SandboxError) as error:
            sandbox.run(hungry, 512)
        assert error.value.timed_out is False
        assert sandbox.run(hungry, 16) == 16 * 1024 * 1024
    finally:
        sandbox.configure(sandbox.SECONDS, sandbox.MEMORY_MB)
