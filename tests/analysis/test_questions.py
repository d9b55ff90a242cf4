"""The lesson-question generator on hand-made analyses, so it is tested whatever the extractors do."""
import re
from dataclasses import replace

import pytest

from analysis.question_attribution import attribution_candidates
from analysis.question_loaded import loaded_candidates
from analysis.question_numbers import number_candidates
from analysis.question_text import sentence_spans
from analysis.questions import (
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    LessonDraft,
    build_article_lesson,
    build_comparison_lesson,
    lesson_from_dict,
    lesson_to_dict,
)
from analysis.types import ArticleAnalysis, Conflict, ConflictReport, LoadedTerm, NumberClaim, Quote

NAME = "flood.txt"
BODY = (
    "Flood waters swamp riverside town\n\n"
    "As many as 800 homes were flooded in Millford on Sunday, officials said.\n\n"
    '"We have never seen water this high," said Mayor Jane Carter. "The whole street is gone."\n\n'
    "Fire chief Paul Moreno told the Millford Echo that crews rescued 42 people from rooftops. "
    '"It was chaos out there," Moreno said.\n\n'
    "A county official, who spoke on condition of anonymity, said the levee had been neglected for "
    'years. "Nobody wanted to pay for the repairs," the official said.\n\n'
    "Critics called the response a disgraceful failure of planning by the county board.\n\n"
    "Carter's deputy, Sam Carter, said the town would need almost 300 new pumps.\n\n"
    '"We will rebuild this town," she said, "and we will do it soon."\n\n'
    "Repairs could cost about $2 million, the county said in a statement."
)


def at(text: str, occurrence: int = 1, body: str = BODY) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = body.index(text, start + 1)
    return start, start + len(text)


def quote(text: str, speaker: str | None, named: bool = True, kind: str = "statement",
          role: str | None = None, via: str | None = None, body: str = BODY) -> Quote:
    start, end = at(text, body=body)
    return Quote(text=text, kind=kind, speaker=speaker, named=named, role=role, via=via, start=start, end=end)


def number(text: str, value: float, hedge: str = "exact", counts: str | None = None,
           body: str = BODY, unit: str | None = None) -> NumberClaim:
    start, end = at(text, body=body)
    return NumberClaim(value=value, hedge=hedge, counts=counts, text=text, start=start, end=end, unit=unit)


def loaded(matched: str, term: str, voice: str = "author", neutral: tuple[str, ...] = ("said",),
           body: str = BODY, category: str = "general_emotive") -> LoadedTerm:
    start, end = at(matched, body=body)
    return LoadedTerm(term=term, matched=matched, voice=voice, neutral=neutral,
                      why="It tells readers how to feel.", category=category, start=start, end=end)


QUOTES = (
    quote("We have never seen water this high", "Jane Carter", role="Mayor"),
    quote("The whole street is gone.", "Jane Carter", role="Mayor"),
    quote("It was chaos out there", "Paul Moreno", role="Fire chief", via="the Millford Echo"),
    quote("Nobody wanted to pay for the repairs", "county official", named=False),
    quote("We will rebuild this town,\" she said, \"and we will do it soon.", "Jane Carter", role="Mayor"),
)
NUMBERS = (
    number("As many as 800", 800, "at_most", "homes flooded"),
    number("42", 42, "exact", "people rescued"),
    number("almost 300", 300, "less_than", "pumps"),
    number("about $2 million", 2_000_000, "approximate", "cost of repairs", unit="dollars"),
)
TERMS = (
    loaded("swamp", "swamp", neutral=("flood",)),
    loaded("chaos", "chaos", voice="quoted", neutral=("confusion",)),
    loaded("disgraceful", "disgraceful", neutral=("criticised",)),
)
ANALYSIS = ArticleAnalysis(title="Flood waters swamp riverside town", outlet=None, body=BODY,
                           quotes=QUOTES, numbers=NUMBERS, loaded_terms=TERMS)


def candidates(analysis: ArticleAnalysis = ANALYSIS, kind: str | None = None):
    found = (attribution_candidates(NAME, analysis) + number_candidates(NAME, analysis)
             + loaded_candidates(NAME, analysis))
    return [c.question for c in found if kind is None or c.question.kind == kind]


def correct(question) -> str:
    return next(c.text for c in question.choices if c.correct)


def wrong(question) -> list[str]:
    return [c.text for c in question.choices if not c.correct]


def with_stem(questions, fragment: str):
    return next(q for q in questions if fragment in q.stem)


# ---------------------------------------------------------------- who said it


