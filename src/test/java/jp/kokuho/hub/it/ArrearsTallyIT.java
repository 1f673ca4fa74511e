package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.arrears.ArrearsClass;
import jp.kokuho.hub.arrears.HouseholdArrears;
import jp.kokuho.hub.arrears.job.ArrearsSource;

/**
 * The tally of a household's IF-COL installments (rules/arrears.md: unpaid, t, 未納額, 未納期数, 特別事情区分 of any
 * row) where production does it: the rows of each case are put into {@code collection} as one household, the hub's
 * {@link ArrearsSource} reads them at D = 2026-10-31 (PostgreSQL tallies with {@code ArrearsRule.UNPAID_SQL}) and
 * the judged {@link HouseholdArrears} is compared. The class boundaries themselves are {@code ArrearsRuleTest}'s.
 */
class ArrearsTallyIT extends HubIntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 10, 31);
    private static final String HOUSEHOLD = "0000007001";

    @Autowired
    private ArrearsSource source;

    @BeforeEach
    void reset() {
        resetHub();
    }

    /** rows: 納期限:調定額:収納額, separated by spaces; expected: class, t, 未納額, 未納期数 */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            one installment due before D, unpaid        | 2026-09-30:10000:0                                    | 1 | 2026-09-30 | 10000 | 1
            due on D: not yet due                       | 2026-10-31:10000:0                                    | 0 |            | 0     | 0
            due after D: not yet due                    | 2026-11-30:10000:0                                    | 0 |            | 0     | 0
            due the day before D                        | 2026-10-30:10000:0                                    | 1 | 2026-10-30 | 10000 | 1
            paid in full                                | 2025-05-31:10000:10000                                | 0 |            | 0     | 0
            partly paid                                 | 2025-05-31:10000:4000                                 | 2 | 2025-05-31 | 6000  | 1
            調定額 0                                    | 2020-05-31:0:0                                        | 0 |            | 0     | 0
            過納 is not set against another installment | 2024-05-31:10000:25000 2026-06-30:10000:0             | 1 | 2026-06-30 | 10000 | 1
            過納 alone                                  | 2024-05-31:10000:25000                                | 0 |            | 0     | 0
            oldest unpaid decides, any 賦課年度         | 2022-07-31:8000:0 2026-07-31:9000:1000 2025-01-31:1:0 | 3 | 2022-07-31 | 16001 | 3
            rows in any order                           | 2026-07-31:9000:0 2025-10-30:9000:0                   | 2 | 2025-10-30 | 18000 | 2
            not yet due rows do not count               | 2026-09-30:5000:0 2026-11-30:5000:0 2027-01-31:5000:0 | 1 | 2026-09-30 | 5000  | 1
            """)
    void tally(String why, String rows, String expectedClass, LocalDate oldest, long amount, int count) {
        HouseholdArrears judged = tallied(rows);
        assertThat(judged.arrearsClass().code()).as(why).isEqualTo(expectedClass);
        assertThat(judged.oldestUnpaidDue()).as(why).isEqualTo(oldest);
        assertThat(judged.unpaidAmount()).as(why).isEqualTo(amount);
        assertThat(judged.unpaidCount()).as(why).isEqualTo(count);
    }

    @Test
    void specialCircumstanceOfAnyRowMarksTheHousehold() {
        // the second row alone has 特別事情区分 1
        HouseholdArrears judged = tallied("2025-05-31:10000:0 2025-06-30:10000:0:1");
        assertThat(judged.arrearsClass()).isEqualTo(ArrearsClass.SPECIAL_CIRCUMSTANCE);
        assertThat(judged.oldestUnpaidDue()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(judged.unpaidAmount()).isEqualTo(20000);
        assertThat(judged.unpaidCount()).isEqualTo(2);
    }

    /**
     * Puts the rows (納期限:調定額:収納額[:特別事情区分]) into {@code collection} as one household, in the order
     * given, and returns what the job's source judges for it at D.
     */
    private HouseholdArrears tallied(String rows) {
        int installment = 0;
        for (String row : rows.trim().split("\\s+")) {
            String[] f = row.split(":");
            LocalDate due = LocalDate.parse(f[0]);
            installment++;
            jdbc.update("insert into collection (household_no, fiscal_year, installment, due_date, assessed, paid,"
                            + " last_paid_on, special_circumstance, record_no, receipt_id)"
                            + " values (?, ?, ?, ?, ?, ?, null, ?, ?, 0)",
                    HOUSEHOLD, due.getYear(), installment, due, Long.parseLong(f[1]), Long.parseLong(f[2]),
                    f.length > 3 ? Integer.parseInt(f[3]) : 0, installment);
        }
        List<ArrearsSource.Household> households = new ArrayList<>();
        long[] total = {-1};
        source.stream(D, null, n -> total[0] = n, households::add);
        assertThat(total[0]).isEqualTo(1);
        assertThat(households).singleElement().satisfies(h -> {
            assertThat(h.householdNo()).isEqualTo(HOUSEHOLD);
            assertThat(h.insured()).as("no IF-QUA rows").isEmpty();
        });
        return households.get(0).arrears();
    }
}
