"""The strategic table's figures: computed from the data, small counts hidden, journaled."""

from livcr_desktop.services.figures.compute import compute_figures
from livcr_desktop.services.figures.csv_export import cell_text, export_figures_csv
from livcr_desktop.services.figures.settings import (
    DEFAULT_MEETING_INTERVAL_MONTHS,
    FigureSettings,
    figure_settings,
    read_figure_settings,
    update_figure_settings,
)
from livcr_desktop.services.figures.yearly import figures_of_year, municipality_named, year_period

__all__ = [
    "DEFAULT_MEETING_INTERVAL_MONTHS",
    "FigureSettings",
    "cell_text",
    "compute_figures",
    "export_figures_csv",
    "figure_settings",
    "figures_of_year",
    "municipality_named",
    "read_figure_settings",
    "update_figure_settings",
    "year_period",
]
