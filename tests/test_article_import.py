"""A teacher imports an article by pasting or uploading it; bad input gets a clear message and
loses nothing the teacher typed."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lessons.models import Article, ArticleNumber, ArticleQuote, Lesson, content_hash
from lessons.uploads import import_article, text_from_paste

FLOOD = (
    "River Town Floods After Levee Breach\n\n"
    "As many as 300 homes were flooded on Tuesday when a levee on the Clear River gave way, officials said.\n\n"
    '"We have never seen water rise this fast," said Mayor Dana Ortiz, who spoke to the Valley Herald. '
    '"Our crews worked through the night."\n\n'
    "An emergency official who spoke on condition of anonymity said the levee had been flagged as weak "
    'more than two years ago. "Everyone knew it was a disaster waiting to happen," the official said.\n\n'
    "About 1,200 residents spent the night in shelters, according to the Red Cross. Looters were reported "
    "in two neighbourhoods, police said.\n\n"
    '"The state will pay for the repairs," Governor Ellen Park told reporters on Wednesday.\n'
)

NO_QUOTES = (
    "Council Approves New Budget\n\n"
    "The city council approved a budget of about $4 million on Monday, up from $3.5 million last year.\n\n"
    "More than 40 residents attended the meeting, which lasted nearly three hours.\n"
)

NO_NUMBERS = (
    "Library Reopens After Repairs\n\n"
    '"We are thrilled to welcome readers back," said librarian Maria Chen.\n\n'
    'A city spokesperson said the building was "finally safe" after the work.\n'
)

URL = reverse("article_import")


def import_flood(teacher, text: str = FLOOD) -> Article:
    return import_article(teacher, text_from_paste(text), outlet="Valley Herald").article


@pytest.fixture
def flood(teacher):
    """The teacher's own imported article, with its analysis stored and a lesson drafted."""
    return import_flood(teacher)


def paste(client, text=FLOOD, **fields):
    data = {"title": "", "outlet": "Valley Herald", "source_url": "", "published_on": "", "text": text}
    data.update(fields)
    return client.post(URL, data)


def upload(client, name: str, content: bytes, **fields):
    data = {"title": "My title", "outlet": "My outlet", "text": "", "file": SimpleUploadedFile(name, content)}
    data.update(fields)
    return client.post(URL, data)


# ---------------------------------------------------------------- the form


def test_a_teacher_sees_the_import_form(client, teacher):
    client.force_login(teacher)
    response = client.get(URL)
    assert response.status_code == 200
    assert b'enctype="multipart/form-data"' in response.content


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_students_may_not_import(client, student):
    client.force_login(student)
    assert client.get(URL).status_code == 403
    assert paste(client).status_code == 403
    assert not Article.objects.exists()


def test_import_refuses_other_methods(client, teacher):
    client.force_login(teacher)
    assert client.put(URL).status_code == 405


# ---------------------------------------------------------------- a good import


def test_pasting_an_article_stores_it_for_the_teacher(client, teacher):
    client.force_login(teacher)
    response = paste(client)
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert (article.owner, article.title, article.outlet) == (teacher, "River Town Floods After Levee Breach", "Valley Herald")
    assert article.raw_text == FLOOD
    assert article.body_hash == content_hash(article.body)


def test_importing_stores_the_analysis_as_rows(client, teacher):
    client.force_login(teacher)
    paste(client)
    article = Article.objects.get()
    speakers = {q.speaker for q in ArticleQuote.objects.filter(article=article)}
    assert {"Dana Ortiz", "Ellen Park"} <= speakers
    assert ArticleNumber.objects.filter(article=article, text="As many as 300", hedge="at_most").exists()
    assert article.found_terms.filter(matched="Looters").exists()


def test_importing_drafts_a_lesson_owned_by_the_teacher(client, teacher):
    client.force_login(teacher)
    paste(client)
    lesson = Lesson.objects.get()
    assert (lesson.owner, lesson.status, lesson.kind) == (teacher, Lesson.Status.DRAFT, Lesson.Kind.ARTICLE)
    assert list(lesson.articles.all()) == [Article.objects.get()]
    assert lesson.current_questions().count() >= 5


