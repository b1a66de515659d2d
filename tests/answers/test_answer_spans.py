"""Tight answers: the highlighted span is the fact (role, figure, noun phrase, object, agent), not the
sentence.

A made-up wire story, parsed by the real extractors, so these rules are checked on text no question set
was tuned on; each case names the general rule it checks.
"""

from __future__ import annotations

import pytest

from bot.answers import Conversation, answer_message
from bot.answers.ask import answer_question
from bot.answers.numbers import NUMBER, counted_noun
from bot.answers.roles import role_span
from bot.answers.spans import focus
from bot.answers.synonyms import stem
from bot.article import Article, parse
from tests.answers.asking import highlighted

STORY = (
    "LONDON, May 2 (Reuters) Acme Bank chief economist Maria Lopez said growth would slow. "
    "Tom Reed, a senior analyst at Beta Capital, disagreed. "
    "Ann Cole, who served as U.S. envoy to Chile until May, agreed.\n\n"
    "The Ministry of Trade said exports rose 4.5% in April, from a revised 2.1% increase in March, "
    "while imports fell 3%. "
    "The scheme, which allows small firms to borrow up to $2 million, employs at least 40 local workers. "
    "A free trade zone (FTZ) is planned for the port. "
    "Lopez is in Geneva from May 4-6 for talks on tariffs. "
    "The plan was drafted by the Ministry of Trade. "
    "Rising costs drove the decline, the ministry said. "
    "There is still a lot of spare capacity in the sector, Reed said.\n\n"
    "“We expect a soft landing,” Lopez said in a post on X."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("Who is Maria Lopez?", "Acme Bank chief economist"),  # title before the name
        ("Who is Tom Reed?", "a senior analyst at Beta Capital"),  # apposition after the name
        ("How much did exports rise in April?", "4.5%"),
        ("How much did exports increase in March?", "2.1%"),  # the figure in the clause naming March
        ("How many local workers does the scheme employ?", "at least 40 local workers"),  # qualifier + noun
        ("How much can small firms borrow?", "up to $2 million"),
        ("What does FTZ stand for?", "free trade zone"),  # the words "(FTZ)" abbreviates
        ("When is Lopez's visit?", "May 4-6"),  # "is in Geneva from …" reads as a visit
        ("Who drafted the plan?", "Ministry of Trade"),  # passive: the agent after "by", as a name
        ("What drove the decline?", "Rising costs"),  # subject question: what precedes the verb
        ("What does the scheme allow?", "small firms to borrow up to $2 million"),  # what follows the verb
        ("Why is Lopez in Geneva?", "talks on tariffs"),  # what follows "for"
        ("How much spare capacity is there in the sector?", "a lot of spare capacity"),  # quantity in words
        ("Where did Lopez post?", "X"),  # a quote's channel is a "where"
    ],
)
def test_answer_is_the_precise_span(story: Article, question: str, span: str) -> None:
    answer, _ = answer_message(question, story)
    assert answer.kind in {"ask", "who"}, answer.title
    assert highlighted(story, answer) == span
    citation = answer.items[0].citations[0]
    assert citation.start <= answer.items[0].highlight[0] < citation.end  # the sentence is still cited


def test_role_after_who_served_as_runs_through_abbreviations(story: Article) -> None:
    start = story.text.index("Ann Cole")
    span = role_span(story, [(start, start + len("Ann Cole"))])
    assert span is not None
    assert story.text[span[0] : span[1]] == "U.S. envoy to Chile until May"


def test_a_name_counts_once_towards_coverage(story: Article) -> None:
    """ "Where does Tom Reed live?" shares only the name with any sentence: that is no answer."""
    answer, _ = answer_message("Where does Tom Reed live?", story)
    assert answer.kind == "abstain"
    assert answer.title == "The article doesn't say where Tom Reed lives."


def test_asked_by_role_the_name_is_the_answer(story: Article) -> None:
    answer, _ = answer_message("Who is the senior analyst at Beta Capital?", story)
    assert highlighted(story, answer) == "Tom Reed"


