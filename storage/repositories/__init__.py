"""SQL implementations of the handlers.ports repository Protocols, one module per repository."""