def test_the_teachers_title_source_and_date_are_kept(client, teacher):
    client.force_login(teacher)
    paste(client, title="Flood in River Town", source_url="https://herald.example/flood", published_on="2024-05-02")
    article = Article.objects.get()
    assert article.title == "Flood in River Town"
    assert article.source_url == "https://herald.example/flood"
    assert str(article.published_on) == "2024-05-02"


def test_uploading_a_text_file_imports_it(client, teacher):
    client.force_login(teacher)
    response = upload(client, "flood.txt", FLOOD.encode("utf-8"))
    assert response.status_code == 302
    assert Article.objects.get().title == "My title"


def test_uploading_an_html_file_imports_its_story(client, teacher):
    client.force_login(teacher)
    page = "<html><body><h1>Dam Holds</h1><p>About 50 people left, said Chief Ann Lee.</p></body></html>"
    upload(client, "dam.html", page.encode())
    assert "About 50 people left" in Article.objects.get().body


def test_uploading_markdown_reads_it_without_its_marks(client, teacher):
    client.force_login(teacher)
    text = "# Dam Holds\n\n**About 50 people** left, [said](https://x.example) Chief Ann Lee.\n"
    upload(client, "dam.md", text.encode(), title="")
    article = Article.objects.get()
    assert article.title == "Dam Holds"
    assert "**" not in article.body and "https://" not in article.body
    assert article.raw_text == text


# ---------------------------------------------------------------- bad input


def test_empty_text_gets_a_message(client, teacher):
    client.force_login(teacher)
    response = paste(client, text="", title="Kept title")
    assert response.status_code == 400
    assert "The article text is empty" in response.content.decode()
    assert 'value="Kept title"' in response.content.decode()
    assert not Article.objects.exists()


def test_whitespace_only_text_gets_a_message(client, teacher):
    client.force_login(teacher)
    response = paste(client, text="   \n\t  \n")
    assert response.status_code == 400
    assert "The article text is empty" in response.content.decode()


def test_a_binary_file_is_refused(client, teacher):
    client.force_login(teacher)
    response = upload(client, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert response.status_code == 400
    assert "photo.txt looks like a binary file, not text" in response.content.decode()
    assert not Article.objects.exists()


def test_a_refused_file_keeps_what_the_teacher_typed(client, teacher):
    client.force_login(teacher)
    response = upload(client, "photo.txt", b"\x00\x01\x02", title="Kept title", outlet="Kept outlet")
    page = response.content.decode()
    assert 'value="Kept title"' in page and 'value="Kept outlet"' in page


def test_a_file_of_another_type_is_refused(client, teacher):
    client.force_login(teacher)
    response = upload(client, "story.pdf", b"%PDF-1.4 ...")
    assert response.status_code == 400
    assert "story.pdf is not a .txt, .html or .md file" in response.content.decode()


def test_an_empty_file_is_refused(client, teacher):
    client.force_login(teacher)
    response = upload(client, "empty.txt", b"")
    assert response.status_code == 400
    assert "empty.txt" in response.content.decode()
    assert not Article.objects.exists()


def test_windows_1252_text_is_read_and_the_teacher_told(client, teacher):
    client.force_login(teacher)
    response = upload(client, "flood.txt", FLOOD.replace('"', "\u201c", 1).encode("cp1252"), title="")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "The file was not UTF-8, so it was read as Windows-1252 (cp1252)." in page
    assert "\u201cWe have never seen" in Article.objects.get().body


def test_a_file_over_1_mb_is_refused(client, teacher):
    client.force_login(teacher)
    response = upload(client, "huge.txt", b"word " * 220_000)
    assert response.status_code == 400
    assert "huge.txt is 1.05 MB; an article can be at most 1 MB." in response.content.decode()
    assert not Article.objects.exists()


def test_a_much_bigger_file_is_refused_without_reading_it_all(client, teacher):
    client.force_login(teacher)
    response = upload(client, "huge.txt", b"word " * 1_000_000)
    assert response.status_code == 400
    assert "huge.txt is 4.77 MB; an article can be at most 1 MB." in response.content.decode()


def test_pasted_text_over_1_mb_is_refused_and_kept(client, teacher):
    client.force_login(teacher)
    text = "Long story\n\n" + "word " * 220_000
    response = paste(client, text=text, title="Kept title")
    page = response.content.decode()
    assert response.status_code == 400
    assert "The text is 1.05 MB; an article can be at most 1 MB." in page
    assert 'value="Kept title"' in page and "word word word" in page


def test_pasting_and_uploading_at_once_is_refused(client, teacher):
    client.force_login(teacher)
    response = upload(client, "flood.txt", FLOOD.encode(), text=FLOOD)
    assert response.status_code == 400
    assert "Paste the text or choose a file, not both." in response.content.decode()


def test_html_with_nothing_but_markup_is_refused(client, teacher):
    client.force_login(teacher)
    response = paste(client, text="<html><body><script>alert(1)</script></body></html>")
    assert response.status_code == 400
    assert "No article text is left once the markup is taken out" in response.content.decode()


def test_script_style_and_iframe_are_stripped_from_the_body(client, teacher):
    client.force_login(teacher)
    page = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
        "<h1>Dam Holds</h1><p>About 50 people left, said Chief Ann Lee.</p>"
        "<iframe src='https://evil.example'></iframe><script>steal()</script></body></html>"
    )
    paste(client, text=page)
    body = Article.objects.get().body
    assert "alert" not in body and "steal" not in body and "color: red" not in body and "iframe" not in body


