"""Who said each quote: the cue and speaker around it, a colon block, the sentence's subject, a pronoun's
antecedent, or the last speaker nearby."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.article.gazetteer import ORGANISATION_WORDS, THING_WORDS, is_common_word, is_proper_word
from bot.article.model import Paragraph, Quote, Sentence
from bot.article.quotes.marks import Piece, find_pieces
from bot.article.quotes.phrases import (
    Token,
    cue_at,
    ends_sentence,
    is_cap,
    is_name,
    is_word,
    listed_before,
    lower_of,
    np_backward,
    np_backward_run,
    np_forward,
    np_ok,
    segment_choice,
    skippable,
    tokenize,
)
from bot.article.quotes.words import (
    AGREEING_PRONOUNS,
    BE_FORMS,
    CALENDAR_WORDS,
    CHANNEL,
    CHANNEL_NOUNS,
    COORDINATORS,
    CUE_CHANNELS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_PRONOUNS,
    GROUP_REFERENCES,
    HEAD_ENDS,
    HEARER_CUES,
    MAX_AFTER_TOKENS,
    MAX_OPENER_WORDS,
    MAX_REGION,
    NAMED_WALK,
    NP_CONNECTORS,
    OPEN_MARKS,
    PASSIVE_CUES,
    PERSON_NAME,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    PLURAL_ROLE_NOUNS,
    PRONOUN_LOOKBACK,
    PRONOUN_PARAGRAPHS,
    PRONOUNS,
    RECENT_PARAGRAPHS,
    RELATIVE_SUBJECTS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SCARE_QUOTE_WORDS,
    SINGULAR_PERSON_PRONOUNS,
    SUBJECT_AFTER_CUE,
    SUBJECT_AUXILIARIES,
    SUBJECT_VISITS,
    SUBJECT_WALK,
    SUBORDINATORS,
    THING_PRONOUNS,
)


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
    called_they: dict[str, bool] = field(default_factory=dict)
    """Names the story calls "they" (`_called_they`), read once per name."""


def _channel(text: str, start: int, end: int, cue: str | None) -> str | None:
    match = CHANNEL.search(text, start, end)
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
    phrase = np_forward(tokens, k + 2)
    if not phrase:
        return None
    end = k + 2 + len(phrase)
    words = [lower_of(t) for t in phrase]
    media = [w for w in words if w in CHANNEL_NOUNS or w.rstrip("s") in CHANNEL_NOUNS]
    if end < len(tokens) and lower_of(tokens[end]) in {"by", "from", "of"} and media:
        speaker = np_forward(tokens, end + 1)
        if speaker and np_ok(speaker, lenient=True):
            result = _make_np(ctx, speaker, tokens, k, 2)
            result.channel = media[-1] if media[-1] in CHANNEL_NOUNS else media[-1].rstrip("s")
            return result
    if not np_ok(phrase, lenient=True):
        return None
    return _make_np(ctx, phrase, tokens, k, 2)


def _before(ctx: _Context, start: int, end: int, sentence_start: int | None = None) -> _Attribution | None:
    """A cue in the clause before the quote: `X said: “...”`, `X called it “...”`, `according to X, “...”`.

    `sentence_start` is given when the clause is a whole sentence prefix (no earlier quote in it), so
    participles and coordinated cues (`X attacked Y, saying “...”`) may take the sentence subject.
    """
    tokens = tokenize(ctx.text, start, end)
    for k in range(len(tokens) - 1, -1, -1):
        size = cue_at(tokens, k)
        if not size:
            continue
        if lower_of(tokens[k]) in SUBJECT_AFTER_CUE:
            found = _according(ctx, tokens, k)
            if found:
                return found
            continue
        floor = 0
        for m in range(k - 1, -1, -1):
            if not is_word(tokens[m]) and ends_sentence(tokens, m):
                floor = m + 1
                break
        j = k
        while j > floor and skippable(tokens[j - 1]):
            j -= 1
        if lower_of(tokens[k]) in PASSIVE_CUES and any(lower_of(t) in BE_FORMS for t in tokens[j:k]):
            heard = _passive_source(ctx, tokens, k, size, floor)
            if heard is not None:
                return heard
            continue  # "she was warned that “...”": she heard it; who said it is not here
        hearer = lower_of(tokens[k]) in HEARER_CUES
        if j - 1 > floor and lower_of(tokens[j - 1]) in RELATIVE_SUBJECTS and tokens[j - 2][2] == ",":
            antecedent = np_backward_run(tokens, j - 2, floor)  # "with Dauer, who told the coach, “...”"
            if antecedent and is_name(antecedent) and np_ok(antecedent):
                return _make_np(ctx, antecedent, tokens, k, size)
        gerund = lower_of(tokens[k]).endswith("ing")
        participle = gerund or (
            j > floor and (lower_of(tokens[j - 1]) in COORDINATORS or tokens[j - 1][2] == ",")
        )
        if gerund and j > floor and is_word(tokens[j - 1]):
            doer = np_backward_run(tokens, j, floor)  # "footage of Hillary Clinton asking"
            if doer and is_name(doer) and np_ok(doer):
                return _make_np(ctx, doer, tokens, k, size)
        if j > floor and tokens[j - 1][2] == "," and not gerund:
            after_cue = [] if hearer else _named_after_cue(tokens, k + size)
            named = after_cue or _name_between_commas(tokens, j - 1, floor)
            if named:  # "China will lead ..., says Yao.", "Dirco's director-general, Zane Dangor, told"
                return _make_np(ctx, named, tokens, k, size)
        if participle and sentence_start is not None:
            subject = _subject(ctx, sentence_start, tokens[k][0])
            if subject is not None and subject.speaker_start is not None and subject.speaker_end is not None:
                return _make(ctx, subject.speaker_start, subject.speaker_end, tokens, k, size)
        if j > floor and lower_of(tokens[j - 1]) in COORDINATORS:
            clause = _clause_subject(ctx, tokens, j - 1, floor)
            if clause is not None and clause.speaker_start is not None and clause.speaker_end is not None:
                return _make(ctx, clause.speaker_start, clause.speaker_end, tokens, k, size)
            continue
        subject_np = np_backward(tokens, k, floor)
        if subject_np and not (participle and lower_of(tokens[k]).endswith("ing")):
            return _make_np(ctx, subject_np, tokens, k, size)
        if j > floor and lower_of(tokens[j - 1]) in PRONOUNS:
            return _make_np(ctx, [tokens[j - 1]], tokens, k, size)  # "It described X as “...”": not X
        inverted = [] if hearer else np_forward(tokens, k + size)  # "told the coach": who heard it
        if inverted and np_ok(inverted) and lower_of(inverted[0]) not in PRONOUNS | {"that"}:
            return _make_np(ctx, inverted, tokens, k, size)
    return None


def _clause_subject(ctx: _Context, tokens: list[Token], coordinator: int, floor: int) -> _Attribution | None:
    """The subject of the subordinate clause a coordinated cue closes ("... before the captain came back
    on the intercom and said: “...”" -> the captain): the name or role opening the clause after the last
    subordinator before the coordinator, within the sentence; None when no subordinator opens one."""
    opening = next(
        (m for m in range(coordinator - 1, floor - 1, -1) if lower_of(tokens[m]) in SUBORDINATORS), None
    )
    if opening is None or opening + 1 >= coordinator:
        return None
    return _subject(ctx, tokens[opening + 1][0], tokens[coordinator][0])


def _name_between_commas(tokens: list[Token], comma: int, floor: int) -> list[Token]:
    """A name set off by commas just before a cue (`Acme's director-general, Zane Dangor, told`): the
    speaker, though a longer subject opens the sentence."""
    named = np_backward_run(tokens, comma, floor)
    if not named or not is_name(named) or not np_ok(named):
        return []
    first = next(n for n, t in enumerate(tokens) if t[0] == named[0][0])
    return named if first - 1 > floor and tokens[first - 1][2] == "," else []


def _named_after_cue(tokens: list[Token], k: int) -> list[Token]:
    """A name that follows a cue and closes its clause (`..., says Yao.`, `..., said Dana Lee, the ...`):
    an inverted attribution, whose speaker is that name."""
    named = np_forward(tokens, k)
    after = k + len(named)
    if not named or not is_name(named) or not np_ok(named) or _is_possessive_word(named[-1][2]):
        return []
    return named if after < len(tokens) and tokens[after][2] in {",", ".", ";"} else []


def _passive_source(ctx: _Context, tokens: list[Token], k: int, size: int, floor: int) -> _Attribution | None:
    """Who said it to the subject of a passive cue: its agent ("was told by X") or the document the
    clause opens in ("In one briefing note she was warned that ...")."""
    after = k + size
    if after < len(tokens) and lower_of(tokens[after]) == "by":
        agent = np_forward(tokens, after + 1)
        if agent and np_ok(agent, lenient=True):
            return _make_np(ctx, agent, tokens, k, size)
    if floor < k and lower_of(tokens[floor]) in {"in", "on"}:
        for m in range(floor + 1, k):
            if lower_of(tokens[m]) in DOCUMENT_NOUNS and tokens[m][2][:1].islower():
                document = tokens[floor + 1 : m + 1]
                return _make_np(ctx, document, tokens, k, size) if np_ok(document, lenient=True) else None
    return None


def _after(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """A cue just after the quote: `“...,” said X`, `“...,” X, the foo of bar, said`, `“...” ― X`."""
    tokens = tokenize(ctx.text, start, end)
    first = 0
    while first < len(tokens) and not is_word(tokens[first]):
        if first > 0 and ends_sentence(tokens, first):
            return None
        first += 1
    if first > 0 and tokens[first - 1][2] in "―—" and first < len(tokens):
        dash_speaker = np_forward(tokens, first)
        nearby = range(first, min(len(tokens), first + 4))
        if dash_speaker and is_name(dash_speaker) and not any(cue_at(tokens, m) for m in nearby):
            s, e = dash_speaker[0][0], dash_speaker[-1][1]
            return _Attribution(ctx.text[s:e], s, e, explicit=True)
    paren = 0
    for k in range(first, min(len(tokens), first + MAX_AFTER_TOKENS)):
        word = tokens[k][2]
        if word == "(":
            paren += 1
        elif word == ")":
            paren = max(0, paren - 1)
        if not paren and not is_word(tokens[k]) and ends_sentence(tokens, k):
            return None
        size = cue_at(tokens, k)
        if not size:
            continue
        if lower_of(tokens[k]) in SUBJECT_AFTER_CUE:
            return _according(ctx, tokens, k) if k == first else None
        j = k
        while j > first and skippable(tokens[j - 1]):
            j -= 1
        if j == first:
            if lower_of(tokens[k]).endswith("ing"):
                return None  # `“...,” adding that ...`: the speaker was named before the quote
            inverted = [] if lower_of(tokens[k]) in HEARER_CUES else np_forward(tokens, k + size)
            if inverted and np_ok(inverted, lenient=True) and lower_of(inverted[0]) not in {"that", "it"}:
                return _make_np(ctx, inverted, tokens, k, size)
            return None
        if lower_of(tokens[j - 1]) in COORDINATORS:
            return None
        lead = first
        while (
            lead < j and lower_of(tokens[lead]) in FUNCTION_WORDS and lower_of(tokens[lead]) not in PRONOUNS
        ):
            lead += 1  # `“...,” as a Homeland Security memo put it`
        speaker = segment_choice(tokens[lead:j], lenient=True)
        return _make_np(ctx, speaker, tokens, k, size) if speaker else None
    return None


def _subject(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """The sentence subject when it is a name or role: `Officials X and Y today discussed “...”`.

    The subject is the noun phrase before the first lower-case verb-like word, after skipping an
    opener (`In recent weeks,`, `Following the meeting,`, a dateline) and an appositive
    (`Dean, a former DNC chairman, poked ...`).
    """
    tokens = tokenize(ctx.text, start, min(end, start + MAX_REGION))
    n = len(tokens)
    k = 0
    if n and is_word(tokens[0]):
        opener = lower_of(tokens[0])
        if opener in FUNCTION_WORDS or opener.endswith(("ing", "ed")):
            k = next((m + 1 for m in range(n) if tokens[m][2] == ","), n)
            while k < n and tokens[k][2][:1].islower() and lower_of(tokens[k]) not in DETERMINERS:
                k = next((m + 1 for m in range(k, n) if tokens[m][2] == ","), n)
    lead = k
    while k < n:
        token = tokens[k]
        if token[2] == "," and k > lead and is_word(tokens[k - 1]) and is_cap(tokens[k - 1]):
            close = next((m for m in range(k + 1, min(n, k + 20)) if tokens[m][2] == ","), None)
            if close is not None:
                k = close + 1  # an appositive: "Dean, a former DNC chairman, poked ..."
                if k < n and lower_of(tokens[k]) in SUBJECT_AUXILIARIES:
                    break  # "Katjavivi, one of his friends, was one of the people ...": the subject is named
                continue
        if (
            is_word(token)
            and token[2][:1].islower()
            and lower_of(token) not in NP_CONNECTORS | DETERMINERS | ROLE_NOUNS
            and not skippable(token)
        ):
            break
        k += 1
    else:
        return None
    j = k
    while j > lead and skippable(tokens[j - 1]):
        j -= 1
    if j > lead and tokens[j - 1][2] == ",":
        run = segment_choice(tokens[lead : j - 1], lenient=False)
    else:
        run = listed_before(tokens, np_backward_run(tokens, j, lead), lead)  # "Sens. A, B and C wrote"
    if not run or not np_ok(run):
        return None
    if not (is_name(run) or lower_of(run[-1]) in ROLE_NOUNS or any(is_cap(t) for t in run[1:])):
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


def _last_named(
    ctx: _Context, position: int, floor: int, person: bool | None = None, pronoun: str = ""
) -> tuple[int, _Attribution] | None:
    """The latest named speaker of a quote in [floor, position), with its quote's offset: optionally
    person-like or not, and one that `pronoun` can stand for."""
    best: tuple[int, _Attribution] | None = None
    for named in ctx.named:
        k = bisect.bisect_left(named, position, key=lambda item: item[0])
        for offset, attribution in reversed(named[max(0, k - NAMED_WALK) : k]):
            if offset < floor or (best is not None and offset <= best[0]):
                break
            if (person is None or _person_like(attribution.speaker) == person) and _agrees(
                attribution.speaker, pronoun
            ):
                best = (offset, attribution)
                break
    return best


def _agrees(speaker: str | None, pronoun: str) -> bool:
    """Whether a pronoun can stand for a speaker. "he" or "she": one person, named ("Mbumba") or by a
    singular role ("a spokeswoman for the union"), never a plural ("doctors", "the lawmakers") or a thing
    ("the company"); "it": a name or a thing ("SBM Intel", "the airline"), never a person's role; "they": a
    plural or a coordination ("the lawmakers", "Gallagher and his colleagues")."""
    if pronoun not in AGREEING_PRONOUNS:
        return True
    words = (speaker or "").split()
    if not words:
        return False
    if _title_at(words) is not None:  # "Capital Economics senior economist Ariane Curtis": one person
        return pronoun in SINGULAR_PERSON_PRONOUNS
    ends = [n for n, word in enumerate(words) if n and word.lower() in HEAD_ENDS]
    head = words[ends[0] - 1 if ends else -1].lower()
    person_head = head in PERSON_ROLE_NOUNS
    plural_head = head in PLURAL_ROLE_NOUNS or (
        words[-1].islower() and head.endswith("s") and not head.endswith("ss")
    )  # "doctors", "Federal employees"
    named = words[0][:1].isupper() and words[0].lower() not in DETERMINERS
    if pronoun in THING_PRONOUNS:
        return not (person_head or plural_head)
    if pronoun in GROUP_PRONOUNS:  # "the lawmakers", "Gallagher and his colleagues", never "the committee"
        counted = head.endswith("s") and not head.endswith("ss")
        counted = counted and (head in ROLE_NOUNS or words[-1].islower())
        return counted or any(word in {"and", "&"} for word in words[1:-1])
    body_head = head in ROLE_NOUNS and not person_head  # "House Committee", "the agency": no "he"
    return not (plural_head or body_head) if named else person_head


def _title_at(words: list[str]) -> int | None:
    """Where a phrase that ends in a person's role noun and then a capitalised name ("senior economist
    Ariane Curtis", "the bank's spokesman Tom Hall") has that role noun: the name after it is its head."""
    for n in range(len(words) - 2, -1, -1):
        if not words[n + 1][:1].isupper():
            return None
        if words[n].lower() in PERSON_ROLE_NOUNS and words[n].islower():
            return n
    return None


def _earlier_subject(ctx: _Context, position: int, floor: int, pronoun: str) -> _Attribution | None:
    """The subject of the nearest sentence before `position` (down to `floor`) that `pronoun` can stand
    for: `Melber questions why .... “...,” he says.`, or the speaker of its speech verb (`..., where realtor
    Shaun Ghulam said ...`). A sentence whose subject is itself a pronoun is passed over, as it refers to
    the same person, and so is a heading (no closing punctuation)."""
    k = _sentence_index(ctx, position) - 1
    walked = visited = 0
    while k >= 0 and walked < SUBJECT_WALK and ctx.sentences[k].start >= floor:
        sentence = ctx.sentences[k]
        k -= 1
        visited += 1
        if _inside_a_quote(ctx, sentence.start):
            if visited < SUBJECT_VISITS:
                continue  # the quoted speech itself is not the narrative being walked
            break
        walked += 1
        end = min(sentence.end, position)
        closing = ctx.text[sentence.start : end].rstrip()[-1:]
        if ctx.text[sentence.start] in OPEN_MARKS or closing.isalnum():
            continue
        subject = _subject(ctx, sentence.start, end)
        if subject is not None and subject.speaker_start is not None:
            lead = ctx.text[sentence.start : subject.speaker_start]
            if lead.strip() and not (lead.rstrip().endswith(",") and len(lead.split()) <= MAX_OPENER_WORDS):
                subject = None  # "..., including Brampton, Ont., where ...": not the sentence's subject
        for found in (subject, _before(ctx, sentence.start, end)):
            if found is None or (found.speaker or "").lower() in PRONOUNS:
                continue
            if _agrees(_as_read(ctx, found, sentence.start), pronoun):
                return _name_of_titled(ctx, found)
    return None


def _name_of_titled(ctx: _Context, found: _Attribution) -> _Attribution:
    """ "senior economist Ariane Curtis" -> "Ariane Curtis": the name a pronoun stands for, without its
    role (which the people rules keep)."""
    words = (found.speaker or "").split()
    n = _title_at(words)
    if found.speaker_start is None or n is None:
        return found
    offset = (found.speaker or "").index(words[n + 1], len(" ".join(words[: n + 1])))
    start = found.speaker_start + offset
    end = found.speaker_end if found.speaker_end is not None else start
    return _Attribution(
        ctx.text[start:end], start, end, found.cue, found.cue_start, found.cue_end, found.channel
    )


def _as_read(ctx: _Context, found: _Attribution, sentence_start: int) -> str:
    """The speaker phrase as agreement reads it: a common word capitalised only by the sentence start is
    lower case ("Sales are slow"), and a lower-case noun before an auxiliary is the phrase's head
    ("Federal workers are ...")."""
    phrase = found.speaker or ""
    if found.speaker_start == sentence_start:
        first, _, rest = phrase.partition(" ")
        if is_common_word(first) and not is_proper_word(first):
            phrase = " ".join(filter(None, (first.lower(), rest)))
    following = ctx.text[found.speaker_end or 0 : (found.speaker_end or 0) + 40].split()
    noun = len(following) > 1 and following[0].isalpha() and following[0].islower()
    if noun and following[1].strip(",.") in SUBJECT_AUXILIARIES:
        phrase = f"{phrase} {following[0]}"
    return phrase


def _recent_speaker(ctx: _Context, position: int, paragraph_index: int) -> _Attribution | None:
    """The last named speaker at most RECENT_PARAGRAPHS back."""
    found = _last_named(ctx, position, ctx.paragraphs[max(0, paragraph_index - RECENT_PARAGRAPHS)].start)
    return found[1] if found else None


def _previous_sentence(ctx: _Context, piece: Piece) -> _Attribution | None:
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
            and (subject.speaker or "").lower() not in PRONOUNS  # "She therefore had “...”, she told aides"
        ):
            antecedent = (subject.speaker_start, subject.speaker_end)
    if antecedent is None:
        floor_paragraph = max(0, _paragraph_of(ctx, position) - PRONOUN_PARAGRAPHS)
        floor = ctx.paragraphs[floor_paragraph].start if ctx.paragraphs else 0
        found = _last_named(ctx, position, floor, person, pronoun)
        previous = found[1] if found else None
        if pronoun in AGREEING_PRONOUNS:
            earlier = _earlier_subject(ctx, position, max(floor, found[0] if found else floor), pronoun)
            previous = earlier or previous
        if previous is not None and previous.speaker_start is not None and previous.speaker_end is not None:
            antecedent = (previous.speaker_start, previous.speaker_end)
    if antecedent is None and person:
        for match in PERSON_NAME.finditer(ctx.text, max(0, position - PRONOUN_LOOKBACK), position):
            words = match.group().split()
            if words[0].lower() in FUNCTION_WORDS | DETERMINERS | CALENDAR_WORDS:
                continue
            if any(word in ORGANISATION_WORDS or word in THING_WORDS for word in words):
                continue  # "the Child Support Agency": a name, but not one that says "he" or "she"
            if _inside_a_quote(ctx, match.start()):
                continue  # `“Here comes Big Daddy,” she said`: she is not Big Daddy
            end = match.end() - (2 if match.group().endswith(("’s", "'s")) else 0)
            antecedent = (match.start(), end)
    if antecedent is None and pronoun in GROUP_PRONOUNS:
        floor = (
            ctx.paragraphs[max(0, _paragraph_of(ctx, position) - PRONOUN_PARAGRAPHS)].start
            if ctx.paragraphs
            else 0
        )
        found = _last_named(ctx, position, floor, True)
        if found and found[1].speaker_start is not None and _called_they(ctx, found[1].speaker or ""):
            antecedent = (found[1].speaker_start, found[1].speaker_end or found[1].speaker_start)
    if antecedent is None:
        return
    s, e = antecedent
    attribution.speaker, attribution.speaker_start, attribution.speaker_end = ctx.text[s:e], s, e
    attribution.pronoun = False


