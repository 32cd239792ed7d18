"""Personalised guidance trajectories: working on a running trajectory, partners' updates,
evaluations over the LIVC-R's life domains, what is due, who may see what, the summary PDF
and what signed decisions do to a trajectory.
"""
