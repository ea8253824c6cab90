-- Staging view of the Parquet dataset cells: its contract's columns and types, nothing more.
create or replace view cells as
select * from {{dataset cells}};