def _called_they(ctx: _Context, name: str) -> bool:
    """Whether the story calls one named person "they" (singular they): a sentence outside quotes names
    them and then says "their" or "them" with no "and" between ("acebush1 accelerated their posting",
    "acebush1’s posts showed how sharply their view had shifted"), no group."""
    if name not in ctx.called_they:
        ctx.called_they[name] = _named_then_they(ctx, name)
    return ctx.called_they[name]


def _named_then_they(ctx: _Context, name: str) -> bool:
    if not name or not name[:1].isalnum() or " and " in name:
        return False
    for match in re.finditer(rf"(?<![\w@]){re.escape(name)}(?!\w)", ctx.text):
        if _inside_a_quote(ctx, match.start()):
            continue
        k = _sentence_index(ctx, match.start())
        rest = ctx.text[match.end() : ctx.sentences[k].end] if ctx.sentences else ""
        for word in re.finditer(r"[a-z]+", rest):
            if word.group() == "and":
                break
            if word.group() in GROUP_REFERENCES and not _inside_a_quote(ctx, match.end() + word.start()):
                return True
    return False


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


def _is_partial(text: str, piece: Piece, paragraph: Paragraph) -> bool:
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
    tokens = tokenize(ctx.text, start, end)
    for n, token in enumerate(tokens[:-1]):
        if lower_of(token) == "according" and lower_of(tokens[n + 1]) == "to":
            return _according(ctx, tokens, n)
    return None


