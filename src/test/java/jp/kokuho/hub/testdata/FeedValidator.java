package jp.kokuho.hub.testdata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent re-check (in the tests) of generated files against the README rules of IF-QUA, IF-TAX and
 * IF-COL. Reads whole files into memory: meant for test-sized files. Collects problems as text and a few
 * facts ({@link Facts}) so that the tests can assert which cases a file covers.
 */
final class FeedValidator {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> ACQUIRE = Set.of("01", "02", "03", "04", "99");
    private static final Set<String> LOSS = Set.of("01", "02", "03", "04", "05", "99");

    final List<String> problems = new ArrayList<>();
    final Facts facts = new Facts();
    /** 宛名番号 and 世帯番号 seen in IF-QUA. */
    final Set<String> personNos = new HashSet<>();
    final Set<String> householdNos = new HashSet<>();

    /** What the files show (for coverage assertions). */
    static final class Facts {
        int dataRecords, fictiveHeads, specificSameHousehold, lostAt75, aged70to74, bornOnFirst, transferInBaseMonth,
                withPreviousInsurer, unreportedRows, personsWithThreeSources, specialCircumstanceHouseholds,
                overpaidRows, unpaidOlderThanOneYear, householdsWith5OrMore, fullWidthSpaceNames;
        final Map<Integer, Integer> householdSizes = new HashMap<>();
    }

