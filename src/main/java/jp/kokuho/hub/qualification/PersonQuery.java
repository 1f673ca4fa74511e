package jp.kokuho.hub.qualification;

import java.time.LocalDate;

/**
 * A person as another system names them.
 *
 * @param insuredNo 被保険者番号
 * @param branchNo  枝番
 * @param birthDate 生年月日
 * @param nameKana  氏名カナ; null or blank = not given (then not compared)
 */
public record PersonQuery(String insuredNo, String branchNo, LocalDate birthDate, String nameKana) {
}