def _explicit(
    ctx: _Context, piece: Piece, previous_end: int, next_open: int, fragments_before: bool = False
) -> _Attribution | None:
    """The cue in the quote's own sentence. A quote closing on a full stop is attributed by the clause
    before it first (`Russia insisted that Pyongyang “stop.” The IAEA said ...`), others by what follows.
    `fragments_before`: the quotes before it in its sentence are scare quotes, so a participle cue still
    takes the sentence's subject (`The delegation said Israel acts with ‘impunity’, arguing that ‘...’`)."""
    text = ctx.text
    sentence_start = _sentence_start(ctx, piece.open_pos)
    clause_start = max(previous_end, sentence_start, piece.open_pos - MAX_REGION)
    whole = sentence_start if clause_start == sentence_start or fragments_before else None

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
    if found is not None and found.pronoun:
        label = _transcript_label(ctx, ctx.paragraphs[piece.paragraph])
        if label is not None:  # `MR. O'NEIL: “...,” he read`: the label names him
            found.speaker, found.speaker_start, found.speaker_end = (
                label.speaker,
                label.speaker_start,
                label.speaker_end,
            )
            found.pronoun = False
    return found


def _fragments_before(ctx: _Context, pieces: list[Piece], n: int) -> bool:
    """Whether quotes open earlier in piece n's sentence and all of them are scare quotes (a few words)."""
    sentence_start = _sentence_start(ctx, pieces[n].open_pos)
    earlier = [p for p in pieces[max(0, n - 4) : n] if p.open_pos >= sentence_start]
    return bool(earlier) and all(len(ctx.text[p.start : p.end].split()) <= SCARE_QUOTE_WORDS for p in earlier)


