"""``python -m interview_kernel.cli``: the same as the ``interview`` command."""

import sys

from . import main

sys.exit(main())
