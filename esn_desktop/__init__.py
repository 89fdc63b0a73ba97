"""esn-desktop: the commercial cockpit of a small ESN."""
