"""Declared device settings, and logs that never carry personal data."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from livcr_desktop import settings as settings_module
from livcr_desktop.logs import TAIL, configure_logging, open_log_file
from livcr_desktop.settings import (
    DECLARED,
    IDLE_LOCK_MINUTES,
    UI_LANGUAGE,
    DeviceSettings,
    Setting,
    UnknownSetting,
)


def test_settings_round_trip_and_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = DeviceSettings(path)
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    settings.set(UI_LANGUAGE, "fr")
    assert DeviceSettings(path).get(UI_LANGUAGE) == "fr"
    path.write_text('{"security.idle_lock_minutes": "many", "nobody.knows": 1}')
    assert DeviceSettings(path).get(IDLE_LOCK_MINUTES) == 5
    path.write_text("not json")
    assert DeviceSettings(path).get(UI_LANGUAGE) is None


def test_an_undeclared_setting_is_an_error(tmp_path: Path) -> None:
    settings = DeviceSettings(tmp_path / "s.json")
    with pytest.raises(UnknownSetting):
        settings.get(Setting("ui.languag", str, None, "typo"))
    with pytest.raises(TypeError):
        settings.set(IDLE_LOCK_MINUTES, "five")  # type: ignore[arg-type]


def test_every_declared_setting_is_documented_and_uniquely_keyed() -> None:
    declared = [v for v in vars(settings_module).values() if isinstance(v, Setting)]
    assert sorted(s.key for s in declared) == sorted(DECLARED)
    assert all(s.doc for s in declared)


def test_exception_messages_are_withheld_from_the_log_file(tmp_path: Path) -> None:
    configure_logging(tmp_path / "logs")
    log = logging.getLogger("livcr.test")
    person = "Jan " + "Fictief"
    try:
        raise ValueError(f"{person}, geboren 01/02/2003")
    except ValueError:
        log.exception("an action failed")
    for handler in logging.getLogger("livcr").handlers:
        handler.flush()
    text = (tmp_path / "logs" / "livcr.log").read_text(encoding="utf-8")
    assert "an action failed" in text and "ValueError: (message withheld)" in text
    assert "Fictief" not in text
    assert "Fictief" not in "\n".join(TAIL.lines)


def test_a_log_file_opened_later_gets_what_was_logged_before_in_order(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    configure_logging(logs, file_later=True)
    log = logging.getLogger("livcr.test")
    log.info("first, before the sign-in screen painted")
    log.warning("second, still before")
    assert not (logs / "livcr.log").exists()  # nothing opened on the way to the first paint
    open_log_file()
    log.info("third, after")
    open_log_file()  # a second call (the app's shutdown) changes nothing
    for handler in logging.getLogger("livcr").handlers:
        handler.flush()
    lines = (logs / "livcr.log").read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "first, before the sign-in screen painted",
        "second, still before",
        "third, after",
    ]
    configure_logging(None)
