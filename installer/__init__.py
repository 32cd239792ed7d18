"""Packaging of LIVC-R Desktop: what goes into the bundle (bundle_policy), the icons the installers
need (icons), and the build script (build). A package so that the spec, the PyInstaller hooks and
the tests share one list of what is kept, dropped and checked."""
