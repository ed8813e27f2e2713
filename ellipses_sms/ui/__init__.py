"""The Qt interface (the only package that imports Qt)."""

from ellipses_sms.ui.qt_workarounds import protect_bool_refcounts, quicken_feature_scan

protect_bool_refcounts()
quicken_feature_scan()  # before the first Qt import, so that every module after it gains
