"""The seal set against the draft a laptop composes: stale when anything it holds changed, the
items it does not hold taken as sealed, and what it approves hashing as the whole minutes."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain.minutes_erasure import sealed_hash
from livcr_desktop.domain.minutes_seal_set import approved_content, check_seal_set
from livcr_desktop.domain.minutes_sealing import seal_case_items


def _item(item_id: str, position: int, kind: str = "case", summary: str = "") -> dict[str, Any]:
    heading = f"TER-2026-{item_id}" if kind == "case" else "Varia"
    return {
        "item_id": item_id,
        "position": position,
        "kind": kind,
        "heading": heading,
        "summary": summary,
    }


def _whole() -> dict[str, Any]:
    return {
        "format": 3,
        "meeting_id": "m",
        "remarks": "Volgende keer in zaal 3.",
        "items": [
            _item("001", 1, summary="Proefdorp"),
            _item("002", 2, summary="Testegem"),
            _item("g", 3, kind="general", summary="Goedgekeurd"),
            _item("003", 4, summary="Proefdorp ook"),
        ],
    }


def _here(whole: dict[str, Any], without: set[str]) -> dict[str, Any]:
    """The draft as a laptop that misses some items composes it: numbered without them."""
    items = [i for i in whole["items"] if i["item_id"] not in without]
    return {**whole, "items": [{**i, "position": n} for n, i in enumerate(items, start=1)]}


def test_a_laptop_missing_an_item_approves_the_whole_minutes() -> None:
    whole = _whole()
    seal_set, _ = seal_case_items(whole)
    here = _here(whole, {"002"})
    check = check_seal_set(seal_set, here)
    assert not check.stale and check.elsewhere == ("TER-2026-002",)
    approved = approved_content(seal_set, here)
    assert sealed_hash(approved) == sealed_hash(whole)
    assert [i.get("summary") for i in approved["items"]] == [
        "Proefdorp",
        None,
        "Goedgekeurd",
        "Proefdorp ook",
    ]


def test_a_laptop_holding_everything_is_not_told_of_items_elsewhere() -> None:
    whole = _whole()
    seal_set, _ = seal_case_items(whole)
    check = check_seal_set(seal_set, whole)
    assert not check.stale and check.elsewhere == ()


def test_a_changed_item_remark_or_new_item_makes_the_set_stale() -> None:
    whole = _whole()
    seal_set, _ = seal_case_items(whole)
    changed_item = _here(whole, {"002"})
    changed_item["items"][0]["summary"] = "Proefdorp, aangevuld"
    assert check_seal_set(seal_set, changed_item).stale
    changed_remarks = {**_here(whole, {"002"}), "remarks": "Zaal 4."}
    assert check_seal_set(seal_set, changed_remarks).stale
    added = _here(whole, {"002"})
    added["items"].append(_item("004", 4, summary="Nieuw"))
    assert check_seal_set(seal_set, added).stale


def test_a_missing_general_item_is_stale_not_sealed_elsewhere() -> None:
    """Every laptop holds the general items (LIVC-R-wide): one missing is not a case's."""
    whole = _whole()
    seal_set, _ = seal_case_items(whole)
    assert check_seal_set(seal_set, _here(whole, {"g"})).stale


@given(st.sets(st.sampled_from(["001", "002", "003"])))
def test_whatever_a_laptop_misses_the_approved_hash_is_the_whole_one(missing: set[str]) -> None:
    whole = _whole()
    seal_set, _ = seal_case_items(whole)
    here = _here(whole, missing)
    check = check_seal_set(seal_set, here)
    assert not check.stale
    assert sorted(check.elsewhere) == sorted(f"TER-2026-{m}" for m in missing)
    assert sealed_hash(approved_content(seal_set, here)) == sealed_hash(whole)


def _sealed(content: dict[str, Any]) -> dict[str, Any]:
    return seal_case_items(content)[0]


def test_a_later_seal_set_names_what_changed_after_the_approved_one() -> None:
    """A crossing (services/meetings/minutes_crossed.py): the items changed, added or removed
    since the approved set by number and heading, and the general part on its own."""
    from livcr_desktop.domain.minutes_seal_set import changed_after

    approved = _sealed(_whole())
    assert changed_after(approved, approved).items == ()
    later = _whole()
    later["items"][1]["summary"] = "Testegem, later aangevuld"
    assert changed_after(approved, _sealed(later)).items == ((2, "TER-2026-002"),)
    assert changed_after(approved, _sealed(later)).general is False
    later["remarks"] = "Toch zaal 4."
    later["items"] = later["items"][:3]  # the last item removed from the draft
    changes = changed_after(approved, _sealed(later))
    assert changes.items == ((2, "TER-2026-002"), (4, "TER-2026-003")) and changes.general
