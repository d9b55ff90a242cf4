"""Home pages, joining, and a teacher's classes: create, rename, archive, code, roster, assignments.

The results dashboards and the CSV export are in dashboards.py.
"""
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from accounts.throttle import client_address

from .forms import AssignForm, ClassroomForm, JoinAsNewStudentForm, JoinAsStudentForm
from .models import Assignment, Classroom, Membership, in_other_teachers_classes
from .results import student_progress


def require_teacher(request) -> None:
    if not request.user.is_teacher:
        raise PermissionDenied("Only teachers can see this page.")


def classroom_for_teacher(request, pk: int) -> Classroom:
    """The teacher's own class, or 403 for a student and 404 for anyone else's class."""
    require_teacher(request)
    return get_object_or_404(Classroom.objects.select_related("teacher"), pk=pk, teacher=request.user)


def assignment_for_teacher(request, pk: int, assignment_pk: int) -> Assignment:
    require_teacher(request)
    return get_object_or_404(
        Assignment.objects.select_related("lesson", "classroom"),
        pk=assignment_pk,
        classroom_id=pk,
        classroom__teacher=request.user,
    )


def membership_for_teacher(request, pk: int, student_pk: int) -> Membership:
    require_teacher(request)
    return get_object_or_404(
        Membership.objects.select_related("student", "classroom"),
        classroom_id=pk,
        classroom__teacher=request.user,
        student_id=student_pk,
    )