def _attribute(ctx: _Context, pieces: list[Piece]) -> list[_Attribution | None]:
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
        found = _explicit(ctx, piece, previous_ends[n], next_opens[n], _fragments_before(ctx, pieces, n))
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
    pieces: list[Piece],
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
    labelled = (
        _transcript_label(ctx, ctx.paragraphs[piece.paragraph])
        or _signed_below(ctx, piece)
        or _asked_above(ctx, piece)
    )
    if labelled is not None:
        return labelled
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
    if _is_heading_quote(ctx, piece):
        return _next_speaker(ctx, piece.close_end, piece.paragraph + HEADING_REACH)
    return _recent_speaker(ctx, piece.open_pos, piece.paragraph)


HEADING_TAIL_WORDS = 6
"""Words a heading may add after its quote ("‘...’: TD Economics")."""
HEADING_REACH = 4
"""Paragraphs after a heading quote within which its section names the speaker."""


def _is_heading_quote(ctx: _Context, piece: Piece) -> bool:
    """A section heading or pull quote made of a quote: its paragraph is the quote, unpunctuated at its
    end, with at most a short label after it (`‘BoC to stay on sidelines’: TD Economics`). It quotes the
    section it opens, so its speaker is the next one named, not the last."""
    paragraph = ctx.paragraphs[piece.paragraph]
    text = ctx.text
    if not piece.closed or text[paragraph.start : piece.open_pos].strip():
        return False
    if text[piece.start : piece.end].rstrip()[-1:] in ".!?…,;":
        return False
    tail = text[piece.close_end : paragraph.end].strip()
    if tail and not (tail.startswith(":") and len(tail.split()) <= HEADING_TAIL_WORDS):
        return False
    return not tail.endswith((".", "!", "?"))


