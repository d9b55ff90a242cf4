from django.http import HttpResponse


def plain(request):
    """The cheapest Django page: the site's middleware and nothing else, the yardstick for the quiz."""
    return HttpResponse("ok", content_type="text/plain")
