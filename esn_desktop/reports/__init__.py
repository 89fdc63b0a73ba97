"""ReportLab documents built from the services' data: no Qt, no database."""
