package jp.kokuho.hub.qualification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory test double of the {@link InsuredDirectory} port, keyed by 被保険者番号 + 枝番. */
final class MapInsuredDirectory implements InsuredDirectory {

    private final Map<String, InsuredPerson> byKey = new HashMap<>();

    MapInsuredDirectory with(InsuredPerson p) {
        byKey.put(key(p.insuredNo(), p.branchNo()), p);
        return this;
    }

    @Override
    public Optional<InsuredPerson> find(String insuredNo, String branchNo) {
        return Optional.ofNullable(byKey.get(key(insuredNo, branchNo)));
    }

    private static String key(String insuredNo, String branchNo) {
        return insuredNo + "/" + branchNo;
    }
}
