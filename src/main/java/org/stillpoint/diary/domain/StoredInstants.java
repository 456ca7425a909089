package org.stillpoint.diary.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads the instants of a stored attack: the form {@link AttackJson} writes them in, {@code 2026-02-03T07:00:00Z}
 * with up to nine digits of a second's fraction, is read directly; anything else goes to Jackson's own reader. A
 * summary over three years reads some 1,500 instants, and the general ISO formatter took about a third of the time
 * spent reading the attacks (docs/performance.md, "Diary summary").
 */
final class StoredInstants extends ValueDeserializer<Instant> {

    private static final int SHORTEST = "2026-02-03T07:00:00Z".length();
    private static final int LONGEST = "2026-02-03T07:00:00.123456789Z".length();

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant read = parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
            if (read != null) {
                return read;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** The instant {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} in the characters, or null for any other text. */
    static Instant parse(char[] text, int offset, int length) {
        if (length < SHORTEST || length > LONGEST || text[offset + length - 1] != 'Z'
                || text[offset + 4] != '-' || text[offset + 7] != '-' || text[offset + 10] != 'T'
                || text[offset + 13] != ':' || text[offset + 16] != ':') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        int hour = digits(text, offset + 11, 2);
        int minute = digits(text, offset + 14, 2);
        int second = digits(text, offset + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        int fraction = length - SHORTEST - 1;
        if (length > SHORTEST) {
            if (text[offset + 19] != '.' || fraction < 1) {
                return null;
            }
            nanos = digits(text, offset + 20, fraction);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException notADay) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number the {@code count} digits from {@code from} spell, or -1 if one is not a digit. */
    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