def test_who_said_offers_the_speaker_and_other_speakers_of_the_article():
    question = with_stem(candidates(kind="who_said"), "It was chaos")
    assert correct(question) == "Paul Moreno"
    assert set(wrong(question)) <= {"Jane Carter", "A county official"}


def test_who_said_evidence_holds_the_quote_and_the_speakers_name():
    question = with_stem(candidates(kind="who_said"), "It was chaos")
    text = " ".join(e.text for e in question.evidence)
    assert "It was chaos out there" in text and "Moreno" in text


def test_who_said_with_a_pronoun_attribution_adds_the_sentence_naming_the_speaker():
    question = with_stem(candidates(kind="who_said"), "We will rebuild")
    text = " ".join(e.text for e in question.evidence)
    assert "she said" in text and "Carter" in text


def test_who_said_never_offers_someone_with_the_same_surname():
    sam = quote("the town would need almost 300 new pumps", "Sam Carter", kind="scare")
    analysis = replace(ANALYSIS, quotes=QUOTES + (sam,))
    question = with_stem(candidates(analysis, "who_said"), "never seen water")
    assert correct(question) == "Jane Carter" and "Sam Carter" not in wrong(question)


def test_who_said_never_offers_a_speaker_credited_with_the_same_words():
    echo = quote("It was chaos out there", "Millford Echo")
    body_quotes = QUOTES + (Quote(text=echo.text, kind="statement", speaker="Millford Echo", named=True,
                                  role=None, via=None, start=echo.start, end=echo.end),)
    analysis = replace(ANALYSIS, quotes=body_quotes)
    for question in candidates(analysis, "who_said"):
        if "It was chaos" in question.stem:
            assert "Millford Echo" not in wrong(question)


def test_who_said_never_offers_the_organisation_the_speaker_speaks_for():
    body = ('Storm aid delayed\n\n"We are doing all we can," said Ana Ruiz, director of Relief Now. '
            '"Trucks are on the way," Relief Now said in a statement. "Roads are closed," said Tom Lee.')
    analysis = ArticleAnalysis("Storm aid delayed", None, body, (
        quote("We are doing all we can", "Ana Ruiz", role="director of Relief Now", body=body),
        quote("Trucks are on the way", "Relief Now", via="a statement", body=body),
        quote("Roads are closed", "Tom Lee", body=body),
    ))
    question = with_stem(candidates(analysis, "who_said"), "We are doing all")
    assert correct(question) == "Ana Ruiz" and wrong(question) == ["Tom Lee"]


def test_who_said_never_offers_a_named_official_of_the_agency_an_unnamed_official_is_from():
    body = ('ICE defends raid\n\nAn ICE official told NBC News the agency "is not a social services '
            'agency." ICE acting Director Matthew Albence said, "This was a textbook operation." '
            '"We are concerned," said Joshua Tom of the ACLU.')
    analysis = ArticleAnalysis("ICE defends raid", None, body, (
        quote("is not a social services agency.", "ICE official", named=False, via="NBC News", body=body),
        quote("This was a textbook operation.", "Matthew Albence", role="ICE acting Director", body=body),
        quote("We are concerned", "Joshua Tom", body=body),
    ))
    question = with_stem(candidates(analysis, "who_said"), "social services")
    assert "Matthew Albence" not in wrong(question) and "Joshua Tom" in wrong(question)


def test_a_quote_without_a_speaker_gets_no_attribution_question():
    analysis = ArticleAnalysis(None, None, BODY, (quote("It was chaos out there", None, named=False),) + QUOTES[:2])
    assert not [q for q in candidates(analysis) if q.skill == "attribution" and "It was chaos" in q.stem]


def test_no_who_said_question_when_the_article_has_one_speaker():
    analysis = ArticleAnalysis(None, None, BODY, QUOTES[:2])
    assert candidates(analysis, "who_said") == []


def test_who_said_shortens_a_long_quote_at_a_word_boundary():
    long_words = " ".join(f"word{i}" for i in range(40))
    body = f'Title here\n\n"{long_words}," said Ann Lee. "Short one," said Bo Park.'
    analysis = ArticleAnalysis("Title here", None, body, (
        quote(long_words, "Ann Lee", body=body), quote("Short one", "Bo Park", body=body)))
    question = with_stem(candidates(analysis, "who_said"), "word0")
    shown = re.search(r"“(.*)”", question.stem).group(1)
    assert shown.endswith("…") and shown[:-1] in body and len(shown.split()) <= 25


# ---------------------------------------------------------------- named or anonymous, channel


def test_named_or_anonymous_is_a_two_choice_question():
    question = with_stem(candidates(kind="named_or_anonymous"), "Nobody wanted")
    assert len(question.choices) == 2 and correct(question).startswith("Anonymous")


