"""From a question to ranked evidence: the Query, hybrid search, sentence evidence, abstention."""
