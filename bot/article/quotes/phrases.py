"""Tokens and speaker phrases: where a cue verb is, and which noun phrase next to it names a speaker."""

from __future__ import annotations

from bot.article.quotes.words import (
    CALENDAR_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    HANDLE_WORD,
    INFINITIVE_CUES,
    MAX_LISTED_NAME_TOKENS,
    MAX_SPEAKER_TOKENS,
    NP_BREAKERS,
    NP_CONNECTORS,
    NP_PREPOSITIONS,
    PHRASAL_CUES,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SKIP_BEFORE_CUE,
    SUBJECT_AFTER_CUE,
    TIME_HEADS,
    TOKEN,
)
from bot.article.sentences import ABBREVIATIONS

Token = tuple[int, int, str]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def is_word(token: Token) -> bool:
    return token[2][0].isalnum() or token[2][0] in "@#$_"


def is_cap(token: Token) -> bool:
    """Capitalised, or a handle ("@nytimes", "acebush1"): a word that can open a name."""
    return token[2][0].isupper() or token[2][0] == "@" or HANDLE_WORD.fullmatch(token[2]) is not None


def lower_of(token: Token) -> str:
    return token[2].lower()


def _is_possessive(token: Token) -> bool:
    return token[2].endswith(("’s", "'s", "s’", "s'"))


def _is_abbrev_dot(tokens: list[Token], k: int) -> bool:
    """Whether the '.' at tokens[k] belongs to an abbreviation or initial ("Sen.", "J.", "U.S.")."""
    if k == 0 or tokens[k - 1][1] != tokens[k][0]:
        return False
    word = tokens[k - 1][2]
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS or "." in word


def ends_sentence(tokens: list[Token], k: int) -> bool:
    """Whether punctuation at k closes a sentence (not "R-Ky., said" nor "Sen. Kaine")."""
    mark = tokens[k][2]
    if mark in "!?;":
        return True
    if mark != "." or _is_abbrev_dot(tokens, k):
        return False
    following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return not (following == "," or following[:1].islower())


def skippable(token: Token) -> bool:
    """Adverbs, auxiliaries and dates between a speaker and the cue ("Smith on Friday flatly said")."""
    low = lower_of(token)
    if low in CALENDAR_WORDS or low.isdigit():
        return True
    if is_cap(token):
        return False
    return low in SKIP_BEFORE_CUE or (low.endswith("ly") and len(low) > 4)


def cue_at(tokens: list[Token], k: int) -> int:
    """Length in tokens of the cue starting at k (0 when there is none)."""
    word = tokens[k][2].lower()
    if not tokens[k][2][:1].islower() and word not in SUBJECT_AFTER_CUE:
        return 0
    if word in INFINITIVE_CUES and k + 1 < len(tokens) and lower_of(tokens[k + 1]) == "to":
        return 0
    follow = PHRASAL_CUES.get(word)
    if follow is not None:
        if k + 1 < len(tokens) and lower_of(tokens[k + 1]) == follow:
            if word == "quoted":
                return 3 if k + 2 < len(tokens) and lower_of(tokens[k + 2]) == "saying" else 0
            return 2
        return 1 if word in REPORTING_VERBS else 0
    return 1 if word in REPORTING_VERBS else 0


def np_ok(tokens: list[Token], lenient: bool = False) -> bool:
    """Whether a token run can be a speaker: a name, a pronoun, or a determiner/role phrase.

    `lenient` is for slots where the syntax already says "speaker" (`“...,” the book said`).
    """
    if not tokens or len(tokens) > MAX_SPEAKER_TOKENS or not is_word(tokens[0]):
        return False
    first = lower_of(tokens[0])
    if first in PRONOUNS:
        return len(tokens) == 1
    words = [lower_of(t) for t in tokens if is_word(t)]
    if words[-1] in TIME_HEADS:
        return False  # "Monday said", "the past week": a time, never a speaker
    inside = NP_CONNECTORS | NP_PREPOSITIONS if lenient else NP_CONNECTORS
    if first in FUNCTION_WORDS or any(
        (w in FUNCTION_WORDS and w not in inside) or w in REPORTING_VERBS for w in words[1:]
    ):
        return False
    if any(
        lower_of(t) in DETERMINERS and lower_of(tokens[i]) not in NP_CONNECTORS
        for i, t in enumerate(tokens[1:])
    ):
        return False  # "Following a", "features a New York Times"
    if is_cap(tokens[0]):
        return True
    if first in DETERMINERS or _is_possessive(tokens[0]):
        if any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in words[1:]):
            return True
        if any(is_cap(t) for t in tokens[1:]):
            return True
        return lenient and 1 < len(words) <= 7 and not any(w in SKIP_BEFORE_CUE for w in words[1:])
    if lenient and any(is_cap(t) for t in tokens):
        return True
    plural = lenient and len(words) <= 2 and words[-1].endswith("s")
    return len(words) <= 3 and (words[-1] in ROLE_NOUNS or plural)


