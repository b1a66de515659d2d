"""Invariance of free-question answers to the way a reader frames a question: every dev question the bot
answers right, asked again wrapped in words that are not part of it, must still be answered right.

    python3 bench/eval_rephrased.py [--verbose]

Questions: the union's dev sets (`eval_ask.question_sets`, held-out sets left out), texts read at run time
as `eval_ask` reads them. Each rephrasing is a plain rewrite of the question's text, no gold involved: a
story frame before or after it ("According to the article, …", "… in the story?"), a request ("Can you
tell me …", "I was wondering …"), a closing "please", an "exactly" after the question word, a contraction
("Who's"), the question mark dropped or doubled, the question all in lower case, a "who / what … is X?"
question embedded in a request in its own order ("Can you tell me who X is?"), a word in the other of
British and American spelling, a small count in digits for words or back, an opening question word as a
phrase ("For what reason", "What number of": phrases the bot's question_phrases.tsv also lists, so these
rows check that it is read, not how many phrases it knows), a typo in the longest word (a letter dropped,
two swapped), a country in another spelling ("the UK" / "Britain"), a closing "according to X" put first;
and a question naming a person of the story in full, by surname only, first name only or as "Mr.
Surname". A row counts the questions whose outcome (eval_ask's `Scored.outcome`) is no longer "right";
--verbose prints them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import ask, load_text, question_sets  # noqa: E402

from bot.article import Article, parse  # noqa: E402

_COPULA = re.compile(r"^((?:who|what|where|when|why|which \w+|how \w+))\s+(is|was|are|were)\s+(.+?)\?$", re.I)


def _lowered_first(question: str) -> str:
    return question[:1].lower() + question[1:]


def _embedded(question: str) -> str | None:
    """ "Who is Vaclav Havel?" -> "Can you tell me who Vaclav Havel is?"; None for other shapes."""
    found = _COPULA.match(question)
    if found is None:
        return None
    return f"Can you tell me {found.group(1).lower()} {found.group(3)} {found.group(2)}?"


_CONTRACTIBLE = re.compile(r"^(who|what|where|when|how) is\b", re.I)
_WH_OPENING = re.compile(r"^((?:who|what|where|when|why|how(?: \w+)?)) ", re.I)


def _contracted(question: str) -> str | None:
    """ "Who is X?" -> "Who's X?"; None for other shapes."""
    if not _CONTRACTIBLE.match(question):
        return None
    return _CONTRACTIBLE.sub(lambda m: m.group(1) + "'s", question, count=1)


def _exactly(question: str) -> str | None:
    """ "When did X ...?" -> "When exactly did X ...?"; None when it opens with no question word."""
    if not _WH_OPENING.match(question):
        return None
    return _WH_OPENING.sub(lambda m: m.group(1) + " exactly ", question, count=1)


OTHER_SPELLING = {
    british: american
    for british, american in (
        ("analysed", "analyzed"),
        ("apologise", "apologize"),
        ("authorised", "authorized"),
        ("cancelled", "canceled"),
        ("centre", "center"),
        ("colour", "color"),
        ("criticised", "criticized"),
        ("defence", "defense"),
        ("emphasised", "emphasized"),
        ("favour", "favor"),
        ("kilometres", "kilometers"),
        ("labour", "labor"),
        ("licence", "license"),
        ("metres", "meters"),
        ("neighbour", "neighbor"),
        ("neighbours", "neighbors"),
        ("offence", "offense"),
        ("organisation", "organization"),
        ("organisations", "organizations"),
        ("organised", "organized"),
        ("privatisation", "privatization"),
        ("programme", "program"),
        ("realised", "realized"),
        ("recognised", "recognized"),
        ("theatre", "theater"),
        ("travelled", "traveled"),
    )
}
"""A reader's other spelling, hand-listed here (not the bot's spelling_variants.tsv, which it would test
against itself)."""
_EITHER_SPELLING = {**OTHER_SPELLING, **{american: british for british, american in OTHER_SPELLING.items()}}


def _other_spelling(question: str) -> str | None:
    """ "Who criticised the plan?" -> "Who criticized the plan?" (and back); None with no such word."""
    words = re.split(r"(\W+)", question)
    spelled = [_EITHER_SPELLING.get(word.lower(), word) for word in words]
    return "".join(spelled) if spelled != words else None


COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _other_count(question: str) -> str | None:
    """ "two of its banks" -> "2 of its banks" and "3 years" -> "three years"; None with no small count."""
    words = re.split(r"(\W+)", question)
    digits = {word: str(n) for n, word in enumerate(COUNT_WORDS, 1)}
    spelled = [
        digits.get(w.lower()) or (COUNT_WORDS[int(w) - 1] if w.isdigit() and 1 <= int(w) <= 10 else w)
        for w in words
    ]
    return "".join(spelled) if spelled != words else None


def _opening(pattern: str, phrase: str) -> Callable[[str], str | None]:
    """A rephrasing that puts `phrase` for the opening `pattern` ("Why" -> "For what reason")."""
    opening = re.compile(pattern)
    return lambda q: opening.sub(phrase, q, count=1) if opening.match(q) else None


def _typo(question: str, *, swap: bool) -> str | None:
    """The question's longest lower-case word of six letters or more with its fourth letter dropped
    ("customers" -> "cusomers") or swapped with the fifth ("cusotmers"); None with no such word."""
    words = re.findall(r"\b[a-z]{6,}\b", question)
    if not words:
        return None
    word = max(words, key=len)
    typed = word[:3] + word[4] + word[3] + word[5:] if swap else word[:3] + word[4:]
    return question.replace(word, typed, 1)


COUNTRY_SPELLINGS = (
    ("the United States", "the U.S.", "the US", "America"),
    ("Britain", "the UK", "the United Kingdom"),
)
"""Spellings of one country a reader may use for the story's (hand-listed, not the gazetteer's)."""


def _other_country(question: str) -> str | None:
    """ "... across the UK?" -> "... across Britain?": a country in the question in another spelling."""
    for spellings in COUNTRY_SPELLINGS:
        for form in spellings:
            found = re.search(rf"(?:\bthe )?\b{re.escape(form.removeprefix('the '))}(?!\w)", question)
            if found:
                other = spellings[(spellings.index(form) + 1) % len(spellings)]
                return question[: found.start()] + other + question[found.end() :]
    return None


_SOURCE_AFTER = re.compile(r"^(?P<question>.+?),? (?P<source>according to [^?]+)\?$")


def _source_first(question: str) -> str | None:
    """ "Why did he leave, according to the company?" -> "According to the company, why did he leave?"."""
    found = _SOURCE_AFTER.match(question)
    if found is None:
        return None
    source, asked = found.group("source"), found.group("question")
    return f"{source[:1].upper()}{source[1:]}, {asked[:1].lower()}{asked[1:]}?"


REPHRASINGS: dict[str, Callable[[str], str | None]] = {
    "According to the article, …": lambda q: "According to the article, " + _lowered_first(q),
    "In the story, …": lambda q: "In the story, " + _lowered_first(q),
    "… according to the story?": lambda q: q.rstrip("?") + " according to the story?",
    "… in the article?": lambda q: q.rstrip("?") + " in the article?",
    "Can you tell me …": lambda q: "Can you tell me " + _lowered_first(q),
    "Do you know …": lambda q: "Do you know " + _lowered_first(q),
    "no question mark": lambda q: q.rstrip("?"),
    "all lower case": lambda q: q.lower(),
    "embedded (Can you tell me who X is?)": _embedded,
    "contracted (Who's, What's)": _contracted,
    "… exactly …": _exactly,
    "Quick question: …": lambda q: "Quick question: " + _lowered_first(q),
    "… please?": lambda q: q.rstrip("?") + ", please?",
    "two question marks": lambda q: q.rstrip("?") + "??",
    "Hey, …": lambda q: "Hey, " + _lowered_first(q),
    "I was wondering …": lambda q: "I was wondering " + _lowered_first(q),
    "British / American spelling": _other_spelling,
    "a count in digits / words": _other_count,
    "Why -> For what reason": _opening(r"^Why\b", "For what reason"),
    "Who VERB -> Which person VERB": _opening(r"^Who (?!is |was |are |were )", "Which person "),
    "How many -> What number of": _opening(r"^How many\b", "What number of"),
    "How much -> What amount": _opening(
        r"^How much (?=did|does|do|is|was|has|have|will|are|were)", "What amount "
    ),
    "When -> At what point": _opening(r"^When\b", "At what point"),
    "a typo: a letter dropped": lambda q: _typo(q, swap=False),
    "a typo: two letters swapped": lambda q: _typo(q, swap=True),
    "a country in another spelling": _other_country,
    "a source first (According to X, …)": _source_first,
}


def _named(question: str, article: Article) -> str | None:
    """The full name of a person of the article that the question writes, if any ("Brendan Lynch")."""
    return next((p.name for p in article.people if " " in p.name and p.name in question), None)


NAME_REPHRASINGS: dict[str, Callable[[str, str], str]] = {
    "a person by surname only": lambda q, name: q.replace(name, name.split()[-1]),
    "a person by first name only": lambda q, name: q.replace(name, name.split()[0]),
    "a person as Mr. Surname": lambda q, name: q.replace(name, "Mr. " + name.split()[-1]),
}
"""Rephrasings of a question that names a person of the article in full."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every question a rephrasing loses")
    args = parser.parse_args()
    asked = {name: 0 for name in (*REPHRASINGS, *NAME_REPHRASINGS)}
    lost = dict(asked)
    right = 0
    for path in question_sets():
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = None if spec.get("held_out") else load_text(spec)
        if text is None:
            continue
        article = parse(text)
        for row in spec["questions"]:
            if ask(article, row["question"], row["answer"]).outcome != "right":
                continue
            right += 1
            person = _named(row["question"], article)
            rephrased = {name: rephrase(row["question"]) for name, rephrase in REPHRASINGS.items()}
            for name, by_name in NAME_REPHRASINGS.items():
                rephrased[name] = by_name(row["question"], person) if person else None
            for name, question in rephrased.items():
                if question is None:
                    continue
                asked[name] += 1
                outcome = ask(article, question, row["answer"]).outcome
                if outcome != "right":
                    lost[name] += 1
                    if args.verbose:
                        print(f"  [{name}] {question} -> {outcome}")
    print(f"{right} dev questions answered right as written; per rephrasing, how many are lost:")
    print(f"{'rephrasing':40} {'asked':>6} {'lost':>5}")
    for name in asked:
        print(f"{name:40} {asked[name]:6} {lost[name]:5}")
    print(f"REPHRASED lost={sum(lost.values())} of {sum(asked.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
