"""Table models: rows are plain data from the services, columns declared once."""
