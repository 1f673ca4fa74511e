package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric names of PromQL expressions, as MetricsIT reads them from the Grafana dashboard. */
class DashboardQueriesTest {

    @Test
    void metricNamesWithoutFunctionsLabelsRangesOrKeywords() {
        assertThat(DashboardQueries.metricNames("sum by (feed) (rate(hub_import_duration_seconds_sum[15m]))"
                + " / sum by (feed) (rate(hub_import_duration_seconds_count[15m]))"))
                .containsExactly("hub_import_duration_seconds_count", "hub_import_duration_seconds_sum");
        assertThat(DashboardQueries.metricNames("sum(increase(hub_files_total{outcome=~\"rejected|failed\"}[24h]))"))
                .containsExactly("hub_files_total");
        assertThat(DashboardQueries.metricNames("hub_a > 0 and on (job) hub_b offset 5m or vector(1)"))
                .containsExactly("hub_a", "hub_b");
        assertThat(DashboardQueries.metricNames("histogram_quantile(0.95, sum without (instance) (rate(x_bucket[1h])))"))
                .containsExactly("x_bucket");
        assertThat(DashboardQueries.metricNames("up{job=\"kokuho-hub\"} * 1e3")).containsExactly("up");
    }
}
