"""French texts use the typographic apostrophe (l’école, qu’il), one way throughout; the
catalogue check refuses a straight one so a new translation cannot bring it back."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def ts_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "scripts" / "ts_tool.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_no_french_translation_has_a_straight_apostrophe() -> None:
    assert ts_tool().straight_apostrophes() == []


def test_the_check_fails_on_a_straight_apostrophe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = ts_tool()
    (tmp_path / "translations").mkdir()
    for lang in tool.LANGS:
        shutil.copy(tool.ts_path(lang), tmp_path / "translations" / f"livcr_{lang}.ts")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    french = tmp_path / "translations" / "livcr_fr.ts"
    text = french.read_text(encoding="utf-8")
    french.write_text(text.replace("l’", "l'", 1), encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["ts_tool.py", "check"])
    assert tool.main() == 1
    assert "straight apostrophe" in capsys.readouterr().out


def test_an_apostrophe_inside_markup_is_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = ts_tool()
    (tmp_path / "translations").mkdir()
    french = tmp_path / "translations" / "livcr_fr.ts"
    french.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="fr_BE"><context>'
        "<name>C</name><message><source>See &lt;a href='x'&gt;it&lt;/a&gt;</source>"
        "<translation>Voir &lt;a href='x'&gt;l’aide&lt;/a&gt;</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.straight_apostrophes() == []
