package jp.kokuho.hub.incomeclass;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Re-judgement on change (6.5.1.2), called by the route {@code income-class-rejudge} with a claim check
 * {@code {"batchId","feed","interfaceId"}} from {@code hub.imported}:
 * <ul>
 * <li>IF-TAX batch: the households of the persons in the batch (tax_income.receipt_id), for every judged month
 *     whose 課税年度 is one the batch touched;</li>
 * <li>IF-QUA batch (a whole new snapshot): the households it added, changed or removed as the judgement reads them
 *     ({@link HouseholdDigests}; every household the first time), for every judged month from
 *     {@code hub.income-class.rejudge-months-back} months before the current month on.</li>
 * </ul>
 * Months never judged are judged on demand later. The changes go to the next 所得区分変更一覧. A claim check
 * delivered twice re-judges again (harmless: same result) and is counted.
 */
@Component("incomeClassRejudge")
public class IncomeClassRejudge {

    private static final Logger log = LoggerFactory.getLogger(IncomeClassRejudge.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncomeClassService service;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int monthsBack;
    private final HouseholdDigests digests;

    public IncomeClassRejudge(IncomeClassService service, JdbcTemplate jdbc, Clock clock, IncomeClassProperties properties,
                              HouseholdDigests digests) {
        this.service = service;
        this.jdbc = jdbc;
        this.clock = clock;
        this.monthsBack = properties.monthsBack();
        this.digests = digests;
    }

    public String onClaimCheck(String body) throws Exception {
        JsonNode n = JSON.readTree(body);
        long batchId = n.path("batchId").asLong();
        String feed = n.path("feed").asText();
        String interfaceId = n.path("interfaceId").asText(null);
        List<YearMonth> judged = jdbc.queryForList("select target_month from income_class_month order by 1", String.class)
                .stream().map(s -> YearMonth.parse(s, IncomeClassService.YYYYMM)).toList();
        List<YearMonth> months = new ArrayList<>();
        long households = 0;
        if (feed.equals("qualification") || feed.equals("tax")) {
            // the import has just replaced or grown the table this work reads: planner statistics for it now,
            // not when autovacuum comes round (a fresh snapshot otherwise looks like the previous one, or empty)
            jdbc.execute(feed.equals("tax") ? "analyze tax_income" : "analyze qualification");
        }
        if (feed.equals("qualification")) {
            YearMonth from = YearMonth.now(clock).minusMonths(monthsBack);
            List<YearMonth> concerned = judged.stream().filter(m -> !m.isBefore(from)).toList();
            // only households the new snapshot changed (all of them without stored digests); digests stored
            // afterwards, so a redelivered claim check after a failure finds the same households again. With no
            // judged month concerned, only the digests are stored (a month judged later starts from this snapshot).
            // One digest query either way: the comparison records the changes, store() applies them.
            List<String> changed = digests.changed(batchId);
            for (YearMonth m : concerned) {
                if (changed == null) {
                    households = Math.max(households, service.judgeMonth(m).households());
                    months.add(m);
                } else if (!changed.isEmpty()) {
                    service.judgeHouseholds(m, changed);
                    households = changed.size();
                    months.add(m);
                }
            }
            digests.store(batchId);
            // the months re-judged (or with no household changed) now reflect this snapshot; older judged months
            // outside the window do not, and are judged again by their next monthly run
            service.markCurrent(concerned, batchId);
        } else if (feed.equals("tax")) {
            Set<Integer> years = new TreeSet<>(jdbc.queryForList(
                    "select distinct tax_year::int from tax_income where receipt_id = ?", Integer.class, batchId));
            List<YearMonth> concerned = judged.stream().filter(m -> years.contains(IncomeClassJudge.taxYearOf(m))).toList();
            if (!concerned.isEmpty()) {
                List<String> touched = jdbc.queryForList("""
                        select distinct q.household_no from tax_income t join qualification q on q.person_no = t.person_no
                        where t.receipt_id = ?""", String.class, batchId);
                households = touched.size();
                for (YearMonth m : concerned) {
                    if (!touched.isEmpty()) {
                        service.judgeHouseholds(m, touched);
                        months.add(m);
                    }
                }
            }
            // every judged month reflects this batch now: re-judged, or of a 課税年度 the batch did not touch
            service.markCurrent(judged, batchId);
        }
        String monthText = String.join(",", months.stream().map(YearMonth::toString).toList());
        jdbc.update("""
                insert into income_class_rejudge (batch_id, feed, interface_id, received_at, households, months)
                values (?, ?, ?, now(), ?, ?)
                on conflict (batch_id) do update set received = income_class_rejudge.received + 1,
                    received_at = excluded.received_at, households = excluded.households, months = excluded.months""",
                batchId, feed, interfaceId, households, monthText.length() > 500 ? monthText.substring(0, 500) : monthText);
        if (months.isEmpty()) { // nothing re-judged (e.g. an IF-COL import): not an event for operators
            log.debug("income class re-judgement for batch {} ({}): nothing to re-judge", batchId, feed);
        } else {
            log.info("income class re-judgement for batch {} ({}): {} households, months [{}]", batchId, feed,
                    households, monthText);
        }
        return monthText;
    }
}
