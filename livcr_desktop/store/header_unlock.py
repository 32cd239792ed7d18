"""Opening a slot of the key file, trying the backup copy before a failure is counted.

A damaged or changed main copy must not look like a wrong passphrase: that would count a failed
attempt against the person and never try the good backup copy. So both copies are tried, and a
refusal is called a wrong secret only when both copies are intact and hold the same slot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from livcr_desktop.store.errors import HeaderDamaged, HeaderFault, SlotLocked
from livcr_desktop.store.header_file import Copy, HeaderFile
from livcr_desktop.store.keyslots import KeyHeader, KeySlot, Secret

SlotPicker = Callable[[KeyHeader], KeySlot | None]


@dataclass
class Unlocked:
    """The data key and the copy of the header to go on with."""

    key: bytes
    header: KeyHeader
    repair: bool
    """Both files should be rewritten from `header` once the sign-in has succeeded (a copy was
    damaged, differs, or still has no checks)."""


def unlock(file: HeaderFile, pick: SlotPicker, secret: Secret) -> Unlocked:
    """The data key from the first copy on disk whose slot opens with `secret` and whose
    checks hold (see `unlock_copies`)."""
    main, backup = file.read_both()
    return unlock_copies(main, backup, pick, secret)


def unlock_copies(main: Copy, backup: Copy, pick: SlotPicker, secret: Secret) -> Unlocked:
    """The data key from the first copy whose slot opens with `secret` and whose checks hold.

    Also for a header that has no second copy (a backup's own), so it obeys the same rules.

    SlotLocked: the secret is wrong (every copy present is intact and refused it): count it.
    HeaderDamaged: damage explains the refusal, or (HeaderFault.UNSURE) one copy refused the
    secret while the other is damaged, so a wrong secret cannot be told from damage; nothing
    is counted.
    """
    faults: list[HeaderFault] = []
    refused: list[KeyHeader] = []
    opened: dict[tuple[str, str], bytes | None] = {}
    """What each slot already tried gave (the data key, or None when it refused the secret):
    the identical slot of the other copy answers the same, so it is not derived again."""
    for copy in (main, backup):
        if not isinstance(copy, KeyHeader):
            if isinstance(copy, HeaderDamaged):
                faults.append(copy.fault)
            continue
        slot = pick(copy)
        if slot is None:
            faults.append(HeaderFault.SLOT_MISSING)
            continue
        if slot.fault is not None:
            faults.append(slot.fault)
            continue
        identity = (copy.folder_id, repr(sorted(slot.body().items())))
        if identity not in opened:
            try:
                opened[identity] = slot.unwrap(copy.folder_id, secret)
            except SlotLocked:
                opened[identity] = None
        key = opened[identity]
        if key is None:
            refused.append(copy)
            continue
        if not copy.verify(key, slot):
            faults.append(HeaderFault.CHANGED)
            continue
        return _chosen(main, backup, copy, key)
    if refused and not faults:
        raise SlotLocked("no copy opens with this secret")
    if refused:
        raise HeaderDamaged("refused, and the other copy is damaged", HeaderFault.UNSURE)
    raise HeaderDamaged("no usable slot", faults[0] if faults else HeaderFault.GARBLED)


def _chosen(main: object, backup: object, opened: KeyHeader, key: bytes) -> Unlocked:
    """Prefer a copy that passes every check, and say whether the files need rewriting."""
    good = [c for c in (main, backup) if isinstance(c, KeyHeader) and c.fully_verified(key)]
    if not good:
        return Unlocked(key, opened, repair=False)
    best = good[0]
    best.seal(key)
    text = best.to_json()
    repair = any(
        not isinstance(c, KeyHeader) or c.legacy or c.to_json() != text for c in (main, backup)
    )
    return Unlocked(key, best, repair=repair)


def trusted_copy(file: HeaderFile, key: bytes) -> KeyHeader:
    """The copy of the key file the data key's holder wrote, for a signed-in person who changes
    or copies it: a damaged or changed main copy must not be written back over a good backup
    copy, nor put into a backup. HeaderDamaged (with the first copy's damage) when neither
    copy passes every check."""
    main, backup = file.read_both()
    for copy in (main, backup):
        if isinstance(copy, KeyHeader) and copy.fully_verified(key):
            copy.seal(key)
            return copy
    fault = _first_fault(main) or _first_fault(backup) or HeaderFault.GARBLED
    raise HeaderDamaged("no intact copy", fault)


def _first_fault(copy: Copy) -> HeaderFault | None:
    """What is wrong with a copy that did not pass its checks (None when it is absent)."""
    if isinstance(copy, HeaderDamaged):
        return copy.fault
    if isinstance(copy, KeyHeader):
        return next((s.fault for s in copy.slots if s.fault is not None), HeaderFault.CHANGED)
    return None
