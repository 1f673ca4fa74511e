package jp.kokuho.hub.it;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.layout.DisInData;
import jp.kokuho.hub.mapping.layout.DisInHeader;
import jp.kokuho.hub.mapping.layout.DisInTrailer;

/** Builds IF-DIS-IN files for tests with the byte-true codec. */
public final class DisFile {

    private static final ByteLayout<DisInHeader> HEADER = ByteLayout.of(DisInHeader.class);
    private static final ByteLayout<DisInData> DATA = ByteLayout.of(DisInData.class);
    private static final ByteLayout<DisInTrailer> TRAILER = ByteLayout.of(DisInTrailer.class);
    private static final byte[] CRLF = {'\r', '\n'};

    private DisFile() {
    }

    public static String name(String insurerNo, LocalDate created) {
        return "DISIN_" + insurerNo + "_" + created.toString().replace("-", "") + ".dat";
    }

    /** one record: 受給者番号 12345678, 疾病区分 1, 疾病番号 001, 性別 1, 申請年月日 a month before the start, one year valid */
    public static DisInData contact(String contactNo, String type, String insuredNo, String branchNo, String kana,
                                    LocalDate birth, LocalDate validFrom) {
        DisInData d = new DisInData();
        d.setContactNo(contactNo);
        d.setRecipientNo("12345678");
        d.setDiseaseKind("1");
        d.setDiseaseNo("001");
        d.setInsuredNo(insuredNo);
        d.setBranchNo(branchNo);
        d.setNameKana(kana);
        d.setBirthDate(birth);
        d.setSex("1");
        d.setAppliedOn(validFrom.minusMonths(1));
        d.setValidFrom(validFrom);
        d.setValidTo(validFrom.plusYears(1).minusDays(1));
        d.setContactType(type);
        return d;
    }

    public static <T> T with(T record, Consumer<T> change) {
        change.accept(record);
        return record;
    }

    public static byte[] file(String insurerNo, LocalDate created, List<DisInData> records) {
        return file(insurerNo, created, records, h -> { });
    }

    public static byte[] file(String insurerNo, LocalDate created, List<DisInData> records,
                              Consumer<DisInHeader> header) {
        DisInHeader h = new DisInHeader();
        h.setInsurerNo(insurerNo);
        h.setCreatedOn(created);
        h.setPrefectureCode(insurerNo.substring(0, 2));
        header.accept(h);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER.encode(h));
        out.writeBytes(CRLF);
        for (DisInData d : records) {
            out.writeBytes(DATA.encode(d));
            out.writeBytes(CRLF);
        }
        DisInTrailer t = new DisInTrailer();
        t.setRecordCount(records.size());
        out.writeBytes(TRAILER.encode(t));
        out.writeBytes(CRLF);
        return out.toByteArray();
    }
}
