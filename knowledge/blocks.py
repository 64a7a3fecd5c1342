"""Content blocks editors compose page bodies from."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from monitoring.blocks import (
    EthosChartBlock,
    EthosMapBlock,
    EthosTableBlock,
    IndicatorChartBlock,
    IndicatorFigureBlock,
    IndicatorMapBlock,
    IndicatorTableBlock,
    KeyFigureBlock,
    LadderMatrixBlock,
    RegionIndicatorsBlock,
    RegionLadderBlock,
)
from monitoring.blocks.builders import block_data
from monitoring.blocks.types import MonitoringBlock
from monitoring.versioning import current_data_version


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
        template = "knowledge/blocks/heading_block.html"
        preview_value = {"text": "Krajská koncepce bydlení", "level": "h2"}
        description = "Nadpis oddílu; stránka z nadpisů skládá svou osnovu."


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label="Obrázek")
    caption = blocks.CharBlock(label="Popisek", required=False, max_length=300)

    class Meta:
        icon = "image"
        label = "Obrázek"
        template = "knowledge/blocks/image_block.html"
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
        template = "knowledge/blocks/document_block.html"
        description = "Odkaz ke stažení dokumentu s jeho formátem a velikostí."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Citace")
    attribution = blocks.CharBlock(label="Autor nebo zdroj", required=False)

    class Meta:
        icon = "openquote"
        label = "Citace"
        template = "knowledge/blocks/quote_block.html"
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
    ladder = LadderMatrixBlock()
    region_ladder = RegionLadderBlock()
    ethos_chart = EthosChartBlock()
    ethos_table = EthosTableBlock()
    ethos_map = EthosMapBlock()
    key_figure = KeyFigureBlock()
    indicator_table = IndicatorTableBlock()
    indicator_chart = IndicatorChartBlock()
    indicator_map = IndicatorMapBlock()
    indicator_figure = IndicatorFigureBlock()
    region_indicators = RegionIndicatorsBlock()
    embed = EmbedBlock(
        label="Vložené médium",
        icon="media",
        help_text="Adresa videa nebo jiného média (např. YouTube).",
        description="Video nebo jiné médium vložené podle adresy.",
    )

    def get_searchable_content(self, value, data_version=current_data_version):
        """Live data blocks give search the heading they show, not their cells,
        labels or parameters: a page is found by what it says, not by what its
        blocks compute. ``data_version`` reads the monitoring data version (a
        request's excerpts pass one that reads it once per request)."""
        content = []
        for child in value:
            if isinstance(child.block, MonitoringBlock):
                params = child.block.params(child.value)
                content.append(block_data(params, data_version()).table.caption)
            else:
                content += child.block.get_searchable_content(child.value)
        return content


class ResultFigureBlock(blocks.StructBlock):
    """A result in numbers, always with where the number comes from."""

    figure = blocks.CharBlock(label="Číslo", max_length=40, help_text="Např. 96 %.")
    label = blocks.CharBlock(label="Co číslo vyjadřuje", max_length=200)
    source = blocks.CharBlock(label="Zdroj", max_length=300)
    source_url = blocks.URLBlock(label="Odkaz na zdroj", required=False)
    year = blocks.IntegerBlock(label="Rok", required=False, min_value=1990)

    class Meta:
        icon = "pick"
        label = "Výsledek v číslech"
        template = "knowledge/blocks/result_figure_block.html"
        preview_value = {
            "figure": "96 %",
            "label": "domácností bydlí i po roce",
            "source": "Ukázkový zdroj",
            "year": 2017,
        }
        description = "Číslo, jeho význam a zdroj."


class AgendaItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Úkol", max_length=200)
    description = blocks.TextBlock(label="Popis", required=False)

    class Meta:
        icon = "check"
        label = "Položka agendy"
