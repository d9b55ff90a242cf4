from django.contrib import messages
from django.contrib.auth import login
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from .forms import JoinAsNewStudentForm, JoinAsStudentForm
from .models import Membership


@require_GET
def home(request):
    user = request.user
    if not user.is_authenticated:
        return render(request, "classroom/landing.html")
    if user.is_teacher:
        classrooms = user.classrooms_taught.filter(archived_at__isnull=True)
        return render(request, "classroom/teacher_home.html", {"classrooms": classrooms})
    memberships = user.memberships.select_related("classroom__teacher")
    return render(request, "classroom/student_home.html", {"memberships": memberships})


@require_http_methods(["GET", "POST"])
def join_class(request):
    user = request.user
    if user.is_authenticated and not user.is_student:
        messages.error(request, "Teachers don't join classes: log out first to join as a student.")
        return redirect("home")
    form_class = JoinAsStudentForm if user.is_authenticated else JoinAsNewStudentForm
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not user.is_authenticated:
                user = form.save()
            _, created = Membership.objects.get_or_create(classroom=form.classroom, student=user)
        if not request.user.is_authenticated:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        if created:
            messages.success(request, f"You joined {form.classroom.name}.")
        else:
            messages.info(request, f"You are already in {form.classroom.name}.")
        return redirect("home")
    return render(request, "classroom/join.html", {"form": form})
