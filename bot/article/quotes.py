"""Direct quotations and their speakers, with exact spans.

Hand-written rules over compiled `re`: textacy's `direct_quotations` needs spaCy plus a model download
and runs ~50x over our 4 ms per 1,000 words budget, and no other library attributes speakers at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot import lexicon
from bot.article.gazetteer import ORGANISATION_WORDS, THING_WORDS
from bot.article.gazetteer import ROLE_NOUNS as PERSON_ROLE_NOUNS
from bot.article.model import Paragraph, Quote, Sentence
from bot.article.sentences import ABBREVIATIONS

REPORTING_VERBS = lexicon.reporting_words()
"""Cue verbs that introduce speech, inflected (reporting_verbs.tsv: lemmas, and the forms that count)."""

PHRASAL_CUES = {"according": "to", "went": "on", "pointed": "out", "quoted": "as", "put": "it"}
"""Two-word cues: first word -> the word that must follow it."""

SUBJECT_AFTER_CUE = frozenset({"according"})
"""Cues whose speaker follows them ("according to X") rather than preceding them."""

NP_CONNECTORS = frozenset({"of", "for", "and", "at"})
"""Lower-case words allowed inside a name when a capitalised word follows ("Secretary of State")."""
NP_PREPOSITIONS = frozenset({"in", "at", "from", "with", "on"})
"""Allowed inside a speaker phrase where the syntax already says "speaker" ("a lawyer at X said")."""
NP_BREAKERS = frozenset({"who", "speaking", "adding", "noting", "referring", "according"})

_SUBJECTS = [row for row in lexicon.rows("pronouns") if row[2] == "subject" and row[1] != "2"]
PRONOUNS = frozenset(row[0] for row in _SUBJECTS)
"""Subject pronouns a quote can be attributed to: "he said", "they said"."""
PERSON_PRONOUNS = frozenset(row[0] for row in _SUBJECTS if row[3] == "person")

DETERMINERS = lexicon.words("determiners")


def _plural(noun: str) -> str:
    """ "spokesman" -> "spokesmen", "secretary" -> "secretaries", "witness" -> "witnesses"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


_CALENDAR = lexicon.by_kind("calendar")
CALENDAR_WORDS = frozenset(_CALENDAR["weekday"]) | frozenset(_CALENDAR["month"])
"""Weekday and full month names (lower-case)."""

FUNCTION_WORDS = (
    lexicon.words("stop_words")
    - {row[0] for row in lexicon.rows("pronouns") if row[3] != "thing"}
    - lexicon.words("determiners")
    | lexicon.words("question_words")
    | frozenset(_CALENDAR["day"])
    | frozenset({"yes"})
    | frozenset(
        word for v in lexicon.reporting_verbs() if v.lemma in {"say", "tell", "ask"} for word in v.words()
    )
)
"""Capitalised at a sentence start, these never begin a speaker's name."""

SKIP_BEFORE_CUE = lexicon.words("cue_adverbs") | frozenset(_CALENDAR["weekday"])
"""Words that may stand between a speaker and the cue ("Trump also said", "Smith on Monday said")."""

ROLE_NOUNS = (
    PERSON_ROLE_NOUNS
    | frozenset(_plural(noun) for noun in PERSON_ROLE_NOUNS)
    | lexicon.words("speaker_nouns")
)
"""Lower-case heads that make a determiner phrase a plausible speaker ("a campaign spokesman")."""

CHANNEL_NOUNS = tuple(sorted(lexicon.words("channel_nouns"), key=lambda c: (-len(c), c)))
"""Media a statement was made through, longest first so "post on X" wins over "post"."""

CUE_CHANNELS = {
    "tweeted": "tweet",
    "tweets": "tweet",
    "tweet": "tweet",
    "wrote": "written",
    "testified": "testimony",
}
"""Cue verbs that name their own channel."""

MAX_REGION = 320
"""Characters searched for an attribution on either side of a quote; keeps the work per quote bounded."""
MAX_AFTER_TOKENS = 32
"""Tokens after a closing mark within which the cue must start ("...,” Rep. Jim Jordan (R-Ohio) said")."""
MAX_SPEAKER_TOKENS = 14
SCARE_QUOTE_WORDS = 3
"""Quotes of this many words or fewer are scare quotes or fragments: always partial."""
RECENT_PARAGRAPHS = 2
"""How far back an unattributed quote may borrow the last speaker."""
PRONOUN_LOOKBACK = 600
"""Characters searched backwards for a capitalised name to stand for "he"/"she"."""
NAMED_WALK = 24
"""How many earlier named speakers a look-up walks past (bounded, so many quotes stay linear)."""
PRONOUN_PARAGRAPHS = 3
"""How many paragraphs back a named speaker may be the antecedent of a pronoun."""

COORDINATORS = frozenset({"and", "but", "then"})
"""`X did Y and said “...”`: a cue after these takes the sentence subject as its speaker."""

