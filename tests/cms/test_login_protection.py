"""Admin log-ins are throttled per user and per address (django-axes); national
editors see and lift lockouts, regional editors cannot."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse

from cms.demo.knowledge_tree import _region_hubs
from cms.editorial import NATIONAL_GROUP, set_up_editorial_groups
from cms.settings.security import _lockout_parameters

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "Spravne-heslo-42"
LOCKOUT_TEXT = "Příliš mnoho neúspěšných pokusů o přihlášení"


@pytest.fixture(autouse=True)
def default_throttling(settings):
    """The defaults, whatever AXES_* the environment running the tests has."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    settings.AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
    settings.AXES_IPWARE_PROXY_COUNT = None
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)


@pytest.fixture
def editors(tree, django_user_model):
    set_up_editorial_groups(tree["home"], _region_hubs(tree["home"]))
    users = {}
    for username, group in (
        ("narodni", NATIONAL_GROUP),
        ("liberec", "Redakce – Liberecký kraj"),
    ):
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


def log_in(client, username, password, address="192.0.2.10"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def fail(client, username, times, address="192.0.2.10"):
    return [log_in(client, username, "spatne", address) for _ in range(times)]


def assert_logged_in(response):
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def assert_locked_out(response):
    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKOUT_TEXT in text
    assert "Zkuste to znovu v" in text
    assert int(response["Retry-After"]) == 15 * 60


def test_the_right_password_is_refused_after_five_wrong_ones(client, editors):
    responses = fail(client, "liberec", 5)

    assert [r.status_code for r in responses[:4]] == [200] * 4
    assert_locked_out(responses[4])
    assert_locked_out(log_in(client, "liberec", PASSWORD))
    assert not client.session.get("_auth_user_id")


def test_fewer_failures_than_the_limit_do_not_lock_and_success_forgets_them(
    client, editors
):
    fail(client, "liberec", 4)
    assert_logged_in(log_in(client, "liberec", PASSWORD))
    client.logout()

    fail(client, "liberec", 4)
    assert_logged_in(log_in(client, "liberec", PASSWORD))


def test_an_address_guessing_many_user_names_is_locked_for_everyone_there(
    client, editors
):
    for username in ("admin", "redakce", "root", "test", "liberec"):
        fail(client, username, 1, address="198.51.100.7")

    assert_locked_out(log_in(client, "narodni", PASSWORD, address="198.51.100.7"))
    assert_logged_in(log_in(client, "narodni", PASSWORD, address="192.0.2.99"))


def test_a_user_is_locked_whatever_address_the_guesses_come_from(client, editors):
    for number in range(5):
        fail(client, "liberec", 1, address=f"203.0.113.{number + 1}")

    assert_locked_out(log_in(client, "liberec", PASSWORD, address="192.0.2.50"))


@override_settings(AXES_IPWARE_META_PRECEDENCE_ORDER=("HTTP_X_REAL_IP",))
def test_behind_a_proxy_the_address_comes_from_the_configured_header(client, editors):
    for _ in range(5):
        client.post(
            LOGIN_URL,
            {"username": "nikdo", "password": "spatne"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_REAL_IP="198.51.100.23",
        )

    assert AccessAttempt.objects.get().ip_address == "198.51.100.23"
    # Another visitor behind the same proxy is not locked out with the first one.
    response = client.post(
        LOGIN_URL,
        {"username": "liberec", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="192.0.2.77",
    )
    assert_logged_in(response)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_the_limit_is_configurable(client, editors):
    responses = fail(client, "liberec", 3)

    assert_locked_out(responses[2])


def test_a_national_editor_sees_the_lockout_and_lifts_it(client, editors):
    fail(client, "liberec", 5, address="192.0.2.10")
    admin_client = type(client)()
    admin_client.force_login(editors["narodni"])
    url = reverse("cms_login_lockouts")

    page = admin_client.get(url)

    assert page.status_code == 200
    text = page.content.decode()
    assert "Zablokovaná přihlášení" in text
    assert "liberec" in text
    assert "192.0.2.10" in text

    response = admin_client.post(url, {"username": "liberec"}, follow=True)
    assert "Odblokováno: liberec." in response.content.decode()
    # The address was locked by the same attempts, so it is free now too.
    response = admin_client.post(url, {"ip_address": "192.0.2.10"}, follow=True)
    assert "Pro 192.0.2.10 už žádné blokování neplatí." in response.content.decode()

    assert not AccessAttempt.objects.exists()
    assert "Žádné přihlášení není zablokované" in admin_client.get(url).content.decode()
    assert_logged_in(log_in(client, "liberec", PASSWORD))


def test_unlocking_a_user_leaves_a_locked_address_locked(client, editors):
    for username in ("admin", "redakce", "root", "test", "spravce", "liberec"):
        fail(client, username, 1, address="198.51.100.7")
    admin_client = type(client)()
    admin_client.force_login(editors["narodni"])

    admin_client.post(reverse("cms_login_lockouts"), {"username": "liberec"})

    assert_locked_out(log_in(client, "liberec", PASSWORD, address="198.51.100.7"))


def test_an_invalid_unlock_request_changes_nothing(client, editors):
    fail(client, "liberec", 5)
    admin_client = type(client)()
    admin_client.force_login(editors["narodni"])
    url = reverse("cms_login_lockouts")

    for data in ({}, {"ip_address": "není adresa"}):
        response = admin_client.post(url, data, follow=True)
        assert response.status_code == 200
        assert AccessAttempt.objects.count() == 1

    messages = [str(m) for m in response.context["messages"]]
    assert any("IPv4" in message for message in messages)


def test_a_regional_editor_cannot_reach_the_lockouts(client, editors):
    fail(client, "narodni", 5)
    client.force_login(editors["liberec"])
    url = reverse("cms_login_lockouts")

    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    for response in (client.get(url), client.post(url, {"username": "narodni"})):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert AccessAttempt.objects.filter(username="narodni").exists()
    assert url not in client.get("/admin/").content.decode()


def test_the_menu_offers_the_lockouts_to_national_editors(client, editors):
    client.force_login(editors["narodni"])

    assert reverse("cms_login_lockouts") in client.get("/admin/").content.decode()


def test_lockout_parameters_read_from_the_environment():
    assert _lockout_parameters("username,ip_address") == ["username", "ip_address"]
    assert _lockout_parameters("username+ip_address, user_agent") == [
        ["username", "ip_address"],
        "user_agent",
    ]
