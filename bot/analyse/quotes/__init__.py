"""Quotes: who said what in one article, and the same statement across outlets.

1. `marks` finds the quoted stretches of a paragraph, and `joins` makes one quote of the pieces
   news copy breaks a statement into (`"A," she said. "B."`, a quote carried on in the next
   paragraph, several quoted pieces of one sentence of speech);
2. `kinds` decides if a stretch is a direct quote, a fragment or a scare quote; `reported` finds
   reported speech in the sentences with no quote (`bare_clauses`: with no `that`;
   `closing_reports`: attributed after a comma);
3. `attribution` finds the words that name its speaker, `phrases` reads them (a name, a pronoun,
   or a description: `names`, `appositions`, `descriptions`), in the order `rules` lists (each
   rule named, with an example, and can be switched off; `inversions`, `labels`, `reporting`,
   `wrappers`, `retorts`, `quoted_as` and `words_of` hold the rules for verb-first
   attributions, `Name:` labels, quotes wrapped in another's report, reports wrapped in an
   outlet's (`according to X`), `shot back`, words a medium passes on (`quoted X as saying`) and
   a sentence saying whose words they were; `clauses` finds the subject opening a clause);
4. `cast` lists the article's people (`people`; `runs` finds those a capitalised run names past
   the plain rule, `roles_at` the role the article gives them, `genders` and `first_names` tell
   their genders) and `resolution` (with
   `role_nouns`) turns the phrase into one of them; when the sentence gives only a pronoun or
   nothing, `speakers` lets `ranker` choose among the `candidates` every rule and the context
   propose (`clues` reads where each stands, `newcomers` adds the people a pronoun may mean
   however far back they were named);
5. `extraction` runs these steps per article (`lexicon` holds their word lists);
6. `links` joins the same statement reported by several articles of one story.
"""
