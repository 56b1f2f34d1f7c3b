"""Code that runs inside the sandbox: the kernel, the fork-server and the language harnesses.

This subpackage is bind-mounted alone into the sandbox, so it imports nothing from
the rest of ``interview_kernel`` (and nothing outside the standard library except
pyzmq in the kernel).
"""
