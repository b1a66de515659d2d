"""The real-stories scorer's matching rules (bench/eval_stories.py), on tiny cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from evalkit import eval_dir  # noqa: E402

if not (eval_dir() / "score_people.py").is_file():
    pytest.skip(f"the shared scorers are not in {eval_dir()}", allow_module_level=True)

from eval_stories import (  # noqa: E402
    StoryResult,
    agency,
    overlaps,
    pair,
    report,
    role_words,
    same_person,
    shows_ask_misses,
    shows_details,
    splits_to_score,
)


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        ("Virat Kohli", "Kohli", True),
        ("Kohli", "Virat Kohli", True),
        ("Nancy", "Nancy Reagan", True),
        ("Chrissy Teigen", "Model Chrissy Teigen", True),
        ("MS Dhoni", "M Dhoni", True),
        ("George Shultz", "President George Shultz", True),
        ("Shaun Bowles", "Holly Bowles", False),
        ("Jacob Zuma", "Duduzile Zuma-Sambudla", False),
        ("Kohli", "Dhoni", False),
    ],
)
def test_same_person(gold: str, predicted: str, same: bool) -> None:
    assert same_person(gold, predicted) is same


def test_pair_is_one_to_one_in_gold_order() -> None:
    assert pair(["Tuesday", "Tuesday"], ["on Tuesday", "Monday", "Tuesday"], overlaps) == {0: 0, 1: 2}


@pytest.mark.parametrize("got, want", [("Reuter", "Reuters"), ("(AP)", "AP"), ("Associated Press", "AP")])
def test_agency_names(got: str, want: str) -> None:
    assert agency(got) == agency(want)


def test_role_words_leave_out_the_name_and_function_words() -> None:
    assert role_words("the chief economist at Comerica", "Robert Dye") == {"chief", "economist", "comerica"}
    assert role_words("Dye's", "Robert Dye") == set()


def test_both_is_dev_and_held_out_never_the_test_set() -> None:
    assert splits_to_score("both") == ("dev", "heldout")
    assert splits_to_score("test") == ("test",)
    assert splits_to_score("validation") == ("validation",)
    assert splits_to_score("fresh") == ("fresh",)
    assert splits_to_score("fresh2") == ("fresh2",)


@pytest.mark.parametrize("show_held_out", [False, True])
def test_the_test_set_never_prints_story_details(show_held_out: bool) -> None:
    assert shows_details("dev", verbose=True, show_held_out=show_held_out)
    assert shows_details("heldout", verbose=True, show_held_out=show_held_out) is show_held_out
    assert not shows_details("test", verbose=True, show_held_out=show_held_out)
    assert shows_details("fresh", verbose=True, show_held_out=show_held_out) is show_held_out
    assert not shows_details("fresh", verbose=False, show_held_out=show_held_out)
    assert shows_details("fresh2", verbose=True, show_held_out=show_held_out) is show_held_out
    assert not shows_details("fresh2", verbose=False, show_held_out=show_held_out)
    assert not shows_details("dev", verbose=False, show_held_out=show_held_out)


@pytest.mark.parametrize("show_held_out", [False, True])
def test_validation_prints_its_fact_errors_never_its_question_misses(show_held_out: bool) -> None:
    assert shows_details("validation", verbose=True, show_held_out=show_held_out)
    assert not shows_details("validation", verbose=False, show_held_out=show_held_out)
    assert not shows_ask_misses("validation", verbose=True, show_held_out=show_held_out)
    assert shows_ask_misses("dev", verbose=True, show_held_out=show_held_out)
    assert not shows_ask_misses("test", verbose=True, show_held_out=show_held_out)


def _result(questions_only: bool, form: str = "page") -> StoryResult:
    story = {"id": "s", "form": form, "questions_only": questions_only}
    result = StoryResult(story, ms=12.0)
    result.counts.update({"ask_answerable": 4, "ask_em": 3, "ask_span_em": 2, "ask_unanswerable": 2})
    result.counts.update({"ask_abstain_tp": 1, "ask_predicted_abstain": 2})
    result.f1s["ask"] += [1.0, 0.5, 0.5, 0.0]
    return result


def test_a_questions_only_split_reports_the_ask_figures_alone(capsys: pytest.CaptureFixture[str]) -> None:
    report("validation", [_result(True), _result(True)])
    out = capsys.readouterr().out
    rows = {line.split("  ")[0] for line in out.splitlines()}
    assert {"ask EM", "ask span EM", "ask F1", "abstain P", "abstain R"} <= rows
    assert not {"people F1", "title acc", "quotes found", "key dates right"} & rows
    assert "STORIES validation ask_EM=0.750 span_EM=0.500 ask_F1=0.500 abstain_P=0.500 abstain_R=0.500" in out


def test_a_split_with_full_gold_reports_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    report("dev", [_result(False)])
    rows = {line.split("  ")[0] for line in capsys.readouterr().out.splitlines()}
    assert {"ask EM", "people F1", "title acc", "quotes found"} <= rows


def test_a_mixed_split_scores_facts_on_the_records_that_have_them(capsys: pytest.CaptureFixture[str]) -> None:
    full = _result(False)
    full.counts.update({"people_gold": 4, "people_pred": 2, "people_tp": 2, "quote_found_n": 2})
    full.counts.update({"quote_found_ok": 1})
    report("validation", [full, _result(True, form="wire")])
    rows = {line[:18].strip(): line[18:].split() for line in capsys.readouterr().out.splitlines()}
    assert rows["with facts"] == ["1", "1", "0", "0"]  # all, page, wire, paste
    assert rows["people R"] == ["0.500", "2/4", "0.500", "2/4", "-", "-"]
    assert rows["quotes found"] == ["0.500", "1/2", "0.500", "1/2", "-", "-"]
    assert rows["ask EM"][:2] == ["0.750", "6/8"] and rows["ask EM"][-1] == "-"  # both records' questions
