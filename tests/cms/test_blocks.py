import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from cms.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#0b4f7c").save(buffer, format="PNG")
    return Image.objects.create(
        title="Byty v Liberci", file=ImageFile(buffer, name="byty.png")
    )


@pytest.fixture
def document():
    document = Document(title="Koncepce bydlení 2024–2030")
    document.file.save("koncepce.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return document


def test_every_body_block_renders(client, home_page, image, document):
    body = [
        {"type": "heading", "value": {"text": "Cíle koncepce", "level": "h3"}},
        {"type": "paragraph", "value": "<p>Kraj chce <b>dostupné</b> bydlení.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Dům"},
                "caption": "Nové nájemní byty",
            },
        },
        {"type": "document", "value": {"document": document.pk, "title": ""}},
        {
            "type": "quote",
            "value": {"text": "Bydlení je základ.", "attribution": "Koordinátorka"},
        },
    ]
    page = StandardPage(title="Koncepce", slug="koncepce", body=json.dumps(body))
    home_page.add_child(instance=page)

    html = client.get("/koncepce/").content.decode()

    assert "<h3>Cíle koncepce</h3>" in html
    assert "<b>dostupné</b>" in html
    assert 'alt="Dům"' in html
    assert "<figcaption>Nové nájemní byty</figcaption>" in html
    assert ">Koncepce bydlení 2024–2030</a>" in html
    assert "(PDF, " in html
    assert "<blockquote><p>Bydlení je základ.</p></blockquote>" in html
    assert "<figcaption>Koordinátorka</figcaption>" in html


def test_decorative_image_has_empty_alt(client, home_page, image):
    body = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": True, "alt_text": ""},
                "caption": "",
            },
        }
    ]
    home_page.add_child(
        instance=StandardPage(title="Obrázek", slug="obrazek", body=json.dumps(body))
    )

    assert 'alt=""' in client.get("/obrazek/").content.decode()
