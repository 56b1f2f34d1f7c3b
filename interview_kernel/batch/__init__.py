"""Batch grading: a cohort through the warm kernel pool (or Dask), and HumanEval samples.

``interview grade`` runs ``notebooks/grade.ipynb`` with papermill once per batch;
the notebook calls :func:`collect_submissions` and :func:`run_batch` and renders
the report. :func:`grade_samples` is the HumanEval samples mode.
"""

from .runner import BatchReport, read_progress, run_batch
from .samples import grade_samples, read_samples, task_problem_id
from .submissions import Submission, collect_submissions, notebook_source
from .summary import BAD_INPUT, COLUMNS, score_result, write_summary

__all__ = [
    "BAD_INPUT",
    "COLUMNS",
    "BatchReport",
    "Submission",
    "collect_submissions",
    "grade_samples",
    "notebook_source",
    "read_progress",
    "read_samples",
    "run_batch",
    "score_result",
    "task_problem_id",
    "write_summary",
]
