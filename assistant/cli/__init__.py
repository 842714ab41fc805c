"""The `assistant` command: one module per command group, all calling the package."""
