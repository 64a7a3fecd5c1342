"""Imports run one way: cms → knowledge → monitoring, search → knowledge,
opendata → monitoring."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "monitoring": {"cms", "knowledge", "search", "opendata"},
    "knowledge": {"cms", "search"},
    "search": {"cms"},
    "opendata": {"cms", "search"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("app", FORBIDDEN)
def test_app_does_not_import_apps_above_it(app):
    offenders = {
        str(path.relative_to(ROOT)): imported_packages(path) & FORBIDDEN[app]
        for path in (ROOT / app).rglob("*.py")
    }

    assert {path: found for path, found in offenders.items() if found} == {}
