"""Paragraph and sentence segmentation with exact spans.

Written by hand because the libraries that do this well (spaCy, NLTK punkt, pysbd) either need model
downloads, are 10-100x slower than the 20 ms budget for a whole parse, or lose character offsets.
News copy is regular enough that an abbreviation list and a few rules get it right.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot import lexicon
from bot.article.model import Paragraph, Sentence

ABBREVIATIONS = lexicon.words("abbreviations")
"""Tokens that end in a period without ending the sentence (lower-case, without the final dot)."""

NUMBER_ABBREVIATIONS = lexicon.words("number_abbreviations")
"""Abbreviations that only hold when a number follows ("No. 10")."""

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


def _blocks(text: str, start: int, end: int, breaker: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in breaker.finditer(text, start, end):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, end))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blank-line blocks when the text has them, else one paragraph per line (wire copy style); a block of
    hard-wrapped lines is read back into its paragraphs (`_unwrap`)."""
    if _PARAGRAPH_BREAK.search(text):
        blocks = _blocks(text, 0, len(text), _PARAGRAPH_BREAK)
    else:
        blocks = [_strip(text, 0, len(text))] if text.strip() else []
    return [span for start, end in blocks for span in _unwrap(text, start, end)]


WRAP_WIDTH = 100
"""Lines this short at most are hard-wrapped text (old wire copy, e-mail) when they run on mid-sentence;
a story with a paragraph per line has longer ones."""
SHORT_LINE = 0.6
"""In wrapped text without indents, a line shorter than this share of the longest ends a paragraph when
the next one starts afresh (a headline above the story, the last line of a paragraph)."""
_SENTENCE_END = '.:!?"”’)]'
_STARTS_AFRESH = re.compile(r"[A-Z0-9\"“‘(\[]")


def _unwrap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of one block of lines. Lines longer than `WRAP_WIDTH`, or lines that each end a
    sentence (a list, wire copy), are a paragraph each. Hard-wrapped lines (short, running on into a
    lower-case word) are joined: a new paragraph starts at an indented line ("    The company said...",
    Reuters' old style), else after a short line the next one does not continue."""
    lines = _blocks(text, start, end, _LINE_BREAK)
    if len(lines) < 2 or max(e - s for s, e in lines) > WRAP_WIDTH:
        return lines
    pairs = list(pairwise(lines))
    if any(_indented(text, s) for s, _ in lines[1:]):
        breaks = [i for i, ((_, _), (s, _)) in enumerate(pairs) if _indented(text, s)]
    elif any(not _ends_sentence(text, e) and text[s : s + 1].islower() for (_, e), (s, _) in pairs):
        width = max(e - s for s, e in lines)
        breaks = [
            i
            for i, ((s, e), (s2, _)) in enumerate(pairs)
            if e - s < SHORT_LINE * width and (_ends_sentence(text, e) or _STARTS_AFRESH.match(text, s2))
        ]
    else:
        return lines
    starts = [0, *(i + 1 for i in breaks)]
    ends = [*breaks, len(lines) - 1]
    return [(lines[a][0], lines[b][1]) for a, b in zip(starts, ends, strict=True)]


def _indented(text: str, line_start: int) -> bool:
    """Whether the line whose first visible character is at `line_start` begins with blanks."""
    return line_start > 0 and text[line_start - 1] in " \t"


def _ends_sentence(text: str, line_end: int) -> bool:
    return text[line_end - 1 : line_end] in _SENTENCE_END


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial rather than a sentence."""
    match = _TOKEN_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    token = match.group(1).lower().rstrip(".")
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "George W. Bush"
    if token in ABBREVIATIONS:
        return True
    if token in NUMBER_ABBREVIATIONS:
        following = text[dot + 1 : dot + 4].lstrip()
        return following[:1].isdigit()
    return False


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in _BOUNDARY.finditer(text, start, end):
        punctuation_end = match.end()
        first_mark = match.start()
        if (
            text[first_mark] == "."
            and match.group(0).rstrip("\"'”’)]") == "."
            and _is_abbreviation(text, first_mark)
        ):
            continue
        spans.append((position, punctuation_end))
        position = punctuation_end
    spans.append((position, end))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def segment(text: str) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        paragraphs.append(Paragraph(start=p_start, end=p_end, text=text[p_start:p_end], index=p_index))
        for s_start, s_end in sentence_spans(text, p_start, p_end):
            sentences.append(
                Sentence(
                    start=s_start,
                    end=s_end,
                    text=text[s_start:s_end],
                    index=len(sentences),
                    paragraph=p_index,
                )
            )
    return tuple(paragraphs), tuple(sentences)
