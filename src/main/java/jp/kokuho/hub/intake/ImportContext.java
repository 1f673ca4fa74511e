package jp.kokuho.hub.intake;

import java.nio.file.Path;
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
                            ErrorCollector errors, String insurerNo, LocalDate today) {
}
