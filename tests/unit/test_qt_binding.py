"""Guards against a known defect of the Qt binding.

PySide6 6.12.0 decrements the reference count of None in every static function returning void
(QLocale.setDefault, QCoreApplication.setOrganizationName, processEvents ...). A long session
runs None's count down to zero and the interpreter aborts ("none_dealloc"). pyproject.toml
excludes that release; this test fails if a version with the defect is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication


def test_static_void_calls_keep_none_alive(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(200):
        QLocale.setDefault(QLocale("nl_BE"))
        QCoreApplication.setOrganizationName("LIVC-R")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other code may drop a few, not hundreds
