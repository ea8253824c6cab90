"""The nightly DAG as the real Airflow parses it: no import errors, stages in order, schedule, params."""

import copy
from datetime import timedelta
from pathlib import Path

import pytest
from airflow.dag_processing.dagbag import DagBag
from airflow.sdk.exceptions import ParamValidationError

DAGS_FOLDER = Path(__file__).resolve().parent.parent
PROJECT = DAGS_FOLDER.parent


@pytest.fixture(scope="module")
def dagbag():
    return DagBag(dag_folder=str(DAGS_FOLDER))


@pytest.fixture(scope="module")
def dag(dagbag):
    return dagbag.dags["capaian_nightly"]


def test_dag_folder_imports_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "capaian_nightly" in dagbag.dag_ids


def test_tasks_run_the_stages_in_order(dag):
    assert [t.task_id for t in dag.topological_sort()] == [
        "ingest", "facts", "analytics", "publish", "dq_gate"]
    # A straight line: each task waits for exactly the one before it.
    order = ["ingest", "facts", "analytics", "publish", "dq_gate"]
    for before, after in zip(order, order[1:]):
        assert dag.get_task(after).upstream_task_ids == {before}
    assert dag.get_task("ingest").upstream_task_ids == set()


def test_each_task_calls_its_capaian_subcommand(dag):
    expected = {"ingest": "ingest", "facts": "facts", "analytics": "analytics",
                "publish": "publish", "dq_gate": "check"}
    for task_id, command in expected.items():
        task = dag.get_task(task_id)
        assert task.bash_command == f'exec "$CAPAIAN_BIN" {command}'
        assert task.env["CAPAIAN_BIN"] == str(PROJECT / "bin" / "capaian")
        assert task.env["CAPAIAN_INPUT"] == "{{ params.input }}"
        assert task.env["CAPAIAN_WAREHOUSE"] == "{{ params.warehouse }}"
        assert task.env["CAPAIAN_LOAD"] == "{{ run_id }}"
        assert task.append_env is True
        assert task.skip_on_exit_code == [2]


def test_schedule_is_daily_without_catchup(dag):
    assert dag.schedule == "@daily" or str(dag.timetable.summary) == "@daily"
    assert dag.catchup is False
    assert dag.max_active_runs == 1
    assert dag.start_date.tzinfo is not None


def test_tasks_retry_and_time_out(dag):
    for task in dag.tasks:
        assert task.retries == 2
        assert task.retry_delay == timedelta(minutes=2)
        assert task.execution_timeout == timedelta(hours=2)


def test_params_name_the_input_and_warehouse_folders(dag):
    params = dag.params
    assert set(params.keys()) == {"input", "warehouse"}
    assert params["input"] == str(PROJECT / "data" / "samples")
    assert params["warehouse"] == str(PROJECT / "warehouse")


def test_params_accept_a_folder_from_the_run_conf_and_refuse_other_types(dag):
    params = copy.deepcopy(dag.params)
    params["input"] = "/data/corpus"
    assert params.validate() == {"input": "/data/corpus", "warehouse": str(PROJECT / "warehouse")}
    with pytest.raises(ParamValidationError):
        params["warehouse"] = 42


def test_a_usage_error_fails_the_task_without_retry(dag, monkeypatch):
    from airflow.providers.standard.operators.bash import BashOperator
    from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

    def skipped(self, context):
        raise AirflowSkipException("Bash command returned exit code 2. Skipping.")

    monkeypatch.setattr(BashOperator, "execute", skipped)
    with pytest.raises(AirflowFailException, match="exited 2"):
        dag.get_task("ingest").execute(context={})