_MARK = re.compile("[\"'“”‘’«»]")
_TOKEN = re.compile(r"[\w@#$]+(?:[-’'.&/][\w@#$]+)*|[^\w\s]")
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|n’\s|n'\s)", re.IGNORECASE)
_CHANNEL = re.compile(
    r"\b(?:in|via|through|during|at|on|with)\s+(?:(?:an?|the|his|her|their|its|a\s+separate)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(" + "|".join(re.escape(c) for c in CHANNEL_NOUNS) + r")s?\b"
    r"|\b(told\s+reporters)\b|\b(?:an?|the)\s+(readout|statement)\s+(?:by|from)\b"
    r"|\bon\s+(Twitter|X|Facebook|Instagram)\b(?!\s*\w)",
)
_PERSON_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+[A-Z][\w’'-]+|[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)"
)

_OPEN_DOUBLE = "“«"
_CLOSE_DOUBLE = "”»"
_OPENER_BEFORE = "([{—–-/\u2015"
_CLOSER_AFTER = ".,;:!?)]}—–-\u2015…"


@dataclass(slots=True)
class _Piece:
    """One quotation inside one paragraph (a multi-paragraph quote is a chain of pieces)."""

    open_pos: int
    start: int
    end: int
    close_end: int
    paragraph: int
    closed: bool
    single: bool
    chain: int = -1


@dataclass(slots=True)
class _Attribution:
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    channel: str | None = None
    pronoun: bool = False
    explicit: bool = False


@dataclass(slots=True)
class _Context:
    """What the attribution rules need to see of the document."""

    text: str
    paragraphs: Sequence[Paragraph]
    sentence_starts: list[int]
    sentences: Sequence[Sentence]
    quoted: list[tuple[int, int]] = field(default_factory=list)
    """Every quote's (opening mark, end of closing mark), in document order: names in there are quoted."""
    named: list[list[tuple[int, _Attribution]]] = field(default_factory=lambda: [[], []])
    """Named speakers keyed by quote position: one list per attribution pass, each sorted by
    construction, so look-ups are a bisect and a bounded walk instead of a rescan."""


Token = tuple[int, int, str]


# --------------------------------------------------------------------------- quote marks


def _scan_paragraph(text: str, start: int, end: int, index: int) -> list[_Piece]:
    """Pair the quote marks of one paragraph in a single left-to-right pass.

    Apostrophes are told from single quotes by their neighbours; singles inside doubles are nested
    quotes and ignored; an unclosed double runs to the paragraph end (the caller links it to a
    continuation paragraph); an unclosed single is dropped, since it was most likely an apostrophe.
    """
    pieces: list[_Piece] = []
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
            pieces.append(_Piece(open_pos, s, e, close_end, index, closed, single))

    for match in _MARK.finditer(text, start, end):
        i = match.start()
        mark = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in '“«”»"':
            if mark in _OPEN_DOUBLE:
                role = "open"
            elif mark in _CLOSE_DOUBLE:
                role = "close"
            elif before.isspace() or before in _OPENER_BEFORE:
                role = (
                    "open" if not after.isspace() else ("close" if open_pos >= 0 and not single else "open")
                )
            elif after.isspace() or after in _CLOSER_AFTER:
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
        opener = mark != "’" and (before.isspace() or before in _OPENER_BEFORE or i == start)
        if mark == "‘" and not before.isalnum():
            opener = True
        if opener and after.isalnum():
            if _ELISION.match(text, i + 1, min(end, i + 6)):
                continue  # '90s, 'em
            open_pos, single, straight, depth = i, True, mark == "'", 0
        elif open_pos >= 0 and single and not before.isspace() and not after.isalnum():
            emit(i, i + 1, True)
            open_pos, single = -1, False
    if open_pos >= 0 and not single:
        emit(end, end, False)
    return pieces


def _find_pieces(text: str, paragraphs: Sequence[Paragraph]) -> list[_Piece]:
    """All quote pieces in document order, with multi-paragraph quotes chained together."""
    pieces: list[_Piece] = []
    previous_unclosed: _Piece | None = None
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


# --------------------------------------------------------------------------- tokens and phrases


def _tokens(text: str, start: int, end: int) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _is_word(token: Token) -> bool:
    return token[2][0].isalnum() or token[2][0] in "@#$_"


def _is_cap(token: Token) -> bool:
    return token[2][0].isupper() or token[2][0] == "@"


def _lower(token: Token) -> str:
    return token[2].lower()


def _is_possessive(token: Token) -> bool:
    return token[2].endswith(("’s", "'s", "s’", "s'"))


def _is_abbrev_dot(tokens: list[Token], k: int) -> bool:
    """Whether the '.' at tokens[k] belongs to an abbreviation or initial ("Sen.", "J.", "U.S.")."""
    if k == 0 or tokens[k - 1][1] != tokens[k][0]:
        return False
    word = tokens[k - 1][2]
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS or "." in word


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    """Whether punctuation at k closes a sentence (not "R-Ky., said" nor "Sen. Kaine")."""
    mark = tokens[k][2]
    if mark in "!?;":
        return True
    if mark != "." or _is_abbrev_dot(tokens, k):
        return False
    following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return not (following == "," or following[:1].islower())


def _skippable(token: Token) -> bool:
    """Adverbs, auxiliaries and dates between a speaker and the cue ("Smith on Friday flatly said")."""
    low = _lower(token)
    if low in CALENDAR_WORDS or low.isdigit():
        return True
    if _is_cap(token):
        return False
    return low in SKIP_BEFORE_CUE or (low.endswith("ly") and len(low) > 4)


