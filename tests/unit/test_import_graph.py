"""The whole import graph of the package, read from the source (imports inside functions
included): no cycles anywhere, and every import goes down the layers of docs/architecture.md,
the entry points included."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.import_graph import Edge, cycles, graph

PACKAGE = Path(__file__).resolve().parents[2] / "livcr_desktop"

FOUNDATION = {
    "pkg",
    "paths",
    "settings",
    "logs",
    "log_file",
    "folder_lock",
    "resources",
    "licences",
    "owner_only",
}
"""Small modules at the package's top that any layer may use (none of them imports a layer)."""

MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"domain"},
    "store": {"store", "domain"} | FOUNDATION,
    "i18n": {"i18n", "domain", "resources"},
    "reports": {"reports", "domain", "i18n", "resources"},
    "hub": {"hub", "domain"},
    "services": {"services", "store", "reports", "domain", "i18n", "hub"} | FOUNDATION,
    "gui": {"gui", "services", "reports", "domain", "i18n", "console"} | FOUNDATION,
    "console": {"domain", "i18n"},
    "earlyinit": set(),
    "commands": {"gui", "services", "store", "domain", "console", "earlyinit"} | FOUNDATION,
    "sync_commands": {
        "commands",
        "enrolment_commands",
        "hub_later_commands",
        "numbering_commands",
        "device_list_commands",
        "services",
        "store",
        "domain",
        "console",
        "hub",
    }
    | FOUNDATION,
    "enrolment_commands": {"commands", "services", "store", "domain", "console"} | FOUNDATION,
    "hub_later_commands": {"services", "domain", "console", "hub"} | FOUNDATION,
    "numbering_commands": {"services", "domain", "console"} | FOUNDATION,
    "device_list_commands": {"services", "domain", "console", "i18n", "hub"} | FOUNDATION,
    "strategic_commands": {"commands", "services", "domain", "console"} | FOUNDATION,
    "gui_commands": {"gui", "services", "earlyinit"} | FOUNDATION,
    "handover_commands": {
        "commands",
        "handover_key_commands",
        "services",
        "store",
        "domain",
        "console",
    }
    | FOUNDATION,
    "handover_key_commands": {"services", "domain", "console"} | FOUNDATION,
    "cli_sync": {"console"},
    "cli_strategic": {"console"},
    "cli": {
        "cli_sync",
        "cli_strategic",
        "commands",
        "sync_commands",
        "strategic_commands",
        "handover_commands",
        "gui_commands",
        "console",
        "earlyinit",
    },
    "__main__": {"cli"},
    **{name: FOUNDATION | {"domain"} for name in FOUNDATION},
}
"""Which layer each layer may import. The entry points (cli, commands, __main__) sit on top and
nothing imports them; nothing but the GUI and the command that starts it imports the GUI."""


def layer_of(module: str) -> str:
    parts = module.split(".")
    return "pkg" if len(parts) == 1 else parts[1]


def against_the_layers(edges: list[Edge]) -> list[str]:
    wrong = []
    for edge in edges:
        source, target = layer_of(edge.source), layer_of(edge.target)
        if "generated" in edge.source.split(".") and target == "gui":
            continue  # forms compiled from ui/*.ui name their promoted widgets
        if source not in MAY_IMPORT:
            wrong.append(f"{edge.source}: a module outside every layer")
        elif target not in MAY_IMPORT[source]:
            wrong.append(f"{edge.source}:{edge.line} imports {edge.target} ({source} -> {target})")
    return wrong


def test_the_package_has_no_import_cycle() -> None:
    found = cycles(graph(PACKAGE))
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_every_import_goes_down_the_layers() -> None:
    wrong = against_the_layers(graph(PACKAGE))
    assert wrong == [], "\n".join(wrong)


def _plant(root: Path, files: dict[str, str]) -> Path:
    package = root / "livcr_desktop"
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return package


def test_a_cycle_hidden_in_a_function_is_found(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "services/__init__.py": "",
            "services/a.py": "from livcr_desktop.services.b import thing\n",
            "services/b.py": "def thing():\n    from livcr_desktop.services import a\n",
            "services/c.py": "from . import a\n",
        },
    )
    assert cycles(graph(package)) == [["livcr_desktop.services.a", "livcr_desktop.services.b"]]


def test_an_import_against_the_layers_is_found(tmp_path: Path) -> None:
    package = _plant(
        tmp_path,
        {
            "__init__.py": "",
            "cli.py": "",
            "services/__init__.py": "",
            "services/x.py": "def f():\n    from livcr_desktop.cli import main\n",
            "store/__init__.py": "",
            "store/y.py": "from ..services import x\n",
        },
    )
    assert against_the_layers(graph(package)) == [
        "livcr_desktop.services.x:2 imports livcr_desktop.cli (services -> cli)",
        "livcr_desktop.store.y:1 imports livcr_desktop.services.x (store -> services)",
    ]
