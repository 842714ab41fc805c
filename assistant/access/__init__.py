"""Who may do what: sign-in modes and roles, the audit log, rate limits."""
