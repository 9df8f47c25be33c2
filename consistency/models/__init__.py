"""Model wrappers: sentence embeddings and the NLI cross-encoder, each loaded once."""