def test_a_pasted_script_never_appears_unescaped_on_any_page(client, teacher):
    client.force_login(teacher)
    script = "<script>alert('pwned')</script>"
    text = f"Story <b>about</b> a {script}\n\nHe said \"{script} is here\" about 40 times."
    paste(client, text=text, title=f"Title {script}", outlet=f"Outlet {script}")
    article = Article.objects.get()
    lesson = Lesson.objects.get()
    pages = [
        reverse("library"),
        article.get_absolute_url(),
        reverse("lesson_detail", args=[lesson.pk]),
        reverse("lesson_preview", args=[lesson.pk]),
        reverse("compare"),
    ]
    for url in pages:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page, url
    assert script in article.raw_text  # stored as given, only ever shown escaped


def test_an_article_without_quotes_gets_a_lesson_and_a_note(client, teacher):
    client.force_login(teacher)
    response = paste(client, text=NO_QUOTES)
    page = client.get(response["Location"]).content.decode()
    assert Lesson.objects.get().current_questions().exists()
    assert "This article has no quotes" in page


def test_an_article_without_numbers_gets_a_lesson_and_a_note(client, teacher):
    client.force_login(teacher)
    response = paste(client, text=NO_NUMBERS)
    page = client.get(response["Location"]).content.decode()
    assert Lesson.objects.filter(owner=teacher).exists()
    assert "This article has no numbers" in page


def test_the_same_article_twice_links_to_the_first(client, teacher, flood):
    client.force_login(teacher)
    response = paste(client, text=FLOOD.replace("\n\n", "\n\n\n"), title="Again")
    page = response.content.decode()
    assert response.status_code == 400
    assert "You already imported this article" in page
    assert f'href="{flood.get_absolute_url()}"' in page
    assert Article.objects.count() == 1


def test_an_article_another_teacher_shared_is_found_too(client, other_teacher, teacher):
    shared = import_flood(other_teacher)
    shared.shared = True
    shared.save(update_fields=["shared"])
    client.force_login(teacher)
    page = paste(client).content.decode()
    assert "Byline already has this article" in page
    assert Article.objects.count() == 1


def test_another_teachers_private_copy_does_not_count(client, other_teacher, teacher):
    import_flood(other_teacher)
    client.force_login(teacher)
    assert paste(client).status_code == 302
    assert Article.objects.filter(owner=teacher).count() == 1


def test_an_article_titled_new_does_not_hide_the_import_page(teacher):
    article = import_flood(teacher, "New\n\n" + FLOOD.split("\n\n", 1)[1])
    assert article.slug not in ("new", "compare")
