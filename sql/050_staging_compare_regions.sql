-- Staging view of the Parquet dataset compare_regions: its contract's columns and types, nothing more.
create or replace view compare_regions as
select * from {{dataset compare_regions}};
