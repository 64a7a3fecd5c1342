from monitoring.models import Dataset


def dataset_fields(name: str) -> dict:
    """The upload form's dataset fields for a dataset called ``name``: chosen
    from the list when it exists, named as a new one otherwise."""
    existing = Dataset.objects.filter(name=name).first()
    return {"dataset": existing.pk} if existing else {"new_dataset": name}