def _next_speaker(ctx: _Context, position: int, last_paragraph: int) -> _Attribution | None:
    """The first named speaker of a quote after `position`, up to the end of `last_paragraph`."""
    last = min(len(ctx.paragraphs) - 1, last_paragraph)
    ceiling = ctx.paragraphs[last].end
    best: tuple[int, _Attribution] | None = None
    for named in ctx.named:
        k = bisect.bisect_right(named, position, key=lambda item: item[0])
        if k < len(named) and named[k][0] < ceiling and (best is None or named[k][0] < best[0]):
            best = named[k]
    return best[1] if best else None


TRANSCRIPT_LABEL = re.compile(
    r"[ \t]*((?:[A-Z][A-Za-z]{1,4}\.[ \t]+)?[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}):[ \t]"
)
"""A transcript's speaker label opening a paragraph: "MR. O'NEIL: ...", "SEN. CARPER: ..."."""
SIGNATURE = re.compile(r"[ \t]*[—–―-][ \t]*")


def _transcript_label(ctx: _Context, paragraph: Paragraph) -> _Attribution | None:
    match = TRANSCRIPT_LABEL.match(ctx.text, paragraph.start, paragraph.end)
    if match is None or not any(c.isalpha() for c in match.group(1)[-2:]):
        return None
    return _Attribution(match.group(1), match.start(1), match.end(1), explicit=True)


