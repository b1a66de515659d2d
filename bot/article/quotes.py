"""Direct quotations and their speakers, with exact spans.

Hand-written rules over compiled `re`: textacy's `direct_quotations` needs spaCy plus a model download
and runs ~50x over our 4 ms per 1,000 words budget, and no other library attributes speakers at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.article.model import Paragraph, Quote, Sentence
from bot.article.sentences import ABBREVIATIONS


def _words(spaced: str) -> list[str]:
    """Word lists are written as text blocks to keep the constants readable."""
    return spaced.split()


REPORTING_VERBS = frozenset(
    _words(
        """
    say says said saying tell tells told telling add adds added adding ask asks asked asking
    write writes wrote writing tweet tweets tweeted tweeting posted posting stated
    noted argue argues argued arguing warn warns warned warning insist insists insisted insisting
    explain explains explained explaining claimed declare declares declared announce announces
    announced continue continues continued recall recalls recalled reply replies replied respond
    responds responded acknowledge acknowledges acknowledged admit admits admitted observe observes
    observed remark remarks remarked suggest suggests suggested assert asserts asserted contend
    contends contended complain complains complained predict predicts predicted promise promises
    promised vow vows vowed urge urges urged call calls called describe describes described
    report reports reported quip quips quipped joke jokes joked exclaim exclaims exclaimed
    shout shouts shouted yell yells yelled chant chants chanted sing sings sang emphasize emphasizes
    emphasized emphasise emphasised stress stresses stressed agree agrees agreed conclude concludes
    concluded concede concedes conceded charged accuse accuses accused muse muses mused wonder
    wonders wondered testify testifies testified recount recounts recounted boast boasts boasted
    lament laments lamented scoff scoffs scoffed retort retorts retorted demand demands demanded
    tout touts touted dub dubs dubbed label labels labeled labelled brand brands branded
    """
    )
)
"""Cue verbs that introduce speech, inflected. Nouns that double as verbs ("states", "notes", "claims",
"posts", "charges") are left out in the -s form because they are far more often nouns."""

PHRASAL_CUES = {"according": "to", "went": "on", "pointed": "out", "quoted": "as"}
"""Two-word cues: first word -> the word that must follow it."""

SUBJECT_AFTER_CUE = frozenset({"according"})
"""Cues whose speaker follows them ("according to X") rather than preceding them."""

NP_CONNECTORS = frozenset({"of", "for", "and", "at"})
"""Lower-case words allowed inside a name when a capitalised word follows ("Secretary of State")."""
NP_BREAKERS = frozenset({"who", "speaking", "adding", "noting", "referring", "according"})

PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
PERSON_PRONOUNS = frozenset({"he", "she", "i"})

DETERMINERS = frozenset(
    _words(
        """the a an his her their its our my your this that these those one another some many several
    both two three four five six all most other any each every"""
    )
)

FUNCTION_WORDS = frozenset(
    _words(
        """in on at for from to by with as of after before during while when if but and or so because
    then than though although since until unless where whether which who whom whose what how why
    there here it is was are were be been has have had do does did not no yes also still yet even
    just only however meanwhile instead now today yesterday tomorrow asked told said says"""
    )
)
"""Capitalised at a sentence start, these never begin a speaker's name."""

SKIP_BEFORE_CUE = frozenset(
    _words(
        """also has had have was were is are would will could may might should later then once again
    previously recently reportedly further simply repeatedly publicly privately often first just
    quickly flatly did does do been not never earlier today yesterday tonight last this on
    monday tuesday wednesday thursday friday saturday sunday
    morning afternoon evening night week month year already similarly separately angrily bluntly
    """
    )
)
"""Words that may stand between a speaker and the cue ("Trump also said", "Smith on Monday said")."""

ROLE_NOUNS = frozenset(
    _words(
        """spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides
    adviser advisers advisor advisors analyst analysts expert experts critic critics supporter
    supporters resident residents people voter voters authorities investigators police
    prosecutor prosecutors lawmaker lawmakers observer observers organizer organizers protester
    protesters witness witnesses advocate advocates economist economists scientist scientists
    researcher researchers spokespersons democrats republicans leaders leader ministry
    minister president senator governor mayor chairman chairwoman chair director secretary
    narrator announcer statement report campaign candidate nominee lawyer lawyers attorney
    attorneys judge officer officers agency department ad letter memo readout study survey
    poll pollster strategist strategists operative operatives member members representative
    representatives manager executive executives ceo founder host professor commentator
    activist activists group groups team committee administration government"""
    )
)
"""Lower-case heads that make a determiner phrase a plausible speaker ("a campaign spokesman")."""