def test_follow_up_after_a_tight_answer_still_resolves(story: Article) -> None:
    _, conversation = answer_message("Who is Maria Lopez?", story)
    assert conversation.subject == "Maria Lopez"
    answer, _ = answer_message("and what did she say?", story, conversation)
    assert [item.label for item in answer.items] == ["Maria Lopez"]
    assert answer.items[0].text.startswith("We expect a soft landing")


def test_handle_question(story: Article) -> None:
    article = parse(STORY + " Lopez posts as @MariaLopezEcon.")
    answer = answer_question("What is Lopez's handle?", article, Conversation())
    assert answer.title == "@MariaLopezEcon"
    missing = answer_question("What is Tom Reed's handle?", article, Conversation())
    assert missing.kind == "abstain"
    assert missing.title == "The article doesn't give a handle for Tom Reed."


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The EB-5 program and the G-20", []),  # part of a name, not a figure
        ("a 52-count complaint and $500,000 to more than $1 million", ["52-count", "$500,000", "$1 million"]),
        ("rose 0.3% in a year", ["0.3%"]),
    ],
)
def test_number_pattern(text: str, figures: list[str]) -> None:
    assert [m.group() for m in NUMBER.finditer(text)] == figures


def test_question_shapes() -> None:
    assert focus("Which sector saw production fall").noun == "sector"
    assert focus("What drove the increase").noun is None
    assert focus("What drove the increase").subject
    assert focus("What news came with the increase").noun == stem("news")
    assert focus("What did Landau thank India for").preposition == "for"
    assert focus("What is the trade deal called").naming
    assert focus("What is a free trade zone").copula
    assert counted_noun("How many American workers must the business employ") == "worker"


# The answer phrase read from the sentence's structure: the reason a marker opens wherever it stands, the
# place a "city of" phrase names, the object of the question's verb, the subject of "who will <verb>".
STRUCTURE_STORY = (
    "Harbour board shuts its accounts after breach\n\n"
    "The harbour board shut down its online accounts, used to talk to shippers, "
    "because of a security breach. "
    "It was only due to a bruised knee that Tom Reed was sitting on the bench on Saturday. "
    "The board moved its offices to the French city of Lyon last year. "
    "In the survey, the divers used sonar imaging to map the reef near the harbour wall. "
    "Ann Cole played a year in Chicago before being drafted in the first round by the Chicago Bulls. "
    "On Sunday, singer Maria Lopez will open the festival with songs by Peter Hall. "
    "Other big unions, including the Dock Workers Union and the Pilots Guild, backed the strike. "
    "Sam Hale, of Dunmore, said he had sailed in Norway for years. "
    "The shipping firm is expanding into Brazil with a terminal modelled on Lisbon docks. "
    "The new terminal will be ready no later than November 2027, the firm said. "
    "Sam Hale was appointed harbour master in May last year. "
    "The last striking crew walked off the quay shortly after noon. "
    "The Elsby Courier reported the walkout on its website. "
    "That is nearly $3 million above the harbour's annual budget of $40 million. "
    "The board said its return to profit reflected lower fuel costs. "
    "Heavy fog forced the harbour pilots to delay the regatta. "
    "Two divers, Ivo Brandt and Lea Moss, found the wreck. "
    "The inspectors checked the hull by diving under the tanker at dawn. "
    "In Marsh v. Dunmore the judges held that the pier must stay open. "
    "The new tug honours Capt. Ivo Brandt, who founded the yard. "
)