def _cue_at(tokens: list[Token], k: int) -> int:
    """Length in tokens of the cue starting at k (0 when there is none)."""
    word = tokens[k][2].lower()
    if not tokens[k][2][:1].islower() and word not in SUBJECT_AFTER_CUE:
        return 0
    follow = PHRASAL_CUES.get(word)
    if follow is not None:
        if k + 1 < len(tokens) and _lower(tokens[k + 1]) == follow:
            if word == "quoted":
                return 3 if k + 2 < len(tokens) and _lower(tokens[k + 2]) == "saying" else 0
            return 2
        return 1 if word in REPORTING_VERBS else 0
    return 1 if word in REPORTING_VERBS else 0


def _np_ok(tokens: list[Token], lenient: bool = False) -> bool:
    """Whether a token run can be a speaker: a name, a pronoun, or a determiner/role phrase.

    `lenient` is for slots where the syntax already says "speaker" (`“...,” the book said`).
    """
    if not tokens or len(tokens) > MAX_SPEAKER_TOKENS or not _is_word(tokens[0]):
        return False
    first = _lower(tokens[0])
    if first in PRONOUNS:
        return len(tokens) == 1
    words = [_lower(t) for t in tokens if _is_word(t)]
    inside = NP_CONNECTORS | NP_PREPOSITIONS if lenient else NP_CONNECTORS
    if first in FUNCTION_WORDS or any(
        (w in FUNCTION_WORDS and w not in inside) or w in REPORTING_VERBS for w in words[1:]
    ):
        return False
    if any(
        _lower(t) in DETERMINERS and _lower(tokens[i]) not in NP_CONNECTORS for i, t in enumerate(tokens[1:])
    ):
        return False  # "Following a", "features a New York Times"
    if _is_cap(tokens[0]):
        return True
    if first in DETERMINERS or _is_possessive(tokens[0]):
        if any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words[1:]):
            return True
        if any(_is_cap(t) for t in tokens[1:]):
            return True
        return lenient and 1 < len(words) <= 7 and not any(w in SKIP_BEFORE_CUE for w in words[1:])
    if lenient and any(_is_cap(t) for t in tokens):
        return True
    plural = lenient and len(words) <= 2 and words[-1].endswith("s")
    return len(words) <= 3 and (words[-1] in ROLE_NOUNS or plural)


def _is_name(tokens: list[Token]) -> bool:
    return bool(tokens) and _is_cap(tokens[0]) and _lower(tokens[0]) not in DETERMINERS | FUNCTION_WORDS


def _strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and not _is_word(tokens[0]):
        tokens = tokens[1:]
    while tokens and not _is_word(tokens[-1]) and tokens[-1][2] not in ").":
        tokens = tokens[:-1]
    if tokens and tokens[-1][2] == "." and not _is_abbrev_dot(tokens, len(tokens) - 1):
        tokens = tokens[:-1]
    return tokens


def _trim_np(tokens: list[Token]) -> list[Token]:
    """Drop leading words that cannot open a noun phrase, and trailing punctuation."""
    while tokens and not (
        _is_cap(tokens[0])
        or _lower(tokens[0]) in DETERMINERS
        or _lower(tokens[0]) in PRONOUNS
        or _lower(tokens[0]) in ROLE_NOUNS
        or _is_possessive(tokens[0])
    ):
        tokens = tokens[1:]
    return _strip_punct(tokens)


ANY_ROLE_NOUNS = ROLE_NOUNS | PERSON_ROLE_NOUNS


def _role_then_name(tokens: list[Token], k: int) -> bool:
    """`Q [magazine editor] Paul Rees`, `Acme [chief economist] Dana Lee`: lower-case words ending in a
    role, then a capitalised name: the phrase goes on to the person."""
    for n in range(k, min(k + 3, len(tokens) - 1)):
        if _is_cap(tokens[n]) or not _is_word(tokens[n]):
            return False
        if _lower(tokens[n]) in ANY_ROLE_NOUNS and _is_cap(tokens[n + 1]):
            return True
    return False


def _np_forward(tokens: list[Token], k: int) -> list[Token]:
    """The noun phrase starting at k ("said [Sen. Tim Kaine], ...", "according to [the Post]")."""
    out: list[Token] = []
    paren = 0
    while k < len(tokens) and len(out) < MAX_SPEAKER_TOKENS:
        token = tokens[k]
        word = token[2]
        low = word.lower()
        if word == "(":
            paren += 1
        elif word == ")":
            if not paren:
                break
            paren -= 1
        elif paren:
            pass
        elif not _is_word(token):
            initial = (
                word == "." and _is_abbrev_dot(tokens, k) and k + 1 < len(tokens) and _is_cap(tokens[k + 1])
            )
            if not initial and not (word in "’'" and out):
                break
        elif out and low in NP_CONNECTORS:
            if not (k + 1 < len(tokens) and _is_cap(tokens[k + 1])):
                break
        elif out and (
            low in FUNCTION_WORDS
            or _cue_at(tokens, k)
            or low in NP_BREAKERS
            or (
                not _is_cap(token)
                and _is_cap(out[-1])
                and low not in ROLE_NOUNS
                and not _role_then_name(tokens, k)
            )
        ):
            break
        out.append(token)
        k += 1
    while out and (out[-1][2] == "(" or _lower(out[-1]) in NP_CONNECTORS):
        out.pop()
    if paren and out:
        opening = max(i for i, t in enumerate(out) if t[2] == "(")
        out = out[:opening]
    return out


