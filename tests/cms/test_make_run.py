"""`make run PORT=…` says clearly when it cannot use the port, before doing anything."""

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def taken_port():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield listener.getsockname()[1]


def check_port(port) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own script, fixed arguments)
        [ROOT / "bin" / "check-port", str(port)], capture_output=True, text=True
    )


def test_taken_port_is_reported_with_a_way_out(taken_port):
    result = check_port(taken_port)

    assert result.returncode == 1
    assert f"Port {taken_port} on 127.0.0.1 is already in use" in result.stderr
    assert f"make run PORT={taken_port + 1}" in result.stderr


def test_free_port_passes():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]

    assert check_port(free_port).returncode == 0


@pytest.mark.parametrize("port", ["abc", "0", "70000"])
def test_port_that_is_not_a_port_is_refused(port):
    result = check_port(port)

    assert result.returncode == 2
    assert "PORT must be a number from 1 to 65535" in result.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_stops_before_installing_anything(taken_port):
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        ["make", "--no-print-directory", "run", f"PORT={taken_port}"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "already in use" in result.stderr
    assert result.stdout == ""
