"""Content blocks editors compose page bodies from."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Text nadpisu", max_length=200)
    level = blocks.ChoiceBlock(
        label="Úroveň",
        choices=[("h2", "Nadpis 2. úrovně"), ("h3", "Nadpis 3. úrovně")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Nadpis"
        template = "cms/blocks/heading_block.html"
        preview_value = {"text": "Krajská koncepce bydlení", "level": "h2"}
        description = "Nadpis oddílu; stránka z nadpisů skládá svou osnovu."


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label="Obrázek")
    caption = blocks.CharBlock(label="Popisek", required=False, max_length=300)

    class Meta:
        icon = "image"
        label = "Obrázek"
        template = "cms/blocks/image_block.html"
        description = "Obrázek s alternativním textem a volitelným popiskem."


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Dokument")
    title = blocks.CharBlock(
        label="Název odkazu",
        required=False,
        help_text="Když zůstane prázdný, použije se název dokumentu.",
    )

    class Meta:
        icon = "doc-full"
        label = "Dokument"
        template = "cms/blocks/document_block.html"
        description = "Odkaz ke stažení dokumentu s jeho formátem a velikostí."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Citace")
    attribution = blocks.CharBlock(label="Autor nebo zdroj", required=False)

    class Meta:
        icon = "openquote"
        label = "Citace"
        template = "cms/blocks/quote_block.html"
        preview_value = {
            "text": "Bydlení je základ, na kterém stojí všechno ostatní.",
            "attribution": "Ukázková citace",
        }
        description = "Zvýrazněná citace s uvedením autora."


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Text",
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"],
        preview_value="<p>Odstavec textu s <b>důležitým</b> sdělením.</p>",
        description="Formátovaný text s odkazy a seznamy.",
    )
    image = ImageWithCaptionBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label="Vložené médium",
        icon="media",
        help_text="Adresa videa nebo jiného média (např. YouTube).",
        description="Video nebo jiné médium vložené podle adresy.",
    )
