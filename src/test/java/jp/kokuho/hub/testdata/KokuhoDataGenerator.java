package jp.kokuho.hub.testdata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Independent test-data generator for the base feeds IF-QUA (資格情報), IF-TAX (住民税・所得情報) and
 * IF-COL (収納情報) of one municipality — plain Java, no Spring, no production classes of the hub.
 *
 * <p>The population is generated household by household from (seed, household index) and written at
 * once, so memory stays constant whatever the size (1,000,000 persons work with -Xmx256m). The same
 * seed and parameters give byte-identical files; a household is the same whichever feeds are written,
 * so IF-TAX can be made for the same people in a second run.
 *
 * <pre>
 * KokuhoDataGenerator --out DIR [--insurer 139998] [--base-date 20261031] [--created 20261101]
 *     (--persons N | --households N) [--seed 42] [--feeds qua,tax,col] [--tax-years 2025,2026]
 *     [--col-installments-per-household N] [--csv-copy]
 *     [--qua-changed PERCENT] [--tax-correction CHANGED%,NEW%] [--change-round N]
 * </pre>
 * The last three make the files of a later step of the monthly cycle from the same population ({@link Changes}).
 * Files: {@code QUA_<保険者番号>_<基準年月日>.dat}, {@code TAX_<保険者番号>_<作成年月日>.csv},
 * {@code COL_<保険者番号>_<基準年月日>.csv}, with --csv-copy also {@code QUA_<保険者番号>_<基準年月日>.copy.csv}
 * (UTF-8, for psql \copy). 作成年月日 defaults to the day after 基準年月日; 課税年度 defaults to the one in
 * force on 基準年月日 (the August switch of rules/income-class.md).
 */
public final class KokuhoDataGenerator {
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    /** Parameters of one run. Exactly one of persons / households is positive. */
    public record Options(Path out, String insurerNo, LocalDate baseDate, LocalDate createdOn, long persons,
                          long households, long seed, Set<String> feeds, int[] taxYears,
                          int colInstallmentsPerHousehold, boolean csvCopy, Changes changes) {

        public Options {
            if (!insurerNo.matches("\\d{6}")) {
                throw new IllegalArgumentException("--insurer must be 6 digits: " + insurerNo);
            }
            if ((persons > 0) == (households > 0)) {
                throw new IllegalArgumentException("give exactly one of --persons and --households");
            }
            for (String f : feeds) {
                if (!Set.of("qua", "tax", "col").contains(f)) {
                    throw new IllegalArgumentException("unknown feed " + f + " (qua, tax, col)");
                }
            }
            if (colInstallmentsPerHousehold < 0 || colInstallmentsPerHousehold > 50) {
                throw new IllegalArgumentException("--col-installments-per-household must be 1-50");
            }
        }

        /** without changes: the population as it is */
        public Options(Path out, String insurerNo, LocalDate baseDate, LocalDate createdOn, long persons,
                       long households, long seed, Set<String> feeds, int[] taxYears,
                       int colInstallmentsPerHousehold, boolean csvCopy) {
            this(out, insurerNo, baseDate, createdOn, persons, households, seed, feeds, taxYears,
                    colInstallmentsPerHousehold, csvCopy, Changes.NONE);
        }

        public static Options of(Path out, String insurerNo, LocalDate baseDate, long persons, long seed) {
            return new Options(out, insurerNo, baseDate, baseDate.plusDays(1), persons, 0, seed,
                    new LinkedHashSet<>(List.of("qua", "tax", "col")), new int[] {taxYearOn(baseDate)}, 0, false);
        }
    }

    /**
     * Changes against the population of the same seed, for the benchmark of the monthly cycle
     * (scripts/benchmark-cycle.sh): {@code quaChangedPercent} % of the households changed in IF-QUA (a re-send of the
     * snapshot; rounds 1…{@code round} together, so round 2's file differs from round 1's by about that much again);
     * an IF-TAX file that is a correction of round {@code round}: {@code taxChangedPercent} % of the rows again with
     * new amounts and {@code taxNewPercent} % new rows (null percentages: the plain IF-TAX file).
     */
    public record Changes(double quaChangedPercent, Double taxChangedPercent, Double taxNewPercent, int round) {
        public static final Changes NONE = new Changes(0, null, null, 1);

        boolean taxCorrection() {
            return taxChangedPercent != null;
        }
    }

