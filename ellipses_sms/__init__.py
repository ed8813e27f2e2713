"""Ellipses SMS: texting bookstore customers (quick SMS, lists, import, history)."""

__version__ = "0.1.0"