CHANNEL_NOUNS = (
    "post on X",
    "post on Twitter",
    "post on Facebook",
    "post on Instagram",
    "post on Truth Social",
    "news conference",
    "press conference",
    "press briefing",
    "press release",
    "conference call",
    "radio interview",
    "television interview",
    "TV interview",
    "phone interview",
    "statement",
    "interview",
    "readout",
    "tweet",
    "post",
    "email",
    "e-mail",
    "letter",
    "speech",
    "op-ed",
    "video",
    "message",
    "briefing",
    "memo",
    "podcast",
    "testimony",
    "rally",
    "debate",
)
"""Media a statement was made through, matched after "in a", "via", "during", "at" ... near the cue."""

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
MAX_AFTER_TOKENS = 16
"""Tokens after a closing mark within which the cue must start ("...,” Rep. Jim Jordan (R-Ohio) said")."""
MAX_SPEAKER_TOKENS = 14
SCARE_QUOTE_WORDS = 3
"""Quotes of this many words or fewer are scare quotes or fragments: always partial."""
RECENT_PARAGRAPHS = 2
"""How far back an unattributed quote may borrow the last speaker."""
PRONOUN_LOOKBACK = 600

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
    named: list[tuple[int, _Attribution]] = field(default_factory=list)


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


def _is_abbrev_dot(tokens: list[Token], k: int) -> bool:
    """Whether the '.' at tokens[k] belongs to an abbreviation or initial ("Sen.", "J.", "U.S.")."""
    if k == 0 or tokens[k - 1][1] != tokens[k][0]:
        return False
    word = tokens[k - 1][2]
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS or "." in word


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    mark = tokens[k][2]
    return mark in "!?;" or (mark == "." and not _is_abbrev_dot(tokens, k))


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


def _np_ok(tokens: list[Token]) -> bool:
    """Whether a token run can be a speaker: a name, a pronoun, or a determiner/role phrase."""
    if not tokens or len(tokens) > MAX_SPEAKER_TOKENS or not _is_word(tokens[0]):
        return False
    first = _lower(tokens[0])
    if first in PRONOUNS:
        return len(tokens) == 1
    if first in FUNCTION_WORDS:
        return False
    if _is_cap(tokens[0]):
        return True
    words = [_lower(t) for t in tokens if _is_word(t)]
    if first in DETERMINERS or first.endswith(("’s", "'s")):
        return any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words[1:]) or any(
            _is_cap(t) for t in tokens[1:]
        )
    return len(words) <= 3 and words[-1] in ROLE_NOUNS


def _is_name(tokens: list[Token]) -> bool:
    return bool(tokens) and _is_cap(tokens[0]) and _lower(tokens[0]) not in DETERMINERS | FUNCTION_WORDS


def _trim_np(tokens: list[Token]) -> list[Token]:
    """Drop leading words that cannot open a noun phrase and trailing punctuation."""
    while tokens and not (
        _is_cap(tokens[0])
        or _lower(tokens[0]) in DETERMINERS
        or _lower(tokens[0]) in PRONOUNS
        or _lower(tokens[0]) in ROLE_NOUNS
        or _lower(tokens[0]).endswith(("’s", "'s"))
    ):
        tokens = tokens[1:]
    while tokens and not _is_word(tokens[-1]) and not (tokens[-1][2] == ")" or tokens[-1][2] == "."):
        tokens = tokens[:-1]
    if tokens and tokens[-1][2] == "." and not _is_abbrev_dot(tokens, len(tokens) - 1):
        tokens = tokens[:-1]
    return tokens


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
            or (not _is_cap(token) and _is_cap(out[-1]) and low not in ROLE_NOUNS)
        ):
            break
        out.append(token)
        k += 1
    while out and (out[-1][2] in {"(", ")"} or _lower(out[-1]) in {"of", "for", "and", "at"}):
        out.pop()
    return out


