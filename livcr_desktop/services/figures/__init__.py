"""The strategic table's figures: computed from the data, small counts hidden, journaled."""

from livcr_desktop.services.figures.compute import compute_figures

__all__ = ["compute_figures"]
