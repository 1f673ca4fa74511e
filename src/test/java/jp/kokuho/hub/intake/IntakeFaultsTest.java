package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The rule of the intake, table by table: what is a file fault, an infrastructure fault, a defect. */
class IntakeFaultsTest {

    @Test
    void partsTheHubDependsOnAreInfrastructure() {
        List<Throwable> infrastructure = List.of(
                new IllegalStateException("database error while importing X", new SQLException("I/O error", "08006")),
                new SQLException("connection refused", "08001"),
                new SQLException("disk full", "53100"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("could not write", "58030"),
                new SQLException("deadlock", "40P01"),
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"),
                new CannotCreateTransactionException("no connection", new SQLException("refused", "08001")),
                new CannotGetJdbcConnectionException("no connection"),
                new UncheckedIOException(new FileSystemException("/data/archive/tax/20261130: Not a directory")),
                new UncheckedIOException(new java.io.IOException("No space left on device")),
                new RejectedExecutionException("stopping"));
        assertThat(infrastructure).allMatch(IntakeFaults::isInfrastructure);
    }

    @Test
    void aFileFaultAndADefectAreNot() {
        assertThat(IntakeFaults.isInfrastructure(FileRejectedException.of(ImportError.ofFile("x")))).isFalse();
        assertThat(IntakeFaults.isInfrastructure(new NullPointerException())).isFalse();
        assertThat(IntakeFaults.isInfrastructure(new IllegalStateException("bug"))).isFalse();
        // a constraint or a data error from the database: our code met something it did not check
        assertThat(IntakeFaults.isInfrastructure(new SQLException("value too long", "22001"))).isFalse();
        assertThat(IntakeFaults.isInfrastructure(new SQLException("duplicate key", "23505"))).isFalse();
        // bytes that cannot be decoded are the file's, never a wait
        assertThat(IntakeFaults.isInfrastructure(new UncheckedIOException(new MalformedInputException(1)))).isFalse();
    }

    @Test
    void theCauseNamesThePartWithoutRowValues() {
        assertThat(IntakeFaults.describe(new UncheckedIOException("cannot move", new NoSuchFileException("/d/archive/x"))))
                .startsWith("folder or disk: NoSuchFileException /d/archive/x");
        assertThat(IntakeFaults.describe(new IllegalStateException("x", new SQLException("Connection refused", "08001"))))
                .isEqualTo("database: database 08001");
    }
}
