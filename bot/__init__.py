"""Edge of the application: settings, wiring, CLI and channel adapters."""
