"""Runs the DAG tests against the real Airflow of the project's virtualenv, with a throwaway AIRFLOW_HOME."""

import os
import tempfile
from pathlib import Path

# Airflow reads its configuration when first imported: point it at a scratch home before that.
_HOME = tempfile.mkdtemp(prefix="capaian-airflow-test-")
os.environ["AIRFLOW_HOME"] = _HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "True"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_HOME}/airflow.db"

DAGS_FOLDER = Path(__file__).resolve().parent.parent
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS_FOLDER)
