"""Figures: the numbers that matter in an article, what they measure, and the same fact linked.

1. `numbers`, `number_words`, `units`, `currencies`, `ranges` and `counted` read a number's
   value, scale, unit, range and counted noun; `quantities` finds every quantity in a sentence
   (`names` and `not_quantities` say which numbers are none: dates, codes, clock times);
2. `measure_rules` says what each quantity measures, trying the named rules in order (`measures`
   holds their building blocks, `readable` what a measure may never start with, `lexicon` the
   words around a number: qualifiers, changes, clause pieces; `periods` the time phrases;
   `sources` who reports a figure, never its measure; `completions` a bare measure completed
   from its clause; `recase` reads sentences written all in lower case);
3. `extraction` keeps the quantities that are figures, per article, with their owners
   (`owners`: `Maruti net profit`, or the owner a bare measure was named with before; whose an
   age is, `whose_ages`, `age_owners` and `aged_people`); `linking`
   links the same fact across the articles of one story.
"""
