-- Staging view of the Parquet dataset dq_findings: its contract's columns and types, nothing more.
create or replace view dq_findings as
select * from {{dataset dq_findings}};
