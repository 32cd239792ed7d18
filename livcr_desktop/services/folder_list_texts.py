"""What the list of this laptop's LIVC-Rs may have to say: its own module, named only when it
is said (the list paints without the domain's texts; see services/access/glance.py)."""

from __future__ import annotations

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

LIST_DAMAGED = QT_TRANSLATE_NOOP(
    "FolderList",
    "The list of this laptop's LIVC-Rs could not be read, so it was made again from the data "
    "folders found on this laptop. Nothing was lost; the times of the last sync come back "
    "once each LIVC-R is opened. A data folder kept elsewhere can be added with “Locate…”.",
)
