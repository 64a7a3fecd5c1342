"""What each endpoint returns. Observations are built as plain dicts from
``.values()`` rows (no per-row serializer work); their serializer documents them."""

from django.utils.translation import gettext_lazy
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
    dataset = serializers.SlugField(help_text=gettext_lazy("The dataset's slug."))
    territory = serializers.CharField(
        help_text=gettext_lazy("Territory code (CZ, NUTS 3, ORP code).")
    )
    territory_kind = serializers.ChoiceField(TerritoryKind.choices)
    period = serializers.DateField(
        help_text=gettext_lazy(
            "Period; a whole year is given as 1 January of the year."
        )
    )
    period_is_year = serializers.BooleanField(
        help_text=gettext_lazy("The period is a whole year.")
    )
    category = serializers.CharField(
        help_text=gettext_lazy("Code of the ETHOS or ETHOS Light category.")
    )
    measure = serializers.ChoiceField(Measure.choices)
    value = serializers.IntegerField(
        allow_null=True,
        help_text=gettext_lazy(
            "Value; empty (null) when the count is small and not published."
        ),
    )
    status = serializers.ChoiceField(
        [
            (PUBLISHED, gettext_lazy("published")),
            (SUPPRESSED, gettext_lazy("suppressed (small count)")),
        ],
        help_text=gettext_lazy(
            "suppressed: under the personal data protection law a small count "
            "is not published."
        ),
    )
    revised = serializers.BooleanField(
        help_text=gettext_lazy(
            "The value replaced one published earlier (a correction or revision)."
        )
    )
    note = serializers.CharField(allow_blank=True)


class DatasetLinksSerializer(serializers.Serializer):
    observations = serializers.URLField(
        required=False,
        help_text=gettext_lazy("The dataset's ETHOS figures in this API."),
    )
    indicator_values = serializers.URLField(
        required=False,
        help_text=gettext_lazy("The dataset's data indicator values in this API."),
    )
    csv = serializers.URLField(
        required=False,
        help_text=gettext_lazy("The whole dataset as CSV, when offered."),
    )
    xlsx = serializers.URLField(
        required=False,
        help_text=gettext_lazy("The whole dataset as XLSX, when offered."),
    )
    package = serializers.URLField(
        required=False,
        help_text=gettext_lazy(
            "The whole dataset as a Frictionless data package (ZIP), when offered."
        ),
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
        help_text=gettext_lazy(
            "The region that keeps the dataset; null for national data."
        ),
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
    url = serializers.URLField(
        allow_null=True, help_text=gettext_lazy("Link to the evidence.")
    )
    document = serializers.URLField(
        allow_null=True, help_text=gettext_lazy("Document with the evidence.")
    )
    page = serializers.URLField(
        allow_null=True, help_text=gettext_lazy("Page of the portal.")
    )


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
        allow_null=True,
        help_text=gettext_lazy("Date of the assessment that decides the status."),
    )
    source = serializers.ChoiceField(AssessmentSource.choices, allow_null=True)
    evidence = EvidenceSerializer(allow_null=True)
    history = AssessmentSerializer(
        many=True, help_text=gettext_lazy("Every assessment, oldest first.")
    )


class StepSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    title = serializers.CharField()


class RegionStepSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    status = serializers.ChoiceField(AssessmentStatus.choices)
    indicators = serializers.DictField(
        child=serializers.ChoiceField(AssessmentStatus.choices),
        help_text=gettext_lazy("Indicator code → status."),
    )


class LadderRowSerializer(serializers.Serializer):
    region = serializers.CharField()
    name = serializers.CharField()
    climbed = serializers.IntegerField(
        help_text=gettext_lazy(
            "How many steps from step 0 the region has met in a row."
        )
    )
    steps = RegionStepSerializer(many=True)


class LadderMatrixSerializer(serializers.Serializer):
    date = serializers.DateField()
    steps = StepSerializer(many=True)
    regions = LadderRowSerializer(many=True)


class LadderChangeSerializer(AssessmentSerializer):
    climbed = serializers.IntegerField(
        help_text=gettext_lazy("The region's position after this change.")
    )


class RegionLadderSerializer(serializers.Serializer):
    region = serializers.CharField()
    name = serializers.CharField()
    date = serializers.DateField()
    climbed = serializers.IntegerField()
    indicators = IndicatorStateSerializer(many=True)
    changes = LadderChangeSerializer(many=True, help_text=gettext_lazy("Oldest first."))
