package jp.kokuho.hub.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reason a file was rejected, kept with its receipt. */
@Entity
@Table(name = "file_error")
public class FileError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long receiptId;
    private int seq;
    private Integer recordNo;
    private String item;
    private String message;

    protected FileError() {
    }

    public FileError(Long receiptId, int seq, Integer recordNo, String item, String message) {
        this.receiptId = receiptId;
        this.seq = seq;
        this.recordNo = recordNo;
        this.item = item;
        this.message = message;
    }

    public Long getReceiptId() { return receiptId; }
    public int getSeq() { return seq; }
    public Integer getRecordNo() { return recordNo; }
    public String getItem() { return item; }
    public String getMessage() { return message; }
}
