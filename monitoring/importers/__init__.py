"""Reading, validating and writing the tables regions hand in."""
