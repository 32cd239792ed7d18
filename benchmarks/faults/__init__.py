"""The fault suite: random kills, fuzzed files and tampers, counted (issue 16, point 7).

    .venv/bin/python -m benchmarks.faults --kills 1000 --backups 200 --key-files 50

See __main__.py for the options and counts.py for what each count means.
"""
