"""The review workbench's core: reports in, candidate claims checked, decisions on record.

Never imports streamlit: the review page (dashboard/ui/review.py) and the command line
(`python -m dashboard review add`) run the same code.
"""
