"""An article's analysis page: highlights, the source map, and the teacher's corrections, which the
drafted questions follow."""
import pytest
from django.urls import reverse

from analysis import analyze_article
from lessons.corrections import article_analysis
from lessons.models import Article, Lesson
from tests.factories import answer, make_assignment
from tests.test_article_import import FLOOD, NO_QUOTES, flood, import_flood  # noqa: F401 (fixture)


def detail(article):
    return article.get_absolute_url()


def quote_of(article, speaker):
    return article.found_quotes.get(speaker=speaker)


def correct(client, quote, speaker=None, named=None, dismissed=False, **headers):
    data = {
        "speaker": quote.shown_speaker if speaker is None else speaker,
        "named": ("named" if quote.is_named else "anonymous") if named is None else named,
    }
    if dismissed:
        data["dismissed"] = "on"
    url = reverse("quote_correct", args=[quote.article.slug, quote.pk])
    return client.post(url, data, **headers)


def dismiss(client, row, name, value="1"):
    return client.post(reverse(name, args=[row.article.slug, row.pk]), {"dismissed": value})


def lesson_text(article, skill=None) -> str:
    """Everything a student would read in the article's drafted lesson (or its questions on a skill)."""
    lesson = Lesson.objects.get(articles=article, owner=article.owner)
    questions = lesson.current_questions().prefetch_related("choices")
    parts = []
    for question in questions.filter(skill=skill) if skill else questions:
        parts.append(question.stem)
        parts.extend(choice.text for choice in question.choices.all())
    return "\n".join(parts)


@pytest.fixture
def seed_article(db):
    analysis = analyze_article(NO_QUOTES)
    return Article.objects.create(
        title="Council Approves New Budget", slug="council-budget", raw_text=NO_QUOTES, body=analysis.body,
        body_hash="seed", seed_file="council.txt", shared=True,
    )


# ---------------------------------------------------------------- the page


