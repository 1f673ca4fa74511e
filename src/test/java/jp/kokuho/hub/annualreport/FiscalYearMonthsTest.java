package jp.kokuho.hub.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Which months of a fiscal year a 事業年報 covers on a given day: a month has ended when its last day is before it. */
class FiscalYearMonthsTest {

    @Test
    void allTwelveEndedIsFinalAndCrossesTheCalendarYear() {
        FiscalYearMonths fy = FiscalYearMonths.endedBy(2026, LocalDate.of(2027, 4, 1));
        assertThat(fy.complete()).isTrue();
        assertThat(fy.status()).isEqualTo("確定");
        assertThat(fy.count()).isEqualTo(12);
        assertThat(fy.months().get(0)).isEqualTo(YearMonth.of(2026, 4));
        assertThat(fy.months().get(8)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(fy.months().get(9)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(fy.last()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(fy.coverage()).isEqualTo("2026年4月～2027年3月（12か月）");
        assertThat(FiscalYearMonths.endedBy(2020, LocalDate.of(2027, 4, 1)).complete()).isTrue();
    }

    @Test
    void onTheLastDayOfMarchMarchHasNotEnded() {
        FiscalYearMonths fy = FiscalYearMonths.endedBy(2026, LocalDate.of(2027, 3, 31));
        assertThat(fy.complete()).isFalse();
        assertThat(fy.status()).isEqualTo("速報");
        assertThat(fy.count()).isEqualTo(11);
        assertThat(fy.last()).isEqualTo(YearMonth.of(2027, 2));
    }

    @Test
    void yearToDateOverTheEndedMonths() {
        FiscalYearMonths fy = FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 11, 30));
        assertThat(fy.count()).isEqualTo(7);
        assertThat(fy.last()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(fy.coverage()).isEqualTo("2026年4月～2026年10月（7か月）");
        assertThat(FiscalYearMonths.endedBy(2026, LocalDate.of(2027, 1, 1)).last()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(FiscalYearMonths.endedBy(2026, LocalDate.of(2027, 2, 1)).last()).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void aprilOnly() {
        FiscalYearMonths fy = FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 5, 1));
        assertThat(fy.months()).containsExactly(YearMonth.of(2026, 4));
        assertThat(fy.status()).isEqualTo("速報");
        assertThat(FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 5, 31)).count()).isEqualTo(1);
    }

    @Test
    void aYearNoneOfWhoseMonthsHasEndedIsRefused() {
        assertThatThrownBy(() -> FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 4, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fiscal year 2026")
                .hasMessageContaining("none of its months has ended on 2026-04-30")
                .hasMessageContaining("2026-05-01");
        assertThatThrownBy(() -> FiscalYearMonths.endedBy(2027, LocalDate.of(2026, 11, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 1, 15)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
