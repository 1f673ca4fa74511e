package jp.kokuho.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.mapping.layout.AggIncData;
import jp.kokuho.hub.mapping.layout.AggIncHeader;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.mapping.layout.SogoArrData;
import jp.kokuho.hub.mapping.layout.SogoArrHeader;

/** The outbound fixed-length writer: the bytes of header, records and trailer, and nothing half-written. */
class FixedLengthFileWriterTest {

    private static final FixedLengthFileWriter<SogoArrHeader, SogoArrData> WRITER =
            FixedLengthFileWriter.of(Layouts.IF_SOGO_ARR, SogoArrHeader.class, SogoArrData.class);
    private static final LocalDate BASE = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    @Test
    void headerRecordsAndTrailerCountEachEndingInCrlf() throws IOException {
        Path target = dir.resolve("to-sogo/SOGOARR_123456_20261130.dat");

        long written = WRITER.write(target, header(), records -> {
            records.add(data("0000000001", "00000001", "01", 12_345));
            records.add(data("0000000002", "00000002", "02", 7));
            assertThat(records.count()).isEqualTo(2);
        });

        assertThat(written).isEqualTo(2);
        // expected bytes spelled out from the IF-SOGO-ARR layout (80 bytes a record, 予備 as spaces)
        String expected = pad("1SOGOARR1" + "123456" + "20261201" + "20261130")
                + pad("2" + "123456" + "0000000001" + "00000001" + "01" + "2" + "20260131" + "0000012345" + "003"
                + "20261130")
                + pad("2" + "123456" + "0000000002" + "00000002" + "02" + "2" + "20260131" + "0000000007" + "003"
                + "20261130")
                + pad("9" + "0000002");
        assertThat(Files.readAllBytes(target)).isEqualTo(expected.getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.size(target)).isEqualTo(4 * 82);
        assertNoTemporaryFiles(target.getParent());
    }

    @Test
    void aFileWithoutDataRecordsHasHeaderAndTrailerZero() throws IOException {
        Path target = dir.resolve("SOGOARR_123456_20261130.dat");

        long written = WRITER.write(target, header(), records -> {
        });

        assertThat(written).isZero();
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.US_ASCII))
                .isEqualTo(pad("1SOGOARR1" + "123456" + "20261201" + "20261130") + pad("9" + "0000000"));
    }

    @Test
    void aFailingBodyLeavesNoTemporaryFileAndTheEarlierFileUntouched() throws IOException {
        Path target = dir.resolve("SOGOARR_123456_20261130.dat");
        WRITER.write(target, header(), records -> records.add(data("0000000001", "00000001", "01", 1)));
        byte[] earlier = Files.readAllBytes(target);

        assertThatThrownBy(() -> WRITER.write(target, header(), records -> {
            for (int i = 0; i < 5_000; i++) { // more than the buffer: bytes reached the temporary file
                records.add(data("0000000001", "00000001", "01", i));
            }
            throw new IOException("the database went away");
        })).hasRootCauseMessage("the database went away");

        assertThat(Files.readAllBytes(target)).isEqualTo(earlier);
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aValueThatDoesNotFitItsBytesLeavesNothing() throws IOException {
        Path target = dir.resolve("SOGOARR_123456_20261130.dat");

        assertThatThrownBy(() -> WRITER.write(target, header(), records -> {
            records.add(data("0000000001", "00000001", "01", 1));
            records.add(data("0000000001", "00000001", "01", 12_345_678_901L)); // 未納額 has 10 digits
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未納額");

        assertThat(target).doesNotExist();
        assertNoTemporaryFiles(dir);
    }

    @Test
    void theRecordClassesMustBeTheLayouts() {
        assertThatThrownBy(() -> FixedLengthFileWriter.of(Layouts.IF_SOGO_ARR, AggIncHeader.class, AggIncData.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IF-SOGO-ARR");
    }

    private static SogoArrHeader header() {
        SogoArrHeader h = new SogoArrHeader();
        h.setInsurerNo("123456");
        h.setCreatedOn(LocalDate.of(2026, 12, 1));
        h.setBaseDate(BASE);
        return h;
    }

    private static SogoArrData data(String householdNo, String insuredNo, String branchNo, long unpaid) {
        SogoArrData d = new SogoArrData();
        d.setInsurerNo("123456");
        d.setHouseholdNo(householdNo);
        d.setInsuredNo(insuredNo);
        d.setBranchNo(branchNo);
        d.setArrearsClass("2");
        d.setOldestDueDate(LocalDate.of(2026, 1, 31));
        d.setUnpaidAmount(unpaid);
        d.setUnpaidCount(3);
        d.setBaseDate(BASE);
        return d;
    }

    private static String pad(String record) {
        return record + " ".repeat(80 - record.length()) + "\r\n";
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp"));
        }
    }
}
