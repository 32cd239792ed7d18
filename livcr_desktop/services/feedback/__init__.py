"""Feedback forms to the LTF: drafts opened by signed decisions, composing them under the
secrecy guard, approval by the table, the PDF, the Information Officer's hand-over and the
register of what flowed to the police.
"""