    /** One file written. */
    public record WrittenFile(Path path, String feed, long records, long bytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-4s %s  %,d records  %,d bytes", feed, path, records, bytes);
        }
    }

    /** 課税年度 in force on a day: the year itself from August, else the year before. */
    public static int taxYearOn(LocalDate d) {
        return d.getMonthValue() >= 8 ? d.getYear() : d.getYear() - 1;
    }

    public static String quaFileName(String insurerNo, LocalDate baseDate) {
        return "QUA_" + insurerNo + "_" + baseDate.format(YMD) + ".dat";
    }

    public static String taxFileName(String insurerNo, LocalDate createdOn) {
        return "TAX_" + insurerNo + "_" + createdOn.format(YMD) + ".csv";
    }

    public static String colFileName(String insurerNo, LocalDate baseDate) {
        return "COL_" + insurerNo + "_" + baseDate.format(YMD) + ".csv";
    }

    /** Generates the files; returns them in the order qua, copy, tax, col. */
    public static List<WrittenFile> generate(Options o) throws IOException {
        Files.createDirectories(o.out());
        HouseholdFactory factory = new HouseholdFactory(o.seed(), o.insurerNo(), o.baseDate(), o.createdOn(),
                o.taxYears(), o.colInstallmentsPerHousehold());
        FeedWriters.QuaWriter qua = null;
        FeedWriters.CopyCsvWriter copy = null;
        FeedWriters.TaxWriter tax = null;
        FeedWriters.ColWriter col = null;
        List<FeedWriters.FeedWriter> open = new ArrayList<>();
        try {
            if (o.feeds().contains("qua")) {
                qua = new FeedWriters.QuaWriter(o.out().resolve(quaFileName(o.insurerNo(), o.baseDate())),
                        o.insurerNo(), o.createdOn(), o.baseDate());
                open.add(qua);
                if (o.csvCopy()) {
                    copy = new FeedWriters.CopyCsvWriter(o.out().resolve(
                            quaFileName(o.insurerNo(), o.baseDate()).replace(".dat", ".copy.csv")));
                    open.add(copy);
                }
            }
            if (o.feeds().contains("tax")) {
                tax = new FeedWriters.TaxWriter(o.out().resolve(taxFileName(o.insurerNo(), o.createdOn())));
                open.add(tax);
            }
            if (o.feeds().contains("col")) {
                col = new FeedWriters.ColWriter(o.out().resolve(colFileName(o.insurerNo(), o.baseDate())));
                open.add(col);
            }
            long persons = 0;
            for (long index = 0; o.persons() > 0 ? persons < o.persons() : index < o.households(); index++) {
                int maxSize = o.persons() > 0 ? (int) Math.min(6, o.persons() - persons) : 6;
                Household h = factory.build(index, maxSize);
                persons += h.persons.size();
                if (o.changes().quaChangedPercent() > 0) {
                    factory.changeHousehold(h, o.changes().quaChangedPercent(), o.changes().round());
                }
                for (Person p : h.persons) {
                    if (qua != null) {
                        qua.person(p);
                    }
                    if (copy != null) {
                        copy.person(p);
                    }
                }
                if (tax != null) {
                    for (TaxRecord t : o.changes().taxCorrection()
                            ? factory.taxCorrection(h, o.changes().taxChangedPercent(), o.changes().taxNewPercent(), o.changes().round())
                            : factory.taxRecords(h)) {
                        tax.row(t);
                    }
                }
                if (col != null) {
                    for (Installment i : factory.installments(h)) {
                        col.row(i);
                    }
                }
            }
        } finally {
            IOException failure = null;
            for (FeedWriters.FeedWriter w : open) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
        List<WrittenFile> result = new ArrayList<>();
        for (FeedWriters.FeedWriter w : open) {
            String feed = w == qua ? "qua" : w == copy ? "copy" : w == tax ? "tax" : "col";
            result.add(new WrittenFile(w.target, feed, w.records, w.bytes));
        }
        return result;
    }

    static Options parse(String[] args) {
        Path out = null;
        String insurer = "139998";
        LocalDate base = LocalDate.of(2026, 10, 31);
        LocalDate created = null;
        long persons = 0, households = 0, seed = 42;
        Set<String> feeds = new LinkedHashSet<>(List.of("qua", "tax", "col"));
        int[] taxYears = null;
        int colPer = 0;
        boolean csvCopy = false;
        double quaChanged = 0;
        Double taxChanged = null, taxNew = null;
        int round = 1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = Path.of(args[++i]);
                case "--insurer" -> insurer = args[++i];
                case "--base-date" -> base = LocalDate.parse(args[++i], YMD);
                case "--created" -> created = LocalDate.parse(args[++i], YMD);
                case "--persons" -> persons = Long.parseLong(args[++i]);
                case "--households" -> households = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--feeds" -> feeds = new LinkedHashSet<>(Arrays.asList(args[++i].toLowerCase(Locale.ROOT).split(",")));
                case "--tax-years" -> taxYears = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--col-installments-per-household" -> colPer = Integer.parseInt(args[++i]);
                case "--csv-copy" -> csvCopy = true;
                case "--qua-changed" -> quaChanged = Double.parseDouble(args[++i]);
                case "--tax-correction" -> {
                    String[] p = args[++i].split(",");
                    taxChanged = Double.parseDouble(p[0]);
                    taxNew = Double.parseDouble(p[1]);
                }
                case "--change-round" -> round = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new Options(out, insurer, base, created == null ? base.plusDays(1) : created, persons, households,
                seed, feeds, taxYears == null ? new int[] {taxYearOn(base)} : taxYears, colPer, csvCopy,
                new Changes(quaChanged, taxChanged, taxNew, round));
    }

    static final String USAGE = """
            usage: KokuhoDataGenerator --out DIR (--persons N | --households N)
                     [--insurer 139998] [--base-date 20261031] [--created YYYYMMDD (default base date + 1)]
                     [--seed 42] [--feeds qua,tax,col] [--tax-years 2026[,2025...]]
                     [--col-installments-per-household N] [--csv-copy]
                     [--qua-changed PERCENT] [--tax-correction CHANGED%,NEW%] [--change-round N]""";

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Options o;
        try {
            o = parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        for (WrittenFile f : generate(o)) {
            out.println(f);
        }
        out.printf(Locale.ROOT, "done in %.1f s (seed %d)%n", (System.nanoTime() - t0) / 1e9, o.seed());
    }
}