def test_anonymous_source_question_explains_that_readers_cannot_check_the_source():
    question = candidates(kind="anonymous_source_effect")[0]
    assert "cannot check who the source is" in correct(question)
    assert any("more reliable" in text or "made up" in text for text in wrong(question))


def test_channel_question_offers_other_channels_but_never_one_the_article_mentions():
    question = with_stem(candidates(kind="via"), "It was chaos")
    assert correct(question) == "The Millford Echo"
    assert all(choice not in BODY for choice in wrong(question))


def test_channel_question_never_offers_an_outlet_the_article_reports_from():
    body = ('Raids go on\n\nAccording to CNN, more raids are planned. "You have to go in," Trump told '
            'reporters. "It is a disgrace," Ann Lee told CNN.')
    analysis = ArticleAnalysis("Raids go on", None, body, (
        quote("You have to go in", "Donald Trump", via="reporters", body=body),
        quote("It is a disgrace", "Ann Lee", via="CNN", body=body)))
    question = with_stem(candidates(analysis, "via"), "You have to go in")
    assert "CNN" not in wrong(question)


# ---------------------------------------------------------------- numbers


def test_as_many_as_means_at_most():
    question = with_stem(candidates(kind="hedge_meaning"), "“As many as 800”")
    assert correct(question) == "At most 800: the true figure could be lower"
    assert "Exactly 800: an exact count" in wrong(question)


def test_almost_means_a_little_under_and_never_offers_at_most():
    question = with_stem(candidates(kind="hedge_meaning"), "“almost 300”")
    assert correct(question).startswith("A little under 300")
    assert not any(text.startswith("At most") for text in wrong(question))


def test_at_least_never_offers_more_than_as_a_wrong_answer():
    body = "Storm\n\nAt least 12 people died in the storm."
    analysis = ArticleAnalysis("Storm", None, body, numbers=(number("At least 12", 12, "at_least", body=body),))
    question = candidates(analysis, "hedge_meaning")[0]
    assert correct(question).startswith("At least 12")
    assert not any(text.startswith("More than") for text in wrong(question))


def test_a_range_gets_no_hedge_question():
    body = "Storm\n\nBetween 300 and 400 homes were damaged."
    claim = number("Between 300 and 400", 300, "at_least", body=body)
    analysis = ArticleAnalysis("Storm", None, body, numbers=(claim,))
    assert candidates(analysis, "hedge_meaning") == []


def test_exact_or_hedged_is_skipped_when_a_hedge_stands_just_before_the_number():
    body = "Storm\n\nThe storm damaged more than 300 homes."
    analysis = ArticleAnalysis("Storm", None, body, numbers=(number("300", 300, "exact", body=body),))
    assert candidates(analysis, "exact_or_hedged") == []


def test_fill_in_blanks_the_figure_and_offers_figures_of_the_same_form():
    question = with_stem(candidates(kind="figure_fill_in"), "rescued ___ people")
    assert correct(question) == "42"
    assert all(re.fullmatch(r"\d[\d,]*", text) for text in wrong(question))


def test_a_figure_inside_a_quote_is_credited_to_its_speaker():
    body = ('Budget vote\n\n"We will cut 40 jobs," said Mayor Ann Lee. "It is wrong," said Bo Park.')
    analysis = ArticleAnalysis("Budget vote", None, body, (
        quote("We will cut 40 jobs", "Ann Lee", body=body), quote("It is wrong", "Bo Park", body=body)),
        numbers=(number("40", 40, body=body),))
    question = candidates(analysis, "number_source")[0]
    assert correct(question) == "Ann Lee" and "Bo Park" in wrong(question)
    assert "The writer, without naming a source" in wrong(question)


# ---------------------------------------------------------------- loaded language


def test_which_word_is_loaded_offers_other_words_of_the_same_sentence():
    question = with_stem(candidates(kind="which_word_loaded"), "disgraceful")
    sentence = "Critics called the response a disgraceful failure of planning by the county board."
    assert correct(question) == "disgraceful"
    assert all(text in sentence for text in wrong(question))


def test_which_word_is_loaded_never_offers_another_loaded_term_of_the_sentence():
    body = "Town\n\nCritics called the disgraceful plan a shameful failure of planning."
    analysis = ArticleAnalysis("Town", None, body, loaded_terms=(
        loaded("disgraceful", "disgraceful", body=body), loaded("shameful", "shameful", body=body)))
    for question in candidates(analysis, "which_word_loaded"):
        assert not {"disgraceful", "shameful"} & set(wrong(question))


