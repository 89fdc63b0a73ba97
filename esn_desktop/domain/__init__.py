"""Business rules of an ESN's commercial cockpit: plain Python, no Qt, no database."""
