"""Reports at the edge: Word and Excel files and PNG charts built from the core's ReportData."""
