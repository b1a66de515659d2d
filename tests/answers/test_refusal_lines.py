"""The line a refused question gets, "The article doesn't say <the question as a clause>", reads as English:
the verb after "did" goes into the past and after "does" takes its -s, wherever the subject ends; an
inverted "be" or modal goes back after its subject; a "what NOUN" question keeps its noun; a question the
quote route took by a verb that was not "say" is restated whole. Each story is made up, parsed by the real
extractors, and lacks what its questions ask, so every one is refused.
"""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import restated
from bot.article import Article, parse

STORY = (
    "Harbour board chief quits after ferry row\n\n"
    "KESSEL — Tom Abbas, the harbour board chief, has quit after a row over ferry fares, the board said.\n\n"
    "He had led the board since the old pier was rebuilt.\n\n"
    "Home prices in Toronto were also discussed at the meeting, where Fox shares were traded.\n\n"
    "The Lib Dems want ferry vouchers for pensioners, and the Nogar family bought the old pier.\n\n"
    "Gebrselassie, the marathon runner, opened the new terminal. Prisoners in Scotland built its benches.\n\n"
    "Trade passes through the port, and the city of Arlo signed a deal on fares.\n\n"
    "California's spyware law was mentioned by a visiting official.\n\n"
    "The two countries want more ferries. Axelrod, a consultant, wrote about the tweet.\n\n"
    "The flight attendant who complained about fares was a regular passenger.\n\n"
    "Debates and meetings of the board are held in the terminal.\n\n"
    "A column in the local paper criticised the board.\n\n"
    "Residents of distressed neighborhoods use the ferry.\n\n"
    "The Germanic tribes were mentioned in a history exhibit on the Seven Years War."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def refusal(article: Article, question: str) -> str:
    answer, _ = answer_message(question, article)
    assert answer.kind == "abstain", f"{question!r} was answered: {answer.title}"
    return answer.title


@pytest.mark.parametrize(
    "question, line",
    [
        # "did" + a bare verb: the verb in the past, after a pronoun, a name or any noun phrase
        ("When did he step down?", "when he stepped down"),  # a doubled consonant (irregular_verbs.tsv)
        ("When did Abbas take office?", "when Abbas took office"),  # a bare noun after the verb
        ("How much did home prices fall in Toronto?", "how much home prices fell in Toronto"),
        # "does" + a bare verb: the verb takes its -s, not the last word ("take effects")
        ("When does California's spyware law take effect?", "when California's spyware law takes effect"),
        # a modal goes before the verb, after the whole subject ("the Lib would Dems")
        ("When would the Lib Dems introduce the vouchers?", "when the Lib Dems would introduce the vouchers"),
    ],
)
def test_the_verb_after_do_or_a_modal_is_found(story: Article, question: str, line: str) -> None:
    assert refusal(story, question) == f"The article doesn't say {line}."


@pytest.mark.parametrize(
    "question, line",
    [
        ("Which country is Gebrselassie from?", "which country Gebrselassie is from"),  # stranded preposition
        ("Who are debates and meetings open to?", "who debates and meetings are open to"),  # adjective + prep
        ("How many prisoners are there in Scotland?", "how many prisoners there are in Scotland"),
        ("How much trade is there in the port?", "how much trade there is in the port"),
        (
            "Where were the Germanic tribes not originally located?",
            "where the Germanic tribes were not originally located",
        ),  # "be" before its adverbs
        ("Who was named man of the match?", "who was named man of the match"),  # a passive, as asked
    ],
)
def test_an_inverted_be_goes_back_after_its_subject(story: Article, question: str, line: str) -> None:
    assert refusal(story, question) == f"The article doesn't say {line}."


@pytest.mark.parametrize(
    "question, line",
    [
        ("What price did Fox shares reach?", "what price Fox shares reached"),  # not "give price did ..."
        ("What reserve price did the Nogar family set?", "what reserve price the Nogar family set"),
        (
            "What share of residents lived in distressed neighborhoods?",
            "what share of residents lived in distressed neighborhoods",
        ),  # not "how many of residents"
        ("What time frame does the Seven Years War cover?", "what time frame the Seven Years War covers"),
        ("What is used to figure the fares?", "what is used to figure the fares"),  # a subject question
    ],
)
def test_a_what_noun_question_keeps_its_noun(story: Article, question: str, line: str) -> None:
    assert refusal(story, question) == f"The article doesn't say {line}."


@pytest.mark.parametrize(
    "question, line",
    [
        # the quote route took this by "call": what it read as the speaker ends in "the" ("want to add"
        # is no longer a quote question: test_unspoken_verbs.py)
        ("What did Axelrod call the tweet?", "what Axelrod called the tweet"),
        ("Who wrote the column?", "who wrote the column"),  # the question's own verb, not "who said"
    ],
)
def test_a_question_the_quote_route_took_is_restated_whole(story: Article, question: str, line: str) -> None:
    assert refusal(story, question) == f"The article doesn't say {line}."


def test_a_name_question_keeps_its_determiner(story: Article) -> None:
    assert (
        refusal(story, "What is the flight attendant's name?")
        == "The article doesn't name the flight attendant."
    )


def test_a_what_role_question_says_what_not_who() -> None:
    article = parse(
        "Dinner held\n\nObama hosted a dinner on Tuesday.\n\nAxelrod and his wife were guests, aides said."
    )
    assert refusal(article, "What was Axelrod's job for Obama?") == (
        "The article doesn't say what Axelrod's job for Obama was."
    )


def test_what_someone_said_about_a_topic_stays() -> None:
    article = parse(
        "Theatre reopens\n\nThe theatre reopened on Friday with a new play.\n\n"
        "Tickets sold out within an hour, the box office said.\n\n"
        "Later, at a council meeting about parking, Caldwell spoke. “We need more spaces,” Caldwell said."
    )
    assert refusal(article, "What did Caldwell say about the play?") == (
        "The article doesn't say what Caldwell said about the play."
    )


def test_say_after_did_is_the_verb_put_in_the_past() -> None:
    """A bare reporting verb is a stop word to the matcher but still the verb "did" belongs to: not "the
    harbour reported say" (grounding.SAY_VERBS)."""
    article = parse(
        "Harbour report\n\nThe harbour report came out on Monday.\n\n"
        "It covered ferry timetables and pier repairs."
    )
    assert refusal(article, "What share of the fish did the harbour report say was lost?") == (
        "The article doesn't say what share of the fish the harbour report said was lost."
    )


def test_an_indefinite_predicate_takes_the_copula() -> None:
    """ "are ticket prices a concern for" -> "ticket prices are a concern for", not "... a concern are for"
    (grounding._predicate_noun; "what are ticket prices a function of?" is no figure question now and gets
    the general route's line)."""
    article = parse(
        "Council meets\n\nThe Arlo council meets on Friday.\n\nIt will discuss tickets for the new library."
    )
    assert refusal(article, "Who are ticket prices a concern for?") == (
        "The article doesn't say who ticket prices are a concern for."
    )
    assert restated("What are ticket prices a function of?") == "what ticket prices are a function of"


def test_born_goes_after_the_copula() -> None:
    """ "When was Ada Kessel born?" -> "when Ada Kessel was born", not "when Ada Kessel born was"
    (predicate_adjectives.txt)."""
    article = parse("Harbour history\n\nAda Kessel mapped the harbour.\n\nShe later taught at the college.")
    line = refusal(article, "When was Ada Kessel born?")
    assert line == "The article doesn't say when Ada Kessel was born."


def test_a_relative_clause_stays_with_its_noun() -> None:
    """ "Who is the leader that was arrested?" -> "who the leader that was arrested is", not "who the leader
    that was is arrested": the copula goes after the subject's relative clause (relative_pronouns.txt)."""
    assert (
        restated("Who is the union leader that was arrested?") == "who the union leader that was arrested is"
    )
    assert restated("What is the name of the firm that owns the mill?") == (
        "what the name of the firm that owns the mill is"
    )
