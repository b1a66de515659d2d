"""Every date rule's own examples, read on its example anchor: each is found by that rule, with that value."""

import pytest

from bot.article.dates.anchoring import Context
from bot.article.dates.rules import EXAMPLE_ANCHOR, RULES, TRIGGERS
from bot.article.dates.scan import scan
from bot.article.sentences import segment

EXAMPLES = [
    pytest.param(rule, text, value, id=f"{rule.name}: {text}")
    for rule in RULES
    for text, value in rule.examples
]


def found_in(text: str) -> list[tuple[str, str, str]]:
    _, sentences = segment(text)
    ctx = Context(text=text, anchor=EXAMPLE_ANCHOR, sentences=sentences, starts=[s.start for s in sentences])
    return [(f.rule, text[f.start : f.end], f.value) for f in scan(ctx)]


@pytest.mark.parametrize("rule, text, value", EXAMPLES)
def test_rule_example(rule, text, value):
    found = found_in(text)
    assert [(name, found_value) for name, _, found_value in found] == [(rule.name, value)], found


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_has_examples_and_notes(rule):
    assert rule.examples, f"{rule.name} has no example"
    assert rule.note


@pytest.mark.parametrize("rule, text, value", EXAMPLES)
def test_each_example_starts_with_a_declared_word(rule, text, value):
    """The expression starts at a digit or at one of the rule's `starts`: the scanner tries it there."""
    (_, span, _), *_ = found_in(text)
    low = span.lower().lstrip("'’")

    def starts_with(word: str) -> bool:
        return low.startswith(word) and not low[len(word) : len(word) + 1].isalnum()

    assert low[:1].isdigit() or any(starts_with(word) for word in rule.starts), (rule.name, span)
    assert low[:1].isdigit() or any(starts_with(word) for word in TRIGGERS)


def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
