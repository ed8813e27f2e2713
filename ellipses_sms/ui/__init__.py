"""The Qt interface (the only package that imports Qt)."""

from ellipses_sms.ui.qt_workarounds import protect_bool_refcounts

protect_bool_refcounts()
