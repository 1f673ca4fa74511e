package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.component.file.GenericFile;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileReceipt;

/**
 * Where an intake file is while it is processed and where it goes. A taken file is moved by the route's
 * {@code preMove} into a folder of its own, {@code inbox/<feed>/.inprogress/<pick-up>/<name>}, so that a same-name
 * re-send lands in the inbox untouched and is taken next. archive/ and error/ never overwrite: a name already
 * there (or its reason file) gets {@code _<受付番号>} before the extension.
 */
@Component("intakeFolders")
public class IntakeFolders {

    /** the inbox's folder of files being processed (a dot folder: never taken as a file, never a sender's) */
    public static final String IN_PROGRESS = ".inprogress";
    /** exchange property: where the file was taken from (the inbox, or an in-progress folder after a stop) */
    static final String PICKED_FROM = "hubPickedFrom";
    static final String REASON_SUFFIX = ".reason.txt";
    private static final DateTimeFormatter FOLDER_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DataDirectories dirs;
    private final AtomicLong sequence = new AtomicLong();

    public IntakeFolders(DataDirectories dirs) {
        this.dirs = dirs;
    }

    /**
     * The route's {@code preMove} expression: a new in-progress folder for the file being taken (also for one taken
     * again from an in-progress folder after a stop, so that Camel never renames a file onto itself).
     */
    public String inProgress(Exchange exchange) {
        GenericFile<?> file = exchange.getProperty(ExchangePropertyKey.FILE_EXCHANGE_FILE, GenericFile.class);
        Path from = Path.of(file.getAbsoluteFilePath()).toAbsolutePath().normalize();
        exchange.setProperty(PICKED_FROM, from.toString());
        Path folders = inboxOf(from).resolve(IN_PROGRESS);
        String stamp = java.time.LocalDateTime.now(ResultListFormat.JAPAN).format(FOLDER_STAMP);
        Path folder;
        do {
            folder = folders.resolve(stamp + "-" + sequence.incrementAndGet());
        } while (Files.exists(folder));
        return folder.resolve(from.getFileName()).toString();
    }

    /** whether a path is a file in an in-progress folder */
    public boolean isInProgress(Path file) {
        Path folder = file.getParent();
        return folder != null && folder.getParent() != null && folder.getParent().getFileName() != null
                && IN_PROGRESS.equals(folder.getParent().getFileName().toString());
    }

    /** inbox/<feed> of a path under it */
    Path inboxOf(Path path) {
        Path rel = dirs.root().relativize(path.toAbsolutePath().normalize());
        if (rel.getNameCount() < 3 || !"inbox".equals(rel.getName(0).toString())) {
            throw new IllegalArgumentException("not in an inbox: " + path);
        }
        return dirs.inbox(rel.getName(1).toString());
    }

    /** archive/<feed>/<yyyyMMdd>/<name>, or <name>_<受付番号>.<ext> when that name is taken. */
    public Path archiveDestination(FileReceipt receipt) {
        Path day = dirs.root().resolve("archive").resolve(receipt.getFeed())
                .resolve(LocalDate.now(ResultListFormat.JAPAN).format(DateTimeFormatter.BASIC_ISO_DATE));
        return unique(day, receipt);
    }

    /** error/<feed>/<name>, or <name>_<受付番号>.<ext> when that name (or its reason file) is taken. */
    public Path errorDestination(FileReceipt receipt) {
        return unique(dirs.error(receipt.getFeed()), receipt);
    }

    /** the reason file that pairs with a file in error/ */
    public static Path reasonFile(Path rejected) {
        return rejected.resolveSibling(rejected.getFileName() + REASON_SUFFIX);
    }

    private static Path unique(Path dir, FileReceipt receipt) {
        String name = receipt.getFileName();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        Path candidate = dir.resolve(name);
        for (int n = 1; taken(candidate); n++) {
            candidate = dir.resolve(base + "_" + receipt.getId() + (n == 1 ? "" : "-" + n) + ext);
        }
        return candidate;
    }

    private static boolean taken(Path candidate) {
        return Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || Files.exists(reasonFile(candidate), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Moves the file to its destination, never over another file, and removes the per-file in-progress folder it
     * leaves empty. A destination folder that cannot be made or written fails with the IOException (an
     * infrastructure fault: the file stays and is retried).
     */
    public void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            // without REPLACE_EXISTING: an existing file is never replaced (FileAlreadyExistsException); within one
            // file system this is a rename (ATOMIC_MOVE would silently replace on Linux)
            Files.move(from, to);
            removeEmptyFolder(from);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + dirs.relative(from) + " to " + dirs.relative(to), e);
        }
    }

    /** removes the in-progress folder of a file that left it (nothing else is ever in it) */
    public void removeEmptyFolder(Path file) {
        if (!isInProgress(file)) {
            return;
        }
        try {
            Files.deleteIfExists(file.getParent());
        } catch (DirectoryNotEmptyException e) {
            // something else is in it: left alone
        } catch (IOException e) {
            // an empty folder left behind is harmless
        }
    }
}
