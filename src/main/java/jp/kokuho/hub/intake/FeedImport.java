package jp.kokuho.hub.intake;

import java.io.IOException;
import java.sql.SQLException;

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
     * Streams the file, validates every record (collecting all errors into {@code ctx.errors()}) and stages and
     * registers its rows through {@code ctx.connection()}. Runs inside the import transaction: when any error was
     * collected the pipeline rolls everything back.
     */
    ImportSummary importFile(ImportContext ctx) throws IOException, SQLException;
}