def is_name(tokens: list[Token]) -> bool:
    return bool(tokens) and is_cap(tokens[0]) and lower_of(tokens[0]) not in DETERMINERS | FUNCTION_WORDS


def _strip_punct(tokens: list[Token]) -> list[Token]:
    while tokens and not is_word(tokens[0]):
        tokens = tokens[1:]
    while tokens and not is_word(tokens[-1]) and tokens[-1][2] not in ").":
        tokens = tokens[:-1]
    if tokens and tokens[-1][2] == "." and not _is_abbrev_dot(tokens, len(tokens) - 1):
        tokens = tokens[:-1]
    return tokens


def _trim_np(tokens: list[Token]) -> list[Token]:
    """Drop leading words that cannot open a noun phrase, and trailing punctuation."""
    while tokens and not (
        is_cap(tokens[0])
        or lower_of(tokens[0]) in DETERMINERS
        or lower_of(tokens[0]) in PRONOUNS
        or lower_of(tokens[0]) in ROLE_NOUNS
        or _is_possessive(tokens[0])
    ):
        tokens = tokens[1:]
    return _strip_punct(tokens)


def _role_then_name(tokens: list[Token], k: int) -> bool:
    """`Q [magazine editor] Paul Rees`, `Acme [chief economist] Dana Lee`: lower-case words ending in a
    role, then a capitalised name: the phrase goes on to the person."""
    for n in range(k, min(k + 3, len(tokens) - 1)):
        if is_cap(tokens[n]) or not is_word(tokens[n]):
            return False
        if lower_of(tokens[n]) in ROLE_NOUNS and is_cap(tokens[n + 1]):
            return True
    return False


def np_forward(tokens: list[Token], k: int) -> list[Token]:
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
        elif not is_word(token):
            initial = (
                word == "." and _is_abbrev_dot(tokens, k) and k + 1 < len(tokens) and is_cap(tokens[k + 1])
            )
            if not initial and not (word in "’'" and out):
                break
        elif out and low in NP_CONNECTORS:
            if not (k + 1 < len(tokens) and is_cap(tokens[k + 1])):
                break
        elif out and (
            low in FUNCTION_WORDS
            or cue_at(tokens, k)
            or low in NP_BREAKERS
            or (
                not is_cap(token)
                and is_cap(out[-1])
                and low not in ROLE_NOUNS
                and not _role_then_name(tokens, k)
            )
        ):
            break
        out.append(token)
        k += 1
    while out and (out[-1][2] == "(" or lower_of(out[-1]) in NP_CONNECTORS):
        out.pop()
    if paren and out:
        opening = max(i for i, t in enumerate(out) if t[2] == "(")
        out = out[:opening]
    return out


def _joins(tokens: list[Token], j: int, floor: int) -> bool:
    """Whether the connector at tokens[j - 1], before a determiner at tokens[j], stays inside the speaker
    phrase: after a role noun ("a spokeswoman [for the] union", "an analyst [at the] bank"), or joining a
    name to a group ("Gallagher [and his] colleagues")."""
    if j - 2 < floor or lower_of(tokens[j]) not in DETERMINERS:
        return False
    before = tokens[j - 2]
    if lower_of(tokens[j - 1]) == "and":
        return is_cap(before) and lower_of(before) not in DETERMINERS | FUNCTION_WORDS
    return not is_cap(before) and lower_of(before) in ROLE_NOUNS


