"""Where the data lives: --data-dir, the environment, portable mode, the user's folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop_app.paths import DATA_DIR_ENV, resolve_paths


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


def test_an_explicit_data_dir_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    (tmp_path / "portable").touch()
    paths = resolve_paths(tmp_path / "explicit", program=tmp_path)
    assert paths.data_dir == tmp_path / "explicit"
    assert paths.database_file == tmp_path / "explicit" / "dutymatrix.db"
    assert paths.backup_dir == tmp_path / "explicit" / "backups"


def test_a_portable_marker_keeps_the_data_next_to_the_program(tmp_path: Path) -> None:
    (tmp_path / "portable").write_text("")
    paths = resolve_paths(None, program=tmp_path)
    assert paths.portable
    assert paths.data_dir == tmp_path / "data"


def test_without_marker_the_data_goes_to_the_users_data_folder(tmp_path: Path) -> None:
    paths = resolve_paths(None, program=tmp_path)
    assert not paths.portable
    expected = platformdirs.user_data_dir("DutyMatrix", appauthor=False, roaming=False)
    assert paths.data_dir == Path(expected)


def test_ensure_creates_every_folder(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "新 数据")
    paths.ensure()
    for folder in (paths.data_dir, paths.backup_dir, paths.attachments_dir, paths.log_dir):
        assert folder.is_dir()
