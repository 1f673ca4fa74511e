package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 所得区分判定 end to end on the shipped samples: import IF-QUA and IF-TAX, run the monthly job, write IF-AGG-INC,
 * and re-derive every record of the file from the sample files with a derivation of this test's own.
 */
class IncomeClassIT extends HubIntegrationTest {

    static final Path SAMPLES = Path.of("samples");
    static final String QUA = "QUA_139998_20261031.dat";
    static final String TAX = "TAX_139998_20261101.csv";

    @BeforeEach
    void importSamples() throws IOException {
        resetHub();
        drop("qualification", QUA, Files.readAllBytes(SAMPLES.resolve("qualification").resolve(QUA)));
        awaitArchived("qualification", QUA);
        drop("tax", TAX, Files.readAllBytes(SAMPLES.resolve("tax").resolve(TAX)));
        awaitArchived("tax", TAX);
        // both claim checks consumed before the test starts (nothing judged yet: they re-judge nothing)
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge", Integer.class) == 2);
    }

    @Test
    void householdIncomeFileOfTheSamplesIsReDerivedRecordByRecord() throws Exception {
        for (String month : List.of("2026-10", "2026-07")) {
            Map<String, Object> job = runJob("household-income-file", month);
            assertThat(job).containsEntry("status", "SUCCEEDED");
            String ym = month.replace("-", "");
            Path file = dirs.outbox("to-aggregation").resolve("AGGINC_139998_" + ym + ".dat");
            assertThat((List<String>) job.get("files")).containsExactly("outbox/to-aggregation/AGGINC_139998_" + ym + ".dat");

            Process p = new ProcessBuilder("python3", Path.of("src/test/resources/contract/tools/check-layout.py").toString(),
                    file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();

            List<String> expected = Derivation.derive(SAMPLES.resolve("qualification").resolve(QUA),
                    SAMPLES.resolve("tax").resolve(TAX), YearMonth.parse(month));
            String[] lines = new String(Files.readAllBytes(file), MS932).split("\r\n");
            assertThat(lines[0]).startsWith("1AGGINC01139998" + LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                    .toString().replace("-", "") + ym);
            List<String> data = new ArrayList<>();
            for (int i = 1; i < lines.length - 1; i++) {
                assertThat(lines[i]).hasSize(100);
                data.add(lines[i].substring(0, 41)); // up to 未申告区分; 判定年月日 is the run's date
            }
            assertThat(out).contains(expected.size() + " data records, 0 problems");
            assertThat(data).containsExactlyElementsOf(expected);
            assertThat(lines[lines.length - 1]).startsWith(String.format("9%07d", expected.size())).hasSize(100);
            assertThat(expected).isNotEmpty();
        }
        // the classes of the samples cover more than one rule
        assertThat(jdbc.queryForList("select distinct income_class from income_class_result", String.class).size())
                .isGreaterThan(3);
    }

    @Test
    void monthlyJobInquiryOverrideChangeListAndRejudgement() throws Exception {
        assertThat(api().postForEntity("/api/jobs/income-class?month=2026-13", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, Object> first = runJob("income-class", "2026-10");
        assertThat(first).containsEntry("status", "SUCCEEDED");
        long persons = jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'", Long.class);
        assertThat(((Map<String, Number>) first.get("counts")).get("persons").longValue()).isEqualTo(persons);
        // the first month ever judged has no class to compare with (neither 2026-10 nor 2026-09 judged before): no
        // change is recorded, so no 所得区分変更一覧 listing everyone as 新規 (docs/income-class.md)
        assertThat((List<?>) first.get("files")).isEmpty();
        assertThat((String) first.get("message")).contains("the first month judged");
        assertThat(jdbc.queryForObject("select count(*) from income_class_change", Long.class)).isZero();
        // a rerun with no import since: the month is current, nothing is judged again, nothing duplicated
        Map<String, Object> rerun = runJob("income-class", "2026-10");
        assertThat(jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'", Long.class))
                .isEqualTo(persons);
        assertThat(((Map<String, Number>) rerun.get("counts")).get("changes").longValue()).isZero();
        assertThat(((Map<String, Number>) rerun.get("counts")).get("households").longValue()).isZero();
        assertThat(((Map<String, Number>) rerun.get("counts")).get("persons").longValue()).isEqualTo(persons);
        assertThat((String) rerun.get("message")).contains("2026-10 is current");
        // the next month compares with this one: one row per 被保険者 whose class differs from 2026-10 or who is new
        Map<String, Object> november = runJob("income-class", "2026-11");
        long differing = jdbc.queryForObject("""
                select count(*) from income_class_result n left join income_class_result b on b.target_month = '202610'
                    and b.insured_no = n.insured_no and b.branch_no = n.branch_no
                where n.target_month = '202611' and b.income_class is distinct from n.income_class""", Long.class);
        assertThat(((Map<String, Number>) november.get("counts")).get("changes").longValue()).isEqualTo(differing);
        if (differing > 0) {
            Path list = dirs.root().resolve((String) ((List<?>) november.get("files")).get(0));
            List<String> rows = List.of(new String(Files.readAllBytes(list), MS932).split("\r\n"));
            assertThat(rows.get(0)).isEqualTo("世帯番号,被保険者番号,枝番,氏名カナ,年齢区分,対象年月,変更前所得区分,変更後所得区分,変更事由,判定根拠");
            assertThat(rows).hasSize((int) differing + 1);
            assertThat(rows.subList(1, rows.size())).allMatch(r -> r.contains(",202611,"));
        }

        // inquiry
        Map<String, Object> row = jdbc.queryForMap(
                "select insured_no, branch_no, household_no, income_class, age_group from income_class_result"
                        + " where target_month = '202610' and age_group = 1 order by insured_no limit 1");
        String insured = (String) row.get("insured_no");
        String branch = (String) row.get("branch_no");
        Map<String, Object> answer = api().getForObject(
                "/api/income-class?insuredNo=" + insured + "&branchNo=" + branch + "&month=2026-10", Map.class);
        assertThat(answer).containsEntry("incomeClass", ((String) row.get("income_class")).trim())
                .containsEntry("taxYear", 2026).containsKeys("rule", "basis", "s", "k", "revenue");
        assertThat(api().getForEntity("/api/income-class?insuredNo=99999999&branchNo=01&month=2026-10", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().getForEntity("/api/income-class?insuredNo=1&branchNo=01&month=2026-1", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // judged on demand: 2027-01 never judged
        assertThat(api().getForObject("/api/income-class?insuredNo=" + insured + "&branchNo=" + branch + "&month=2027-01",
                Map.class)).containsKey("incomeClass");
        assertThat(jdbc.queryForObject("select count(*) from income_class_month where target_month = '202701'", Integer.class))
                .isEqualTo(1);

        // 職権修正: wins, audited, withdrawn
        String target = ((String) row.get("income_class")).trim().equals("A5") ? "A4" : "A5";
        HttpHeaders h = new HttpHeaders();
        h.add("X-Hub-User", "tanaka");
        ResponseEntity<Map> created = admin().exchange("/api/income-class/overrides", HttpMethod.POST, new HttpEntity<>(
                Map.of("householdNo", row.get("household_no"), "fromMonth", "2026-10", "toMonth", "2026-10",
                        "incomeClass", target, "reason", "更正申告の確認"), h), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) created.getBody().get("id");
        Map<String, Object> overridden = api().getForObject(
                "/api/income-class?insuredNo=" + insured + "&branchNo=" + branch + "&month=2026-10", Map.class);
        assertThat(overridden).containsEntry("incomeClass", target).containsEntry("computedClass",
                ((String) row.get("income_class")).trim()).containsEntry("overrideId", id.intValue());
        assertThat(admin().exchange("/api/income-class/overrides", HttpMethod.POST, new HttpEntity<>(
                Map.of("householdNo", "1", "fromMonth", "2026-10", "toMonth", "2026-10", "incomeClass", "Z9", "reason", "x")),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        admin().exchange("/api/income-class/overrides/" + id + "?reason=誤り", HttpMethod.DELETE, new HttpEntity<>(h), Map.class);
        List<Map<String, Object>> audit = api().getForObject("/api/income-class/overrides/" + id + "/audit", List.class);
        assertThat(audit).extracting(a -> a.get("action") + ":" + a.get("actor"))
                .containsExactly("SET:test-admin", "WITHDRAW:test-admin"); // the logged-in admin, not a header
        assertThat((String) audit.get(0).get("after")).contains(" " + target);
        assertThat(api().getForObject("/api/income-class?insuredNo=" + insured + "&branchNo=" + branch + "&month=2026-10",
                Map.class)).containsEntry("incomeClass", ((String) row.get("income_class")).trim());
        assertThat(jdbc.queryForList("select reason from income_class_change where listed_at is null and target_month = '202610'", String.class))
                .hasSize(2 * jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'"
                        + " and household_no = ? and age_group = 1", Integer.class, row.get("household_no")))
                .containsOnly("職権修正");

        // re-judgement on an IF-TAX import: the member becomes 未申告-free high income → ア via S
        String personNo = jdbc.queryForObject("select person_no from qualification where insured_no = ? and branch_no = ?"
                + " and member_type = 1", String.class, insured, branch);
        drop("tax", "TAX_139998_20261201_01.csv", (personNo + ",2026,1,1,20000000,15000000,20000000,18000000,0,0,0,20261201\r\n")
                .getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261201_01.csv");
        await().atMost(Duration.ofSeconds(20)).until(() -> "A1".equals(jdbc.queryForObject(
                "select income_class from income_class_result where target_month = '202610' and insured_no = ? and branch_no = ?",
                String.class, insured, branch)));
        assertThat(jdbc.queryForList("select reason from income_class_change where listed_at is null and insured_no = ?"
                + " and branch_no = ? and target_month = '202610' order by id desc limit 1", String.class, insured, branch))
                .containsExactly("所得更正");
        Map<String, Object> next = runJob("income-class", "2026-12");
        String changes = new String(Files.readAllBytes(dirs.root().resolve((String) ((List<?>) next.get("files")).get(0))), MS932);
        assertThat(changes).contains("," + insured + "," + branch + ",").contains(",202610,").contains(",所得更正,").contains(",職権修正,");
    }

    @Test
    void correctedQualificationSnapshotReJudgesTheJudgedMonths() throws Exception {
        runJob("income-class", "2026-10");
        long before = jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'", Long.class);
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("qualification").resolve(QUA));
        int changed = loseQualificationOnOctoberFirst(bytes);
        String insured = Derivation.ascii(bytes, changed, 27, 8);
        drop("qualification", QUA, bytes);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge where feed = 'qualification' and months = '2026-10'", Integer.class) == 1);
        // only the household the corrected snapshot changed was re-judged
        assertThat(jdbc.queryForObject("select households from income_class_rejudge where feed = 'qualification'"
                + " and months = '2026-10'", Long.class)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'", Long.class))
                .isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select count(*) from income_class_result where target_month = '202610'"
                + " and insured_no = ? and branch_no = ?", Integer.class, insured, Derivation.ascii(bytes, changed, 35, 2)))
                .isZero();
    }

    /**
     * The corrected re-send: one 被保険者 insured since before 2026-10 loses 資格 on 2026-10-01 (社保加入); returns the
     * offset of the record changed in the samples' IF-QUA bytes.
     */
    private static int loseQualificationOnOctoberFirst(byte[] bytes) {
        for (int off = 202; off + 200 <= bytes.length; off += 202) {
            String acquired = Derivation.ascii(bytes, off, 140, 8);
            if (bytes[off] == '2' && bytes[off + 137] == '1' && Derivation.ascii(bytes, off, 150, 8).isBlank()
                    && !acquired.isBlank() && acquired.compareTo("20260901") < 0
                    && Derivation.ascii(bytes, off, 129, 8).compareTo("19600101") > 0) {
                System.arraycopy("2026100102".getBytes(StandardCharsets.US_ASCII), 0, bytes, off + 149, 10);
                return off;
            }
        }
        throw new AssertionError("no 被保険者 in the samples to change");
    }

    @Test
    void aMonthlyRunJudgesAgainOnlyWhatTheReJudgementsDidNotKeepUpToDate() throws Exception {
        // 2026-10, and a month older than the re-judgement window of an IF-QUA change (24 months back)
        YearMonth old = YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).minusMonths(30);
        runJob("income-class", "2026-10");
        runJob("income-class", old.toString());
        long personsOld = jdbc.queryForObject("select count(*) from income_class_result where target_month = ?",
                Long.class, old.format(java.time.format.DateTimeFormatter.ofPattern("uuuuMM")));
        assertThat(personsOld).isPositive();

        // an IF-TAX import: its claim check re-judges the households it touched, 2026-10 stays current
        String personNo = jdbc.queryForObject("select person_no from qualification where member_type = 1 order by person_no"
                + " limit 1", String.class);
        drop("tax", "TAX_139998_20261201_01.csv", (personNo + ",2026,1,1,20000000,15000000,20000000,18000000,0,0,0,20261201\r\n")
                .getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261201_01.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge where feed = 'tax'", Integer.class) == 2);
        Map<String, Object> afterTax = runJob("income-class", "2026-10");
        assertThat((String) afterTax.get("message")).contains("2026-10 is current");
        assertThat(((Map<String, Number>) afterTax.get("counts")).get("households").longValue()).isZero();

        // a corrected IF-QUA re-send: re-judged for 2026-10 (in the window), not for the old month
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("qualification").resolve(QUA));
        loseQualificationOnOctoberFirst(bytes);
        drop("qualification", QUA, bytes);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge where feed = 'qualification'", Integer.class) == 2);
        Map<String, Object> current = runJob("income-class", "2026-10");
        assertThat((String) current.get("message")).contains("2026-10 is current");
        // the persons of the month as the re-judgement left them (one fewer: the re-send's 資格喪失 on 2026-10-01)
        assertThat(((Map<String, Number>) current.get("counts")).get("persons").longValue()).isEqualTo(jdbc.queryForObject(
                "select count(*) from income_class_result where target_month = '202610'", Long.class));
        Map<String, Object> judgedAgain = runJob("income-class", old.toString());
        assertThat((String) judgedAgain.get("message")).doesNotContain("is current");
        assertThat(((Map<String, Number>) judgedAgain.get("counts")).get("persons").longValue()).isEqualTo(personsOld);
        assertThat(((Map<String, Number>) judgedAgain.get("counts")).get("households").longValue()).isPositive();
        // and now it is current too
        assertThat((String) runJob("income-class", old.toString()).get("message")).contains("is current");
    }

    private Map<String, Object> runJob(String job, String month) {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/" + job + "?month=" + month, null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done.get("error")).as("job error").isNull();
        return done;
    }

    /**
     * The test's own derivation of IF-AGG-INC data records (bytes 1–41) from the input files, written from
     * rules/income-class.md without the production classes: a second, independent reading of the rule.
     */
    static final class Derivation {

        record P(String hh, String person, String ins, String br, LocalDate birth, int type, boolean head,
                 LocalDate acq, LocalDate lost) {
        }

        /** status, total, taxable, salaryRev, salaryInc, pensionRev, pensionInc, otherRev (status 0 = none) */
        record T(int status, long[] a) {
        }

        static List<String> derive(Path qua, Path tax, YearMonth m) throws IOException {
            int y = m.getMonthValue() >= 8 ? m.getYear() : m.getYear() - 1;
            long deduction = y >= 2021 ? 430_000 : 330_000;
            byte[] bytes = Files.readAllBytes(qua);
            Map<String, List<P>> households = new TreeMap<>();
            for (int off = 0; off + 200 <= bytes.length; off += 202) {
                if (bytes[off] != '2') {
                    continue;
                }
                String hh = ascii(bytes, off, 2, 10);
                P p = new P(hh, ascii(bytes, off, 12, 15), ascii(bytes, off, 27, 8).trim(), ascii(bytes, off, 35, 2).trim(),
                        date(ascii(bytes, off, 129, 8)), bytes[off + 137] - '0', bytes[off + 138] == '1',
                        date(ascii(bytes, off, 140, 8)), date(ascii(bytes, off, 150, 8)));
                households.computeIfAbsent(hh, k -> new ArrayList<>()).add(p);
            }
            // IF-TAX: best per person: status 1/2 over 3, then source 1 > 3 > 2
            Map<String, T> best = new HashMap<>();
            Map<String, Integer> bestRank = new HashMap<>();
            for (String line : new String(Files.readAllBytes(tax), MS932).split("\r\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (Integer.parseInt(f[1]) != y) {
                    continue;
                }
                int status = Integer.parseInt(f[3]);
                int source = Integer.parseInt(f[2]);
                int rank = (status == 3 ? 10 : 0) + (source == 1 ? 0 : source == 3 ? 1 : 2);
                if (bestRank.containsKey(f[0]) && bestRank.get(f[0]) <= rank) {
                    continue;
                }
                long[] a = new long[7];
                for (int i = 0; i < 7; i++) {
                    a[i] = f[4 + i].isEmpty() ? 0 : Long.parseLong(f[4 + i]);
                }
                bestRank.put(f[0], rank);
                best.put(f[0], new T(status == 3 ? 0 : status, a));
            }
            LocalDate first = m.atDay(1);
            LocalDate last = m.atEndOfMonth();
            List<String> out = new ArrayList<>();
            for (List<P> members : households.values()) {
                List<String[]> recs = new ArrayList<>();
                List<P> ins = members.stream().filter(p -> p.type == 1 && p.acq != null && !p.acq.isAfter(last)
                        && (p.lost == null || p.lost.isAfter(first))).toList();
                if (ins.isEmpty()) {
                    continue;
                }
                P head = members.stream().filter(P::head).findFirst().orElseThrow();
                java.util.function.Function<P, T> t = p -> best.getOrDefault(p.person, new T(0, new long[7]));
                java.util.function.Predicate<P> senior = p -> {
                    LocalDate b70 = p.birth.plusYears(70);
                    YearMonth start = b70.getDayOfMonth() == 1 ? YearMonth.from(b70) : YearMonth.from(b70).plusMonths(1);
                    return !m.isBefore(start);
                };
                java.util.function.ToLongFunction<P> old = p -> t.apply(p).status == 0 ? 0 : Math.max(0, t.apply(p).a[0] - deduction);
                java.util.function.ToLongFunction<P> rev = p -> t.apply(p).a[2] + t.apply(p).a[4] + t.apply(p).a[6];
                boolean allNon = t.apply(head).status == 2 && ins.stream().allMatch(p -> t.apply(p).status == 2);
                boolean anyUnrep = t.apply(head).status == 0 || ins.stream().anyMatch(p -> t.apply(p).status == 0);
                long s = ins.stream().mapToLong(old).sum();
                String young;
                String youngUnrep = "0";
                if (ins.stream().anyMatch(p -> t.apply(p).status == 0)) {
                    young = "A1";
                    youngUnrep = "1";
                } else if (allNon) {
                    young = "A5";
                } else {
                    young = s > 9_010_000 ? "A1" : s > 6_000_000 ? "A2" : s > 2_100_000 ? "A3" : "A4";
                }
                List<P> seniors = ins.stream().filter(senior).toList();
                long k = 0;
                for (P p : seniors) {
                    long kp = t.apply(p).status == 0 ? 0 : t.apply(p).a[1];
                    if (p.head) {
                        LocalDate dec31 = LocalDate.of(y - 1, 12, 31);
                        for (P c : ins) {
                            if (c == p || c.birth.isAfter(dec31) || (t.apply(c).status != 0 && t.apply(c).a[0] > 380_000)) {
                                continue;
                            }
                            int age = Period.between(c.birth, dec31.plusDays(1)).getYears();
                            kp -= age < 16 ? 330_000 : age <= 18 ? 120_000 : 0;
                        }
                        kp = Math.max(0, kp);
                    }
                    k = Math.max(k, kp);
                }
                String old70 = "B4";
                String old70Unrep = "0";
                if (!seniors.isEmpty()) {
                    long revSum = seniors.stream().mapToLong(rev).sum();
                    long tokutei = members.stream().filter(p -> p.type == 3).mapToLong(rev).sum();
                    boolean hasTokutei = members.stream().anyMatch(p -> p.type == 3);
                    if (k >= 1_450_000) {
                        boolean general = (seniors.size() == 1 && revSum < 3_830_000)
                                || (seniors.size() == 1 && hasTokutei && revSum + tokutei < 5_200_000)
                                || (seniors.size() >= 2 && revSum < 5_200_000)
                                || seniors.stream().mapToLong(old).sum() <= 2_100_000;
                        old70 = general ? "B4" : k >= 6_900_000 ? "B1" : k >= 3_800_000 ? "B2" : "B3";
                    } else if (allNon) {
                        List<P> all = new ArrayList<>(ins);
                        if (!all.contains(head)) {
                            all.add(head);
                        }
                        boolean zero = all.stream().allMatch(p -> {
                            long[] a = t.apply(p).a;
                            return Math.max(0, a[4] - 800_000) + Math.max(0, a[3] - 100_000) + Math.max(0, a[0] - a[3] - a[5]) == 0;
                        });
                        old70 = zero ? "B6" : "B5";
                    } else {
                        old70 = "B4";
                        old70Unrep = anyUnrep ? "1" : "0";
                    }
                }
                for (P p : ins) {
                    boolean sen = senior.test(p);
                    recs.add(new String[] {p.ins, p.br, "2139998" + m.toString().replace("-", "") + p.hh + p.ins + p.br
                            + (sen ? "2" + old70 : "1" + young) + y + (sen ? old70Unrep : youngUnrep)});
                }
                recs.sort((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]));
                recs.forEach(r -> out.add(r[2]));
            }
            return out;
        }

        static String ascii(byte[] b, int off, int start, int len) {
            return new String(b, off + start - 1, len, StandardCharsets.US_ASCII);
        }

        static LocalDate date(String s) {
            return s.isBlank() ? null : LocalDate.parse(s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6));
        }
    }
}
