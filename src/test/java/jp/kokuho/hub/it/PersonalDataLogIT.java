package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * ログに 氏名・氏名カナ・個人番号(と住所)が出ないこと: 正常な取込でも、項目エラーで REJECTED になった取込でも。
 * The captured output is the whole console log of the shared context while the files are processed (Camel's
 * threads included: Spring Boot's OutputCapture replaces System.out for the JVM).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogIT extends HubIntegrationTest {

    private static final ByteLayout<QuaData> DATA = ByteLayout.of(QuaData.class);

    @Test
    void importedAndRejectedFilesLeaveNoPersonalDataInTheLog(CapturedOutput output) throws IOException {
        resetHub();
        Set<String> personal = new LinkedHashSet<>();

        // 1. the shipped sample: its 氏名, 氏名カナ and 個人番号 decoded from the bytes
        byte[] sample = Files.readAllBytes(Path.of("samples/qualification/QUA_139998_20261031.dat"));
        for (QuaData d : decodeData(sample)) {
            addPersonal(personal, d);
        }
        assertThat(personal).hasSizeGreaterThan(50);
        String sampleName = "QUA_139998_20261031.dat";
        drop("qualification", sampleName, sample);
        // imported, or rejected as 二重取込 when another test took the same sample in before: either way processed
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !Files.exists(dirs.inbox("qualification").resolve(sampleName))
                        && output.getOut().contains(sampleName));

        // 2. a fresh valid file
        LocalDate okDate = LocalDate.of(2032, 1, 31);
        QuaFile ok = QuaFile.of(INSURER, okDate).standardPopulation(7_200_000);
        ok.records().forEach(d -> addPersonal(personal, d));
        drop("qualification", QuaFile.name(INSURER, okDate), ok.bytes());
        awaitArchived("qualification", QuaFile.name(INSURER, okDate));

        // 3. a REJECTED file whose errors are in the personal items themselves
        LocalDate badDate = LocalDate.of(2032, 2, 29);
        QuaFile bad = QuaFile.of(INSURER, badDate).standardPopulation(7_300_000)
                .change(0, d -> d.setNameKana("ヤマダ タロウ"))          // 全角カナ: 氏名カナ の誤り
                .change(1, d -> d.setMyNumber("12345678901X"))            // 個人番号 が数字でない
                .change(2, d -> d.setName("鈴木　花子鈴木　花子"));
        bad.records().forEach(d -> addPersonal(personal, d));
        String badName = QuaFile.name(INSURER, badDate);
        byte[] badBytes = bad.bytes();
        drop("qualification", badName, badBytes);
        awaitError("qualification", badName);

        // 4. a file with a 宛名番号 twice: the database refuses the row during COPY (its server log reaches ours)
        LocalDate dupDate = LocalDate.of(2032, 3, 31);
        QuaFile dup = QuaFile.of(INSURER, dupDate).standardPopulation(7_400_000)
                .change(2, d -> d.setPersonNo("000000740000202"));
        dup.records().forEach(d -> addPersonal(personal, d));
        personal.add("000000740000202");
        String dupName = QuaFile.name(INSURER, dupDate);
        drop("qualification", dupName, dup.bytes());
        assertThat(read(awaitError("qualification", dupName)))
                .contains("宛名番号が重複しています (レコード 3 と同じ)");

        String log = output.getAll();
        assertThat(log).contains(badName).contains(QuaFile.name(INSURER, okDate));
        for (String value : personal) {
            assertThat(log).as("log must not contain personal data (value withheld)")
                    .doesNotContain(value);
        }
    }

    static void addPersonal(Set<String> personal, QuaData d) {
        for (String v : Arrays.asList(d.getName(), d.getNameKana(), d.getMyNumber())) {
            if (v == null || v.isBlank()) {
                continue;
            }
            personal.add(v.strip());
            // each part of a name too (family and given name), when long enough to be telling
            for (String part : v.strip().split("[ 　]+")) {
                if (part.length() >= 2 && !part.chars().allMatch(Character::isDigit)) {
                    personal.add(part);
                }
            }
        }
    }

    static List<QuaData> decodeData(byte[] file) {
        List<QuaData> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] == '\r' && file[i + 1] == '\n') {
                byte[] line = Arrays.copyOfRange(file, start, i);
                if (line.length > 0 && line[0] == '2') {
                    out.add(DATA.decode(line).value());
                }
                start = i + 2;
                i++;
            }
        }
        return out;
    }
}
