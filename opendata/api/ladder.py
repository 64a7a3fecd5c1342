"""The ladder as the API publishes it, built from monitoring.queries' results."""

import datetime

from monitoring.models import Assessment, AssessmentStatus
from monitoring.queries import LadderMatrix, RegionLadderHistory


def evidence(assessment: Assessment, request) -> dict:
    """Where the proof is: an outside link, a document or a page of the portal."""
    document = assessment.evidence_document
    page = assessment.evidence_page
    page_url = page.get_url(request) if page and page.live else None
    return {
        "url": assessment.evidence_url or None,
        "document": request.build_absolute_uri(document.url) if document else None,
        "page": request.build_absolute_uri(page_url) if page_url else None,
    }


def assessment_record(assessment: Assessment, request) -> dict:
    return {
        "indicator": assessment.indicator.code,
        "date": assessment.date,
        "status": assessment.status,
        "source": assessment.source,
        "evidence": evidence(assessment, request),
        "withdrawn_on": assessment.withdrawn_on,
        "note": assessment.note,
    }


def matrix_record(matrix: LadderMatrix) -> dict:
    return {
        "date": matrix.on,
        "steps": [{"number": s.number, "title": s.title} for s in matrix.steps],
        "regions": [
            {
                "region": row.region.code,
                "name": row.region.name,
                "climbed": row.climbed,
                "steps": [
                    {
                        "number": state.step.number,
                        "status": state.status,
                        "indicators": {
                            code: _status(assessment)
                            for code, assessment in state.indicators.items()
                        },
                    }
                    for state in row.steps
                ],
            }
            for row in matrix.rows
        ],
    }


def region_record(history: RegionLadderHistory, on: datetime.date, request) -> dict:
    """Each indicator's state today, with its deciding assessment and history."""
    by_indicator: dict[str, list[Assessment]] = {}
    for change in history.changes:
        by_indicator.setdefault(change.assessment.indicator.code, []).append(
            change.assessment
        )
    titles = {indicator.code: indicator.title for indicator in history.indicators}
    indicators = []
    for state in history.current.steps:
        for code, deciding in state.indicators.items():
            indicators.append(
                {
                    "code": code,
                    "title": titles.get(code, ""),
                    "step": state.step.number,
                    "status": _status(deciding),
                    "date": deciding.date if deciding else None,
                    "source": deciding.source if deciding else None,
                    "evidence": evidence(deciding, request) if deciding else None,
                    "history": [
                        assessment_record(a, request)
                        for a in by_indicator.get(code, [])
                    ],
                }
            )
    return {
        "region": history.region.code,
        "name": history.region.name,
        "date": on,
        "climbed": history.current.climbed,
        "indicators": indicators,
        "changes": [
            {**assessment_record(change.assessment, request), "climbed": change.climbed}
            for change in history.changes
        ],
    }


def _status(assessment: Assessment | None) -> str:
    return assessment.status if assessment else AssessmentStatus.NOT_STARTED
