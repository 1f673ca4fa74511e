package jp.kokuho.hub.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;

/**
 * The outbox as staff see it: each folder with its Japanese name and kind (結果リスト, 職員向け一覧, 報告,
 * 送信ファイル), its files newest first (outbound files already sent by SFTP are under {@code .sent/}), and a safe
 * way from a (folder, name) pair of a request to the file: only the known folders, only plain names.
 */
@Component
public class OutboxCatalog {

    public enum Kind {
        RESULT_LISTS("取込・登録の結果リスト"),
        STAFF_LISTS("職員向け一覧"),
        REPORTS("報告"),
        OUTBOUND("送信ファイル (他システムへ)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** one outbox folder: its name, what staff call it, its kind */
    public record Box(String name, String title, Kind kind) {
    }

    /** one file in the outbox; {@code path} relative to the data dir (as job runs and receipts name files) */
    public record Entry(Box box, String name, boolean sent, long sizeBytes, OffsetDateTime modified, String path) {
        public boolean csv() {
            return name.endsWith(".csv");
        }

        /** 作成日時 in Japan time */
        public String modifiedLabel() {
            return ConsoleLabels.time(modified);
        }

        /** a staff CSV list: it gets "Excel で開く" */
        public boolean staffList() {
            return csv() && box.kind() != Kind.OUTBOUND;
        }
    }

    public static final List<Box> BOXES = List.of(
            new Box("import-results", "取込結果リスト", Kind.RESULT_LISTS),
            new Box("registration-results", "登録結果リスト (情報集約)", Kind.RESULT_LISTS),
            new Box("disease-registrations", "特定疾患情報登録リスト", Kind.RESULT_LISTS),
            new Box("income-class-changes", "所得区分変更一覧", Kind.STAFF_LISTS),
            new Box("arrears", "滞納区分一覧", Kind.STAFF_LISTS),
            new Box("disease-subjects", "特定疾患対象者一覧", Kind.STAFF_LISTS),
            new Box("monthly-report", "事業月報・集計根拠データ", Kind.REPORTS),
            new Box("annual-report", "事業年報", Kind.REPORTS),
            new Box("to-aggregation", "国保情報集約システムへ (IF-AGG-INC)", Kind.OUTBOUND),
            new Box("to-sogo", "国保総合システムへ (IF-SOGO-ARR)", Kind.OUTBOUND),
            new Box("to-prefecture", "都道府県へ (IF-DIS-ANS)", Kind.OUTBOUND));

    private final DataDirectories dirs;

    public OutboxCatalog(DataDirectories dirs) {
        this.dirs = dirs;
    }

    public Optional<Box> box(String name) {
        return BOXES.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** the files of a folder, newest first */
    public List<Entry> files(Box box) {
        List<Entry> out = new ArrayList<>();
        Path dir = dirs.outbox(box.name());
        list(box, dir, false, out);
        list(box, dir.resolve(".sent"), true, out);
        out.sort(Comparator.comparing(Entry::modified).reversed().thenComparing(Entry::name, Comparator.reverseOrder()));
        return out;
    }

    /** every file of every folder written after {@code since}, newest first */
    public List<Entry> newSince(Instant since) {
        List<Entry> out = new ArrayList<>();
        for (Box b : BOXES) {
            files(b).stream().filter(e -> e.modified().toInstant().isAfter(since)).forEach(out::add);
        }
        out.sort(Comparator.comparing(Entry::modified).reversed());
        return out;
    }

    /** the file of a request, only when it is a plain name in a known folder */
    public Optional<Entry> find(String boxName, String name, boolean sent) {
        Optional<Box> box = box(boxName);
        if (box.isEmpty() || !plainName(name)) {
            return Optional.empty();
        }
        Path dir = dirs.outbox(boxName);
        Path file = (sent ? dir.resolve(".sent") : dir).resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(entry(box.get(), file, sent));
    }

    /** a file named by its path relative to the data dir ({@code outbox/<box>/<name>}), as job runs list them */
    public Optional<Entry> byRelativePath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.split("/");
        if (parts.length == 3 && parts[0].equals("outbox")) {
            return find(parts[1], parts[2], false);
        }
        if (parts.length == 4 && parts[0].equals("outbox") && parts[2].equals(".sent")) {
            return find(parts[1], parts[3], true);
        }
        return Optional.empty();
    }

    public Path path(Entry e) {
        Path dir = dirs.outbox(e.box().name());
        return (e.sent() ? dir.resolve(".sent") : dir).resolve(e.name());
    }

    static boolean plainName(String name) {
        return name != null && !name.isBlank() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\")
                && !name.contains("\0");
    }

    private void list(Box box, Path dir, boolean sent, List<Entry> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> plainName(p.getFileName().toString()) && Files.isRegularFile(p))
                    .forEach(p -> out.add(entry(box, p, sent)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private Entry entry(Box box, Path file, boolean sent) {
        try {
            return new Entry(box, file.getFileName().toString(), sent, Files.size(file),
                    Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC), dirs.relative(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
