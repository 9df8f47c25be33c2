"""Report renderers: Markdown and a self-contained HTML page, both built from a CheckResult."""
