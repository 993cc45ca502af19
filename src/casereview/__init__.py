"""casereview: multi-agency child safeguarding reviews.

Agency returns in, one linked and merged chronology out, safeguarding indicators with cited
rules, the statutory clock of the review, and an anonymised report proven free of identifiers.
"""

__version__ = "0.1.0"
