"""Pattern data (word lists, abbreviations) used by newsclean's text heuristics."""
