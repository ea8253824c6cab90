-- Staging view of the Parquet dataset trend_budget_realization: its contract's columns and types, nothing more.
create or replace view trend_budget_realization as
select * from {{dataset trend_budget_realization}};
