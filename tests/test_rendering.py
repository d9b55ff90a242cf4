from lessons.rendering import article_paragraphs

BODY = "Headline here\n\nFirst paragraph with a number 680.\n\nSecond paragraph."


def test_the_body_splits_into_paragraphs_and_the_headline_is_recognised():
    paragraphs = article_paragraphs(BODY, title="Headline here")

    assert [p.text for p in paragraphs] == [
        "Headline here",
        "First paragraph with a number 680.",
        "Second paragraph.",
    ]
    assert [p.is_headline for p in paragraphs] == [True, False, False]


def test_a_marked_span_comes_out_as_a_numbered_marked_segment():
    start = BODY.index("680")

    paragraph = article_paragraphs(BODY, marks=[(start, start + 3)])[1]

    assert [(s.text, s.marked, s.anchor) for s in paragraph.segments] == [
        ("First paragraph with a number ", False, ""),
        ("680", True, "evidence-1"),
        (".", False, ""),
    ]


def test_a_span_across_paragraphs_is_marked_in_each():
    start, end = BODY.index("680"), BODY.index("Second") + 6

    marked = [s.text for p in article_paragraphs(BODY, marks=[(start, end)]) for s in p.segments if s.marked]

    assert marked == ["680.", "Second"]


def test_overlapping_marks_merge():
    start = BODY.index("number")

    paragraph = article_paragraphs(BODY, marks=[(start, start + 10), (start + 7, start + 10)])[1]

    assert [s.text for s in paragraph.segments if s.marked] == ["number 680"]
