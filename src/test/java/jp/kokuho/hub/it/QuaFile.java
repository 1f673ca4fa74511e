package jp.kokuho.hub.it;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.layout.QuaData;
import jp.kokuho.hub.mapping.layout.QuaHeader;
import jp.kokuho.hub.mapping.layout.QuaTrailer;

/** Builds IF-QUA files for tests: a valid small population by default, changed record by record. */
public final class QuaFile {

    private static final ByteLayout<QuaHeader> HEADER = ByteLayout.of(QuaHeader.class);
    private static final ByteLayout<QuaData> DATA = ByteLayout.of(QuaData.class);
    private static final ByteLayout<QuaTrailer> TRAILER = ByteLayout.of(QuaTrailer.class);

    private final QuaHeader header = new QuaHeader();
    private final List<QuaData> records = new ArrayList<>();
    private Integer trailerCount;

    private QuaFile(String insurerNo, LocalDate baseDate) {
        header.setInsurerNo(insurerNo);
        header.setCreatedOn(baseDate.plusDays(1));
        header.setBaseDate(baseDate);
    }

    public static QuaFile of(String insurerNo, LocalDate baseDate) {
        return new QuaFile(insurerNo, baseDate);
    }

    public static String name(String insurerNo, LocalDate baseDate) {
        return "QUA_" + insurerNo + "_" + baseDate.toString().replace("-", "") + ".dat";
    }

    /** Three households: a head alone; a couple with a child; a 擬制世帯主 with an insured member. */
    public QuaFile standardPopulation(int householdBase) {
        add(insured(householdBase + 1, 1, "1", "ﾔﾏﾀﾞ ﾀﾛｳ", "山田　太郎", LocalDate.of(1960, 4, 1)));
        add(insured(householdBase + 2, 2, "1", "ｽｽﾞｷ ｲﾁﾛｳ", "鈴木　一郎", LocalDate.of(1980, 6, 15)));
        add(insured(householdBase + 2, 3, "0", "ｽｽﾞｷ ﾊﾅｺ", "鈴木　花子", LocalDate.of(1982, 2, 1)));
        add(insured(householdBase + 2, 4, "0", "ｽｽﾞｷ ｼﾞﾛｳ", "鈴木　次郎", LocalDate.of(2020, 7, 7)));
        QuaData fictitiousHead = insured(householdBase + 3, 5, "1", "ﾀｶﾊｼ ｹﾝ", "髙橋　健", LocalDate.of(1970, 1, 1));
        fictitiousHead.setMemberType("2");
        fictitiousHead.setInsuredNo(null);
        fictitiousHead.setBranchNo(null);
        fictitiousHead.setAcquiredOn(null);
        fictitiousHead.setAcquireReason(null);
        add(fictitiousHead);
        add(insured(householdBase + 3, 6, "0", "ﾀｶﾊｼ ﾕｳｺ", "髙橋　優子", LocalDate.of(1972, 3, 3)));
        return this;
    }

    public static QuaData insured(long householdNo, long personSeq, String headFlag, String kana, String name,
                                  LocalDate birth) {
        QuaData d = new QuaData();
        d.setHouseholdNo(String.format("%010d", householdNo));
        d.setPersonNo(String.format("%015d", householdNo * 100 + personSeq));
        d.setInsuredNo(String.format("%08d", householdNo % 100_000_000));
        d.setBranchNo(String.format("%02d", personSeq % 100));
        d.setMyNumber(String.format("%012d", 100_000_000_000L + householdNo * 100 + personSeq));
        d.setNameKana(kana);
        d.setName(name);
        d.setBirthDate(birth);
        d.setSex(personSeq % 2 == 0 ? "2" : "1");
        d.setMemberType("1");
        d.setHeadFlag(headFlag);
        d.setAcquiredOn(birth.isAfter(LocalDate.of(2020, 1, 1)) ? birth : LocalDate.of(2020, 4, 1));
        d.setAcquireReason(birth.isAfter(LocalDate.of(2020, 1, 1)) ? "03" : "02");
        return d;
    }

    public QuaFile add(QuaData d) {
        records.add(d);
        return this;
    }

    public QuaFile change(int index, Consumer<QuaData> change) {
        change.accept(records.get(index));
        return this;
    }

    public QuaFile header(Consumer<QuaHeader> change) {
        change.accept(header);
        return this;
    }

    public QuaFile trailerCount(int count) {
        this.trailerCount = count;
        return this;
    }

    public List<QuaData> records() {
        return records;
    }

    /** One record's bytes without CRLF (for tests that corrupt bytes). */
    public static byte[] encode(QuaData d) {
        return DATA.encode(d);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER.encode(header));
        out.writeBytes(new byte[] {'\r', '\n'});
        for (QuaData d : records) {
            out.writeBytes(DATA.encode(d));
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        QuaTrailer trailer = new QuaTrailer();
        trailer.setRecordCount(trailerCount == null ? records.size() : trailerCount);
        out.writeBytes(TRAILER.encode(trailer));
        out.writeBytes(new byte[] {'\r', '\n'});
        return out.toByteArray();
    }
}
