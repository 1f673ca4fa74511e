package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The text of {@code error/<feed>/<file>.reason.txt}: one line for the file, one per error (as
 * {@link ImportError#describe}), and how many were left out. The console's 理由 download is the same text,
 * made from the stored errors of that receipt.
 */
public final class ReasonText {

    private ReasonText() {
    }

    public static void write(Writer w, String fileName, String statusLabel, long errorCount, List<ImportError> errors)
            throws IOException {
        w.write(fileName + ": " + statusLabel + " (" + errorCount + " 件のエラー)\n");
        for (ImportError e : errors) {
            w.write(e.describe());
            w.write('\n');
        }
        if (errorCount > errors.size()) {
            w.write("ほか " + (errorCount - errors.size()) + " 件は省略しました\n");
        }
    }
}
