"""PyInstaller's own hook for Babel, keeping only the locale data of the locales the app formats
dates and numbers in (nl_BE, fr_BE, de_BE, en_BE and their parents) instead of all ~1,000."""

from PyInstaller.utils.hooks import collect_data_files

from installer.bundle_policy import keep_babel_file

datas = [
    (source, folder) for source, folder in collect_data_files("babel") if keep_babel_file(source)
]
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
