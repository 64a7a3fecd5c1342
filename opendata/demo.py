"""The demo's open data publisher: an example a deployment replaces with its own
identity (Settings → Otevřená data) before it registers with NKOD."""

from wagtail.models import Site

from opendata.models import OpenDataSettings

# The Ministry of Labour and Social Affairs (MPSV), as an example of a public
# body's IČO and name; the e-mail is the demo's own.
DEMO_PUBLISHER = {
    "publisher_ico": "00551023",
    "publisher_name": "Ministerstvo práce a sociálních věcí (ukázkové nastavení)",
    "contact_email": "data@bydleni-v-krajich.example",
}


def load_opendata_demo(site: Site) -> None:
    """Fills the publisher once; never overwrites what editors entered."""
    publisher = OpenDataSettings.for_site(site)
    if publisher.publisher_ico or publisher.publisher_name or publisher.contact_email:
        return
    for field, value in DEMO_PUBLISHER.items():
        setattr(publisher, field, value)
    publisher.save()
