import pytest

from analysis.files import MAX_ARTICLE_BYTES, ArticleInputError, decode_article, read_article_file


def test_utf8_text_is_read_as_it_is():
    assert decode_article("Café “quoted”".encode()) == ("Café “quoted”", None)


def test_a_utf8_byte_order_mark_is_dropped():
    text, _ = decode_article("\ufeffHeadline".encode("utf-8"))

    assert text == "Headline"


def test_windows_1252_text_is_decoded_and_the_note_says_so():
    text, note = decode_article("He said “no” — twice".encode("cp1252"))

    assert text == "He said “no” — twice"
    assert "Windows-1252" in note


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_or_blank_input_is_refused(data):
    with pytest.raises(ArticleInputError, match="is empty"):
        decode_article(data)


def test_binary_input_is_refused():
    with pytest.raises(ArticleInputError, match="binary"):
        decode_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_input_over_one_megabyte_is_refused():
    with pytest.raises(ArticleInputError, match="at most 1 MB"):
        decode_article(b"a" * (MAX_ARTICLE_BYTES + 1))


def test_a_missing_file_is_named_as_missing(tmp_path):
    with pytest.raises(ArticleInputError, match="does not exist"):
        read_article_file(tmp_path / "nope.txt")


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(ArticleInputError, match="folder"):
        read_article_file(tmp_path)
