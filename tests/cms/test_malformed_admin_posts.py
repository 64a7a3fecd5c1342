"""Malformed POSTs to the admin's forms (missing fields, wrong types, bytes that are
not UTF-8, huge or repeated fields, broken multipart) get a Czech 400 or the form
back with errors, never a 500."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from cms.editorial import NATIONAL_GROUP, regional_group_name, set_up_editorial_groups
from monitoring.models import (
    Assessment,
    AssessmentStatus,
    Dataset,
    ImportJob,
    ImportJobState,
    Indicator,
    Region,
)

pytestmark = pytest.mark.django_db

MODELS = [
    "assessment",
    "dataset",
    "observation",
    "indicatorvalue",
    "guaranteefund",
    "fundguarantee",
    "housingproperty",
]

MULTIPART = "multipart/form-data; boundary=hranice"
URLENCODED = "application/x-www-form-urlencoded"

# name → (content type, body)
MALFORMED = {
    "empty": (URLENCODED, b""),
    "wrong types": (
        URLENCODED,
        b"region=abc&indicator=-1&date=31.2.2026&status=x&territory=%00&value=1e999"
        b"&dataset=[]&period=99999999999999999999&confirmation=x&decision=y"
        b"&username=&ip_address=999.1.1.1",
    ),
    "not utf-8": (URLENCODED, b"region=\xff\xfe&title=\x80\x81\x82&date=\xc3\x28"),
    "repeated": (URLENCODED, b"&".join([b"region=1", b"date=2026-01-01"] * 2000)),
    "huge field": (URLENCODED, b"note=" + b"a" * 3_000_000),
    "broken multipart": (MULTIPART, b"--hranice\r\nContent-Disposition: form-da"),
    "multipart without boundary": ("multipart/form-data", b"region=1"),
    "multipart non-utf-8 names": (
        MULTIPART,
        b'--hranice\r\nContent-Disposition: form-data; name="\xff\xfe"\r\n\r\n'
        b"\x80\r\n--hranice--\r\n",
    ),
    "json": ("application/json", b'{"region": [1, 2]'),
}


@pytest.fixture
def editors(tree, django_user_model):
    set_up_editorial_groups(tree["home"], [tree["liberec"], tree["prague"]])
    users = {}
    for role, group in (
        ("national", NATIONAL_GROUP),
        ("regional", regional_group_name(tree["liberec"].region)),
    ):
        user = django_user_model.objects.create_user(role, password="heslo")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users


@pytest.fixture
def endpoints(tree, editors):
    """Every admin POST endpoint of ours, and Wagtail's page forms for our pages."""
    liberec = Region.objects.get(code="CZ051")
    dataset = Dataset.objects.create(name="Liberecká data", region=liberec)
    assessment = Assessment.objects.create(
        region=liberec,
        indicator=Indicator.objects.first(),
        date=datetime.date(2026, 1, 1),
        status=AssessmentStatus.IN_PROGRESS,
    )
    job = ImportJob.objects.create(
        user=editors["regional"],
        region=liberec,
        dataset_name="Nová",
        filename="data.csv",
        state=ImportJobState.READY,
    )
    hub = tree["liberec"]
    urls = [
        reverse("monitoring_ethos_import"),
        reverse("monitoring_indicator_import"),
        reverse("monitoring_import_job_confirm", args=[job.pk]),
        reverse("monitoring_import_job_cancel", args=[job.pk]),
        reverse("monitoring_evidence_confirmations"),
        reverse("cms_login_lockouts"),
        reverse("monitoring_dataset_modeladmin_edit", args=[dataset.pk]),
        reverse("monitoring_assessment_modeladmin_edit", args=[assessment.pk]),
        reverse("wagtailadmin_pages:edit", args=[hub.pk]),
        reverse(
            "wagtailadmin_pages:add",
            args=["knowledge", "exchangeeventpage", hub.pk],
        ),
        reverse("wagtailadmin_pages:add", args=["knowledge", "strategypage", hub.pk]),
    ]
    urls += [reverse(f"monitoring_{name}_modeladmin_create") for name in MODELS]
    return urls


@pytest.mark.parametrize("role", ["regional", "national"])
def test_no_malformed_admin_post_gives_a_server_error(editors, endpoints, role):
    client = Client(raise_request_exception=False)
    client.force_login(editors[role])
    errors = []
    for url in endpoints:
        for name, (content_type, body) in MALFORMED.items():
            response = client.generic("POST", url, body, content_type=content_type)
            if response.status_code >= 500 or (
                response.status_code == 400
                and "Chybný požadavek" not in response.content.decode()
            ):
                errors.append((url, name, response.status_code))
    assert errors == []
