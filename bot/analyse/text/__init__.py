"""Text: the plain-language pieces every analysis shares.

A body text is split into sentences (`sentences`), a sentence into words; the quotes, figures,
summaries and stories read their text through these, so that all of them cut text alike.
"""
