-- Staging view of the Parquet dataset latest_values: its contract's columns and types, nothing more.
create or replace view latest_values as
select * from {{dataset latest_values}};