def test_neutral_alternative_is_the_lexicons_and_the_loaded_word_is_a_wrong_answer():
    question = with_stem(candidates(kind="neutral_alternative"), "“disgraceful”")
    assert correct(question) == "criticised" and "disgraceful" in wrong(question)


def test_neutral_alternative_offers_loaded_synonyms_from_the_lexicon():
    body = "Border\n\nOfficials detained 40 illegal immigrants on Monday."
    term = loaded("illegal immigrants", "illegal immigrant", category="immigration",
                  neutral=("undocumented immigrant", "immigrant living in the country illegally"), body=body)
    analysis = ArticleAnalysis("Border", None, body, loaded_terms=(term,))
    question = candidates(analysis, "neutral_alternative")[0]
    assert correct(question) == "undocumented immigrant"
    assert any("illegal" in text and text != "illegal immigrants" for text in wrong(question))


def test_voice_question_says_a_quoted_term_is_the_speakers():
    question = with_stem(candidates(kind="loaded_voice"), "“chaos”")
    assert correct(question) == "A quoted speaker’s word"
    assert "Moreno" in " ".join(e.text for e in question.evidence)


def test_voice_question_is_skipped_for_a_scare_quote_with_no_speaker():
    body = 'Town\n\nThe mayor\'s plan was called a "disgrace" by some.'
    term = loaded("disgrace", "disgrace", voice="quoted", body=body)
    analysis = ArticleAnalysis("Town", None, body, (quote("disgrace", None, named=False, kind="scare", body=body),),
                               loaded_terms=(term,))
    assert candidates(analysis, "loaded_voice") == []


# ---------------------------------------------------------------- lessons


def test_an_article_lesson_has_8_to_15_questions_across_all_three_skills():
    lesson = build_article_lesson(NAME, ANALYSIS)
    assert MIN_QUESTIONS <= len(lesson.questions) <= MAX_QUESTIONS
    assert {q.skill for q in lesson.questions} == {"attribution", "numbers", "loaded_language"}
    assert lesson.notes == () and lesson.articles == (NAME,) and lesson.kind == "article"


def test_an_article_lesson_asks_about_each_quote_number_and_term_once_when_it_can():
    lesson = build_article_lesson(NAME, ANALYSIS)
    loaded_stems = [q.stem for q in lesson.questions if q.skill == "loaded_language"]
    assert sum("disgraceful" in stem for stem in loaded_stems) == 1


def test_an_article_without_numbers_gets_a_note_and_no_number_questions():
    analysis = replace(ANALYSIS, numbers=())
    lesson = build_article_lesson(NAME, analysis)
    assert not [q for q in lesson.questions if q.skill == "numbers"]
    assert "This article has no numbers, so the lesson has no number questions." in lesson.notes


def test_a_thin_article_still_gets_its_questions_with_a_note():
    analysis = ArticleAnalysis(ANALYSIS.title, None, BODY, numbers=NUMBERS[:1])
    lesson = build_article_lesson(NAME, analysis)
    assert 0 < len(lesson.questions) < MIN_QUESTIONS
    assert any("supports only" in note for note in lesson.notes)


def test_an_empty_article_gets_no_questions_and_says_so():
    lesson = build_article_lesson(NAME, ArticleAnalysis(None, None, "Nothing to see here."))
    assert lesson.questions == () and "There is nothing in this article to ask about." in lesson.notes


def test_every_question_has_one_correct_choice_distinct_choices_and_evidence_in_the_body():
    for question in build_article_lesson(NAME, ANALYSIS).questions:
        assert sum(c.correct for c in question.choices) == 1
        assert len({c.text.lower() for c in question.choices}) == len(question.choices)
        assert question.evidence
        for span in question.evidence:
            assert BODY[span.start:span.end] == span.text


def test_the_same_analysis_gives_the_same_lesson():
    assert build_article_lesson(NAME, ANALYSIS) == build_article_lesson(NAME, ANALYSIS)


def test_choice_order_is_shuffled_not_always_correct_first():
    lesson = build_article_lesson(NAME, ANALYSIS)
    assert len({[c.correct for c in q.choices].index(True) for q in lesson.questions}) > 1


# ---------------------------------------------------------------- comparison lessons

LEDGER = "More than 10,000 people marched on Saturday, organizers said. The plan was called a sham."
COURIER = ('About 3,000 people gathered on Saturday, police said. An unruly crowd blocked traffic. '
           '"The budget does not add up," Superintendent Mark Ellison told the Courier.')