def is_fragment_request(request) -> bool:
    """An htmx swap wants a partial; htmx restoring history after Back wants the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def _go(request, url: str):
    """After a POST: a redirect, which htmx must be told to follow as a full page load."""
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


@require_GET
def home(request):
    user = request.user
    if not user.is_authenticated:
        return render(request, "classroom/landing.html")
    if user.is_teacher:
        return _teacher_home(request, ClassroomForm())
    return _student_home(request)


def _teacher_classes(teacher, archived: bool):
    return teacher.classrooms_taught.filter(archived_at__isnull=not archived).annotate(
        student_count=Count("memberships", distinct=True),
        assignment_count=Count("assignments", distinct=True),
    )


def _teacher_home(request, form):
    context = {
        "classrooms": _teacher_classes(request.user, archived=False),
        "archived_count": request.user.classrooms_taught.filter(archived_at__isnull=False).count(),
        "form": form,
    }
    return render(request, "classroom/teacher_home.html", context)


def _student_home(request):
    now = timezone.now()
    memberships = list(
        request.user.memberships.filter(classroom__archived_at__isnull=True).select_related(
            "classroom__teacher"
        )
    )
    assignments = list(
        Assignment.objects.filter(classroom__in=[m.classroom for m in memberships])
        .select_related("lesson")
        .order_by("classroom", F("due_at").asc(nulls_last=True), "assigned_at", "id")
    )
    by_class: dict[int, list] = {}
    for progress in student_progress(request.user, assignments, now):
        by_class.setdefault(progress.assignment.classroom_id, []).append(progress)
    classes = [(m.classroom, by_class.get(m.classroom_id, [])) for m in memberships]
    return render(request, "classroom/student_home.html", {"classes": classes, "now": now})


@require_http_methods(["GET", "POST"])
def join_class(request):
    user = request.user
    if user.is_authenticated and not user.is_student:
        messages.error(request, "Teachers don't join classes: log out first to join as a student.")
        return redirect("home")
    form_class = JoinAsStudentForm if user.is_authenticated else JoinAsNewStudentForm
    form = form_class(request.POST or None, address=client_address(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not user.is_authenticated:
                user = form.save()
            _, created = Membership.objects.get_or_create(classroom=form.classroom, student=user)
        if not request.user.is_authenticated:
            login(request, user)
        if created:
            messages.success(request, f"You joined {form.classroom.name}.")
        else:
            messages.info(request, f"You are already in {form.classroom.name}.")
        return redirect("home")
    return render(request, "classroom/join.html", {"form": form})


@login_required
@require_POST
def class_create(request):
    require_teacher(request)
    form = ClassroomForm(request.POST, instance=Classroom(teacher=request.user))
    if not form.is_valid():
        return _teacher_home(request, form)
    classroom = form.save()
    messages.success(request, f"{classroom.name} is ready. Give your students its join code.")
    return _go(request, reverse("class_detail", args=[classroom.pk]))


@login_required
@require_GET
def archived_classes(request):
    require_teacher(request)
    classrooms = _teacher_classes(request.user, archived=True)
    return render(request, "classroom/archived.html", {"classrooms": classrooms})


def _class_detail_context(classroom, rename_form=None, assign_form=None) -> dict:
    return {
        "classroom": classroom,
        "memberships": classroom.memberships.select_related("student"),
        "assignments": classroom.assignments.select_related("lesson").order_by("assigned_at", "id"),
        "rename_form": rename_form or ClassroomForm(instance=classroom, auto_id="rename_%s"),
        "assign_form": assign_form or AssignForm(classroom=classroom),
        "now": timezone.now(),
    }


@login_required
@require_GET
def class_detail(request, pk):
    classroom = classroom_for_teacher(request, pk)
    context = _class_detail_context(classroom)
    if is_fragment_request(request):
        return render(request, "classroom/class_detail.html#roster", context)
    return render(request, "classroom/class_detail.html", context)


@login_required
@require_POST
def class_rename(request, pk):
    classroom = classroom_for_teacher(request, pk)
    form = ClassroomForm(request.POST, instance=classroom, auto_id="rename_%s")
    if not form.is_valid():
        classroom.refresh_from_db(fields=["name"])
        context = _class_detail_context(classroom, rename_form=form)
        return render(request, "classroom/class_detail.html", context)
    form.save()
    messages.success(request, f"Renamed to {classroom.name}.")
    return _go(request, reverse("class_detail", args=[classroom.pk]))


@login_required
@require_POST
def class_archive(request, pk):
    classroom = classroom_for_teacher(request, pk)
    classroom.archive()
    messages.success(
        request, f"{classroom.name} is archived: its results stay under Archived classes."
    )
    return _go(request, reverse("home"))


@login_required
@require_POST
def class_restore(request, pk):
    classroom = classroom_for_teacher(request, pk)
    classroom.restore()
    messages.success(request, f"{classroom.name} is back in your classes.")
    return _go(request, reverse("class_detail", args=[classroom.pk]))


@login_required
@require_http_methods(["GET", "POST"])
def regenerate_code(request, pk):
    classroom = classroom_for_teacher(request, pk)
    if request.method == "GET":
        return render(request, "classroom/confirm_regenerate.html", {"classroom": classroom})
    old_code = classroom.join_code
    classroom.regenerate_join_code()
    messages.success(
        request, f"The new join code is {classroom.join_code}; {old_code} no longer works."
    )
    return _go(request, reverse("class_detail", args=[classroom.pk]))


@login_required
@require_POST
def assign_lesson(request, pk):
    classroom = classroom_for_teacher(request, pk)
    form = AssignForm(request.POST, classroom=classroom)
    if form.is_valid():
        try:
            with transaction.atomic():
                assignment = form.save()
        except IntegrityError:
            form.add_error("lesson", "This class already has that lesson.")
    if form.errors:
        context = _class_detail_context(classroom, assign_form=form)
        template = "classroom/class_detail.html"
        if is_fragment_request(request):
            template += "#assignments"
        return render(request, template, context)
    if is_fragment_request(request):
        context = _class_detail_context(classroom)
        context["assigned"] = assignment
        return render(request, "classroom/class_detail.html#assignments", context)
    messages.success(request, f"Assigned {assignment.lesson.title}.")
    return redirect("class_detail", classroom.pk)


@login_required
@require_http_methods(["GET", "POST"])
def unassign_lesson(request, pk, assignment_pk):
    assignment = assignment_for_teacher(request, pk, assignment_pk)
    if request.method == "GET":
        attempts = assignment.attempts.aggregate(
            attempts=Count("id"), students=Count("student", distinct=True)
        )
        context = {"assignment": assignment, "classroom": assignment.classroom, **attempts}
        return render(request, "classroom/confirm_unassign.html", context)
    assignment.delete()
    messages.success(
        request, f"{assignment.lesson.title} is no longer assigned; its attempts are deleted."
    )
    return _go(request, reverse("class_detail", args=[pk]))


@login_required
@require_http_methods(["GET", "POST"])
def remove_student(request, pk, student_pk):
    membership = membership_for_teacher(request, pk, student_pk)
    if request.method == "GET":
        return render(request, "classroom/confirm_remove.html", {"membership": membership})
    membership.delete()
    messages.success(
        request, f"{membership.student.shown_name} is no longer in {membership.classroom.name}."
    )
    return _go(request, reverse("class_detail", args=[pk]))


@login_required
@require_http_methods(["GET", "POST"])
def erase_student(request, pk, student_pk):
    """Delete a student's account and every answer, unless another teacher's class has them too."""
    membership = membership_for_teacher(request, pk, student_pk)
    student = membership.student
    shared = in_other_teachers_classes(student, request.user)
    if request.method == "GET":
        context = {"membership": membership, "shared": shared}
        return render(request, "classroom/confirm_erase.html", context)
    if shared:
        membership.delete()
        messages.warning(
            request,
            f"{student.shown_name} is also in another teacher's class, so their account was kept: "
            f"they are removed from {membership.classroom.name} only.",
        )
    else:
        student.delete()
        messages.success(request, f"{student.shown_name}'s account and all their answers are erased.")
    return _go(request, reverse("class_detail", args=[pk]))


@login_required
@require_http_methods(["GET", "POST"])
def reset_student_password(request, pk, student_pk):
    """Students have no email: their teacher sets a new password and tells them."""
    membership = membership_for_teacher(request, pk, student_pk)
    form = SetPasswordForm(membership.student, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request,
            f"{membership.student.shown_name}'s password is changed. Tell them the new one; "
            "they can change it after logging in.",
        )
        return _go(request, reverse("class_detail", args=[pk]))
    return render(
        request, "classroom/reset_password.html", {"membership": membership, "form": form}
    )


@login_required
@require_http_methods(["GET", "POST"])
def class_delete(request, pk):
    """Delete a class with its assignments and every answer given in it; accounts stay."""
    classroom = classroom_for_teacher(request, pk)
    if request.method == "GET":
        context = {"classroom": classroom, "counts": classroom.deletion_counts()}
        return render(request, "classroom/confirm_delete.html", context)
    name = classroom.name
    classroom.delete()
    messages.success(request, f"{name} is deleted, with its assignments and answers.")
    return _go(request, reverse("home"))
