from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import TeacherSignupForm


@require_http_methods(["GET", "POST"])
def teacher_signup(request):
    form = TeacherSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)
        messages.success(request, "Welcome to Byline. Create your first class to get a join code.")
        return redirect("home")
    return render(request, "accounts/signup.html", {"form": form})
