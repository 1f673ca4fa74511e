package jp.kokuho.hub.intake;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What one inbound feed declares: its layout, validation and registration. The shared intake pipeline
 * (pick-up, 二重取込, transaction, error/ and archive/, 取込結果リスト, claim check) does everything else.
 */
public interface FeedImport {

    /** the inbox folder name, e.g. {@code qualification} */
    String feed();

    /** the interface id shown on result lists, e.g. {@code IF-QUA} */
    String interfaceId();

    /**
     * The interface id of one file. A feed whose inbox takes several interfaces (e.g. aggregation: IF-AGG-MOV and
     * IF-AGG-75) tells them apart by the file name; the default is {@link #interfaceId()}.
     */
    default String interfaceId(String fileName) {
        return interfaceId();
    }

    /**
     * Feeds with a registration step (登録, spec "Import and registration" 2) declare the list written from the
     * per-record outcomes they recorded with a {@link RegistrationRecorder} during the import transaction; the
     * pipeline writes it after the commit ({@link IntakeSteps#finish}). Empty for feeds without registration.
     */
    default Optional<RegistrationListLayout> registrationList() {
        return Optional.empty();
    }

    /**
     * Streams the file, validates every record (collecting all errors into {@code ctx.errors()}) and stages and
     * registers its rows through {@code ctx.connection()}. Runs inside the import transaction: when any error was
     * collected the pipeline rolls everything back.
     */
    ImportSummary importFile(ImportContext ctx) throws IOException, SQLException;
}
