package jp.kokuho.hub.outbox;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file appears in an outbox only complete: it is written under a temporary name beginning with a dot
 * and then renamed atomically; when writing fails the temporary file is removed and an earlier file stays as it
 * was. A rerun that replaces a file says so in the log.
 */
public final class OutboxFiles {

    private static final Logger log = LoggerFactory.getLogger(OutboxFiles.class);

    @FunctionalInterface
    public interface Content<T> {
        void writeTo(T out) throws IOException;
    }

    private OutboxFiles() {
    }

    public static Path writeBytes(Path target, Content<OutputStream> content) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException | Error e) {
                // nothing half-written stays: the temporary file goes, an earlier target is untouched
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            boolean replacing = Files.exists(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (replacing) {
                log.info("replaced the earlier {}", target.getFileName());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public static Path writeText(Path target, Charset charset, Content<Writer> content) {
        return writeBytes(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, charset));
            content.writeTo(w);
            w.flush();
        });
    }
}
