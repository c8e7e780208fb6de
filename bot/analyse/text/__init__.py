"""Text: the pieces every analysis shares, so that all of them cut and compare text alike.

1. `sentences` splits a paragraph into sentences (Bling Fire, or pysbd where it cannot run) and
   a sentence into word tokens;
2. `words` leaves out stop words and stems the rest: Snowball `terms` for weighing, five-letter
   `word_stems` for telling that two wordings say one thing;
3. `tfidf` weighs terms into unit-length vectors, whose dot products are cosines.
"""
