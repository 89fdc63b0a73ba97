"""Moving a workspace in and out: the JSON and XLSX document, and single CSV lists."""
