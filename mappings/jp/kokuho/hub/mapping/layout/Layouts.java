package jp.kokuho.hub.mapping.layout;

import java.util.List;
import java.util.Optional;

/** Registry of the fixed-length interfaces of layouts.md. */
public final class Layouts {

    public static final FixedLayoutSet IF_QUA = new FixedLayoutSet("IF-QUA", QuaHeader.FILE_ID, 200,
            QuaHeader.class, QuaData.class, QuaTrailer.class);
    public static final FixedLayoutSet IF_AGG_MOV = new FixedLayoutSet("IF-AGG-MOV", AggMovHeader.FILE_ID, 120,
            AggMovHeader.class, AggMovData.class, AggMovTrailer.class);
    public static final FixedLayoutSet IF_AGG_75 = new FixedLayoutSet("IF-AGG-75", Agg75Header.FILE_ID, 120,
            Agg75Header.class, Agg75Data.class, Agg75Trailer.class);
    public static final FixedLayoutSet IF_AGG_INC = new FixedLayoutSet("IF-AGG-INC", AggIncHeader.FILE_ID, 100,
            AggIncHeader.class, AggIncData.class, AggIncTrailer.class);
    public static final FixedLayoutSet IF_SOGO_ARR = new FixedLayoutSet("IF-SOGO-ARR", SogoArrHeader.FILE_ID, 80,
            SogoArrHeader.class, SogoArrData.class, SogoArrTrailer.class);
    public static final FixedLayoutSet IF_DIS_IN = new FixedLayoutSet("IF-DIS-IN", DisInHeader.FILE_ID, 200,
            DisInHeader.class, DisInData.class, DisInTrailer.class);
    public static final FixedLayoutSet IF_DIS_ANS = new FixedLayoutSet("IF-DIS-ANS", DisAnsHeader.FILE_ID, 120,
            DisAnsHeader.class, DisAnsData.class, DisAnsTrailer.class);

    public static final List<FixedLayoutSet> ALL =
            List.of(IF_QUA, IF_AGG_MOV, IF_AGG_75, IF_AGG_INC, IF_SOGO_ARR, IF_DIS_IN, IF_DIS_ANS);

    private Layouts() {
    }

    /** The layout with this interface id (e.g. "IF-QUA"). */
    public static Optional<FixedLayoutSet> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The layout whose header carries this ファイル識別 (e.g. "QUA00001"). */
    public static Optional<FixedLayoutSet> byFileId(String fileId) {
        return ALL.stream().filter(l -> l.fileId().equals(fileId)).findFirst();
    }
}
