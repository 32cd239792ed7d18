"""Languages: Qt translators for the interface, catalogues for documents, Babel for formatting."""
