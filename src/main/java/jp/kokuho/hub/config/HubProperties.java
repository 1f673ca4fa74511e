package jp.kokuho.hub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The hub's own settings ({@code hub.*}).
 *
 * @param insurerNo this municipality's 6-digit 保険者番号; its first two digits are the 都道府県番号
 * @param dataDir   root of inbox/, archive/, error/, outbox/ (and of the embedded database and broker)
 * @param intake    pick-up and validation settings of the shared intake pipeline
 */
@Validated
@ConfigurationProperties(prefix = "hub")
public record HubProperties(
        @NotBlank(message = "hub.insurer-no (保険者番号, 6 digits) must be set")
        @Pattern(regexp = "\\d{6}", message = "hub.insurer-no must be 6 digits") String insurerNo,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Intake intake) {

    /** 都道府県番号: the first two digits of the 保険者番号. */
    public String prefectureCode() {
        return insurerNo.substring(0, 2);
    }

    /**
     * @param errorCap         at most this many errors are listed per rejected file (the count is always exact)
     * @param pollDelayMs      how often each inbox is looked at (milliseconds)
     * @param stableMs         a file is picked up once its size and time have not changed for this long
     * @param doneMarkerFeeds  feeds whose sender writes a {@code <name>.done} marker when the file is complete: their
     *                         files are taken once the marker is there (and the marker is removed with the file)
     * @param retryDelayMs     first wait before a file that met an infrastructure fault is tried again; doubled on
     *                         each further fault up to {@code retryMaxDelayMs}
     * @param retryMaxDelayMs  the longest wait between two attempts
     * @param defectAttempts   attempts of a file that meets an unexpected error (a defect) before it goes to error/
     *                         as FAILED
     */
    public record Intake(@DefaultValue("1000") int errorCap,
                         @DefaultValue("1000") long pollDelayMs,
                         @DefaultValue("1000") long stableMs,
                         @DefaultValue java.util.Set<String> doneMarkerFeeds,
                         @DefaultValue("2000") long retryDelayMs,
                         @DefaultValue("300000") long retryMaxDelayMs,
                         @DefaultValue("3") int defectAttempts) {

        /** the feeds whose files are taken only once {@code <name>.done} is beside them */
        public boolean doneMarker(String feed) {
            return doneMarkerFeeds != null && doneMarkerFeeds.contains(feed);
        }
    }
}
