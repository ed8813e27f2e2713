"""`python -m ellipses_sms` does what the `ellipses-sms` command does."""

import sys

from ellipses_sms.cli import main

sys.exit(main())
