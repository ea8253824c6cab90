"""Nightly load of the Capaian warehouse: one task per pipeline stage, each a call of the capaian CLI.

ingest -> facts -> analytics -> publish -> dq_gate. The stages of one DAG run share one warehouse
load (CAPAIAN_LOAD = the run id): each writes into the load's new warehouse version, publish makes it
the current one, and the data-quality gate (capaian check) fails the run when a new error-severity
finding appears. Input and warehouse folders are params, overridable by a run's conf:
{"input": "/data/corpus", "warehouse": "/data/capaian"}.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, Param
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

# The project folder: CAPAIAN_HOME when the DAG file was copied elsewhere, else the repository it is in.
CAPAIAN_HOME = os.environ.get("CAPAIAN_HOME") or str(Path(__file__).resolve().parent.parent)
CAPAIAN = os.path.join(CAPAIAN_HOME, "bin", "capaian")

DEFAULT_ARGS = {
    "owner": "capaian",
    "retries": 2,
    "retry_delay": timedelta(minutes=2),
    "retry_exponential_backoff": True,
    "execution_timeout": timedelta(hours=2),
}

# capaian's exit code for a wrong command line or input (e.g. a missing input folder).
USAGE_ERROR = 2


class CapaianStage(BashOperator):
    """One capaian subcommand. A usage error fails the task at once: retrying cannot fix the input.

    BashOperator turns the listed exit code into a skip; this turns that skip into a failure without
    retries, so a run on a missing folder fails in seconds instead of after every retry delay.
    """

    def __init__(self, **kwargs):
        super().__init__(skip_on_exit_code=[USAGE_ERROR], **kwargs)

    def execute(self, context):
        try:
            return super().execute(context)
        except AirflowSkipException as skip:
            raise AirflowFailException(
                f"capaian exited {USAGE_ERROR}: wrong command line or input (see the log); not retried"
            ) from skip


# (task id, capaian subcommand), in the order they run.
STAGES = [
    ("ingest", "ingest"),
    ("facts", "facts"),
    ("analytics", "analytics"),
    ("publish", "publish"),
    ("dq_gate", "check"),
]

with DAG(
    dag_id="capaian_nightly",
    description="Nightly incremental load of the Capaian warehouse from the planning documents.",
    schedule="@daily",
    start_date=datetime(2024, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,  # one load at a time; the warehouse lock refuses a second one anyway
    default_args=DEFAULT_ARGS,
    params={
        "input": Param(
            os.path.join(CAPAIAN_HOME, "data", "samples"),
            type="string",
            description="Folder of documents (*.txt, *.md), read recursively.",
        ),
        "warehouse": Param(
            os.path.join(CAPAIAN_HOME, "warehouse"),
            type="string",
            description="Warehouse folder (Parquet datasets and capaian.duckdb).",
        ),
    },
    tags=["capaian"],
) as dag:
    previous = None
    for task_id, command in STAGES:
        task = CapaianStage(
            task_id=task_id,
            # Paths travel in the environment, never pasted into the shell line, so no quoting issues.
            bash_command=f'exec "$CAPAIAN_BIN" {command}',
            env={
                "CAPAIAN_BIN": CAPAIAN,
                "CAPAIAN_INPUT": "{{ params.input }}",
                "CAPAIAN_WAREHOUSE": "{{ params.warehouse }}",
                "CAPAIAN_LOAD": "{{ run_id }}",
            },
            append_env=True,
        )
        if previous is not None:
            previous >> task
        previous = task
