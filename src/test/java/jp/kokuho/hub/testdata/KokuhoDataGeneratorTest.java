package jp.kokuho.hub.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.testdata.KokuhoDataGenerator.Options;
import jp.kokuho.hub.testdata.KokuhoDataGenerator.WrittenFile;

class KokuhoDataGeneratorTest {
    static final String INSURER = "139998";
    static final LocalDate BASE = LocalDate.of(2026, 10, 31);

    @TempDir
    Path tmp;

    private List<WrittenFile> generate(Path dir, long persons, long seed) throws IOException {
        return KokuhoDataGenerator.generate(Options.of(dir, INSURER, BASE, persons, seed));
    }

    /** The contract's own checker, copied to src/test/resources/contract (CI has no ../shared). */
    static void runCheckLayout(Path file) throws Exception {
        Path script = Path.of(KokuhoDataGeneratorTest.class.getResource("/contract/tools/check-layout.py").toURI());
        Process p = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("0 problems");
    }

    @Test
    void twoThousandPersonsPassTheLayoutCheckAndEveryFeedRule() throws Exception {
        List<WrittenFile> files = generate(tmp, 2000, 42);
        assertThat(files).extracting(WrittenFile::feed).containsExactly("qua", "tax", "col");
        Path qua = tmp.resolve("QUA_139998_20261031.dat");
        Path tax = tmp.resolve("TAX_139998_20261101.csv");
        Path col = tmp.resolve("COL_139998_20261031.csv");
        assertThat(files.get(0).records()).isEqualTo(2000);
        assertThat(Files.size(qua)).isEqualTo(2002L * 202).isEqualTo(files.get(0).bytes());

        runCheckLayout(qua);

        FeedValidator v = new FeedValidator();
        v.checkQua(qua, INSURER, BASE);
        v.checkTax(tax);
        v.checkCol(col, BASE);
        assertThat(v.problems).isEmpty();
        assertThat(v.facts.dataRecords).isEqualTo(2000);
        // every IF-TAX person is in IF-QUA (same household-derived 宛名番号)
        for (String line : Files.readAllLines(tax, Names.MS932)) {
            assertThat(v.personNos).contains(line.substring(0, 15));
        }
        // about 1.7 persons per household, sizes 1 to 6
        double perHousehold = 2000.0 / v.householdNos.size();
        assertThat(perHousehold).isBetween(1.5, 1.9);
        assertThat(v.facts.householdSizes.keySet()).containsAll(Set.of(1, 2, 3, 4, 5)).allMatch(s -> s >= 1 && s <= 6);
        // the cases the hub's rules need
        var f = v.facts;
        assertThat(f.fictiveHeads).isPositive();
        assertThat(f.specificSameHousehold).isPositive();
        assertThat(f.lostAt75).isPositive();
        assertThat(f.aged70to74).isGreaterThan(50);
        assertThat(f.bornOnFirst).isPositive();
        assertThat(f.transferInBaseMonth).isPositive();
        assertThat(f.withPreviousInsurer).isPositive();
        assertThat(f.unreportedRows).isPositive();
        assertThat(f.personsWithThreeSources).isPositive();
        assertThat(f.specialCircumstanceHouseholds).isPositive();
        assertThat(f.overpaidRows).isPositive();
        assertThat(f.unpaidOlderThanOneYear).isPositive();
        assertThat(f.fullWidthSpaceNames).isPositive();
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws Exception {
        generate(tmp.resolve("a"), 2000, 7);
        generate(tmp.resolve("b"), 2000, 7);
        generate(tmp.resolve("c"), 2000, 8);
        for (String name : List.of("QUA_139998_20261031.dat", "TAX_139998_20261101.csv", "COL_139998_20261031.csv")) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(name));
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(name))).as(name).isEqualTo(a);
            assertThat(Files.readAllBytes(tmp.resolve("c").resolve(name))).as(name).isNotEqualTo(a);
        }
    }

    @Test
    void taxAloneInASecondRunIsTheSameAsWithAllFeeds() throws Exception {
        generate(tmp.resolve("all"), 1500, 11);
        Options taxOnly = new Options(tmp.resolve("tax"), INSURER, BASE, BASE.plusDays(1), 1500, 0, 11,
                new LinkedHashSet<>(List.of("tax")), new int[] {2026}, 0, false);
        List<WrittenFile> files = KokuhoDataGenerator.generate(taxOnly);
        assertThat(files).extracting(WrittenFile::feed).containsExactly("tax");
        assertThat(Files.readAllBytes(tmp.resolve("tax/TAX_139998_20261101.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("all/TAX_139998_20261101.csv")));
    }

    @Test
    void cliWritesCopyCsvAndFixedInstallmentCountsAndSeveralTaxYears() throws Exception {
        Options o = KokuhoDataGenerator.parse(new String[] {"--out", tmp.toString(), "--insurer", "139998",
                "--base-date", "20261031", "--households", "300", "--seed", "5", "--feeds", "qua,tax,col",
                "--tax-years", "2025,2026", "--col-installments-per-household", "12", "--csv-copy"});
        List<WrittenFile> files = KokuhoDataGenerator.generate(o);
        assertThat(files).extracting(WrittenFile::feed).containsExactly("qua", "copy", "tax", "col");
        long persons = files.get(0).records();
        assertThat(files.get(1).records()).isEqualTo(persons);
        assertThat(files.get(3).records()).isEqualTo(300L * 12);

        FeedValidator v = new FeedValidator();
        v.checkQua(files.get(0).path(), INSURER, BASE);
        v.checkTax(files.get(2).path());
        v.checkCol(files.get(3).path(), BASE);
        assertThat(v.problems).isEmpty();
        assertThat(v.householdNos).hasSize(300);

        List<String> copy = Files.readAllLines(files.get(1).path(), StandardCharsets.UTF_8);
        assertThat(copy).hasSize((int) persons);
        for (String line : copy) {
            // 16 columns (names are quoted and hold no comma)
            assertThat(line.split(",", -1)).hasSize(16);
            assertThat(line.split(",", -1)[7]).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(Files.readString(files.get(2).path(), Names.MS932)).contains(",2025,").contains(",2026,");
    }

    @Test
    void changedFilesOfTheCycleDifferByTheGivenShareAndFollowEveryRule() throws Exception {
        String[] base = {"--insurer", "139998", "--base-date", "20261031", "--households", "4000", "--seed", "5"};
        KokuhoDataGenerator.generate(KokuhoDataGenerator.parse(concat(base, "--out", tmp.resolve("a").toString(),
                "--feeds", "qua,tax")));
        KokuhoDataGenerator.generate(KokuhoDataGenerator.parse(concat(base, "--out", tmp.resolve("r1").toString(),
                "--feeds", "qua", "--qua-changed", "1", "--csv-copy")));
        KokuhoDataGenerator.generate(KokuhoDataGenerator.parse(concat(base, "--out", tmp.resolve("r2").toString(),
                "--feeds", "qua", "--qua-changed", "1", "--change-round", "2")));
        KokuhoDataGenerator.generate(KokuhoDataGenerator.parse(concat(base, "--out", tmp.resolve("c").toString(),
                "--feeds", "tax", "--tax-correction", "10,1", "--created", "20261115")));
        String qua = "QUA_139998_20261031.dat";
        FeedValidator v = new FeedValidator();
        v.checkQua(tmp.resolve("r2").resolve(qua), INSURER, BASE);
        Path correction = tmp.resolve("c/TAX_139998_20261115.csv");
        v.checkTax(correction);
        assertThat(v.problems).isEmpty();
        runCheckLayout(tmp.resolve("r2").resolve(qua));
        // the re-send: about 1 % of the households have a new member (a baby), round 2 about 1 % more
        Set<String> held = new java.util.HashSet<>(Files.readAllLines(tmp.resolve("a").resolve(qua), Names.MS932));
        long added1 = Files.readAllLines(tmp.resolve("r1").resolve(qua), Names.MS932).stream().filter(l -> !held.contains(l)).count();
        long added2 = Files.readAllLines(tmp.resolve("r2").resolve(qua), Names.MS932).stream().filter(l -> !held.contains(l)).count();
        assertThat(added1).isBetween(20L, 60L);
        assertThat(added2).isBetween(added1 + 20, added1 + 60);
        assertThat(Files.readAllLines(tmp.resolve("r1").resolve(qua.replace(".dat", ".copy.csv")))).hasSize(
                (int) (Files.size(tmp.resolve("r1").resolve(qua)) / 202 - 2));
        // the correction: about 10 % of the held rows with their keys, about 1 % new keys
        Map<String, String> rows = new java.util.HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("a/TAX_139998_20261101.csv"), Names.MS932)) {
            rows.put(line.substring(0, line.indexOf(',', line.indexOf(',', 16) + 1)), line);
        }
        long changed = 0, added = 0;
        for (String line : Files.readAllLines(correction, Names.MS932)) {
            String key = line.substring(0, line.indexOf(',', line.indexOf(',', 16) + 1));
            if (rows.containsKey(key)) {
                changed++;
            } else {
                added++;
            }
        }
        assertThat(changed).isBetween(rows.size() * 8L / 100, rows.size() * 12L / 100);
        assertThat(added).isBetween(rows.size() / 200L, rows.size() * 2L / 100);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void textIsCutBetweenCharactersNeverInside() {
        FixedRecord r = new FixedRecord(5).clear().text(1, 5, "山田太郎");
        assertThat(new String(r.bytes(), Names.MS932)).isEqualTo("山田 ");
    }

    @Test
    void myNumberHasTheOfficialCheckDigit() {
        String n = HouseholdFactory.myNumber(200000000000101L);
        assertThat(n).matches("\\d{12}");
        int sum = 0;
        for (int k = 1; k <= 11; k++) {
            sum += (n.charAt(11 - k) - '0') * (k <= 6 ? k + 1 : k - 5);
        }
        int rem = sum % 11;
        assertThat(n.charAt(11) - '0').isEqualTo(rem <= 1 ? 0 : 11 - rem);
    }

    @Test
    void shippedSamplesFollowEveryRule() throws Exception {
        Path samples = Path.of("samples");
        Path qua = samples.resolve("qualification/QUA_139998_20261031.dat");
        if (!Files.exists(qua)) {
            return; // run from another working directory
        }
        runCheckLayout(qua);
        FeedValidator v = new FeedValidator();
        v.checkQua(qua, INSURER, BASE);
        v.checkTax(samples.resolve("tax/TAX_139998_20261101.csv"));
        v.checkCol(samples.resolve("collection/COL_139998_20261031.csv"), BASE);
        assertThat(v.problems).isEmpty();
        var f = v.facts;
        assertThat(f.householdSizes.keySet()).contains(1, 2, 3, 4, 5);
        assertThat(f.fictiveHeads).isPositive();
        assertThat(f.specificSameHousehold).isPositive();
        assertThat(f.lostAt75).isPositive();
        assertThat(f.aged70to74).isPositive();
        assertThat(f.bornOnFirst).isPositive();
        assertThat(f.transferInBaseMonth).isPositive();
        assertThat(f.unreportedRows).isPositive();
        assertThat(f.personsWithThreeSources).isPositive();
        assertThat(f.specialCircumstanceHouseholds).isPositive();
        assertThat(f.overpaidRows).isPositive();
        assertThat(f.unpaidOlderThanOneYear).isPositive();
    }
}
