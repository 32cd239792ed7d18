"""The application shell: start-up, the main window with its navigation and areas, the
overview, the idle lock, the language switch, the crash dialog and 'About'.
"""
