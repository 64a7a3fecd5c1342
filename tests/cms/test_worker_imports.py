"""A web worker loads only what serving pages needs: the libraries behind imports,
XLSX downloads and the handover commands (pandas with numpy, about 60 MB;
openpyxl, about 30 MB with numpy; frictionless; ijson) are imported by the code
paths that use them, so every gunicorn worker stays smaller by that much."""

import os
import subprocess
import sys

HEAVY = ("pandas", "numpy", "openpyxl", "frictionless", "ijson")

SCRIPT = f"""
import sys
import django
from django.urls import get_resolver

django.setup()  # also loads every app's wagtail_hooks (the admin's views)
get_resolver().url_patterns  # every URLconf and the views it names
print(",".join(name for name in {HEAVY!r} if name in sys.modules))
"""


def test_starting_a_web_worker_imports_no_heavy_library():
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    )

    assert done.stdout.strip() == ""