def comparison_set():
    ledger = ArticleAnalysis("Thousands march", None, LEDGER, numbers=(
        number("More than 10,000", 10000, "more_than", body=LEDGER),))
    courier = ArticleAnalysis("Crowd protests", None, COURIER,
                              quotes=(quote("The budget does not add up", "Mark Ellison", body=COURIER,
                                            role="Superintendent", via="the Courier"),),
                              numbers=(number("About 3,000", 3000, "approximate", body=COURIER),),
                              loaded_terms=(loaded("unruly", "unruly", body=COURIER, neutral=("disorderly",)),))
    conflict = Conflict("people at the protest", (
        ConflictReport("ledger.txt", 10000, "more_than", "More than 10,000", *at("More than 10,000", body=LEDGER)),
        ConflictReport("courier.txt", 3000, "approximate", "About 3,000", *at("About 3,000", body=COURIER)),
    ))
    return {"ledger.txt": ledger, "courier.txt": courier}, [conflict]


def test_comparison_asks_which_report_gave_which_figure():
    analyses, conflicts = comparison_set()
    lesson = build_comparison_lesson(analyses, conflicts, {"ledger.txt": "Ledger", "courier.txt": "Courier"})
    question = with_stem(lesson.questions, "gave “About 3,000”")
    assert correct(question) == "Courier" and wrong(question) == ["Ledger"]
    assert question.evidence[0].article == "courier.txt"


def test_comparison_asks_why_the_figures_differ_with_evidence_from_each_outlet():
    analyses, conflicts = comparison_set()
    question = next(q for q in build_comparison_lesson(analyses, conflicts).questions
                    if q.kind == "why_figures_differ")
    assert "different times" in correct(question)
    assert {e.article for e in question.evidence} == {"ledger.txt", "courier.txt"}


def test_comparison_asks_which_outlet_used_a_loaded_word_in_its_own_voice():
    analyses, conflicts = comparison_set()
    lesson = build_comparison_lesson(analyses, conflicts, {"ledger.txt": "Ledger", "courier.txt": "Courier"})
    question = next(q for q in lesson.questions if q.kind == "outlet_loaded_voice")
    assert correct(question) == "Courier" and question.evidence[0].article == "courier.txt"


def test_comparison_shows_the_article_title_when_no_outlet_is_given():
    analyses, conflicts = comparison_set()
    lesson = build_comparison_lesson(analyses, conflicts)
    labels = {c.text for q in lesson.questions for c in q.choices if q.kind == "outlet_figure"}
    assert labels == {"Thousands march", "Crowd protests"}
    assert lesson.kind == "comparison" and lesson.articles == ("ledger.txt", "courier.txt")


# ---------------------------------------------------------------- JSON


def test_a_lesson_survives_the_json_round_trip():
    lesson = build_article_lesson(NAME, ANALYSIS)
    data = lesson_to_dict(lesson)
    assert set(data) == {"title", "kind", "articles", "questions"}
    assert lesson_from_dict(data) == LessonDraft(lesson.title, lesson.kind, lesson.articles, lesson.questions)


def good_lesson_dict() -> dict:
    return lesson_to_dict(build_article_lesson(NAME, ANALYSIS))


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("title"), "missing title"),
    (lambda d: d.update(kind="quiz"), "lesson kind must be one of"),
    (lambda d: d["questions"][0]["choices"][0].update(correct=not d["questions"][0]["choices"][0]["correct"]),
     "exactly one choice must be correct"),
    (lambda d: d["questions"][0].update(skill="spelling"), "skill must be one of"),
    (lambda d: d["questions"][0]["evidence"][0].update(text="x"), "must be the span's text"),
    (lambda d: d["questions"][0]["evidence"][0].update(article="other.txt"), "is not one of the lesson's articles"),
    (lambda d: d["questions"][0].update(explaination="typo"), "unknown keys: explaination"),
    (lambda d: d["questions"][0]["choices"].append(dict(d["questions"][0]["choices"][0], correct=False)),
     "two choices say the same thing"),
])
def test_bad_lesson_data_is_refused_with_a_clear_message(change, message):
    data = good_lesson_dict()
    change(data)
    with pytest.raises(ValueError, match=message):
        lesson_from_dict(data)


# ---------------------------------------------------------------- text helpers


def test_sentences_do_not_end_at_abbreviations_or_before_an_attribution():
    body = ('Sen. Kamala Harris (D-Calif.) joined Todd on Sunday. "Is that fair?" Todd asked. '
            'The U.S. team won.')
    sentences = [body[s:e] for s, e in sentence_spans(body)]
    assert sentences == ["Sen. Kamala Harris (D-Calif.) joined Todd on Sunday.",
                         '"Is that fair?" Todd asked.', "The U.S. team won."]

