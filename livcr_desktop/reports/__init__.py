"""PDF documents built with ReportLab from domain objects, in the reader's language.

No Qt widgets here: a report takes plain data and a document language, translates through that
language's catalogue (so a French form can come out of a Dutch interface) and writes bytes.
"""
