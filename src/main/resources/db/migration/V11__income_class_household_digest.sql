-- What each household of the IF-QUA snapshot looked like when its classes were last re-judged (a digest of the
-- columns the judgement reads): an IF-QUA import then re-judges only the households whose digest changed.
create table income_class_household_digest (
    household_no char(10) primary key,
    digest       char(32) not null
);
