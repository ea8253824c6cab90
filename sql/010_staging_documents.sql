-- Staging view of the Parquet dataset documents: its contract's columns and types, nothing more.
create or replace view documents as
select * from {{dataset documents}};
