package jp.kokuho.hub.console;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kokuho.hub.intake.ReceiptStatus;
import jp.kokuho.hub.intake.ResultListFormat;

/** The Japanese names staff read for the hub's feeds, statuses and times. */
public final class ConsoleLabels {

    /** feed (inbox folder) → what staff call it */
    public static final Map<String, String> FEEDS = ordered(
            "qualification", "資格情報 (IF-QUA)",
            "tax", "住民税・所得情報 (IF-TAX)",
            "collection", "収納情報 (IF-COL)",
            "aggregation", "情報集約 (IF-AGG-MOV・IF-AGG-75)",
            "disease", "特定疾患 (IF-DIS-IN)");

    private ConsoleLabels() {
    }

    public static String feed(String feed) {
        return FEEDS.getOrDefault(feed, feed);
    }

    public static String status(String status) {
        try {
            return ReceiptStatus.valueOf(status).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return status;
        }
    }

    /** 2026/11/25 13:05:00 (Japan time), as on the lists */
    public static String time(OffsetDateTime t) {
        return ResultListFormat.timestamp(t);
    }

    public static String jobStatus(String status) {
        return switch (status == null ? "" : status) {
            case "RUNNING" -> "実行中";
            case "SUCCEEDED" -> "正常終了";
            case "FAILED" -> "異常終了";
            default -> status;
        };
    }

    /** the names of a job run's counts */
    public static final Map<String, String> COUNTS = ordered(
            "households", "世帯", "persons", "被保険者", "insured", "被保険者", "records", "レコード",
            "changes", "変更", "householdsWithoutInsured", "被保険者のいない世帯", "class1", "滞納区分 1 滞納あり",
            "class2", "滞納区分 2 特別療養費", "class3", "滞納区分 3 一時差止", "class9", "滞納区分 9 特別の事情",
            "listed", "一覧の行", "changed", "区分の変わった世帯", "answered", "回答", "closed", "回答済にした連絡番号",
            "subjects", "対象者", "basisRows", "集計根拠データの行");

    public static String count(String key) {
        return COUNTS.getOrDefault(key, key);
    }

    static Map<String, String> ordered(String... keyAndValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyAndValue.length; i += 2) {
            m.put(keyAndValue[i], keyAndValue[i + 1]);
        }
        return m;
    }
}
