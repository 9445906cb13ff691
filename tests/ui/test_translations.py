"""The Chinese catalogue is complete and compiled: no widget text reaches the clerk in English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.paths import resources_dir

TS_FILE = resources_dir() / "translations" / "dutymatrix_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
UI_DIR = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            messages[(name, message.findtext("source") or "")] = translation
    return messages


def test_every_message_has_a_finished_chinese_translation() -> None:
    messages = _messages(TS_FILE)

    assert messages
    unfinished = [key for key, t in messages.items() if t.get("type") or not (t.text or "")]
    assert unfinished == []


def test_every_tr_string_in_the_ui_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in UI_DIR.glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )

    assert set(_messages(fresh)) == set(_messages(TS_FILE))


def test_compiled_catalogue_matches_the_ts_file(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )

    assert compiled.read_bytes() == QM_FILE.read_bytes()
