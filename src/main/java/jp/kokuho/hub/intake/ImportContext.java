package jp.kokuho.hub.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.LocalDate;

/**
 * Everything one file's import needs.
 *
 * @param receiptId  the batch id of this file (stored with every registered row)
 * @param file       the file in the inbox
 * @param fileName   its name
 * @param connection the import transaction's connection (PostgreSQL)
 * @param errors     where every validation error goes
 * @param insurerNo  our 保険者番号
 * @param today      the processing date (Japan time)
 */
public record ImportContext(long receiptId, Path file, String fileName, Connection connection,
                            ErrorCollector errors, String insurerNo, LocalDate today,
                            MessageDigest digest) {

    /** The file to read; what is read also goes into the SHA-256 of the file (二重取込), so it is read once. */
    public InputStream openFile() throws IOException {
        digest.reset();
        return new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 256 * 1024), digest);
    }
}
