-- Staging view of the Parquet dataset doc_tables: its contract's columns and types, nothing more.
create or replace view doc_tables as
select * from {{dataset doc_tables}};
