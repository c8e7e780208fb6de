"""The quote-speaker ranker's training, one job per module: `matching` tells whether a name is
a gold speaker's, `instances` turns labelled articles into candidate lists, `fitting` fits the
weights, `validation` cross-validates them and chooses the margins; the command line is
`tools/train_speaker_ranker.py`."""
