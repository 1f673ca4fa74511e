package jp.kokuho.hub.mapping.layout;

/** ヘッダレコード ('1') of every fixed-length layout: its ファイル識別 and 保険者番号, read the same way by every feed. */
public interface HeaderRecord {

    String getFileId();

    String getInsurerNo();
}
