package jp.kokuho.hub.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The console's job forms: Japanese reasons for what a job would refuse. */
class JobParameterTest {

    @Test
    void monthIsRequiredAndReal() {
        JobParameter month = JobParameter.month("対象年月", YearMonth.of(2026, 10));
        assertThat(month.problem("2026-10")).isNull();
        assertThat(month.problem(" ")).isEqualTo("対象年月を入力してください。");
        assertThat(month.problem("2026-13")).isEqualTo("対象年月は YYYY-MM の形式の正しい年月で入力してください (例: 2026-10、入力: 2026-13)。");
        assertThat(month.problem("202610")).startsWith("対象年月は YYYY-MM の形式");
    }

    @Test
    void dateMayBeLeftEmptyButMustExist() {
        JobParameter date = JobParameter.date("基準年月日", LocalDate.of(2026, 11, 30));
        assertThat(date.problem("")).isNull();
        assertThat(date.problem("2026-02-29")).isEqualTo("基準年月日は YYYY-MM-DD の形式の正しい日付で入力してください (例: 2026-10-31、入力: 2026-02-29)。");
        assertThat(date.problem("2028-02-29")).isNull();
    }

    @Test
    void formsFollowTheJobsShape() {
        MonthJob monthly = new MonthJob() {
            public String name() { return "m"; }
            public JobResult run(String parameter, JobContext context) { return null; }
        };
        assertThat(monthly.form(LocalDate.of(2026, 11, 30))).singleElement()
                .satisfies(p -> assertThat(p.defaultValue()).isEqualTo("2026-11"))
                .satisfies(p -> assertThat(p.kind().inputType()).isEqualTo("month"));
        FiscalYearJob annual = new FiscalYearJob() {
            public String name() { return "a"; }
            public JobResult run(String parameter, JobContext context) { return null; }
        };
        JobParameter year = annual.form(LocalDate.of(2027, 4, 15)).get(0);
        assertThat(year.name()).isEqualTo("fiscalYear");
        assertThat(year.defaultValue()).isEqualTo("2026");
        assertThat(year.problem("26")).startsWith("年度は YYYY の形式");
    }
}
