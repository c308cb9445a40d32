"""Imported by the extraction workers' fork server only (orchestration.workers names it after
PRELOAD), never by another process: when the fork server ends, it leaves at once.

The fork server holds the spaCy pipeline it loaded for its workers and nothing else: no file,
no connection, no buffer to flush (its workers leave through their own os._exit). It ends when
the run's process exits, and its interpreter's teardown then frees the model object by object
(~0.9 s of one core, measured with strace on a run of the seeds), while it still holds the
run's standard output and error it inherited: a caller reading them (a pipe, `| tee`, the
benchmark's subprocess) waits for that teardown after the run has finished. Its last exit
handler skips the teardown (the operating system frees the memory at once).
"""
from __future__ import annotations

import atexit
import os

atexit.register(os._exit, 0)    # registered last, so run first: before any teardown
