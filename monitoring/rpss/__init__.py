"""MPSV's register of social-service providers (RPSS): the open-data file read as a
stream, housing-related services counted by territory as of a date, and the import
that writes those counts as indicator values."""
