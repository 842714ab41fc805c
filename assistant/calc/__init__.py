"""Budget-versus-caseload arithmetic (`formulas`) and the reading of calculation questions."""
