-- Staging view of the Parquet dataset trend_koperasi_aktif: its contract's columns and types, nothing more.
create or replace view trend_koperasi_aktif as
select * from {{dataset trend_koperasi_aktif}};
