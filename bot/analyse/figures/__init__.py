"""Figures: the numbers that matter in an article, what they measure, and the same fact linked.

1. `numbers`, `number_words`, `units`, `currencies`, `ranges` and `counted` read a number's
   value, scale, unit, range and counted noun; `quantities` finds every quantity in a sentence;
2. `measures` finds what each quantity measures (`lexicon` holds the words around it:
   qualifiers, changes, periods, clause pieces);
3. `extraction` keeps the quantities that are figures, per article, and links the same fact
   across the articles of one story.
"""
