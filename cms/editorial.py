"""Editorial groups and the review workflow.

National editors ("Celostátní redakce") publish anywhere and approve; each region's
editors ("Redakce – <kraj>") work under their RegionPage only and submit for review.
Safe to run again: it adds what is missing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

NATIONAL_GROUP = "Celostátní redakce"
WORKFLOW_NAME = "Schválení celostátní redakcí"
MEDIA_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]
REGIONAL_MONITORING = [
    "add_assessment",
    "change_assessment",
    "delete_assessment",
    "add_dataset",
    "change_dataset",
    "change_datasetversion",
    "add_observation",
    "change_observation",
    "delete_observation",
    "add_indicatorvalue",
    "change_indicatorvalue",
    "delete_indicatorvalue",
    "add_guaranteefund",
    "change_guaranteefund",
    "delete_guaranteefund",
    "add_fundguarantee",
    "change_fundguarantee",
    "delete_fundguarantee",
    "add_housingproperty",
    "change_housingproperty",
    "delete_housingproperty",
]
NATIONAL_EXTRA = [
    "change_all_regions",
    "change_region",
    # which social-service types count as housing-related (RPSS import)
    "add_socialservicetype",
    "change_socialservicetype",
    "delete_socialservicetype",
    # pinning pages to search queries (Wagtail's search promotions)
    "add_searchpromotion",
    "change_searchpromotion",
    "delete_searchpromotion",
    # synonym groups of the public search
    "add_synonymgroup",
    "change_synonymgroup",
    "delete_synonymgroup",
]


def regional_group_name(region) -> str:
    return f"Redakce – {region.name}"


def _permissions(codenames: list[str]) -> list[Permission]:
    return list(Permission.objects.filter(codename__in=codenames))


def _grant_pages(group: Group, page: Page, codenames: list[str]) -> None:
    for permission in _permissions(codenames):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_media(group: Group, codenames: list[str]) -> None:
    root = Collection.get_first_root_node()
    for permission in _permissions(codenames):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def _national_group(home: Page) -> Group:
    group, _ = Group.objects.get_or_create(name=NATIONAL_GROUP)
    group.permissions.add(
        *_permissions(["access_admin", *REGIONAL_MONITORING, *NATIONAL_EXTRA])
    )
    _grant_pages(
        group,
        home,
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    )
    _grant_media(group, [*MEDIA_PERMISSIONS, "change_image", "change_document"])
    return group


def _regional_group(region_page) -> Group:
    group, _ = Group.objects.get_or_create(name=regional_group_name(region_page.region))
    group.permissions.add(*_permissions(["access_admin", *REGIONAL_MONITORING]))
    _grant_pages(group, region_page, ["add_page", "change_page"])
    _grant_media(group, MEDIA_PERMISSIONS)
    region_page.region.editor_groups.add(group)
    return group


def _review_workflow(home: Page, reviewers: Group) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
        task.groups.add(reviewers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def set_up_editorial_groups(home: Page, region_pages) -> None:
    national = _national_group(home)
    for region_page in region_pages:
        _regional_group(region_page)
    _review_workflow(home, national)
