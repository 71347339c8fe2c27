"""What is particular to these notes: the Fashion-MNIST set-up, the source map, the corrections
policy. Imported by the entry points (command line, pytest plugin, site hook), never by the
engine's model or run layers; importing it registers the project's set-ups."""

from verified_docs.project import fashion_mnist  # noqa: F401 (registers its set-up)
