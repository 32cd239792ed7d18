"""List, fill and check the translation catalogues (translations/livcr_{nl,fr,de}.ts).

    python scripts/ts_tool.py pending [--lang nl]     unfinished messages as JSON
    python scripts/ts_tool.py apply FILE.json         fill translations from a JSON list
    python scripts/ts_tool.py check                   exit 1 when anything is unfinished, or
                                                      a French text has a straight apostrophe,
                                                      or a German one calls the cell "LIVC-R"

The JSON list holds objects {"context", "source", "nl", "fr", "de"}; for a text with %n the
values are lists of plural forms (nl/de/fr: [singular, plural]). Qt Linguist edits the same files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("nl", "fr", "de")
TYPOGRAPHIC_APOSTROPHE = "\u2019"
"""French writes l’école, qu’il with the typographic apostrophe, every text the same way."""
STRAIGHT_ALLOWED: set[tuple[str, str]] = set()
"""(context, source) of French texts that must keep a straight ' (none yet: a text whose
apostrophe is read by a program, not a person). Apostrophes inside <markup> never count."""
_MARKUP = re.compile(r"<[^<>]*>")
_GERMAN_CELL = re.compile(r"LIVC-R(?! Desktop)")
"""German names the cell BLIS-R (the glossary's short form, a neuter noun: "dieses BLIS-R");
"LIVC-R" stays only in the product's name, LIVC-R Desktop."""


def ts_path(lang: str) -> Path:
    return ROOT / "translations" / f"livcr_{lang}.ts"


def load(lang: str) -> ET.ElementTree:
    return ET.parse(ts_path(lang))


def save(tree: ET.ElementTree, lang: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return translation is None or translation.get("type") == "unfinished"
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def straight_apostrophes() -> list[dict[str, object]]:
    """French translations with a straight apostrophe outside markup (and not allowed)."""
    found = []
    for ctx, message in messages(load("fr")):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or (ctx, source) in STRAIGHT_ALLOWED:
            continue
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if any("'" in _MARKUP.sub("", text) for text in texts):
            found.append({"context": ctx, "source": source})
    return found


def german_cell_names() -> list[dict[str, object]]:
    """German translations that call the cell LIVC-R instead of BLIS-R."""
    found = []
    for ctx, message in messages(load("de")):
        translation = message.find("translation")
        if translation is None:
            continue
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if any(_GERMAN_CELL.search(text) for text in texts):
            found.append({"context": ctx, "source": message.findtext("source") or ""})
    return found


def pending(lang: str) -> list[dict[str, object]]:
    return [
        {"context": ctx, "source": m.findtext("source"), "numerus": m.get("numerus") == "yes"}
        for ctx, m in messages(load(lang))
        if is_unfinished(m)
    ]


def apply(entries: list[dict[str, object]]) -> int:
    wanted = {(e["context"], e["source"]): e for e in entries}
    changed = 0
    for lang in LANGS:
        tree = load(lang)
        for ctx, message in messages(tree):
            entry = wanted.get((ctx, message.findtext("source")))
            if entry is None or lang not in entry:
                continue
            value = entry[lang]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            changed += 1
        save(tree, lang)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pending")
    p.add_argument("--lang", default="nl", choices=LANGS)
    a = sub.add_parser("apply")
    a.add_argument("file", type=Path)
    sub.add_parser("check")
    args = parser.parse_args()
    if args.command == "pending":
        json.dump(pending(args.lang), sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    if args.command == "apply":
        count = apply(json.loads(args.file.read_text(encoding="utf-8")))
        print(f"filled {count} translations")
        return 0
    missing = {lang: len(pending(lang)) for lang in LANGS}
    print(", ".join(f"{lang}: {n} unfinished" for lang, n in missing.items()))
    straight = straight_apostrophes()
    for entry in straight:
        print(f"fr: straight apostrophe (write {TYPOGRAPHIC_APOSTROPHE}): {entry['source']}")
    german = german_cell_names()
    for entry in german:
        print(f"de: write BLIS-R, not LIVC-R: {entry['source']}")
    return 1 if any(missing.values()) or straight or german else 0


if __name__ == "__main__":
    raise SystemExit(main())
