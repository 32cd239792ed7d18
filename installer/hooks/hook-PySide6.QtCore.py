"""PyInstaller's own hook for PySide6.QtCore, minus the Qt plugins and catalogues LIVC-R Desktop
leaves out (installer/bundle_policy.py says which, and why). A hook in the spec's hookspath
replaces the built-in one, so what is dropped is never analysed and pulls in nothing."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from installer.bundle_policy import keep_qt_file

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if keep_qt_file(source, folder)]
datas = [(source, folder) for source, folder in datas if keep_qt_file(source, folder)]