def _np_backward_run(tokens: list[Token], k: int, floor: int) -> list[Token]:
    """The contiguous noun phrase ending just before k, not reaching below floor."""
    j = k
    while j > floor and k - j < MAX_SPEAKER_TOKENS:
        token = tokens[j - 1]
        word = token[2]
        low = word.lower()
        if not _is_word(token):
            if word == "." and _is_abbrev_dot(tokens, j - 1):
                j -= 1
                continue
            if word == ")" and j == k:  # "Sen. Claire McCaskill (D-Mo.) said"
                m = j - 2
                while m > floor and tokens[m][2] != "(" and k - m < MAX_SPEAKER_TOKENS:
                    m -= 1
                if m > floor and tokens[m][2] == "(":
                    j = m
                    k = m
                    continue
            break
        if low in FUNCTION_WORDS and not (
            low in NP_CONNECTORS and j < k and (_is_cap(tokens[j]) or low == "of")
        ):
            break
        if _cue_at(tokens, j - 1):
            break
        j -= 1
    run = _trim_np(tokens[j:k])
    while run and _lower(run[0]) in NP_CONNECTORS:
        run = _trim_np(run[1:])
    # "the mother of three" keeps its "of"; "grew tired of Smith" does not.
    if run and not (_is_cap(run[0]) or _lower(run[0]) in DETERMINERS):
        cut = [i for i, t in enumerate(run) if _lower(t) == "of"]
        if cut:
            run = _trim_np(run[cut[-1] + 1 :])
    if run and _is_possessive(run[-1]):
        return []  # "Trump’s" owns something else; it is not the speaker
    return run


def _segment_choice(tokens: list[Token], lenient: bool) -> list[Token]:
    """Among comma-separated segments before a cue, the speaker: a name, else a pronoun, else the last.

    `Smith, the foo of bar, said` -> Smith; `Those talks go on, he said` -> he.
    """
    segments: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        if token[2] == "(":
            depth += 1
        elif token[2] == ")":
            depth = max(0, depth - 1)
        if token[2] in ",—–―" and not depth:
            segments.append([])
        else:
            segments[-1].append(token)
    candidates = []
    for segment in segments:
        segment = _strip_punct(segment)
        while segment and _skippable(segment[-1]):
            segment = segment[:-1]
        if _np_ok(segment, lenient):
            candidates.append(segment)
    for candidate in candidates:
        if _is_name(candidate):
            return candidate
    for candidate in candidates:
        if _lower(candidate[0]) in PRONOUNS:
            return candidate
    return candidates[-1] if candidates else []


def _np_backward(tokens: list[Token], k: int, floor: int) -> list[Token]:
    """The subject of a cue at k: `Smith said`, `Smith, the foo of bar, said`, `Sen. X (D-Mo.) said`."""
    j = k
    while j > floor and _skippable(tokens[j - 1]):
        j -= 1
    if j > floor and tokens[j - 1][2] == ",":
        return _segment_choice(tokens[floor : j - 1], lenient=True)
    run = _np_backward_run(tokens, j, floor)
    return run if _np_ok(run, lenient=True) else []


# --------------------------------------------------------------------------- attribution


def _channel(text: str, start: int, end: int, cue: str | None) -> str | None:
    match = _CHANNEL.search(text, start, end)
    if match:
        found = next(g for g in match.groups() if g)
        return "post on X" if found in {"X", "Twitter"} else found
    return CUE_CHANNELS.get(cue.lower()) if cue else None


def _make(ctx: _Context, s: int, e: int, tokens: list[Token], cue_k: int, cue_len: int) -> _Attribution:
    """An explicit attribution: speaker span [s, e) and the cue at tokens[cue_k : cue_k + cue_len]."""
    text = ctx.text
    c_s, c_e = tokens[cue_k][0], tokens[cue_k + cue_len - 1][1]
    window_start = max(0, min(s, c_s) - 80)
    window_end = min(len(text), max(e, c_e) + 80)
    channel = _channel(text, window_start, window_end, tokens[cue_k][2])
    speaker = text[s:e]
    pronoun = speaker.lower() in PRONOUNS
    return _Attribution(speaker, s, e, text[c_s:c_e], c_s, c_e, channel, pronoun, True)


def _make_np(
    ctx: _Context, speaker: list[Token], tokens: list[Token], cue_k: int, cue_len: int
) -> _Attribution:
    return _make(ctx, speaker[0][0], speaker[-1][1], tokens, cue_k, cue_len)


def _according(ctx: _Context, tokens: list[Token], k: int) -> _Attribution | None:
    """`according to X` / `according to a readout by X`: the speaker follows the cue."""
    phrase = _np_forward(tokens, k + 2)
    if not phrase:
        return None
    end = k + 2 + len(phrase)
    words = [_lower(t) for t in phrase]
    media = [w for w in words if w in CHANNEL_NOUNS or w.rstrip("s") in CHANNEL_NOUNS]
    if end < len(tokens) and _lower(tokens[end]) in {"by", "from", "of"} and media:
        speaker = _np_forward(tokens, end + 1)
        if speaker and _np_ok(speaker, lenient=True):
            result = _make_np(ctx, speaker, tokens, k, 2)
            result.channel = media[-1] if media[-1] in CHANNEL_NOUNS else media[-1].rstrip("s")
            return result
    if not _np_ok(phrase, lenient=True):
        return None
    return _make_np(ctx, phrase, tokens, k, 2)


