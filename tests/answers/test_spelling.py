"""A question word the article writes its own way: a demonym for its place, a long number without its
grouping, a decade for a year, a name misspelled by the reader. A real word the story lacks stays missing."""

from __future__ import annotations

from bot.answers import Conversation
from bot.answers.ask import answer_question
from bot.answers.grounding import missing_names
from bot.answers.retrieval import index_for
from bot.answers.spelling import article_forms, article_names, lower_spellings, respelled
from bot.article import Article, parse

STORY = (
    "DUBLIN (Reuters) - Ireland's finance ministry said on Monday it would cut the corporate tax rate.\n\n"
    "About 10,000 workers at Western Digital plants will be affected, Joseph Schwieterman, a professor at "
    "DePaul University, said.\n\n"
    "The plants were opened in 1994 and expanded twice.\n\n"
    "Unions said they would study the plan before the vote."
)


def _article() -> Article:
    return parse(STORY)


def _forms(word: str) -> tuple[tuple[str, ...], ...]:
    article = _article()
    vocabulary = frozenset().union(*index_for(article).sets)
    return article_forms(word, vocabulary, article_names(article.text))


def _ask(question: str) -> tuple[str, str]:
    article = _article()
    answer = answer_question(question, article, Conversation())
    cited = answer.items[0].text if answer.items else ""
    return answer.kind, cited


def test_a_demonym_is_written_as_its_place() -> None:
    assert ("ireland",) in _forms("irish")


def test_a_long_number_is_written_with_its_grouping() -> None:
    assert ("10", "000") in _forms("10000")


def test_a_decade_or_century_is_written_as_its_years() -> None:
    assert ("1994",) in _forms("1990s")
    assert ("1994",) in _forms("1900s")
    assert ("1994",) not in _forms("1980s")


def test_a_misspelled_name_is_the_one_name_spelled_almost_like_it() -> None:
    assert _forms("schwietermann") == (("schwieterman",),)


def test_a_real_word_is_no_slip_for_a_name() -> None:
    assert _forms("eastern") == ()  # "Western" is in the story, "Eastern" is another thing


def test_the_gate_does_not_refuse_a_demonym_or_a_misspelled_name() -> None:
    article = _article()
    assert missing_names("What did the Irish finance ministry say?", article) == []
    assert missing_names("What did Schwietermann say?", article) == []
    assert missing_names("How many workers at Eastern Digital plants?", article) == ["Eastern"]


def test_the_misspelled_name_finds_its_sentence() -> None:
    kind, cited = _ask("What did Schwietermann say about the workers?")
    assert kind != "abstain" and "10,000 workers" in cited


def test_the_demonym_finds_its_sentence() -> None:
    kind, cited = _ask("When did the Irish finance ministry announce the tax cut?")
    assert kind != "abstain" and "finance ministry" in cited


def test_a_name_typed_without_its_accents_is_the_article_s_name() -> None:
    article = parse("Tugh Temür founded the academy in 1929.\n\nHe died in 1932 in the capital.")
    answer = answer_question("When did Tugh Temur found the academy?", article, Conversation())
    assert answer.kind != "abstain" and answer.items and "1929" in answer.items[0].text


def test_a_count_in_digits_is_the_count_in_words() -> None:
    article = parse("GE linked its four computer centres in 1965.\n\nThe network was sold in 1970.")
    vocabulary = frozenset().union(*index_for(article).sets)
    assert ("four",) in article_forms("4", vocabulary, article_names(article.text))
    assert missing_names("When did GE link its 4 computer centres?", article) == []


def test_an_ordinal_century_is_written_as_its_years() -> None:
    article = parse("In 1564 settlers built a fort near the river.\n\nIt fell a year later.")
    assert missing_names("Near what river was a fort built in the 16th century?", article) == []


def test_the_question_is_respelled_as_the_article_writes_the_name() -> None:
    text = "Tugh Temür met Joseph Schwieterman in Céloron."
    assert (
        respelled("Did Temur meet Schwietermann in Celoron?", text)
        == "Did Temür meet Schwieterman in Céloron?"
    )
    assert respelled("Did Eastern meet Western?", text) == "Did Eastern meet Western?"


def test_an_acronym_in_a_question_matches_the_name_its_initials_spell() -> None:
    article = parse(
        "Employers added 40,000 jobs in May, the agency said.\n\n"
        "The report ends the recession debate, said Chartered Professional Accountants of Canada's chief "
        "economist, Marie-Claude Roy.\n\n"
        "Bank of Montreal chief economist Paul Hart expects rates to hold."
    )
    answer = answer_question("Who is the CPA's chief economist?", article, Conversation())
    assert answer.kind == "ask" and "Marie-Claude Roy" in answer.title


