"""Score the bot on our own real stories (bench/stories/): provenance, key dates, people, quotes and free
questions, with the dev and held-out halves reported apart, and the final test set apart from both.

    python3 bench/eval_stories.py [--split dev|heldout|both|test|validation|fresh|fresh2|tune|tune2]
                                  [--verbose] [--show-held-out]

Each story is loaded through `load_story` (one function, so the ingestion work can swap what reads a file)
from $NEWSDESK_STORIES_DIR (default <repo>/../shared/stories; rebuild it with bench/stories/rebuild.py) and
checked against its sha256. The gold is hand-written (bench/stories/README.md says how); the rules that
compare a prediction with it are the shared scorers' own, imported from ../shared/eval rather than copied:
titles and byline tokens as `score_ingest.py`, quote speakers as `score_quotes.py`, title words as
`score_people.py`, and free questions through `answer_message` exactly as `bench/eval_ask.py` scores them.

- title: the gold headline, a site part such as "... | Site" on the bot's title ignored.
- byline F1: name tokens, over stories with a gold byline; a byline given where the story has none is
  counted as spurious.
- dateline: the place's first part ("ERIE" of "ERIE, Pa.") found in the bot's dateline; the agency
  (AP, Reuters, AFP; "Reuter" and "Associated Press" are the same agencies).
- published: the same day; a date claimed for a story whose text gives none is counted apart.
- key dates: a gold date is found when a bot date's text overlaps it, and right when the values agree;
  resolved: the share of the bot's timeline dates (DATE and TIME) that have a calendar year.
- people: names matched one to one, surname-tolerant ("Kohli" = "Virat Kohli", "Nancy" = "Nancy Reagan");
  staff (byline and credit names) are ignored; junk = predicted people matching no gold person, of which
  "tempting" = ones the gold lists as not people; roles: a bot role sharing a word with a gold role.
- quotes: a gold quote is found when a bot quote holds its opening words; speaker accuracy on found
  quotes with a named gold speaker, by score_quotes' token rule.
- ask: EM (the cited sentence holds the answer), span EM, F1 and abstention P/R, by eval_ask's rules.
- parse: ms per story for load + parse, timing the second of two loads (steady state, not lazy imports).

--verbose prints every error on dev stories; held-out details only with --show-held-out.
--split test scores the final test set (bench/stories/test.jsonl): only its figures, never a story's
details whatever the flags, and never as part of `both`. It is run once, by the lead engineer, at the end.
--split validation scores the validation set (bench/stories/validation.jsonl), which mixes two kinds of
record: full gold (`"questions_only": false`: every figure is scored, as on dev) and free questions only
(`true`: only the ask figures; the fact rows count only the records that have facts). With --verbose it
prints the fact errors of the full-gold records (once read, they are one more dev set), never a free
question's miss; it is never part of `both`.
--split fresh scores the fresh set (bench/stories/fresh.jsonl), questions only like the validation set and
reported the same way (the ask figures alone), never part of `both`. The lead engineer reads it unseen, once
at a session's start commit and once at its end, to measure what the session changed on news nobody tuned
on; its misses are printed only with --verbose --show-held-out, and reading them spends the set.
--split fresh2 scores the second fresh set (bench/stories/fresh2.jsonl), other stories, exactly as --split
fresh does (the same figures, the same opt-in for misses), never part of `both`.
--split tune scores the tuning set (bench/stories/tune.jsonl): questions only, like the validation set, but
written to be tuned on, so --verbose prints its misses as it does dev's; never part of `both`.
--split tune2 scores the second tuning set (bench/stories/tune2.jsonl), other stories, as --split tune does.
Its questions were committed before any run; it was read twice without --verbose as one more unseen set
(session twelve's start code and its first round of merges, `9be798e`), and is a tuning set since.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import score_set  # noqa: E402
from evalkit import (  # noqa: E402
    FRESH_SPLITS,
    SPLITS,
    TEST_SPLIT,
    TUNE_SPLITS,
    VALIDATION_SPLIT,
    eval_dir,
    fold,
    read_gold,
    stories_dir,
)

from bot.answers.timeline import TIMELINE_TYPES  # noqa: E402
from bot.article import Article  # noqa: E402
from bot.ingest import read  # noqa: E402

FORMS = ("page", "wire", "paste")
AGENCY_NAMES = {"associated press": "ap", "reuter": "reuters", "agence france-presse": "afp"}
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ROLE_TOKEN = re.compile(r"[^\W_]+")
_ROLE_STOP = frozenset(
    {"a", "an", "the", "of", "at", "for", "in", "and", "s", "who", "with", "from", "to", "on"}
)
_CALENDAR = re.compile(r"\d{4}")


def load_story(path: Path, kind: str) -> Article:
    """The one way a story file becomes an Article: the bot's one way in, as for a file a user shares
    (`kind` is only the file's label; what it holds decides, as in the bot)."""
    return read(path.read_bytes(), name=path.name).article


@cache
def shared_scorer(name: str) -> ModuleType:
    """One of the shared eval scorers, imported from ../shared/eval so its rules are used, not copied."""
    path = eval_dir() / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(
            f"{path} is missing (set NEWSDESK_EVAL_DIR): its matching rules are needed to score."
        )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# matching rules ------------------------------------------------------------------------------------------


def name_tokens(name: str) -> list[str]:
    """Folded name words, leading titles ("Mr", "President") dropped as score_people does."""
    words = _NAME_TOKEN.findall(fold(name).replace("’", "'"))
    while len(words) > 1 and words[0].strip(".") in shared_scorer("score_people").TITLE_WORDS:
        words = words[1:]
    return [w.removesuffix("'s") for w in words]


def same_person(gold: str, predicted: str) -> bool:
    """Equal names, or one surname with first names that agree, are initials, or one name holds the other."""
    g, p = name_tokens(gold), name_tokens(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    if len(g) == 1 or len(p) == 1:
        short, full = (g, p) if len(g) == 1 else (p, g)
        return short[0] in (full[0], full[-1])
    initials = g[0][0] == p[0][0] and min(len(g[0]), len(p[0])) <= 2
    return g[-1] == p[-1] and (g[0] == p[0] or initials or set(g) <= set(p) or set(p) <= set(g))


def role_words(phrase: str, name: str) -> set[str]:
    own = set(name_tokens(name))
    return {w for w in _ROLE_TOKEN.findall(fold(phrase)) if w not in _ROLE_STOP and w not in own}


def agency(value: str | None) -> str:
    folded = fold(value or "").strip(" ()")
    return AGENCY_NAMES.get(folded, folded)


def overlaps(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a)


def pair(gold: list[Any], predicted: list[Any], same: Callable[[Any, Any], bool]) -> dict[int, int]:
    """Greedy one-to-one matching in gold order: gold index -> predicted index."""
    used: set[int] = set()
    matched: dict[int, int] = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if j not in used and same(g, p):
                matched[i] = j
                used.add(j)
                break
    return matched


# scoring one story ---------------------------------------------------------------------------------------


@dataclass
class StoryResult:
    story: dict[str, Any]
    counts: Counter[str] = field(default_factory=Counter)
    f1s: dict[str, list[float]] = field(default_factory=lambda: {"byline": [], "ask": []})
    errors: list[str] = field(default_factory=list)
    ms: float = 0.0

    def check(self, key: str, ok: bool, error: str) -> None:
        self.counts[f"{key}_n"] += 1
        self.counts[f"{key}_ok"] += ok
        if not ok:
            self.errors.append(f"{key}: {error}")


def score_provenance(result: StoryResult, article: Article) -> None:
    story, prov, ingest = result.story, article.provenance, shared_scorer("score_ingest")
    if story["title"]:
        ok = ingest.title_ok(article.title, story["title"], [])
        result.check("title", ok, f"{article.title!r}, want {story['title']!r}")
    if story["byline"]:
        gold_tokens, got = ingest.name_tokens(story["byline"]), ingest.name_tokens(prov.byline or "")
        f1 = ingest.token_f1(gold_tokens, got) if got else 0.0
        result.f1s["byline"].append(f1)
        if f1 < 1:
            result.errors.append(f"byline: {prov.byline!r}, want {story['byline']}")
    elif prov.byline:
        result.counts["byline_spurious"] += 1
        result.errors.append(f"byline: {prov.byline!r} given, the story has none")
    result.counts["no_byline"] += not story["byline"]
    dateline = story["dateline"] or {}
    found = prov.dateline
    if dateline.get("place"):
        city = fold(dateline["place"]).split(",")[0]
        text = fold(" ".join((*found.places, found.text))) if found else ""
        result.check(
            "place",
            bool(found) and city in text,
            f"{found.text if found else None!r}, want {dateline['place']!r}",
        )
    elif found and not story["dateline"]:
        result.counts["dateline_spurious"] += 1
        result.errors.append(f"dateline: {found.text!r} given, the story has none")
    if dateline.get("agency"):
        got_agency = prov.agency or (found.agency if found else None)
        ok = agency(got_agency) == agency(dateline["agency"])
        result.check("agency", ok, f"{got_agency!r}, want {dateline['agency']!r}")
    published = prov.published.isoformat() if prov.published else None
    if story["published"]:
        result.check("published", published == story["published"], f"{published}, want {story['published']}")
    else:
        result.counts["no_published"] += 1
        if published:
            result.counts["published_claimed"] += 1
            result.errors.append(
                f"published: {published} ({prov.published_source}) claimed, the text gives none"
            )


def score_dates(result: StoryResult, article: Article) -> None:
    gold = result.story["dates"]
    matched = pair(gold, list(article.dates), lambda g, p: overlaps(g["text"], p.text))
    for i, timex in enumerate(gold):
        got = article.dates[matched[i]] if i in matched else None
        result.check("date_found", got is not None, f"{timex['text']!r} not found")
        ok = got is not None and got.value.upper() == timex["value"].upper()
        result.check(
            "date_value", ok, f"{timex['text']!r} -> {got.value if got else None}, want {timex['value']}"
        )
    timeline = [t for t in article.dates if t.type in TIMELINE_TYPES]
    result.counts["timeline_n"] += len(timeline)
    result.counts["timeline_resolved"] += sum(bool(_CALENDAR.match(t.value)) for t in timeline)


def score_people(result: StoryResult, article: Article) -> None:
    story = result.story
    staff = [*story["byline"], *story.get("credits", [])]
    predicted = [p for p in article.people if not any(same_person(s, p.name) for s in staff)]
    gold = story["people"]
    matched = pair(gold, predicted, lambda g, p: same_person(g["name"], p.name))
    result.counts["people_gold"] += len(gold)
    result.counts["people_pred"] += len(predicted)
    result.counts["people_tp"] += len(matched)
    for i, person in enumerate(gold):
        if i not in matched:
            result.errors.append(f"person missed: {person['name']}")
        elif person["roles"]:
            got = predicted[matched[i]]
            want = set().union(*(role_words(r, person["name"]) for r in person["roles"]))
            ok = any(role_words(r, person["name"]) & want for r in got.roles)
            result.check("role", ok, f"{person['name']}: {list(got.roles)}, want {person['roles']}")
    for j in sorted(set(range(len(predicted))) - set(matched.values())):
        tempting = any(overlaps(phrase, predicted[j].name) for phrase in story["not_people"])
        result.counts["people_junk"] += 1
        result.counts["people_tempting"] += tempting
        result.errors.append(
            f"junk person: {predicted[j].name}{' (listed as not a person)' if tempting else ''}"
        )


def score_quotes(result: StoryResult, article: Article) -> None:
    gold = result.story["quotes"]

    def holds(g: dict[str, Any], q: Any) -> bool:
        text = fold(q.text)
        return fold(g["starts"]) in text or (
            len(text.split()) >= 4 and text.strip(" \"'") in fold(g["starts"])
        )

    matched = pair(gold, list(article.quotes), holds)
    for i, quote in enumerate(gold):
        result.check("quote_found", i in matched, f"not found: {quote['starts']!r}")
        if i in matched and quote["speaker"]:
            got = article.quotes[matched[i]].speaker
            ok = bool(got) and shared_scorer("score_quotes").speaker_ok(quote["speaker"], got)
            result.check("speaker", ok, f"{quote['starts']!r}: {got!r}, want {quote['speaker']!r}")


def score_ask(result: StoryResult, article: Article, *, verbose: bool) -> None:
    spec = {
        "questions": [
            {"question": q["question"], "answer": q.get("answer")} for q in result.story["questions"]
        ]
    }
    counts, f1s = score_set(spec, article, verbose=verbose)
    result.counts.update({f"ask_{key}": value for key, value in counts.items()})
    result.f1s["ask"] += f1s


def has_facts(story: dict[str, Any]) -> bool:
    """Whether a record's provenance, people, quotes and dates are gold (not a questions-only record)."""
    return not story.get("questions_only")


def score_story(
    story: dict[str, Any], *, verbose: bool, ask_verbose: bool | None = None
) -> StoryResult | None:
    """Score one story; `verbose` prints its errors, `ask_verbose` (default: `verbose`) its ask misses."""
    path = stories_dir() / story["file"]
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != story["sha256"]:
        print(
            f"  {story['id']}: skipped, {path} differs from its sha256 (bench/stories/rebuild.py rebuilds it)"
        )
        return None
    load_story(path, story["kind"])  # warm: the first load of a page can pay for a lazy import (dateparser)
    start = time.perf_counter()
    article = load_story(path, story["kind"])
    result = StoryResult(story, ms=(time.perf_counter() - start) * 1000)
    if verbose:
        print(f"-- {story['id']} ({story['form']})")
    if has_facts(story):
        score_provenance(result, article)
        score_dates(result, article)
        score_people(result, article)
        score_quotes(result, article)
    score_ask(result, article, verbose=verbose if ask_verbose is None else ask_verbose)
    if verbose:
        for error in result.errors:
            print(f"  XX  {error}")
    return result


# the report ----------------------------------------------------------------------------------------------


def ratio(counts: Counter[str], key: str) -> str:
    n = counts[f"{key}_n"]
    return f"{counts[f'{key}_ok'] / n:.3f} {counts[f'{key}_ok']}/{n}" if n else "-"


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} {part}/{whole}" if whole else "-"


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def figures(results: list[StoryResult]) -> dict[str, str]:
    """One column of the report: every figure for these stories, as short strings."""
    c: Counter[str] = sum((r.counts for r in results), Counter())
    bylines = [f for r in results for f in r.f1s["byline"]]
    precision = c["people_tp"] / c["people_pred"] if c["people_pred"] else 0.0
    recall = c["people_tp"] / c["people_gold"] if c["people_gold"] else 0.0
    answerable = c["ask_answerable"]
    facts = sum(has_facts(r.story) for r in results)
    return {
        "stories": str(len(results)),
        "with facts": str(facts),
        "title acc": ratio(c, "title"),
        "byline F1": f"{mean(bylines):.3f} n={len(bylines)}" if bylines else "-",
        "byline spurious": f"{c['byline_spurious']}/{c['no_byline']}",
        "dateline place": ratio(c, "place"),
        "dateline agency": ratio(c, "agency"),
        "dateline spurious": str(c["dateline_spurious"]),
        "published": ratio(c, "published"),
        "published claimed": f"{c['published_claimed']}/{c['no_published']}",
        "key dates found": ratio(c, "date_found"),
        "key dates right": ratio(c, "date_value"),
        "timeline resolved": share(c["timeline_resolved"], c["timeline_n"]),
        "people P": share(c["people_tp"], c["people_pred"]),
        "people R": share(c["people_tp"], c["people_gold"]),
        "people F1": f"{2 * precision * recall / (precision + recall) if precision + recall else 0:.3f}",
        "people junk": f"{c['people_junk']} ({c['people_tempting']} tempting)",
        "role acc": ratio(c, "role"),
        "quotes found": ratio(c, "quote_found"),
        "speaker acc": ratio(c, "speaker"),
        "ask EM": share(c["ask_em"], answerable),
        "ask span EM": share(c["ask_span_em"], answerable),
        "ask F1": f"{mean(f for r in results for f in r.f1s['ask']):.3f} n={answerable}",
        "abstain P": share(c["ask_abstain_tp"], c["ask_predicted_abstain"]),
        "abstain R": share(c["ask_abstain_tp"], c["ask_unanswerable"]),
        "misses R/W/S/A": "/".join(str(c[f"ask_{miss}"]) for miss in MISSES),
        "parse ms median": f"{statistics.median(r.ms for r in results):.0f}" if results else "-",
        "parse ms max": f"{max(r.ms for r in results):.0f}" if results else "-",
    }


HEADLINE = {
    "title acc": "title",
    "byline F1": "byline_F1",
    "dateline place": "place",
    "dateline agency": "agency",
}
HEADLINE |= {"published": "published", "key dates right": "dates", "timeline resolved": "resolved"}
HEADLINE |= {"people F1": "people_F1", "people junk": "junk", "role acc": "roles", "quotes found": "quotes"}
HEADLINE |= {"speaker acc": "speaker", "ask EM": "ask_EM", "ask span EM": "span_EM", "ask F1": "ask_F1"}
HEADLINE |= {"abstain P": "abstain_P", "abstain R": "abstain_R"}
MISSES = (
    "refused an answerable one",
    "wrong sentence",
    "right sentence, wrong span",
    "answered an unanswerable one",
)
"""The kinds of miss (`Scored.outcome`), counted in the row "misses R/W/S/A": counts only, no question."""
ASK_FIGURES: tuple[str, ...] = (
    "stories",
    "ask EM",
    "ask span EM",
    "ask F1",
    "abstain P",
    "abstain R",
    "misses R/W/S/A",
)
ASK_FIGURES += ("parse ms median", "parse ms max")
"""The rows a split of questions-only stories reports: its other facts have no gold to score."""


def report(name: str, results: list[StoryResult]) -> None:
    """Print a split's table (all stories and each form); a fact row is shown for the stories that have
    gold facts ("-" in a column with none), the ask rows for every story."""
    columns = {"all": results, **{form: [r for r in results if r.story["form"] == form] for form in FORMS}}
    table = {column: figures(rows) for column, rows in columns.items()}
    any_facts = any(has_facts(r.story) for r in results)
    mixed = any_facts and not all(has_facts(r.story) for r in results)
    metrics = tuple(m for m in table["all"] if mixed or m != "with facts") if any_facts else ASK_FIGURES

    def cell(column: str, metric: str) -> str:
        facts_metric = metric not in ASK_FIGURES and metric != "with facts"
        shown = not facts_metric or any(has_facts(r.story) for r in columns[column])
        return table[column][metric] if shown else "-"

    print(f"\n== {name} ==")
    print(f"{'':18}" + "".join(f"{column:>19}" for column in columns))
    for metric in metrics:
        print(f"{metric:18}" + "".join(f"{cell(column, metric):>19}" for column in columns))
    figures_all = table["all"]
    headline = {m: short for m, short in HEADLINE.items() if m in metrics}
    print(
        f"STORIES {name} " + " ".join(f"{short}={figures_all[m].split()[0]}" for m, short in headline.items())
    )


def splits_to_score(choice: str) -> tuple[str, ...]:
    """The gold files a --split choice scores: `both` is dev and held-out, never the final test set, the
    validation set or the fresh sets."""
    return SPLITS if choice == "both" else (choice,)


def shows_details(name: str, *, verbose: bool, show_held_out: bool) -> bool:
    """Whether a split's per-story fact errors are printed: dev, validation and tune with --verbose,
    held-out and the fresh sets only with --show-held-out as well, the final test set never."""
    return verbose and (
        name in ("dev", VALIDATION_SPLIT, *TUNE_SPLITS)
        or (name in ("heldout", *FRESH_SPLITS) and show_held_out)
    )


def shows_ask_misses(name: str, *, verbose: bool, show_held_out: bool) -> bool:
    """Whether a split's free-question misses are printed: as its fact errors, but never the validation
    set's (its questions stay unseen for the engineers tuning `ask`)."""
    return name != VALIDATION_SPLIT and shows_details(name, verbose=verbose, show_held_out=show_held_out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "both", TEST_SPLIT, VALIDATION_SPLIT, *FRESH_SPLITS, *TUNE_SPLITS),
        default="both",
    )
    parser.add_argument("--verbose", action="store_true", help="print every error on dev stories")
    parser.add_argument(
        "--show-held-out", action="store_true", help="print held-out and fresh errors too (not for tuning)"
    )
    args = parser.parse_args()
    if not stories_dir().is_dir():
        print(
            f"story texts not found in {stories_dir()} (set NEWSDESK_STORIES_DIR; bench/stories/README.md "
            "says how to rebuild them); skipping."
        )
        return 0
    if args.split == TEST_SPLIT:
        print("final test set: figures only, no story details (run once, at the end)")
    if args.split == VALIDATION_SPLIT:
        print("validation set: full-gold and questions-only records; free-question misses never printed")
    if args.split in FRESH_SPLITS:
        print(
            f"{args.split} set: free questions only, figures only (read unseen: at a session's start and end)"
        )
    for name in splits_to_score(args.split):
        verbose = shows_details(name, verbose=args.verbose, show_held_out=args.show_held_out)
        ask_verbose = shows_ask_misses(name, verbose=args.verbose, show_held_out=args.show_held_out)
        results = [
            r
            for story in read_gold(name)
            if (r := score_story(story, verbose=verbose and has_facts(story), ask_verbose=ask_verbose))
        ]
        report(name, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
