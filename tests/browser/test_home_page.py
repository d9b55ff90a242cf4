import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_page_renders_for_a_visitor(page):
    page.goto("/")

    assert page.title() == "Welcome · Byline"
    assert page.get_by_role("heading", level=1).inner_text() == "Read the news like a reporter"


@pytest.mark.parametrize(
    ("link", "heading"),
    [
        ("Log in", "Log in"),
        ("Join a class", "Join a class"),
        ("Teacher sign-up", "Sign up as a teacher"),
    ],
)
def test_home_page_navigation_links_lead_to_their_pages(page, link, heading):
    page.goto("/")

    page.get_by_role("navigation", name="Main").get_by_role("link", name=link).click()

    assert page.get_by_role("heading", level=1).inner_text() == heading


def test_every_link_on_the_home_page_answers(page):
    page.goto("/")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")

    statuses = {href: page.request.get(href).status for href in set(hrefs)}

    assert hrefs
    assert all(status == 200 for status in statuses.values()), statuses


def test_home_page_loads_htmx_from_the_site_without_csp_errors(page):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    page.goto("/")

    assert page.evaluate("typeof window.htmx") == "object"
    assert errors == []
