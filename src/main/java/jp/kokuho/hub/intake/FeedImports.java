package jp.kokuho.hub.intake;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every {@link FeedImport} bean, by feed name. */
@Component
public class FeedImports {

    private final Map<String, FeedImport> byFeed;

    public FeedImports(List<FeedImport> imports) {
        this.byFeed = imports.stream().collect(Collectors.toMap(FeedImport::feed, Function.identity()));
    }

    public FeedImport get(String feed) {
        FeedImport feedImport = byFeed.get(feed);
        if (feedImport == null) {
            throw new IllegalStateException("no import is declared for the feed " + feed);
        }
        return feedImport;
    }
}
