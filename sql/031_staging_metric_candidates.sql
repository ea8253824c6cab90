-- Staging view of the Parquet dataset metric_candidates: its contract's columns and types, nothing more.
create or replace view metric_candidates as
select * from {{dataset metric_candidates}};
