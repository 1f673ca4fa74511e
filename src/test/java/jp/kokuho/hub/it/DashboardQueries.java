package jp.kokuho.hub.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The metric names a Grafana dashboard's PromQL queries read: every {@code expr} of the dashboard JSON (panels,
 * nested rows, template variables), with string literals, label matchers, range selectors, the label lists of
 * {@code by}/{@code without}/{@code on}/{@code ignoring}/{@code group_*}, function calls and keywords taken out.
 */
final class DashboardQueries {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "offset", "and", "or", "unless", "atan2", "inf", "nan");

    private DashboardQueries() {
    }

    static Set<String> metricNames(Path dashboard) throws IOException {
        Set<String> names = new TreeSet<>();
        collect(new ObjectMapper().readTree(dashboard.toFile()), names);
        return names;
    }

    /** the metric names of one PromQL expression */
    static Set<String> metricNames(String promql) {
        String q = STRING.matcher(promql).replaceAll(" ");
        q = MATCHERS.matcher(q).replaceAll(" ");
        q = RANGE.matcher(q).replaceAll(" ");
        q = LABEL_LIST.matcher(q).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(q);
        while (m.find()) {
            String id = m.group();
            boolean call = q.substring(m.end()).stripLeading().startsWith("(");
            boolean number = m.start() > 0 && Character.isDigit(q.charAt(m.start() - 1)); // 1e3, 5m
            if (!call && !number && !KEYWORDS.contains(id.toLowerCase())) {
                names.add(id);
            }
        }
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("expr") && e.getValue().isTextual()) {
                    names.addAll(metricNames(e.getValue().asText()));
                } else {
                    collect(e.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }
}
