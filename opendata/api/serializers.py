"""What each endpoint returns. Observations are built as plain dicts from
``.values()`` rows (no per-row serializer work); their serializer documents them."""

from rest_framework import serializers

from monitoring.models import (
    AssessmentSource,
    AssessmentStatus,
    DataTheme,
    Measure,
    TerritoryKind,
    UpdateFrequency,
)
from monitoring.queries.observations import PUBLISHED, SUPPRESSED


class ObservationSerializer(serializers.Serializer):
    dataset = serializers.SlugField(help_text="Zkratka datové sady.")
    territory = serializers.CharField(help_text="Kód území (CZ, NUTS 3, kód ORP).")
    territory_kind = serializers.ChoiceField(TerritoryKind.choices)
    period = serializers.DateField(
        help_text="Období; celý rok se uvádí jako 1. leden daného roku."
    )
    period_is_year = serializers.BooleanField(help_text="Období je celý rok.")
    category = serializers.CharField(help_text="Kód kategorie ETHOS nebo ETHOS Light.")
    measure = serializers.ChoiceField(Measure.choices)
    value = serializers.IntegerField(
        allow_null=True,
        help_text="Hodnota; prázdná (null), když je počet malý a nezveřejňuje se.",
    )
    status = serializers.ChoiceField(
        [(PUBLISHED, "zveřejněno"), (SUPPRESSED, "potlačeno (malý počet)")],
        help_text="suppressed: malý počet se ze zákona o ochraně osobních údajů "
        "nezveřejňuje.",
    )
    revised = serializers.BooleanField(
        help_text="Hodnota nahradila jinou, dříve zveřejněnou (oprava nebo revize)."
    )
    note = serializers.CharField(allow_blank=True)


class DatasetLinksSerializer(serializers.Serializer):
    observations = serializers.URLField(
        required=False, help_text="Údaje ETHOS sady v tomto API."
    )
    indicator_values = serializers.URLField(
        required=False, help_text="Hodnoty datových ukazatelů sady v tomto API."
    )


class DatasetSerializer(serializers.Serializer):
    """A catalogue entry (monitoring.queries.DatasetEntry)."""

    slug = serializers.SlugField(source="dataset.slug")
    name = serializers.CharField(source="dataset.name")
    description = serializers.CharField(source="dataset.description")
    publisher = serializers.CharField(source="dataset.publisher")
    region = serializers.CharField(
        source="dataset.region.code",
        allow_null=True,
        default=None,
        help_text="Kraj, který sadu spravuje; null u celostátních dat.",
    )
    theme = serializers.ChoiceField(DataTheme.choices, source="dataset.theme")
    keywords = serializers.ListField(
        child=serializers.CharField(), source="dataset.keyword_list"
    )
    update_frequency = serializers.ChoiceField(
        UpdateFrequency.choices, source="dataset.update_frequency"
    )
    last_update = serializers.DateTimeField(
        source="dataset.last_imported_at", allow_null=True
    )
    next_update = serializers.DateField(source="dataset.next_update", allow_null=True)
    first_period = serializers.DateField(allow_null=True)
    last_period = serializers.DateField(allow_null=True)
    territory_kinds = serializers.ListField(
        child=serializers.ChoiceField(TerritoryKind.choices)
    )
    measures = serializers.ListField(child=serializers.ChoiceField(Measure.choices))
    observation_count = serializers.IntegerField()
    source_url = serializers.CharField(source="dataset.source_url")
    method = serializers.CharField(source="dataset.method")
    known_limitations = serializers.CharField(source="dataset.known_limitations")
    licence = serializers.CharField(source="dataset.licence")
    contact = serializers.CharField(source="dataset.contact")
    is_illustrative = serializers.BooleanField(source="dataset.is_illustrative")
    links = serializers.SerializerMethodField()

    def get_links(self, entry) -> DatasetLinksSerializer:
        return self.context["links"](entry)


class TerritorySerializer(serializers.Serializer):
    code = serializers.CharField()
    kind = serializers.ChoiceField(TerritoryKind.choices)
    name = serializers.CharField()
    iso_code = serializers.CharField(allow_blank=True)
    parent = serializers.CharField(source="parent__code", allow_null=True)


class EthosCategorySerializer(serializers.Serializer):
    code = serializers.CharField()
    level = serializers.CharField()
    name_cs = serializers.CharField()
    name_en = serializers.CharField()
    parent = serializers.CharField(source="parent__code", allow_null=True)
    corresponds_to = serializers.ListField(child=serializers.CharField())


class EvidenceSerializer(serializers.Serializer):
    url = serializers.URLField(allow_null=True, help_text="Odkaz na doklad.")
    document = serializers.URLField(allow_null=True, help_text="Dokument s dokladem.")
    page = serializers.URLField(allow_null=True, help_text="Stránka portálu.")


class AssessmentSerializer(serializers.Serializer):
    indicator = serializers.CharField()
    date = serializers.DateField()
    status = serializers.ChoiceField(AssessmentStatus.choices)
    source = serializers.ChoiceField(AssessmentSource.choices)
    evidence = EvidenceSerializer()
    withdrawn_on = serializers.DateField(allow_null=True)
    note = serializers.CharField(allow_blank=True)


class IndicatorStateSerializer(serializers.Serializer):
    code = serializers.CharField()
    title = serializers.CharField()
    step = serializers.IntegerField()
    status = serializers.ChoiceField(AssessmentStatus.choices)
    date = serializers.DateField(
        allow_null=True, help_text="Datum hodnocení, které stav určuje."
    )
    source = serializers.ChoiceField(AssessmentSource.choices, allow_null=True)
    evidence = EvidenceSerializer(allow_null=True)
    history = AssessmentSerializer(
        many=True, help_text="Všechna hodnocení, od nejstaršího."
    )


class StepSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    title = serializers.CharField()


class RegionStepSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    status = serializers.ChoiceField(AssessmentStatus.choices)
    indicators = serializers.DictField(
        child=serializers.ChoiceField(AssessmentStatus.choices),
        help_text="Kód ukazatele → stav.",
    )


class LadderRowSerializer(serializers.Serializer):
    region = serializers.CharField()
    name = serializers.CharField()
    climbed = serializers.IntegerField(
        help_text="Kolik kroků od nultého má kraj splněno za sebou."
    )
    steps = RegionStepSerializer(many=True)


class LadderMatrixSerializer(serializers.Serializer):
    date = serializers.DateField()
    steps = StepSerializer(many=True)
    regions = LadderRowSerializer(many=True)


class LadderChangeSerializer(AssessmentSerializer):
    climbed = serializers.IntegerField(help_text="Pozice kraje po této změně.")


class RegionLadderSerializer(serializers.Serializer):
    region = serializers.CharField()
    name = serializers.CharField()
    date = serializers.DateField()
    climbed = serializers.IntegerField()
    indicators = IndicatorStateSerializer(many=True)
    changes = LadderChangeSerializer(many=True, help_text="Od nejstarší.")