def test_an_abbreviation_matches_the_lower_case_words_its_letters_open() -> None:
    """ "VP" is a title the story writes out in lower case ("vice president"): not a name it lacks."""
    article = parse(
        "The carrier will launch a streaming app next month.\n\n"
        "Dana Okoro, vice president of video products for the carrier, said the app would be free.\n\n"
        "The app runs on tablets and phones."
    )
    assert ("vice", "president") in lower_spellings(article.text, "vp")
    assert missing_names("Who is the carrier's VP of video products?", article) == []
    assert missing_names("Who is the carrier's CFO?", article) == ["CFO"]
    answer = answer_question("Who is the carrier's VP of video products?", article, Conversation())
    assert answer.kind == "ask" and "Dana Okoro" in answer.title


def test_a_hyphenated_question_word_needs_only_its_capitalised_part() -> None:
    article = parse("The khan took the Chinese name Shizu when he founded the dynasty in 1271.")
    assert missing_names("What Chinese-style name did the khan take?", article) == []
    assert missing_names("What Korean-style name did the khan take?", article) == ["Korean-style"]


def test_a_word_is_read_in_the_article_s_british_or_american_spelling() -> None:
    text = (
        "The union criticised the plan to move the training centre, and the defense ministry's labor office."
    )
    assert respelled("Who criticized the plan?", text) == "Who criticised the plan?"
    assert respelled("Where is the training center?", text) == "Where is the training centre?"
    assert respelled("What did the defence ministry's labour office say?", text) == (
        "What did the defense ministry's labor office say?"
    )
    # a word the article writes as the reader does, or whose other spelling it lacks, stays
    assert respelled("Who made the plan in an hour?", text) == "Who made the plan in an hour?"


def test_the_other_spelling_finds_its_sentence() -> None:
    article = parse(
        "Pension plan criticised\n\nGrace Mbeki, the teachers' union leader, criticised the pension plans on "
        "Tuesday.\n\nMinisters defended them."
    )
    answer = answer_question("Who criticized the pension plans?", article, Conversation())
    assert answer.kind == "ask" and answer.title == "Grace Mbeki"


def test_a_count_the_question_pins_in_digits_is_in_the_sentence_in_words() -> None:
    article = parse(
        "Beijing props up lenders\n\nChina has pumped $45 billion into two of its largest banks, officials "
        "said.\n\nThe banks will list their shares next year."
    )
    answer = answer_question(
        "How much has China pumped into 2 of its largest banks?", article, Conversation()
    )
    assert answer.kind == "ask" and answer.title == "$45 billion"


def test_a_typing_slip_in_a_word_is_read_as_the_article_s_word() -> None:
    text = "About 30,000 customers in Belfast lost power, and the inquiry was unestablished as yet."
    assert (
        respelled("How many cusomers in Belfast lost power?", text)
        == "How many customers in Belfast lost power?"
    )
    assert respelled("How many cusotmers lost power?", text) == "How many customers lost power?"
    # a word that differs at its start is another word, and a contraction's piece is no word
    assert respelled("Was the inquiry established?", text) == "Was the inquiry established?"
    assert respelled("Why weren't the customers told?", text) == "Why weren't the customers told?"


def test_a_title_the_story_never_writes_before_the_name_is_dropped() -> None:
    text = "Jack Boynton stepped down as chief executive on Monday. Mrs Foster sued British Gas."
    assert respelled("When did Mr. Boynton step down?", text) == "When did Boynton step down?"
    assert respelled("Which company did Mrs Foster sue?", text) == "Which company did Mrs Foster sue?"


def test_a_reader_s_title_is_no_name_the_story_lacks() -> None:
    article = parse(
        "Chief executive quits\n\nJack Boynton stepped down as chief executive of Harbour Freight on Monday, "
        "the company said.\n\nHe had run it for nine years."
    )
    answer = answer_question("When did Mr. Boynton step down?", article, Conversation())
    assert answer.kind == "ask" and "Monday" in (answer.items[0].label or "")


def test_a_country_is_read_in_the_story_s_spelling() -> None:
    text = "Storms hit Britain on Monday. The United States sent aid, US officials said."
    assert respelled("What is disrupting transport across the UK?", text) == (
        "What is disrupting transport across Britain?"
    )
    assert respelled("Did America send aid?", text) == "Did the United States send aid?"
    assert respelled("Did the US send aid?", text) == "Did the US send aid?"  # a spelling the story writes


def test_a_country_in_another_spelling_finds_its_sentence() -> None:
    article = parse(
        "Storms batter coast\n\nHeavy rain disrupted rail services across Britain on Monday, the operator "
        "said.\n\nSchools stayed open."
    )
    answer = answer_question("What disrupted rail services across the UK?", article, Conversation())
    assert answer.kind == "ask" and "Heavy rain" in answer.items[0].text


def test_a_typing_slip_is_read_as_an_article_word_with_the_stem_it_is_for() -> None:
    text = "The ministry confirms that Landau will visit."
    assert respelled("Who conirmed the visit?", text) == "Who confirms the visit?"
