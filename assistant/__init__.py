"""Decision support for Danish municipalities' children and youth social services.

Cited, extractive answers over municipal documents and budget-versus-caseload calculations.
"""

__version__ = "0.1.0"