def test_the_owner_sees_the_article_with_each_kind_marked(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert '<mark class="hl-quote"' in page
    assert '<mark class="hl-number"' in page
    assert '<mark class="hl-term"' in page


def test_marks_carry_bracketed_labels_that_do_not_rely_on_colour(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert '<span aria-hidden="true">[Q1]</span><span class="visually-hidden">Quote 1:</span>' in page
    assert "[N1]" in page and "[L1]" in page
    assert 'title="Number 1: As many as 300, at most"' in page


def test_the_legend_explains_the_marks(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert "a quote, with a solid underline" in page
    assert "loaded language, with a wavy underline" in page


def test_the_source_map_counts_named_and_anonymous_sources(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert "3 sources quoted" in page
    assert "1 of them (33%) anonymous" in page
    assert "emergency official who spoke on condition of anonymity" in page


def test_the_page_lists_numbers_with_hedges_and_terms_with_alternatives(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert "<strong>As many as 300</strong>" in page and "hedge: at most" in page
    assert "neutral: person accused of stealing" in page
    assert "in the writer's own voice" in page


def test_the_owner_gets_correction_forms(client, teacher, flood):
    client.force_login(teacher)
    page = client.get(detail(flood)).content.decode()
    assert "Save the correction" in page
    assert reverse("number_dismiss", args=[flood.slug, flood.found_numbers.first().pk]) in page


def test_other_teachers_get_404_for_a_private_article(client, other_teacher, flood):
    client.force_login(other_teacher)
    assert client.get(detail(flood)).status_code == 404


def test_students_get_403(client, student, flood):
    client.force_login(student)
    assert client.get(detail(flood)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, flood):
    assert client.get(detail(flood)).status_code == 302


def test_the_page_refuses_post(client, teacher, flood):
    client.force_login(teacher)
    assert client.post(detail(flood)).status_code == 405


def test_a_shared_article_is_read_only_for_other_teachers(client, other_teacher, flood):
    flood.shared = True
    flood.save(update_fields=["shared"])
    client.force_login(other_teacher)
    page = client.get(detail(flood)).content.decode()
    assert "This analysis is read-only" in page
    assert "Save the correction" not in page


def test_a_seed_article_shows_the_engines_analysis(client, teacher, seed_article):
    client.force_login(teacher)
    page = client.get(detail(seed_article)).content.decode()
    assert '<mark class="hl-number"' in page
    assert "Save the correction" not in page
    assert not seed_article.found_numbers.exists()  # read, never stored


def test_an_article_without_quotes_says_so(client, teacher):
    article = import_flood(teacher, NO_QUOTES)
    client.force_login(teacher)
    page = client.get(detail(article)).content.decode()
    assert "Byline found no quotes in this article." in page


# ---------------------------------------------------------------- corrections


def test_correcting_a_speaker_is_stored_beside_the_engines_reading(client, teacher, flood):
    client.force_login(teacher)
    quote = quote_of(flood, "Dana Ortiz")
    response = correct(client, quote, speaker="Sheriff Tom Reyes")
    quote.refresh_from_db()
    assert response.status_code == 302
    assert (quote.speaker, quote.shown_speaker) == ("Dana Ortiz", "Sheriff Tom Reyes")


def test_a_corrected_speaker_changes_the_drafted_questions(client, teacher, flood):
    client.force_login(teacher)
    assert "Dana Ortiz" in lesson_text(flood)
    correct(client, quote_of(flood, "Dana Ortiz"), speaker="Sheriff Tom Reyes")
    text = lesson_text(flood)
    assert "Sheriff Tom Reyes" in text
    assert "Dana Ortiz" not in text


def test_marking_a_quote_anonymous_reaches_the_analysis_and_the_source_map(client, teacher, flood):
    client.force_login(teacher)
    before = lesson_text(flood)
    correct(client, quote_of(flood, "Ellen Park"), speaker="state official", named="anonymous")
    quote = next(q for q in article_analysis(flood).quotes if q.speaker == "state official")
    assert quote.named is False
    assert "2 of them (67%) anonymous" in client.get(detail(flood)).content.decode()
    assert lesson_text(flood) != before


def test_dismissing_a_quote_leaves_it_out_of_the_lesson(client, teacher, flood):
    client.force_login(teacher)
    correct(client, quote_of(flood, "Ellen Park"), dismissed=True)
    assert "Ellen Park" not in lesson_text(flood)


def test_dismissing_a_number_leaves_it_out_of_the_lesson(client, teacher, flood):
    client.force_login(teacher)
    assert "As many as 300" in lesson_text(flood)
    dismiss(client, flood.found_numbers.get(text="As many as 300"), "number_dismiss")
    assert "As many as 300" not in lesson_text(flood)


def test_restoring_a_dismissed_number_brings_it_back(client, teacher, flood):
    client.force_login(teacher)
    number = flood.found_numbers.get(text="As many as 300")
    dismiss(client, number, "number_dismiss")
    dismiss(client, number, "number_dismiss", value="0")
    assert "As many as 300" in lesson_text(flood)


def test_dismissing_a_loaded_term_leaves_it_out_of_the_lesson(client, teacher, flood):
    client.force_login(teacher)
    assert "looters" in lesson_text(flood, "loaded_language").lower()
    dismiss(client, flood.found_terms.get(matched="Looters"), "term_dismiss")
    assert "looters" not in lesson_text(flood, "loaded_language").lower()
    assert "Dismissed." in client.get(detail(flood)).content.decode()


def test_a_correction_leaves_a_published_lesson_alone(client, teacher, flood):
    client.force_login(teacher)
    lesson = Lesson.objects.get(articles=flood)
    lesson.status = Lesson.Status.PUBLISHED
    lesson.save(update_fields=["status"])
    before = lesson_text(flood)
    response = correct(client, quote_of(flood, "Dana Ortiz"), speaker="Sheriff Tom Reyes")
    assert lesson_text(flood) == before
    assert "Published lessons are not changed by a correction" in client.get(response["Location"]).content.decode()


def test_a_correction_keeps_questions_students_answered(client, teacher, flood, classroom, student):
    client.force_login(teacher)
    lesson = Lesson.objects.get(articles=flood)
    assignment = make_assignment(classroom, lesson)
    answered = lesson.current_questions()[0]
    answer(student, assignment, answered)
    correct(client, quote_of(flood, "Dana Ortiz"), speaker="Sheriff Tom Reyes")
    answered.refresh_from_db()
    assert answered.retired_at is not None
    assert answered.answers.count() == 1


def test_an_unchanged_correction_says_nothing_changed(client, teacher, flood):
    client.force_login(teacher)
    response = correct(client, quote_of(flood, "Dana Ortiz"))
    assert "Nothing changed." in client.get(response["Location"]).content.decode()


def test_other_teachers_cannot_correct(client, other_teacher, flood):
    flood.shared = True
    flood.save(update_fields=["shared"])
    client.force_login(other_teacher)
    quote = quote_of(flood, "Dana Ortiz")
    assert correct(client, quote, speaker="Someone").status_code == 404
    quote.refresh_from_db()
    assert quote.corrected_speaker == ""


def test_students_cannot_correct(client, student, flood):
    client.force_login(student)
    assert correct(client, quote_of(flood, "Dana Ortiz"), speaker="Someone").status_code == 403
    assert dismiss(client, flood.found_numbers.first(), "number_dismiss").status_code == 403


def test_anonymous_visitors_cannot_correct(client, flood):
    response = dismiss(client, flood.found_terms.first(), "term_dismiss")
    assert response.status_code == 302
    assert not flood.found_terms.filter(dismissed=True).exists()


def test_corrections_refuse_get(client, teacher, flood):
    client.force_login(teacher)
    quote = quote_of(flood, "Dana Ortiz")
    assert client.get(reverse("quote_correct", args=[flood.slug, quote.pk])).status_code == 405
    number = flood.found_numbers.first()
    assert client.get(reverse("number_dismiss", args=[flood.slug, number.pk])).status_code == 405


def test_a_row_of_another_article_is_not_found(client, teacher, flood):
    other = import_flood(teacher, NO_QUOTES)
    client.force_login(teacher)
    number = flood.found_numbers.first()
    response = client.post(reverse("number_dismiss", args=[other.slug, number.pk]), {"dismissed": "1"})
    assert response.status_code == 404


# ---------------------------------------------------------------- sharing and drafting


def test_the_owner_shares_an_article_with_every_teacher(client, teacher, other_teacher, flood):
    client.force_login(teacher)
    client.post(reverse("article_share", args=[flood.slug]), {"shared": "1"})
    client.force_login(other_teacher)
    assert client.get(detail(flood)).status_code == 200


def test_the_owner_stops_sharing(client, teacher, flood):
    flood.shared = True
    flood.save(update_fields=["shared"])
    client.force_login(teacher)
    client.post(reverse("article_share", args=[flood.slug]), {"shared": "0"})
    flood.refresh_from_db()
    assert flood.shared is False


def test_only_the_owner_shares(client, other_teacher, flood):
    client.force_login(other_teacher)
    assert client.post(reverse("article_share", args=[flood.slug]), {"shared": "1"}).status_code == 404


def test_a_teacher_drafts_their_own_lesson_from_a_seed_article(client, teacher, seed_article):
    client.force_login(teacher)
    response = client.post(reverse("article_draft_lesson", args=[seed_article.slug]))
    lesson = Lesson.objects.get(articles=seed_article)
    assert response["Location"] == reverse("lesson_detail", args=[lesson.pk])
    assert (lesson.owner, lesson.status) == (teacher, Lesson.Status.DRAFT)


def test_drafting_refuses_get(client, teacher, flood):
    client.force_login(teacher)
    assert client.get(reverse("article_draft_lesson", args=[flood.slug])).status_code == 405


def test_drafting_from_a_private_article_of_another_teacher_is_not_found(client, other_teacher, flood):
    client.force_login(other_teacher)
    assert client.post(reverse("article_draft_lesson", args=[flood.slug])).status_code == 404


# ---------------------------------------------------------------- comparison lessons


@pytest.fixture
def second_report(teacher):
    text = (
        "Levee Failure Floods River Town\n\n"
        "Almost 400 homes were under water on Tuesday after the Clear River levee failed.\n\n"
        '"This was preventable," said engineer Sam Ito, speaking to the Daily Courier.\n\n'
        "Some 900 people slept in shelters, a Red Cross spokesperson said.\n"
    )
    return import_article_as(teacher, text, "Daily Courier")


def import_article_as(teacher, text, outlet):
    from lessons.uploads import import_article, text_from_paste

    return import_article(teacher, text_from_paste(text), outlet=outlet).article


def test_the_compare_page_lists_the_articles_a_teacher_can_use(client, teacher, flood, seed_article):
    client.force_login(teacher)
    page = client.get(reverse("compare")).content.decode()
    assert "River Town Floods After Levee Breach (Valley Herald)" in page
    assert "Council Approves New Budget" in page


def test_comparing_two_articles_drafts_a_comparison_lesson(client, teacher, flood, second_report):
    client.force_login(teacher)
    response = client.post(reverse("compare"), {"articles": [flood.pk, second_report.pk], "title": "Two floods"})
    lesson = Lesson.objects.get(kind=Lesson.Kind.COMPARISON)
    assert response["Location"] == reverse("lesson_detail", args=[lesson.pk])
    assert (lesson.title, lesson.owner) == ("Two floods", teacher)
    assert set(lesson.articles.all()) == {flood, second_report}
    assert lesson.current_questions().exists()


def test_comparing_one_article_is_refused(client, teacher, flood):
    client.force_login(teacher)
    response = client.post(reverse("compare"), {"articles": [flood.pk]})
    assert response.status_code == 400
    assert "Choose at least two articles" in response.content.decode()


def test_another_teachers_private_article_cannot_be_compared(client, other_teacher, flood, second_report):
    client.force_login(other_teacher)
    response = client.post(reverse("compare"), {"articles": [flood.pk, second_report.pk]})
    assert response.status_code == 400
    assert not Lesson.objects.filter(kind=Lesson.Kind.COMPARISON).exists()


def test_students_cannot_compare(client, student):
    client.force_login(student)
    assert client.get(reverse("compare")).status_code == 403


def test_compare_refuses_other_methods(client, teacher):
    client.force_login(teacher)
    assert client.delete(reverse("compare")).status_code == 405


def test_the_analysis_page_costs_the_same_whatever_the_article_holds(client, teacher, flood, django_assert_num_queries):
    small = import_flood(teacher, NO_QUOTES)
    client.force_login(teacher)
    client.get(detail(small))
    with django_assert_num_queries(7):
        client.get(detail(small))
    with django_assert_num_queries(7):
        client.get(detail(flood))
