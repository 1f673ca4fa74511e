-- The effective 所得区分 of each judged month and 被保険者: the computed class, or the newest active 職権修正 of the
-- household covering the month and the age group (A… for 70歳未満, B… for 70–74). One definition, read by the
-- inquiry (API, console), the 職権修正 change records, IF-AGG-INC and the 事業月報 (issue 19: it was a SQL string
-- spliced into four classes). PostgreSQL inlines the view: a condition on target_month / household_no / insured_no
-- reaches income_class_result's indexes as before. The columns are named, so a column added to
-- income_class_result (or a change to members_key, which no reader needs) does not touch the view; a type change of
-- a column named here must drop and create the view again in its migration.
create view income_class_effective as
select r.target_month, r.household_no, r.person_no, r.insured_no, r.branch_no, r.age_group, r.income_class,
       r.tax_year, r.unreported, r.rule, r.s_amount, r.k_amount, r.revenue_sum, r.basis, r.decided_on,
       coalesce(o.income_class, r.income_class) effective_class, o.id override_id
from income_class_result r
left join lateral (
    select o.id, o.income_class from income_class_override o
    where o.household_no = r.household_no and o.withdrawn_at is null
      and r.target_month between o.from_month and o.to_month
      and left(o.income_class, 1) = case r.age_group when 1 then 'A' else 'B' end
    order by o.id desc limit 1) o on true;