def _before(ctx: _Context, start: int, end: int, sentence_start: int | None = None) -> _Attribution | None:
    """A cue in the clause before the quote: `X said: “...”`, `X called it “...”`, `according to X, “...”`.

    `sentence_start` is given when the clause is a whole sentence prefix (no earlier quote in it), so
    participles and coordinated cues (`X attacked Y, saying “...”`) may take the sentence subject.
    """
    tokens = _tokens(ctx.text, start, end)
    for k in range(len(tokens) - 1, -1, -1):
        size = _cue_at(tokens, k)
        if not size:
            continue
        if _lower(tokens[k]) in SUBJECT_AFTER_CUE:
            found = _according(ctx, tokens, k)
            if found:
                return found
            continue
        floor = 0
        for m in range(k - 1, -1, -1):
            if not _is_word(tokens[m]) and _ends_sentence(tokens, m):
                floor = m + 1
                break
        j = k
        while j > floor and _skippable(tokens[j - 1]):
            j -= 1
        gerund = _lower(tokens[k]).endswith("ing")
        participle = gerund or (
            j > floor and (_lower(tokens[j - 1]) in COORDINATORS or tokens[j - 1][2] == ",")
        )
        if gerund and j > floor and _is_word(tokens[j - 1]):
            doer = _np_backward_run(tokens, j, floor)  # "footage of Hillary Clinton asking"
            if doer and _is_name(doer) and _np_ok(doer):
                return _make_np(ctx, doer, tokens, k, size)
        if participle and sentence_start is not None:
            subject = _subject(ctx, sentence_start, tokens[k][0])
            if subject is not None and subject.speaker_start is not None and subject.speaker_end is not None:
                return _make(ctx, subject.speaker_start, subject.speaker_end, tokens, k, size)
        if j > floor and _lower(tokens[j - 1]) in COORDINATORS:
            continue
        subject_np = _np_backward(tokens, k, floor)
        if subject_np and not (participle and _lower(tokens[k]).endswith("ing")):
            return _make_np(ctx, subject_np, tokens, k, size)
        inverted = _np_forward(tokens, k + size)
        if inverted and _np_ok(inverted) and _lower(inverted[0]) not in PRONOUNS | {"that"}:
            return _make_np(ctx, inverted, tokens, k, size)
    return None


