"""Use cases the command line, the windows and the reports all call: plain values in, plain data out."""
