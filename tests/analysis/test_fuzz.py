"""Property-based tests: the engine never raises on any text, and every offset lies inside the body."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze_article, find_conflicts
from analysis.files import ArticleInputError, decode_article

# Text that looks like news often enough to reach the extractors' deeper branches.
NEWSY_PIECES = st.sampled_from(
    [
        '"We will rebuild," she said.',
        "“Never again,” he told NBC News, “not while I am here.”",
        "as many as 800", "almost 700", "more than 20 percent", "$1.2 million", "two weeks",
        "an official who spoke on condition of anonymity said", "according to CNN",
        "illegal aliens", "invasion", "crackdown", "rounding up", "‘quoted’", "'", '"', "“", "”",
        "\n\n", "\n", " ", "Sen. Kamala Harris (D-Calif.)", "<p>", "</p>", "<script>x()</script>",
        "{mosads}", "Advertisement", "1,000", "1.5", "-3", "%", "Mr.", "U.S.", "…",
    ]
)
ARTICLE_TEXT = st.lists(st.one_of(NEWSY_PIECES, st.text(max_size=40)), max_size=60).map("".join)


def assert_offsets_inside(analysis) -> None:
    size = len(analysis.body)
    for item in (*analysis.quotes, *analysis.numbers, *analysis.loaded_terms):
        assert 0 <= item.start <= item.end <= size, item


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXT)
def test_the_engine_never_raises_and_keeps_offsets_inside_the_body(text):
    assert_offsets_inside(analyze_article(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_is_analyzed(text):
    assert_offsets_inside(analyze_article(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE_TEXT, min_size=2, max_size=4))
def test_conflict_grouping_never_raises(texts):
    analyses = {f"a{i}.txt": analyze_article(text) for i, text in enumerate(texts)}

    for conflict in find_conflicts(analyses):
        assert len(conflict.reports) >= 2


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_decoded_or_refused_with_a_message(data):
    try:
        text, _ = decode_article(data)
    except ArticleInputError as error:
        assert str(error)
    else:
        assert text.strip()