def _after(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A cue just after the quote: `“...,” said X`, `“...,” X, the foo of bar, said`, `“...” ― X`."""
    tokens = _tokens(ctx.text, start, end)
    first = 0
    while first < len(tokens) and not _is_word(tokens[first]):
        if first > 0 and _ends_sentence(tokens, first):
            return None
        first += 1
    if first > 0 and tokens[first - 1][2] in "―—" and first < len(tokens):
        dash_speaker = _np_forward(tokens, first)
        nearby = range(first, min(len(tokens), first + 4))
        if dash_speaker and _is_name(dash_speaker) and not any(_cue_at(tokens, m) for m in nearby):
            s, e = dash_speaker[0][0], dash_speaker[-1][1]
            return _Attribution(ctx.text[s:e], s, e, explicit=True)
    paren = 0
    for k in range(first, min(len(tokens), first + MAX_AFTER_TOKENS)):
        word = tokens[k][2]
        if word == "(":
            paren += 1
        elif word == ")":
            paren = max(0, paren - 1)
        if not paren and not _is_word(tokens[k]) and _ends_sentence(tokens, k):
            return None
        size = _cue_at(tokens, k)
        if not size:
            continue
        if _lower(tokens[k]) in SUBJECT_AFTER_CUE:
            return _according(ctx, tokens, k) if k == first else None
        j = k
        while j > first and _skippable(tokens[j - 1]):
            j -= 1
        if j == first:
            if _lower(tokens[k]).endswith("ing"):
                return None  # `“...,” adding that ...`: the speaker was named before the quote
            inverted = _np_forward(tokens, k + size)
            if inverted and _np_ok(inverted, lenient=True) and _lower(inverted[0]) not in {"that", "it"}:
                return _make_np(ctx, inverted, tokens, k, size)
            return None
        if _lower(tokens[j - 1]) in COORDINATORS:
            return None
        lead = first
        while lead < j and _lower(tokens[lead]) in FUNCTION_WORDS and _lower(tokens[lead]) not in PRONOUNS:
            lead += 1  # `“...,” as a Homeland Security memo put it`
        speaker = _segment_choice(tokens[lead:j], lenient=True)
        return _make_np(ctx, speaker, tokens, k, size) if speaker else None
    return None


def _subject(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The sentence subject when it is a name or role: `Officials X and Y today discussed “...”`.

    The subject is the noun phrase before the first lower-case verb-like word, after skipping an
    opener (`In recent weeks,`, `Following the meeting,`, a dateline) and an appositive
    (`Dean, a former DNC chairman, poked ...`).
    """
    tokens = _tokens(ctx.text, start, min(end, start + MAX_REGION))
    n = len(tokens)
    k = 0
    if n and _is_word(tokens[0]):
        opener = _lower(tokens[0])
        if opener in FUNCTION_WORDS or opener.endswith(("ing", "ed")):
            k = next((m + 1 for m in range(n) if tokens[m][2] == ","), n)
            while k < n and tokens[k][2][:1].islower() and _lower(tokens[k]) not in DETERMINERS:
                k = next((m + 1 for m in range(k, n) if tokens[m][2] == ","), n)
    lead = k
    while k < n:
        token = tokens[k]
        if token[2] == "," and k > lead and _is_word(tokens[k - 1]) and _is_cap(tokens[k - 1]):
            close = next((m for m in range(k + 1, min(n, k + 20)) if tokens[m][2] == ","), None)
            if close is not None:
                k = close + 1  # an appositive: "Dean, a former DNC chairman, poked ..."
                continue
        if (
            _is_word(token)
            and token[2][:1].islower()
            and _lower(token) not in NP_CONNECTORS | DETERMINERS | ROLE_NOUNS
            and not _skippable(token)
        ):
            break
        k += 1
    else:
        return None
    j = k
    while j > lead and _skippable(tokens[j - 1]):
        j -= 1
    if j > lead and tokens[j - 1][2] == ",":
        run = _segment_choice(tokens[lead : j - 1], lenient=False)
    else:
        run = _np_backward_run(tokens, j, lead)
    if not run or not _np_ok(run):
        return None
    if not (_is_name(run) or _lower(run[-1]) in ROLE_NOUNS or any(_is_cap(t) for t in run[1:])):
        return None
    s, e = run[0][0], run[-1][1]
    return _Attribution(ctx.text[s:e], s, e)


def _colon_block(ctx: _Context, paragraph: Paragraph, after: int) -> _Attribution | None:
    """`According to a readout by X:` / `X said in a post on X:` introduces the next paragraph's quotes."""
    text = ctx.text
    tail = text[paragraph.start : paragraph.end].rstrip()
    if not tail.endswith(":"):
        return None
    end = paragraph.start + len(tail) - 1
    start = max(paragraph.start, after, end - MAX_REGION)
    found = _before(ctx, start, end, _sentence_start(ctx, end) if after <= paragraph.start else None)
    if found is not None and found.pronoun:
        _resolve_pronoun(ctx, found, (paragraph.start, found.speaker_start or paragraph.start))
    return found


def _last_named(ctx: _Context, position: int, floor: int, person: bool | None = None) -> _Attribution | None:
    """The latest named speaker of a quote in [floor, position), optionally person-like or not."""
    best: tuple[int, _Attribution] | None = None
    for named in ctx.named:
        k = bisect.bisect_left(named, position, key=lambda item: item[0])
        for offset, attribution in reversed(named[max(0, k - NAMED_WALK) : k]):
            if offset < floor or (best is not None and offset <= best[0]):
                break
            if person is None or _person_like(attribution.speaker) == person:
                best = (offset, attribution)
                break
    return best[1] if best else None


def _recent_speaker(ctx: _Context, position: int, paragraph_index: int) -> _Attribution | None:
    """The last named speaker at most RECENT_PARAGRAPHS back."""
    return _last_named(ctx, position, ctx.paragraphs[max(0, paragraph_index - RECENT_PARAGRAPHS)].start)


def _previous_sentence(ctx: _Context, piece: _Piece) -> _Attribution | None:
    """`Sanders praised young voters. “...”`: the sentence before, in the same paragraph, names them."""
    k = _sentence_index(ctx, piece.open_pos)
    if k == 0 or ctx.sentences[k - 1].paragraph != piece.paragraph:
        return None
    sentence = ctx.sentences[k - 1]
    if sentence.end - sentence.start > MAX_REGION:
        return None
    found = _before(ctx, sentence.start, sentence.end, sentence.start) or _subject(
        ctx, sentence.start, sentence.end
    )
    if found is not None and found.pronoun:
        _resolve_pronoun(ctx, found, (sentence.start, found.speaker_start or sentence.start))
    return found


def _person_like(speaker: str | None) -> bool:
    return bool(speaker) and speaker.split()[0].lower() not in DETERMINERS  # type: ignore[union-attr]


def _resolve_pronoun(ctx: _Context, attribution: _Attribution, region: tuple[int, int] | None) -> None:
    """Point a pronoun speaker at its antecedent: the subject of `region`, the clause before it in the
    same sentence (`Lynch said she recalled ...`, `McCaskill scolded him: “...,” she said`), else the
    last named speaker, else the last capitalised name before it."""
    position = attribution.speaker_start or 0
    pronoun = (attribution.speaker or "").lower()
    person = pronoun in PERSON_PRONOUNS
    antecedent: tuple[int, int] | None = None
    if region is not None and region[0] < region[1]:
        subject = _subject(ctx, *region)
        if (
            subject is not None
            and subject.speaker_start is not None
            and subject.speaker_end is not None
            and _person_like(subject.speaker) == person
        ):
            antecedent = (subject.speaker_start, subject.speaker_end)
    if antecedent is None:
        floor_paragraph = max(0, _paragraph_of(ctx, position) - PRONOUN_PARAGRAPHS)
        floor = ctx.paragraphs[floor_paragraph].start if ctx.paragraphs else 0
        previous = _last_named(ctx, position, floor, person)
        if previous is not None and previous.speaker_start is not None and previous.speaker_end is not None:
            antecedent = (previous.speaker_start, previous.speaker_end)
    if antecedent is None and person:
        for match in _PERSON_NAME.finditer(ctx.text, max(0, position - PRONOUN_LOOKBACK), position):
            words = match.group().split()
            if words[0].lower() in FUNCTION_WORDS | DETERMINERS | CALENDAR_WORDS:
                continue
            if any(word in ORGANISATION_WORDS or word in THING_WORDS for word in words):
                continue  # "the Child Support Agency": a name, but not one that says "he" or "she"
            if _inside_a_quote(ctx, match.start()):
                continue  # `“Here comes Big Daddy,” she said`: she is not Big Daddy
            end = match.end() - (2 if match.group().endswith(("’s", "'s")) else 0)
            antecedent = (match.start(), end)
    if antecedent is None:
        return
    s, e = antecedent
    attribution.speaker, attribution.speaker_start, attribution.speaker_end = ctx.text[s:e], s, e
    attribution.pronoun = False


def _inside_a_quote(ctx: _Context, position: int) -> bool:
    k = bisect.bisect_right(ctx.quoted, (position, len(ctx.text) + 1)) - 1
    return k >= 0 and ctx.quoted[k][0] <= position < ctx.quoted[k][1]


def _paragraph_of(ctx: _Context, position: int) -> int:
    k = _sentence_index(ctx, position)
    return ctx.sentences[k].paragraph if ctx.sentences else 0


def _sentence_start(ctx: _Context, position: int) -> int:
    k = bisect.bisect_right(ctx.sentence_starts, position) - 1
    return ctx.sentences[k].start if k >= 0 else 0


def _sentence_index(ctx: _Context, position: int) -> int:
    return max(0, bisect.bisect_right(ctx.sentence_starts, position) - 1)


def _is_partial(text: str, piece: _Piece, paragraph: Paragraph) -> bool:
    """Embedded fragments (`officials “discussed ...” and`) and scare quotes are partial."""
    inner = text[piece.start : piece.end]
    words = inner.split()
    if len(words) <= SCARE_QUOTE_WORDS:
        return True
    first_alpha = next((c for c in inner if c.isalpha()), "")
    if first_alpha.islower():
        return True
    k = piece.open_pos - 1
    while k >= paragraph.start and text[k].isspace():
        k -= 1
    if k >= paragraph.start and text[k].isalnum():
        m = k
        while m > max(paragraph.start, k - 30) and text[m - 1].isalpha():
            m -= 1
        if text[m : k + 1].lower() not in REPORTING_VERBS and text[m : k + 1].lower() != "that":
            return True
    if piece.closed and inner[-1:].isalnum():
        k = piece.close_end
        while k < paragraph.end and text[k] == " ":
            k += 1
        if k < paragraph.end and text[k].islower():
            return True
    return False


def _remember(ctx: _Context, rank: int, offset: int, attribution: _Attribution) -> None:
    """Record a named speaker (pass `rank`, quote position `offset`) for pronouns and follow-ups."""
    if attribution.speaker and not attribution.pronoun:
        ctx.named[rank].append((offset, attribution))


_WORD_BEFORE_QUOTE = re.compile(r"([A-Za-z]+)\s*$")


def _modifies_a_noun(text: str, open_pos: int, end: int, close_end: int) -> bool:
    """`the “failing” Child Support Agency reported ...`: a scare quote inside a noun phrase (a determiner
    before it, no punctuation closing it, a word straight after), so the name and verb after it are the
    sentence's subject and verb, not a speaker and a speech cue."""
    match = _WORD_BEFORE_QUOTE.search(text, max(0, open_pos - 20), open_pos)
    if match is None or match.group(1).lower() not in DETERMINERS:
        return False
    return text[end - 1 : end] not in ",.!?;:…" and text[close_end : close_end + 2][-1:].isalpha()


def _according_later(ctx: _Context, start: int, next_open: int) -> _Attribution | None:
    """`... done “everything in their powers” to stay on top, according to editor Paul Rees.`: the source
    closes the quote's sentence."""
    sentence_end = ctx.sentences[_sentence_index(ctx, start)].end if ctx.sentences else len(ctx.text)
    end = min(sentence_end, next_open)
    tokens = _tokens(ctx.text, start, end)
    for n, token in enumerate(tokens[:-1]):
        if _lower(token) == "according" and _lower(tokens[n + 1]) == "to":
            return _according(ctx, tokens, n)
    return None


def _explicit(ctx: _Context, piece: _Piece, previous_end: int, next_open: int) -> _Attribution | None:
    """The cue in the quote's own sentence. A quote closing on a full stop is attributed by the clause
    before it first (`Russia insisted that Pyongyang “stop.” The IAEA said ...`), others by what follows."""
    text = ctx.text
    sentence_start = _sentence_start(ctx, piece.open_pos)
    clause_start = max(previous_end, sentence_start, piece.open_pos - MAX_REGION)
    whole = sentence_start if clause_start == sentence_start else None

    def before() -> _Attribution | None:
        return _before(ctx, clause_start, piece.open_pos, whole)

    def after() -> _Attribution | None:
        if not piece.closed or _modifies_a_noun(text, piece.open_pos, piece.end, piece.close_end):
            return None
        return _after(ctx, piece.close_end, min(next_open, piece.close_end + MAX_REGION))

    full_stop = text[piece.end - 1] in ".…"
    found = (before() or after()) if full_stop else (after() or before())
    if found is None and piece.closed:
        found = _according_later(ctx, piece.close_end, next_open)
    if found is not None and found.pronoun:
        region = (
            None if whole is None else (whole, min(piece.open_pos, found.speaker_start or piece.open_pos))
        )
        _resolve_pronoun(ctx, found, region)
    return found


def _attribute(ctx: _Context, pieces: list[_Piece]) -> list[_Attribution | None]:
    """Explicit cue around each quote first; then chain, colon block, sentence subject, neighbours."""
    results: list[_Attribution | None] = [None] * len(pieces)
    by_paragraph: dict[int, list[int]] = {}
    for n, piece in enumerate(pieces):
        by_paragraph.setdefault(piece.paragraph, []).append(n)

    previous_ends: list[int] = []
    next_opens: list[int] = []
    for n, piece in enumerate(pieces):
        paragraph = ctx.paragraphs[piece.paragraph]
        same_before = n > 0 and pieces[n - 1].paragraph == piece.paragraph
        same_after = n + 1 < len(pieces) and pieces[n + 1].paragraph == piece.paragraph
        previous_ends.append(pieces[n - 1].close_end if same_before else paragraph.start)
        next_opens.append(pieces[n + 1].open_pos if same_after else paragraph.end)

    for n, piece in enumerate(pieces):
        found = _explicit(ctx, piece, previous_ends[n], next_opens[n])
        results[n] = found
        if found is not None:
            _remember(ctx, 0, piece.open_pos, found)

    # Multi-paragraph quotes share one speaker.
    chains: dict[int, _Attribution] = {}
    for n, piece in enumerate(pieces):
        found = results[n]
        if piece.chain >= 0 and found is not None and piece.chain not in chains:
            chains[piece.chain] = found

    block_for: dict[int, _Attribution | None] = {}
    for index in sorted(by_paragraph):
        block: _Attribution | None = None
        if index > 0:
            prior = by_paragraph.get(index - 1)
            after = pieces[prior[-1]].close_end if prior else ctx.paragraphs[index - 1].start
            block = _colon_block(ctx, ctx.paragraphs[index - 1], after)
            if block is None and prior:
                block = block_for.get(index - 1)
        block_for[index] = block

    last_in_paragraph: dict[int, _Attribution] = {}
    for n, piece in enumerate(pieces):
        if results[n] is None:
            results[n] = _fallback(ctx, pieces, n, chains, block_for, last_in_paragraph, previous_ends[n])
        found = results[n]
        if found is not None:
            last_in_paragraph[piece.paragraph] = found
    return results


def _fallback(
    ctx: _Context,
    pieces: list[_Piece],
    n: int,
    chains: dict[int, _Attribution],
    block_for: dict[int, _Attribution | None],
    last_in_paragraph: dict[int, _Attribution],
    previous_end: int,
) -> _Attribution | None:
    """A quote without its own cue: its chain, a colon block, the sentence subject, the speaker of an
    earlier quote in the paragraph, the sentence before, or a recent speaker."""
    piece = pieces[n]
    if piece.chain >= 0 and piece.chain in chains:
        return chains[piece.chain]
    block = block_for[piece.paragraph]
    if block is not None:
        return block
    sentence_start = _sentence_start(ctx, piece.open_pos)
    if previous_end <= sentence_start < piece.open_pos:
        subject = _subject(ctx, sentence_start, piece.open_pos)
        if subject is not None:
            _remember(ctx, 1, piece.open_pos, subject)
            return subject
    if piece.paragraph in last_in_paragraph:
        return last_in_paragraph[piece.paragraph]
    found = _previous_sentence(ctx, piece) if sentence_start >= piece.open_pos - 1 else None
    if found is not None and found.speaker and not found.pronoun:
        return found
    return _recent_speaker(ctx, piece.open_pos, piece.paragraph)


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]
) -> tuple[Quote, ...]:
    """Every direct quotation in document order, each with its speaker when one can be found.

    A quote running over several paragraphs (news style: each opens with a mark, only the last
    closes) is returned as one Quote per paragraph, all with the same speaker.
    """
    pieces = _find_pieces(text, paragraphs)
    if not pieces:
        return ()
    ctx = _Context(
        text, paragraphs, [s.start for s in sentences], sentences, [(p.open_pos, p.close_end) for p in pieces]
    )
    attributions = _attribute(ctx, pieces)
    quotes: list[Quote] = []
    for piece, found in zip(pieces, attributions, strict=True):
        found = found or _Attribution()
        quotes.append(
            Quote(
                start=piece.start,
                end=piece.end,
                text=text[piece.start : piece.end],
                speaker=found.speaker,
                speaker_start=found.speaker_start,
                speaker_end=found.speaker_end,
                channel=found.channel,
                cue=found.cue,
                cue_start=found.cue_start,
                cue_end=found.cue_end,
                partial=_is_partial(text, piece, paragraphs[piece.paragraph]),
                sentence=_sentence_index(ctx, piece.start),
                paragraph=piece.paragraph,
            )
        )
    return tuple(quotes)