def np_backward_run(tokens: list[Token], k: int, floor: int) -> list[Token]:
    """The contiguous noun phrase ending just before k, not reaching below floor; a subject pronoun there
    is the whole phrase ("In the video [he] says")."""
    if k > floor and lower_of(tokens[k - 1]) in PRONOUNS:
        return [tokens[k - 1]]
    j = k
    while j > floor and k - j < MAX_SPEAKER_TOKENS:
        token = tokens[j - 1]
        word = token[2]
        low = word.lower()
        if not is_word(token):
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
            low in NP_CONNECTORS and j < k and (is_cap(tokens[j]) or low == "of" or _joins(tokens, j, floor))
        ):
            break
        if cue_at(tokens, j - 1):
            break
        j -= 1
    run = _trim_np(tokens[j:k])
    while run and lower_of(run[0]) in NP_CONNECTORS:
        run = _trim_np(run[1:])
    # "the mother of three" keeps its "of"; "grew tired of Smith" does not.
    if run and not (is_cap(run[0]) or lower_of(run[0]) in DETERMINERS):
        cut = [i for i, t in enumerate(run) if lower_of(t) == "of"]
        if cut:
            run = _trim_np(run[cut[-1] + 1 :])
    if run and _is_possessive(run[-1]):
        return []  # "Trump’s" owns something else; it is not the speaker
    return run


def segment_choice(tokens: list[Token], lenient: bool) -> list[Token]:
    """Among comma-separated segments before a cue, the speaker: a name (one ending in a capitalised
    word first: not the role in `Acme's director-general, Zane Dangor, said`), else a pronoun, else the last.

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
        while segment and skippable(segment[-1]):
            segment = segment[:-1]
        if np_ok(segment, lenient):
            candidates.append(segment)
    listed = _name_list(candidates)
    if listed:
        return listed
    names = [candidate for candidate in candidates if is_name(candidate)]
    for candidate in names:
        last = next(t for t in reversed(candidate) if is_word(t))
        if is_cap(last):
            return candidate  # a proper name before "Acme's director-general, Zane Dangor, said"
    if names:
        return names[0]
    for candidate in candidates:
        if lower_of(candidate[0]) in PRONOUNS:
            return candidate
    return candidates[-1] if candidates else []


def _coordinated(tokens: list[Token]) -> bool:
    """ "Dianne Feinstein and Ben Cardin": names joined by "and" (or "&")."""
    return is_name(tokens) and any(lower_of(t) in {"and", "&"} and n for n, t in enumerate(tokens[:-1]))


def _name_list(segments: list[list[Token]]) -> list[Token]:
    """A list of names closed by a coordination, as one speaker phrase ("Sens. Tom Carper, Dianne
    Feinstein and Ben Cardin"): consecutive name segments, the last of them coordinated. The segments
    must follow one another in the text (only a comma between them)."""
    for n, segment in enumerate(segments):
        if not _coordinated(segment) or n == 0:
            continue
        first = n
        while (
            first > 0
            and is_name(segments[first - 1])
            and not _coordinated(segments[first - 1])
            and len(segments[first - 1]) <= MAX_LISTED_NAME_TOKENS
        ):
            first -= 1
        if first < n:
            return [t for segment in segments[first : n + 1] for t in segment]
    return []


def listed_before(tokens: list[Token], run: list[Token], floor: int) -> list[Token]:
    """A coordinated run ("Dianne Feinstein and Ben Cardin said") with the names listed before it, comma
    by comma ("Sens. Tom Carper, ...")."""
    if not _coordinated(run):
        return run
    start = next(n for n, t in enumerate(tokens) if t[0] == run[0][0])
    found = run
    while start - 1 > floor and tokens[start - 1][2] == ",":
        before = np_backward_run(tokens, start - 1, floor)
        if not before or not is_name(before) or _coordinated(before) or len(before) > MAX_LISTED_NAME_TOKENS:
            break
        found = [*before, tokens[start - 1], *found]
        start = next(n for n, t in enumerate(tokens) if t[0] == before[0][0])
    return found


def np_backward(tokens: list[Token], k: int, floor: int) -> list[Token]:
    """The subject of a cue at k: `Smith said`, `Smith, the foo of bar, said`, `Sen. X (D-Mo.) said`."""
    j = k
    while j > floor and skippable(tokens[j - 1]):
        j -= 1
    if j > floor and tokens[j - 1][2] == ",":
        return segment_choice(tokens[floor : j - 1], lenient=True)
    run = np_backward_run(tokens, j, floor)
    return listed_before(tokens, run, floor) if np_ok(run, lenient=True) else []
