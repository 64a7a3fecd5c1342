import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_hub_shows_the_coordinator_contact_with_links(client, tree):
    hub = tree["liberec"]
    hub.coordinator_name = "Jana Nováková"
    hub.coordinator_since = datetime.date(2021, 6, 30)
    hub.coordinator_email = "koordinator@kraj.example"
    hub.coordinator_phone = "+420 485 226 111"
    hub.save_revision().publish()

    html = client.get(hub.url).content.decode()

    assert '<p class="contact-card__name">Jana Nováková</p>' in html
    assert "ve funkci od 30.\xa06.\xa02021" in html
    assert 'href="mailto:koordinator@kraj.example"' in html
    assert 'href="tel:+420485226111"' in html
    assert "zatím není obsazena" not in html
