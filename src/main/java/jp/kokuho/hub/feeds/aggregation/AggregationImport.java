package jp.kokuho.hub.feeds.aggregation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.FeedImport;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.intake.ImportSummary;
import jp.kokuho.hub.intake.RegistrationListLayout;
import jp.kokuho.hub.intake.RegistrationResultListLayout;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.qualification.QualificationCheck;

/**
 * 国保情報集約システム連携 inbound (inbox/aggregation): IF-AGG-MOV and IF-AGG-75 arrive in one folder. The file name
 * (AGGMOV_… / AGG75_…) says which; a name that says neither is read by its header's ファイル識別 (AGGMOV01 /
 * AGG75001) so that its errors are listed in full, and is rejected for its name. Both kinds go through the same
 * shape ({@link AggregationKind}): import, then registration with 資格確認 in the same transaction, then the
 * 登録結果リスト.
 */
@Component
public class AggregationImport implements FeedImport {

    static final String FEED = "aggregation";
    private static final RegistrationListLayout LIST = new RegistrationResultListLayout();

    private final List<AggregationKind<?, ?>> kinds;

    public AggregationImport(QualificationCheck qualificationCheck) {
        this.kinds = List.of(new MoveImport(qualificationCheck), new SeventyFiveImport(qualificationCheck));
    }

    @Override
    public String feed() {
        return FEED;
    }

    /**
     * {@code IF-AGG}: a file whose name says neither kind (it is rejected for its name); a file's own interface is
     * {@link #interfaceId(String)}.
     */
    @Override
    public String interfaceId() {
        return "IF-AGG";
    }

    @Override
    public String interfaceId(String fileName) {
        return byName(fileName).map(FeedImport::interfaceId).orElse(interfaceId());
    }

    @Override
    public Optional<RegistrationListLayout> registrationList() {
        return Optional.of(LIST);
    }

    @Override
    public ImportSummary importFile(ImportContext ctx) throws IOException, SQLException {
        Optional<AggregationKind<?, ?>> kind = byName(ctx.fileName());
        if (kind.isEmpty()) {
            kind = byHeader(ctx);
        }
        if (kind.isPresent()) {
            return kind.get().importFile(ctx);
        }
        try (InputStream in = ctx.openFile()) {
            in.transferTo(OutputStream.nullOutputStream()); // the SHA-256 of the file (二重取込) is of every byte
        }
        ctx.errors().add(ImportError.ofFile("ファイル名", "ファイル名が規定の形式ではありません (期待 "
                + kinds.stream().map(AggregationKind::namePattern).collect(Collectors.joining(" または "))
                + ", 実際 " + ctx.fileName() + ")"));
        return new ImportSummary(0, null);
    }

    private Optional<AggregationKind<?, ?>> byName(String fileName) {
        return fileName == null ? Optional.empty() : kinds.stream().filter(k -> k.namedBy(fileName)).findFirst();
    }

    /** the kind whose ファイル識別 is in the first record's bytes 2–9 */
    private Optional<AggregationKind<?, ?>> byHeader(ImportContext ctx) throws IOException {
        byte[] start;
        try (InputStream in = ctx.openFile()) {
            start = in.readNBytes(9);
        }
        if (start.length < 9) {
            return Optional.empty();
        }
        String fileId = new String(start, 1, 8, StandardCharsets.ISO_8859_1);
        Optional<FixedLayoutSet> layout = Layouts.byFileId(fileId);
        return layout.flatMap(l -> kinds.stream().filter(k -> k.interfaceId().equals(l.id())).findFirst());
    }
}
