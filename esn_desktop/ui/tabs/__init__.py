"""One widget per main-window tab."""
