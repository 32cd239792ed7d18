"""LIVC-R Desktop: the offline-first application of a Belgian LIVC-R's two tables."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("livcr-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "LIVC-R Desktop"
ORGANISATION_NAME = "LIVC-R"