def _np_backward(tokens: list[Token], k: int, floor: int) -> list[Token]:
    """The noun phrase ending just before k (the subject of a cue at k), not reaching below floor."""
    j = k
    while j > floor and (_lower(tokens[j - 1]) in SKIP_BEFORE_CUE and not _is_cap(tokens[j - 1])):
        j -= 1
    # "Smith, the foo of bar, said": skip one appositive when a name stands before it.
    if j > floor and tokens[j - 1][2] in ",)":
        comma = j - 1
        m = comma - 1
        while m > floor and tokens[m][2] not in ",(":
            m -= 1
        if m > floor and tokens[m][2] in ",(":
            head = _np_backward_run(tokens, m, floor)
            if head and (_is_name(head) or _lower(head[0]) in PRONOUNS):
                return head
        appositive = _trim_np(tokens[m + 1 if tokens[m][2] in ",(" else m : comma])
        return appositive if _np_ok(appositive) and len(appositive) <= 6 else []
    return _np_backward_run(tokens, j, floor)


def _np_backward_run(tokens: list[Token], k: int, floor: int) -> list[Token]:
    j = k
    while j > floor and k - j < MAX_SPEAKER_TOKENS:
        token = tokens[j - 1]
        word = token[2]
        low = word.lower()
        if not _is_word(token):
            if word == "." and _is_abbrev_dot(tokens, j - 1):
                j -= 1
                continue
            if word == ")":
                m = j - 2
                while m > floor and tokens[m][2] != "(":
                    m -= 1
                if m > floor and k - m < MAX_SPEAKER_TOKENS:
                    j = m
                    continue
            break
        if low in FUNCTION_WORDS and not (low in {"of", "and", "for"} and j < k and _is_cap(tokens[j])):
            break
        if _cue_at(tokens, j - 1):
            break
        j -= 1
    run = _trim_np(tokens[j:k])
    while run and _lower(run[0]) in {"of", "and", "for"}:
        run = _trim_np(run[1:])
    # A possessive at the end is the owner of something else, not the speaker.
    if run and _lower(run[-1]).endswith(("’s", "'s")):
        return []
    return run


def _segment_choice(tokens: list[Token]) -> list[Token]:
    """Among comma-separated segments before a cue, pick the speaker: a name, else a pronoun, else last."""
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
    candidates = [_trim_np(s) for s in segments if s]
    candidates = [c for c in candidates if _np_ok(c)]
    for c in candidates:
        if _is_name(c):
            return c
    for c in candidates:
        if _lower(c[0]) in PRONOUNS:
            return c
    return candidates[-1] if candidates else []


# --------------------------------------------------------------------------- attribution


def _channel(text: str, start: int, end: int, cue: str | None) -> str | None:
    match = _CHANNEL.search(text, start, end)
    if match:
        found = next(g for g in match.groups() if g)
        return "post on X" if found in {"X", "Twitter"} else found
    return CUE_CHANNELS.get(cue.lower()) if cue else None


def _make(ctx: _Context, speaker: list[Token], tokens: list[Token], cue_k: int, cue_len: int) -> _Attribution:
    text = ctx.text
    s, e = speaker[0][0], speaker[-1][1]
    c_s, c_e = tokens[cue_k][0], tokens[cue_k + cue_len - 1][1]
    lo = min(s, c_s)
    hi = max(e, c_e)
    window_start = max(0, lo - 80)
    window_end = min(len(text), hi + 80)
    channel = _channel(text, window_start, window_end, tokens[cue_k][2])
    pronoun = len(speaker) == 1 and _lower(speaker[0]) in PRONOUNS
    return _Attribution(text[s:e], s, e, text[c_s:c_e], c_s, c_e, channel, pronoun, True)


