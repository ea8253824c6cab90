-- Staging view of the Parquet dataset facts_skipped: its contract's columns and types, nothing more.
create or replace view facts_skipped as
select * from {{dataset facts_skipped}};
