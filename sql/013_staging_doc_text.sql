-- Staging view of the Parquet dataset doc_text: its contract's columns and types, nothing more.
create or replace view doc_text as
select * from {{dataset doc_text}};
