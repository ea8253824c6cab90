-- Staging view of the Parquet dataset trend_wirausaha: its contract's columns and types, nothing more.
create or replace view trend_wirausaha as
select * from {{dataset trend_wirausaha}};
