"""Quote marks paired into quotations, paragraph by paragraph, with multi-paragraph quotes chained."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.article.model import Paragraph
from bot.article.quotes.words import CLOSE_DOUBLE, CLOSER_AFTER, ELISION, MARK, OPEN_DOUBLE, OPENER_BEFORE


@dataclass(slots=True)
class Piece:
    """One quotation inside one paragraph (a multi-paragraph quote is a chain of pieces)."""

    open_pos: int
    start: int
    end: int
    close_end: int
    paragraph: int
    closed: bool
    single: bool
    chain: int = -1


def _possessive(text: str, i: int, end: int) -> bool:
    """A straight double mark written for an apostrophe, as some wire copy delivers it: between a letter
    and a final "s" (`Kuwait"s`, `OPEC"s`)."""
    return (
        i > 0
        and text[i - 1].isalpha()
        and text[i + 1 : i + 2] == "s"
        and (i + 2 >= end or not text[i + 2].isalnum())
    )


def _scan_paragraph(text: str, start: int, end: int, index: int) -> list[Piece]:
    """Pair the quote marks of one paragraph in a single left-to-right pass.

    Apostrophes are told from single quotes by their neighbours; singles inside doubles are nested
    quotes and ignored; an unclosed double runs to the paragraph end (the caller links it to a
    continuation paragraph); an unclosed single is dropped, since it was most likely an apostrophe.
    """
    pieces: list[Piece] = []
    open_pos = -1
    single = False
    straight = False
    depth = 0

    def emit(close_pos: int, close_end: int, closed: bool) -> None:
        s, e = open_pos + 1, close_pos
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append(Piece(open_pos, s, e, close_end, index, closed, single))

    for match in MARK.finditer(text, start, end):
        i = match.start()
        mark = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark == '"' and _possessive(text, i, end):
            continue  # `Kuwait"s Oil Minister`: wire copy's apostrophe, no quote mark
        if mark in '“«”»"':
            if mark in OPEN_DOUBLE:
                role = "open"
            elif mark in CLOSE_DOUBLE:
                role = "close"
            elif before.isspace() or before in OPENER_BEFORE:
                role = (
                    "open" if not after.isspace() else ("close" if open_pos >= 0 and not single else "open")
                )
            elif after.isspace() or after in CLOSER_AFTER:
                role = "close"
            else:
                role = "close" if open_pos >= 0 and not single and straight else "open"
            is_straight = mark == '"'
            if open_pos >= 0 and not single:
                if role == "close":
                    if depth:
                        depth -= 1
                    else:
                        emit(i, i + 1, True)
                        open_pos, depth = -1, 0
                elif is_straight != straight:
                    depth += 1
                else:
                    emit(i, i, False)
                    open_pos, straight, depth = i, is_straight, 0
            elif role == "open":
                open_pos, single, straight, depth = i, False, is_straight, 0
            continue
        # single marks: ‘ ’ '
        if before.isalnum() and after.isalnum():
            continue  # India’s, don't
        if open_pos >= 0 and not single:
            continue  # nested single inside a double, or an apostrophe within a quote
        opener = mark != "’" and (before.isspace() or before in OPENER_BEFORE or i == start)
        if mark == "‘" and not before.isalnum():
            opener = True
        if opener and after.isalnum():
            if ELISION.match(text, i + 1, min(end, i + 6)):
                continue  # '90s, 'em
            open_pos, single, straight, depth = i, True, mark == "'", 0
        elif open_pos >= 0 and single and not before.isspace() and not after.isalnum():
            emit(i, i + 1, True)
            open_pos, single = -1, False
    if open_pos >= 0 and not single:
        emit(end, end, False)
    return pieces


def find_pieces(text: str, paragraphs: Sequence[Paragraph]) -> list[Piece]:
    """All quote pieces in document order, with multi-paragraph quotes chained together."""
    pieces: list[Piece] = []
    previous_unclosed: Piece | None = None
    chains = 0
    for paragraph in paragraphs:
        found = _scan_paragraph(text, paragraph.start, paragraph.end, paragraph.index)
        if previous_unclosed is not None and found:
            first = found[0]
            if first.open_pos == paragraph.start and not first.single:
                if previous_unclosed.chain < 0:
                    previous_unclosed.chain = chains
                    chains += 1
                first.chain = previous_unclosed.chain
        previous_unclosed = found[-1] if found and not found[-1].closed and not found[-1].single else None
        pieces.extend(found)
    return pieces
