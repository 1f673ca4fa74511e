package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * 6.3.1.1 end to end: IF-QUA and IF-COL dropped into the inbox, {@code POST /api/jobs/arrears}, then IF-SOGO-ARR
 * compared byte by byte with records derived here from the test's own input rows (not by the production rule),
 * the 滞納区分一覧 with 前回滞納区分 and 変更 on a second run, a rerun replacing the file, and an empty result.
 */
class ArrearsIT extends HubIntegrationTest {

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 10, 31);

    /** one IF-COL row as the test wrote it */
    record Col(long household, int year, int installment, LocalDate due, long assessed, long paid, int special) {
        String csv() {
            return String.format("%010d,%d,%d,%s,%d,%d,%s,%d\r\n", household, year, installment, due.format(YMD),
                    assessed, paid, paid > 0 ? due.format(YMD) : "", special);
        }
    }

    private final List<Col> col = new ArrayList<>();
    private final List<QuaData> qua = new ArrayList<>();

    @BeforeEach
    void reset() {
        resetHub();
    }

    @Test
    void fileAndListAreDerivedFromTheSnapshotsAndTheSecondRunShowsChanges() throws Exception {
        // 5001: class 2 (t = 2025-09-30); adult, child born 2010, born 2008-04-02 (child until 2027-03-31),
        // born 2008-04-01 (child until 2026-03-31); members listed out of 枝番 order
        person(5001, 4, "0", LocalDate.of(2008, 4, 1));
        person(5001, 1, "1", LocalDate.of(1975, 5, 5));
        person(5001, 3, "0", LocalDate.of(2008, 4, 2));
        person(5001, 2, "0", LocalDate.of(2010, 8, 8));
        col.add(new Col(5001, 2025, 6, LocalDate.of(2025, 9, 30), 12000, 2000, 0));
        col.add(new Col(5001, 2025, 7, LocalDate.of(2025, 10, 31), 12000, 0, 0));
        col.add(new Col(5001, 2026, 1, LocalDate.of(2026, 11, 30), 12000, 0, 0)); // not yet due
        // 5002: t = 2025-10-31 = D - 1 year exactly: class 1; a 過納 row is not set against the unpaid one
        person(5002, 1, "1", LocalDate.of(1960, 1, 2));
        col.add(new Col(5002, 2024, 3, LocalDate.of(2024, 8, 31), 10000, 30000, 0));
        col.add(new Col(5002, 2025, 7, LocalDate.of(2025, 10, 31), 10000, 1, 0));
        // 5003: t = 2025-04-29, D > t + 18 months: class 3, also for the child
        person(5003, 1, "1", LocalDate.of(1985, 3, 3));
        person(5003, 2, "0", LocalDate.of(2015, 4, 1));
        col.add(new Col(5003, 2025, 1, LocalDate.of(2025, 4, 29), 9000, 0, 0));
        // 5004: 特別事情区分 1, D > t + 1 year: class 9, also for the child
        person(5004, 1, "1", LocalDate.of(1990, 9, 9));
        person(5004, 2, "0", LocalDate.of(2012, 12, 12));
        col.add(new Col(5004, 2025, 5, LocalDate.of(2025, 8, 31), 7000, 0, 1));
        col.add(new Col(5004, 2026, 5, LocalDate.of(2026, 8, 31), 7000, 0, 1));
        // 5005: everything paid: class 0, not in the file
        person(5005, 1, "1", LocalDate.of(1970, 7, 7));
        col.add(new Col(5005, 2026, 1, LocalDate.of(2026, 6, 30), 5000, 5000, 0));
        // 5006: unpaid, but its only 被保険者 lost 資格 before D: left out
        QuaData lost = person(5006, 1, "1", LocalDate.of(1965, 6, 6));
        lost.setLostOn(LocalDate.of(2026, 10, 1));
        lost.setLossReason("01");
        col.add(new Col(5006, 2025, 1, LocalDate.of(2025, 4, 30), 8000, 0, 0));
        // 5007: a 擬制世帯主 (not insured, not in the file) and an insured member; class 1
        QuaData head = person(5007, 1, "1", LocalDate.of(1950, 2, 2));
        head.setMemberType("2");
        head.setInsuredNo(null);
        head.setBranchNo(null);
        head.setAcquiredOn(null);
        head.setAcquireReason(null);
        person(5007, 2, "0", LocalDate.of(1978, 10, 10));
        col.add(new Col(5007, 2026, 4, LocalDate.of(2026, 9, 30), 6000, 0, 0));
        // 5008: in IF-QUA only; 5009: in IF-COL only (no insured member: left out)
        person(5008, 1, "1", LocalDate.of(1988, 8, 8));
        col.add(new Col(5009, 2025, 2, LocalDate.of(2025, 5, 31), 4000, 0, 0));
        // 5010: a member who joins after D is not in the file
        person(5010, 1, "1", LocalDate.of(1982, 1, 1));
        person(5010, 2, "0", LocalDate.of(1983, 1, 1)).setAcquiredOn(LocalDate.of(2026, 11, 1));
        col.add(new Col(5010, 2026, 3, LocalDate.of(2026, 7, 31), 3000, 0, 0));

        importSnapshots();

        LocalDate first = SNAPSHOT;
        Map<String, Object> run = runJob(first);
        Path sogo = dirs.outbox("to-sogo").resolve("SOGOARR_" + INSURER + "_20261031.dat");
        List<String> expected = expectedRecords(first);
        assertSogoFile(sogo, first, expected);
        assertThat(run.get("files")).isEqualTo(List.of("outbox/to-sogo/SOGOARR_139998_20261031.dat",
                "outbox/arrears/滞納区分一覧_20261031.csv"));
        assertThat(run.get("message")).isEqualTo("IF-COL 2026-10-31, IF-QUA 2026-10-31; no previous run");
        Map<?, ?> counts = (Map<?, ?>) run.get("counts");
        assertThat(counts.get("households")).isEqualTo(9);
        assertThat(counts.get("records")).isEqualTo(expected.size());
        assertThat(counts.get("householdsWithoutInsured")).isEqualTo(2);
        assertThat(checkLayout(sogo)).contains(expected.size() + " data records, 0 problems");

        assertThat(staffList(first)).containsExactly(
                "世帯番号,滞納区分,最古未納納期限,未納額,未納期数,前回滞納区分,変更",
                "0000005001,2,20250930,22000,2,,",
                "0000005002,1,20251031,9999,1,,",
                "0000005003,3,20250429,9000,1,,",
                "0000005004,9,20250831,14000,2,,",
                "0000005007,1,20260930,6000,1,,",
                "0000005010,1,20260731,3000,1,,");

        // a month later on the same snapshots: 5002 passes t + 1 year (1 -> 2, 変更); 5001's installment due
        // 2026-11-30 is now before D and unpaid (3 installments)
        LocalDate second = LocalDate.of(2026, 12, 1);
        runJob(second);
        Path sogo2 = dirs.outbox("to-sogo").resolve("SOGOARR_" + INSURER + "_20261201.dat");
        List<String> expected2 = expectedRecords(second);
        assertSogoFile(sogo2, second, expected2);
        assertThat(staffList(second)).containsExactly(
                "世帯番号,滞納区分,最古未納納期限,未納額,未納期数,前回滞納区分,変更",
                "0000005001,2,20250930,34000,3,2,",
                "0000005002,2,20251031,9999,1,1,変更",
                "0000005003,3,20250429,9000,1,3,",
                "0000005004,9,20250831,14000,2,9,",
                "0000005007,1,20260930,6000,1,1,",
                "0000005010,1,20260731,3000,1,1,");

        // a rerun for the same date replaces the file and the results (compared again with the run before it)
        Files.write(sogo2, "stale".getBytes(StandardCharsets.US_ASCII));
        runJob(second);
        assertSogoFile(sogo2, second, expected2);
        assertThat(staffList(second)).contains("0000005002,2,20251031,9999,1,1,変更");
        assertThat(jdbc.queryForObject("select count(*) from arrears_run", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from arrears_result where base_date = ?", Integer.class,
                second)).isEqualTo(9);
        // a new IF-COL snapshot: 5007 has paid; on 2026-12-15 it is back to 0 and listed as a change
        col.removeIf(r -> r.household() == 5007);
        col.add(new Col(5007, 2026, 4, LocalDate.of(2026, 9, 30), 6000, 6000, 0));
        String colName = "COL_" + INSURER + "_20261215.csv";
        drop("collection", colName, col.stream().map(Col::csv).collect(Collectors.joining()).getBytes(MS932));
        awaitArchived("collection", colName);
        LocalDate third = LocalDate.of(2026, 12, 15);
        Map<String, Object> run3 = runJob(third);
        assertThat(run3.get("message")).isEqualTo("IF-COL 2026-12-15, IF-QUA 2026-10-31; previous run 2026-12-01");
        assertSogoFile(dirs.outbox("to-sogo").resolve("SOGOARR_" + INSURER + "_20261215.dat"), third,
                expectedRecords(third));
        assertThat(staffList(third)).contains("0000005007,0,,0,0,1,変更")
                .noneMatch(row -> row.startsWith("0000005005,")); // 0 before and now: not listed

        try (var listing = Files.list(dirs.outbox("to-sogo"))) {
            assertThat(listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("no temporary file left").isEmpty();
        }
    }

    @Test
    void nothingInArrearsGivesHeaderAndTrailerOnly() throws Exception {
        person(6001, 1, "1", LocalDate.of(1970, 1, 1));
        col.add(new Col(6001, 2026, 1, LocalDate.of(2026, 6, 30), 5000, 5000, 0));
        col.add(new Col(6001, 2026, 2, LocalDate.of(2026, 10, 31), 5000, 0, 0)); // due on D: not yet unpaid
        col.add(new Col(6001, 2026, 3, LocalDate.of(2026, 7, 31), 5000, 9000, 0)); // 過納
        importSnapshots();

        Map<String, Object> run = runJob(SNAPSHOT);
        Path sogo = dirs.outbox("to-sogo").resolve("SOGOARR_" + INSURER + "_20261031.dat");
        assertSogoFile(sogo, SNAPSHOT, List.of());
        assertThat(Files.size(sogo)).isEqualTo(2 * 82);
        assertThat(((Map<?, ?>) run.get("counts")).get("records")).isEqualTo(0);
        assertThat(checkLayout(sogo)).contains("0 data records, 0 problems");
        assertThat(staffList(SNAPSHOT)).containsExactly("世帯番号,滞納区分,最古未納納期限,未納額,未納期数,前回滞納区分,変更");
    }

    @Test
    void badDateIsRejected() {
        ResponseEntity<Map> bad = api().postForEntity("/api/jobs/arrears?date=2026-02-30", null, Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void withoutSnapshotsTheJobFailsAndWritesNothing() throws IOException {
        Path sogo = dirs.outbox("to-sogo").resolve("SOGOARR_" + INSURER + "_20261031.dat");
        Files.deleteIfExists(sogo); // the data dir is shared by the tests
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/arrears?date=2026-10-31", null, Map.class);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "FAILED".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        assertThat((String) api().getForObject("/api/jobs/" + id, Map.class).get("error"))
                .contains("no IF-COL snapshot has been imported yet");
        assertThat(sogo).doesNotExist();
    }

    // ------------------------------------------------------------------------------------------------------
    // the test's own derivation of IF-SOGO-ARR from its input rows (rules/arrears.md), as text

    private List<String> expectedRecords(LocalDate d) {
        Map<Long, List<Col>> byHousehold = col.stream().collect(Collectors.groupingBy(Col::household, TreeMap::new,
                Collectors.toList()));
        List<String> records = new ArrayList<>();
        byHousehold.forEach((household, rows) -> {
            List<Col> unpaid = rows.stream().filter(r -> r.assessed() > r.paid() && r.due().isBefore(d)).toList();
            if (unpaid.isEmpty()) {
                return;
            }
            LocalDate t = unpaid.stream().map(Col::due).min(Comparator.naturalOrder()).orElseThrow();
            long amount = unpaid.stream().mapToLong(r -> r.assessed() - r.paid()).sum();
            boolean special = rows.stream().anyMatch(r -> r.special() == 1);
            char cls = special && d.isAfter(t.plusYears(1)) ? '9'
                    : d.isAfter(t.plusMonths(18)) ? '3'
                    : d.isAfter(t.plusYears(1)) ? '2' : '1';
            qua.stream()
                    .filter(q -> Long.parseLong(q.getHouseholdNo()) == household && q.getMemberType().equals("1"))
                    .filter(q -> !q.getAcquiredOn().isAfter(d) && (q.getLostOn() == null || d.isBefore(q.getLostOn())))
                    .sorted(Comparator.comparing(QuaData::getInsuredNo).thenComparing(QuaData::getBranchNo))
                    .forEach(q -> {
                        char member = cls == '2' && childOn(q.getBirthDate(), d) ? '1' : cls;
                        records.add("2" + INSURER + q.getHouseholdNo() + q.getInsuredNo() + q.getBranchNo() + member
                                + t.format(YMD) + String.format("%010d%03d", amount, unpaid.size()) + d.format(YMD)
                                + " ".repeat(23));
                    });
        });
        return records;
    }

    /** 18歳年度末: those born 2 April – 1 April reach 18 within one school year; child until its 31 March */
    private static boolean childOn(LocalDate birth, LocalDate d) {
        boolean earlyBorn = birth.getMonthValue() < 4 || (birth.getMonthValue() == 4 && birth.getDayOfMonth() == 1);
        int yearOfEnd = birth.getYear() + (earlyBorn ? 18 : 19);
        return !d.isAfter(LocalDate.of(yearOfEnd, 3, 31));
    }

    // ------------------------------------------------------------------------------------------------------

    private QuaData person(long household, long seq, String headFlag, LocalDate birth) {
        QuaData d = QuaFile.insured(household, seq, headFlag, "ﾃｽﾄ ﾀﾛｳ", "試験　太郎", birth);
        qua.add(d);
        return d;
    }

    private void importSnapshots() {
        QuaFile file = QuaFile.of(INSURER, SNAPSHOT);
        qua.forEach(file::add);
        String quaName = QuaFile.name(INSURER, SNAPSHOT);
        String colName = "COL_" + INSURER + "_" + SNAPSHOT.format(YMD) + ".csv";
        drop("qualification", quaName, file.bytes());
        drop("collection", colName, col.stream().map(Col::csv).collect(Collectors.joining()).getBytes(MS932));
        awaitArchived("qualification", quaName);
        awaitArchived("collection", colName);
        assertThat(jdbc.queryForObject("select count(*) from collection", Integer.class)).isEqualTo(col.size());
        assertThat(jdbc.queryForObject("select count(*) from qualification", Integer.class)).isEqualTo(qua.size());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runJob(LocalDate d) {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/arrears?date=" + d, null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done.get("status")).as(String.valueOf(done.get("error"))).isEqualTo("SUCCEEDED");
        assertThat(done.get("parameter")).isEqualTo(d.toString());
        return done;
    }

    private void assertSogoFile(Path file, LocalDate d, List<String> expectedData) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, MS932);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n", -1)).subList(0, text.split("\r\n", -1).length - 1);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).format(YMD);
        assertThat(lines.get(0)).isEqualTo("1SOGOARR1" + INSURER + today + d.format(YMD) + " ".repeat(49));
        assertThat(lines.subList(1, lines.size() - 1)).containsExactlyElementsOf(expectedData);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(String.format("9%07d", expectedData.size()) + " ".repeat(72));
        assertThat(bytes.length).isEqualTo(82 * (expectedData.size() + 2));
    }

    private List<String> staffList(LocalDate d) throws IOException {
        Path list = dirs.outbox("arrears").resolve("滞納区分一覧_" + d.format(YMD) + ".csv");
        String text = new String(Files.readAllBytes(list), MS932);
        assertThat(text).endsWith("\r\n");
        return List.of(text.split("\r\n"));
    }

    private static String checkLayout(Path file) throws IOException, InterruptedException, URISyntaxException {
        Path checker = Path.of(ArrearsIT.class.getResource("/contract/tools/check-layout.py").toURI());
        Process p = new ProcessBuilder("python3", checker.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
