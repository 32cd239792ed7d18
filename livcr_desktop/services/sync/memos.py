"""What each open database learnt about its records' updates, kept from one landing to the next
(a hub round or a bundle import).

A fresh UpdateMemo makes the first update of every record re-read and re-merge its whole
history, which grows with every round; so the memo lives between landings. It is taken out
while a landing runs and put back only when that landing committed: a landing that failed
(rolled back) may have taught it things that never happened.
"""

from __future__ import annotations

import weakref

from livcr_desktop.store.apply_outcome import UpdateMemo
from livcr_desktop.store.database import Database

_MEMOS: weakref.WeakKeyDictionary[Database, UpdateMemo] = weakref.WeakKeyDictionary()


def take_memo(db: Database) -> UpdateMemo:
    """The memo of `db`'s last committed landing (a fresh one if none), no longer kept."""
    return _MEMOS.pop(db, None) or UpdateMemo()


def keep_memo(db: Database, memo: UpdateMemo) -> None:
    """Keep `memo` for `db`'s next landing: everything it learnt is committed."""
    _MEMOS[db] = memo