@pytest.fixture(scope="module")
def structure_story() -> Article:
    return parse(STRUCTURE_STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        # a marker that always opens a reason wins over an earlier "to": "used to talk to shippers"
        ("Why did the harbour board shut down its online accounts?", "a security breach"),
        # the reason may stand before the asked words ("It was only due to X that …")
        ("Why was Tom Reed sitting on the bench?", "a bruised knee"),
        # a verb that says what an outcome came from opens its reason (reason_markers.txt)
        ("Why did the board return to profit?", "lower fuel costs"),
        # the subject of a causative verb whose object does the asked act (causative_verbs.txt)
        ("Why did the harbour pilots delay the regatta?", "Heavy fog"),
        # a phrase that only counts the asked kind ("Two divers") gives way to the names set off after it
        ("What divers found the wreck?", "Ivo Brandt and Lea Moss"),
        # a how-question's answer keeps the preposition of manner before it (manner_prepositions.txt)
        ("How did the inspectors check the hull?", "by diving under the tanker at dawn"),
        # a case name is answered whole, though the question names one party
        ("In which case did the judges hold that Dunmore's pier must stay open?", "Marsh v. Dunmore"),
        # the dot of an abbreviation or an initial ends no phrase (abbreviations.txt)
        ("What does the new tug honour?", "Capt. Ivo Brandt"),
        # a place that only modifies a kind of place gives way to the name after "of"
        ("Where did the board move its offices?", "Lyon"),
        # "what X did S <verb> …": the object of the question's verb, not what follows its last word
        ("What technique did the divers use to map the reef?", "sonar imaging"),
        # a name that holds a place and is longer than it is a team or firm: the agent after "by"
        ("Which team drafted Ann Cole?", "Chicago Bulls"),
        # "who will <verb> …" asks for the subject, as "who <verb>ed …" does, not the object
        ("Who will open the festival?", "Maria Lopez"),
        # "which other N": the members an "including" names after the asked noun
        ("Which other unions backed the strike?", "the Dock Workers Union and the Pilots Guild"),
        # ", of <place>" after a name is where someone is from; "into" is a preposition of place
        ("Where is Sam Hale from?", "Dunmore"),
        ("Where is the shipping firm expanding?", "Brazil"),
        # the words that bound a date, or say which year it is, belong to the when-answer
        ("When will the new terminal be ready?", "no later than November 2027"),
        ("When was Sam Hale appointed harbour master?", "May last year"),
        ("When did the last striking crew walk off the quay?", "shortly after noon"),
        # "which N": the noun names the answer's kind; a sentence need not hold it to cover the question
        ("Which newspaper reported the dockers' walkout?", "Elsby Courier"),
        # "<asked noun> of <figure>": the figure is the asked noun's value
        ("What is the harbour's annual budget?", "$40 million"),
    ],
)
def test_span_from_structure(structure_story: Article, question: str, span: str) -> None:
    answer = answer_question(question, structure_story, Conversation())
    assert answer.items, f"{question!r} was not answered: {answer.title}"
    assert highlighted(structure_story, answer) == span


WHY_STORY = (
    "TARROW (AP) — Ada Brill, the head of the Tarrow Port Authority, resigned on Wednesday after ten "
    "years.\n\n"
    "The authority said Brill gave the board her resignation Wednesday and suggested Tom Reed be named "
    "its new leader.\n\n"
    "Hundreds of dock workers are striking at Tarrow Harbour on Tuesday.\n\n"
    "Reed, 52, has run the port's cargo division since 2019."
)


@pytest.mark.parametrize("question", ["why did Brill resign?", "why are the dock workers striking?"])
def test_a_reason_is_never_a_bare_time_or_place(question: str) -> None:
    answer = answer_question(question, parse(WHY_STORY), Conversation())
    assert answer.title not in {"Wednesday", "at Tarrow Harbour on Tuesday"}
    assert not answer.title.lower().startswith(("on ", "at ")), answer.title


def test_a_person_named_by_surname_is_answered_by_full_name() -> None:
    story = (
        "Ada Brill, the head of the Tarrow Port Authority, spoke to reporters on Monday.\n\n"
        "The authority said Brill gave the board her resignation and suggested Tom Reed as its new leader."
    )
    answer = answer_question("who gave the board her resignation?", parse(story), Conversation())
    assert answer.title == "Ada Brill"
    item = answer.items[0]
    assert item.highlight is not None and parse(story).text[item.highlight[0] : item.highlight[1]] == "Brill"
