"""Quotes: who said what in one article, and the same statement across outlets.

1. `marks` finds the quoted stretches of a paragraph and joins the halves of a split quote;
2. `kinds` decides if a stretch is a direct quote, a fragment, reported speech or a scare quote;
3. `attribution` finds the words that name its speaker, `phrases` reads them (name, pronoun, role),
   in the order `rules` lists (each rule named, with an example, and can be switched off);
4. `cast` lists the article's people and `resolution` turns the phrase into one of them; when
   the sentence gives only a pronoun or nothing, `speakers` lets `ranker` choose among the
   `candidates` every rule and the context propose;
5. `extraction` runs these steps per article (`lexicon` holds their word lists);
6. `links` joins the same statement reported by several articles of one story.
"""