def _according(ctx: _Context, tokens: list[Token], k: int) -> _Attribution | None:
    """`according to X` / `according to a readout by X`: the speaker follows the cue."""
    phrase = _np_forward(tokens, k + 2)
    if not phrase:
        return None
    end = k + 2 + len(phrase)
    words = [_lower(t) for t in phrase]
    if (
        end < len(tokens)
        and _lower(tokens[end]) in {"by", "from", "of"}
        and any(w in CHANNEL_NOUNS or w.rstrip("s") in CHANNEL_NOUNS for w in words)
    ):
        channel = next(w for w in reversed(words) if w in CHANNEL_NOUNS or w.rstrip("s") in CHANNEL_NOUNS)
        speaker = _np_forward(tokens, end + 1)
        if speaker and _np_ok(speaker):
            result = _make(ctx, speaker, tokens, k, 2)
            result.channel = channel.rstrip("s") if channel not in CHANNEL_NOUNS else channel
            return result
    if not _np_ok(phrase):
        return None
    return _make(ctx, phrase, tokens, k, 2)


def _before(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A cue in the clause before the quote: `X said: “...”`, `X called it “...”`, `according to X, “...”`."""
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
        subject = _np_backward(tokens, k, floor)
        if subject and _np_ok(subject):
            return _make(ctx, subject, tokens, k, size)
        inverted = _np_forward(tokens, k + size)
        if inverted and _np_ok(inverted) and _lower(inverted[0]) not in PRONOUNS | {"that"}:
            return _make(ctx, inverted, tokens, k, size)
    return None


def _after(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A cue just after the quote: `“...,” said X`, `“...,” X, the foo of bar, said`, `“...” ― X`."""
    tokens = _tokens(ctx.text, start, end)
    first = 0
    while first < len(tokens) and not _is_word(tokens[first]):
        if _ends_sentence(tokens, first) and first > 0:
            return None
        first += 1
    if first > 0 and tokens[first - 1][2] in "―—" and first < len(tokens):
        dash_speaker = _np_forward(tokens, first)
        if (
            dash_speaker
            and _is_name(dash_speaker)
            and not any(_cue_at(tokens, m) for m in range(first, first + 4) if m < len(tokens))
        ):
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
        while j > first and _lower(tokens[j - 1]) in SKIP_BEFORE_CUE and not _is_cap(tokens[j - 1]):
            j -= 1
        if j == first:
            inverted = _np_forward(tokens, k + size)
            if inverted and _np_ok(inverted):
                return _make(ctx, inverted, tokens, k, size)
            return None
        speaker = _segment_choice(tokens[first:j])
        if speaker:
            return _make(ctx, speaker, tokens, k, size)
        return None
    return None


def _subject(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The sentence subject when it is a name or role: `Officials X and Y today discussed “...”`.

    The subject is the capitalised run just before the first lower-case verb-like word, which skips
    datelines and openers such as `Washington, Mar 28 (UNI)`.
    """
    tokens = _tokens(ctx.text, start, end)
    verb = next(
        (
            k
            for k, token in enumerate(tokens)
            if _is_word(token)
            and token[2][:1].islower()
            and _lower(token) not in NP_CONNECTORS | SKIP_BEFORE_CUE | DETERMINERS
            and _lower(token) not in ROLE_NOUNS
            and not (k + 1 < len(tokens) and _is_cap(tokens[k + 1]) and _lower(token) == "the")
        ),
        None,
    )
    if verb is None:
        return None
    j = verb
    while j > 0 and _lower(tokens[j - 1]) in SKIP_BEFORE_CUE and not _is_cap(tokens[j - 1]):
        j -= 1
    run = _np_backward_run(tokens, j, 0)
    if not run or not _np_ok(run) or not (_is_name(run) or _lower(run[-1]) in ROLE_NOUNS):
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
    found = _before(ctx, start, end)
    if found is not None:
        found.explicit = True
    return found


def _recent_speaker(ctx: _Context, position: int, paragraph_index: int) -> _Attribution | None:
    """The last explicitly attributed speaker at most RECENT_PARAGRAPHS back, else a reported-speech
    subject (`Smith said the deal was dead.`) in those paragraphs."""
    floor = ctx.paragraphs[max(0, paragraph_index - RECENT_PARAGRAPHS)].start
    best: _Attribution | None = None
    for offset, attribution in reversed(ctx.named):
        if offset < floor:
            break
        if offset < position:
            best = attribution
            break
    if best is not None:
        return best
    start = max(floor, position - MAX_REGION * 2)
    found = _before(ctx, start, position)
    if found is not None and not found.pronoun:
        found.explicit = False
        return found
    return None


def _resolve_pronoun(ctx: _Context, attribution: _Attribution, position: int) -> _Attribution:
    """Point a pronoun speaker at the nearest preceding named speaker or capitalised person name."""
    pronoun = (attribution.speaker or "").lower()
    person = pronoun in PERSON_PRONOUNS
    antecedent: tuple[int, int] | None = None
    for offset, previous in reversed(ctx.named):
        if offset >= position or previous.speaker_start is None or previous.speaker_end is None:
            continue
        first = (previous.speaker or "").split()[0].lower() if previous.speaker else ""
        if person == (first not in DETERMINERS):
            antecedent = (previous.speaker_start, previous.speaker_end)
            break
    if person:
        window_start = max(antecedent[1] if antecedent else 0, position - PRONOUN_LOOKBACK)
        last = None
        for match in _PERSON_NAME.finditer(ctx.text, window_start, attribution.speaker_start or position):
            last = match
        if last is not None:
            antecedent = (last.start(), last.end())
    if antecedent is None:
        return attribution
    s, e = antecedent
    attribution.speaker, attribution.speaker_start, attribution.speaker_end = ctx.text[s:e], s, e
    return attribution


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
        while m > paragraph.start and text[m - 1].isalpha():
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


def _remember(ctx: _Context, offset: int, attribution: _Attribution) -> None:
    """Keep named speakers sorted by position, for pronouns and unattributed follow-up quotes."""
    bisect.insort(ctx.named, (offset, attribution), key=lambda item: item[0])


def _attribute(ctx: _Context, pieces: list[_Piece]) -> list[_Attribution | None]:
    """Explicit cue around each quote first; then chain, colon block, sentence subject, recent speaker."""
    results: list[_Attribution | None] = [None] * len(pieces)
    by_paragraph: dict[int, list[int]] = {}
    for n, piece in enumerate(pieces):
        by_paragraph.setdefault(piece.paragraph, []).append(n)

    for n, piece in enumerate(pieces):
        paragraph = ctx.paragraphs[piece.paragraph]
        siblings = by_paragraph[piece.paragraph]
        position = siblings.index(n)
        previous_end = pieces[siblings[position - 1]].close_end if position else paragraph.start
        next_open = pieces[siblings[position + 1]].open_pos if position + 1 < len(siblings) else paragraph.end
        found = None
        if piece.closed:
            found = _after(ctx, piece.close_end, min(next_open, piece.close_end + MAX_REGION))
        if found is None:
            clause_start = max(
                previous_end, _sentence_start(ctx, piece.open_pos), piece.open_pos - MAX_REGION
            )
            found = _before(ctx, clause_start, piece.open_pos)
        results[n] = found
        if found is not None and found.pronoun:
            _resolve_pronoun(ctx, found, found.speaker_start or piece.open_pos)
        if found is not None and not found.pronoun:
            _remember(ctx, found.speaker_start or piece.start, found)

    # Multi-paragraph quotes share one speaker.
    chains: dict[int, _Attribution] = {}
    for n, piece in enumerate(pieces):
        if piece.chain >= 0 and results[n] is not None and piece.chain not in chains:
            chains[piece.chain] = results[n]  # type: ignore[assignment]

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

    for n, piece in enumerate(pieces):
        paragraph = ctx.paragraphs[piece.paragraph]
        block = block_for[piece.paragraph]
        if results[n] is not None:
            continue
        if piece.chain >= 0 and piece.chain in chains:
            results[n] = chains[piece.chain]
            continue
        if block is not None:
            results[n] = block
            continue
        sentence_start = _sentence_start(ctx, piece.open_pos)
        siblings = by_paragraph[piece.paragraph]
        position = siblings.index(n)
        previous_end = pieces[siblings[position - 1]].close_end if position else paragraph.start
        if sentence_start >= previous_end and sentence_start < piece.open_pos:
            subject = _subject(ctx, sentence_start, piece.open_pos)
            if subject is not None:
                results[n] = subject
                _remember(ctx, subject.speaker_start or piece.start, subject)
                continue
        for m in reversed(siblings[:position]):
            if results[m] is not None:
                results[n] = results[m]
                break
        else:
            results[n] = _recent_speaker(ctx, piece.open_pos, piece.paragraph)
    return results


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
    ctx = _Context(text, paragraphs, [s.start for s in sentences], sentences)
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
