-- Staging view of the Parquet dataset document_lines: its contract's columns and types, nothing more.
create or replace view document_lines as
select * from {{dataset document_lines}};
