package jp.kokuho.hub.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file handed to the browser as it is, under its own (Japanese) name. */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static ResponseEntity<Resource> file(Path file, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .contentType(type(name))
                .body(new FileSystemResource(file));
    }

    static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }

    static MediaType type(String name) {
        if (name.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv; charset=windows-31j");
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".txt")) {
            return MediaType.parseMediaType("text/plain; charset=UTF-8");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
