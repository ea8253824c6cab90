-- Staging view of the Parquet dataset facts: its contract's columns and types, nothing more.
create or replace view facts as
select * from {{dataset facts}};
