"""LIVC-R Desktop: the offline-first application of a Belgian LIVC-R's two tables."""

from __future__ import annotations

APP_NAME = "LIVC-R Desktop"
ORGANISATION_NAME = "LIVC-R"

_version: str | None = None


def __getattr__(name: str) -> str:
    """`__version__`, looked up when first asked for: importlib.metadata costs a noticeable
    part of the start, and the sign-in screen paints before anything needs the version."""
    global _version
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if _version is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            _version = version("livcr-desktop")
        except PackageNotFoundError:  # running from a source tree that was never installed
            _version = "0.0.0"
    return _version
