package jp.kokuho.hub.it;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.layout.Agg75Data;
import jp.kokuho.hub.mapping.layout.Agg75Header;
import jp.kokuho.hub.mapping.layout.Agg75Trailer;
import jp.kokuho.hub.mapping.layout.AggMovData;
import jp.kokuho.hub.mapping.layout.AggMovHeader;
import jp.kokuho.hub.mapping.layout.AggMovTrailer;

/** Builds IF-AGG-MOV and IF-AGG-75 files for tests with the byte-true codec. */
public final class AggFile {

    private static final ByteLayout<AggMovHeader> MOV_HEADER = ByteLayout.of(AggMovHeader.class);
    private static final ByteLayout<AggMovData> MOV_DATA = ByteLayout.of(AggMovData.class);
    private static final ByteLayout<AggMovTrailer> MOV_TRAILER = ByteLayout.of(AggMovTrailer.class);
    private static final ByteLayout<Agg75Header> H75 = ByteLayout.of(Agg75Header.class);
    private static final ByteLayout<Agg75Data> D75 = ByteLayout.of(Agg75Data.class);
    private static final ByteLayout<Agg75Trailer> T75 = ByteLayout.of(Agg75Trailer.class);

    private AggFile() {
    }

    public static String moveName(String insurerNo, LocalDate created) {
        return "AGGMOV_" + insurerNo + "_" + created.toString().replace("-", "") + ".dat";
    }

    public static String name75(String insurerNo, LocalDate created) {
        return "AGG75_" + insurerNo + "_" + created.toString().replace("-", "") + ".dat";
    }

    /** A valid move: 転入前 in the same prefecture (first two digits), 世帯継続区分 1. */
    public static AggMovData move(String linkNo, String insurerNo, String insuredNo, String branchNo, LocalDate birth,
                                  LocalDate movedOn, int highCostCount, String lastHighCostMonth) {
        AggMovData d = new AggMovData();
        d.setLinkNo(linkNo);
        d.setInsurerNo(insurerNo);
        d.setPreviousInsurerNo(insurerNo.substring(0, 2) + "0001");
        d.setInsuredNo(insuredNo);
        d.setBranchNo(branchNo);
        d.setBirthDate(birth);
        d.setMovedOn(movedOn);
        d.setHighCostCount(highCostCount);
        d.setLastHighCostMonth(lastHighCostMonth);
        d.setContinuity("1");
        return d;
    }

    /** A valid IF-AGG-75 record: 75歳到達年月日 = birth.plusYears(75), 特例対象年月 its month. */
    public static Agg75Data seventyFive(String linkNo, String insurerNo, String insuredNo, String branchNo,
                                        LocalDate birth) {
        Agg75Data d = new Agg75Data();
        d.setLinkNo(linkNo);
        d.setInsurerNo(insurerNo);
        d.setInsuredNo(insuredNo);
        d.setBranchNo(branchNo);
        d.setBirthDate(birth);
        d.setReached75On(birth.plusYears(75));
        YearMonth m = YearMonth.from(birth.plusYears(75));
        d.setSpecialMonth(String.format("%04d%02d", m.getYear(), m.getMonthValue()));
        d.setPreviousInsurerNo(insurerNo.substring(0, 2) + "0001");
        return d;
    }

    public static <T> T with(T record, Consumer<T> change) {
        change.accept(record);
        return record;
    }

    public static byte[] moveFile(String insurerNo, LocalDate created, List<AggMovData> records) {
        return moveFile(insurerNo, created, records, h -> { });
    }

    public static byte[] moveFile(String insurerNo, LocalDate created, List<AggMovData> records,
                                  Consumer<AggMovHeader> header) {
        AggMovHeader h = new AggMovHeader();
        h.setInsurerNo(insurerNo);
        h.setCreatedOn(created);
        h.setProcessMonth(String.format("%04d%02d", created.getYear(), created.getMonthValue()));
        header.accept(h);
        List<byte[]> data = new ArrayList<>();
        records.forEach(d -> data.add(MOV_DATA.encode(d)));
        return file(MOV_HEADER.encode(h), data, MOV_TRAILER.encode(new AggMovTrailer(records.size())));
    }

    public static byte[] file75(String insurerNo, LocalDate created, List<Agg75Data> records) {
        Agg75Header h = new Agg75Header();
        h.setInsurerNo(insurerNo);
        h.setCreatedOn(created);
        h.setProcessMonth(String.format("%04d%02d", created.getYear(), created.getMonthValue()));
        List<byte[]> data = new ArrayList<>();
        records.forEach(d -> data.add(D75.encode(d)));
        Agg75Trailer t = new Agg75Trailer();
        t.setRecordCount(records.size());
        return file(H75.encode(h), data, T75.encode(t));
    }

    private static byte[] file(byte[] header, List<byte[]> data, byte[] trailer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(new byte[] {'\r', '\n'});
        for (byte[] d : data) {
            out.writeBytes(d);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes(trailer);
        out.writeBytes(new byte[] {'\r', '\n'});
        return out.toByteArray();
    }
}
