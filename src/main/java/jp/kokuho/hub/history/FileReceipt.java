package jp.kokuho.hub.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.apache.camel.component.jpa.Consumed;
import org.hibernate.annotations.DynamicUpdate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.kokuho.hub.intake.ReceiptStatus;

/**
 * One received file in the processing history. Its id is the batch id that the claim-check message carries.
 */
@Entity
@Table(name = "file_receipt")
// only changed columns are written: the claim-check consumer (claimCheckSent) merges this entity while the intake's
// ReceiptService updates other columns of the same row in its own transactions; neither may undo the other
@DynamicUpdate
@NamedQuery(name = FileReceipt.PENDING_CLAIM_CHECKS,
        query = "select r from FileReceipt r where r.status = jp.kokuho.hub.intake.ReceiptStatus.IMPORTED"
                + " and r.claimCheckSent = false order by r.id")
public class FileReceipt {

    public static final String PENDING_CLAIM_CHECKS = "FileReceipt.pendingClaimChecks";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String feed;
    private String interfaceId;
    private String fileName;
    @Column(name = "sha256")
    private String sha256;
    private long sizeBytes;
    private OffsetDateTime receivedAt;
    private OffsetDateTime finishedAt;
    @Enumerated(EnumType.STRING)
    private ReceiptStatus status;
    private Integer recordCount;
    private Integer errorCount;
    private LocalDate baseDate;
    private String resultList;
    private Integer registeredCount;
    private Integer registrationErrorCount;
    private String registrationList;
    private boolean claimCheckSent;
    private String location;
    private String destination;
    private String reasonFile;
    private OffsetDateTime filedAt;
    private String waitCause;
    private OffsetDateTime waitingSince;
    private int retries;
    private String retriedBy;
    private OffsetDateTime retriedAt;

    protected FileReceipt() {
    }

    public FileReceipt(String feed, String fileName, long sizeBytes, OffsetDateTime receivedAt) {
        this.feed = feed;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.receivedAt = receivedAt;
        this.status = ReceiptStatus.RECEIVED;
    }

    /** Called by the Camel JPA consumer once the claim check is on the queue. */
    @Consumed
    public void claimCheckDelivered() {
        this.claimCheckSent = true;
    }

    public Long getId() { return id; }
    public String getFeed() { return feed; }
    public String getInterfaceId() { return interfaceId; }
    public void setInterfaceId(String interfaceId) { this.interfaceId = interfaceId; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public OffsetDateTime getFinishedAt() { return finishedAt; }
    public void setFinishedAt(OffsetDateTime finishedAt) { this.finishedAt = finishedAt; }
    public ReceiptStatus getStatus() { return status; }
    public void setStatus(ReceiptStatus status) { this.status = status; }
    public Integer getRecordCount() { return recordCount; }
    public void setRecordCount(Integer recordCount) { this.recordCount = recordCount; }
    public Integer getErrorCount() { return errorCount; }
    public void setErrorCount(Integer errorCount) { this.errorCount = errorCount; }
    public LocalDate getBaseDate() { return baseDate; }
    public void setBaseDate(LocalDate baseDate) { this.baseDate = baseDate; }
    public String getResultList() { return resultList; }
    public void setResultList(String resultList) { this.resultList = resultList; }
    public Integer getRegisteredCount() { return registeredCount; }
    public Integer getRegistrationErrorCount() { return registrationErrorCount; }
    public String getRegistrationList() { return registrationList; }

    /** 登録 and エラー counts of the registration step, and its list (relative to the data dir) */
    public void setRegistration(int registered, int errors, String list) {
        this.registeredCount = registered;
        this.registrationErrorCount = errors;
        this.registrationList = list;
    }

    /** where the file is now, relative to the data directory */
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    /** archive/ or error/ path chosen before the move (null until then) */
    public String getDestination() { return destination; }
    /** the reason file beside a rejected file in error/ */
    public String getReasonFile() { return reasonFile; }
    /** when the file reached archive/ or error/ (null while it is in the inbox's in-progress folder) */
    public OffsetDateTime getFiledAt() { return filedAt; }
    /** the last infrastructure fault the file waited on */
    public String getWaitCause() { return waitCause; }
    /** since when the file waits on that fault; null when it does not wait */
    public OffsetDateTime getWaitingSince() { return waitingSince; }
    public void setWaitingSince(OffsetDateTime waitingSince) { this.waitingSince = waitingSince; }
    /** attempts that failed on an infrastructure fault (or a defect) */
    public int getRetries() { return retries; }
    /** the operator who put the rejected file back in its inbox */
    public String getRetriedBy() { return retriedBy; }
    public OffsetDateTime getRetriedAt() { return retriedAt; }
    public boolean isClaimCheckSent() { return claimCheckSent; }
}
