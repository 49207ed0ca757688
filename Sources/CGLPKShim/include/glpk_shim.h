// placeholder, replaced by the GLPK backend work
