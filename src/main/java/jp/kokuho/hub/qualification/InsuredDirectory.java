package jp.kokuho.hub.qualification;

import java.util.Optional;

/** Port: looks up 被保険者 (構成員区分 1) of the latest IF-QUA snapshot by 被保険者番号 + 枝番. */
public interface InsuredDirectory {

    /** 被保険者番号+枝番 is unique among 構成員区分 1, so at most one person is found. */
    Optional<InsuredPerson> find(String insuredNo, String branchNo);
}
