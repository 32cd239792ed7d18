"""The PySide6 interface. It talks to the services only, never to the store."""
