-- Keys the spec makes unique are enforced by unique indexes: a valid file (the usual case) is checked while it
-- is copied in, without a pass over the whole table; a file that breaks one is taken in again in detail to list
-- every offending record (ImportUnit). The indexes also serve the lookups of later flows (資格確認 by 被保険者番号).
drop index qualification_person;
drop index qualification_insured;
drop index qualification_household;
create unique index qualification_person on qualification (person_no);
create unique index qualification_insured on qualification (insured_no, branch_no) where member_type = 1;
-- at most one 世帯主 per household (at least one is checked by counting)
create unique index qualification_head on qualification (household_no) where head_flag = 1;

drop index collection_household;
create unique index collection_key on collection (household_no, fiscal_year, installment);
