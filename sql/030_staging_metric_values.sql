-- Staging view of the Parquet dataset metric_values: its contract's columns and types, nothing more.
create or replace view metric_values as
select * from {{dataset metric_values}};
