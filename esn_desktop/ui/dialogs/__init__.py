"""Dialogs that create and edit one item."""