def _signed_below(ctx: _Context, piece: Piece) -> _Attribution | None:
    """A roundup: the quote is its paragraph, and the next one opens with "— Name, Outlet"."""
    if piece.paragraph + 1 >= len(ctx.paragraphs):
        return None
    own = ctx.paragraphs[piece.paragraph]
    text = ctx.text
    if text[own.start : piece.open_pos].strip() or text[piece.close_end : own.end].strip():
        return None  # other words in the quote's paragraph: no roundup entry
    below = ctx.paragraphs[piece.paragraph + 1]
    dash = SIGNATURE.match(ctx.text, below.start, below.end)
    if dash is None or dash.end() == below.start:
        return None
    tokens = tokenize(ctx.text, dash.end(), min(below.end, dash.end() + MAX_REGION))
    speaker = np_forward(tokens, 0)
    if not speaker or not is_name(speaker) or _is_possessive_word(speaker[-1][2]):
        return None  # "— Canada’s jobless rate falls": a list of links, not a signature
    if len(speaker) < len(tokens) and tokens[len(speaker)][2] not in {",", "(", "."}:
        return None
    s, e = speaker[0][0], speaker[-1][1]
    return _Attribution(ctx.text[s:e], s, e, explicit=True)


def _is_possessive_word(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _asked_above(ctx: _Context, piece: Piece) -> _Attribution | None:
    """A quote opening its paragraph under a question about what someone said ("What did Suh say after
    the play?"): the question names the speaker."""
    if piece.paragraph == 0 or ctx.text[ctx.paragraphs[piece.paragraph].start] not in OPEN_MARKS:
        return None
    above = ctx.paragraphs[piece.paragraph - 1]
    if above.end - above.start > MAX_REGION or not ctx.text[above.start : above.end].rstrip().endswith("?"):
        return None
    tokens = tokenize(ctx.text, above.start, above.end)
    for n, token in enumerate(tokens[:-2]):
        if lower_of(token) not in SUBJECT_AUXILIARIES:
            continue  # "What [did] Suh say", "What [has] the coach said"
        asked = np_forward(tokens, n + 1)
        after = n + 1 + len(asked)
        if asked and is_name(asked) and after < len(tokens) and cue_at(tokens, after):
            s, e = asked[0][0], asked[-1][1]
            return _Attribution(ctx.text[s:e], s, e, explicit=True)
    return None


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]
) -> tuple[Quote, ...]:
    """Every direct quotation in document order, each with its speaker when one can be found.

    A quote running over several paragraphs (news style: each opens with a mark, only the last
    closes) is returned as one Quote per paragraph, all with the same speaker.
    """
    pieces = find_pieces(text, paragraphs)
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
