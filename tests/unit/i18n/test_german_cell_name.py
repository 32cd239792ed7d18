"""German calls the cell BLIS-R throughout (the glossary's short form); "LIVC-R" stays only in
the product's name, so the catalogue check refuses a German text that names the cell LIVC-R."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.i18n.test_french_apostrophes import ts_tool


def test_no_german_translation_calls_the_cell_livcr() -> None:
    assert ts_tool().german_cell_names() == []


def test_the_check_fails_on_livcr_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = ts_tool()
    (tmp_path / "translations").mkdir()
    for lang in tool.LANGS:
        shutil.copy(tool.ts_path(lang), tmp_path / "translations" / f"livcr_{lang}.ts")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    german = tmp_path / "translations" / "livcr_de.ts"
    text = german.read_text(encoding="utf-8")
    german.write_text(text.replace("dieses BLIS-R", "dieser LIVC-R", 1), encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["ts_tool.py", "check"])
    assert tool.main() == 1
    assert "de: write BLIS-R, not LIVC-R" in capsys.readouterr().out
    assert german.read_text(encoding="utf-8").count("LIVC-R Desktop") > 0  # the name stays
