-- What a judged month's results were judged on: the newest IF-QUA / IF-TAX receipt (file_receipt.id, IMPORTED) whose
-- data they reflect, through the monthly run or the re-judgements after each import since, and the rule parameters
-- of its 課税年度. A monthly run of a month whose inputs did not change since has nothing to judge again
-- (docs/income-class.md). Null for months judged before: judged again in full by their next run.
alter table income_class_month
    add column inputs_receipt bigint,
    add column rules          text;
