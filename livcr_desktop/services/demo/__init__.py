"""The demo data folder: a living, clearly fictional LIVC-R for newcomers, screenshots and
benchmarks. Nothing here runs on a real LIVC-R's data.
"""
