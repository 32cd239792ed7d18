"""Translations: every text of the code is finished in nl, fr and de, placeholders intact.

The first test re-runs lupdate over the current sources into copies of the catalogues, so a new
string that nobody translated yet fails CI, not only an empty entry.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from livcr_desktop.domain.languages import TRANSLATED_LANGUAGES, Language
from livcr_desktop.i18n.catalog import Catalog
from livcr_desktop.i18n.formatting import format_date, format_number

ROOT = Path(__file__).resolve().parents[3]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def sources() -> list[str]:
    return sorted(
        str(p)
        for folder in (ROOT / "livcr_desktop", ROOT / "ui")
        for p in folder.rglob("*")
        if p.suffix in (".py", ".ui") and "generated" not in p.parts
    )


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") == "unfinished":
                problems.append(f"{name}: {source!r}")
                continue
            texts = (
                [f.text or "" for f in translation.findall("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            for text in texts:
                if not text.strip():
                    problems.append(f"{name}: {source!r} (empty)")
                elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"{name}: {source!r} (placeholders differ: {text!r})")
    return problems


@pytest.mark.parametrize("language", [lang.value for lang in TRANSLATED_LANGUAGES])
def test_every_text_in_the_code_is_translated(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"livcr_{language}.ts"
    shutil.copy(ROOT / "translations" / ts.name, ts)
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    problems = unfinished(ts)
    assert not problems, f"{len(problems)} unfinished in {language}:\n" + "\n".join(problems[:40])


def test_the_compiled_catalogues_translate_and_english_is_the_source() -> None:
    assert Catalog(Language.EN).translate("Areas", "Overview") == "Overview"
    for language in TRANSLATED_LANGUAGES:
        assert Catalog(language).translate("Areas", "Overview") != "Overview"


def test_dates_and_numbers_follow_the_belgian_locales() -> None:
    from datetime import date

    day = date(2026, 11, 23)
    assert format_date(day, Language.NL, "long") == "23 november 2026"
    assert format_date(day, Language.FR, "long") == "23 novembre 2026"
    assert format_date(day, Language.DE, "long") == "23. November 2026"
    assert format_number(1234.5, Language.FR).replace("\u202f", " ") == "1 234,5"
    assert format_number(1234.5, Language.DE) == "1.234,5"
