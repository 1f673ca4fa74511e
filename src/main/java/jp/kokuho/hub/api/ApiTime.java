package jp.kokuho.hub.api;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Every timestamp of the HTTP API in Japan time, ISO-8601 with its offset ({@code 2026-11-10T04:00:00.123+09:00}),
 * like the lists and file names: the one place that decides it (a Jackson serializer for {@link OffsetDateTime}
 * and {@link Instant}, whatever zone the value was read in).
 */
@Configuration(proxyBeanMethods = false)
public class ApiTime {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** a database timestamp as the API shows it; null stays null */
    public static OffsetDateTime of(Timestamp t) {
        return t == null ? null : t.toInstant().atZone(JAPAN).toOffsetDateTime();
    }

    /** any offset as the API shows it; null stays null */
    public static OffsetDateTime of(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(JAPAN).toOffsetDateTime();
    }

    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(JAPAN).toOffsetDateTime());
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer japanTimestamps() {
        return builder -> builder
                .serializerByType(OffsetDateTime.class, new JsonSerializer<OffsetDateTime>() {
                    @Override
                    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers)
                            throws IOException {
                        gen.writeString(format(value.toInstant()));
                    }
                })
                .serializerByType(Instant.class, new JsonSerializer<Instant>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
                            throws IOException {
                        gen.writeString(format(value));
                    }
                });
    }
}