    private void problem(int line, String what) {
        if (problems.size() < 200) {
            problems.add("line " + line + ": " + what);
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s, STRICT);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String field(byte[] rec, int start, int len) {
        return new String(rec, start - 1, len, Names.MS932);
    }

    void checkQua(Path file, String insurerNo, LocalDate baseDate) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < all.length; i++) {
            if (all[i] == '\r' && all[i + 1] == '\n') {
                byte[] l = new byte[i - from];
                System.arraycopy(all, from, l, 0, l.length);
                lines.add(l);
                from = i + 2;
                i++;
            }
        }
        if (from != all.length) {
            problem(lines.size() + 1, "file does not end with CRLF");
        }
        var decoder = Names.MS932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Map<String, Integer> headsPerHousehold = new HashMap<>();
        Map<String, Integer> sizePerHousehold = new HashMap<>();
        Set<String> insuredKeys = new HashSet<>();
        String lastHousehold = null;
        Set<String> closedHouseholds = new HashSet<>();
        for (int n = 1; n <= lines.size(); n++) {
            byte[] rec = lines.get(n - 1);
            if (rec.length != 200) {
                problem(n, "length " + rec.length);
                continue;
            }
            try {
                decoder.decode(ByteBuffer.wrap(rec));
            } catch (CharacterCodingException e) {
                problem(n, "not MS932");
            }
            char type = (char) rec[0];
            if (n == 1) {
                if (type != '1' || !field(rec, 2, 8).equals("QUA00001") || !field(rec, 10, 6).equals(insurerNo)
                        || date(field(rec, 16, 8)) == null || !field(rec, 24, 8).equals(baseDate.format(STRICT))
                        || !field(rec, 32, 169).isBlank()) {
                    problem(n, "bad header");
                }
                continue;
            }
            if (n == lines.size()) {
                if (type != '9' || !field(rec, 2, 7).equals(String.format("%07d", lines.size() - 2))
                        || !field(rec, 9, 192).isBlank()) {
                    problem(n, "bad trailer");
                }
                continue;
            }
            if (type != '2') {
                problem(n, "record type " + type);
                continue;
            }
            facts.dataRecords++;
            String household = field(rec, 2, 10);
            String person = field(rec, 12, 15);
            String insured = field(rec, 27, 8);
            String branch = field(rec, 35, 2);
            String myNumber = field(rec, 37, 12);
            String kana = field(rec, 49, 40);
            String name = field(rec, 89, 40);
            LocalDate birth = date(field(rec, 129, 8));
            String sex = field(rec, 137, 1);
            String member = field(rec, 138, 1);
            String head = field(rec, 139, 1);
            String acquiredRaw = field(rec, 140, 8);
            String acquireReason = field(rec, 148, 2);
            String lostRaw = field(rec, 150, 8);
            String lossReason = field(rec, 158, 2);
            String previous = field(rec, 160, 6);
            if (!household.matches("\\d{10}") || !person.matches("\\d{15}")) {
                problem(n, "世帯番号/宛名番号 not digits");
            }
            if (!personNos.add(person)) {
                problem(n, "宛名番号 twice: " + person);
            }
            householdNos.add(household);
            if (!household.equals(lastHousehold)) {
                if (!closedHouseholds.add(household)) {
                    problem(n, "household records not contiguous " + household);
                }
                lastHousehold = household;
            }
            sizePerHousehold.merge(household, 1, Integer::sum);
            if (!myNumber.isBlank() && !myNumber.matches("\\d{12}")) {
                problem(n, "個人番号");
            }
            if (!previous.isBlank() && (!previous.matches("\\d{6}") || previous.equals(insurerNo))) {
                problem(n, "転入前保険者番号 " + previous);
            }
            String kanaT = kana.stripTrailing();
            if (kanaT.isEmpty() || !kanaT.chars().allMatch(c -> c == ' ' || (c >= 0xFF61 && c <= 0xFF9F))) {
                problem(n, "氏名カナ not half-width katakana");
            }
            String nameT = name.stripTrailing();
            int nameLen = nameT.codePointCount(0, nameT.length());
            if (nameLen < 2 || nameLen > 20 || nameT.getBytes(Names.MS932).length != 2 * nameT.length()) {
                problem(n, "氏名 not full-width 2..20 characters");
            }
            if (nameT.indexOf('\u3000') > 0) {
                facts.fullWidthSpaceNames++;
            }
            if (birth == null) {
                problem(n, "生年月日");
                continue;
            }
            if (birth.isAfter(baseDate)) {
                problem(n, "born after 基準年月日");
            }
            if (!sex.equals("1") && !sex.equals("2")) {
                problem(n, "性別 " + sex);
            }
            if (!Set.of("1", "2", "3").contains(member) || !Set.of("0", "1").contains(head)) {
                problem(n, "構成員区分/世帯主区分");
                continue;
            }
            if (head.equals("1")) {
                headsPerHousehold.merge(household, 1, Integer::sum);
            }
            if (birth.getDayOfMonth() == 1) {
                facts.bornOnFirst++;
            }
            LocalDate b75 = birth.plusYears(75);
            if (member.equals("1")) {
                if (!insured.matches("\\d{8}") || !branch.matches("\\d{2}")) {
                    problem(n, "被保険者番号/枝番 must be digits for 構成員区分 1");
                } else if (!insuredKeys.add(insured + branch)) {
                    problem(n, "被保険者番号+枝番 twice");
                }
                LocalDate acquired = date(acquiredRaw);
                LocalDate lost = lostRaw.isBlank() ? null : date(lostRaw);
                if (acquired == null || !ACQUIRE.contains(acquireReason)) {
                    problem(n, "取得 date/事由 missing or invalid");
                    continue;
                }
                if (!lostRaw.isBlank() && lost == null) {
                    problem(n, "資格喪失年月日 not a date");
                }
                if (lost == null != lossReason.isBlank() || lost != null && !LOSS.contains(lossReason)) {
                    problem(n, "喪失 date iff 事由");
                }
                if (acquired.isBefore(birth)) {
                    problem(n, "取得 before 生年月日");
                }
                if (acquired.isAfter(baseDate)) {
                    problem(n, "取得 after 基準年月日");
                }
                if (lost != null && !acquired.isBefore(lost)) {
                    problem(n, "取得 not before 喪失");
                }
                if (lost != null && !lost.isAfter(baseDate.minusMonths(24))) {
                    problem(n, "no 資格 in the last 24 months");
                }
                if (!b75.isAfter(baseDate) && (lost == null || lost.isAfter(b75))) {
                    problem(n, "75th birthday passed without 喪失 on or before it");
                }
                if (!previous.isBlank() && !"01".equals(acquireReason)) {
                    problem(n, "転入前保険者番号 without 取得事由 01");
                }
                if (!previous.isBlank()) {
                    facts.withPreviousInsurer++;
                }
                if ("05".equals(lossReason) && b75.equals(lost)) {
                    facts.lostAt75++;
                }
                if ("01".equals(acquireReason) && acquired.getYear() == baseDate.getYear()
                        && acquired.getMonth() == baseDate.getMonth()) {
                    facts.transferInBaseMonth++;
                }
                int age = java.time.Period.between(birth, baseDate).getYears();
                if (age >= 70 && age <= 74 && lost == null) {
                    facts.aged70to74++;
                }
            } else {
                if (!insured.isBlank() || !branch.isBlank() || !acquiredRaw.isBlank() || !acquireReason.isBlank()
                        || !previous.isBlank()) {
                    problem(n, "構成員区分 " + member + " must have spaces for 被保険者番号/枝番/取得");
                }
                if (member.equals("3") && (!lostRaw.isBlank() || !lossReason.isBlank())) {
                    problem(n, "構成員区分 3 must have spaces for 喪失");
                }
                if (member.equals("2")) {
                    facts.fictiveHeads++;
                    if (!head.equals("1")) {
                        problem(n, "擬制世帯主 must be 世帯主");
                    }
                } else {
                    facts.specificSameHousehold++;
                    if (b75.isAfter(baseDate)) {
                        problem(n, "特定同一世帯所属者 under 75");
                    }
                }
            }
        }
        for (String h : sizePerHousehold.keySet()) {
            int heads = headsPerHousehold.getOrDefault(h, 0);
            if (heads != 1) {
                problems.add("household " + h + ": " + heads + " 世帯主");
            }
            int size = sizePerHousehold.get(h);
            facts.householdSizes.merge(size, 1, Integer::sum);
            if (size >= 5) {
                facts.householdsWith5OrMore++;
            }
        }
    }

    private static List<String[]> csv(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String text = Names.MS932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(all)).toString();
        List<String[]> rows = new ArrayList<>();
        if (!text.endsWith("\r\n")) {
            rows.add(null); // marks "not CRLF-terminated"
        }
        for (String line : text.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static boolean amount(String s) {
        return s.matches("\\d{1,12}");
    }

    void checkTax(Path file) throws IOException {
        Set<String> keys = new HashSet<>();
        Map<String, Set<String>> sources = new HashMap<>();
        int n = 0;
        for (String[] f : csv(file)) {
            n++;
            if (f == null) {
                problem(0, "IF-TAX not CRLF-terminated");
                continue;
            }
            if (f.length != 12) {
                problem(n, "IF-TAX " + f.length + " fields");
                continue;
            }
            if (!f[0].matches("\\d{15}") || !f[1].matches("\\d{4}") || !Set.of("1", "2", "3").contains(f[2])
                    || !Set.of("1", "2", "3").contains(f[3]) || date(f[11]) == null) {
                problem(n, "IF-TAX codes/dates");
                continue;
            }
            if (!keys.add(f[0] + "," + f[1] + "," + f[2])) {
                problem(n, "IF-TAX key twice");
            }
            sources.computeIfAbsent(f[0] + "," + f[1], k -> new HashSet<>()).add(f[2]);
            boolean anyEmpty = false;
            for (int i = 4; i <= 10; i++) {
                if (f[i].isEmpty()) {
                    anyEmpty = true;
                } else if (!amount(f[i])) {
                    problem(n, "IF-TAX amount " + f[i]);
                }
            }
            if (anyEmpty && !f[3].equals("3")) {
                problem(n, "IF-TAX empty amount with 課税区分 " + f[3]);
            }
            if (f[3].equals("3") && anyEmpty) {
                facts.unreportedRows++;
            }
            if (!f[6].isEmpty() && !f[7].isEmpty() && Long.parseLong(f[7]) > Long.parseLong(f[6])) {
                problem(n, "給与所得 > 給与収入");
            }
            if (!f[8].isEmpty() && !f[9].isEmpty() && Long.parseLong(f[9]) > Long.parseLong(f[8])) {
                problem(n, "公的年金等所得 > 公的年金等収入");
            }
        }
        facts.personsWithThreeSources = (int) sources.values().stream().filter(s -> s.size() == 3).count();
    }

    void checkCol(Path file, LocalDate baseDate) throws IOException {
        Set<String> keys = new HashSet<>();
        Map<String, String> special = new HashMap<>();
        Set<String> specialHouseholds = new HashSet<>();
        int n = 0;
        for (String[] f : csv(file)) {
            n++;
            if (f == null) {
                problem(0, "IF-COL not CRLF-terminated");
                continue;
            }
            if (f.length != 8) {
                problem(n, "IF-COL " + f.length + " fields");
                continue;
            }
            LocalDate due = date(f[3]);
            if (!f[0].matches("\\d{10}") || !f[1].matches("\\d{4}") || !f[2].matches("\\d{1,2}")
                    || Integer.parseInt(f[2]) < 1 || Integer.parseInt(f[2]) > 12 || due == null
                    || !amount(f[4]) || !amount(f[5]) || !f[6].isEmpty() && date(f[6]) == null
                    || !Set.of("0", "1").contains(f[7])) {
                problem(n, "IF-COL values");
                continue;
            }
            if (!keys.add(f[0] + "," + f[1] + "," + f[2])) {
                problem(n, "IF-COL key twice");
            }
            if (!householdNos.isEmpty() && !householdNos.contains(f[0])) {
                problem(n, "IF-COL 世帯番号 not in IF-QUA");
            }
            String prev = special.putIfAbsent(f[0], f[7]);
            if (prev != null && !prev.equals(f[7])) {
                problem(n, "特別事情区分 differs within household");
            }
            if (f[7].equals("1")) {
                specialHouseholds.add(f[0]);
            }
            long levied = Long.parseLong(f[4]), paid = Long.parseLong(f[5]);
            if (paid > levied) {
                facts.overpaidRows++;
            }
            if (paid < levied && due.plusYears(1).isBefore(baseDate)) {
                facts.unpaidOlderThanOneYear++;
            }
        }
        facts.specialCircumstanceHouseholds = specialHouseholds.size();
    }
}
